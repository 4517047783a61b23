#pragma once

// Repairs the text layer of Qt-written PDFs for Chinese. Qt builds each font's ToUnicode map from the
// lowest code point that maps to a glyph, and CJK fonts share glyphs between radicals (U+2E80–U+2FDF)
// and ideographs: 文 would be copied or searched as the Kangxi radical ⽂. We rewrite those entries to the
// ideograph; the hex codes have equal length, so object offsets stay valid.

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace pw::report {

/** Radical → unified ideograph drawn with the same glyph in any of @p families (plus NFKC equivalents). */
QHash<char16_t, char16_t> radicalEquivalents(const QStringList &families);

/** Rewrites the destination codes of every ToUnicode CMap in @p pdf using @p map; returns the count. */
int repairToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &map);

} // namespace pw::report
