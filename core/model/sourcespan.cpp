#include "sourcespan.h"

#include <algorithm>

namespace pw {

SourceLocation sourceLocation(const std::vector<SourceLine> &layout, const SourceSpan &span)
{
    if (!span.isValid() || layout.empty() || span.start < layout.front().start)
        return {};
    auto line = std::upper_bound(layout.begin(), layout.end(), span.start,
        [](qint64 pos, const SourceLine &l) { return pos < l.start; });
    --line; // the line holding the span's first character
    SourceLocation location { line->page, line->rect };
    const qint64 end = span.start + std::max<qint64>(span.length, 1);
    for (++line; line != layout.end() && line->start < end && line->page == location.page; ++line)
        location.rect = location.rect.united(line->rect);
    return location;
}

} // namespace pw
