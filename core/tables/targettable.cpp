#include "targettable.h"

#include "import/indicatorcatalog.h"
#include "tasktable.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pw::tables {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::tables", text); }

std::optional<Comparator> comparatorFromText(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    if (s == u">="_s || s == u"≥"_s || s == u"以上"_s || s == u"不低于"_s)
        return Comparator::AtLeast;
    if (s == u"<="_s || s == u"≤"_s || s == u"以下"_s || s == u"以内"_s || s == u"不高于"_s)
        return Comparator::AtMost;
    if (s == u"~"_s || s == u"≈"_s || s == u"左右"_s)
        return Comparator::Approx;
    if (s == u">"_s || s == u"＞"_s || s == u"超过"_s)
        return Comparator::Greater;
    if (s == u"<"_s || s == u"＜"_s)
        return Comparator::Less;
    if (s == u"="_s)
        return Comparator::Equal;
    return comparatorFromSymbol(s);
}

/** +1 if a larger value is stricter for this indicator, −1 if a smaller one is, 0 if unknown. */
int stricterSign(const Indicator &indicator)
{
    if (isReductionRate(indicator.name))
        return 1;
    if (indicator.direction == Direction::Increase)
        return 1;
    if (indicator.direction == Direction::Decrease)
        return -1;
    return 0;
}

bool containsNumber(const QString &text, double value)
{
    const QString n = formatNumber(value);
    qsizetype from = 0;
    while ((from = text.indexOf(n, from)) >= 0) {
        // "22" must not match inside "122" or "22.5".
        const qsizetype end = from + n.size();
        const bool digitBefore = from > 0 && (text.at(from - 1).isDigit() || text.at(from - 1) == u'.');
        const bool digitAfter = end < text.size() && (text.at(end).isDigit()
                                   || (text.at(end) == u'.' && end + 1 < text.size() && text.at(end + 1).isDigit()));
        if (!digitBefore && !digitAfter)
            return true;
        from = end;
    }
    return false;
}

/** Units of one quantity at different magnitudes; plans use whichever fits their size. */
const QList<QStringList> &unitFamilies()
{
    static const QList<QStringList> families {
        { u"千瓦"_s, u"万千瓦"_s, u"兆瓦"_s, u"吉瓦"_s, u"亿千瓦"_s },
        { u"立方米"_s, u"万立方米"_s, u"亿立方米"_s },
        { u"吨标准煤"_s, u"万吨标准煤"_s, u"亿吨标准煤"_s },
        { u"平方米"_s, u"万平方米"_s, u"亿平方米"_s },
        { u"吨"_s, u"万吨"_s, u"亿吨"_s },
        { u"元"_s, u"万元"_s, u"亿元"_s },
    };
    return families;
}

} // namespace

bool isReductionRate(const QString &indicatorName)
{
    return indicatorName.contains(u"下降"_s) || indicatorName.contains(u"降低"_s);
}

bool unitsCompatible(const QString &a, const QString &b)
{
    const QString x = a.simplified().remove(u' ');
    const QString y = b.simplified().remove(u' ');
    if (x == y)
        return true;
    return std::any_of(unitFamilies().begin(), unitFamilies().end(),
                       [&](const QStringList &f) { return f.contains(x) && f.contains(y); });
}

std::optional<QString> catalogUnit(const Indicator &indicator)
{
    const auto entry = IndicatorCatalog::builtin().match(indicator.name, indicator.unit);
    if (!entry)
        return std::nullopt;
    return entry->unit;
}

QString formatNumber(double value)
{
    QString s = QString::number(value, 'f', 4);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s == u"-0"_s ? u"0"_s : s;
}

QString formatChange(double percent)
{
    const QString magnitude = QString::number(std::abs(percent), 'f', 1);
    if (magnitude == u"0.0"_s)
        return u"0.0%"_s;
    return (percent < 0 ? u"−"_s : u"+"_s) + magnitude + u'%';
}

QString bindingLabel(Binding binding)
{
    switch (binding) {
    case Binding::Binding:
        return u"约束性"_s;
    case Binding::Expected:
        return u"预期性"_s;
    case Binding::Unspecified:
        break;
    }
    return {};
}

QString directionLabel(Direction direction)
{
    switch (direction) {
    case Direction::Increase:
        return u"提高"_s;
    case Direction::Decrease:
        return u"下降"_s;
    case Direction::Neutral:
        break;
    }
    return {};
}

QString commitmentLabel(Commitment commitment)
{
    switch (commitment) {
    case Commitment::Ensure:
        return u"确保"_s;
    case Commitment::Strive:
        return u"力争"_s;
    case Commitment::None:
        break;
    }
    return {};
}

std::optional<Binding> bindingFromLabel(const QString &label)
{
    for (Binding b : { Binding::Unspecified, Binding::Binding, Binding::Expected }) {
        if (label.trimmed() == bindingLabel(b))
            return b;
    }
    return std::nullopt;
}

std::optional<Direction> directionFromLabel(const QString &label)
{
    for (Direction d : { Direction::Neutral, Direction::Increase, Direction::Decrease }) {
        if (label.trimmed() == directionLabel(d))
            return d;
    }
    return std::nullopt;
}

std::optional<Commitment> commitmentFromLabel(const QString &label)
{
    for (Commitment c : { Commitment::None, Commitment::Ensure, Commitment::Strive }) {
        if (label.trimmed() == commitmentLabel(c))
            return c;
    }
    return std::nullopt;
}

QString formatTargetCell(const Target &target)
{
    if (!target.value)
        return target.allocation;
    QString text = comparatorSymbol(target.comparator) + u' ' + formatNumber(*target.value);
    if (target.stretch)
        text += u" (力争 "_s + formatNumber(*target.stretch) + u')';
    return text;
}

std::optional<TargetCellInput> parseTargetCell(const QString &rawText, QString *error)
{
    TargetCellInput input;
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        input.clear = true;
        return input;
    }
    const bool hasDigit = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (!hasDigit) {
        input.qualitative = text;
        return input;
    }
    static const QRegularExpression re(
        u"^(>=|<=|≥|≤|≈|~|=|>|<|＞|＜|不低于|不高于|超过)?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*%?\\s*(以上|以下|以内|左右)?"
        "\\s*(?:[,，;；/]?\\s*[(（]?\\s*力争(?:达到)?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*%?\\s*(?:以上|左右)?\\s*[)）]?)?$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        if (error)
            *error = tr("Not a target value: write e.g. \"≥ 20 (力争 22)\", \"25左右\" or the qualitative wording.");
        return std::nullopt;
    }
    const QString prefix = m.captured(1);
    const QString suffix = m.captured(3);
    if (!prefix.isEmpty() && !suffix.isEmpty() && comparatorFromText(prefix) != comparatorFromText(suffix)) {
        if (error)
            *error = tr("Contradictory comparators \"%1\" and \"%2\".").arg(prefix, suffix);
        return std::nullopt;
    }
    input.comparator = comparatorFromText(!prefix.isEmpty() ? prefix : suffix).value_or(Comparator::Equal);
    input.value = m.captured(2).toDouble();
    if (!m.captured(4).isEmpty())
        input.stretch = m.captured(4).toDouble();
    return input;
}

void applyTargetCell(Target &target, const TargetCellInput &input)
{
    if (!input.qualitative.isEmpty()) {
        target.value.reset();
        target.stretch.reset();
        target.allocation = input.qualitative;
        return;
    }
    target.comparator = input.comparator;
    target.value = input.value;
    target.stretch = input.stretch;
}

QList<const Target *> targetsOf(const Plan &plan, const QUuid &indicatorId)
{
    QList<const Target *> result;
    for (const Target &t : plan.targets) {
        if (t.indicatorId == indicatorId)
            result.append(&t);
    }
    std::stable_sort(result.begin(), result.end(), [](const Target *a, const Target *b) { return a->year < b->year; });
    return result;
}

namespace {

using Targets = QList<const Target *>;

/** The first target for @p year among one indicator's targets (sorted by year, plan order within a year). */
const Target *yearTarget(const Targets &targets, int year)
{
    for (const Target *t : targets) {
        if (t->year == year)
            return t;
    }
    return nullptr;
}

const Target *firstBaseline(const Targets &targets)
{
    for (const Target *t : targets) {
        if (t->baseYear > 0 || t->baseValue)
            return t;
    }
    return nullptr;
}

QString changeText(const Indicator &indicator, const Targets &targets);

template<typename FindNode>
QString statingLabel(const Targets &targets, FindNode findNode)
{
    for (const Target *t : targets) {
        if (const Node *node = findNode(t->nodeId))
            return nodePath(*node) + node->content.title;
    }
    return {};
}

} // namespace

const Target *targetFor(const Plan &plan, const QUuid &indicatorId, int year)
{
    for (const Target &t : plan.targets) {
        if (t.indicatorId == indicatorId && t.year == year)
            return &t;
    }
    return nullptr;
}

const Target *baselineTarget(const Plan &plan, const QUuid &indicatorId)
{
    return firstBaseline(targetsOf(plan, indicatorId));
}

std::optional<double> impliedChange(const Indicator &indicator, const Target &target)
{
    if (!target.value)
        return std::nullopt;
    if (isReductionRate(indicator.name))
        return -*target.value;
    if (!target.baseValue || *target.baseValue == 0.0)
        return std::nullopt;
    return (*target.value - *target.baseValue) / std::abs(*target.baseValue) * 100.0;
}

QString impliedChangeText(const Plan &plan, const Indicator &indicator)
{
    return changeText(indicator, targetsOf(plan, indicator.id));
}

namespace {

QString changeText(const Indicator &indicator, const Targets &targets)
{
    QStringList parts;
    int lastYear = 0;
    for (const Target *t : targets) {
        // A duplicate target for a year is a warning of its own; the table shows the first one.
        if (t->year == lastYear)
            continue;
        lastYear = t->year;
        if (const auto change = impliedChange(indicator, *t))
            parts.append(u"%1年 %2"_s.arg(t->year).arg(formatChange(*change)));
    }
    return parts.join(u"；"_s);
}

} // namespace

QList<TargetWarning> indicatorWarnings(const Plan &plan, const Indicator &indicator)
{
    QList<TargetWarning> warnings;
    const QList<int> &milestones = plan.metadata.milestoneYears;
    const QList<const Target *> targets = targetsOf(plan, indicator.id);
    if (const auto unit = catalogUnit(indicator);
        unit && !unit->isEmpty() && !indicator.unit.isEmpty() && !unitsCompatible(indicator.unit, *unit)) {
        warnings.append({ 0, tr("Unit \"%1\" differs from the catalogue's \"%2\".").arg(indicator.unit, *unit) });
    }
    const int sign = stricterSign(indicator);
    const Target *previous = nullptr;
    for (const Target *t : targets) {
        if (!milestones.isEmpty() && !milestones.contains(t->year))
            warnings.append({ t->year, tr("Target year %1 is not a milestone of the plan.").arg(t->year) });
        if (previous && previous->year == t->year)
            warnings.append({ t->year, tr("Two targets for %1.").arg(t->year) });
        if (t->value && t->stretch && sign != 0 && (*t->stretch - *t->value) * sign < 0) {
            warnings.append({ t->year, tr("%1: the stretch value %2 is less ambitious than the target %3.")
                                           .arg(t->year)
                                           .arg(formatNumber(*t->stretch), formatNumber(*t->value)) });
        }
        if (t->value) {
            if (previous && previous->value && previous->year != t->year && previous->baseYear == t->baseYear
                && sign != 0 && (*t->value - *previous->value) * sign < 0) {
                warnings.append({ t->year, tr("%1 target %2 is less strict than the %3 target %4.")
                                               .arg(t->year)
                                               .arg(formatNumber(*t->value))
                                               .arg(previous->year)
                                               .arg(formatNumber(*previous->value)) });
            }
            if (const Node *node = plan.findNode(t->nodeId)) {
                const QString prose = node->content.title + node->content.text;
                if (!prose.trimmed().isEmpty() && !containsNumber(prose, *t->value)) {
                    warnings.append({ t->year, tr("%1: the stating text (%2) does not mention %3.")
                                                   .arg(t->year)
                                                   .arg(nodePath(*node) + node->content.title.left(20),
                                                        formatNumber(*t->value)) });
                }
            }
            previous = t;
        }
    }
    return warnings;
}

QString statingNodeLabel(const Plan &plan, const Indicator &indicator)
{
    return statingLabel(targetsOf(plan, indicator.id), [&plan](const QUuid &id) { return plan.findNode(id); });
}

Table targetTable(const Plan &plan)
{
    // Index once, so the table grows with indicators × years + targets, not with their product.
    QHash<QUuid, Targets> byIndicator;
    for (const Target &t : plan.targets)
        byIndicator[t.indicatorId].append(&t);
    for (Targets &list : byIndicator)
        std::stable_sort(list.begin(), list.end(), [](const Target *a, const Target *b) { return a->year < b->year; });
    QHash<QUuid, const Node *> nodes;
    plan.root().forEach([&nodes](const Node *n) { nodes.insert(n->id(), n); });
    nodes.remove(plan.root().id());
    const auto findNode = [&nodes](const QUuid &id) { return nodes.value(id); };

    Table table;
    QStringList header { u"类别"_s, u"指标"_s, u"单位"_s, u"属性"_s, u"方向"_s, u"基准年"_s, u"基准值"_s };
    for (int year : plan.metadata.milestoneYears)
        header.append(u"%1年"_s.arg(year));
    header << u"承诺"_s << u"下达说明"_s << u"出处"_s << u"较基准变化"_s;
    table.append(header);
    for (const Indicator &ind : plan.indicators) {
        const Targets targets = byIndicator.value(ind.id);
        QStringList row { ind.category, ind.name, ind.unit, bindingLabel(ind.binding), directionLabel(ind.direction) };
        const Target *base = firstBaseline(targets);
        row << (base && base->baseYear > 0 ? QString::number(base->baseYear) : QString())
            << (base && base->baseValue ? formatNumber(*base->baseValue) : QString());
        for (int year : plan.metadata.milestoneYears) {
            const Target *t = yearTarget(targets, year);
            row << (t ? formatTargetCell(*t) : QString());
        }
        QStringList commitments;
        QStringList allocations;
        for (const Target *t : targets) {
            const QString c = commitmentLabel(t->commitment);
            if (!c.isEmpty() && !commitments.contains(c))
                commitments.append(c);
            if (t->value && !t->allocation.isEmpty() && !allocations.contains(t->allocation))
                allocations.append(t->allocation);
        }
        row << commitments.join(u"、"_s) << allocations.join(u"；"_s) << statingLabel(targets, findNode)
            << changeText(ind, targets);
        table.append(row);
    }
    return table;
}

} // namespace pw::tables
