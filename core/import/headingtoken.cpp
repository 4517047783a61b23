#include "headingtoken.h"

#include "chinesetext.h"

namespace pw::import {
namespace {

constexpr int kMaxArabicHeading = 60;

bool isNumeralChar(QChar c)
{
    return QStringView(u"一二三四五六七八九十").contains(c);
}

bool isDigit(QChar c)
{
    const QChar f = foldWidth(c);
    return f >= u'0' && f <= u'9';
}

bool isOpenParen(QChar c) { return c == u'(' || c == u'（'; }
bool isCloseParen(QChar c) { return c == u')' || c == u'）'; }

} // namespace

std::optional<HeadingToken> headingTokenAt(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    if (pos < 0 || pos >= n)
        return std::nullopt;
    const QChar c = text.at(pos);
    if (const int circled = circledNumber(c); circled > 0)
        return HeadingToken { HeadingStyle::Circled, circled, 1 };

    if (c == u'第') {
        // 第一章 / 第1部分 / 第二篇 / 第三节: a numeral (Chinese or Arabic) and a chapter word.
        qsizetype e = pos + 1;
        while (e < n && e - pos <= 3 && (isNumeralChar(text.at(e)) || isDigit(text.at(e))))
            ++e;
        if (e == pos + 1 || e >= n)
            return std::nullopt;
        const QStringView numeral = text.mid(pos + 1, e - pos - 1);
        const int v = isDigit(numeral.front()) ? foldWidth(numeral).toInt() : parseChineseNumeral(numeral);
        if (v <= 0 || v > kMaxArabicHeading)
            return std::nullopt;
        const QStringView rest = text.mid(e);
        if (rest.startsWith(u'章') || rest.startsWith(u'篇'))
            return HeadingToken { HeadingStyle::Chapter, v, int(e - pos + 1) };
        if (rest.startsWith(u"部分"))
            return HeadingToken { HeadingStyle::Chapter, v, int(e - pos + 2) };
        if (rest.startsWith(u'节'))
            return HeadingToken { HeadingStyle::Section, v, int(e - pos + 1) };
        return std::nullopt;
    }
    if (isNumeralChar(c)) {
        qsizetype e = pos;
        while (e < n && e - pos < 3 && isNumeralChar(text.at(e)))
            ++e;
        if (e < n && text.at(e) == u'、') {
            const int v = parseChineseNumeral(text.mid(pos, e - pos));
            if (v > 0)
                return HeadingToken { HeadingStyle::ChineseComma, v, int(e - pos + 1) };
        }
        return std::nullopt;
    }
    if (isOpenParen(c)) {
        qsizetype e = pos + 1;
        if (e < n && isNumeralChar(text.at(e))) {
            while (e < n && e - pos <= 3 && isNumeralChar(text.at(e)))
                ++e;
            if (e < n && isCloseParen(text.at(e))) {
                const int v = parseChineseNumeral(text.mid(pos + 1, e - pos - 1));
                if (v > 0)
                    return HeadingToken { HeadingStyle::ChineseParen, v, int(e - pos + 1) };
            }
            return std::nullopt;
        }
        while (e < n && e - pos <= 2 && isDigit(text.at(e)))
            ++e;
        if (e > pos + 1 && e < n && isCloseParen(text.at(e))) {
            const int v = foldWidth(text.mid(pos + 1, e - pos - 1)).toInt();
            if (v > 0 && v <= kMaxArabicHeading)
                return HeadingToken { HeadingStyle::ArabicParen, v, int(e - pos + 1) };
        }
        return std::nullopt;
    }
    if (isDigit(c)) {
        qsizetype e = pos;
        while (e < n && e - pos < 3 && isDigit(text.at(e)))
            ++e;
        if (e - pos > 2 || e >= n)
            return std::nullopt;
        const int v = foldWidth(text.mid(pos, e - pos)).toInt();
        if (v <= 0 || v > kMaxArabicHeading)
            return std::nullopt;
        const QChar p = text.at(e);
        if (p == u'、')
            return HeadingToken { HeadingStyle::ArabicComma, v, int(e - pos + 1) };
        if (p == u'.' || p == u'．') {
            // "1.5万" is a number, not a heading.
            if (e + 1 < n && (isDigit(text.at(e + 1)) || text.at(e + 1) == u'%'))
                return std::nullopt;
            return HeadingToken { HeadingStyle::ArabicDot, v, int(e - pos + 1) };
        }
    }
    return std::nullopt;
}

bool equivalentStyles(HeadingStyle a, HeadingStyle b)
{
    auto cls = [](HeadingStyle s) {
        switch (s) {
        case HeadingStyle::ChineseComma:
        case HeadingStyle::ArabicComma:
            return 0;
        case HeadingStyle::ChineseParen:
        case HeadingStyle::ArabicParen:
            return 1;
        case HeadingStyle::ArabicDot:
            return 2;
        case HeadingStyle::Circled:
            return 3;
        case HeadingStyle::Chapter:
            return 5;
        case HeadingStyle::Section:
            return 6;
        }
        return 4;
    };
    return cls(a) == cls(b);
}

} // namespace pw::import
