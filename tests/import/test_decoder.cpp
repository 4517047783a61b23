#include "import/textdecoder.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace pw::import;
using namespace Qt::StringLiterals;

namespace {
const QString kText = u"一、总体要求\n（一）指导思想。到2025年，非化石能源消费比重达到22%左右。\n"_s;
}

TEST(TextDecoder, Utf8WithAndWithoutBom)
{
    DecodeError e;
    auto plain = decodeText(kText.toUtf8(), &e);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->text, kText);
    EXPECT_EQ(plain->encoding, u"UTF-8"_s);
    auto bom = decodeText("\xEF\xBB\xBF" + kText.toUtf8(), &e);
    ASSERT_TRUE(bom);
    EXPECT_EQ(bom->text, kText);
}

TEST(TextDecoder, Utf16WithBom)
{
    for (const auto enc : { QStringConverter::Utf16LE, QStringConverter::Utf16BE }) {
        QStringEncoder encoder(enc, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(kText);
        DecodeError e;
        auto d = decodeText(bytes, &e);
        ASSERT_TRUE(d) << qPrintable(e.message);
        EXPECT_EQ(d->text, kText);
    }
}

TEST(TextDecoder, Gb18030)
{
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid()) << "this Qt build has no GB18030 codec (ICU)";
    const QByteArray bytes = encoder.encode(kText);
    DecodeError e;
    auto d = decodeText(bytes, &e);
    ASSERT_TRUE(d) << qPrintable(e.message);
    EXPECT_EQ(d->encoding, u"GB18030"_s);
    EXPECT_EQ(d->text, kText);
}

TEST(TextDecoder, RefusesUndecodableBytesWithOffset)
{
    // GB18030 text with a truncated two-byte sequence at the end.
    QStringEncoder encoder("GB18030");
    QByteArray bytes = encoder.encode(u"碳达峰"_s) + "\x81";
    DecodeError e;
    EXPECT_FALSE(decodeText(bytes, &e));
    EXPECT_EQ(e.byteOffset, bytes.size() - 1);
}

TEST(TextDecoder, RefusesMixedEncodings)
{
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = u"一、总体要求 碳达峰碳中和"_s.toUtf8() + gbk.encode(u"湖南省"_s);
    DecodeError e;
    EXPECT_FALSE(decodeText(bytes, &e));
    EXPECT_EQ(e.byteOffset, u"一、总体要求 碳达峰碳中和"_s.toUtf8().size());
    EXPECT_TRUE(e.message.contains(u"mixed"_s));
}

TEST(TextDecoder, RefusesEmptyBinaryAndNul)
{
    DecodeError e;
    EXPECT_FALSE(decodeText({}, &e));
    EXPECT_FALSE(decodeText(QByteArray("abc\0def", 7), &e));
    EXPECT_EQ(e.byteOffset, 3);
    EXPECT_FALSE(decodeText(QByteArray("\x7f" "ELF\x02\x01", 6), &e));
    EXPECT_EQ(e.byteOffset, 0);
    // UTF-16 without BOM is recognised and explained.
    EXPECT_FALSE(decodeText(QByteArray("a\0b\0c\0d\0", 8), &e));
    EXPECT_TRUE(e.message.contains(u"UTF-16"_s));
}
