#include "outlineview.h"

#include "assigndialog.h"
#include "displaynames.h"
#include "document/document.h"
#include "models/plantreemodel.h"
#include "nodemime.h"
#include "outlinedelegate.h"
#include "outlinefiltermodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

/** Rows from the root down to @p n, for sorting nodes in document order. */
QList<int> path(const Node *n)
{
    QList<int> p;
    for (; n && n->parent(); n = n->parent())
        p.prepend(n->row());
    return p;
}

NodeKind childKind(NodeKind parent)
{
    switch (parent) {
    case NodeKind::Chapter:
    case NodeKind::Section:
        return NodeKind::Action;
    case NodeKind::Action:
        return NodeKind::Task;
    case NodeKind::Task:
    case NodeKind::Subtask:
        break;
    }
    return NodeKind::Subtask;
}

/** "9 actions, 39 tasks and 3 targets": what goes with @p nodes besides themselves; empty if nothing. */
QString removedContents(const Plan &plan, const QList<const Node *> &nodes)
{
    int actions = 0, tasks = 0, others = 0;
    QSet<QUuid> ids;
    for (const Node *top : nodes) {
        top->forEach([&](const Node *n) {
            ids.insert(n->id());
            if (n == top)
                return;
            if (n->content.kind == NodeKind::Action)
                ++actions;
            else if (n->content.kind == NodeKind::Task || n->content.kind == NodeKind::Subtask)
                ++tasks;
            else
                ++others;
        });
    }
    const auto targets = std::count_if(
        plan.targets.begin(), plan.targets.end(), [&ids](const Target &t) { return ids.contains(t.nodeId); });
    QStringList parts;
    if (others > 0)
        parts.append(OutlineView::tr("%n section(s)", nullptr, others));
    if (actions > 0)
        parts.append(OutlineView::tr("%n action(s)", nullptr, actions));
    if (tasks > 0)
        parts.append(OutlineView::tr("%n task(s)", nullptr, tasks));
    if (targets > 0)
        parts.append(OutlineView::tr("%n target(s)", nullptr, int(targets)));
    return parts.join(OutlineView::tr(", "));
}

QList<const Node *> topmost(const QList<const Node *> &nodes)
{
    QList<const Node *> result;
    for (const Node *n : nodes) {
        if (std::none_of(nodes.begin(), nodes.end(), [n](const Node *o) { return o->isAncestorOf(n); }))
            result.append(n);
    }
    return result;
}

} // namespace

OutlineView::OutlineView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(EditKeyPressed | SelectedClicked);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setItemDelegate(new OutlineDelegate(this));
    createActions();
    retranslateUi();
}

void OutlineView::createActions()
{
    auto make = [this](QAction *&action, auto slot, const QList<QKeySequence> &keys) {
        action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_editActions.append(action);
    };
    make(m_insertSibling, &OutlineView::insertSibling, { QKeySequence(Qt::Key_Insert) });
    make(m_insertChild, &OutlineView::insertChild, { QKeySequence(u"Shift+Insert"_s) });
    make(m_rename, &OutlineView::renameCurrent, { QKeySequence(Qt::Key_F2) });
    make(m_duplicate, &OutlineView::duplicateSelected, { QKeySequence(u"Ctrl+D"_s) });
    make(m_remove, &OutlineView::removeSelected, { QKeySequence(QKeySequence::Delete) });
    make(m_moveUp, &OutlineView::moveSelectedUp, { QKeySequence(u"Alt+Up"_s) });
    make(m_moveDown, &OutlineView::moveSelectedDown, { QKeySequence(u"Alt+Down"_s) });
    make(m_indent, &OutlineView::indentSelected, { QKeySequence(Qt::Key_Tab) });
    make(m_outdent, &OutlineView::outdentSelected, { QKeySequence(Qt::SHIFT | Qt::Key_Backtab) });
    make(m_assign, &OutlineView::assignToSelected, { QKeySequence(u"Ctrl+Shift+A"_s) });
    make(m_copy, &OutlineView::copySelected, { QKeySequence(QKeySequence::Copy) });
    make(m_paste, &OutlineView::paste, { QKeySequence(QKeySequence::Paste) });
}

void OutlineView::retranslateUi()
{
    m_insertSibling->setText(tr("&Insert Item"));
    m_insertChild->setText(tr("Insert &Child Item"));
    m_rename->setText(tr("&Rename"));
    m_duplicate->setText(tr("D&uplicate"));
    m_remove->setText(tr("&Delete"));
    m_moveUp->setText(tr("Move &Up"));
    m_moveDown->setText(tr("Move Do&wn"));
    m_indent->setText(tr("I&ndent"));
    m_outdent->setText(tr("&Outdent"));
    m_assign->setText(tr("&Assign Department…"));
    m_copy->setText(tr("&Copy Items"));
    m_paste->setText(tr("&Paste Items"));
}

void OutlineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeView::changeEvent(event);
}

void OutlineView::setModels(Document *document, PlanTreeModel *model, OutlineFilterModel *filter)
{
    m_doc = document;
    m_model = model;
    m_filter = filter;
    setModel(filter);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &OutlineView::restoreExpansion);
    connect(document, &Document::readOnlyChanged, this, &OutlineView::updateEditable);
    updateEditable();
}

bool OutlineView::isEditable() const
{
    return m_doc && !m_doc->isReadOnly();
}

void OutlineView::updateEditable()
{
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(isEditable() || action == m_copy);
    setDragDropMode(isEditable() ? DragDrop : DragOnly);
}

bool OutlineView::event(QEvent *event)
{
    // Tab and Shift+Tab indent and outdent here instead of moving the focus.
    if (event->type() == QEvent::KeyPress && state() != EditingState && isEditable()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            indentSelected();
            return true;
        }
        if (key->key() == Qt::Key_Backtab) {
            outdentSelected();
            return true;
        }
    }
    return QTreeView::event(event);
}

void OutlineView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && isEditable()) {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
            renameCurrent();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

const Node *OutlineView::nodeAt(const QModelIndex &index) const
{
    return m_model ? m_model->node(m_filter->mapToSource(index)) : nullptr;
}

QModelIndex OutlineView::viewIndex(const Node *node, int column) const
{
    return m_filter ? m_filter->mapFromSource(m_model->indexOf(node, column)) : QModelIndex();
}

const Node *OutlineView::currentNode() const
{
    return nodeAt(currentIndex());
}

QList<const Node *> OutlineView::selectedNodes() const
{
    QList<const Node *> nodes;
    if (!selectionModel())
        return nodes;
    const QModelIndexList rows = selectionModel()->selectedRows(0);
    for (const QModelIndex &i : rows) {
        if (const Node *n = nodeAt(i))
            nodes.append(n);
    }
    if (nodes.isEmpty()) {
        if (const Node *n = currentNode())
            nodes.append(n);
    }
    std::sort(nodes.begin(), nodes.end(), [](const Node *a, const Node *b) { return path(a) < path(b); });
    return nodes;
}

void OutlineView::selectNodes(const QList<const Node *> &nodes)
{
    QItemSelection selection;
    QModelIndex first;
    for (const Node *n : nodes) {
        const QModelIndex i = viewIndex(n);
        if (!i.isValid())
            continue;
        for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
            expand(p);
        selection.select(i, i.siblingAtColumn(model()->columnCount(i.parent()) - 1));
        if (!first.isValid())
            first = i;
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(first);
}

const Node *OutlineView::insertAt(const Node *parent, int row, int kind)
{
    const auto k = NodeKind(kind);
    NodeContent content;
    content.kind = k;
    content.title = tr("New %1").arg(displayName(k).toLower());
    const Node *n = m_doc->insertNode(parent, row, content);
    if (!n)
        return nullptr;
    if (!m_filter->keyword().isEmpty() && !viewIndex(n).isValid())
        Q_EMIT clearFilterRequested(); // a new item must be visible to be renamed
    selectNodes({ n });
    edit(viewIndex(n));
    return n;
}

void OutlineView::insertSibling()
{
    if (!m_doc)
        return;
    const Node *c = currentNode();
    if (!c) {
        insertAt(nullptr, m_doc->plan().root().childCount(), int(NodeKind::Chapter));
        return;
    }
    insertAt(c->parent(), c->row() + 1, int(c->content.kind));
}

void OutlineView::insertChild()
{
    if (!m_doc)
        return;
    const Node *c = currentNode();
    if (!c) {
        insertSibling();
        return;
    }
    insertAt(c, c->childCount(), int(childKind(c->content.kind)));
}

void OutlineView::removeSelected()
{
    if (!m_doc)
        return;
    const QList<const Node *> nodes = topmost(selectedNodes());
    if (nodes.isEmpty())
        return;
    // Select what follows the last removed node, or what precedes the first one.
    const Node *last = nodes.last();
    const Node *parent = last->parent();
    const Node *next = nullptr;
    for (int r = last->row() + 1; r < parent->childCount() && !next; ++r) {
        if (!nodes.contains(parent->child(r)))
            next = parent->child(r);
    }
    if (!next) {
        const Node *first = nodes.first();
        const int r = first->row() - 1;
        next = r >= 0 && !nodes.contains(first->parent()->child(r)) ? first->parent()->child(r)
                                                                    : first->parent();
    }
    if (const QString contents = removedContents(m_doc->plan(), nodes); !contents.isEmpty()) {
        const QString what = nodes.size() == 1
            ? tr("“%1%2”").arg(nodeNumber(*nodes.first()), nodes.first()->content.title)
            : tr("%n item(s)", nullptr, int(nodes.size()));
        QMessageBox box(QMessageBox::Question, tr("Delete"), tr("Delete %1 with %2?").arg(what, contents),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Edit ▸ Undo brings everything back."));
        box.button(QMessageBox::Yes)->setText(tr("Delete"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    // Undo re-inserts the same nodes: reopen the branches that were open.
    for (const Node *top : nodes) {
        top->forEach([this](const Node *n) {
            if (isExpanded(viewIndex(n)))
                m_expandedBeforeRemoval.insert(n->id());
        });
    }
    m_doc->removeNodes(nodes);
    if (next && next->parent())
        selectNodes({ next });
}

void OutlineView::restoreExpansion(const QModelIndex &parent, int first, int last)
{
    if (m_expandedBeforeRemoval.isEmpty())
        return;
    const auto visit = [this](const auto &self, const QModelIndex &index) -> void {
        const Node *n = nodeAt(index);
        if (!n || !m_expandedBeforeRemoval.remove(n->id()))
            return;
        expand(index);
        for (int r = 0; r < model()->rowCount(index); ++r)
            self(self, model()->index(r, 0, index));
    };
    for (int r = first; r <= last; ++r)
        visit(visit, model()->index(r, 0, parent));
}

template<typename Edit>
void OutlineView::editEach(const QList<const Node *> &nodes, const QString &text, Edit edit)
{
    if (!m_doc || nodes.isEmpty())
        return;
    const bool macro = nodes.size() > 1;
    if (macro)
        m_doc->undoStack()->beginMacro(text);
    for (const Node *n : nodes) {
        if (!edit(n))
            break;
    }
    if (macro)
        m_doc->undoStack()->endMacro();
    selectNodes(nodes);
}

void OutlineView::duplicateSelected()
{
    if (!m_doc)
        return;
    QList<const Node *> copies;
    const QList<const Node *> nodes = topmost(selectedNodes());
    if (nodes.isEmpty())
        return;
    if (nodes.size() > 1)
        m_doc->undoStack()->beginMacro(tr("Duplicate %n item(s)", nullptr, int(nodes.size())));
    for (const Node *n : nodes)
        copies.append(m_doc->duplicateNode(n));
    if (nodes.size() > 1)
        m_doc->undoStack()->endMacro();
    copies.removeAll(nullptr);
    selectNodes(copies);
}

void OutlineView::moveSelectedUp()
{
    const QList<const Node *> nodes = topmost(selectedNodes());
    editEach(nodes, tr("Move %n item(s) up", nullptr, int(nodes.size())),
        [this](const Node *n) { return m_doc->moveUp(n); });
}

void OutlineView::moveSelectedDown()
{
    QList<const Node *> nodes = topmost(selectedNodes());
    std::reverse(nodes.begin(), nodes.end());
    editEach(nodes, tr("Move %n item(s) down", nullptr, int(nodes.size())),
        [this](const Node *n) { return m_doc->moveDown(n); });
}

void OutlineView::indentSelected()
{
    const QList<const Node *> nodes = topmost(selectedNodes());
    editEach(nodes, tr("Indent %n item(s)", nullptr, int(nodes.size())), [this](const Node *n) {
        const bool ok = m_doc->indentNode(n);
        if (ok)
            expand(viewIndex(n->parent()));
        return ok;
    });
}

void OutlineView::outdentSelected()
{
    // Reverse order keeps consecutive siblings in their order after the parent.
    QList<const Node *> nodes = topmost(selectedNodes());
    std::reverse(nodes.begin(), nodes.end());
    editEach(nodes, tr("Outdent %n item(s)", nullptr, int(nodes.size())),
        [this](const Node *n) { return m_doc->outdentNode(n); });
}

void OutlineView::renameCurrent()
{
    const QModelIndex i = currentIndex();
    if (i.isValid())
        edit(i.siblingAtColumn(PlanTreeModel::TitleColumn));
}

void OutlineView::assignToSelected()
{
    const QList<const Node *> nodes = selectedNodes();
    if (!m_doc || nodes.isEmpty())
        return;
    AssignDialog dialog(m_doc, nodes, this);
    dialog.exec();
}

void OutlineView::copySelected()
{
    const QList<const Node *> nodes = selectedNodes();
    if (m_doc && !nodes.isEmpty())
        QApplication::clipboard()->setMimeData(encodeNodes(m_doc->plan(), quintptr(m_doc), nodes));
}

void OutlineView::paste()
{
    NodeDrag drag;
    if (!m_doc || !decodeNodes(QApplication::clipboard()->mimeData(), &drag))
        return;
    const Node *c = currentNode();
    const Node *parent = c ? c->parent() : nullptr;
    const int row = c ? c->row() + 1 : m_doc->plan().root().childCount();
    selectNodes(insertPortableNodes(*m_doc, parent, row, drag.nodes));
}

} // namespace pw
