#pragma once

// Heading numbers of Chinese official documents (GB/T 9704 and common variants), in full and half width:
// 一、 （一） (一) 1. 1． 1、 （1） (1) ①, and the chapter words of longer plans: 第一章/第一部分/第一篇, 第一节.

#include <QStringView>

#include <optional>

namespace pw::import {

enum class HeadingStyle {
    ChineseComma,
    ChineseParen,
    ArabicDot,
    ArabicComma,
    ArabicParen,
    Circled,
    Chapter, ///< 第一章, 第一部分, 第一篇
    Section, ///< 第一节
};

struct HeadingToken
{
    HeadingStyle style = HeadingStyle::ChineseComma;
    int number = 0;
    int length = 0; ///< characters of the number including its punctuation
};

/** The heading number starting at @p pos of @p text, if any. The character before @p pos is not examined. */
std::optional<HeadingToken> headingTokenAt(QStringView text, qsizetype pos);

/** Styles that number the same level in different documents (一、 ≈ 1、, （一） ≈ （1）). */
bool equivalentStyles(HeadingStyle a, HeadingStyle b);

} // namespace pw::import
