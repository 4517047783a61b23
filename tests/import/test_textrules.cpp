// Unit rules of the importer: debris cleanup, heading numbers, department names, the indicator catalogue,
// assignments and targets. Each rule is tested on small made-up inputs, not on the seeds.

#include "import/assignments.h"
#include "import/departmentnames.h"
#include "import/headingtoken.h"
#include "import/importer.h"
#include "import/indicatorcatalog.h"
#include "import/metadata.h"
#include "import/normalizer.h"
#include "import/targets.h"
#include "model/plan.h"

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::import;
using namespace Qt::StringLiterals;

TEST(Normalizer, RemovesDebrisAndMapsOffsets)
{
    const QString src = u"當(dāng)前(qián)位置\n1、 [bookmark: _Toc1]总体要求\n— 3 — 市发改 委牵头"_s;
    const NormalizedText n = normalizeText(src);
    EXPECT_EQ(n.text, u"當前位置\n1、总体要求\n市发改委牵头"_s);
    EXPECT_EQ(n.removedPinyin, 2);
    EXPECT_EQ(n.removedBookmarks, 1);
    EXPECT_EQ(n.removedPageMarkers, 1);
    // Every character maps back to the same character in the original.
    for (qsizetype i = 0; i < n.text.size(); ++i) {
        if (n.text.at(i) != u'\n') {
            EXPECT_EQ(src.at(n.origin[i]), n.text.at(i)) << i;
        }
    }
}

TEST(Normalizer, SplitsOneLineDocumentsAtHeadings)
{
    QString flowed = u"前言部分 "_s.repeated(120) + u"一、总体要求 (一)指导思想。坚持 系统观念。 二、主要目标 到2025年,比重达到 22%。"_s;
    const NormalizedText n = normalizeText(flowed);
    const QStringList lines = n.text.split(u'\n');
    EXPECT_TRUE(lines.contains(u"一、总体要求"_s)) << qPrintable(n.text.right(80));
    EXPECT_TRUE(lines.contains(u"(一)指导思想。坚持系统观念。"_s));
    EXPECT_TRUE(lines.contains(u"二、主要目标"_s));
    EXPECT_TRUE(lines.contains(u"到2025年,比重达到22%。"_s));
}

TEST(Normalizer, ColumnsLaidOutWithSpacesBecomeCells)
{
    const NormalizedText n = normalizeText(u"序号  指标  2025年\n1   森林覆盖率   46\n一、　总体要求  到2025年  全面推进\n"_s);
    EXPECT_EQ(n.text, u"序号\t指标\t2025年\n1\t森林覆盖率\t46\n一、总体要求到2025年全面推进"_s)
        << "a prose line with wide gaps but no third cell of numbers stays prose";
}

TEST(Normalizer, TextAfterAPageNumberContinuesTheBrokenParagraph)
{
    EXPECT_EQ(normalizeText(u"（市城管局、市邮\n— 17 — 政管理局按职责分工负责）"_s).text, u"（市城管局、市邮政管理局按职责分工负责）"_s);
    EXPECT_EQ(normalizeText(u"实现目标。\n— 3 — 推进改造。"_s).text, u"实现目标。\n推进改造。"_s);
    EXPECT_EQ(normalizeText(u"主要目标\n— 3 — 二、重点任务"_s).text, u"主要目标\n二、重点任务"_s);
}

TEST(Normalizer, JoinsTheLinesOfHardWrappedDocuments)
{
    const QString first = u"加快发展新能源产业推动绿色低碳转型"_s.repeated(10) + u"。"_s;
    const QString second = u"到2025年，全区非化石能源消费比重提高到20%，"_s + u"持续推进节能降碳增效行动"_s.repeated(6) + u"。"_s;
    auto wrap = [](const QString &paragraph) { // 20 full-width characters a line; digits are half as wide
        QStringList lines { QString() };
        double width = 0;
        for (QChar c : paragraph) {
            const double w = c.unicode() < 0x80 ? 0.5 : 1;
            if (width + w > 20) {
                lines.append(QString());
                width = 0;
            }
            lines.back() += c;
            width += w;
        }
        return lines;
    };
    QStringList secondLines = wrap(second);
    secondLines.insert(3, u"\n— 3 —\n\f"_s); // a page break inside the paragraph
    const QString src = u"一、总体要求\n"_s + wrap(first).join(u'\n') + u"\n二、主要目标\n"_s + secondLines.join(u'\n');
    const NormalizedText n = normalizeText(src);
    const QString expected = QStringList { u"一、总体要求"_s, first, u"二、主要目标"_s, second }.join(u'\n');
    EXPECT_TRUE(n.text == expected) << qPrintable(n.text);
    EXPECT_GT(n.joinedLines, 8);
    EXPECT_EQ(n.removedPageMarkers, 1);
    // Paragraphs one per line (every seed) are left as they are.
    EXPECT_EQ(normalizeText(u"一、总体要求\n"_s + first + u"\n二、主要目标\n"_s + second).joinedLines, 0);
}

TEST(Normalizer, JoinsTheLinesOfAShortHardWrappedExcerpt)
{
    // Four printed lines of 20 characters (a typed space is half as wide), as PDF-to-text gives an excerpt.
    const QString src = u"一、主要目标\n到 2025 年，全县非化石能源消费比重达到 20%\n左右，单位地区生产总值能耗比 2020 年下降\n"
                        u"14%，单位地区生产总值二氧化碳排放确保完\n成市下达目标。\n"_s;
    const NormalizedText n = normalizeText(src);
    EXPECT_EQ(n.joinedLines, 3);
    EXPECT_TRUE(n.text.endsWith(u"比2020年下降14%，单位地区生产总值二氧化碳排放确保完成市下达目标。"_s)) << qPrintable(n.text);
    // Short paragraphs that happen to have the same length, each ending its sentence, stay apart.
    const QString paragraphs = u"一、主要目标\n推动全县能源结构持续优化调整取得明显进展。\n推动全县产业结构持续优化调整取得明显进展。\n"
                               u"推动全县交通结构持续优化调整取得明显进展。\n"_s;
    EXPECT_EQ(normalizeText(paragraphs).joinedLines, 0);
}

TEST(Normalizer, PrintedBookmarksAnchorTheParagraphTheyPrecede)
{
    // A document whose Word bookmarks were printed as text ([bookmark: _Toc…]) and wrapped over printed lines.
    const QString body = u"将碳达峰行动年度报告作为对重点部门综合考核评价的重要依据。（区发展和改革局负责）"_s;
    const QString bookmarks = u"[bookmark: _Toc88321576][bookmark: _Toc1550557439][bookmark:"_s;
    EXPECT_FALSE(printedLineContinues(body, bookmarks, true)) << "bookmarks start a paragraph";
    EXPECT_TRUE(printedLineContinues(bookmarks, u"_Toc88553736]（三）落实财税、价格支持政"_s, true));
    EXPECT_TRUE(printedLineContinues(u"[bookmark: _Toc1][bookmark: _Toc2]"_s, u"（二）强化责任目标考核"_s, false));
    EXPECT_FALSE(printedLineContinues(body.chopped(1), u"[bookmark: _Toc3]（二）强化责任目标考核"_s, true))
        << "the heading behind the bookmark starts a block";
    EXPECT_TRUE(printedLineContinues(body.chopped(1), u"[bookmark: _GoBack]要求"_s, true));
}

TEST(HeadingToken, RecognisesAllStyles)
{
    struct Case
    {
        QString text;
        HeadingStyle style;
        int number;
    };
    const QList<Case> cases {
        { u"十二、保障"_s, HeadingStyle::ChineseComma, 12 }, { u"（三）行动"_s, HeadingStyle::ChineseParen, 3 },
        { u"(十)行动"_s, HeadingStyle::ChineseParen, 10 },  { u"4.任务"_s, HeadingStyle::ArabicDot, 4 },
        { u"４．任务"_s, HeadingStyle::ArabicDot, 4 },       { u"2、总体"_s, HeadingStyle::ArabicComma, 2 },
        { u"（12）子项"_s, HeadingStyle::ArabicParen, 12 },  { u"(1)子项"_s, HeadingStyle::ArabicParen, 1 },
        { u"③要点"_s, HeadingStyle::Circled, 3 },           { u"第十二章保障"_s, HeadingStyle::Chapter, 12 },
        { u"第2部分任务"_s, HeadingStyle::Chapter, 2 },      { u"第三节能源"_s, HeadingStyle::Section, 3 },
    };
    for (const Case &c : cases) {
        const auto t = headingTokenAt(c.text, 0);
        ASSERT_TRUE(t) << qPrintable(c.text);
        EXPECT_EQ(t->style, c.style) << qPrintable(c.text);
        EXPECT_EQ(t->number, c.number) << qPrintable(c.text);
    }
    for (const QString &no : { u"1.5万千瓦"_s, u"2025.3"_s, u"(2020)"_s, u"一二三"_s, u"100、"_s, u"第一，"_s,
                               u"第一批试点"_s, u"第章"_s })
        EXPECT_FALSE(headingTokenAt(no, 0)) << qPrintable(no);
}

TEST(DepartmentNames, AliasesLevelsAndKinds)
{
    EXPECT_TRUE(DepartmentNames::equivalent(u"市发改委", u"市发展和改革委员会"));
    EXPECT_TRUE(DepartmentNames::equivalent(u"市发展改革委", u"市发改委"));
    EXPECT_TRUE(DepartmentNames::equivalent(u"區發改局", u"区发展和改革局"));
    EXPECT_TRUE(DepartmentNames::equivalent(u"生态环境石峰分局", u"株洲市生态环境局石峰分局"));
    EXPECT_TRUE(DepartmentNames::equivalent(u"市自然资源规划局", u"市自然资源和规划局"));
    EXPECT_FALSE(DepartmentNames::equivalent(u"市发改委", u"区发改局"));
    EXPECT_EQ(DepartmentNames::canonical(u" 市住建局等"), u"市住房和城乡建设局"_s);
    EXPECT_EQ(DepartmentNames::level(u"区发展和改革局"), AdminLevel::District);
    EXPECT_EQ(DepartmentNames::level(u"株洲县政府"), AdminLevel::County);
    EXPECT_EQ(DepartmentNames::level(u"省生态环境厅"), AdminLevel::Province);
    EXPECT_EQ(DepartmentNames::kind(u"生态环境石峰分局"), DepartmentKind::BranchOffice);
    EXPECT_EQ(DepartmentNames::kind(u"各县市区人民政府"), DepartmentKind::Territorial);
    EXPECT_EQ(DepartmentNames::kind(u"各街道"), DepartmentKind::Territorial);
    EXPECT_EQ(DepartmentNames::kind(u"经开区管委会"), DepartmentKind::Territorial);
    EXPECT_EQ(DepartmentNames::kind(u"国网株洲供电公司"), DepartmentKind::Enterprise);
    EXPECT_EQ(DepartmentNames::kind(u"市政府办公室"), DepartmentKind::Department);
    EXPECT_EQ(DepartmentNames::split(u"市发改委、市工信局，各区县政府〈含南太湖新区、长合区管委会〉等"),
              (QStringList { u"市发改委"_s, u"市工信局"_s, u"各区县政府〈含南太湖新区、长合区管委会〉"_s }));
}

TEST(IndicatorCatalog, MatchesAliasesAndUnits)
{
    const IndicatorCatalog &c = IndicatorCatalog::builtin();
    EXPECT_EQ(c.match(u"单位GDP能耗"_s)->key, u"energy-intensity-reduction"_s);
    EXPECT_EQ(c.match(u"单位GDP能源消耗(吨标准煤/万元)"_s, u"吨标准煤/万元"_s)->key, u"energy-intensity"_s);
    EXPECT_EQ(c.match(u"非化石能源占一次能源消費比重"_s)->key, u"non-fossil-share"_s);
    EXPECT_EQ(c.match(u"全市森林覆盖率"_s)->unit, u"%"_s);
    // A rate's alias with an amount in a unit of the level's kind names the level.
    EXPECT_EQ(c.findIn(u"单位GDP二氧化碳排放降低", 0, u"吨/万元"_s)->entry.key, u"carbon-intensity"_s);
    EXPECT_EQ(c.findIn(u"单位GDP二氧化碳排放降低", 0, u"%"_s)->entry.key, u"carbon-intensity-reduction"_s);
    EXPECT_FALSE(c.match(u"白酒产量"_s));
    for (const CatalogEntry &e : c.entries())
        EXPECT_FALSE(e.key.isEmpty() || e.name.isEmpty()) << qPrintable(e.key);
}

TEST(Assignments, ParenthesisStyles)
{
    auto blocks = findAssignmentParentheses(u"推进工作。（市发改委牵头，市工信局、各县市区人民政府按职责分工负责）");
    ASSERT_EQ(blocks.size(), 1);
    EXPECT_EQ(blocks[0].lead, QStringList { u"市发改委"_s });
    EXPECT_EQ(blocks[0].support, QStringList { u"市工信局"_s });
    EXPECT_EQ(blocks[0].territorial, QStringList { u"各县市区人民政府"_s });

    blocks = findAssignmentParentheses(u"内容(責任單位:市生態環境局、市發展改革委,按職責分工負責,下同。以下任務均需各區縣政府落實,不再列出)");
    ASSERT_EQ(blocks.size(), 1);
    EXPECT_EQ(blocks[0].lead, QStringList { u"市生態環境局"_s });
    EXPECT_EQ(blocks[0].support, QStringList { u"市發展改革委"_s });
    EXPECT_EQ(blocks[0].stickyTerritorial, QStringList { u"各区县政府"_s });

    EXPECT_TRUE(findAssignmentParentheses(u"建设（以下简称“项目”）和改造（含园区）").isEmpty());
    EXPECT_EQ(assignmentLineRole(u"牽頭單位：市林业局。"), 1);
    EXPECT_EQ(assignmentLineRole(u"配合单位:市财政局"), 2);
}

TEST(Assignments, SeveralLabelsAndSquareBrackets)
{
    AssignmentBlock line;
    parseAssignmentLine(u"牵头单位：县发改局；责任单位：县自然资源局、县林业局。", &line);
    EXPECT_EQ(line.lead, QStringList { u"县发改局"_s });
    EXPECT_EQ(line.support, (QStringList { u"县自然资源局"_s, u"县林业局"_s }));
    AssignmentBlock spaced;
    parseAssignmentLine(u"牵头单位：市交通运输局配合单位：市公安局、市财政局", &spaced);
    EXPECT_EQ(spaced.lead, QStringList { u"市交通运输局"_s });
    EXPECT_EQ(spaced.support, (QStringList { u"市公安局"_s, u"市财政局"_s }));

    auto blocks = findAssignmentParentheses(u"推进工作。（牵头单位：区发改局；配合单位：区工信局、区生态环境分局）");
    ASSERT_EQ(blocks.size(), 1);
    EXPECT_EQ(blocks[0].lead, QStringList { u"区发改局"_s });
    EXPECT_EQ(blocks[0].support, (QStringList { u"区工信局"_s, u"区生态环境分局"_s }));

    blocks = findAssignmentParentheses(u"优化能源结构。【责任单位：县工信局、县发改局】其他内容[见附件1]");
    ASSERT_EQ(blocks.size(), 1);
    EXPECT_EQ(blocks[0].lead, QStringList { u"县工信局"_s });
    EXPECT_EQ(blocks[0].support, QStringList { u"县发改局"_s });
    EXPECT_EQ(blocks[0].start, 7);
    EXPECT_EQ(blocks[0].end, 23);
}

TEST(Assignments, LeadMarkedAfterItsName)
{
    AssignmentBlock line;
    parseAssignmentLine(u"责任单位：县财政局、县发改局（牵头）、县住建局", &line);
    EXPECT_EQ(line.lead, QStringList { u"县发改局"_s });
    EXPECT_EQ(line.support, (QStringList { u"县财政局"_s, u"县住建局"_s }));

    const auto blocks = findAssignmentParentheses(u"加强管理。（县工信局〔牵头〕、县市场监管局）");
    ASSERT_EQ(blocks.size(), 1);
    EXPECT_EQ(blocks[0].lead, QStringList { u"县工信局"_s });
    EXPECT_EQ(blocks[0].support, QStringList { u"县市场监管局"_s });
}

TEST(Assignments, LabelAfterTheLastSentence)
{
    EXPECT_EQ(assignmentLabelAt(u"牵头单位：县工信局"), 0);
    EXPECT_EQ(assignmentLabelAt(u"加快建设分布式光伏。责任单位：县发改局、县住建局。"), 10);
    EXPECT_EQ(assignmentLabelAt(u"加强管理。牵头单位：县工信局；配合单位：县市场监管局"), 5);
    EXPECT_EQ(assignmentLabelAt(u"加强管理。（牵头单位：县工信局；配合单位：县市场监管局）"), -1) << "a parenthesis";
    EXPECT_EQ(assignmentLabelAt(u"明确责任。责任单位：要落实主体责任。然后推进。"), -1) << "sentences follow";
    EXPECT_EQ(assignmentLabelAt(u"推进改造，责任单位：县发改局"), -1) << "not after a sentence";

    ImportError error;
    const auto r = importText(u"某县方案\n一、重点任务\n1.推进光伏建设。加快建设。责任单位：县发改局、县住建局。\n"_s,
                              u"t.txt"_s, &error);
    ASSERT_TRUE(r);
    const Node &task = *r->plan->root().child(0)->child(0);
    EXPECT_EQ(r->plan->departmentNames(task.content.lead), QStringList { u"县发展和改革局"_s });
    EXPECT_EQ(task.content.text, u"加快建设。"_s);
}

TEST(Targets, ProseForms)
{
    const auto t = extractTargets(
        u"到2025年，非化石能源消费比重达到22%左右，单位地区生产总值能耗比2020年下降16%，碳排放强度完成省下达目标。"
        u"到2030年，光伏装机容量力争达到50万千瓦以上，能源消费总量控制在1500万吨标准煤以内。");
    ASSERT_EQ(t.size(), 5);
    EXPECT_EQ(t[0].year, 2025);
    EXPECT_EQ(t[0].catalogKey, u"non-fossil-share"_s);
    EXPECT_EQ(t[0].comparator, Comparator::Approx);
    EXPECT_EQ(*t[0].value, 22);
    EXPECT_EQ(t[1].baseYear, 2020);
    EXPECT_EQ(t[1].direction, Direction::Decrease);
    EXPECT_FALSE(t[2].value);
    EXPECT_EQ(t[2].allocation, u"完成省下达目标"_s);
    EXPECT_EQ(t[3].year, 2030);
    EXPECT_EQ(t[3].commitment, Commitment::Strive);
    EXPECT_EQ(t[3].comparator, Comparator::AtLeast);
    EXPECT_EQ(t[4].comparator, Comparator::AtMost);
    EXPECT_EQ(t[4].unit, u"万吨标准煤"_s);
}

TEST(Targets, StretchAndUndated)
{
    const auto t = extractTargets(u"到2025年，单位地区生产总值能耗下降14.5%，力争达到15%。新建光伏电站达到3个。");
    ASSERT_GE(t.size(), 1);
    EXPECT_EQ(*t[0].value, 14.5);
    EXPECT_EQ(t[0].stretch, 15);
    const auto undated = extractTargets(u"全市新建光伏电站达到3个。");
    ASSERT_EQ(undated.size(), 1);
    EXPECT_EQ(undated[0].year, 0);
}

TEST(Targets, SubjectContinuedInAnotherKindOfUnitIsTheLevel)
{
    const auto t = extractTargets(u"到2020年，单位GDP二氧化碳排放降低18%，降低到1.235吨/万元；能源消费总量控制1509万吨标准煤。");
    ASSERT_EQ(t.size(), 3);
    EXPECT_EQ(t[0].catalogKey, u"carbon-intensity-reduction"_s);
    EXPECT_EQ(*t[1].value, 1.235);
    EXPECT_EQ(t[1].catalogKey, u"carbon-intensity"_s);
    EXPECT_EQ(t[1].indicatorName, u"单位地区生产总值二氧化碳排放量"_s);
}

TEST(Targets, ShareBeforeItsVerb)
{
    const auto t = extractTargets(u"到2025年，城区50%新建建筑达到绿色建筑标准，80%以上的行政村实现垃圾分类。");
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].year, 2025);
    EXPECT_EQ(*t[0].value, 50);
    EXPECT_EQ(t[0].unit, u"%"_s);
    EXPECT_EQ(t[0].indicatorName, u"城区新建建筑达到绿色建筑标准比例"_s);
    EXPECT_EQ(*t[1].value, 80);
    EXPECT_EQ(t[1].comparator, Comparator::AtLeast);
    EXPECT_EQ(t[1].year, 2025);
    const auto undated = extractTargets(u"全市30%企业通过认证。");
    ASSERT_EQ(undated.size(), 1);
    EXPECT_EQ(undated[0].year, 0); // reported, not imported
}

TEST(Targets, RespectiveListsAndTheVerbNearestTheNumber)
{
    auto t = extractTargets(u"到2025年和2030年，全市非化石能源消费比重分别达到20%和25%左右。");
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].year, 2025);
    EXPECT_EQ(t[1].year, 2030);
    EXPECT_EQ(t[1].catalogKey, u"non-fossil-share"_s);
    EXPECT_EQ(t[1].comparator, Comparator::Approx);

    t = extractTargets(u"到2025年，规模以上工业单位增加值能耗和二氧化碳排放分别下降14%和18%。");
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t[0].catalogKey, u"industrial-energy-intensity-reduction"_s);
    EXPECT_EQ(t[1].catalogKey, u"industrial-carbon-intensity-reduction"_s);
    EXPECT_EQ(t[1].year, 2025);

    t = extractTargets(u"到2025年，公共领域新增或更新车辆中新能源汽车比例不低于80%。");
    ASSERT_EQ(t.size(), 1);
    EXPECT_EQ(t[0].comparator, Comparator::AtLeast);
    EXPECT_EQ(t[0].indicatorName, u"公共领域新增或更新车辆中新能源汽车比例"_s);
}

TEST(Targets, AllocationNamingTwoIndicators)
{
    const auto keys = [](const QList<ExtractedTarget> &targets) {
        QStringList out;
        for (const ExtractedTarget &t : targets)
            out.append(t.catalogKey);
        return out;
    };
    const QStringList both { u"energy-intensity-reduction"_s, u"carbon-intensity-reduction"_s };
    EXPECT_EQ(keys(extractTargets(u"到2030年，单位地区生产总值能耗和碳排放下降完成省下达目标。")), both);
    EXPECT_EQ(keys(extractTargets(u"到2025年，单位生产总值能源消耗和二氧化碳排放完成省上下达目标。")), both);
    EXPECT_EQ(keys(extractTargets(u"到2025年，全区单位地区生产总值能源消耗率和二氧化碳排放下降率完成省、市下达目标。")),
              both);
    EXPECT_EQ(keys(extractTargets(u"到2025年，单位地区生产总值二氧化碳排放下降完成省下达目标。")),
              QStringList { u"carbon-intensity-reduction"_s });
    const auto pair = extractTargets(u"到2025年，单位地区生产总值能耗和碳排放下降完成省、市下达目标。");
    ASSERT_EQ(pair.size(), 2);
    EXPECT_EQ(pair[1].allocation, u"完成省、市下达目标"_s);
    EXPECT_EQ(pair[1].year, 2025);
}

TEST(Metadata, NoticeAndParents)
{
    const PlanMetadata m = extractMetadata(
        u"某某市人民政府关于印发《某某市碳达峰实施方案》的通知\n某政发[2023] 9 号\n各县市区人民政府：\n"
        u"现将《某某市碳达峰实施方案》印发给你们。\n某某市人民政府\n2023年5月11日\n某某市碳达峰实施方案\n"
        u"根据《湖南省碳达峰实施方案》（湘政发〔2022〕19号）精神，制定本方案。"_s);
    EXPECT_EQ(m.title, u"某某市碳达峰实施方案"_s);
    EXPECT_EQ(m.issuer, u"某某市人民政府"_s);
    EXPECT_EQ(m.docNumber, u"某政发〔2023〕9号"_s);
    EXPECT_EQ(m.issueDate, QDate(2023, 5, 11));
    EXPECT_EQ(m.level, AdminLevel::City);
    EXPECT_EQ(m.status, PlanStatus::Issued);
    ASSERT_EQ(m.parentRefs.size(), 1);
    EXPECT_EQ(m.parentRefs[0].docNumber, u"湘政发〔2022〕19号"_s);
    EXPECT_EQ(normalizeDocNumber(u"川府发〔 2022 〕 37 号"), u"川府发〔2022〕37号"_s);
}

TEST(Importer, ChapterAndSectionWords)
{
    const QString src = u"某市低碳发展规划\n第一章 发展基础\n一、现状\n全市能源结构持续优化。\n第二章 重点任务\n"
                        u"第一节 能源\n一、发展光伏。到2025年，光伏装机容量达到5万千瓦。（市发改委牵头）\n"
                        u"第二节 交通\n一、推广新能源汽车。\n"_s;
    ImportError error;
    const auto r = importText(src, u"t.txt"_s, &error);
    ASSERT_TRUE(r);
    const Node &root = r->plan->root();
    ASSERT_EQ(root.childCount(), 2);
    EXPECT_EQ(root.child(0)->content.title, u"发展基础"_s);
    const Node &tasks = *root.child(1);
    EXPECT_EQ(tasks.content.title, u"重点任务"_s);
    ASSERT_EQ(tasks.childCount(), 2);
    EXPECT_EQ(tasks.child(1)->content.title, u"交通"_s);
    ASSERT_EQ(tasks.child(0)->childCount(), 1);
    EXPECT_EQ(tasks.child(0)->child(0)->content.title, u"发展光伏"_s);
    EXPECT_EQ(tasks.child(0)->child(0)->content.kind, NodeKind::Task);
}

TEST(Importer, ProvenanceSpansPointIntoTheSource)
{
    const QString src = u"某区碳达峰实施方案\n一、总体要求\n二、重点任务\n（一）能源行动\n1.发展光伏。到2025年，光伏装机达到5万千瓦。"
                        u"（区发改局牵头，区住建局按职责分工负责）\n2.节能改造。推进改造。\n"_s;
    ImportError error;
    const auto r = importText(src, u"t.txt"_s, &error);
    ASSERT_TRUE(r);
    const Plan &plan = *r->plan;
    const Node *task = plan.root().child(1)->child(0)->child(0);
    EXPECT_EQ(task->content.title, u"发展光伏"_s);
    EXPECT_EQ(task->content.kind, NodeKind::Task);
    EXPECT_EQ(plan.departmentNames(task->content.lead), QStringList { u"区发展和改革局"_s });
    const SourceSpan a = task->content.assignmentSpan;
    EXPECT_EQ(src.mid(a.start, a.length), u"（区发改局牵头，区住建局按职责分工负责）"_s);
    ASSERT_EQ(plan.targets.size(), 1u);
    EXPECT_TRUE(src.mid(plan.targets[0].span.start, plan.targets[0].span.length).contains(u"5万千瓦"_s));
    EXPECT_EQ(plan.targets[0].nodeId, task->id());
    // The unassigned sibling is reported.
    bool reported = false;
    for (const ImportIssue &i : r->report.issues)
        reported = reported || i.code == u"task-without-department"_s;
    EXPECT_TRUE(reported);
}

// A closing sentence (本方案自…起施行, 本办法由…负责解释) is the document's own paragraph: the importer keeps it
// out of the last item, whether it stands alone or follows the item's last sentence, with what follows it.
TEST(Outline, ClosingSentenceIsNotPartOfTheLastItem)
{
    const QString head = u"某区碳达峰实施方案\n一、重点任务\n1.推进节能改造。本方案自2025年起每年评估一次。\n二、保障措施\n（一）加强风险防控\n"_s;
    const struct
    {
        QString tail;
        QString lastText;
        QString closing;
    } cases[] = {
        { u"做好重大风险研判。（区发展和改革局负责）\n本方案自发布之日起施行。\n"_s,
          u"做好重大风险研判。"_s, u"本方案自发布之日起施行。"_s },
        { u"做好重大风险研判。本规划自印发之日起实施，有效期至2030年。\n某区人民政府\n"_s, u"做好重大风险研判。"_s,
          u"本规划自印发之日起实施，有效期至2030年。\n某区人民政府"_s },
        { u"做好重大风险研判。\n本办法由区发展和改革局负责解释。\n本办法自2024年1月1日起执行。\n"_s,
          u"做好重大风险研判。"_s, u"本办法由区发展和改革局负责解释。\n本办法自2024年1月1日起执行。"_s },
        { u"做好重大风险研判。\n"_s, u"做好重大风险研判。"_s, QString() },
    };
    for (const auto &c : cases) {
        auto result = importText(head + c.tail, u"closing.txt"_s, nullptr);
        ASSERT_TRUE(result);
        const Node *last = nullptr;
        result->plan->root().forEach([&](const Node *n) { last = n; });
        ASSERT_TRUE(last);
        EXPECT_EQ(last->content.title, u"加强风险防控"_s);
        EXPECT_EQ(last->content.text, c.lastText) << qPrintable(last->content.text);
        EXPECT_EQ(result->plan->metadata.closing, c.closing) << qPrintable(result->plan->metadata.closing);
        // Only the end of the document closes it: the same words inside an earlier item stay there.
        const Node *first = result->plan->root().child(0)->child(0);
        EXPECT_EQ(first->content.title, u"推进节能改造"_s);
        EXPECT_EQ(first->content.text, u"本方案自2025年起每年评估一次。"_s);
    }
}
