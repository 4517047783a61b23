#include "reportbuilder.h"

#include "import/chinesetext.h"
#include "import/normalizer.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::report::Builder", text);
}

Paragraph para(Role role, const QString &text, FontRole font, qreal size = 16, Align align = Align::Justify,
               int indent = 2)
{
    Paragraph p;
    p.role = role;
    p.runs = { Run { text, font, false } };
    p.align = align;
    p.firstIndentChars = indent;
    p.pointSize = size;
    return p;
}

QString formatNumber(double v)
{
    if (!std::isfinite(v))
        return {};
    QString s = QString::number(v, 'f', 4);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s;
}

bool endsWithPunctuation(const QString &s)
{
    static const QString marks = u"。；：！？.;:!?，,"_s;
    return !s.isEmpty() && marks.contains(s.back());
}

/** True if @p clause names every department of @p c (by name or alias) in its role and no other registered
 *  one. A clause without 牵头 agrees with no lead or with its first unit as lead (what the importer infers). */
bool agreesWith(const Plan &plan, QString clause, const NodeContent &c)
{
    const QList<QUuid> ids = c.lead + c.support + c.territorial;
    if (ids.isEmpty())
        return false;
    const qsizetype leadMark = clause.indexOf(u"牵头"_s);
    QStringList names;
    qsizetype firstPosition = clause.size();
    QUuid first;
    for (const QUuid &id : ids) {
        const Department *d = plan.department(id);
        if (!d)
            return false;
        QStringList own = QStringList { d->name } + d->aliases;
        std::sort(own.begin(), own.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const auto found = std::find_if(own.cbegin(), own.cend(),
                                        [&clause](const QString &n) { return !n.isEmpty() && clause.contains(n); });
        if (found == own.cend())
            return false;
        const qsizetype at = clause.indexOf(*found);
        if (leadMark >= 0 && (c.lead.contains(id) != (at < leadMark)))
            return false;
        if (at < firstPosition) {
            firstPosition = at;
            first = id;
        }
        names.append(*found);
    }
    if (leadMark < 0 && !c.lead.isEmpty() && c.lead != QList<QUuid> { first })
        return false;
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &n : std::as_const(names))
        clause.replace(n, u"、"_s);
    for (const Department &d : plan.departments) {
        for (const QString &n : QStringList { d.name } + d.aliases) {
            if (n.size() > 1 && clause.contains(n))
                return false;
        }
    }
    return true;
}

/** The text up to its first full stop (。！？), at most one line. */
QString firstSentence(const QString &text)
{
    const QString line = text.trimmed().section(u'\n', 0, 0);
    static const QRegularExpression end(u"[。！？!?]"_s);
    const qsizetype stop = line.indexOf(end);
    return stop < 0 ? line : line.left(stop + 1);
}

QStringList textParagraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

Role headingRole(int depth)
{
    switch (depth) {
    case 1:
        return Role::Heading1;
    case 2:
        return Role::Heading2;
    case 3:
        return Role::Heading3;
    case 4:
        return Role::Heading4;
    default:
        return Role::Body;
    }
}

Run headingRun(int depth, const QString &text)
{
    switch (depth) {
    case 1:
        return { text, FontRole::HeiTi, false };
    case 2:
        return { text, FontRole::KaiTi, false };
    case 3:
        return { text, FontRole::FangSong, true };
    default:
        return { text, FontRole::FangSong, false };
    }
}

QString printedDepartmentClause(const Plan &plan, const Node &node);
Table indicatorTable(const Plan &plan, const QList<const Indicator *> &rows, const QList<const Target *> &targets,
                     const QList<int> &years);
/** The targets of @p stated (those @p node states) whose statement is not in its title and text: a table the
 *  import read, say. The report prints them as a table under the text, or the printed plan would lose them. */
QList<const Target *> targetsOutsideText(const Plan &plan, const QList<const Target *> &stated, const Node &node);
QList<const Indicator *> indicatorsInOrder(const Plan &plan, QList<const Target *> targets);

class Builder
{
public:
    Builder(const Plan &plan, const ReportOptions &options)
        : m_plan(plan)
        , m_options(options)
    {
        for (const Target &t : plan.targets) {
            if (!t.nodeId.isNull())
                m_targetsByNode[t.nodeId].append(&t);
        }
    }

    ReportDocument build(QStringList *warnings);

private:
    void notice();
    void body();
    void node(const Node &n);
    void departmentLines(const Node &n);
    void annex(int number, const QString &title, const Table &table);
    void add(Block b) { m_doc.blocks.append(std::move(b)); }

    const Plan &m_plan;
    const ReportOptions &m_options;
    QHash<QUuid, QList<const Target *>> m_targetsByNode;
    ReportDocument m_doc;
};

ReportDocument Builder::build(QStringList *warnings)
{
    m_doc.title = m_plan.metadata.title;
    m_doc.draft = m_options.draft;
    if (m_options.notice)
        notice();
    if (m_options.body || m_doc.blocks.isEmpty()) {
        if (!m_doc.blocks.isEmpty())
            add(PageBreak {});
        body();
    }
    struct AnnexSpec
    {
        bool enabled;
        QString title;
        Table table;
    };
    const QString t = m_plan.metadata.title;
    const QList<AnnexSpec> annexes {
        { m_options.annexTargets, t + tr("主要指标表"), m_options.annexTargets ? targetsTable(m_plan) : Table {} },
        { m_options.annexTasks, t + tr("重点任务分工表"), m_options.annexTasks ? tasksTable(m_plan) : Table {} },
        { m_options.annexProjects, t + tr("重大项目表"), m_options.annexProjects ? projectsTable(m_plan) : Table {} },
    };
    int number = 0;
    for (const AnnexSpec &a : annexes) {
        if (!a.enabled)
            continue;
        if (a.table.rows.isEmpty()) {
            if (warnings)
                warnings->append(tr("The plan has no data for the annex %1; it is left out.").arg(a.title));
            continue;
        }
        annex(++number, a.title, a.table);
    }
    return std::move(m_doc);
}

void Builder::notice()
{
    const PlanMetadata &m = m_plan.metadata;
    const QString issuer = m.issuer.isEmpty() ? tr("（发文机关）") : m.issuer;
    add(Spacer { 35 });
    Paragraph banner = para(Role::Banner, issuer + tr("文件"), FontRole::XiaoBiaoSong, 36, Align::Center, 0);
    banner.color = QColor(0xe6, 0x00, 0x12);
    add(banner);
    if (!m.docNumber.isEmpty()) {
        Paragraph no = para(Role::DocNumber, m.docNumber, FontRole::FangSong, 16, Align::Center, 0);
        no.blankLinesBefore = 2;
        add(no);
    }
    add(Rule { QColor(0xe6, 0x00, 0x12), 0.35, 4, 0 });
    Paragraph title = para(Role::Title, issuer + tr("关于印发《%1》的通知").arg(m.title), FontRole::XiaoBiaoSong, 22,
                           Align::Center, 0);
    title.blankLinesBefore = 2;
    add(title);
    const QString recipients = m_options.recipients.isEmpty() ? defaultRecipients(m.level) : m_options.recipients;
    Paragraph to = para(Role::Recipients, recipients + tr("："), FontRole::FangSong, 16, Align::Justify, 0);
    to.blankLinesBefore = 1;
    add(to);
    add(para(Role::Body, tr("现将《%1》印发给你们，请认真贯彻执行。").arg(m.title), FontRole::FangSong));
    Paragraph sign = para(Role::Signature, issuer, FontRole::FangSong, 16, Align::Right, 0);
    sign.rightIndentChars = 4;
    sign.blankLinesBefore = 1;
    add(sign);
    if (m.issueDate.isValid()) {
        Paragraph date = para(Role::Signature, chineseDate(m.issueDate), FontRole::FangSong, 16, Align::Right, 0);
        date.rightIndentChars = 4;
        add(date);
    }
    const QString publicity = m_options.publicity.isEmpty() ? tr("此件主动公开") : m_options.publicity;
    add(para(Role::Note, tr("（%1）").arg(publicity), FontRole::FangSong));
}

void Builder::body()
{
    const PlanMetadata &m = m_plan.metadata;
    add(para(Role::Title, m.title, FontRole::XiaoBiaoSong, 22, Align::Center, 0));
    if (m_options.draft)
        add(para(Role::Subtitle, tr("（征求意见稿）"), FontRole::KaiTi, 16, Align::Center, 0));
    bool first = true;
    for (const QString &p : textParagraphs(m_plan.root().content.text)) {
        Paragraph preamble = para(Role::Body, p, FontRole::FangSong);
        preamble.blankLinesBefore = first ? 1 : 0;
        first = false;
        add(preamble);
    }
    const Node &root = m_plan.root();
    for (int i = 0; i < root.childCount(); ++i) {
        const qsizetype before = m_doc.blocks.size();
        node(*root.child(i));
        if (first && m_doc.blocks.size() > before) {
            std::get<Paragraph>(m_doc.blocks[before]).blankLinesBefore = 1;
            first = false;
        }
    }
    bool firstClosing = true;
    for (const QString &line : textParagraphs(m.closing)) {
        Paragraph p = para(Role::Body, line, FontRole::FangSong);
        p.blankLinesBefore = std::exchange(firstClosing, false) ? 1 : 0;
        add(p);
    }
}

void Builder::node(const Node &n)
{
    const int depth = n.depth();
    const QString number = nodeNumber(n);
    const NodeContent &c = n.content;
    QStringList texts = textParagraphs(c.text);
    const QString clause = m_options.departmentStyle == DepartmentStyle::Parenthesis
        ? printedDepartmentClause(m_plan, n)
        : QString();
    QString heading = number + c.title;
    if (depth >= 2 && !texts.isEmpty() && !c.title.isEmpty() && !endsWithPunctuation(c.title))
        heading += u'。';

    Paragraph first;
    first.role = headingRole(depth);
    first.keepWithNext = texts.isEmpty() || depth == 1;
    if (!c.title.isEmpty() || texts.isEmpty())
        first.runs.append(headingRun(depth, heading));
    else
        first.runs.append({ number, FontRole::FangSong, false });
    // Below the chapter level a heading runs into its first paragraph, as in issued documents.
    if (depth >= 2 && !texts.isEmpty()) {
        first.runs.append({ texts.takeFirst(), FontRole::FangSong, false });
        first.role = depth <= 4 ? first.role : Role::Body;
    }
    if (texts.isEmpty() && !clause.isEmpty())
        first.runs.append({ clause, FontRole::FangSong, false });
    add(first);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Paragraph p = para(Role::Body, texts.at(i), FontRole::FangSong);
        if (i == texts.size() - 1 && !clause.isEmpty())
            p.runs.append({ clause, FontRole::FangSong, false });
        add(p);
    }
    if (const auto stated = m_targetsByNode.constFind(n.id()); stated != m_targetsByNode.cend()) {
        if (const QList<const Target *> outside = targetsOutsideText(m_plan, *stated, n); !outside.isEmpty()) {
            add(Spacer { 2 });
            add(indicatorTable(m_plan, indicatorsInOrder(m_plan, outside), outside, {}));
            add(Spacer { 4 });
        }
    }
    if (m_options.departmentStyle == DepartmentStyle::Lines)
        departmentLines(n);
    for (int i = 0; i < n.childCount(); ++i)
        node(*n.child(i));
}

void Builder::departmentLines(const Node &n)
{
    const QStringList lead = m_plan.departmentNames(n.content.lead);
    const QStringList responsible
        = m_plan.departmentNames(n.content.support) + m_plan.departmentNames(n.content.territorial);
    if (!lead.isEmpty())
        add(para(Role::Departments, tr("牵头单位：") + lead.join(tr("、")), FontRole::FangSong));
    if (!responsible.isEmpty())
        add(para(Role::Departments, tr("责任单位：") + responsible.join(tr("、")), FontRole::FangSong));
}

void Builder::annex(int number, const QString &title, const Table &table)
{
    add(PageBreak { isWide(table) });
    add(para(Role::AnnexLabel, tr("附件%1").arg(number), FontRole::HeiTi, 16, Align::Left, 0));
    Paragraph t = para(Role::Title, title, FontRole::XiaoBiaoSong, 22, Align::Center, 0);
    t.blankLinesBefore = 1;
    add(t);
    add(Spacer { 4 });
    add(table);
}

QString valueText(const Target &t)
{
    QString s;
    if (t.value) {
        const QString v = formatNumber(*t.value);
        switch (t.comparator) {
        case Comparator::Approx:
            s = tr("%1左右").arg(v);
            break;
        case Comparator::Equal:
            s = v;
            break;
        case Comparator::AtLeast:
            s = tr("不低于%1").arg(v);
            break;
        case Comparator::Greater:
            s = tr("%1以上").arg(v);
            break;
        case Comparator::AtMost:
            s = tr("不高于%1").arg(v);
            break;
        case Comparator::Less:
            s = tr("低于%1").arg(v);
            break;
        }
        if (t.stretch)
            s += tr("（力争%1）").arg(formatNumber(*t.stretch));
    }
    if (!t.allocation.isEmpty())
        s = s.isEmpty() ? t.allocation : s + u'，' + t.allocation;
    return s;
}

/** An indicator the importer could not name (older files store a placeholder in either language). */
bool isUnnamed(const Indicator &ind)
{
    const QString n = ind.name.trimmed();
    return n.isEmpty() || n == u"(unnamed indicator)"_s || n == u"（未命名指标）"_s || n == u"(未命名指标)"_s;
}

/** The words before the number in the sentence that states @p t: 到2025年，城市建成区绿地率达到40% → 城市建成区绿地率. */
QString statingPhrase(const Plan &plan, const Target &t)
{
    const QString raw = plan.sourceText.mid(t.span.start, std::min<qint64>(t.span.length, 200));
    QString text = import::normalizeText(raw).text;
    text.replace(u'\n', QString());
    static const QRegularExpression number(u"[0-9０-９]"_s);
    static const QRegularExpression lead(
        uR"(^.*?(?:(?:到|至|截至)?(?:19|20)\d\d年(?:底|末)?|[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间|末)?)[，,、]?)"_s);
    static const QRegularExpression verb(u"(?:达到|达|提高到|提升到|提高至|下降|降低|控制在|保持在|不低于|不高于|超过|增长|累计|力争|确保|分别)+$"_s);
    text.remove(lead);
    const qsizetype digit = text.indexOf(number);
    QString phrase = digit < 0 ? text : text.left(digit);
    phrase.remove(verb);
    phrase = phrase.trimmed();
    while (!phrase.isEmpty() && u"，,、：:；;"_s.contains(phrase.back()))
        phrase.chop(1);
    return phrase.size() > 40 ? phrase.left(39) + u'…' : phrase;
}

/** The source's own assignment parenthesis while it names exactly the node's departments, else ours. */
QString printedDepartmentClause(const Plan &plan, const Node &node)
{
    const SourceSpan s = node.content.assignmentSpan;
    if (s.isValid() && s.length > 0 && s.length < 2000 && s.start + s.length <= plan.sourceText.size()) {
        QString source = import::normalizeText(plan.sourceText.mid(s.start, s.length)).text;
        source.replace(u'\n', QString());
        if (source.startsWith(u'（') && source.endsWith(u'）') && agreesWith(plan, source, node.content))
            return source;
    }
    return departmentClause(plan, node);
}

/** @p text as compared for a statement: no spaces, half-width, simplified. */
QString comparable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!import::isSpace(c))
            out.append(import::toSimplified(import::foldWidth(c)));
    }
    return out;
}

/** The indicators of @p targets in the order they are first stated. */
QList<const Indicator *> indicatorsInOrder(const Plan &plan, QList<const Target *> targets)
{
    std::stable_sort(targets.begin(), targets.end(),
                     [](const Target *a, const Target *b) { return a->span.start < b->span.start; });
    QList<const Indicator *> out;
    QSet<const Indicator *> seen;
    for (const Target *t : std::as_const(targets)) {
        const Indicator *ind = plan.indicator(t->indicatorId);
        if (ind && !seen.contains(ind)) {
            seen.insert(ind);
            out.append(ind);
        }
    }
    return out;
}

QList<const Target *> targetsOutsideText(const Plan &plan, const QList<const Target *> &stated, const Node &node)
{
    QList<const Target *> out;
    const QString printed = comparable(QString(node.content.title + node.content.text));
    constexpr qint64 kMaxStatement = 2000;
    for (const Target *t : stated) {
        const SourceSpan s = t->span;
        if (!s.isValid() || s.length <= 0 || s.length > kMaxStatement || s.start + s.length > plan.sourceText.size())
            continue;
        const QString statement = comparable(import::normalizeText(plan.sourceText.mid(s.start, s.length)).text);
        if (!statement.isEmpty() && !printed.contains(statement))
            out.append(t);
    }
    return out;
}

/** An indicator table of @p targets: a row for each of @p rows they state, one column per year (@p years
 *  first). */
Table indicatorTable(const Plan &plan, const QList<const Indicator *> &rows, const QList<const Target *> &targets,
                     const QList<int> &years)
{
    Table table;
    // One column per year: @p years first, then other target years, at most kMaxYearColumns (a malformed
    // plan with hundreds of years must not produce an unprintable table).
    constexpr std::size_t kMaxYearColumns = 6;
    std::set<int> yearSet;
    for (int y : years) {
        if (y > 0 && yearSet.size() < kMaxYearColumns)
            yearSet.insert(y);
    }
    for (const Target *t : targets) {
        if (t->year > 0 && yearSet.size() < kMaxYearColumns)
            yearSet.insert(t->year);
    }
    const std::vector<int> columnYears(yearSet.cbegin(), yearSet.cend());
    table.columns = { { tr("序号"), 0.8, Align::Center }, { tr("指标"), 3.2, Align::Left },
                      { tr("单位"), 1.0, Align::Center }, { tr("基期值"), 1.3, Align::Center } };
    for (int y : columnYears)
        table.columns.append({ tr("%1年").arg(y), 1.6, Align::Center });
    table.columns.append({ tr("属性"), 1.0, Align::Center });
    int serial = 0;
    for (const Indicator *indicator : rows) {
        const Indicator &ind = *indicator;
        QStringList row(table.columns.size());
        bool any = false;
        QString base, phrase;
        for (std::size_t y = 0; y < columnYears.size(); ++y) {
            // One target per cell: the first with a number, completed by an allocation stated elsewhere.
            const Target *shown = nullptr;
            QString allocation;
            for (const Target *t : targets) {
                if (t->indicatorId != ind.id || t->year != columnYears[y])
                    continue;
                if (!shown || (!shown->value && t->value))
                    shown = t;
                if (allocation.isEmpty())
                    allocation = t->allocation;
            }
            if (!shown)
                continue;
            Target t = *shown;
            if (t.allocation.isEmpty() && t.value)
                t.allocation = allocation;
            row[4 + qsizetype(y)] = valueText(t);
        }
        for (const Target *t : targets) {
            if (t->indicatorId != ind.id)
                continue;
            any = true;
            if (base.isEmpty() && t->baseYear > 0)
                base = t->baseValue ? tr("%1（%2年）").arg(formatNumber(*t->baseValue)).arg(t->baseYear)
                                    : tr("%1年").arg(t->baseYear);
            if (phrase.isEmpty() && t->span.isValid())
                phrase = statingPhrase(plan, *t);
        }
        if (!any)
            continue;
        row[0] = QString::number(++serial);
        row[1] = isUnnamed(ind) && !phrase.isEmpty() ? phrase : ind.name;
        row[2] = ind.unit;
        row[3] = base;
        row.back() = ind.binding == Binding::Binding ? tr("约束性")
            : ind.binding == Binding::Expected       ? tr("预期性")
                                                     : QString();
        table.rows.append(row);
    }
    return table;
}

} // namespace

ReportOptions defaultReportOptions(const Plan &plan)
{
    ReportOptions o;
    o.annexTargets = !targetsTable(plan).rows.isEmpty();
    o.annexTasks = !tasksTable(plan).rows.isEmpty();
    o.annexProjects = !projectsTable(plan).rows.isEmpty();
    return o;
}

ReportDocument buildPlanReport(const Plan &plan, const ReportOptions &options, QStringList *warnings)
{
    return Builder(plan, options).build(warnings);
}

QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QCoreApplication::translate("pw::report::Builder", "%1年%2月%3日")
        .arg(date.year())
        .arg(date.month())
        .arg(date.day());
}

QString defaultRecipients(AdminLevel level)
{
    switch (level) {
    case AdminLevel::National:
        return tr("各省、自治区、直辖市人民政府，国务院各部委、各直属机构");
    case AdminLevel::Province:
        return tr("各市州、县市区人民政府，省政府各厅委、各直属机构");
    case AdminLevel::City:
        return tr("各县市区人民政府，市政府各局委办、各直属事业单位");
    case AdminLevel::County:
    case AdminLevel::District:
        return tr("各乡镇人民政府、街道办事处，县直有关单位");
    case AdminLevel::Other:
        break;
    }
    return tr("各有关单位");
}

QString departmentClause(const Plan &plan, const Node &node)
{
    const QStringList lead = plan.departmentNames(node.content.lead);
    const QStringList responsible
        = plan.departmentNames(node.content.support) + plan.departmentNames(node.content.territorial);
    if (lead.isEmpty() && responsible.isEmpty())
        return {};
    QString s = tr("（");
    if (!lead.isEmpty())
        s += lead.join(tr("、")) + tr("牵头");
    if (!lead.isEmpty() && !responsible.isEmpty())
        s += tr("，");
    if (!responsible.isEmpty())
        s += responsible.join(tr("、")) + tr("按职责分工负责");
    return s + tr("）");
}

Table targetsTable(const Plan &plan)
{
    QList<const Indicator *> rows;
    for (const Indicator &ind : plan.indicators)
        rows.append(&ind);
    QList<const Target *> all;
    for (const Target &t : plan.targets)
        all.append(&t);
    return indicatorTable(plan, rows, all, plan.metadata.milestoneYears);
}

Table tasksTable(const Plan &plan)
{
    Table table;
    table.columns = { { tr("序号"), 0.8, Align::Center }, { tr("重点任务"), 5.0, Align::Justify },
                      { tr("牵头单位"), 2.0, Align::Left }, { tr("责任单位"), 2.6, Align::Left },
                      { tr("完成时限"), 1.2, Align::Center } };
    int serial = 0;
    plan.root().forEach([&](const Node *n) {
        const NodeContent &c = n->content;
        const bool assigned = !c.lead.isEmpty() || !c.support.isEmpty() || !c.territorial.isEmpty();
        if (n == &plan.root() || !(assigned || (c.kind == NodeKind::Task && n->childCount() == 0)))
            return;
        // The annex names the task; its paragraph is in the plan itself.
        const QString task = c.title.trimmed().isEmpty() ? firstSentence(c.text) : c.title.trimmed();
        const QStringList lead = plan.departmentNames(c.lead);
        const QStringList resp = plan.departmentNames(c.support) + plan.departmentNames(c.territorial);
        table.rows.append({ QString::number(++serial), task, lead.join(tr("、")), resp.join(tr("、")), c.deadline });
    });
    return table;
}

Table projectsTable(const Plan &plan)
{
    Table table;
    table.columns = { { tr("序号"), 0.8, Align::Center }, { tr("项目名称"), 3.8, Align::Left },
                      { tr("建设规模"), 2.0, Align::Center }, { tr("总投资"), 1.5, Align::Center },
                      { tr("建设年限"), 2.0, Align::Center }, { tr("责任单位"), 2.6, Align::Left } };
    int serial = 0;
    for (const Project &p : plan.projects) {
        const QString capacity = p.capacity ? formatNumber(*p.capacity) + p.capacityUnit : QString();
        const QString investment = p.investment
            ? formatNumber(*p.investment) + (p.investmentUnit.isEmpty() ? tr("亿元") : p.investmentUnit)
            : QString();
        QString years;
        if (p.startYear > 0 && p.endYear > 0 && p.endYear != p.startYear)
            years = tr("%1—%2年").arg(p.startYear).arg(p.endYear);
        else if (p.startYear > 0 || p.endYear > 0)
            years = tr("%1年").arg(std::max(p.startYear, p.endYear));
        table.rows.append({ QString::number(++serial), p.name, capacity, investment, years,
                            plan.departmentNames(p.departments).join(tr("、")) });
    }
    return table;
}

bool isWide(const Table &table)
{
    // The portrait block is 156 mm: about 7 columns of short figures, or fewer with long text columns.
    qreal weight = 0;
    for (const TableColumn &c : table.columns)
        weight += c.weight;
    return table.columns.size() > 7 || weight > 11;
}

QString Paragraph::text() const
{
    QString s;
    for (const Run &r : runs)
        s += r.text;
    return s;
}

} // namespace pw::report
