#pragma once

// Repairs the text layer of Qt-written PDFs for Chinese. Qt builds each font's ToUnicode map from the
// lowest code point that maps to a glyph, and CJK fonts share glyphs between radicals (U+2E80–U+2FDF)
// and ideographs, and between canonically equivalent code points: 文 would be copied or searched as the
// Kangxi radical ⽂, 〈 (U+3008) as U+2329. We rewrite those entries to the ideograph or normal form; the hex
// codes have equal length, so object offsets stay valid.

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace pw::report {

/** Code point → the one the text layer should give for its glyph: a radical's unified ideograph drawn with
 *  the same glyph in any of @p families (else its NFKC equivalent), a canonical singleton's equivalent. */
QHash<char16_t, char16_t> textLayerEquivalents(const QStringList &families);

/** Rewrites the destination codes of every ToUnicode CMap in @p pdf using @p map; returns the count. */
int repairToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &map);

} // namespace pw::report
