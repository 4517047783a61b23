#pragma once

// The text side of library search, the same on every backend: text is folded (NFKC, lower case, no white
// space) and indexed as character bigrams, so 2- and 3-character Chinese words match without a segmenter.
// A bigram is stored as one integer (two UTF-16 units), which keeps the index small on SQLite and PostgreSQL.

#include <QList>
#include <QString>

namespace pw::library {

/** NFKC (full-width → half-width), lower case, white space and NUL removed: the form both text and queries
 *  are compared in. */
QString foldForSearch(QStringView text);

/** The distinct bigrams of folded text, as integers; empty for text shorter than two characters. */
QList<qint64> bigramCodes(QStringView folded);

/** @p text with the LIKE wildcards % and _ and the escape character \ escaped by \ (for ESCAPE '\'). */
QString escapeLike(QStringView text);

/** A passage of at most @p width characters around the first occurrence of @p query in @p text; start and
 *  length of the occurrence inside the passage, or -1 when @p query does not occur (white space and case
 *  folded). */
struct Snippet
{
    QString text;
    qsizetype matchStart = -1;
    qsizetype matchLength = 0;
};
Snippet makeSnippet(const QString &text, const QString &query, int width = 60);

} // namespace pw::library
