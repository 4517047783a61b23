#pragma once

// One tab of the main window: a document's outline with its filter bar. It owns the DocumentSession
// (and through it the Document) and the item models over it.

#include <QSet>
#include <QUuid>
#include <QWidget>

#include <memory>

class QLineEdit;

namespace pw {

class Document;
class DocumentSession;
class Node;
class OutlineFilterModel;
class OutlineView;
class PlanTreeModel;
class ReadOnlyBar;

class PlanEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditor)

public:
    explicit PlanEditor(std::unique_ptr<Document> document, QWidget *parent = nullptr);
    ~PlanEditor() override;

    DocumentSession *session() const { return m_session; }
    Document *document() const;
    PlanTreeModel *treeModel() const { return m_model; }
    OutlineFilterModel *filterModel() const { return m_filter; }
    OutlineView *outline() const { return m_outline; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    /** The bar above the outline shown while the document is read-only, with its "Edit Anyway" button. */
    ReadOnlyBar *readOnlyBar() const { return m_readOnlyBar; }

    /** Shows and focuses the filter field. */
    void startFilter();

Q_SIGNALS:
    void currentNodeChanged(const pw::Node *node);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &keyword);
    QSet<QUuid> expandedNodes() const;
    void expandNodes(const QSet<QUuid> &ids);

    DocumentSession *m_session;
    PlanTreeModel *m_model;
    OutlineFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    ReadOnlyBar *m_readOnlyBar;
    OutlineView *m_outline;
    QSet<QUuid> m_expandedBeforeFilter; ///< the user's expansion, restored when the filter is cleared
};

} // namespace pw
