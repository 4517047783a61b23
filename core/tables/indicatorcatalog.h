#pragma once

// The built-in catalogue of common carbon-peak indicators (domain notes §4): canonical name, aliases,
// unit (plus the other units plans use for the same quantity), category and direction.

#include "model/entities.h"

#include <QString>
#include <QStringList>

#include <span>

namespace pw::tables {

struct CatalogIndicator
{
    QString name;
    QStringList aliases;
    QString unit;
    QStringList otherUnits; ///< also correct, e.g. 兆瓦 / 亿千瓦 next to 万千瓦
    QString category;
    Direction direction = Direction::Neutral;
    Binding binding = Binding::Unspecified;

    /** A new plan indicator with this entry's fields and a fresh id. */
    Indicator toIndicator() const;
    bool acceptsUnit(const QString &unit) const;
};

std::span<const CatalogIndicator> indicatorCatalog();
/** The entry whose name or alias equals @p name (after removing spaces); nullptr if none. */
const CatalogIndicator *findCatalogIndicator(const QString &name);
/** True if the indicator's quantity is a reduction rate (下降率): a larger value is stricter. */
bool isReductionRate(const QString &indicatorName);

} // namespace pw::tables
