// The plan report as PDF, read back with poppler: page geometry, margins, fonts, order, numbering, annexes.

#include "popplertools.h"
#include "seedplan.h"

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
    // CJK fonts draw "——" as one two-em-dash glyph, which a PDF reader extracts as U+2E3A.
    s.replace(QChar(0x2E3A), u"——"_s);
    return s;
}

bool isPageNumber(const PdfWord &w)
{
    return w.text == u"—"_s || QRegularExpression(u"^\\d+$"_s).match(w.text).hasMatch();
}

class SeedReport : public ::testing::TestWithParam<const char *>
{
};

TEST_P(SeedReport, GeometryFontsOrderAndNumbering)
{
    if (!popplerAvailable())
        GTEST_SKIP() << "poppler-utils not installed";
    const QString seed = QString::fromUtf8(GetParam());
    const auto plan = planFromSeedFile(seedPath(seed));
    ASSERT_TRUE(plan);
    ASSERT_GT(plan->root().childCount(), 3);
    const ReportDocument doc = buildPlanReport(*plan, fullOptions());
    const QString pdf = outPath(QString(seed).replace(u".txt"_s, u".pdf"_s));
    QString error;
    ASSERT_TRUE(writePdf(doc, ReportFonts::detected(), pdf, &error)) << qPrintable(error);

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
        EXPECT_NEAR(left, 28 * kMm, 1 * kMm) << "page " << page;
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

INSTANTIATE_TEST_SUITE_P(Seeds, SeedReport,
                         // The seeds whose outline the test helper can recover from the flat text.
                         ::testing::Values("xiangtan-2023-carbon-peak.txt", "luzhou-2024-carbon-peak.txt",
                                           "zhuzhou-2018-low-carbon-pilot.txt"));

} // namespace
