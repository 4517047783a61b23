#include "importer.h"

#include "assignments.h"
#include "chinesetext.h"
#include "departmentnames.h"
#include "indicatorcatalog.h"
#include "metadata.h"
#include "normalizer.h"
#include "outline.h"
#include "preamble.h"
#include "targets.h"

#include "io/limits.h"
#include "model/indicatoridentity.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopedValueRollback>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::import::Importer", text);
}

/** Whether the table starting at @p tableStart is an annex (GB/T 9704: a line "附件" or "附件1" heads each
 *  annex, followed by its title): an annexed 主要指标表 restates the targets the body states. */
bool isAnnexTable(QStringView text, qsizetype tableStart)
{
    constexpr int kLinesBefore = 3; // the title (possibly on two lines) between 附件 and the table
    qsizetype end = tableStart;
    for (int k = 0; k < kLinesBefore && end > 0; ++k) {
        const qsizetype start = text.lastIndexOf(u'\n', end - 2) + 1;
        const QStringView line = text.mid(start, end - start).trimmed();
        static const QRegularExpression annex(u"^附件\\s*[0-9０-９一二三四五六七八九十]*[：:]?$"_s);
        if (annex.match(line.toString()).hasMatch())
            return true;
        end = start;
    }
    return false;
}

QString notTargetReason(Statement statement)
{
    switch (statement) {
    case Statement::Fact:
        return tr("a dated number that states a fact (截至…, 已…, …为…), not a goal; not imported as a target");
    case Statement::Spending:
        return tr("a dated sum of money invested or granted; not imported as a target");
    case Statement::ActionCount:
        return tr("a dated count of projects or actions carried out; not imported as a target");
    case Statement::Goal:
        break;
    }
    return {};
}

struct Piece
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/** Body content up to and including one assignment (the last group may have none). */
struct Group
{
    QList<Piece> pieces;
    bool hasBlock = false;
    AssignmentBlock block; ///< span absolute in the normalized text
};

class Builder
{
public:
    Builder(const NormalizedText &norm, Plan &plan, ImportReport &report)
        : m_norm(norm)
        , m_text(norm.text)
        , m_plan(plan)
        , m_report(report)
        , m_ids(QRandomGenerator::system()->generate64())
    {
    }

    void build(const Outline &outline);
    /** Which limit the document exceeded ("too large: …"), or empty; building stops adding at the limit. */
    const QString &tooLarge() const { return m_tooLarge; }

private:
    /** True (and the reason kept) if a collection of @p count items may not grow past @p limit. */
    bool atLimit(qsizetype count, int limit, const QString &what)
    {
        if (count < limit)
            return false;
        if (m_tooLarge.isEmpty())
            m_tooLarge = limits::tooLarge(what, limit);
        return true;
    }
    SourceSpan span(qsizetype start, qsizetype end) const
    {
        const qint64 a = m_norm.originalStart(start);
        const qint64 b = m_norm.originalEnd(end);
        return { a, std::max<qint64>(0, b - a) };
    }
    void issue(Severity severity, const QString &code, const QString &message, qsizetype start, qsizetype end)
    {
        QString excerpt = m_text.mid(start, std::min<qsizetype>(end - start, 48));
        excerpt.replace(u'\n', u' ');
        if (end - start > 48)
            excerpt += u'…';
        m_report.issues.append({ severity, code, message, span(start, end), excerpt });
    }

    QList<Group> groupBody(const OutlineNode &on) const;
    QString piecesText(const QList<Piece> &pieces) const;
    void buildNode(const OutlineNode &on, Node &parent);
    void applyBlock(const AssignmentBlock &block, NodeContent &content);
    QUuid department(const QString &raw);
    QUuid registerDepartment(const QString &raw);
    QUuid indicator(const ExtractedTarget &t);
    void extractPieceTargets(const QList<Piece> &pieces, const QUuid &nodeId);
    /** A target of the plan from @p t, stated by @p nodeId at [start, end) of the normalized text. */
    void addTarget(const ExtractedTarget &t, const QUuid &nodeId, qsizetype start, qsizetype end);
    void extractTables(const QList<ParsedTable> &tables, const QUuid &nodeId);
    void reportPreamble(const Outline &outline);
    void buildPreamble(const Outline &outline);
    void assignKinds(Node &node, int depth, bool taskChapter);
    void extractProjects(const Node &node, bool inProjects);
    void reportUnassignedTasks(const Node &node);
    /** One warning telling the officer what to do when tasks have no lead department. */
    void reportTasksWithoutLead();

    const NormalizedText &m_norm;
    const QString &m_text;
    Plan &m_plan;
    ImportReport &m_report;
    QHash<QString, int> m_departmentByKey;
    QHash<QString, QUuid> m_departmentBySpelling;
    QHash<QString, int> m_indicatorByKey;
    using TargetKey = std::tuple<QUuid, int, bool, double, int, bool>;
    std::map<TargetKey, bool> m_targetKeys; ///< target → stated before the first heading
    bool m_inPreamble = false;
    bool m_inAnnexTable = false; ///< an annexed indicator table (附件 主要指标表) restates targets the body stated
    bool m_inBackground = false; ///< under a heading on the current situation (发展基础, 现状…): numbers there are facts
    QStringList m_sticky;
    std::set<QUuid> m_assigned;
    QRandomGenerator64 m_ids;
    QString m_tooLarge;

    /** A random (version 4) id from a seeded generator: QUuid::createUuid() asks the CPU or kernel each time,
     *  which dominated imports of large documents. */
    QUuid newId()
    {
        const quint64 hi = m_ids.generate64(), lo = m_ids.generate64();
        QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0FFF) | 0x4000), uchar(((lo >> 56) & 0x3F) | 0x80),
                 uchar(lo >> 48), uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                 uchar(lo));
        return id;
    }
};

QList<Group> Builder::groupBody(const OutlineNode &on) const
{
    QList<Group> groups(1);
    AssignmentBlock lineBlock;
    bool inLine = false;
    bool lineHasLead = false;
    auto closeLine = [&] {
        if (!inLine)
            return;
        finishAssignment(&lineBlock, lineHasLead);
        groups.back().hasBlock = true;
        groups.back().block = lineBlock;
        groups.append(Group {});
        lineBlock = {};
        inLine = false;
        lineHasLead = false;
    };
    auto addLine = [&](const Paragraph &line) {
        AssignmentBlock parsed;
        const int role = parseAssignmentLine(line.text(m_text), &parsed);
        if (inLine && role == 1 && (lineHasLead || !lineBlock.support.isEmpty()))
            closeLine();
        if (!inLine) {
            inLine = true;
            lineBlock.start = line.start;
            lineBlock.style = AssignmentBlock::Style::Line;
        }
        lineBlock.lead += parsed.lead;
        lineBlock.support += parsed.support;
        lineHasLead = lineHasLead || role == 1;
        lineBlock.end = line.end;
    };
    auto addContent = [&](const Paragraph &content) {
        closeLine();
        const QStringView v = content.text(m_text);
        qsizetype pos = 0;
        for (AssignmentBlock b : findAssignmentParentheses(v)) {
            if (b.start > pos)
                groups.back().pieces.append({ content.start + pos, content.start + b.start });
            pos = b.end;
            b.start += content.start;
            b.end += content.start;
            groups.back().hasBlock = true;
            groups.back().block = b;
            groups.append(Group {});
        }
        // Punctuation left after a closing parenthesis is not content.
        while (pos < v.size() && QStringView(u"。；;，, ").contains(v.at(pos)))
            ++pos;
        if (pos < v.size())
            groups.back().pieces.append({ content.start + pos, content.end });
    };
    for (const Paragraph &para : on.body) {
        // A label line, or a label after the paragraph's last sentence ("…。责任单位：A、B。").
        const qsizetype label = assignmentLabelAt(para.text(m_text));
        if (label != 0)
            addContent({ para.start, label > 0 ? para.start + label : para.end });
        if (label >= 0)
            addLine({ para.start + label, para.end });
    }
    closeLine();
    if (groups.size() > 1 && !groups.back().hasBlock && groups.back().pieces.isEmpty())
        groups.removeLast();
    return groups;
}

QString Builder::piecesText(const QList<Piece> &pieces) const
{
    QString out;
    qsizetype lastEnd = -1;
    for (const Piece &p : pieces) {
        if (!out.isEmpty())
            out += (lastEnd >= 0 && m_text.mid(lastEnd, p.start - lastEnd).contains(u'\n')) ? u"\n"_s : QString();
        out += m_text.mid(p.start, p.end - p.start);
        lastEnd = p.end;
    }
    return out.trimmed();
}

QUuid Builder::department(const QString &raw)
{
    // The same spellings recur on every task; name normalisation is regex work, so remember each spelling.
    if (const auto cached = m_departmentBySpelling.constFind(raw); cached != m_departmentBySpelling.constEnd())
        return *cached;
    const QUuid id = registerDepartment(raw);
    m_departmentBySpelling.insert(raw, id);
    return id;
}

QUuid Builder::registerDepartment(const QString &raw)
{
    const QString name = DepartmentNames::canonical(raw);
    const QString key = DepartmentNames::keyOfCanonical(name);
    if (key.size() < 2)
        return {};
    const QString cleaned = DepartmentNames::clean(raw);
    const auto it = m_departmentByKey.constFind(key);
    if (it != m_departmentByKey.constEnd()) {
        Department &d = m_plan.departments[std::size_t(*it)];
        if (cleaned != d.name && !d.aliases.contains(cleaned))
            d.aliases.append(cleaned);
        return d.id;
    }
    if (atLimit(qsizetype(m_plan.departments.size()), limits::kDepartments, tr("departments")))
        return {};
    Department d { .id = newId() };
    d.name = name;
    if (cleaned != d.name)
        d.aliases.append(cleaned);
    d.level = DepartmentNames::level(d.name);
    d.kind = DepartmentNames::kindOfCanonical(d.name);
    m_departmentByKey.insert(key, int(m_plan.departments.size()));
    m_plan.departments.push_back(d);
    return d.id;
}

void Builder::applyBlock(const AssignmentBlock &block, NodeContent &content)
{
    if (atLimit(block.lead.size() + block.support.size() + block.territorial.size() - 1,
                limits::kDepartmentsPerAssignment, tr("departments named in one assignment")))
        return;
    for (const QString &s : block.stickyTerritorial) {
        if (!m_sticky.contains(s))
            m_sticky.append(s);
    }
    auto add = [this](QList<QUuid> &ids, const QStringList &names) {
        for (const QString &n : names) {
            const QUuid id = department(n);
            if (!id.isNull() && !ids.contains(id)) {
                ids.append(id);
                ++m_report.assignments;
            }
        }
    };
    add(content.lead, block.lead);
    add(content.support, block.support);
    add(content.territorial, block.territorial);
    add(content.territorial, m_sticky);
    content.assignmentSpan = span(block.start, block.end);
}

QUuid Builder::indicator(const ExtractedTarget &t)
{
    const QString name = t.indicatorName.isEmpty() ? tr("(unnamed indicator)") : t.indicatorName;
    const QString key = !t.catalogKey.isEmpty()
        ? u"catalog:"_s + t.catalogKey
        : u"name:"_s + IndicatorCatalog::normalizeName(name) + u'|' + t.unit;
    if (const auto it = m_indicatorByKey.constFind(key); it != m_indicatorByKey.constEnd())
        return m_plan.indicators[std::size_t(*it)].id;
    if (atLimit(qsizetype(m_plan.indicators.size()), limits::kIndicators, tr("indicators")))
        return {};
    Indicator ind { .id = newId() };
    if (!t.catalogKey.isEmpty()) {
        const auto e = IndicatorCatalog::builtin().byKey(t.catalogKey);
        if (e) {
            ind.name = e->name;
            ind.unit = e->unit;
            ind.category = e->category;
            ind.direction = e->direction;
        }
    } else {
        ind.name = name;
        ind.unit = t.unit;
        ind.category.clear(); // no catalogue category: the interface shows "Other" in its language
        ind.direction = t.direction;
    }
    m_indicatorByKey.insert(key, int(m_plan.indicators.size()));
    m_plan.indicators.push_back(ind);
    return ind.id;
}

void Builder::extractPieceTargets(const QList<Piece> &pieces, const QUuid &nodeId)
{
    for (const Piece &p : pieces) {
        if (!m_tooLarge.isEmpty())
            return;
        const QStringView text = QStringView(m_text).mid(p.start, p.end - p.start);
        for (const ExtractedTarget &t : extractTargets(text)) {
            const qsizetype s = p.start + t.start, e = p.start + t.end;
            if (t.year <= 0) {
                issue(Severity::Warning, u"undated-target"_s,
                      tr("a number that looks like a target has no year; not imported as a target"), s, e);
                continue;
            }
            if (t.statement != Statement::Goal || m_inBackground) {
                issue(Severity::Info, u"not-a-target"_s,
                      m_inBackground ? tr("a number in a section on the current situation (发展基础, 现状…), not a "
                                          "goal; not imported as a target")
                                     : notTargetReason(t.statement),
                      s, e);
                continue;
            }
            addTarget(t, nodeId, s, e);
        }
    }
}

void Builder::addTarget(const ExtractedTarget &t, const QUuid &nodeId, qsizetype start, qsizetype end)
{
    if (atLimit(qsizetype(m_plan.targets.size()), limits::kTargets, tr("targets")))
        return;
    // Before the first heading a news lead or summary restates the plan's targets: a target stated there and
    // again elsewhere is one target, and so is a target an annexed indicator table restates. Within the heading tree's
    // prose each statement is kept (主要目标 and an action may both state it).
    const QUuid indicatorId = indicator(t);
    if (indicatorId.isNull())
        return; // past the indicator limit
    // A catalogued indicator has the catalogue's unit: "森林蓄积量达到1.2亿立方米" is 12,000 万立方米.
    double scale = 1.0;
    if (const auto e = t.catalogKey.isEmpty() ? std::nullopt : IndicatorCatalog::builtin().byKey(t.catalogKey);
        e && !t.unit.isEmpty() && !e->unit.isEmpty()) {
        if (const double f = unitFactor(t.unit, e->unit); f > 0)
            scale = f;
    }
    auto scaled = [scale](const std::optional<double> &v) {
        return v && scale != 1.0 ? std::optional(QString::number(*v * scale, 'g', 12).toDouble()) : v; // no 11999.999…
    };
    const TargetKey key { indicatorId, t.year, t.value.has_value(), scaled(t.value).value_or(0), int(t.comparator),
                          !t.allocation.isEmpty() };
    // A table cell states its bound more coarsely than prose (以上 for 超过): an annexed row restates a
    // target of any bound.
    auto statedWithAnyBound = [&] {
        for (int c = 0; c <= int(Comparator::Less); ++c) {
            if (m_targetKeys.count({ indicatorId, t.year, t.value.has_value(), t.value.value_or(0), c,
                    !t.allocation.isEmpty() }))
                return true;
        }
        return false;
    };
    if (const auto seen = m_targetKeys.find(key); (seen != m_targetKeys.end() && (seen->second || m_inPreamble))
        || (m_inAnnexTable && statedWithAnyBound())) {
        issue(Severity::Info, u"repeated-target"_s, tr("the same target stated again; imported once"), start, end);
        return;
    }
    m_targetKeys.emplace(key, m_inPreamble);
    Target target { .id = newId() };
    target.indicatorId = indicatorId;
    target.year = t.year;
    target.comparator = t.comparator;
    target.value = scaled(t.value);
    target.stretch = scaled(t.stretch);
    target.baseYear = t.baseYear;
    target.baseValue = scaled(t.baseValue);
    target.commitment = t.commitment;
    target.allocation = t.allocation;
    target.nodeId = nodeId;
    target.span = span(start, end);
    m_plan.targets.push_back(target);
}

void Builder::extractTables(const QList<ParsedTable> &tables, const QUuid &nodeId)
{
    for (const ParsedTable &table : tables) {
        ++m_report.tables;
        const TableTargets tt = extractTableTargets(m_text, table);
        if (tt.targets.isEmpty())
            issue(Severity::Warning, u"table-not-read"_s, tr("table with no indicator values that could be read"),
                  table.span.start, table.span.end);
        m_inAnnexTable = isAnnexTable(m_text, table.span.start);
        for (const ExtractedTarget &t : tt.targets)
            addTarget(t, nodeId, t.start, t.end);
        m_inAnnexTable = false;
        for (const Paragraph &row : tt.unreadRows)
            issue(Severity::Warning, u"table-cell-not-read"_s,
                  tr("table cells that are not numbers under the header's columns"), row.start, row.end);
    }
}

/** A heading of a section on the current situation rather than on goals: 发展基础, 现状与形势, 取得的成效. */
bool isBackgroundHeading(const QString &title)
{
    static const QRegularExpression re(
        uR"(^[^，。]{0,10}?(?:发展基础|工作基础|现实基础|基础条件|基本情况|现状|成效|成就|回顾|面临(?:的)?形势|形势(?:与|和)?(?:挑战|要求)?|规划背景|发展背景|发展环境)(?:[与和及][^，。]{0,6})?$)"_s);
    return title.size() <= 20 && re.match(toSimplified(title).trimmed()).hasMatch();
}

void Builder::buildNode(const OutlineNode &on, Node &parent)
{
    const QScopedValueRollback background(m_inBackground, m_inBackground || isBackgroundHeading(on.title));
    auto node = std::make_unique<Node>(NodeContent {}, newId());
    Node *raw = node.get();
    parent.insertChild(parent.childCount(), std::move(node));
    NodeContent &c = raw->content;
    c.title = on.title;
    qsizetype contentEnd = on.headingSpan.end;

    QList<Group> groups = groupBody(on);
    int blocks = 0;
    for (const Group &g : groups)
        blocks += g.hasBlock ? 1 : 0;
    for (const Group &g : groups) {
        if (!g.pieces.isEmpty())
            contentEnd = std::max(contentEnd, g.pieces.last().end);
        if (g.hasBlock)
            contentEnd = std::max(contentEnd, g.block.end);
    }

    if (blocks >= 2 && on.children.empty()) {
        // Several assignments under one heading: each paragraph group with its assignment is a task.
        QList<Piece> rest;
        for (const Group &g : std::as_const(groups)) {
            if (!g.hasBlock || g.pieces.isEmpty()) {
                rest += g.pieces;
                if (g.hasBlock)
                    applyBlock(g.block, c);
                continue;
            }
            auto child = std::make_unique<Node>(NodeContent {}, newId());
            NodeContent &cc = child->content;
            const QStringView first = QStringView(m_text).mid(g.pieces.first().start,
                                                              g.pieces.first().end - g.pieces.first().start);
            qsizetype restStart = 0;
            const qsizetype titleLength = headingTitleLength(first, &restStart);
            cc.title = first.left(titleLength).toString().trimmed();
            QList<Piece> body = g.pieces;
            body.first().start += restStart;
            if (body.first().start >= body.first().end)
                body.removeFirst();
            cc.text = piecesText(body);
            cc.span = span(g.pieces.first().start, g.block.end);
            applyBlock(g.block, cc);
            m_assigned.insert(child->id());
            extractPieceTargets(g.pieces, child->id());
            raw->insertChild(raw->childCount(), std::move(child));
        }
        c.text = piecesText(rest);
        extractPieceTargets(rest, raw->id());
    } else {
        QList<Piece> all;
        for (const Group &g : std::as_const(groups)) {
            all += g.pieces;
            if (g.hasBlock) {
                applyBlock(g.block, c);
                m_assigned.insert(raw->id());
            }
        }
        c.text = piecesText(all);
        extractPieceTargets(all, raw->id());
    }
    c.span = span(on.headingSpan.start, contentEnd);
    extractTables(on.tables, raw->id());
    for (const auto &child : on.children)
        buildNode(*child, *raw);
}

void Builder::assignKinds(Node &node, int depth, bool taskChapter)
{
    for (int i = 0; i < node.childCount(); ++i) {
        Node &child = *node.child(i);
        NodeContent &c = child.content;
        const NodeKind parentKind = depth == 0 ? NodeKind::Chapter : node.content.kind;
        const bool underTask = depth > 0 && (parentKind == NodeKind::Task || parentKind == NodeKind::Subtask);
        bool childTaskChapter = taskChapter;
        if (depth == 0) {
            c.kind = NodeKind::Chapter;
            const QString t = toSimplified(c.title);
            childTaskChapter = t.contains(u"任务"_s) || t.contains(u"行动"_s);
        } else if (depth == 1) {
            // Leaves of a chapter are tasks when the chapter holds tasks or when any of them is assigned.
            bool assignedLeaves = false;
            for (int k = 0; k < node.childCount(); ++k) {
                const Node &sibling = *node.child(k);
                assignedLeaves = assignedLeaves || (sibling.childCount() == 0 && m_assigned.count(sibling.id()) > 0);
            }
            if (child.childCount() > 0)
                c.kind = taskChapter ? NodeKind::Action : NodeKind::Section;
            else
                c.kind = (taskChapter || assignedLeaves) ? NodeKind::Task : NodeKind::Section;
        } else {
            c.kind = underTask ? NodeKind::Subtask : NodeKind::Task;
        }
        if (c.kind == NodeKind::Task || c.kind == NodeKind::Subtask)
            ++m_report.tasks;
        ++m_report.nodes;
        assignKinds(child, depth + 1, childTaskChapter);
    }
}

void Builder::reportUnassignedTasks(const Node &node)
{
    bool siblingsAssigned = false;
    for (int i = 0; i < node.childCount(); ++i)
        siblingsAssigned = siblingsAssigned || !node.child(i)->content.lead.isEmpty();
    for (int i = 0; i < node.childCount(); ++i) {
        const Node &child = *node.child(i);
        const NodeContent &c = child.content;
        const bool task = c.kind == NodeKind::Task || c.kind == NodeKind::Subtask;
        if (task && siblingsAssigned && c.lead.isEmpty() && c.support.isEmpty() && child.childCount() == 0) {
            m_report.issues.append({ Severity::Warning, u"task-without-department"_s,
                                     tr("task without a department while its neighbours have one"), c.span,
                                     c.title });
        }
        reportUnassignedTasks(child);
    }
}

void Builder::reportTasksWithoutLead()
{
    int tasks = 0, withoutLead = 0;
    const Node *first = nullptr;
    m_plan.root().forEach([&](const Node *n) {
        if (n->content.kind != NodeKind::Task && n->content.kind != NodeKind::Subtask)
            return;
        ++tasks;
        if (n->content.lead.isEmpty()) {
            ++withoutLead;
            first = first ? first : n;
        }
    });
    if (!first)
        return;
    m_report.issues.append(
        { Severity::Warning, u"tasks-without-lead"_s,
          tr("%1 of %2 tasks have no lead department (牵头单位): assign one to each (select the tasks and press "
             "Ctrl+Shift+A, or press L in the responsibility matrix); they are marked red in the outline")
              .arg(withoutLead)
              .arg(tasks),
          first->content.span, first->content.title });
}

void Builder::extractProjects(const Node &node, bool inProjects)
{
    static const QRegularExpression projectHeading(uR"(重大项目|重点项目|重点工程|重大工程|项目清单|重点项目表)"_s);
    static const QRegularExpression capacity(
        uR"((\d+(?:\.\d+)?)\s*(MWp|MW|GW|兆瓦|万千瓦|千瓦|万吨|万平方米|公里|万立方米))"_s);
    static const QRegularExpression investment(uR"(总投资\s*(?:约|达)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元))"_s);
    static const QRegularExpression years(uR"(((?:19|20)\d\d)\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年)"_s);
    for (int i = 0; i < node.childCount(); ++i) {
        const Node &child = *node.child(i);
        const QString title = toSimplified(child.content.title);
        if (inProjects) {
            Project p { .id = newId() };
            p.name = child.content.title;
            const QString text = toSimplified(foldWidth(child.content.text));
            if (const auto m = capacity.match(text); m.hasMatch()) {
                p.capacity = m.captured(1).toDouble();
                p.capacityUnit = m.captured(2);
            }
            if (const auto m = investment.match(text); m.hasMatch()) {
                p.investment = m.captured(1).toDouble();
                p.investmentUnit = m.captured(2);
            }
            if (const auto m = years.match(text); m.hasMatch()) {
                p.startYear = m.captured(1).toInt();
                p.endYear = m.captured(2).toInt();
            }
            p.departments = child.content.lead + child.content.support;
            p.nodeId = child.id();
            p.span = child.content.span;
            m_plan.projects.push_back(p);
        }
        extractProjects(child, !inProjects && title.contains(projectHeading));
    }
}

void Builder::reportPreamble(const Outline &outline)
{
    if (outline.preamble.isEmpty())
        return;
    const qsizetype start = outline.preamble.first().start, end = outline.preamble.last().end;
    if (outline.root.children.empty()) {
        const auto prose = std::count_if(outline.preamble.cbegin(), outline.preamble.cend(),
                                         [this](const Paragraph &p) { return isProseParagraph(p.text(m_text)); });
        issue(Severity::Warning, u"no-headings"_s,
              tr("no numbered headings found; %1 paragraphs imported as a flat outline").arg(prose), start, end);
    } else {
        issue(Severity::Info, u"preamble"_s,
              tr("%1 paragraphs before the first heading (notice, title, preamble) used for the metadata and targets")
                  .arg(outline.preamble.size()),
              start, end);
    }
}

void Builder::buildPreamble(const Outline &outline)
{
    // Targets are stated before the first heading too (a preamble, a news lead quoting the plan); read after the
    // heading tree so that a target both state keeps the tree's statement. A document without numbered headings
    // (a 主要目标 excerpt, a news report) becomes a flat outline of its prose paragraphs.
    const bool flat = outline.root.children.empty();
    m_inPreamble = true;
    for (const Paragraph &p : outline.preamble) {
        const QStringView text = p.text(m_text);
        if (!flat || !isProseParagraph(text)) {
            extractPieceTargets({ { p.start, p.end } }, {});
            continue;
        }
        auto node = std::make_unique<Node>(NodeContent {}, newId());
        node->content.title = paragraphTitle(text);
        node->content.text = text.trimmed().toString();
        node->content.span = span(p.start, p.end);
        extractPieceTargets({ { p.start, p.end } }, node->id());
        m_plan.root().insertChild(m_plan.root().childCount(), std::move(node));
    }
    m_inPreamble = false;
}

void Builder::build(const Outline &outline)
{
    reportPreamble(outline);
    for (const Paragraph &d : outline.debris)
        issue(Severity::Info, u"debris"_s, tr("web page furniture skipped"), d.start, d.end);

    extractTables(outline.root.tables, {});
    for (const auto &child : outline.root.children)
        buildNode(*child, m_plan.root());
    buildPreamble(outline);
    assignKinds(m_plan.root(), 0, false);
    reportUnassignedTasks(m_plan.root());
    reportTasksWithoutLead();
    extractProjects(m_plan.root(), false);
}
} // namespace

std::optional<ImportResult> importText(const QString &text, const QString &sourceName, ImportError *error)
{
    const NormalizedText norm = normalizeText(text);
    if (norm.text.isEmpty()) {
        if (error)
            *error = { tr("the document contains no text"), -1 };
        return std::nullopt;
    }
    ImportResult result;
    result.plan = std::make_unique<Plan>();
    Plan &plan = *result.plan;
    plan.sourceText = text;
    plan.sourceName = sourceName;
    ImportReport &report = result.report;
    report.sourceName = sourceName;
    report.format = u"text"_s;
    report.sourceCharacters = text.size();
    report.removedPageMarkers = norm.removedPageMarkers;
    report.removedBookmarks = norm.removedBookmarks;
    report.removedPinyin = norm.removedPinyin;
    report.splitLines = norm.splitLines;
    report.joinedLines = norm.joinedLines;

    const Outline outline = parseOutline(norm.text);
    if (outline.tooManyHeadings) {
        if (error)
            *error = { limits::tooLarge(tr("more headings than a plan can hold"), limits::kNodes), -1 };
        return std::nullopt;
    }
    QString head;
    for (const Paragraph &p : outline.preamble)
        head += p.text(norm.text).toString() + u'\n';
    plan.metadata = extractMetadata(head);
    QStringList closing;
    for (const Paragraph &p : outline.closing)
        closing.append(p.text(norm.text).trimmed().toString());
    plan.metadata.closing = closing.join(u'\n');
    if (plan.metadata.title.isEmpty())
        plan.metadata.title = QFileInfo(sourceName).completeBaseName();

    Builder builder(norm, plan, report);
    builder.build(outline);
    if (!builder.tooLarge().isEmpty()) {
        if (error)
            *error = { builder.tooLarge(), -1 };
        return std::nullopt;
    }

    QList<int> years;
    for (const Target &t : plan.targets) {
        if (!years.contains(t.year))
            years.append(t.year);
    }
    std::sort(years.begin(), years.end());
    plan.metadata.milestoneYears = years.isEmpty() ? QList<int> { 2025, 2030 } : years;
    report.departments = int(plan.departments.size());
    report.indicators = int(plan.indicators.size());
    report.targets = int(plan.targets.size());
    report.projects = int(plan.projects.size());
    return result;
}

} // namespace pw::import
