#pragma once

// WTF-8 ("wobbly" UTF-8): UTF-8 that also encodes unpaired surrogates (as their 3-byte form), so any
// QString survives a byte round trip. Well-formed text gives exactly its UTF-8. Used for the source
// text entry, where imported text may carry a stray surrogate that plain UTF-8 would silently replace.

#include <QByteArray>
#include <QString>

namespace pw {

QByteArray toWtf8(const QString &text);
/** Inverse of toWtf8(); bytes that are neither UTF-8 nor encoded surrogates become U+FFFD. */
QString fromWtf8(const QByteArray &bytes);

} // namespace pw
