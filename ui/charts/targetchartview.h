#pragma once

// The target chart of one indicator: baseline → milestone values (solid), stretch values (dashed),
// the comparator and qualitative wording in the year labels. Follows edits of the document.
// setParentValues() overlays another plan's values (the review feature supplies them).

#include <QChartView>
#include <QUuid>

class QCategoryAxis;
class QValueAxis;

namespace pw {

class Document;

class TargetChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetChartView)

public:
    explicit TargetChartView(Document *document, QWidget *parent = nullptr);

    QUuid indicator() const { return m_indicator; }
    void setIndicator(const QUuid &indicatorId);
    /** Overlays @p points (year, value) as a dotted line named @p label; an empty list removes it. */
    void setParentValues(const QString &label, const QList<QPointF> &points);
    const QList<QPointF> &parentValues() const { return m_parentPoints; }
    void rebuild();

private:
    Document *m_doc;
    QUuid m_indicator;
    QString m_parentLabel;
    QList<QPointF> m_parentPoints;
    QCategoryAxis *m_years;
    QValueAxis *m_values;
};

} // namespace pw
