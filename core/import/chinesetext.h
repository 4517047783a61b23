#pragma once

// Small character-level helpers for Chinese government text: script classes, numerals and a
// traditional → simplified fold.

#include <QString>
#include <QStringView>

namespace pw::import {

/** CJK ideographs, CJK punctuation and full-width forms: characters between which PDF spaces are debris. */
bool isCjk(QChar c);
bool isCjkIdeograph(QChar c);
/** Whitespace including U+3000 and NBSP. */
bool isSpace(QChar c);

/** Value of a Chinese numeral 一…九十九 (also 〇/零, 两); -1 if @p text is not one. */
int parseChineseNumeral(QStringView text);
/** Value of a circled number ①…⑳; -1 otherwise. */
int circledNumber(QChar c);

/** Folds traditional characters to simplified (ICU's one-to-one pairs; characters simplified text
 *  uses itself, such as 著 in 显著, stay). The result has the same length as the input, so character
 *  offsets stay valid. */
QString toSimplified(QStringView text);
QChar toSimplified(QChar c);

/** Years written in Chinese digits ("二〇三〇年", "二○二五年") in ASCII digits; same length. */
QString foldChineseYears(QString text);

/** Full-width ASCII variants (０-９, Ａ-Ｚ, ．, ：…) to ASCII; same length. */
QString foldWidth(QStringView text);
QChar foldWidth(QChar c);

} // namespace pw::import
