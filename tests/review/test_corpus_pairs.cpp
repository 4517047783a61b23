// Real parent → child pairs (tests/data/corpus, copied from the development corpus) with the statuses a
// reviewer gave: both texts are imported (collector lines starting with # stripped), compared, and our target
// statuses and citation verdicts are scored against the reviewer's. Rows the reviewer could not judge from the
// saved texts (not_comparable) are not scored.

#include "seedplan.h"

#include "model/plan.h"
#include "review/indicatoraliases.h"
#include "review/reviewengine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::review;

namespace {

const QString kCorpus = QStringLiteral(TEST_DATA_DIR) + u"/corpus/"_s;

/** Our status in the reviewer's vocabulary. */
QString reviewerStatus(TargetStatus s)
{
    switch (s) {
    case TargetStatus::Stricter: return u"stricter"_s;
    case TargetStatus::Equal: return u"equal"_s;
    case TargetStatus::LooserNeedsAllocationEvidence: return u"looser"_s;
    case TargetStatus::QualitativeOnly: return u"qualitative_only_child"_s;
    case TargetStatus::MissingInChild: return u"missing_in_child"_s;
    case TargetStatus::CommitmentWeakened: return u"commitment_weakened"_s;
    case TargetStatus::ChildQuantifiesParentQualitative: return u"child_quantifies_parent_qualitative"_s;
    case TargetStatus::UnitMismatch:
    case TargetStatus::BaseYearMismatch:
    case TargetStatus::NotComparable: return u"not_comparable"_s;
    }
    return {};
}

struct Score
{
    int agreed = 0;
    int rows = 0;
    int citationsRight = 0;
    int citations = 0;
};

} // namespace

TEST(CorpusPairs, StatusesAndCitationsAgreeWithTheReviewer)
{
    const QStringList pairs = QDir(kCorpus + u"pairs"_s).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    ASSERT_EQ(pairs.size(), 6);
    Score total;
    for (const QString &file : pairs) {
        QFile f(kCorpus + u"pairs/"_s + file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QJsonObject gold = QJsonDocument::fromJson(f.readAll()).object();
        const auto parent = test::importCorpusPlan(gold.value(u"parent"_s).toString());
        const auto child = test::importCorpusPlan(gold.value(u"child"_s).toString());
        ASSERT_TRUE(parent && child) << qPrintable(file);
        const ReviewResult r = comparePlans(*parent, *child);

        Score pair;
        for (const QJsonValue &v : gold.value(u"comparisons"_s).toArray()) {
            const QJsonObject row = v.toObject();
            const QString expected = row.value(u"status"_s).toString();
            if (expected == u"not_comparable"_s)
                continue;
            const QString indicator = canonicalIndicator(row.value(u"indicator"_s).toString()).name;
            const int year = row.value(u"year"_s).toInt();
            QString ours = u"(no parent target: import miss)"_s;
            for (const TargetComparison &t : r.targets) {
                if (t.year == year && canonicalIndicator(t.parentIndicatorName).name == indicator)
                    ours = reviewerStatus(t.status);
            }
            ++pair.rows;
            pair.agreed += ours == expected ? 1 : 0;
            if (ours != expected)
                std::printf("  %s %s %d: reviewer %s, ours %s\n", qPrintable(file.left(24)), qPrintable(indicator),
                            year, qPrintable(expected), qPrintable(ours));
        }
        const QJsonValue citationOk = gold.value(u"citation_ok"_s);
        if (citationOk.isBool()) {
            ++pair.citations;
            const bool ours = !r.citations.isEmpty() && r.citations.first().status == CitationStatus::Correct;
            pair.citationsRight += ours == citationOk.toBool() ? 1 : 0;
            if (ours != citationOk.toBool())
                std::printf("  %s citation: reviewer %s, ours %s\n", qPrintable(file.left(24)),
                            qPrintable(gold.value(u"citation_detail"_s).toString()),
                            r.citations.isEmpty() ? "none" : qPrintable(toKey(r.citations.first().status)));
        }
        std::printf("%s: targets %d/%d, citation %d/%d\n", qPrintable(file.left(60)), pair.agreed, pair.rows,
                    pair.citationsRight, pair.citations);
        total.agreed += pair.agreed;
        total.rows += pair.rows;
        total.citationsRight += pair.citationsRight;
        total.citations += pair.citations;
    }
    const double agreement = total.rows ? double(total.agreed) / total.rows : 1.0;
    const double citations = total.citations ? double(total.citationsRight) / total.citations : 1.0;
    std::printf("overall: target status agreement %d/%d = %.2f, citation verdicts %d/%d = %.2f\n", total.agreed,
                total.rows, agreement, total.citationsRight, total.citations, citations);
    EXPECT_GE(agreement, 0.95);
    EXPECT_GE(citations, 0.95);
}
