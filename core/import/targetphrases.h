#pragma once

// The words around a value in a plan's prose: which indicator they name (open vocabulary, linked to the
// catalogue where the phrase names a catalogue entry itself) and whether the number is a goal at all.

#include "indicatorcatalog.h"
#include "targets.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace pw::import {

/** A unit of shares: %, (个)百分点. */
bool isShare(const QString &unit);

/** The indicator named by the words before a value, without time phrases, scope words (全市, 县内, 我区) and
 *  connectors (其中, 同时, 力争): "县内各类发电装机" → "各类发电装机". */
QString subjectBefore(QStringView clause);

/** The catalogue entry that @p phrase names, if the value's @p unit fits it: a rate stated of a quantity
 *  (森林蓄积量增长率 3.5%) is another indicator than the quantity (森林蓄积量, 万立方米). */
std::optional<IndicatorCatalog::Occurrence> catalogEntryIn(QStringView phrase, const QString &unit);

/** The per-unit base an indicator name starts with (单位地区生产总值…), which a second name joined by 和
 *  leaves out. */
const QRegularExpression &perUnitBase();

/** The catalogue indicators an allocation clause (…完成省下达目标) names, in order. */
QList<CatalogEntry> allocatedIndicators(QStringView clause, const IndicatorCatalog &catalog);

/** A clause that is only a time phrase ("到2025年", "“十四五”期间"). */
bool isTimeFrame(QStringView clause);

/** A news report's lead-in to what a document states: "《方案》提出", "文件指出", "根据方案". A time phrase right
 *  after it frames the paragraph as if it opened the sentence. */
bool isReportingLeadIn(QStringView clause);

/** How a sentence is dated: a goal year (到2025年, “十四五”末), a bare year (2020年，…) or a date of record
 *  (截至2022年底). */
enum class Dating { Goal, Bare, AsOf };

/** How the year phrase ending at @p yearStart in @p clause dates its sentence. */
Dating datingBefore(QStringView clause, qsizetype yearStart);

/** Why a dated number is not a goal, or Statement::Goal. @p phrase is its clause up to the number. */
Statement statementKind(QStringView phrase, const QString &unit, Dating dating);

} // namespace pw::import
