#include "wtf8.h"

#include <QStringDecoder>

namespace pw {
namespace {

/** UTF-8 to UTF-16 keeping a byte order mark at the start (QString::fromUtf8 drops it, and a piece after a
 *  lone surrogate may start with one). */
QString utf8Piece(const char *data, qsizetype size)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(data, size));
}

} // namespace

QByteArray toWtf8(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 3);
    qsizetype runStart = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (!QChar::isSurrogate(u))
            continue;
        out += QStringView(text).mid(runStart, i - runStart).toUtf8();
        out += char(0xE0 | (u >> 12));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
        runStart = i + 1;
    }
    out += QStringView(text).mid(runStart).toUtf8();
    return out;
}

QString fromWtf8(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype runStart = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i + 2 < n; ++i) {
        const auto b0 = uchar(bytes.at(i)), b1 = uchar(bytes.at(i + 1)), b2 = uchar(bytes.at(i + 2));
        // ED A0..BF 80..BF encodes U+D800..U+DFFF, which strict UTF-8 forbids.
        if (b0 != 0xED || b1 < 0xA0 || b1 > 0xBF || (b2 & 0xC0) != 0x80)
            continue;
        out += utf8Piece(bytes.constData() + runStart, i - runStart);
        out += QChar(char16_t(0xD000 | ((b1 & 0x3F) << 6) | (b2 & 0x3F)));
        i += 2;
        runStart = i + 1;
    }
    out += utf8Piece(bytes.constData() + runStart, n - runStart);
    return out;
}

} // namespace pw
