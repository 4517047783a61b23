#pragma once

// Canonical indicator names and their aliases, for aligning a child's indicators with its parent's:
// the shared catalogue (import/indicatorcatalog.h) first, exact matches only, then a small table of
// further spellings seen in review pairs (下降 vs 下降率, 比2020年, GDP vs 地区生产总值).

#include "model/indicatoridentity.h" // normaliseUnit, unitFactor

#include <QHash>
#include <QString>

namespace pw::review {

struct CanonicalIndicator
{
    QString name;          ///< canonical name, or the normalised input when unknown
    bool known = false;    ///< found in the catalog
    bool headline = false; ///< a headline indicator (能耗强度, 碳强度, 非化石比重, 能源消费总量, 森林覆盖率/蓄积量)
};

/** Spellings a user gave indicators (the library's catalogue): IndicatorCatalog::normalizeName(alias) → name. */
using IndicatorAliases = QHash<QString, QString>;

/** Canonical form of an indicator name as written in a plan: the built-in catalogue first, then the user's
 *  @p aliases, then review's own table of spellings. */
CanonicalIndicator canonicalIndicator(const QString &name, const IndicatorAliases &aliases = {});

} // namespace pw::review
