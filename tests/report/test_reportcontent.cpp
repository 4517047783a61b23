// Report content and options without rendering: numbering, department clauses, annex tables, fonts, JSON.

#include "seedplan.h"

#include "report/reportbuilder.h"
#include "report/reportfonts.h"
#include "report/reportoptions.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::report;

namespace {

QStringList paragraphTexts(const ReportDocument &doc)
{
    QStringList out;
    for (const Block &b : doc.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b))
            out.append(p->text());
    }
    return out;
}

TEST(ReportContent, ChineseDateHasNoPadding)
{
    EXPECT_EQ(chineseDate(QDate(2024, 1, 19)), u"2024年1月19日"_s);
    EXPECT_EQ(chineseDate(QDate(2023, 7, 1)), u"2023年7月1日"_s);
    EXPECT_TRUE(chineseDate(QDate()).isEmpty());
}

TEST(ReportContent, DepartmentClauseAndStyles)
{
    auto plan = pw::testing::syntheticPlan(10);
    const Node *task = plan->root().child(0)->child(0)->child(0);
    EXPECT_EQ(departmentClause(*plan, *task), u"（市发展改革委牵头，市住房城乡建设局、各县市区人民政府按职责分工负责）"_s);

    ReportOptions options;
    QStringList texts = paragraphTexts(buildPlanReport(*plan, options));
    EXPECT_TRUE(texts.filter(u"牵头，"_s).size() >= 10);
    EXPECT_TRUE(texts.filter(u"牵头单位："_s).isEmpty());

    options.departmentStyle = DepartmentStyle::Lines;
    texts = paragraphTexts(buildPlanReport(*plan, options));
    EXPECT_EQ(texts.filter(u"牵头单位：市发展改革委"_s).size(), 10); // the first task of each chapter
    EXPECT_EQ(texts.filter(u"责任单位："_s).size(), 10);
    EXPECT_TRUE(texts.filter(u"按职责分工负责"_s).isEmpty());
}

TEST(ReportContent, BodyUsesDerivedNumberingAndRunInHeadings)
{
    auto plan = pw::testing::syntheticPlan(12);
    const ReportDocument doc = buildPlanReport(*plan, {});
    const QStringList texts = paragraphTexts(doc);
    ASSERT_FALSE(texts.isEmpty());
    EXPECT_EQ(texts.first(), plan->metadata.title);
    EXPECT_TRUE(texts.contains(u"一、碳达峰重点行动第1部分"_s));
    EXPECT_TRUE(texts.contains(u"（一）推进重点领域绿色低碳转型之1"_s));
    EXPECT_EQ(texts.filter(QRegularExpression(u"^1\\.实施第1项重点任务。加快推进"_s)).size(), 1);
    // Fonts by level: 一、 黑体, （一） 楷体, 1. 仿宋 bold.
    for (const Block &b : doc.blocks) {
        const auto *p = std::get_if<Paragraph>(&b);
        if (!p)
            continue;
        if (p->role == Role::Heading1) {
            EXPECT_EQ(p->runs.first().font, FontRole::HeiTi);
        }
        if (p->role == Role::Heading2) {
            EXPECT_EQ(p->runs.first().font, FontRole::KaiTi);
        }
        if (p->role == Role::Heading3) {
            EXPECT_EQ(p->runs.first().font, FontRole::FangSong);
            EXPECT_TRUE(p->runs.first().bold);
            EXPECT_FALSE(p->runs.at(1).bold);
        }
    }
}

TEST(ReportContent, NoticeAndDraft)
{
    auto plan = pw::testing::syntheticPlan(5);
    ReportOptions options;
    options.notice = true;
    options.draft = true;
    const ReportDocument doc = buildPlanReport(*plan, options);
    EXPECT_TRUE(doc.draft);
    const QStringList texts = paragraphTexts(doc);
    EXPECT_TRUE(texts.contains(u"示例市人民政府关于印发《示例市碳达峰实施方案》的通知"_s));
    EXPECT_TRUE(texts.contains(u"示政发〔2024〕3号"_s));
    EXPECT_TRUE(texts.contains(u"现将《示例市碳达峰实施方案》印发给你们，请认真贯彻执行。"_s));
    EXPECT_TRUE(texts.contains(u"2024年1月19日"_s));
    EXPECT_TRUE(texts.contains(u"（此件主动公开）"_s));
    EXPECT_TRUE(texts.contains(u"（征求意见稿）"_s));
    const qsizetype pageBreaks = std::count_if(doc.blocks.cbegin(), doc.blocks.cend(),
                                               [](const Block &b) { return std::holds_alternative<PageBreak>(b); });
    EXPECT_EQ(pageBreaks, 1);
}

TEST(ReportContent, AnnexTables)
{
    auto plan = pw::testing::syntheticPlan(30);
    const Table targets = targetsTable(*plan);
    ASSERT_EQ(targets.rows.size(), 4);
    EXPECT_EQ(targets.columns.at(4).header, u"2025年"_s);
    EXPECT_EQ(targets.rows.first().at(4), u"10左右"_s);
    EXPECT_EQ(targets.rows.first().back(), u"约束性"_s);
    EXPECT_FALSE(isWide(targets));
    const Table tasks = tasksTable(*plan);
    EXPECT_EQ(tasks.rows.size(), 30);
    EXPECT_EQ(tasks.rows.first().at(4), u"2025年底"_s);
    EXPECT_TRUE(isWide(tasks));
    const Table projects = projectsTable(*plan);
    EXPECT_EQ(projects.rows.size(), 3);
    EXPECT_EQ(projects.rows.first().at(3), u"4.5亿元"_s);
    EXPECT_EQ(projects.rows.first().at(4), u"2024—2026年"_s);

    ReportOptions options;
    options.annexTargets = options.annexTasks = options.annexProjects = true;
    QStringList warnings;
    const QStringList texts = paragraphTexts(buildPlanReport(*plan, options, &warnings));
    EXPECT_TRUE(warnings.isEmpty());
    EXPECT_TRUE(texts.contains(u"附件1"_s));
    EXPECT_TRUE(texts.contains(u"附件3"_s));

    plan->projects.clear();
    warnings.clear();
    const QStringList without = paragraphTexts(buildPlanReport(*plan, options, &warnings));
    EXPECT_EQ(warnings.size(), 1);
    EXPECT_FALSE(without.contains(u"附件3"_s));
}

TEST(ReportContent, TargetsTheTextDoesNotStatePrintAsATableUnderIt)
{
    // An indicator table the import read: its rows are targets whose statement is not in the node's text.
    auto plan = pw::testing::syntheticPlan(3);
    Node *node = plan->root().child(0);
    plan->sourceText = u"到2025年，森林覆盖率达到40%。\n表1 主要指标\n碳排放总量（万吨）\n4658\n森林覆盖率（%）\n40\n"_s;
    node->content.text = u"到2025年，森林覆盖率达到40%。"_s;
    const auto indicator = [&](const QString &name, const QString &unit) {
        Indicator ind;
        ind.name = name;
        ind.unit = unit;
        plan->indicators.push_back(ind);
        return plan->indicators.back().id;
    };
    const QUuid forest = indicator(u"森林覆盖率"_s, u"%"_s);
    const QUuid carbon = indicator(u"碳排放总量"_s, u"万吨"_s);
    const auto target = [&](const QUuid &ind, double value, qint64 start, qint64 length) {
        Target t;
        t.indicatorId = ind;
        t.year = 2025;
        t.value = value;
        t.nodeId = node->id();
        t.span = { start, length };
        return t;
    };
    plan->targets = { target(forest, 40, 7, 10), target(carbon, 4658, 27, 14), target(forest, 40, 42, 11),
                      target(forest, 41, -1, 0) };
    const ReportDocument doc = buildPlanReport(*plan, {});
    const Table *table = nullptr;
    for (const Block &b : doc.blocks) {
        if (const auto *t = std::get_if<Table>(&b); t && !table)
            table = t;
    }
    ASSERT_TRUE(table); // stated in the table, in its order; neither the prose's target nor one without source
    ASSERT_EQ(table->rows.size(), 2);
    EXPECT_EQ(table->rows.at(0).at(1), u"碳排放总量"_s);
    EXPECT_EQ(table->rows.at(0).at(4), u"4658"_s);
    EXPECT_EQ(table->rows.at(1).at(1), u"森林覆盖率"_s);
    EXPECT_EQ(table->rows.at(1).at(4), u"40"_s);
    EXPECT_EQ(table->columns.size(), 6u);
}

TEST(ReportContent, MarkupStaysText)
{
    auto plan = pw::testing::syntheticPlan(2);
    plan->metadata.title = u"<img src=\"http://example.invalid/x.png\">方案"_s;
    const QStringList texts = paragraphTexts(buildPlanReport(*plan, {}));
    EXPECT_EQ(texts.first(), plan->metadata.title);
}

TEST(ReportFonts, FallsBackWithNotice)
{
    const ReportFonts none = ReportFonts::resolve({ u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s });
    EXPECT_EQ(none.family(FontRole::FangSong), u"Noto Serif CJK SC"_s);
    EXPECT_EQ(none.family(FontRole::HeiTi), u"Noto Sans CJK SC"_s);
    EXPECT_EQ(none.notices.size(), kFontRoleCount);
    const ReportFonts official
        = ReportFonts::resolve({ u"仿宋_GB2312"_s, u"KaiTi"_s, u"SimHei"_s, u"方正小标宋简体"_s, u"SimSun"_s });
    EXPECT_FALSE(official.usesFallback());
    EXPECT_EQ(official.family(FontRole::KaiTi), u"KaiTi"_s);
    EXPECT_EQ(official.family(FontRole::XiaoBiaoSong), u"方正小标宋简体"_s);
    const ReportFonts nothing = ReportFonts::resolve({});
    EXPECT_TRUE(nothing.family(FontRole::FangSong).isEmpty());
    EXPECT_EQ(nothing.notices.size(), kFontRoleCount);
}

TEST(ReportOptionsTest, JsonRoundTripAndHostileValues)
{
    ReportOptions o;
    o.notice = o.draft = o.annexTasks = true;
    o.departmentStyle = DepartmentStyle::Lines;
    o.recipients = u"各区县人民政府"_s;
    EXPECT_EQ(ReportOptions::fromJson(o.toJson()), o);
    const QJsonObject hostile = QJsonDocument::fromJson(
        R"({"notice": "yes", "departments": 7, "recipients": [1,2], "annexTasks": true})").object();
    const ReportOptions h = ReportOptions::fromJson(hostile);
    EXPECT_FALSE(h.notice);
    EXPECT_EQ(h.departmentStyle, DepartmentStyle::Parenthesis);
    EXPECT_TRUE(h.recipients.isEmpty());
    EXPECT_TRUE(h.annexTasks);
    QString error;
    ReportOptions a;
    EXPECT_TRUE(a.setAnnexes(u"targets,projects"_s, &error));
    EXPECT_TRUE(a.annexTargets && a.annexProjects && !a.annexTasks);
    EXPECT_FALSE(a.setAnnexes(u"targets,bogus"_s, &error));
    EXPECT_TRUE(error.contains(u"bogus"_s));
}

} // namespace

namespace {

TEST(ReportContent, YearColumnsAreBounded)
{
    auto plan = pw::testing::syntheticPlan(3);
    const QUuid indicator = plan->indicators.front().id;
    for (int y = 1900; y < 2400; ++y) {
        Target t;
        t.indicatorId = indicator;
        t.year = y;
        t.value = 1;
        plan->targets.push_back(t);
    }
    const Table t = targetsTable(*plan);
    EXPECT_EQ(t.columns.size(), 4 + 6 + 1);
    EXPECT_EQ(t.columns.at(4).header, u"1900年"_s);
    EXPECT_TRUE(std::any_of(t.columns.cbegin(), t.columns.cend(),
                            [](const TableColumn &c) { return c.header == u"2030年"_s; }));
}

} // namespace
