#pragma once

// Chart data for the structure charts: tasks per action, or targets per milestone year.
// One row per category, one count column; feeds a QVBarModelMapper. Recomputed on every relevant
// change (the input is small); unchanged categories give a dataChanged instead of a reset.

#include <QAbstractTableModel>

#include <vector>

namespace pw {

class Document;

class StructureChartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructureChartModel)

public:
    enum class Measure { TasksPerAction, TargetsPerYear };
    Q_ENUM(Measure)

    StructureChartModel(Document *document, Measure measure, QObject *parent = nullptr);

    Measure measure() const { return m_measure; }
    QStringList categories() const;
    int maximum() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QString toolTip;
        int count = 0;
    };
    std::vector<Row> computeRows() const;
    void recompute();

    Document *m_doc;
    Measure m_measure;
    std::vector<Row> m_rows;
};

} // namespace pw
