#pragma once

// The built-in catalogue of common plan indicators (domain notes §4): canonical names, the aliases seen in
// texts, units, category and the direction of improvement. Shared by import, review and reports.

#include "model/types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

struct CatalogEntry
{
    QString key;       ///< stable identifier, e.g. "energy-intensity-reduction"
    QString name;      ///< canonical name
    QStringList aliases;
    QString unit;
    QString category;  ///< 综合 能源 工业 建筑 交通 循环 碳汇 环境 产业
    Direction direction = Direction::Neutral;
    bool headline = false; ///< appears in almost every plan's 主要目标

    bool operator==(const CatalogEntry &) const = default;
};

class IndicatorCatalog
{
public:
    explicit IndicatorCatalog(QList<CatalogEntry> entries);

    static const IndicatorCatalog &builtin();

    const QList<CatalogEntry> &entries() const { return m_entries; }
    std::optional<CatalogEntry> byKey(const QString &key) const;

    /** The entry whose name or alias best matches @p name (exact, then the longest alias contained in it).
     *  @p unit, if given, breaks ties between a level and its rate (单位GDP能耗 in 吨标准煤/万元 vs %). */
    std::optional<CatalogEntry> match(const QString &name, const QString &unit = {}) const;

    struct Occurrence
    {
        CatalogEntry entry;
        qsizetype position = -1;
        qsizetype length = 0;
    };
    /** The longest alias occurring in free text @p text at or after @p from. */
    std::optional<Occurrence> findIn(QStringView text, qsizetype from = 0, const QString &unit = {}) const;

    /** Simplified, width-folded, without spaces and a trailing "(unit)": the form aliases are compared in. */
    static QString normalizeName(QStringView name);

private:
    QList<CatalogEntry> m_entries;
    QList<std::pair<QString, int>> m_aliases; ///< normalised alias → entry index, longest first
    QHash<char16_t, QList<int>> m_aliasesByFirstChar; ///< first character → indexes into m_aliases, in order
};

} // namespace pw
