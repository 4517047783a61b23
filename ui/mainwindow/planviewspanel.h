#pragma once

// The "Tables & Charts" panel: the target table, the responsibility matrix, the 任务分工表, the
// department view and the charts of the current document. The views are built for one document at a
// time, and only while the panel is visible, so switching tabs with the panel hidden costs nothing.

#include <QPointer>
#include <QTabWidget>
#include <QUuid>

namespace pw {

class Document;

class PlanViewsPanel final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanViewsPanel)

public:
    explicit PlanViewsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);

Q_SIGNALS:
    /** A view asked to show a node of the current document in the outline. */
    void nodeActivated(const QUuid &nodeId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void clearPages();
    void retranslateUi();

    QPointer<Document> m_doc;
    int m_lastPage = 0;
};

} // namespace pw
