#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::import::TextDecoder", text);
}

std::optional<DecodedText> fail(DecodeError *error, const QString &message, qint64 offset = -1)
{
    if (error)
        *error = { message, offset };
    return std::nullopt;
}

std::optional<QString> decodeStrict(QStringDecoder &decoder, QByteArrayView bytes)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

/** First byte that is an ASCII control character other than tab, newline, carriage return and form feed. */
qint64 firstControlByte(QByteArrayView bytes)
{
    for (qint64 i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            return i;
    }
    return -1;
}

} // namespace

qint64 firstInvalidUtf8(const QByteArray &bytes, qint64 *validMultibyte)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qint64 n = bytes.size();
    qint64 multibyte = 0;
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            break;
        }
        if (i + len > n)
            break;
        bool ok = p[i + 1] >= lo && p[i + 1] <= hi;
        for (int k = 2; ok && k < len; ++k)
            ok = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        if (!ok)
            break;
        ++multibyte;
        i += len;
    }
    if (validMultibyte)
        *validMultibyte = multibyte;
    return i < n ? i : -1;
}

qint64 firstInvalidGb18030(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qint64 n = bytes.size();
    qint64 i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF || i + 1 >= n)
            return i;
        const unsigned char c2 = p[i + 1];
        if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE)) {
            i += 2;
            continue;
        }
        if (c2 >= 0x30 && c2 <= 0x39 && i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30
            && p[i + 3] <= 0x39) {
            i += 4;
            continue;
        }
        return i;
    }
    return -1;
}

std::optional<DecodedText> decodeText(const QByteArray &bytes, DecodeError *error)
{
    if (bytes.isEmpty())
        return fail(error, tr("the file is empty"));
    if (bytes.size() > kMaxImportBytes)
        return fail(error, tr("the file is larger than %1 MB").arg(kMaxImportBytes >> 20));

    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)) || bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return fail(error, tr("UTF-32 text is not supported; save the file as UTF-8"), 0);
    const bool le = bytes.startsWith("\xFF\xFE");
    const bool be = bytes.startsWith("\xFE\xFF");
    if (le || be) {
        if ((bytes.size() - 2) % 2 != 0)
            return fail(error, tr("UTF-16 text with an odd number of bytes"), bytes.size() - 1);
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        auto text = decodeStrict(decoder, QByteArrayView(bytes.constData() + 2, bytes.size() - 2));
        if (!text) {
            // Find the first unpaired surrogate to report its offset.
            const QString lenient = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2),
                                                       (bytes.size() - 2) / 2);
            qint64 offset = 2;
            for (qsizetype i = 0; i < lenient.size(); ++i) {
                const QChar ch = lenient.at(i);
                if (ch.isHighSurrogate() && i + 1 < lenient.size() && lenient.at(i + 1).isLowSurrogate()) {
                    ++i;
                    continue;
                }
                if (ch.isSurrogate()) {
                    offset = 2 + 2 * qint64(i);
                    break;
                }
            }
            return fail(error, tr("invalid UTF-16 (unpaired surrogate) at byte %1").arg(offset), offset);
        }
        const qint64 nul = text->indexOf(QChar(u'\0'));
        if (nul >= 0)
            return fail(error, tr("NUL character at byte %1: this is not a text file").arg(2 + 2 * nul), 2 + 2 * nul);
        return DecodedText { *text, le ? u"UTF-16LE (BOM)"_s : u"UTF-16BE (BOM)"_s };
    }

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    const qint64 offsetBase = bom ? 3 : 0;
    const qint64 nul = body.indexOf('\0');
    if (nul >= 0) {
        // Every other byte NUL: UTF-16 saved without its byte-order mark.
        const bool utf16Like = body.size() >= 4 && (body.at(0) == '\0' || body.at(1) == '\0')
            && body.count('\0') * 3 >= body.size();
        return fail(error,
                    utf16Like ? tr("NUL bytes from byte %1: looks like UTF-16 without a byte-order mark; save it "
                                   "as UTF-8 or UTF-16 with BOM")
                                    .arg(offsetBase + nul)
                              : tr("NUL byte at byte %1: this is a binary file, not text").arg(offsetBase + nul),
                    offsetBase + nul);
    }
    const qint64 control = firstControlByte(body);
    if (control >= 0)
        return fail(error,
                    tr("control byte 0x%1 at byte %2: this is a binary file, not text")
                        .arg(static_cast<unsigned char>(body.at(control)), 2, 16, QChar(u'0'))
                        .arg(offsetBase + control),
                    offsetBase + control);

    // Decode first and validate only on failure: one pass over the bytes for the common, valid case.
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString asUtf8 = utf8.decode(body);
    qint64 validMultibyte = 0;
    const qint64 badUtf8 = utf8.hasError() ? firstInvalidUtf8(body, &validMultibyte) : -1;
    if (badUtf8 < 0)
        return DecodedText { asUtf8, bom ? u"UTF-8 (BOM)"_s : u"UTF-8"_s };
    if (bom || validMultibyte >= 4) {
        // Long valid UTF-8 before the failure: a mixed or damaged file, never legacy-encoded text.
        return fail(error,
                    tr("invalid UTF-8 byte 0x%1 at byte %2 after valid UTF-8 text (mixed encodings?)")
                        .arg(static_cast<unsigned char>(body.at(badUtf8)), 2, 16, QChar(u'0'))
                        .arg(offsetBase + badUtf8),
                    offsetBase + badUtf8);
    }
    const qint64 badGb = firstInvalidGb18030(body);
    if (badGb >= 0)
        return fail(error,
                    tr("byte 0x%1 at byte %2 is neither UTF-8 nor GB18030")
                        .arg(static_cast<unsigned char>(body.at(badGb)), 2, 16, QChar(u'0'))
                        .arg(badGb),
                    badGb);
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return fail(error, tr("the text is not UTF-8 and this build cannot decode GB18030"));
    auto text = decodeStrict(decoder, body);
    if (!text)
        return fail(error, tr("the text is neither UTF-8 nor valid GB18030"));
    return DecodedText { *text, u"GB18030"_s };
}

} // namespace pw::import
