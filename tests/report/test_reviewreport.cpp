// The review report: built from a real comparison of two plans, rendered to PDF and read back.

#include "popplertools.h"
#include "seedplan.h"

#include "model/plan.h"
#include "report/reportchart.h"
#include "report/reportlayout.h"
#include "report/reviewreport.h"
#include "review/reviewengine.h"

#include <QDir>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

struct Pair
{
    std::unique_ptr<Plan> parent;
    std::unique_ptr<Plan> child;
    review::ReviewResult result;
    QList<review::Comment> comments;
};

Pair comparedPair()
{
    Pair p;
    p.parent = pw::testing::syntheticPlan(40);
    p.parent->metadata.title = u"示例省碳达峰实施方案"_s;
    // The parent's last chapter asks for things the child never mentions.
    Node *last = p.parent->root().child(p.parent->root().childCount() - 1);
    last->forEach([](Node *n) {
        if (n->content.kind == NodeKind::Task) {
            n->content.title = u"建设海上风电和氢能储运示范基地"_s;
            n->content.text = u"在沿海港区布局千万千瓦级海上风电基地，配套建设氢能制取、储运和加注设施。"_s;
        }
    });
    p.child = pw::testing::syntheticPlan(40);
    p.child->metadata.title = u"示例市碳达峰实施方案"_s;
    // The child leaves out its last chapter and loosens a target.
    Node &root = p.child->root();
    root.takeChild(root.childCount() - 1);
    p.child->targets.front().value = *p.child->targets.front().value - 3;
    p.result = review::comparePlans(*p.parent, *p.child);
    review::Comment open;
    open.anchor.kind = review::AnchorKind::Node;
    open.anchor.nodeId = root.child(0)->child(0)->child(0)->id();
    open.author = u"审查员甲"_s;
    open.time = QDateTime(QDate(2024, 3, 27), QTime(10, 0));
    open.text = u"请补充<b>量化</b>目标。"_s;
    review::Comment resolved = open;
    resolved.id = QUuid::createUuid();
    resolved.text = u"已处理的意见"_s;
    resolved.status = review::CommentStatus::Resolved;
    p.comments = { open, resolved };
    return p;
}

QStringList paragraphTexts(const report::ReportDocument &doc)
{
    QStringList out;
    for (const report::Block &b : doc.blocks) {
        if (const auto *p = std::get_if<report::Paragraph>(&b))
            out.append(p->text());
    }
    return out;
}

TEST(ReviewReport, ContentFollowsTheResult)
{
    const Pair p = comparedPair();
    ASSERT_GT(p.result.summary.parentTasks, 0);
    ASSERT_GT(p.result.summary.notCovered, 0);
    const report::ReportDocument doc = report::buildReviewReport(p.result, p.comments, *p.child);
    const QStringList texts = paragraphTexts(doc);
    EXPECT_EQ(texts.first(), u"《示例市碳达峰实施方案》衔接审查报告"_s);
    const QString summary = texts.filter(u"上级方案共列重点任务"_s).value(0);
    EXPECT_TRUE(summary.contains(u"共列重点任务%1项"_s.arg(p.result.summary.parentTasks)));
    EXPECT_TRUE(summary.contains(u"未覆盖%1项"_s.arg(p.result.summary.notCovered)));
    EXPECT_TRUE(texts.contains(u"附件1"_s));
    EXPECT_TRUE(texts.contains(u"附件2"_s));
    int charts = 0;
    int coverageRows = -1;
    bool overlay = false; // the parent's percentage targets next to the child's
    for (const report::Block &b : doc.blocks) {
        charts += std::holds_alternative<report::BarChart>(b) ? 1 : 0;
        if (const auto *c = std::get_if<report::BarChart>(&b); c && c->title.startsWith(u"上级与下级目标值对比"_s))
            overlay = c->series.size() == 2 && !c->categories.isEmpty();
        if (const auto *t = std::get_if<report::Table>(&b); t && t->columns.value(2).header == u"覆盖情况"_s)
            coverageRows = int(t->rows.size());
    }
    EXPECT_EQ(charts, 3);
    EXPECT_TRUE(overlay);
    EXPECT_EQ(coverageRows, p.result.coverage.size());
    // Only the open comment is listed, with its anchor resolved and its markup as text.
    EXPECT_TRUE(texts.filter(u"待处理"_s).size() >= 1);
    bool foundComment = false;
    for (const report::Block &b : doc.blocks) {
        if (const auto *t = std::get_if<report::Table>(&b); t && t->columns.value(2).header == u"意见"_s) {
            ASSERT_EQ(t->rows.size(), 1);
            EXPECT_EQ(t->rows.first().at(1), u"1.实施第1项重点任务"_s);
            EXPECT_EQ(t->rows.first().at(2), u"请补充<b>量化</b>目标。"_s);
            EXPECT_EQ(t->rows.first().at(4), u"2024年3月27日"_s);
            foundComment = true;
        }
    }
    EXPECT_TRUE(foundComment);

    // A mandatory task's note names its scope in Chinese, whatever the language the reason was computed in.
    review::ReviewResult english = p.result;
    english.coverage.first().mandatory = true;
    english.coverage.first().mandatoryScope = u"各县市区"_s;
    english.coverage.first().mandatoryReason = u"assigned to 各县市区"_s;
    for (const report::Block &b : report::buildReviewReport(english, p.comments, *p.child).blocks) {
        if (const auto *t = std::get_if<report::Table>(&b); t && t->columns.value(2).header == u"覆盖情况"_s) {
            EXPECT_TRUE(t->rows.first().last().endsWith(u"须落实（各县市区）"_s)) << qPrintable(t->rows.first().last());
        }
    }
}

TEST(ReviewReport, PdfHasChartsLandscapeAnnexesAndNumbers)
{
    if (!pw::testing::popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const Pair p = comparedPair();
    QDir().mkpath(QStringLiteral(REPORT_OUT_DIR));
    const QString pdf = QStringLiteral(REPORT_OUT_DIR) + u"/review-report.pdf"_s;
    QString error;
    ASSERT_TRUE(report::writeReviewReport(p.result, p.comments, *p.child, pdf, &error)) << qPrintable(error);
    const pw::testing::PdfInfo info = pw::testing::pdfInfo(pdf);
    ASSERT_GE(info.pages, 3);
    EXPECT_LT(info.pageSizes.first().width(), info.pageSizes.first().height());
    EXPECT_GT(info.pageSizes.last().width(), info.pageSizes.last().height());
    const QStringList pages = pw::testing::pdfText(pdf).split(u'\f');
    const QString all = QString(pages.join(QString())).remove(QRegularExpression(u"\\s"_s));
    EXPECT_TRUE(all.contains(u"上级方案各行动任务覆盖情况（项）"_s));
    EXPECT_TRUE(all.contains(u"目标指标比对结论（项）"_s));
    EXPECT_TRUE(all.contains(u"已覆盖"_s));
    EXPECT_TRUE(all.contains(u"请补充<b>量化</b>目标。"_s));
    EXPECT_FALSE(all.contains(u"已处理的意见"_s));
    for (int i = 0; i < info.pages; ++i)
        EXPECT_TRUE(QString(pages.at(i)).remove(QRegularExpression(u"\\s"_s)).contains(u"—%1—"_s.arg(i + 1)));
    // Charts are vector graphics: the chart page renders bars in colour.
    const QRectF ink = pw::testing::inkBoundsMm(pdf, 1, QRectF(28, 37, 156, 225));
    EXPECT_FALSE(ink.isEmpty());
    for (const QString &suffix : { u".docx"_s, u".odt"_s }) {
        const QString path = QStringLiteral(REPORT_OUT_DIR) + u"/review-report"_s + suffix;
        EXPECT_TRUE(report::writeReviewReport(p.result, p.comments, *p.child, path, &error)) << qPrintable(error);
    }
}

// The printed charts follow the on-screen rules: whole category labels (wrapped, not cut to a common prefix),
// and a value axis in round steps.
TEST(ReviewReport, ChartLabelsAreWholeAndTheAxisHasRoundSteps)
{
    EXPECT_EQ(report::roundTicks(28).step, 5);
    EXPECT_EQ(report::roundTicks(28).top, 35);
    EXPECT_EQ(report::roundTicks(4).step, 1);
    EXPECT_EQ(report::roundTicks(0).top, 1);

    const QFont font = report::layoutFont(report::ReportFonts::detected(), report::FontRole::FangSong, 10.5);
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(u"推进重点领域绿色"_s);
    const QString label = u"（一）推进重点领域绿色低碳转型，加快能源结构调整，推动产业升级"_s;
    const QStringList lines = report::wrapLabel(label, font, width);
    ASSERT_GE(lines.size(), 2);
    EXPECT_LE(lines.size(), 3);
    for (const QString &line : lines) {
        EXPECT_LE(metrics.horizontalAdvance(line), width * 1.01) << line.toStdString();
        EXPECT_FALSE(line.startsWith(u'，')) << line.toStdString();
    }
    EXPECT_TRUE(lines.last().endsWith(u'…'));
    EXPECT_EQ(report::wrapLabel(u"第二项"_s, font, width), QStringList { u"第二项"_s });

    if (!pw::testing::popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    report::BarChart chart;
    chart.title = u"上级方案各行动任务覆盖情况（项）"_s;
    chart.series.append({ u"已覆盖"_s, QColor(0x2e, 0x7d, 0x32), {} });
    chart.series.append({ u"未覆盖"_s, QColor(0xc6, 0x28, 0x28), {} });
    for (int r = 0; r < 10; ++r) {
        chart.categories.append(u"（%1）推进重点领域绿色低碳转型行动第%2项"_s.arg(r + 1).arg(QChar(u'甲' + r)));
        chart.series[0].values.append(r * 3);
        chart.series[1].values.append(1);
    }
    const QString pdf = QStringLiteral(REPORT_OUT_DIR) + u"/report-chart.pdf"_s;
    QDir().mkpath(QStringLiteral(REPORT_OUT_DIR));
    QString error;
    ASSERT_TRUE(report::writePdf({ u"chart"_s, false, { chart } }, report::ReportFonts::detected(), pdf, &error))
        << qPrintable(error);
    const QString text = pw::testing::pdfText(pdf, 1).remove(QRegularExpression(u"\\s"_s));
    EXPECT_FALSE(text.contains(u'…')) << text.toStdString();
    for (int r = 0; r < 10; ++r)
        EXPECT_TRUE(text.contains(u"第%1项"_s.arg(QChar(u'甲' + r)))) << r;
    QStringList words;
    for (const pw::testing::PdfWord &w : pw::testing::pdfWords(pdf))
        words.append(w.text);
    for (const QString &tick : { u"5"_s, u"20"_s, u"30"_s, u"35"_s })
        EXPECT_TRUE(words.contains(tick)) << tick.toStdString() << " in " << words.join(u' ').toStdString();
}

} // namespace
