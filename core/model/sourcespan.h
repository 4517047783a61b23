#pragma once

#include <QtGlobal>

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

} // namespace pw
