#include "responsibilitycheckspanel.h"

#include "document/document.h"
#include "tables/responsibilitychecks.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

enum ItemRole { NodeIdRole = Qt::UserRole, DepartmentIdRole, MergeFromRole, MergeIntoRole };

} // namespace

ResponsibilityChecksPanel::ResponsibilityChecksPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_tree(new QTreeWidget(this))
    , m_refresh(new QTimer(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Check"), QString() });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &ResponsibilityChecksPanel::refresh);
    auto later = [this] { m_refresh->start(); };
    connect(m_doc, &Document::readOnlyChanged, this, later); // the Merge buttons
    connect(m_doc, &Document::nodeChanged, this, later);
    connect(m_doc, &Document::nodesInserted, this, later);
    connect(m_doc, &Document::nodesRemoved, this, later);
    connect(m_doc, &Document::rowsInserted, this, later);
    connect(m_doc, &Document::rowsRemoved, this, later);
    connect(m_doc, &Document::rowChanged, this, later);
    connect(m_doc, &Document::metadataChanged, this, later);
    connect(m_doc, &Document::reset, this, later);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QUuid node = item->data(0, NodeIdRole).toUuid(); !node.isNull())
            Q_EMIT taskActivated(node);
        else if (const QUuid dept = item->data(0, DepartmentIdRole).toUuid(); !dept.isNull())
            Q_EMIT departmentActivated(dept);
    });
    refresh();
}

QTreeWidgetItem *ResponsibilityChecksPanel::addGroup(const QString &title, int count)
{
    auto *group = new QTreeWidgetItem(m_tree, { u"%1 (%2)"_s.arg(title).arg(count) });
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    return group;
}

void ResponsibilityChecksPanel::refresh()
{
    m_refresh->stop();
    m_tree->clear();
    const Plan &plan = m_doc->plan();
    const std::vector<const Node *> tasks = tables::collectTasks(plan);
    QList<const Node *> noLead;
    QList<const Node *> severalLeads;
    for (const Node *n : tasks) {
        if (tables::hasNoLead(*n))
            noLead.append(n);
        else if (tables::hasMultipleLeads(*n))
            severalLeads.append(n);
    }
    auto addTasks = [this](const QString &title, const QList<const Node *> &list) {
        QTreeWidgetItem *group = addGroup(title, int(list.size()));
        for (const Node *n : list) {
            auto *item = new QTreeWidgetItem(group, { tables::nodePath(*n) + n->content.title });
            item->setData(0, NodeIdRole, n->id());
        }
    };
    addTasks(tr("Tasks without lead"), noLead);
    addTasks(tr("Tasks with several leads"), severalLeads);

    const QHash<QUuid, tables::DepartmentLoad> loads = tables::departmentLoads(tasks);
    QList<const Department *> unused;
    QList<const Department *> otherLevel;
    for (const Department &d : plan.departments) {
        if (loads.value(d.id).total() == 0)
            unused.append(&d);
        if (!tables::levelCheck(plan, d).isEmpty())
            otherLevel.append(&d);
    }
    auto addDepartments = [this](const QString &title, const QList<const Department *> &list) {
        QTreeWidgetItem *group = addGroup(title, int(list.size()));
        for (const Department *d : list) {
            auto *item = new QTreeWidgetItem(group, { d->name });
            item->setData(0, DepartmentIdRole, d->id);
        }
    };
    addDepartments(tr("Departments used in no task"), unused);
    addDepartments(tr("Departments of another level"), otherLevel);

    const QList<tables::DuplicateDepartments> duplicates = tables::nearDuplicateDepartments(plan, loads);
    m_duplicates = addGroup(tr("Near-duplicate names"), int(duplicates.size()));
    for (const tables::DuplicateDepartments &dup : duplicates) {
        const Department *from = plan.department(dup.from);
        const Department *into = plan.department(dup.into);
        auto *item = new QTreeWidgetItem(m_duplicates, { dup.message });
        item->setData(0, DepartmentIdRole, dup.from);
        item->setData(0, MergeFromRole, dup.from);
        item->setData(0, MergeIntoRole, dup.into);
        item->setToolTip(0, tr("Merge keeps \"%1\" and records \"%2\" as its alias.").arg(into->name, from->name));
        auto *merge = new QPushButton(tr("Merge"), m_tree);
        merge->setEnabled(!m_doc->isReadOnly());
        merge->setToolTip(item->toolTip(0));
        const QUuid fromId = dup.from;
        const QUuid intoId = dup.into;
        // The list is rebuilt by the timer afterwards: never delete the button inside its own signal.
        connect(merge, &QPushButton::clicked, this, [this, fromId, intoId] { m_doc->mergeDepartments(fromId, intoId); });
        m_tree->setItemWidget(item, 1, merge);
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        g->setExpanded(g->childCount() > 0 && g->childCount() <= 50);
    }
}

int ResponsibilityChecksPanel::duplicateCount() const { return m_duplicates ? m_duplicates->childCount() : 0; }

void ResponsibilityChecksPanel::mergeDuplicate(int pair)
{
    if (!m_duplicates || pair < 0 || pair >= m_duplicates->childCount())
        return;
    const QTreeWidgetItem *item = m_duplicates->child(pair);
    m_doc->mergeDepartments(item->data(0, MergeFromRole).toUuid(), item->data(0, MergeIntoRole).toUuid());
    refresh();
}

} // namespace pw
