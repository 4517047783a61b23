#include "planeditor.h"

#include "document/document.h"
#include "documentsession.h"
#include "model/plan.h"
#include "models/plantreemodel.h"
#include "outlinefiltermodel.h"
#include "outlineview.h"
#include "readonlybar.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw {

PlanEditor::PlanEditor(std::unique_ptr<Document> document, QWidget *parent)
    : QWidget(parent)
    , m_session(new DocumentSession(std::move(document), this))
    , m_model(new PlanTreeModel(m_session->document(), this))
    , m_filter(new OutlineFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_readOnlyBar(new ReadOnlyBar(m_session->document(), this))
    , m_outline(new OutlineView(this))
{
    m_filter->setSourceModel(m_model);
    m_outline->setModels(m_session->document(), m_model, m_filter);
    m_outline->header()->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Stretch);
    m_outline->header()->setStretchLastSection(false);
    m_outline->header()->resizeSection(PlanTreeModel::LeadColumn, 160);
    m_outline->header()->resizeSection(PlanTreeModel::SupportColumn, 160);
    m_outline->header()->resizeSection(PlanTreeModel::DeadlineColumn, 90);
    m_outline->expandToDepth(1);

    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &PlanEditor::applyFilter);
    connect(m_outline, &OutlineView::clearFilterRequested, m_filterEdit, &QLineEdit::clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_readOnlyBar);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_outline);

    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentNodeChanged(m_outline->nodeAt(current)); });
    retranslateUi();
}

PlanEditor::~PlanEditor()
{
    // The views refer to the models, the models to the document: tear down in that order.
    m_outline->setModel(nullptr);
    delete m_filter;
    delete m_model;
}

Document *PlanEditor::document() const
{
    return m_session->document();
}

void PlanEditor::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter outline by title or text (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Outline filter"));
    m_outline->setAccessibleName(tr("Plan outline"));
    m_readOnlyBar->setMessage(tr("This plan is open in another Planwright window, so it is read-only here. "
                               "Edits made here cannot be saved over the other window's file, only under another name."));
}

void PlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlanEditor::startFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void PlanEditor::applyFilter(const QString &keyword)
{
    if (keyword.trimmed() == m_filter->keyword())
        return;
    const QList<const Node *> selection = m_outline->selectedNodes();
    if (m_filter->keyword().isEmpty())
        m_expandedBeforeFilter = expandedNodes();
    m_filter->setKeyword(keyword);
    if (m_filter->keyword().isEmpty())
        expandNodes(m_expandedBeforeFilter);
    else
        m_outline->expandAll();
    m_outline->selectNodes(selection);
}

QSet<QUuid> PlanEditor::expandedNodes() const
{
    QSet<QUuid> ids;
    document()->plan().root().forEach([&](const Node *n) {
        if (n->parent() && n->childCount() > 0 && m_outline->isExpanded(m_outline->viewIndex(n)))
            ids.insert(n->id());
    });
    return ids;
}

void PlanEditor::expandNodes(const QSet<QUuid> &ids)
{
    document()->plan().root().forEach([&](const Node *n) {
        if (ids.contains(n->id()))
            m_outline->expand(m_outline->viewIndex(n));
    });
}

bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape) {
            m_filterEdit->clear();
            m_outline->setFocus();
            return true;
        }
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_outline->setFocus();
            if (!m_outline->currentIndex().isValid())
                m_outline->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pw
