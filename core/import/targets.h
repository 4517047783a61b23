#pragma once

// Quantitative targets in prose ("到2025年，非化石能源消费比重达到22%左右", "单位地区生产总值能耗比2020年
// 下降16%", "力争…", "控制在…以内", "完成省下达目标") and in indicator tables.

#include "model/types.h"
#include "outline.h"

#include <QList>
#include <QString>

#include <optional>

namespace pw::import {

/** What a dated number states: a goal, or something reported but not imported as a target. */
enum class Statement {
    Goal,
    Fact,        ///< the state of things: 截至2022年底…, 2020年…为…, 已建成…
    Spending,    ///< money invested or granted: 总投资150亿元
    ActionCount, ///< how many actions are carried out: 实施重点项目30个
};

struct ExtractedTarget
{
    QString indicatorName;  ///< as written (or the catalogue name when matched)
    QString catalogKey;     ///< empty if not in the catalogue
    QString unit;
    int year = 0;           ///< 0 = no year found
    Comparator comparator = Comparator::Equal;
    std::optional<double> value;
    std::optional<double> stretch;
    int baseYear = 0;
    std::optional<double> baseValue;
    Commitment commitment = Commitment::None;
    QString allocation;     ///< 完成省下达目标 …
    Direction direction = Direction::Neutral;
    Statement statement = Statement::Goal;
    qsizetype start = 0;    ///< span relative to the text given to the extractor
    qsizetype end = 0;
};

/** Targets stated in one paragraph. Targets without a year are returned too (year 0) so the caller can
 *  report them; @p contextYear is the year in force when the paragraph starts (0 if none). */
QList<ExtractedTarget> extractTargets(QStringView paragraph, int contextYear = 0);

/** Result of reading an indicator table. */
struct TableTargets
{
    QList<ExtractedTarget> targets; ///< spans are absolute in the normalized text
    QList<Paragraph> unreadRows;    ///< rows with cells that are not numbers
};

TableTargets extractTableTargets(const QString &text, const ParsedTable &table);

/** Parses "3.5", "１２", "≥61.95", "-18%" → number; std::nullopt otherwise. */
std::optional<double> parseNumber(QStringView s);

} // namespace pw::import
