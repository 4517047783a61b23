#include "reviewworkspace.h"

#include "commentspanel.h"
#include "coveragechart.h"
#include "findingsmodel.h"
#include "matchpanel.h"
#include "reviewcontroller.h"
#include "reviewtreeproxy.h"

#include "charts/targetchartview.h"
#include "document/document.h"
#include "editor/readonlybar.h"
#include "models/plantreemodel.h"
#include "review/reviewedit.h"
#include "views/readablecolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

/** Filters the findings by category and severity (−1 = any). */
class FindingsFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(int category, int severity)
    {
        m_category = category;
        m_severity = severity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        return (m_category < 0 || i.data(FindingsModel::CategoryRole).toInt() == m_category)
            && (m_severity < 0 || i.data(FindingsModel::SeverityRole).toInt() <= m_severity);
    }

private:
    int m_category = -1;
    int m_severity = -1;
};

QTreeView *outlineView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setUniformRowHeights(true);
    view->header()->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Stretch);
    view->header()->setStretchLastSection(false);
    view->setColumnHidden(PlanTreeModel::SupportColumn, true);
    view->setColumnHidden(PlanTreeModel::DeadlineColumn, true);
    view->expandAll();
    return view;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text); // the full text of a cell cut at the column's width
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ReviewWorkspace::ReviewWorkspace(Document *parentDocument, Document *childDocument, QWidget *parent)
    : QWidget(parent)
    , m_controller(new ReviewController(parentDocument, childDocument, this))
    , m_parentModel(new PlanTreeModel(parentDocument, this))
    , m_childModel(new PlanTreeModel(childDocument, this))
    , m_parentProxy(new ReviewTreeProxy(ReviewTreeProxy::Side::Parent, this))
    , m_childProxy(new ReviewTreeProxy(ReviewTreeProxy::Side::Child, this))
    , m_summary(new QLabel(this))
    , m_readOnlyBar(new ReadOnlyBar(childDocument, this))
    , m_matchPanel(new MatchPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_findings(new FindingsModel(this))
    , m_findingsFilter(new FindingsFilter(this))
    , m_categoryFilter(new QComboBox(this))
    , m_severityFilter(new QComboBox(this))
    , m_findingsView(new QTableView(this))
    , m_targets(new QTableWidget(this))
    , m_counterparts(new QTableWidget(this))
    , m_chart(new CoverageChart(this))
    , m_targetChart(new TargetChartView(childDocument, this))
    , m_comments(new CommentsPanel(m_controller, this))
{
    m_parentProxy->setSourceModel(m_parentModel);
    m_childProxy->setSourceModel(m_childModel);
    m_parentTree = outlineView(m_parentProxy, this);
    m_childTree = outlineView(m_childProxy, this);

    auto *parentBox = new QWidget(this);
    auto *parentLayout = new QVBoxLayout(parentBox);
    parentLayout->setContentsMargins(0, 0, 0, 0);
    parentLayout->addWidget(new QLabel(tr("<b>Parent plan</b>: %1").arg(parentDocument->plan().metadata.title.toHtmlEscaped()), parentBox));
    parentLayout->addWidget(m_parentTree);
    auto *childBox = new QWidget(this);
    auto *childLayout = new QVBoxLayout(childBox);
    childLayout->setContentsMargins(0, 0, 0, 0);
    childLayout->addWidget(new QLabel(tr("<b>Plan under review</b>: %1").arg(childDocument->plan().metadata.title.toHtmlEscaped()), childBox));
    childLayout->addWidget(m_childTree);
    auto *outlines = new QSplitter(Qt::Horizontal, this);
    outlines->addWidget(parentBox);
    outlines->addWidget(childBox);

    // Findings tab with filters.
    m_findingsFilter->setSourceModel(m_findings);
    m_findingsView->setModel(m_findingsFilter);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::DetailColumn, QHeaderView::Stretch);
    m_findingsView->verticalHeader()->hide();
    m_categoryFilter->setObjectName(u"reviewCategoryFilter"_s);
    m_severityFilter->setObjectName(u"reviewSeverityFilter"_s);
    m_categoryFilter->addItem(tr("All categories"), -1);
    for (auto c : { FindingsModel::Category::Coverage, FindingsModel::Category::Target,
                    FindingsModel::Category::Department, FindingsModel::Category::Citation })
        m_categoryFilter->addItem(FindingsModel::categoryName(c), int(c));
    m_severityFilter->addItem(tr("All findings"), -1);
    m_severityFilter->addItem(tr("Problems only"), int(FindingsModel::Severity::Problem));
    m_severityFilter->addItem(tr("Problems and checks"), int(FindingsModel::Severity::Check));
    auto *findingsPage = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_severityFilter);
    filters->addStretch();
    auto *findingsLayout = new QVBoxLayout(findingsPage);
    findingsLayout->addLayout(filters);
    findingsLayout->addWidget(m_findingsView);

    m_targets->setColumnCount(6);
    m_targets->setHorizontalHeaderLabels({ tr("Indicator"), tr("Year"), tr("Parent"), tr("Child"), tr("Status"), tr("Note") });
    m_targets->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_targets->horizontalHeader()->setMinimumSectionSize(60);
    m_targets->setWordWrap(false);
    m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targets->verticalHeader()->hide();

    m_counterparts->setColumnCount(3);
    m_counterparts->setHorizontalHeaderLabels({ tr("Parent department"), tr("Counterpart in the child"), tr("Source") });
    m_counterparts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_counterparts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_counterparts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_counterparts->verticalHeader()->hide();

    m_tabs->addTab(m_matchPanel, tr("Task match"));
    m_tabs->addTab(findingsPage, tr("Findings"));
    auto *targetsPage = new QSplitter(Qt::Vertical, this);
    targetsPage->addWidget(m_targets);
    targetsPage->addWidget(m_targetChart);
    m_targetChart->setMinimumHeight(260);
    targetsPage->setStretchFactor(0, 1);
    targetsPage->setStretchFactor(1, 2);
    m_tabs->addTab(targetsPage, tr("Targets"));
    m_tabs->addTab(m_chart, tr("Coverage chart"));
    m_tabs->addTab(m_counterparts, tr("Counterparts"));
    m_tabs->addTab(m_comments, tr("Comments"));

    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(outlines);
    main->addWidget(m_tabs);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    m_readOnlyBar->setMessage(tr("The plan under review is open in another Planwright window, so it is read-only "
                                 "here: decisions, comments and counterparts cannot be recorded in it."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyBar);
    layout->addWidget(m_summary);
    layout->addWidget(main, 1);

    connect(m_controller, &ReviewController::started, this, [this] {
        m_summary->setText(m_summary->text().isEmpty() ? tr("Comparing…") : m_summary->text());
    });
    connect(m_controller, &ReviewController::resultReady, this, &ReviewWorkspace::showResult);
    connect(m_parentTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewWorkspace::showSelectedTask);
    connect(m_childTree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QUuid id = selectedChildNode();
        m_matchPanel->setChildSelectionAvailable(!id.isNull());
        const QModelIndex i = m_childTree->currentIndex();
        m_comments->setAnchor({ review::AnchorKind::Node, id, {}, {} },
                              i.isValid() ? i.siblingAtColumn(0).data().toString() : QString());
    });
    connect(m_matchPanel, &MatchPanel::matchActivated, this, [this](const QUuid &id) {
        m_syncing = true;
        selectChildNode(id);
        m_syncing = false;
    });
    connect(m_matchPanel, &MatchPanel::confirmRequested, this, [this](const QUuid &p, const QUuid &c) {
        decide(p, c, int(review::DecisionKind::Confirm), {});
    });
    connect(m_matchPanel, &MatchPanel::rejectRequested, this, [this](const QUuid &p, const QUuid &c) {
        decide(p, c, int(review::DecisionKind::Reject), {});
    });
    connect(m_matchPanel, &MatchPanel::addRequested, this, [this](const QUuid &p) {
        decide(p, selectedChildNode(), int(review::DecisionKind::Add), {});
    });
    connect(m_matchPanel, &MatchPanel::notApplicableRequested, this, [this](const QUuid &p, const QString &reason) {
        decide(p, {}, int(review::DecisionKind::NotApplicable), reason);
    });
    connect(m_matchPanel, &MatchPanel::clearRequested, this, [this](const QUuid &p) {
        review::ReviewState state = m_controller->state();
        state.decisions.removeIf([&](const review::Decision &d) { return d.parentNodeId == p; });
        m_controller->setState(state, tr("Clear review decisions"));
    });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::applyFilter);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::applyFilter);
    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex &i) { activateFinding(i.row()); });
    connect(m_targets, &QTableWidget::currentCellChanged, this, [this](int row) { showTargetChart(row); });
    connect(m_comments, &CommentsPanel::nodeActivated, this, [this](const QUuid &id) { selectChildNode(id); });
    connect(m_counterparts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_syncing || item->column() != 1)
            return;
        const QString parentDepartment = m_counterparts->item(item->row(), 0)->text();
        review::ReviewState state = m_controller->state();
        state.counterparts.removeIf([&](const review::Counterpart &c) { return c.parentDepartment == parentDepartment; });
        const QString child = item->text().trimmed();
        state.counterparts.append({ parentDepartment, child, child.endsWith(u"分局"_s) || child.startsWith(u'市'), true });
        m_controller->setState(state, tr("Edit department counterpart"));
    });
    connect(childDocument, &Document::readOnlyChanged, this, [this](bool readOnly) { setEditable(!readOnly); });
    setEditable(!childDocument->isReadOnly());
    m_controller->recompute();
}

ReviewWorkspace::~ReviewWorkspace() = default;

void ReviewWorkspace::setEditable(bool editable)
{
    m_matchPanel->setEditable(editable);
    fillCounterparts();
}

void ReviewWorkspace::decide(const QUuid &parentNodeId, const QUuid &childNodeId, int kind, const QString &reason)
{
    const auto decisionKind = review::DecisionKind(kind);
    if (parentNodeId.isNull() || (decisionKind != review::DecisionKind::NotApplicable && childNodeId.isNull()))
        return;
    review::ReviewState state = m_controller->state();
    review::Decision d;
    d.kind = decisionKind;
    d.parentNodeId = parentNodeId;
    if (const Node *n = m_controller->parentDocument()->plan().findNode(parentNodeId))
        d.parentKey = review::taskKey(*n);
    d.childNodeId = childNodeId;
    d.reason = reason;
    d.author = CommentsPanel::author();
    d.time = QDateTime::currentDateTimeUtc();
    state.setDecision(d);
    static const char *const texts[] = { QT_TR_NOOP("Confirm match"), QT_TR_NOOP("Reject match"),
                                         QT_TR_NOOP("Add match"), QT_TR_NOOP("Mark task not applicable") };
    m_controller->setState(state, tr(texts[kind]));
}

void ReviewWorkspace::showResult()
{
    const review::ReviewResult &r = m_controller->result();
    m_parentProxy->setCoverage(r.coverage);
    m_findings->setResult(r);
    fitReadableColumns(m_findingsView);
    m_chart->setActions(r.actions);
    fillTargets();
    fillCounterparts();
    updateSummary();
    updateCommentMarkers();
    showSelectedTask();
    m_parentTree->viewport()->update();
    m_childTree->viewport()->update();
    Q_EMIT reviewUpdated();
}

void ReviewWorkspace::updateSummary()
{
    const review::ReviewSummary &s = m_controller->result().summary;
    int looser = 0;
    int missing = 0;
    for (const auto &[status, count] : s.targetsByStatus) {
        if (status == review::TargetStatus::LooserNeedsAllocationEvidence)
            looser = count;
        if (status == review::TargetStatus::MissingInChild)
            missing = count;
    }
    m_summary->setText(tr("Coverage <b>%1%</b> of %2 parent tasks (%3 covered, %4 partly, %5 not covered, %6 n/a) · "
                          "mandatory not covered: <b>%7</b> · targets looser: %8, missing: %9 · department issues: %10 · "
                          "citation issues: %11")
                           .arg(QString::number(s.coveragePercent, 'f', 1))
                           .arg(s.parentTasks)
                           .arg(s.covered)
                           .arg(s.partial)
                           .arg(s.notCovered)
                           .arg(s.notApplicable)
                           .arg(s.mandatoryUncovered)
                           .arg(looser)
                           .arg(missing)
                           .arg(s.departmentIssues)
                           .arg(s.citationIssues));
}

void ReviewWorkspace::fillTargets()
{
    const QList<review::TargetComparison> &targets = m_controller->result().targets;
    m_targets->setRowCount(int(targets.size()));
    for (int row = 0; row < targets.size(); ++row) {
        const review::TargetComparison &t = targets.at(row);
        m_targets->setItem(row, 0, readOnly(t.indicator + (t.headline ? u" ★"_s : QString())));
        m_targets->setItem(row, 1, readOnly(QString::number(t.year)));
        m_targets->setItem(row, 2, readOnly(t.parentValue));
        m_targets->setItem(row, 3, readOnly(t.childValue.isEmpty() ? u"—"_s : t.childValue));
        QString status = targetStatusName(t.status);
        for (review::TargetStatus also : t.alsoFlags)
            status += u"; "_s + targetStatusName(also);
        m_targets->setItem(row, 4, readOnly(status));
        m_targets->setItem(row, 5, readOnly(t.note));
        m_targets->item(row, 2)->setToolTip(t.parentEvidence);
        m_targets->item(row, 3)->setToolTip(t.childEvidence);
    }
    // Wide enough to tell indicators apart (单位地区生产总值能耗 vs …二氧化碳排放), never wider than a third.
    m_targets->resizeColumnsToContents();
    m_targets->setColumnWidth(0, std::clamp(m_targets->columnWidth(0), 200, std::max(200, width() / 3)));
    showTargetChart(m_targets->currentRow());
}

void ReviewWorkspace::showTargetChart(int row)
{
    const QList<review::TargetComparison> &targets = m_controller->result().targets;
    if (row < 0 || row >= targets.size()) {
        m_targetChart->setIndicator({});
        m_targetChart->setParentValues({}, {});
        return;
    }
    const review::TargetComparison &t = targets.at(row);
    const Plan &parent = m_controller->parentDocument()->plan();
    const Plan &child = m_controller->childDocument()->plan();
    const int childIndex = child.targetIndex(t.childTargetId);
    m_targetChart->setIndicator(childIndex >= 0 ? child.targets[std::size_t(childIndex)].indicatorId : QUuid());
    // The parent's values of the same indicator, by year.
    QList<QPointF> points;
    const int parentIndex = parent.targetIndex(t.parentTargetId);
    if (parentIndex >= 0) {
        const QUuid indicator = parent.targets[std::size_t(parentIndex)].indicatorId;
        for (const Target &p : parent.targets) {
            if (p.indicatorId == indicator && p.value && p.year > 0)
                points.append({ double(p.year), *p.value });
        }
    }
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_targetChart->setParentValues(tr("Parent: %1").arg(t.parentIndicatorName), points);
}

void ReviewWorkspace::fillCounterparts()
{
    m_syncing = true;
    const QList<review::Counterpart> &rows = m_controller->result().counterparts;
    const bool editable = !m_controller->childDocument()->isReadOnly();
    m_counterparts->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const review::Counterpart &c = rows.at(row);
        m_counterparts->setItem(row, 0, readOnly(c.parentDepartment));
        m_counterparts->setItem(row, 1, editable ? new QTableWidgetItem(c.childDepartment) : readOnly(c.childDepartment));
        const QString source = c.edited ? tr("reviewer")
            : !c.learnedFrom.isEmpty()  ? tr("library: recorded in %1").arg(c.learnedFrom)
            : c.branchOffice            ? tr("rule (branch office)")
                                        : tr("rule");
        m_counterparts->setItem(row, 2, readOnly(source));
    }
    m_syncing = false;
}

void ReviewWorkspace::updateCommentMarkers()
{
    QHash<QUuid, int> open;
    for (const review::Comment &c : m_controller->state().comments) {
        if (c.status == review::CommentStatus::Open && !c.anchor.nodeId.isNull())
            ++open[c.anchor.nodeId];
    }
    m_childProxy->setOpenComments(open);
}

void ReviewWorkspace::showSelectedTask()
{
    const QUuid id = selectedParentNode();
    const review::TaskCoverage *found = nullptr;
    for (const review::TaskCoverage &c : m_controller->result().coverage) {
        if (c.parentNodeId == id) {
            found = &c;
            break;
        }
    }
    m_matchPanel->setTask(found);
    QHash<QUuid, double> scores;
    if (found) {
        for (const review::ChildMatch &m : found->matches) {
            if (!m.rejected)
                scores.insert(m.childNodeId, m.score);
        }
    }
    m_childProxy->setHighlighted(scores);
    m_childTree->viewport()->update();
    if (found && !found->matches.isEmpty() && !m_syncing) {
        m_syncing = true;
        m_childTree->scrollTo(m_childProxy->indexOfId(found->matches.first().childNodeId));
        m_syncing = false;
    }
}

void ReviewWorkspace::applyFilter()
{
    static_cast<FindingsFilter *>(m_findingsFilter)
        ->setFilter(m_categoryFilter->currentData().toInt(), m_severityFilter->currentData().toInt());
}

void ReviewWorkspace::activateFinding(int row)
{
    const QModelIndex i = m_findingsFilter->index(row, 0);
    if (!i.isValid())
        return;
    const QUuid id = i.data(FindingsModel::NodeIdRole).toUuid();
    if (id.isNull())
        return;
    if (i.data(FindingsModel::ChildSideRole).toBool()) {
        selectChildNode(id);
    } else {
        selectParentNode(id);
        m_tabs->setCurrentWidget(m_matchPanel);
    }
}

bool ReviewWorkspace::selectParentNode(const QUuid &id)
{
    const QModelIndex i = m_parentProxy->indexOfId(id);
    if (!i.isValid())
        return false;
    m_parentTree->setCurrentIndex(i);
    m_parentTree->scrollTo(i);
    return true;
}

bool ReviewWorkspace::selectChildNode(const QUuid &id)
{
    const QModelIndex i = m_childProxy->indexOfId(id);
    if (!i.isValid())
        return false;
    m_childTree->setCurrentIndex(i);
    m_childTree->scrollTo(i);
    return true;
}

QUuid ReviewWorkspace::selectedParentNode() const { return m_parentProxy->nodeId(m_parentTree->currentIndex()); }
QUuid ReviewWorkspace::selectedChildNode() const { return m_childProxy->nodeId(m_childTree->currentIndex()); }

} // namespace pw
