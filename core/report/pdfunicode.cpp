#include "pdfunicode.h"

#include <QFont>
#include <QMutex>
#include <QRawFont>

namespace pw::report {
namespace {

constexpr char16_t kRadicalsFirst = 0x2E80;
constexpr char16_t kRadicalsLast = 0x2FDF;

bool hexValue(const char *p, char16_t *value)
{
    char16_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else
            return false;
        v = char16_t(v * 16 + d);
    }
    *value = v;
    return true;
}

void writeHex(char *p, char16_t value)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 3; i >= 0; --i) {
        p[i] = digits[value & 0xF];
        value = char16_t(value >> 4);
    }
}

/** Patches destination tokens on one CMap line: tokens after the first two source codes. */
int patchLine(char *begin, char *end, const QHash<char16_t, char16_t> &map)
{
    int token = 0;
    int patched = 0;
    for (char *p = begin; p < end; ++p) {
        if (*p != '<')
            continue;
        char *close = static_cast<char *>(memchr(p, '>', std::size_t(end - p)));
        if (!close)
            break;
        char16_t code;
        if (++token > 2 && close - p == 5 && hexValue(p + 1, &code)) {
            const auto it = map.constFind(code);
            if (it != map.cend()) {
                writeHex(p + 1, it.value());
                ++patched;
            }
        }
        p = close;
    }
    return patched;
}

} // namespace

QHash<char16_t, char16_t> textLayerEquivalents(const QStringList &families)
{
    static QMutex mutex;
    static QHash<QStringList, QHash<char16_t, char16_t>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(families); it != cache.cend())
        return it.value();

    QHash<char16_t, char16_t> map;
    // Canonically equivalent code points share glyphs too (U+2329 〈 is U+3008 〈): the text layer gives the
    // normal form.
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        if (QChar::decompositionTag(c) != QChar::Canonical)
            continue;
        const QString nfc = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_C);
        if (nfc.size() == 1 && nfc.at(0).unicode() != c)
            map.insert(char16_t(c), nfc.at(0).unicode());
    }
    // A radical stands for the ideograph the font draws with its glyph (⼾ for 户 in a simplified Chinese
    // font, not 戶 as NFKC says); NFKC decides only where no ideograph shares it.
    QHash<char16_t, char16_t> compatibility;
    for (char16_t r = kRadicalsFirst; r <= kRadicalsLast; ++r) {
        const QString nfkc = QString(QChar(r)).normalized(QString::NormalizationForm_KC);
        if (nfkc.size() == 1 && nfkc.at(0).unicode() != r)
            compatibility.insert(r, nfkc.at(0).unicode());
    }
    QString radicals, ideographs;
    for (char16_t r = kRadicalsFirst; r <= kRadicalsLast; ++r)
        radicals.append(QChar(r));
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs.append(QChar(c));
    for (const QString &family : families) {
        QFont font(family);
        font.setPixelSize(16);
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
            if (ideographGlyphs[i] != 0 && !byGlyph.contains(ideographGlyphs[i]))
                byGlyph.insert(ideographGlyphs[i], char16_t(0x4E00 + i));
        }
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            const char16_t r = char16_t(kRadicalsFirst + i);
            const auto it = byGlyph.constFind(radicalGlyphs[i]);
            if (radicalGlyphs[i] != 0 && it != byGlyph.cend() && !map.contains(r))
                map.insert(r, it.value());
        }
    }
    for (auto it = compatibility.cbegin(); it != compatibility.cend(); ++it) {
        if (!map.contains(it.key()))
            map.insert(it.key(), it.value());
    }
    cache.insert(families, map);
    return map;
}

int repairToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &map)
{
    int patched = 0;
    char *data = pdf.data();
    for (qsizetype from = 0;;) {
        const qsizetype begin = pdf.indexOf("beginbf", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endbf", begin);
        if (end < 0)
            break;
        qsizetype lineStart = pdf.indexOf('\n', begin);
        while (lineStart >= 0 && lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart + 1);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            patched += patchLine(data + lineStart, data + lineEnd, map);
            lineStart = lineEnd < end ? lineEnd : -1;
        }
        from = end + 5;
    }
    return patched;
}

} // namespace pw::report
