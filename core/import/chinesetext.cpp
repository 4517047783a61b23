#include "chinesetext.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

#include "tradsimppairs.inc"

/** Flat lookup over the BMP (128 KiB): folding runs on every character of large documents. */
const std::vector<char16_t> &tradSimpTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> t(0x10000);
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = char16_t(i);
        constexpr std::size_t n = (sizeof(kTradSimpPairs) / sizeof(char16_t)) - 1;
        for (std::size_t i = 0; i + 1 < n; i += 2) {
            if (t[kTradSimpPairs[i]] == kTradSimpPairs[i])
                t[kTradSimpPairs[i]] = kTradSimpPairs[i + 1];
        }
        return t;
    }();
    return table;
}

} // namespace

bool isCjkIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF)
        || c.isSurrogate();
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return isCjkIdeograph(c) || (u >= 0x3000 && u <= 0x303F && u != 0x3000) || (u >= 0xFF00 && u <= 0xFFEF)
        || u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019 || u == 0x2014 || u == 0x2026
        || u == 0x00B7 || (u >= 0x2460 && u <= 0x2473) || u == 0x2265 || u == 0x2264;
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0D);
    if (u >= 0x3001 && u < 0xFE00)
        return false; // CJK: the common case in plans
    return u == 0x3000 || u == 0x00A0 || u == 0xFEFF || u == 0x0085 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A)
        || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F;
}

int parseChineseNumeral(QStringView text)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (text.isEmpty() || text.size() > 3)
        return -1;
    auto digit = [](QChar c) -> int {
        if (c == u'〇' || c == u'零')
            return 0;
        if (c == u'两')
            return 2;
        return int(digits.indexOf(c));
    };
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0) {
        if (text.size() != 1)
            return -1;
        const int d = digit(text.at(0));
        return d > 0 ? d : -1;
    }
    int tens = 1;
    if (ten == 1) {
        tens = digit(text.at(0));
        if (tens <= 0)
            return -1;
    } else if (ten != 0) {
        return -1;
    }
    int ones = 0;
    if (ten + 1 < text.size()) {
        if (ten + 2 != text.size())
            return -1;
        ones = digit(text.at(ten + 1));
        if (ones <= 0)
            return -1;
    }
    return tens * 10 + ones;
}

int circledNumber(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x2460 && u <= 0x2473)
        return int(u - 0x2460) + 1;
    return -1;
}

QChar toSimplified(QChar c)
{
    return QChar(tradSimpTable()[c.unicode()]);
}

QString toSimplified(QStringView text)
{
    const std::vector<char16_t> &table = tradSimpTable();
    QString out(text.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const char16_t *src = reinterpret_cast<const char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        dst[i] = table[src[i]];
    return out;
}

QString foldChineseYears(QString text)
{
    static const QString digits = u"〇一二三四五六七八九"_s;
    auto digit = [](QChar c) -> int {
        if (c == u'○' || c == u'零' || c == u'Ｏ')
            return 0;
        return int(digits.indexOf(c));
    };
    for (qsizetype at = text.indexOf(u'年', 4); at >= 0; at = text.indexOf(u'年', at + 1)) {
        int year = 0;
        for (qsizetype k = at - 4; k < at && year >= 0; ++k)
            year = digit(text.at(k)) < 0 ? -1 : year * 10 + digit(text.at(k));
        if (year < 1900 || year > 2099)
            continue;
        for (qsizetype k = at - 1; k >= at - 4; --k, year /= 10)
            text[k] = QChar(u'0' + year % 10);
    }
    return text;
}

QChar foldWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    return c;
}

QString foldWidth(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldWidth(text.at(i));
    return out;
}

} // namespace pw::import
