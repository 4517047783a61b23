#pragma once

// The words around a value in a plan's prose: which indicator they name (open vocabulary, linked to the
// catalogue where the phrase names a catalogue entry itself) and whether the number is a goal at all.

#include "indicatorcatalog.h"
#include "targets.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace pw::import {

/** The indicator named by the words before a value, without time phrases, scope words (全市, 县内, 我区) and
 *  connectors (其中, 同时, 力争): "县内各类发电装机" → "各类发电装机". */
QString subjectBefore(QStringView clause);

/** The catalogue entry that @p phrase names, if the value's @p unit fits it: a rate stated of a quantity
 *  (森林蓄积量增长率 3.5%) is another indicator than the quantity (森林蓄积量, 万立方米). */
std::optional<IndicatorCatalog::Occurrence> catalogEntryIn(QStringView phrase, const QString &unit);

/** How a sentence is dated: a goal year (到2025年, “十四五”末), a bare year (2020年，…) or a date of record
 *  (截至2022年底). */
enum class Dating { Goal, Bare, AsOf };

/** How the year phrase ending at @p yearStart in @p clause dates its sentence. */
Dating datingBefore(QStringView clause, qsizetype yearStart);

/** Why a dated number is not a goal, or Statement::Goal. @p phrase is its clause up to the number. */
Statement statementKind(QStringView phrase, const QString &unit, Dating dating);

} // namespace pw::import
