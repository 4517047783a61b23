#pragma once

// Character-level diff for Chinese text (no word boundaries): Myers' O((N+M)·D) algorithm on QChar,
// after trimming the common prefix and suffix. Beyond a bound on D it reports one replacement.

#include <QList>
#include <QString>

namespace pw::review {

enum class DiffOp { Equal, Insert, Delete };

struct TextSegment
{
    DiffOp op = DiffOp::Equal;
    QString text;

    bool operator==(const TextSegment &) const = default;
};

/** Segments turning @p before into @p after; consecutive segments never share an op. */
QList<TextSegment> diffText(const QString &before, const QString &after, int maxEdits = 3000);

QString toKey(DiffOp op); // equal, insert, delete

} // namespace pw::review
