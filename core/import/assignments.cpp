#include "assignments.h"

#include "chinesetext.h"
#include "departmentnames.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

/** A role label "牵头单位：", also traditional and with 部门; group 1 is the role word. */
const QString &roleLabelPattern()
{
    static const QString p = uR"((?:主要)?(牵头|牽頭|责任|責任|配合|参与|參與|协同|協同|主责|主責)(?:单位|單位|部门|部門)\s*[:：])"_s;
    return p;
}

const QRegularExpression &lineRole()
{
    static const QRegularExpression re(u"^"_s + roleLabelPattern());
    return re;
}

const QRegularExpression &followingLabel()
{
    // A further label on the same line: "牵头单位：A；责任单位：B、C", also after a mere space (removed by the
    // normalizer between Chinese characters): "牵头单位：A 配合单位：B".
    static const QRegularExpression re(roleLabelPattern());
    return re;
}

const QRegularExpression &unitWord()
{
    // Endings of unit names; a list without any is prose, not an assignment.
    static const QRegularExpression re(
        uR"(局|委|办|辦|部|厅|廳|政府|中心|公司|集团|集團|管委会|管委會|分局|支行|分行|单位|單位|街道|院|所|室|站|会|會|社|队|隊|组|組|指挥部|指揮部|园区|園區|银行|銀行)"_s);
    return re;
}

struct LineRole
{
    int role = 0; ///< 1 lead, 2 supporting, 0 not an assignment line
    qsizetype labelEnd = 0;
};

int roleOf(const QString &roleWord)
{
    const QString role = toSimplified(roleWord);
    return (role == u"牵头"_s || role == u"主责"_s) ? 1 : 2;
}

LineRole matchLineRole(QStringView line)
{
    // Most lines are prose: their first character already rules the label out.
    if (line.isEmpty() || !QStringView(u"主牵牽责責配参參协協").contains(line.front()))
        return {};
    const auto m = lineRole().match(line);
    if (!m.hasMatch())
        return {};
    return { roleOf(m.captured(1)), m.capturedEnd() };
}

/** "县发改局（牵头）": moves the names of @p names marked as lead to @p lead, without the marker. */
bool takeMarkedLeads(QStringList &names, QStringList &lead)
{
    static const QRegularExpression marker(uR"([（(〔\[【]\s*(?:牵头|牽頭)\s*[）)〕\]】]$)"_s);
    bool found = false;
    for (qsizetype i = 0; i < names.size();) {
        const QString &name = names[i];
        const bool candidate = !name.isEmpty() && QStringView(u"）)〕]】").contains(name.back())
            && (name.contains(u"牵头"_s) || name.contains(u"牽頭"_s));
        const auto m = candidate ? marker.match(name) : QRegularExpressionMatch();
        if (!m.hasMatch() || m.capturedStart() == 0) {
            ++i;
            continue;
        }
        lead.append(names[i].left(m.capturedStart()));
        names.removeAt(i);
        found = true;
    }
    return found;
}

/** Adds the names after each role label of @p text ("牵头单位：A；责任单位：B、C") to @p block; returns the
 *  role of the first label, 0 if @p text does not start with one. */
int addLabelledNames(QStringView text, AssignmentBlock *block, bool *hasLead)
{
    LineRole role = matchLineRole(text);
    const int firstRole = role.role;
    if (!firstRole)
        return 0;
    for (;;) {
        // A second label needs a colon of its own.
        const QStringView after = text.mid(role.labelEnd);
        const auto next = after.contains(u'：') || after.contains(u':') ? followingLabel().match(text, role.labelEnd)
                                                                         : QRegularExpressionMatch();
        const qsizetype end = next.hasMatch() ? next.capturedStart() : text.size();
        QStringView names = text.mid(role.labelEnd, end - role.labelEnd);
        while (!names.isEmpty() && QStringView(u"。.；;，,").contains(names.back()))
            names.chop(1);
        QStringList listed = DepartmentNames::split(names);
        const bool marked = takeMarkedLeads(listed, block->lead);
        (role.role == 1 ? block->lead : block->support) += listed;
        *hasLead = *hasLead || role.role == 1 || marked;
        if (!next.hasMatch())
            return firstRole;
        role = { roleOf(next.captured(1)), next.capturedEnd() };
    }
}

/** Territorial units in "以下…均需A、B落实(地方主体责任)，不再(逐项)列出". */
QStringList stickyUnits(const QString &sentence)
{
    static const QRegularExpression re(uR"((?:均需|均由|需|由)(.+?)(?:落实|負責|负责|牵头|組織|组织))"_s);
    const auto m = re.match(sentence);
    if (!m.hasMatch())
        return {};
    QStringList units = DepartmentNames::split(m.captured(1));
    for (QString &u : units) {
        if (!u.startsWith(u'各'))
            u.prepend(u'各');
    }
    return units;
}

bool isStickySentence(const QString &s)
{
    const QString t = toSimplified(s);
    return (t.contains(u"以下"_s) || t.contains(u"下同"_s)) && t.contains(u"列出"_s);
}

bool plausibleList(const QStringList &names)
{
    if (names.isEmpty())
        return false;
    for (const QString &n : names) {
        // Territorial units (各县市区, 各乡镇) carry no unit word but are assignees all the same.
        if (!DepartmentNames::plausible(n)
            || !(n.contains(unitWord()) || DepartmentNames::kind(n) == DepartmentKind::Territorial))
            return false;
    }
    return true;
}

/** Takes @p leads and @p supports into @p block if every one looks like a unit name. */
bool acceptNames(const QStringList &leads, const QStringList &supports, bool explicitLead, AssignmentBlock *block)
{
    if (!plausibleList(leads + supports))
        return false;
    block->lead += leads;
    block->support += supports;
    finishAssignment(block, explicitLead);
    return true;
}

/** Parses the inside of an assignment parenthesis (@p simple: the same in simplified characters). */
bool parseParenthesis(const QString &inner, const QString &simple, AssignmentBlock *block)
{
    // Sentences after the first: conventions such as "本项及以下各项工作均需各县市区落实…，不再逐项列出".
    QStringList sentences = QString(inner).replace(u'．', u'。').split(u'。', Qt::SkipEmptyParts);
    if (sentences.isEmpty())
        return false;
    QString main = sentences.takeFirst();
    for (const QString &s : std::as_const(sentences)) {
        if (isStickySentence(s))
            block->stickyTerritorial += stickyUnits(toSimplified(s));
    }
    // "…按职责分工负责，下同。以下任务均需…" may also sit in one sentence after a comma.
    if (main.contains(u"以下"_s) || main.contains(u"下同"_s)) {
        static const QRegularExpression stickyTail(uR"([，,；;](以下|下同).*$)"_s);
        const auto tail = stickyTail.match(main);
        if (tail.hasMatch()) {
            if (isStickySentence(tail.captured(0)))
                block->stickyTerritorial += stickyUnits(toSimplified(tail.captured(0)));
            main = main.left(tail.capturedStart());
        }
    }
    // "（牵头单位：A；配合单位：B）" reads like assignment lines.
    const bool hasColon = main.contains(u'：') || main.contains(u':');
    const QStringView trimmed = QStringView(main).trimmed();
    const LineRole firstLabel = hasColon ? matchLineRole(trimmed) : LineRole {};
    if (firstLabel.role && followingLabel().match(trimmed, firstLabel.labelEnd).hasMatch()) {
        AssignmentBlock labelled;
        bool labelledLead = false;
        return addLabelledNames(trimmed, &labelled, &labelledLead) != 0
            && acceptNames(labelled.lead, labelled.support, labelledLead, block);
    }
    bool labelled = false;
    if (hasColon) {
        static const QRegularExpression prefix(uR"(^\s*(?:牵头|牽頭|责任|責任|配合)?(?:单位|單位|部门|部門)\s*[:：])"_s);
        const auto label = prefix.match(main);
        labelled = label.hasMatch();
        if (labelled)
            main.remove(0, label.capturedEnd());
    }
    const bool hasDuty = simple.contains(u"负责"_s) || simple.contains(u"落实"_s);
    if (!main.isEmpty() && QStringView(u"责責实實").contains(main.back())) {
        static const QRegularExpression duty(
            uR"((?:等)?(?:(?:按照?|根据)?職責分工|(?:按照?|根据)?职责分工|分别|分別)?(?:負責|负责|落实|落實)$)"_s);
        main.remove(duty);
    }

    // "（县工信局（牵头）、县市场监管局）": the lead marked after its name.
    QStringList listed = simple.contains(u"牵头"_s) ? DepartmentNames::split(main) : QStringList();
    QStringList markedLeads;
    if (takeMarkedLeads(listed, markedLeads))
        return acceptNames(markedLeads, listed, true, block);

    qsizetype leadAt = main.indexOf(u"牵头"_s);
    const qsizetype traditionalLead = main.indexOf(u"牽頭"_s);
    if (traditionalLead >= 0 && (leadAt < 0 || traditionalLead < leadAt))
        leadAt = traditionalLead;
    bool explicitLead = false;
    QStringList leads, supports;
    if (leadAt >= 0) {
        explicitLead = true;
        leads = DepartmentNames::split(QStringView(main).left(leadAt));
        supports = DepartmentNames::split(QStringView(main).mid(leadAt + 2));
    } else {
        if (!labelled && !hasDuty)
            return false;
        supports = DepartmentNames::split(main);
    }
    return acceptNames(leads, supports, explicitLead, block);
}

} // namespace

int assignmentLineRole(QStringView line)
{
    return matchLineRole(line).role;
}

qsizetype assignmentLabelAt(QStringView paragraph)
{
    if (matchLineRole(paragraph).role)
        return 0;
    if (!paragraph.contains(u'：') && !paragraph.contains(u':'))
        return -1;
    for (auto it = followingLabel().globalMatch(paragraph); it.hasNext();) {
        const auto m = it.next();
        const qsizetype at = m.capturedStart();
        if (at == 0 || !QStringView(u"。；;！").contains(paragraph.at(at - 1)))
            continue;
        // Labels inside a parenthesis belong to it.
        int depth = 0;
        for (QChar c : paragraph.left(at))
            depth += (c == u'（' || c == u'(' || c == u'【') ? 1 : (c == u'）' || c == u')' || c == u'】') ? -1 : 0;
        if (depth > 0)
            continue;
        // Only a list may follow: no further sentence.
        QStringView rest = paragraph.mid(at);
        while (!rest.isEmpty() && QStringView(u"。.；;").contains(rest.back()))
            rest.chop(1);
        return rest.contains(u'。') ? -1 : at;
    }
    return -1;
}

int parseAssignmentLine(QStringView line, AssignmentBlock *block)
{
    bool hasLead = false;
    return addLabelledNames(line, block, &hasLead);
}

QList<AssignmentBlock> findAssignmentParentheses(QStringView paragraph)
{
    QList<AssignmentBlock> blocks;
    const qsizetype n = paragraph.size();
    for (qsizetype i = 0; i < n; ++i) {
        // Parentheses, or the square brackets some plans use: "【责任单位：A、B】".
        const QChar c = paragraph.at(i);
        const bool square = c == u'【' || c == u'[';
        if (!square && c != u'（' && c != u'(')
            continue;
        auto opens = [square](QChar d) { return square ? d == u'【' || d == u'[' : d == u'（' || d == u'('; };
        auto closes = [square](QChar d) { return square ? d == u'】' || d == u']' : d == u'）' || d == u')'; };
        // Find the matching close, allowing nested brackets of the same kind.
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype k = i; k < n && k - i < 600; ++k) {
            const QChar d = paragraph.at(k);
            if (opens(d))
                ++depth;
            else if (closes(d) && --depth == 0) {
                close = k;
                break;
            }
        }
        if (close < 0)
            continue;
        const QString inner = paragraph.mid(i + 1, close - i - 1).toString();
        const QString simple = toSimplified(inner);
        if (!(simple.contains(u"负责"_s) || simple.contains(u"牵头"_s) || simple.contains(u"责任单位"_s)
              || simple.contains(u"牵头单位"_s) || simple.contains(u"配合单位"_s))) {
            continue;
        }
        AssignmentBlock block;
        block.style = AssignmentBlock::Style::Parenthesis;
        block.start = i;
        block.end = close + 1;
        if (parseParenthesis(inner, simple, &block)) {
            blocks.append(block);
            i = close;
        }
    }
    return blocks;
}

void finishAssignment(AssignmentBlock *block, bool explicitLead)
{
    // Kinds are regex work and the same names recur on every task: remember them (bounded).
    thread_local QHash<QString, DepartmentKind> kinds;
    auto kindOf = [](const QString &name) {
        const auto it = kinds.constFind(name);
        if (it != kinds.constEnd())
            return *it;
        if (kinds.size() > 4096)
            kinds.clear();
        const DepartmentKind k = DepartmentNames::kind(name);
        kinds.insert(name, k);
        return k;
    };
    auto moveTerritorial = [block, &kindOf](QStringList &list) {
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            if (kindOf(list[i]) == DepartmentKind::Territorial) {
                if (!block->territorial.contains(list[i]))
                    block->territorial.prepend(list[i]);
                list.removeAt(i);
            }
        }
    };
    if (explicitLead) {
        moveTerritorial(block->support);
        return;
    }
    moveTerritorial(block->support);
    moveTerritorial(block->lead);
    if (block->lead.isEmpty() && !block->support.isEmpty())
        block->lead.append(block->support.takeFirst());
}

} // namespace pw::import
