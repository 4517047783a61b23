// The plan report as PDF, read back with poppler: page geometry, margins, fonts, order, numbering, annexes.

#include "popplertools.h"
#include "seedplan.h"

#include "import/importer.h"
#include "io/planfile.h"
#include "report/reportbuilder.h"
#include "report/reportlayout.h"

#include <QDir>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::report;
using namespace pw::testing;

namespace {

constexpr qreal kMm = 72.0 / 25.4;

QString outPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(REPORT_OUT_DIR));
    return QStringLiteral(REPORT_OUT_DIR) + u'/' + name;
}

QString seedPath(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR) + u"/seeds/"_s + name;
}

ReportOptions fullOptions()
{
    ReportOptions o;
    o.notice = true;
    o.annexTargets = o.annexTasks = o.annexProjects = true;
    return o;
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(u"—\\s*\\d+\\s*—"_s));
    s.remove(QRegularExpression(u"\\s+"_s));
    return s;
}

bool isPageNumber(const PdfWord &w)
{
    return w.text == u"—"_s || QRegularExpression(u"^\\d+$"_s).match(w.text).hasMatch();
}

/** True if @p page shows an annex table (its header row names 序号). */
bool pageTextHasTable(const QList<PdfWord> &words, int page)
{
    return std::any_of(words.cbegin(), words.cend(),
                       [page](const PdfWord &w) { return w.page == page && w.text == u"序号"_s; });
}

class SeedReport : public ::testing::TestWithParam<const char *>
{
};

/** Renders @p plan with every part and checks the PDF as read back by poppler. */
void checkPlanReport(const Plan *plan, const QString &pdfName)
{
    ASSERT_TRUE(plan);
    ASSERT_GT(plan->root().childCount(), 3);
    const ReportDocument doc = buildPlanReport(*plan, fullOptions());
    const QString pdf = outPath(pdfName);
    QString error;
    ASSERT_TRUE(writePdf(doc, ReportFonts::detected(), pdf, &error)) << qPrintable(error);
    // Kept for the CLI benchmark and screenshots.
    ASSERT_TRUE(savePlanFile(*plan, {}, QString(pdf).replace(u".pdf"_s, u".pwplan"_s), &error)) << qPrintable(error);

    const PdfInfo info = pdfInfo(pdf);
    const ReportLayout layout(doc, ReportFonts::detected());
    ASSERT_EQ(info.pages, layout.pageCount());
    ASSERT_EQ(info.pageSizes.size(), info.pages);
    ASSERT_GE(info.pages, 5);
    for (int i = 0; i < info.pages; ++i) {
        const QSizeF s = layout.isLandscape(i) ? QSizeF(297 * kMm, 210 * kMm) : QSizeF(210 * kMm, 297 * kMm);
        EXPECT_NEAR(info.pageSizes[i].width(), s.width(), 0.5) << "page " << i + 1;
        EXPECT_NEAR(info.pageSizes[i].height(), s.height(), 0.5) << "page " << i + 1;
    }

    const QList<PdfFont> fonts = pdfFonts(pdf);
    ASSERT_FALSE(fonts.isEmpty());
    for (const PdfFont &f : fonts)
        EXPECT_TRUE(f.embedded) << qPrintable(f.name);

    // Every body page: text starts at the 28 mm / 37 mm corner of the block and stays inside it.
    const QList<PdfWord> words = pdfWords(pdf);
    ASSERT_FALSE(words.isEmpty());
    int bodyPages = 0;
    for (int page = 2; page <= info.pages; ++page) {
        if (layout.isLandscape(page - 1))
            continue;
        qreal left = 1e9, top = 1e9, right = 0;
        for (const PdfWord &w : words) {
            if (w.page != page || isPageNumber(w))
                continue;
            left = std::min(left, w.box.left());
            top = std::min(top, w.box.top());
            right = std::max(right, w.box.right());
        }
        if (right == 0)
            continue;
        ++bodyPages;
        // Text pages start lines at the margin; table pages indent text by the cell padding.
        EXPECT_GE(left, 27 * kMm) << "page " << page;
        if (!pageTextHasTable(words, page)) {
            EXPECT_NEAR(left, 28 * kMm, 1 * kMm) << "page " << page;
        }
        Q_UNUSED(top); // poppler's box top depends on the font's ascent; measure the printed ink instead
        if (bodyPages <= 3) {
            const QRectF ink = inkBoundsMm(pdf, page, QRectF(0, 0, 210, 37 + 225 + 3));
            EXPECT_NEAR(ink.top(), 37, 1) << "page " << page;
            EXPECT_NEAR(ink.left(), 28, 1) << "page " << page;
            EXPECT_LE(ink.right(), 28 + 156 + 1) << "page " << page;
        }
        EXPECT_LE(right, (28 + 156 + 1) * kMm) << "page " << page;
    }
    EXPECT_GE(bodyPages, 3);

    // "— n —" on every page.
    const QStringList pageTexts = pdfText(pdf).split(u'\f');
    ASSERT_GE(pageTexts.size(), info.pages);
    for (int page = 1; page <= info.pages; ++page) {
        const QString text = QString(pageTexts.at(page - 1)).remove(QRegularExpression(u"\\s"_s));
        EXPECT_TRUE(text.contains(u"—%1—"_s.arg(page))) << "page " << page;
    }

    // All outline titles, numbered, in order.
    const QString all = squeeze(pdfText(pdf));
    qsizetype at = all.indexOf(squeeze(plan->metadata.title));
    ASSERT_GE(at, 0);
    int titles = 0;
    plan->root().forEach([&](const Node *n) {
        if (n == &plan->root() || n->content.title.isEmpty())
            return;
        const QString needle = squeeze(nodeNumber(*n) + n->content.title);
        const qsizetype found = all.indexOf(needle, at);
        EXPECT_GE(found, 0) << qPrintable(needle);
        if (found >= 0)
            at = found + needle.size();
        ++titles;
    });
    EXPECT_GT(titles, 5);
}

TEST_P(SeedReport, GeometryFontsOrderAndNumbering)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const QString seed = QString::fromUtf8(GetParam());
    checkPlanReport(planFromSeedFile(seedPath(seed)).get(), QString(seed).replace(u".txt"_s, u".pdf"_s));
}

// The same checks on the importer's plans of every seed document.
class ImportedSeedReport : public ::testing::TestWithParam<const char *>
{
};

TEST_P(ImportedSeedReport, GeometryFontsOrderAndNumbering)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const QString seed = QString::fromUtf8(GetParam());
    import::ImportError error;
    const auto imported = import::importFile(seedPath(seed), &error);
    ASSERT_TRUE(imported) << qPrintable(error.message);
    checkPlanReport(imported->plan.get(), u"imported-"_s + QString(seed).replace(u".txt"_s, u".pdf"_s));
}

INSTANTIATE_TEST_SUITE_P(Seeds, ImportedSeedReport,
                         ::testing::Values("xiangtan-2023-carbon-peak.txt", "luzhou-2024-carbon-peak.txt",
                                           "shifeng-district-carbon-peak-draft.txt",
                                           "huzhou-2024-pollution-carbon-synergy.txt",
                                           "zhuzhou-2018-low-carbon-pilot.txt"));

INSTANTIATE_TEST_SUITE_P(Seeds, SeedReport,
                         // The seeds whose outline the test helper can recover from the flat text.
                         ::testing::Values("xiangtan-2023-carbon-peak.txt", "luzhou-2024-carbon-peak.txt",
                                           "zhuzhou-2018-low-carbon-pilot.txt"));

struct Rendered
{
    QString path;
    PdfInfo info;
    QStringList pages; ///< text per page, whitespace removed
};

Rendered render(const Plan &plan, const ReportOptions &options, const QString &name)
{
    Rendered r;
    r.path = outPath(name);
    QString error;
    EXPECT_TRUE(writePdf(buildPlanReport(plan, options), ReportFonts::detected(), r.path, &error)) << qPrintable(error);
    r.info = pdfInfo(r.path);
    for (const QString &page : pdfText(r.path).split(u'\f'))
        r.pages.append(squeeze(page));
    return r;
}

bool isLandscapeSize(const QSizeF &s)
{
    return s.width() > s.height();
}

TEST(ReportPdf, AnnexesOnNewPagesLandscapeWithRepeatedHeaders)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const auto plan = syntheticPlan(120);
    ReportOptions options;
    options.annexTargets = options.annexTasks = options.annexProjects = true;
    const Rendered r = render(*plan, options, u"annexes.pdf"_s);
    ASSERT_GT(r.info.pages, 10);
    int annex1 = -1, annex2 = -1, annex3 = -1;
    for (int i = 0; i < r.info.pages; ++i) {
        if (r.pages[i].startsWith(u"附件1"_s))
            annex1 = i;
        if (r.pages[i].startsWith(u"附件2"_s))
            annex2 = i;
        if (r.pages[i].startsWith(u"附件3"_s))
            annex3 = i;
    }
    ASSERT_GT(annex1, 0);
    ASSERT_GT(annex2, annex1);
    ASSERT_GT(annex3, annex2 + 1) << "120 tasks need more than one page";
    EXPECT_FALSE(isLandscapeSize(r.info.pageSizes[annex1])) << "7 columns fit the portrait block";
    for (int i = annex2; i < r.info.pages; ++i) {
        EXPECT_TRUE(isLandscapeSize(r.info.pageSizes[i])) << "page " << i + 1;
        const QStringList header = i < annex3 ? QStringList { u"序号"_s, u"重点任务"_s, u"牵头单位"_s, u"责任单位"_s, u"完成时限"_s }
                                              : QStringList { u"项目名称"_s, u"建设规模"_s, u"总投资"_s, u"建设年限"_s };
        for (const QString &h : header)
            EXPECT_TRUE(r.pages[i].contains(h)) << "page " << i + 1 << " " << qPrintable(h);
    }
    // Rows are not split: each task is named whole on exactly one annex page.
    for (int t = 1; t <= 120; t += 7) {
        const QString cell = u"实施第%1项重点任务"_s.arg((t - 1) / 12 * 1000 + (t - 1) % 12 + 1);
        int pages = 0;
        for (int i = annex2; i < annex3; ++i)
            pages += r.pages[i].contains(cell) ? 1 : 0;
        EXPECT_EQ(pages, 1) << qPrintable(cell);
    }
}

TEST(ReportPdf, BodyGridIs22LinesOf28Characters)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const auto plan = syntheticPlan(40);
    const Rendered r = render(*plan, {}, u"grid.pdf"_s);
    const QList<PdfWord> words = pdfWords(r.path);
    // Page 3 is all body text: group words into lines by their vertical position.
    QMap<int, QString> lines;
    for (const PdfWord &w : words) {
        if (w.page == 3 && !isPageNumber(w))
            lines[qRound(w.box.bottom())] += w.text;
    }
    EXPECT_EQ(lines.size(), 22);
    int longest = 0;
    for (const QString &line : std::as_const(lines)) {
        if (!line.contains(QRegularExpression(u"[\\x{0000}-\\x{00ff}]"_s)))
            longest = std::max(longest, int(line.size()));
    }
    EXPECT_EQ(longest, 28);
    const QList<int> ys = lines.keys();
    ASSERT_GE(ys.size(), 2);
    EXPECT_NEAR((ys.back() - ys.front()) / qreal(ys.size() - 1), 225 * kMm / 22, 0.6);
}

TEST(ReportPdf, PageCountStableAndNumbersOuterOrCentred)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const auto plan = syntheticPlan(30);
    const Rendered a = render(*plan, {}, u"stable-a.pdf"_s);
    const Rendered b = render(*plan, {}, u"stable-b.pdf"_s);
    EXPECT_EQ(a.info.pages, b.info.pages);
    EXPECT_EQ(a.pages, b.pages);
    auto numberCentre = [](const QString &pdf, int page) {
        qreal left = 1e9, right = 0;
        for (const PdfWord &w : pdfWords(pdf)) {
            if (w.page == page && w.box.top() > (37 + 225) * kMm) {
                left = std::min(left, w.box.left());
                right = std::max(right, w.box.right());
            }
        }
        return (left + right) / 2 / kMm;
    };
    EXPECT_GT(numberCentre(a.path, 1), 150); // odd: right, one character in from the block edge
    EXPECT_LT(numberCentre(a.path, 2), 60);  // even: left
    ReportOptions draft;
    draft.draft = true;
    const Rendered d = render(*plan, draft, u"draft.pdf"_s);
    EXPECT_NEAR(numberCentre(d.path, 1), 28 + 156 / 2.0, 1);
    EXPECT_NEAR(numberCentre(d.path, 2), 28 + 156 / 2.0, 1);
    EXPECT_TRUE(d.pages.first().contains(u"（征求意见稿）"_s));
}

TEST(ReportPdf, NoticeIsPageOneAndPlanStartsOnPageTwo)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const auto plan = syntheticPlan(10);
    ReportOptions options;
    options.notice = true;
    const Rendered r = render(*plan, options, u"notice.pdf"_s);
    ASSERT_GE(r.info.pages, 2);
    EXPECT_TRUE(r.pages[0].contains(u"示政发〔2024〕3号"_s));
    EXPECT_TRUE(r.pages[0].contains(u"现将《示例市碳达峰实施方案》印发给你们"_s));
    EXPECT_TRUE(r.pages[0].contains(u"2024年1月19日（此件主动公开）"_s));
    EXPECT_TRUE(r.pages[1].startsWith(u"示例市碳达峰实施方案"_s));
}

TEST(ReportPdf, MarkupInTitlesPrintsLiterally)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    auto plan = syntheticPlan(3);
    plan->metadata.title = u"<img src=\"file:///etc/passwd\">方案"_s;
    plan->root().child(0)->content.title = u"<b>不加粗</b>&amp;"_s;
    const Rendered r = render(*plan, {}, u"markup.pdf"_s);
    const QString all = r.pages.join(QString());
    EXPECT_TRUE(all.contains(u"<imgsrc=\"file:///etc/passwd\">方案"_s));
    EXPECT_TRUE(all.contains(u"一、<b>不加粗</b>&amp;"_s));
}

TEST(ReportPdf, TextLayerGivesTheCharactersPrinted)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    // CJK fonts draw these with a glyph they share with another code point (戶, U+2329 〈, the radical ⽂);
    // the text layer must give the printed ones, or a re-import reads other department names.
    const QString printed = u"市政府办公室〈金融口〉、农业科技入户率、文化"_s;
    auto plan = syntheticPlan(3);
    plan->root().child(0)->content.text = printed;
    const Rendered r = render(*plan, {}, u"textlayer.pdf"_s);
    EXPECT_TRUE(r.pages.join(QString()).contains(printed)) << qPrintable(r.pages.join(QString()));
}

} // namespace
