// Derived pairs for targets: a real seed plan is imported as the parent; its text is edited the way a district
// draft changes targets (a value made stricter or looser, a target dropped) and imported again as the child.
// Editable are the quantified targets whose number appears once in their span, away from other targets.
// Every edited target must get exactly the edit's status and the child's new value, every untouched target
// "equal", and no finding may be an unfounded stricter or looser.

#include "evalpairs.h"
#include "seedplan.h"

#include "import/importer.h"
#include "review/reviewengine.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::review;

namespace {

enum class Edit { Same, Stricter, Looser, Drop };

struct Planned
{
    Edit edit = Edit::Same;
    qsizetype at = 0;  ///< where the number (or the dropped span) starts in the source
    qsizetype length = 0;
    QString replacement;
    double value = 0;
};

bool higherIsStricter(Comparator c) { return c == Comparator::AtLeast || c == Comparator::Greater; }

} // namespace

TEST(TargetEvaluation, DerivedPairsHaveExactStatusesAndValues)
{
    int scored = 0;
    int unfounded = 0;
    int dropped = 0;
    for (const QString &seed : { u"xiangtan-2023-carbon-peak.txt"_s, u"luzhou-2024-carbon-peak.txt"_s,
                                u"huzhou-2024-pollution-carbon-synergy.txt"_s, u"zhuzhou-2018-low-carbon-pilot.txt"_s }) {
        const QString text = test::readSeed(seed);
        ASSERT_FALSE(text.isEmpty()) << qPrintable(seed);
        import::ImportError error;
        const auto parentImport = import::importText(text, seed, &error);
        ASSERT_TRUE(parentImport);
        const Plan &parent = *parentImport->plan;
        const QString &source = parent.sourceText;

        QHash<QUuid, Planned> plan;
        test::Rng rng(qHash(seed));
        for (const Target &t : parent.targets) {
            if (!t.value || !t.span.isValid())
                continue;
            const qsizetype start = qsizetype(t.span.start);
            const qsizetype end = start + qsizetype(t.span.length);
            const bool crowded = std::any_of(parent.targets.cbegin(), parent.targets.cend(), [&](const Target &o) {
                return o.id != t.id && o.span.isValid() && o.span.start < end + 20 && o.span.start + o.span.length > start - 20;
            });
            const QString number = QString::number(*t.value, 'g', 10);
            const QString spanText = source.mid(start, end - start);
            if (crowded || spanText.count(number) != 1)
                continue;
            Planned p;
            p.edit = Edit(rng.below(4));
            // "Stricter" of a two-sided value (= ≈) depends on the indicator's direction: only kept or dropped.
            const bool oneSided = t.comparator != Comparator::Equal && t.comparator != Comparator::Approx;
            if (!oneSided && (p.edit == Edit::Stricter || p.edit == Edit::Looser))
                p.edit = rng.below(2) ? Edit::Drop : Edit::Same;
            const double delta = std::max(0.5, std::round(*t.value) * 0.1);
            const double stricter = higherIsStricter(t.comparator) ? *t.value + delta : *t.value - delta;
            const double looser = higherIsStricter(t.comparator) ? *t.value - delta : *t.value + delta;
            if ((p.edit == Edit::Stricter && stricter <= 0) || (p.edit == Edit::Looser && looser <= 0))
                p.edit = Edit::Same;
            p.value = p.edit == Edit::Stricter ? stricter : p.edit == Edit::Looser ? looser : *t.value;
            if (p.edit == Edit::Drop) {
                p.at = start;
                p.length = end - start;
            } else {
                p.at = start + spanText.indexOf(number);
                p.length = number.size();
                p.replacement = QString::number(p.value, 'g', 10);
            }
            plan.insert(t.id, p);
        }

        QList<Planned> edits = plan.values();
        std::sort(edits.begin(), edits.end(), [](const Planned &a, const Planned &b) { return a.at > b.at; });
        QString childText = source;
        for (const Planned &e : std::as_const(edits)) {
            if (e.edit != Edit::Same)
                childText.replace(e.at, e.length, e.replacement);
        }
        const auto childImport = import::importText(childText, u"child.txt"_s, &error);
        ASSERT_TRUE(childImport);
        const ReviewResult r = comparePlans(parent, *childImport->plan);

        for (const TargetComparison &c : r.targets) {
            const auto it = plan.constFind(c.parentTargetId);
            const Edit edit = it == plan.constEnd() ? Edit::Same : it->edit;
            TargetStatus expected = edit == Edit::Stricter ? TargetStatus::Stricter
                : edit == Edit::Looser                            ? TargetStatus::LooserNeedsAllocationEvidence
                : edit == Edit::Drop                              ? TargetStatus::MissingInChild
                                                                  : TargetStatus::Equal;
            // A dropped target whose indicator the child still states in another measure or scope is "not
            // comparable" with the reason, which is as right as "missing".
            if (edit == Edit::Drop && c.status == TargetStatus::NotComparable && !c.note.isEmpty())
                expected = TargetStatus::NotComparable;
            const bool claimsChange = c.status == TargetStatus::Stricter || c.status == TargetStatus::LooserNeedsAllocationEvidence;
            if (claimsChange && c.status != expected)
                ++unfounded;
            dropped += edit == Edit::Drop ? 1 : 0;
            if (it == plan.constEnd())
                continue; // untouched but not editable: only unfounded changes count
            ++scored;
            EXPECT_EQ(toKey(c.status), toKey(expected))
                << qPrintable(seed) << ' ' << qPrintable(c.indicator) << ' ' << c.year << ": " << qPrintable(c.parentValue)
                << " → " << qPrintable(c.childValue) << " (" << qPrintable(c.note) << ')';
            if (edit != Edit::Drop) {
                EXPECT_TRUE(c.childValue.contains(QString::number(it->value, 'g', 10)))
                    << qPrintable(seed) << ' ' << qPrintable(c.indicator) << ": " << qPrintable(c.childValue);
            }
        }
    }
    std::printf("derived target pairs: %d edited targets scored, %d dropped, %d unfounded stricter/looser\n", scored,
                dropped, unfounded);
    EXPECT_EQ(unfounded, 0);
    EXPECT_GE(scored, 20);
}
