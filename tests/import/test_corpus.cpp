// Scores the importer on the development corpus (tests/data/corpus: real partial plans as users paste them —
// news reports quoting a plan, 主要目标 excerpts, notices without numbered headings — with gold answers).
// Required (issue 11), over the whole corpus: titles ≥ 0.95, 文号 ≥ 0.95, dated targets recall ≥ 0.85 with
// precision ≥ 0.95. The figures are printed per file so regressions are visible.
//
// Scoring rules:
// - The collector's provenance lines (starting with "#") are stripped, as a user pasting would not have them.
// - Title and 文号 are scored where the gold states them; a 文号 found where the text shows none is an error.
// - A dated target is an imported target with a year and a value or an allocation (完成省下达目标). It matches a
//   gold target with the same year, the same value (or both an allocation) and the same indicator. Indicator
//   names are open vocabulary, so "the same" is: both resolve to the same catalogue entry (the gold canonical
//   name, with the gold unit, against the imported name), or — for indicators the catalogue does not know —
//   their character bigrams overlap by at least half (Dice) with the gold's canonical name or its raw wording.
//   Each gold target matches at most one imported target (multiset). An imported direction-only goal
//   (进一步下降, no value) that matches one of the gold's qualitative goals is neither a hit nor spurious.

#include "hardwrap.h"

#include "import/importer.h"
#include "import/indicatorcatalog.h"
#include "model/plan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

QString corpusDir()
{
    return QStringLiteral(TEST_DATA_DIR) + u"/corpus"_s;
}

QString strippedPlan(const QString &fileName)
{
    QFile f(corpusDir() + u"/plans/"_s + fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList kept;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (!line.startsWith(u'#'))
            kept.append(line);
    }
    return kept.join(u'\n');
}

QSet<QString> bigrams(const QString &name)
{
    const QString n = IndicatorCatalog::normalizeName(name);
    QSet<QString> out;
    for (qsizetype i = 0; i + 1 < n.size(); ++i)
        out.insert(n.mid(i, 2));
    return out;
}

bool similarNames(const QString &a, const QString &b)
{
    const QSet<QString> x = bigrams(a), y = bigrams(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    return 2.0 * double(QSet<QString>(x).intersect(y).size()) / double(x.size() + y.size()) >= 0.5;
}

bool sameIndicator(const QString &imported, const QJsonObject &gold)
{
    const IndicatorCatalog &catalog = IndicatorCatalog::builtin();
    const QString unit = gold.value(u"unit"_s).toString();
    const auto goldEntry = catalog.match(gold.value(u"indicator"_s).toString(), unit);
    if (goldEntry) {
        const auto importedEntry = catalog.match(imported, unit);
        if (importedEntry)
            return importedEntry->key == goldEntry->key;
    }
    return similarNames(imported, gold.value(u"indicator"_s).toString())
        || similarNames(imported, gold.value(u"raw"_s).toString());
}

struct Counts
{
    int titles = 0, titlesRight = 0;
    int docNumbers = 0, docNumbersRight = 0;
    int goldTargets = 0, importedTargets = 0, matchedTargets = 0;

    void add(const Counts &o)
    {
        titles += o.titles;
        titlesRight += o.titlesRight;
        docNumbers += o.docNumbers;
        docNumbersRight += o.docNumbersRight;
        goldTargets += o.goldTargets;
        importedTargets += o.importedTargets;
        matchedTargets += o.matchedTargets;
    }
    double title() const { return titles ? double(titlesRight) / titles : 1.0; }
    double docNumber() const { return docNumbers ? double(docNumbersRight) / docNumbers : 1.0; }
    double recall() const { return goldTargets ? double(matchedTargets) / goldTargets : 1.0; }
    double precision() const { return importedTargets ? double(matchedTargets) / importedTargets : 1.0; }
};

QString describe(const Plan &plan, const Target &t)
{
    const Indicator *ind = plan.indicator(t.indicatorId);
    return u"%1 %2 %3"_s.arg(ind ? ind->name : QString())
        .arg(t.year)
        .arg(t.value ? QString::number(*t.value) : t.allocation);
}

Counts scoreFile(const QString &name, const QJsonObject &gold, bool hardWrap)
{
    Counts c;
    import::ImportError error;
    const QString text = strippedPlan(gold.value(u"file"_s).toString());
    const auto result = import::importText(hardWrap ? pw::testing::hardWrapped(text) : text, name, &error);
    EXPECT_TRUE(result) << qPrintable(name + u": "_s + error.message);
    if (!result)
        return c;
    const Plan &plan = *result->plan;
    std::printf("%s\n", qUtf8Printable(name));

    if (const QString title = gold.value(u"title"_s).toString(); !title.isEmpty()) {
        c.titles = 1;
        c.titlesRight = plan.metadata.title == title ? 1 : 0;
        if (!c.titlesRight)
            std::printf("  title: expected “%s”, got “%s”\n", qUtf8Printable(title), qUtf8Printable(plan.metadata.title));
    }
    const QString docNumber = gold.value(u"doc_number"_s).toString();
    if (!docNumber.isEmpty() || !plan.metadata.docNumber.isEmpty()) {
        c.docNumbers = 1;
        c.docNumbersRight = plan.metadata.docNumber == docNumber ? 1 : 0;
        if (!c.docNumbersRight)
            std::printf("  文号: expected “%s”, got “%s”\n", qUtf8Printable(docNumber),
                        qUtf8Printable(plan.metadata.docNumber));
    }

    QList<QJsonObject> remaining;
    for (const QJsonValue &v : gold.value(u"targets"_s).toArray())
        remaining.append(v.toObject());
    c.goldTargets = int(remaining.size());
    QList<QJsonObject> remainingQualitative;
    for (const QJsonValue &v : gold.value(u"qualitative_targets"_s).toArray())
        remainingQualitative.append(v.toObject());
    for (const Target &t : plan.targets) {
        if (t.year <= 0 || (!t.value && t.allocation.isEmpty()))
            continue;
        ++c.importedTargets;
        const Indicator *ind = plan.indicator(t.indicatorId);
        const auto hit = std::find_if(remaining.begin(), remaining.end(), [&](const QJsonObject &g) {
            const QJsonValue gv = g.value(u"value"_s);
            const bool sameValue = gv.isNull() ? (!t.value && !g.value(u"allocation"_s).toString().isEmpty())
                                               : (t.value && std::abs(*t.value - gv.toString().toDouble()) < 1e-6);
            return g.value(u"year"_s).toInt() == t.year && sameValue && ind && sameIndicator(ind->name, g);
        });
        if (hit == remaining.end()) {
            // A direction-only goal (进一步下降) is scored against the gold's qualitative goals, not as a dated target.
            const auto qualitative = std::find_if(remainingQualitative.begin(), remainingQualitative.end(),
                [&](const QJsonObject &g) {
                    return !t.value && g.value(u"year"_s).toInt() == t.year && ind && sameIndicator(ind->name, g);
                });
            if (qualitative != remainingQualitative.end()) {
                --c.importedTargets;
                remainingQualitative.erase(qualitative);
                continue;
            }
            std::printf("  spurious: %s\n", qUtf8Printable(describe(plan, t)));
            continue;
        }
        ++c.matchedTargets;
        remaining.erase(hit);
    }
    for (const QJsonObject &g : std::as_const(remaining)) {
        std::printf("  missed:   %s %d %s\n", qUtf8Printable(g.value(u"indicator"_s).toString()),
                    g.value(u"year"_s).toInt(),
                    qUtf8Printable(g.value(u"value"_s).isNull() ? g.value(u"allocation"_s).toString()
                                                               : g.value(u"value"_s).toString()));
    }
    std::printf("  targets: %d of %d found, %d imported\n", c.matchedTargets, c.goldTargets, c.importedTargets);
    return c;
}

Counts scoreCorpus(bool hardWrap)
{
    const QStringList files = QDir(corpusDir() + u"/gold"_s).entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    EXPECT_GE(files.size(), 11);
    Counts total;
    for (const QString &file : files) {
        QFile f(corpusDir() + u"/gold/"_s + file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(file);
        const QJsonObject gold = QJsonDocument::fromJson(f.readAll()).object();
        if (!gold.value(u"text_is_plan_body"_s).toBool(true))
            continue;
        total.add(scoreFile(file.chopped(5), gold, hardWrap));
    }
    std::printf("corpus%s: titles %.3f (%d/%d), 文号 %.3f (%d/%d), targets recall %.3f precision %.3f (%d found of "
                "%d, %d imported)\n",
                hardWrap ? " (hard-wrapped)" : "", total.title(), total.titlesRight, total.titles, total.docNumber(),
                total.docNumbersRight, total.docNumbers, total.recall(), total.precision(), total.matchedTargets,
                total.goldTargets, total.importedTargets);
    return total;
}

void expectRequiredFigures(const Counts &total)
{
    EXPECT_GE(total.title(), 0.95);
    EXPECT_GE(total.docNumber(), 0.95);
    EXPECT_GE(total.recall(), 0.85);
    EXPECT_GE(total.precision(), 0.95);
}

} // namespace

TEST(Corpus, MeetsRequiredFigures)
{
    expectRequiredFigures(scoreCorpus(false));
}

TEST(Corpus, MeetsRequiredFiguresWhenHardWrapped)
{
    // Printed one physical line per printed line, as PDF-to-text gives most official documents; typed spaces
    // around numbers (到 2025 年) count as printed width, so such lines are joined too (recall was 0.88).
    const Counts total = scoreCorpus(true);
    expectRequiredFigures(total);
    EXPECT_GE(total.recall(), 0.999);
}
