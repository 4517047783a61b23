#include "tables/csv.h"

#include <gtest/gtest.h>

using namespace pw::tables;
using namespace Qt::StringLiterals;

TEST(Csv, FieldsAreQuotedOnlyWhenNeeded)
{
    EXPECT_EQ(csvField(u"区发展和改革局"_s), u"区发展和改革局"_s);
    EXPECT_EQ(csvField(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(toCsv({ { u"a"_s, u""_s, u"c"_s } }), u"a,,c\r\n"_s);
}

TEST(Csv, FormulaInjectionIsNeutralised)
{
    EXPECT_EQ(csvField(u"=1+1"_s), u"'=1+1"_s);
    EXPECT_EQ(csvField(u"+86 731"_s), u"'+86 731"_s);
    EXPECT_EQ(csvField(u"-15.0%"_s), u"'-15.0%"_s);
    EXPECT_EQ(csvField(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    EXPECT_EQ(csvField(u"\tx"_s), u"'\tx"_s);
    EXPECT_EQ(csvField(u"\rx"_s), u"\"'\rx\""_s);
    // Not at the start: harmless, unchanged.
    EXPECT_EQ(csvField(u"a=b"_s), u"a=b"_s);
    // A real minus sign (U+2212), as the table prints changes, is not a formula lead.
    EXPECT_EQ(csvField(u"−15.0%"_s), u"−15.0%"_s);
}

TEST(Csv, RoundTripIncludingInjectionPayloads)
{
    const Table table {
        { u"序号"_s, u"重点任务"_s, u"牵头单位"_s },
        { u"=cmd|' /C calc'!A0"_s, u"+SUM(1,2)"_s, u"-2+3"_s },
        { u"@HYPERLINK(\"http://x\")"_s, u"\ttab"_s, u"\rcr"_s },
        { u"含,逗号"_s, u"含\"引号\""_s, u"多\r\n行"_s },
        { u""_s, u" "_s, u"末尾"_s },
    };
    QString error;
    const Table parsed = parseCsv(toCsv(table), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(parsed.size(), table.size());
    for (qsizetype r = 0; r < table.size(); ++r) {
        for (qsizetype c = 0; c < table[r].size(); ++c) {
            const QString &original = table[r][c];
            const bool dangerous = !original.isEmpty()
                && QStringView(u"=+-@\t\r").contains(original.front());
            // Dangerous cells come back with the apostrophe that keeps spreadsheets from evaluating them.
            EXPECT_EQ(parsed[r][c], dangerous ? u'\'' + original : original) << r << ',' << c;
        }
    }
}

TEST(Csv, MalformedInputIsRejected)
{
    QString error;
    EXPECT_TRUE(parseCsv(u"a,\"unterminated\n"_s, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(parseCsv(u"a,b\"c\"\n"_s, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(parseCsv(u"\"a\"b\n"_s, &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    // Bounded: a huge number of cells is refused, not allocated.
    EXPECT_TRUE(parseCsv(QString(5000, u','), &error, 100).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    // LF line ends and a last line without terminator are accepted.
    const Table t = parseCsv(u"a,b\nc,d"_s, &error);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[1], (QStringList { u"c"_s, u"d"_s }));
}

TEST(Tsv, RoundTripAndSpreadsheetQuirks)
{
    const Table table { { u"a"_s, u"b c"_s }, { u"≥ 20 (力争 22)"_s, u""_s } };
    EXPECT_EQ(parseTsv(toTsv(table)), table);
    // Line breaks inside a cell would break the grid: they become spaces.
    EXPECT_EQ(toTsv({ { u"x\ny"_s } }), u"x y\n"_s);
    // Windows line ends and quoted cells from spreadsheets.
    EXPECT_EQ(parseTsv(u"\"a\"\"b\"\tc\r\n"_s), (Table { { u"a\"b"_s, u"c"_s } }));
}
