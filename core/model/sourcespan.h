#pragma once

#include <QRectF>
#include <QtGlobal>

#include <vector>

namespace pw {

/** A range of characters in the document's original source text (source/ in the file); start < 0 = none. */
struct SourceSpan
{
    qint64 start = -1;
    qint64 length = 0;

    bool isValid() const { return start >= 0; }
    friend bool operator==(const SourceSpan &a, const SourceSpan &b)
    {
        return a.start == b.start && a.length == b.length;
    }
    friend bool operator!=(const SourceSpan &a, const SourceSpan &b) { return !(a == b); }
};

/** Where a line of the source text was printed in the original PDF: from character @c start on (to the next
 *  line's start), on @c page (1-based), in @c rect (points from the page's top left). */
struct SourceLine
{
    qint64 start = 0;
    int page = 0;
    QRectF rect;

    friend bool operator==(const SourceLine &a, const SourceLine &b)
    {
        return a.start == b.start && a.page == b.page && a.rect == b.rect;
    }
};

/** Page and box of a span in a PDF's layout (lines sorted by start): the page of its first character and
 *  the union of its lines' boxes on that page; page 0 when the layout does not cover the span. */
struct SourceLocation
{
    int page = 0;
    QRectF rect;
};
SourceLocation sourceLocation(const std::vector<SourceLine> &layout, const SourceSpan &span);

} // namespace pw
