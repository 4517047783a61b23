#include "searchtext.h"

#include <QSet>

namespace pw::library {

QString foldForSearch(QStringView text)
{
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC).toLower();
    QString folded;
    folded.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (!c.isSpace() && c != QChar(0))
            folded.append(c);
    }
    return folded;
}

QList<qint64> bigramCodes(QStringView folded)
{
    QSet<qint64> seen;
    QList<qint64> codes;
    for (qsizetype i = 0; i + 1 < folded.size(); ++i) {
        const qint64 code = (qint64(folded[i].unicode()) << 16) | folded[i + 1].unicode();
        if (!seen.contains(code)) {
            seen.insert(code);
            codes.append(code);
        }
    }
    return codes;
}

QString escapeLike(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

Snippet makeSnippet(const QString &text, const QString &query, int width)
{
    // Map every folded character back to its position in the original, so the passage keeps the text as
    // written.
    QString folded;
    QList<qsizetype> origin;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString f = foldForSearch(QStringView(text).mid(i, 1));
        for (const QChar c : f) {
            folded.append(c);
            origin.append(i);
        }
    }
    const QString foldedQuery = foldForSearch(query);
    const qsizetype at = foldedQuery.isEmpty() ? -1 : folded.indexOf(foldedQuery);
    Snippet snippet;
    if (at < 0) {
        snippet.text = text.left(width);
        return snippet;
    }
    const qsizetype start = origin[at];
    const qsizetype end = origin[at + foldedQuery.size() - 1] + 1;
    const qsizetype context = std::max<qsizetype>(0, (width - (end - start)) / 2);
    const qsizetype from = std::max<qsizetype>(0, start - context);
    const qsizetype to = std::min(text.size(), std::max(end, from + width));
    const QString ellipsis = QStringLiteral("…");
    snippet.text = (from > 0 ? ellipsis : QString()) + text.mid(from, to - from)
        + (to < text.size() ? ellipsis : QString());
    snippet.matchStart = start - from + (from > 0 ? 1 : 0);
    snippet.matchLength = end - start;
    return snippet;
}

} // namespace pw::library
