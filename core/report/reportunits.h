#pragma once

// Layout units of the report: 10 per typographic point, i.e. device pixels at 720 dpi. Integer pixel font
// sizes at this scale keep glyph advances exact enough that layout does not depend on the output device.

#include <QtGlobal>

namespace pw::report {

inline constexpr qreal kUnitsPerPoint = 10;
inline constexpr int kLayoutDpi = 720;

constexpr qreal mmToUnits(qreal mm) { return mm / 25.4 * 72.0 * kUnitsPerPoint; }
constexpr qreal ptToUnits(qreal pt) { return pt * kUnitsPerPoint; }

} // namespace pw::report
