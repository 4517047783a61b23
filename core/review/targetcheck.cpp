#include "targetcheck.h"

#include "indicatoraliases.h"
#include "model/indicatoridentity.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::review::Targets", text); }

QString number(double v) { return QString::number(v, 'g', 10); }

/** Whether a higher value is the stricter commitment for this target. */
bool higherIsStricter(const Target &t, const Indicator &ind)
{
    switch (t.comparator) {
    case Comparator::AtLeast:
    case Comparator::Greater: return true;
    case Comparator::AtMost:
    case Comparator::Less: return false;
    case Comparator::Equal:
    case Comparator::Approx: break;
    }
    // A reduction rate (…下降率) is stricter when higher; a level that should fall (能源消费总量) when lower.
    if (ind.name.contains(u"下降"_s) || ind.name.contains(u"降低"_s) || ind.name.contains(u"减少"_s))
        return true;
    return ind.direction != Direction::Decrease;
}

int comparatorRank(Comparator c, bool higher)
{
    if (higher)
        return (c == Comparator::AtLeast || c == Comparator::Greater) ? 2 : (c == Comparator::Equal || c == Comparator::Approx) ? 1 : 0;
    return (c == Comparator::AtMost || c == Comparator::Less) ? 2 : (c == Comparator::Equal || c == Comparator::Approx) ? 1 : 0;
}

bool isAllocation(const Target &t)
{
    static const QRegularExpression allocated(u"下达|分解|确定的?(?:目标|任务|指标)|省定|市定"_s);
    return allocated.match(t.allocation).hasMatch();
}

QString commitmentWord(Commitment c)
{
    switch (c) {
    case Commitment::Ensure: return u"确保"_s;
    case Commitment::Strive: return u"力争"_s;
    case Commitment::None: break;
    }
    return tr("no commitment word");
}

/** Both targets qualitative (allocated or direction-only): only their kind and commitment compare. */
void judgeQualitative(const Target &p, const Target &c, TargetComparison &out)
{
    if (p.commitment == Commitment::Ensure && c.commitment != Commitment::Ensure) {
        out.status = TargetStatus::CommitmentWeakened;
        out.note = tr("Commitment weakened from 确保 to %1.").arg(commitmentWord(c.commitment));
    } else if (isAllocation(p) == isAllocation(c)) {
        out.status = TargetStatus::Equal;
        out.note = isAllocation(p) ? tr("Both commit to the allocated target.") : tr("Both state the same direction only.");
    } else {
        out.status = TargetStatus::NotComparable;
        out.note = tr("Both targets are qualitative, one allocated and one direction-only.");
    }
}

/** Whether the child plan is for a part of the parent's territory (a district of the city), so that
 *  quantities of the child's territory are parts of the parent's totals. */
bool territoryIsPart(const PlanMetadata &parent, const PlanMetadata &child)
{
    if (!parent.region.isEmpty() && !child.region.isEmpty())
        return parent.region != child.region;
    auto depth = [](AdminLevel l) {
        switch (l) {
        case AdminLevel::National: return 0;
        case AdminLevel::Province: return 1;
        case AdminLevel::City: return 2;
        case AdminLevel::County:
        case AdminLevel::District: return 3;
        case AdminLevel::Other: break;
        }
        return -1;
    };
    return depth(parent.level) >= 0 && depth(child.level) > depth(parent.level);
}

void judge(const Target &p, const IndicatorIdentity &pid, const Indicator &pi, const Target &c,
           const IndicatorIdentity &cid, bool childIsPart, TargetComparison &out)
{
    const bool weakened = p.commitment == Commitment::Ensure && c.commitment != Commitment::Ensure;
    if (!p.value) {
        if (!c.value) {
            judgeQualitative(p, c, out);
        } else {
            out.status = TargetStatus::ChildQuantifiesParentQualitative;
            out.note = tr("The child quantifies a target the parent leaves allocated or qualitative.");
        }
        return;
    }
    if (!c.value) {
        out.status = TargetStatus::QualitativeOnly;
        out.note = isAllocation(c) ? tr("Not quantified: the child only refers to the allocated target.")
                                   : tr("Not quantified: the child states only a direction.");
        if (weakened)
            out.alsoFlags.append(TargetStatus::CommitmentWeakened);
        return;
    }
    double factor = 1.0;
    if (!pid.unit.isEmpty() && !cid.unit.isEmpty() && pid.unit != cid.unit) {
        factor = unitFactor(cid.unit, pid.unit);
        if (factor == 0.0) {
            out.status = TargetStatus::UnitMismatch;
            out.note = tr("Units differ: parent %1, child %2.").arg(pid.unit, cid.unit);
            return;
        }
    }
    if (childIsPart && isAdditiveUnit(pid.unit)) {
        // 50万千瓦 of a district is not looser than 300万千瓦 of its city: it is a part of that total.
        out.status = TargetStatus::NotComparable;
        out.childNumber = *c.value * factor;
        out.note = *p.value > 0
            ? tr("A quantity of the child's territory is part of the parent's total (%1% of it): compare the sum "
                 "of all children in the family roll-up.")
                  .arg(QString::number(100.0 * *out.childNumber / *p.value, 'f', 1))
            : tr("A quantity of the child's territory is part of the parent's total: compare the sum of all "
                 "children in the family roll-up.");
        return;
    }
    if (p.baseYear != 0 && c.baseYear != 0 && p.baseYear != c.baseYear) {
        out.status = TargetStatus::BaseYearMismatch;
        out.note = tr("Base years differ: parent %1, child %2.").arg(p.baseYear).arg(c.baseYear);
        return;
    }
    const bool higher = higherIsStricter(p, pi);
    const double pv = *p.value;
    const double cv = *c.value * factor;
    out.childNumber = cv;
    const double eps = 1e-9 * std::max(1.0, std::abs(pv));
    int order = 0; // > 0: child stricter
    if (std::abs(cv - pv) > eps)
        order = (cv > pv) == higher ? 1 : -1;
    else
        order = comparatorRank(c.comparator, higher) - comparatorRank(p.comparator, higher);
    if (order > 0) {
        out.status = TargetStatus::Stricter;
    } else if (order == 0) {
        out.status = TargetStatus::Equal;
    } else {
        out.status = TargetStatus::LooserNeedsAllocationEvidence;
        out.note = tr("Looser than the parent's average: ask for the allocation to the child.");
        if (c.stretch && ((*c.stretch * factor >= pv) == higher || std::abs(*c.stretch * factor - pv) <= eps))
            out.note += u' ' + tr("The stretch value (力争) reaches the parent's target.");
    }
    if (weakened) {
        if (out.status == TargetStatus::LooserNeedsAllocationEvidence) {
            out.alsoFlags.append(TargetStatus::CommitmentWeakened);
        } else {
            out.alsoFlags.append(out.status);
            out.status = TargetStatus::CommitmentWeakened;
            out.note = tr("Commitment weakened from 确保 to %1.").arg(commitmentWord(c.commitment));
        }
    }
}

/** A child target of the same concept, stated for a year. */
struct Candidate
{
    const Target *target;
    const Indicator *indicator;
    IndicatorIdentity identity;
    QString wording; ///< the stating clause without its numbers
};

/** The stating clause without numbers: two targets of one name and year (产业规模 of two industries) pair by it. */
QString wordingOf(const Plan &plan, const Target &t)
{
    static const QRegularExpression numbers(u"[0-9.]+"_s);
    return statingClause(plan, t).remove(numbers);
}

} // namespace

QString targetText(const Target &t, const Indicator *ind)
{
    const QString unit = ind ? ind->unit : QString();
    QString s;
    if (t.value) {
        s = comparatorSymbol(t.comparator) + u' ' + number(*t.value) + (unit.isEmpty() ? QString() : u' ' + unit);
        if (t.stretch)
            s += u"，力争 "_s + number(*t.stretch) + (unit.isEmpty() ? QString() : u' ' + unit);
    }
    if (!t.allocation.isEmpty())
        s = s.isEmpty() ? t.allocation : s + u"（"_s + t.allocation + u"）"_s;
    if (t.commitment == Commitment::Ensure)
        s = u"确保 "_s + s;
    else if (t.commitment == Commitment::Strive && !t.stretch)
        s = u"力争 "_s + s;
    if (t.baseYear != 0)
        s += u"（比%1年）"_s.arg(t.baseYear);
    return s.trimmed();
}

void compareTargets(const Plan &parent, const Plan &child, QList<TargetComparison> *comparisons,
                    QStringList *missingHeadlines, const IndicatorAliases &aliases)
{
    // Child targets by canonical concept, each with its identity (derived once).
    QHash<QUuid, const Indicator *> childIndicatorById;
    QHash<QString, QList<const Indicator *>> childIndicators;
    for (const Indicator &ind : child.indicators) {
        childIndicators[canonicalIndicator(ind.name, aliases).name].append(&ind);
        childIndicatorById.insert(ind.id, &ind);
    }
    QHash<QUuid, QList<Candidate>> childTargets;
    for (const Target &t : child.targets) {
        if (const Indicator *ind = childIndicatorById.value(t.indicatorId))
            childTargets[t.indicatorId].append({ &t, ind, deriveIdentity(child, *ind, t), wordingOf(child, t) });
    }

    QHash<QUuid, QList<const Target *>> parentTargets;
    for (const Target &p : parent.targets)
        parentTargets[p.indicatorId].append(&p);

    const bool childIsPart = territoryIsPart(parent.metadata, child.metadata);
    QSet<QString> reportedMissing;
    QSet<QUuid> paired;
    for (const Indicator &pi : parent.indicators) {
        const CanonicalIndicator canonical = canonicalIndicator(pi.name, aliases);
        const QList<const Indicator *> matches = childIndicators.value(canonical.name);
        if (matches.isEmpty() && canonical.headline && !reportedMissing.contains(canonical.name)) {
            reportedMissing.insert(canonical.name);
            missingHeadlines->append(canonical.known ? canonical.name : pi.name);
        }
        for (const Target *pt : parentTargets.value(pi.id)) {
            const Target &p = *pt;
            const IndicatorIdentity pid = deriveIdentity(parent, pi, p);
            TargetComparison out;
            out.indicator = canonical.known ? canonical.name : pi.name;
            out.parentIndicatorName = pi.name;
            out.year = p.year;
            out.parentTargetId = p.id;
            out.parentValue = targetText(p, &pi);
            out.parentEvidence = statingSentence(parent, p);
            out.unit = pi.unit;
            out.parentNumber = p.value;
            out.headline = canonical.headline;
            // The child's target of the same year whose identity agrees, preferably one not yet paired and stated
            // in the same words; else one that differs, to explain why they do not compare.
            const QString wording = wordingOf(parent, p);
            const Candidate *same = nullptr;
            const Candidate *other = nullptr;
            int sameRank = 4;
            for (const Indicator *candidate : matches) {
                const auto list = childTargets.constFind(candidate->id);
                if (list == childTargets.constEnd())
                    continue;
                for (const Candidate &t : *list) {
                    if (t.target->year != p.year)
                        continue;
                    if (!identitiesCompare(pid, t.identity)) {
                        other = other ? other : &t;
                        continue;
                    }
                    const int rank = (t.wording == wording ? 0 : 2) + (paired.contains(t.target->id) ? 1 : 0);
                    if (rank < sameRank) {
                        same = &t;
                        sameRank = rank;
                    }
                }
            }
            if (same)
                paired.insert(same->target->id);
            if (const Candidate *c = same ? same : other) {
                out.childIndicatorName = c->indicator->name;
                out.childTargetId = c->target->id;
                out.childValue = targetText(*c->target, c->indicator);
                out.childEvidence = statingSentence(child, *c->target);
                if (same) {
                    judge(p, pid, pi, *c->target, c->identity, childIsPart, out);
                } else {
                    out.status = TargetStatus::NotComparable;
                    out.note = identityMismatch(pid, c->identity);
                }
            } else {
                out.status = TargetStatus::MissingInChild;
                out.childIndicatorName = matches.isEmpty() ? QString() : matches.first()->name;
                QStringList years;
                for (const Indicator *candidate : matches) {
                    for (const Candidate &t : childTargets.value(candidate->id)) {
                        if (t.target->year != 0 && !years.contains(QString::number(t.target->year)))
                            years.append(QString::number(t.target->year));
                    }
                }
                years.sort();
                out.note = matches.isEmpty() ? tr("The child does not mention this indicator.")
                    : years.isEmpty()        ? tr("The child names this indicator without a target for %1.").arg(p.year)
                                             : tr("The child sets this indicator for %1 only, not for %2.")
                                                   .arg(years.join(u"、"_s))
                                                   .arg(p.year);
            }
            comparisons->append(out);
        }
    }
}

} // namespace pw::review
