// Search: bigrams and single characters, filters, and hostile query strings.

#include "libraryfixture.h"

#include "library/searchtext.h"
#include "library/sqlutil.h"

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::library;
using pw::test::LibraryTest;

namespace {

class SearchTest : public LibraryTest
{
protected:
    void SetUp() override
    {
        LibraryTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        test::PlanSpec city { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, {}, {},
            { u"推进屋顶分布式光伏建设"_s, u"推广新能源汽车"_s, u"完善100%绿电_认证\\制度"_s } };
        city.targets = { { u"可再生能源装机容量"_s, u"万千瓦"_s, 2025, 120 } };
        test::writePlan(planDir(), u"city"_s, city);
        test::PlanSpec district { u"乙区碳达峰实施方案"_s, AdminLevel::District, u"甲市乙区"_s, {}, {},
            { u"建设光伏电站"_s, u"推进建筑节能改造"_s } };
        district.lead = u"区住房和城乡建设局"_s;
        test::writePlan(planDir(), u"district"_s, district);
        library = openLibrary();
        ASSERT_TRUE(library);
        ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 2);
    }

    QList<SearchHit> search(const QString &query, const SearchFilters &filters = {})
    {
        QString error;
        auto hits = library->search(query, filters, 100, &error);
        EXPECT_TRUE(hits) << qPrintable(error);
        return hits.value_or(QList<SearchHit> {});
    }

    std::unique_ptr<Library> library;
};

QStringList titles(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << hit.title;
    return result;
}

} // namespace

TEST_P(SearchTest, TwoAndThreeCharacterWordsAndSingleCharacters)
{
    EXPECT_EQ(titles(search(u"光伏"_s)), (QStringList { u"推进屋顶分布式光伏建设"_s, u"建设光伏电站"_s }));
    EXPECT_EQ(titles(search(u"新能源"_s)), QStringList { u"推广新能源汽车"_s });
    EXPECT_EQ(titles(search(u"汽"_s)), QStringList { u"推广新能源汽车"_s });
    EXPECT_TRUE(search(u"光伏汽车"_s).isEmpty()); // every bigram present in some passage, but not the word
    // Width and case folded, spaces ignored.
    EXPECT_EQ(search(u"光 伏"_s).size(), 2);
    EXPECT_EQ(search(u"１００％"_s).size(), 1);
}

TEST_P(SearchTest, Filters)
{
    EXPECT_EQ(
        titles(search(u"光伏"_s, { u"district"_s, {}, {}, {}, {} })), QStringList { u"建设光伏电站"_s });
    EXPECT_EQ(search(u"光伏"_s, { {}, u"乙区"_s, {}, {}, {} }).size(), 1);
    // Department by another spelling of the same unit; every passage it leads, with an empty query.
    EXPECT_EQ(search(u"光伏"_s, { {}, {}, u"市发改委"_s, {}, {} }).size(), 1);
    EXPECT_EQ(search(QString(), { {}, {}, u"区住建局"_s, {}, {} }).size(), 2);
    EXPECT_EQ(titles(search(QString(), { {}, {}, {}, u"可再生能源装机"_s, {} })),
        QStringList { u"推进屋顶分布式光伏建设"_s });
    EXPECT_EQ(search(u"光伏"_s, { {}, {}, {}, {}, u"能源绿色"_s }).size(), 2);
    EXPECT_TRUE(search(u"光伏"_s, { {}, {}, {}, {}, u"交通"_s }).isEmpty());
}

TEST_P(SearchTest, HostileQueriesAreOnlyText)
{
    for (const QString &query :
        { u"'); DROP TABLE plans;--"_s, u"\" OR 1=1 --"_s, u"光伏'; DELETE FROM docs; --"_s }) {
        QString error;
        auto hits = library->search(query, {}, 100, &error);
        ASSERT_TRUE(hits) << qPrintable(error);
        EXPECT_TRUE(hits->isEmpty());
    }
    QString error;
    EXPECT_EQ(library->plans(&error)->size(), 2);
    EXPECT_EQ(search(u"光伏"_s).size(), 2);
    // LIKE wildcards match only themselves.
    for (const QString &query : { u"%"_s, u"_"_s, u"\\"_s, u"0%"_s, u"%绿"_s })
        EXPECT_EQ(titles(search(query)), QStringList { u"完善100%绿电_认证\\制度"_s }) << qPrintable(query);
    EXPECT_TRUE(search(u"%%"_s).isEmpty());
    EXPECT_TRUE(search(QString(u"光伏"_s) + QChar(0)).size() == 2);
    EXPECT_FALSE(library->search(QString(500, u'光'), {}, 10, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_P(SearchTest, TextThatLooksLikeSqlOrArraySyntaxIsStoredAsWritten)
{
    // PostgreSQL receives every column of a plan as one array literal: quotes, backslashes, braces, commas,
    // the word NULL and text beyond the BMP must come back exactly.
    const QStringList tasks { u"光伏\"}, {\\\\"_s, u"NULL"_s, u"{光伏,储能}"_s,
        u"光伏'); DROP TABLE docs;--"_s, u"光伏 \\N \\\" \\}"_s, u"光伏𠀀😀é"_s, u"光伏,\"\",{}"_s };
    test::PlanSpec hostile { u"丙县\"{碳达峰}\",\\实施方案"_s, AdminLevel::County, u"丙县"_s, {}, {}, tasks };
    hostile.lead = u"县\"发改局\\"_s;
    test::writePlan(planDir(), u"hostile"_s, hostile);
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 1);

    const QList<SearchHit> hits = search(u"光伏"_s, { u"county"_s, {}, {}, {}, {} });
    EXPECT_EQ(titles(hits), QStringList(tasks).filter(u"光伏"_s));
    for (const SearchHit &hit : hits) {
        EXPECT_EQ(hit.planTitle, hostile.title);
        EXPECT_TRUE(hit.snippet.text.startsWith(hit.title)) << qPrintable(hit.snippet.text);
    }
    EXPECT_EQ(titles(search(u"NULL"_s)), QStringList { u"NULL"_s });
    EXPECT_EQ(titles(search(u"{光伏,储能}"_s)), QStringList { u"{光伏,储能}"_s });
    EXPECT_EQ(titles(search(u"𠀀😀"_s)), QStringList { u"光伏𠀀😀é"_s });
    EXPECT_EQ(search(QString(), { {}, {}, u"县\"发改局\\"_s, {}, {} }).size(), tasks.size());
    QString error;
    EXPECT_EQ(library->plans(&error)->size(), 3);
}

TEST_P(SearchTest, ACommonWordStopsAtTheLimitAndARareBigramNarrowsInOutlineOrder)
{
    QStringList tasks;
    for (int i = 0; i < 40; ++i)
        tasks << u"推进建设第%1项工程"_s.arg(i);
    tasks.insert(25, u"推进建设绿氢工程"_s);
    test::writePlan(planDir(), u"many"_s, { u"丁市方案"_s, AdminLevel::City, u"丁市"_s, {}, {}, tasks });
    ASSERT_EQ(test::addPaths(*library, { planDir() }).added, 1);
    QString error;
    auto first = library->search(u"推进建设"_s, {}, 5, &error);
    ASSERT_TRUE(first) << qPrintable(error);
    EXPECT_EQ(titles(*first), tasks.mid(0, 5));
    // 绿氢 occurs once; 推进 and 建设 in every task.
    EXPECT_EQ(titles(search(u"推进建设绿氢"_s)), QStringList { u"推进建设绿氢工程"_s });
    EXPECT_EQ(titles(search(u"建设绿氢工程"_s)), QStringList { u"推进建设绿氢工程"_s });
    EXPECT_TRUE(search(u"建设绿氢项"_s).isEmpty());
}

TEST(SearchText, SnippetMarksTheMatchInTheTextAsWritten)
{
    const Snippet s = makeSnippet(u"到2025年，全市新增ＰＶ装机容量达到100万千瓦。"_s, u"pv"_s, 10);
    EXPECT_EQ(s.text.mid(s.matchStart, s.matchLength), u"ＰＶ"_s);
    EXPECT_EQ(escapeLike(u"a%b_c\\"_s), u"a\\%b\\_c\\\\"_s);
    EXPECT_EQ(bigramCodes(u"光伏光伏"_s).size(), 2);
}

TEST(SearchText, PostgresArrayLiteralsQuoteEveryElement)
{
    EXPECT_EQ(postgresArrayLiteral({}), u"{}"_s);
    EXPECT_EQ(postgresArrayLiteral({ 12, -3 }), u"{\"12\",\"-3\"}"_s);
    EXPECT_EQ(postgresArrayLiteral({ u"a\"b"_s, u"c\\d"_s, u"{e,f}"_s, u"NULL"_s, QString(), u"光 伏"_s }),
        u"{\"a\\\"b\",\"c\\\\d\",\"{e,f}\",\"NULL\",\"\",\"光 伏\"}"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchTest,
    ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres), test::backendName);
