#pragma once

// Scores an imported plan against a hand-written gold annotation (tests/data/gold/<seed>.json):
// precision, recall and F1 for the node tree, department assignments and dated quantitative targets.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>

namespace pw {
class Plan;
}

namespace pw::test {

struct Score
{
    int truePositives = 0;
    int predicted = 0;
    int expected = 0;
    QStringList missed;   ///< in gold, not imported
    QStringList spurious; ///< imported, not in gold

    double precision() const { return predicted ? double(truePositives) / predicted : 1.0; }
    double recall() const { return expected ? double(truePositives) / expected : 1.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct SeedScore
{
    Score nodes;
    Score departments; ///< lead and support assignments
    Score territorial; ///< territorial units (reported, not part of the required figures)
    Score targets;     ///< dated quantitative targets
    Score table;       ///< indicator table rows (value, base year and base value)
    QStringList metadataMismatches;
};

SeedScore scoreAgainstGold(const Plan &plan, const QJsonObject &gold);

/** The five seeds (tests/data/seeds/NAME.txt, gold/NAME.json), for parameterised tests. */
inline constexpr const char *kSeedNames[] = { "huzhou-2024-pollution-carbon-synergy", "luzhou-2024-carbon-peak",
    "shifeng-district-carbon-peak-draft", "xiangtan-2023-carbon-peak", "zhuzhou-2018-low-carbon-pilot" };
/** A seed's test name: its place name ("huzhou"). */
inline std::string seedTestName(const char *seed)
{
    const std::string name = seed;
    return name.substr(0, name.find('-'));
}

/** Title as compared: simplified, no spaces, ASCII punctuation, no trailing 。. */
QString normalizedTitle(const QString &title);

} // namespace pw::test
