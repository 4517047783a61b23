#include "targetcheck.h"

#include "indicatoraliases.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QHash>

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

void judge(const Target &p, const Indicator &pi, const Target &c, const Indicator &ci, TargetComparison &out)
{
    const QString pu = normaliseUnit(pi.unit);
    const QString cu = normaliseUnit(ci.unit);
    double factor = 1.0;
    if (!pu.isEmpty() && !cu.isEmpty() && pu != cu) {
        factor = unitFactor(cu, pu);
        if (factor == 0.0) {
            out.status = TargetStatus::UnitMismatch;
            out.note = tr("Units differ: parent %1, child %2.").arg(pi.unit, ci.unit);
            return;
        }
    }
    if (p.baseYear != 0 && c.baseYear != 0 && p.baseYear != c.baseYear) {
        out.status = TargetStatus::BaseYearMismatch;
        out.note = tr("Base years differ: parent %1, child %2.").arg(p.baseYear).arg(c.baseYear);
        return;
    }
    const bool weakened = p.commitment == Commitment::Ensure && c.commitment == Commitment::Strive;
    if (!p.value) {
        out.status = TargetStatus::NotComparable;
        out.note = c.value ? tr("The child quantifies a target the parent leaves qualitative.")
                           : tr("Both targets are qualitative.");
        return;
    }
    if (!c.value) {
        out.status = TargetStatus::QualitativeOnly;
        out.note = tr("Not quantified: the child only refers to the allocated target.");
        if (weakened)
            out.alsoFlags.append(TargetStatus::CommitmentWeakened);
        return;
    }
    const bool higher = higherIsStricter(p, pi);
    const double pv = *p.value;
    const double cv = *c.value * factor;
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
            out.note = tr("Commitment weakened from 确保 to 力争.");
        }
    }
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
                    QStringList *missingHeadlines)
{
    QHash<QString, QList<const Indicator *>> childIndicators;
    for (const Indicator &ind : child.indicators)
        childIndicators[canonicalIndicator(ind.name).name].append(&ind);
    QHash<QUuid, QList<const Target *>> childTargets;
    for (const Target &t : child.targets)
        childTargets[t.indicatorId].append(&t);

    QSet<QString> reportedMissing;
    for (const Indicator &pi : parent.indicators) {
        const CanonicalIndicator canonical = canonicalIndicator(pi.name);
        const QList<const Indicator *> matches = childIndicators.value(canonical.name);
        if (matches.isEmpty() && canonical.headline && !reportedMissing.contains(canonical.name)) {
            reportedMissing.insert(canonical.name);
            missingHeadlines->append(canonical.known ? canonical.name : pi.name);
        }
        for (const Target &p : parent.targets) {
            if (p.indicatorId != pi.id)
                continue;
            TargetComparison out;
            out.indicator = canonical.known ? canonical.name : pi.name;
            out.parentIndicatorName = pi.name;
            out.year = p.year;
            out.parentTargetId = p.id;
            out.parentValue = targetText(p, &pi);
            out.headline = canonical.headline;
            const Target *c = nullptr;
            const Indicator *ci = nullptr;
            for (const Indicator *candidate : matches) {
                for (const Target *t : childTargets.value(candidate->id)) {
                    if (t->year == p.year) {
                        c = t;
                        ci = candidate;
                        break;
                    }
                }
                if (c)
                    break;
            }
            if (!c) {
                out.status = TargetStatus::MissingInChild;
                out.childIndicatorName = matches.isEmpty() ? QString() : matches.first()->name;
                QStringList years;
                for (const Indicator *candidate : matches) {
                    for (const Target *t : childTargets.value(candidate->id)) {
                        if (t->year != 0 && !years.contains(QString::number(t->year)))
                            years.append(QString::number(t->year));
                    }
                }
                years.sort();
                out.note = matches.isEmpty() ? tr("The child does not mention this indicator.")
                    : years.isEmpty()        ? tr("The child names this indicator without a target for %1.").arg(p.year)
                                             : tr("The child sets this indicator for %1 only, not for %2.")
                                                   .arg(years.join(u"、"_s))
                                                   .arg(p.year);
            } else {
                out.childIndicatorName = ci->name;
                out.childTargetId = c->id;
                out.childValue = targetText(*c, ci);
                judge(p, pi, *c, *ci, out);
            }
            comparisons->append(out);
        }
    }
}

} // namespace pw::review
