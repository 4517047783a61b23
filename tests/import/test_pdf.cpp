// PDF import (issue 11): the seeds printed by Planwright's own report and by LibreOffice
// (tests/data/pdf/seeds) score as their text does; furniture is removed; every line keeps its page; hostile
// PDFs (encrypted, damaged, truncated, image-only, 100,000 pages, deeply nested) give one line within the
// limits.

#include "goldscore.h"
#include "pdfbytes.h"

#include "document/document.h"
#include "editor/nodeeditor.h"
#include "import/importer.h"
#include "import/pdfreader.h"
#include "io/planjson.h"
#include "model/plan.h"
#include "report/reportbuilder.h"
#include "report/reportexport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace pw;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(TEST_DATA_DIR);

QJsonObject goldOf(const QString &seed)
{
    QFile f(kData + u"/gold/"_s + seed + u".json"_s);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

import::ImportResult importOrFail(const QString &path){ import::ImportError error;
auto result = import::importFile(path, &error);
EXPECT_TRUE(result) << qPrintable(path) << ": " << qPrintable(error.message);
return result ? std::move(*result) : import::ImportResult {};
} // namespace

/** Prints the PDF's figures next to the reference's (the same document as text or .docx). */
void printScores(const QString &what, const test::SeedScore &pdf, const test::SeedScore &reference)
{
    std::printf("%-52s nodes F1 %.3f (ref %.3f)  departments F1 %.3f (ref %.3f)  targets R %.3f P %.3f (ref "
                "%.3f/%.3f)\n",
        qUtf8Printable(what), pdf.nodes.f1(), reference.nodes.f1(), pdf.departments.f1(),
        reference.departments.f1(), pdf.targets.recall(), pdf.targets.precision(), reference.targets.recall(),
        reference.targets.precision());
    const std::pair<const char *, const test::Score *> scores[]
        = { { "node", &pdf.nodes }, { "department", &pdf.departments }, { "target", &pdf.targets } };
    for (const auto &[name, score] : scores) {
        for (const QString &m : score->missed)
            std::printf("    %s missed:   %s\n", name, qUtf8Printable(m));
        for (const QString &m : score->spurious)
            std::printf("    %s spurious: %s\n", name, qUtf8Printable(m));
    }
}

void expectLayoutCoversSpans(const Plan &plan, int pages)
{
    ASSERT_FALSE(plan.sourceLayout.empty());
    int maxPage = 0;
    int located = 0;
    plan.root().forEach([&](const Node *n) {
        if (!n->content.span.isValid())
            return;
        const SourceLocation at = sourceLocation(plan.sourceLayout, n->content.span);
        EXPECT_GE(at.page, 1) << qPrintable(n->content.title);
        EXPECT_LE(at.page, pages);
        EXPECT_FALSE(at.rect.isEmpty()) << qPrintable(n->content.title);
        maxPage = std::max(maxPage, at.page);
        ++located;
    });
    EXPECT_GT(located, 0);
    if (located > 10) {
        EXPECT_GT(maxPage, pages / 2); // spans reach the later pages, not all page 1
    }
}

/** What the PDF reader reads from @p pages laid out as given; a refusal fails the test with its message. */
std::optional<import::PdfText> readLaidOut(const QList<QList<pdftest::TextLine>> &pages)
{
    QString error;
    auto text = import::pdfText(pdftest::textPdf(pages), &error);
    EXPECT_TRUE(text) << qPrintable(error);
    return text;
}

class SeedPdf : public ::testing::TestWithParam<const char *>
{
};

/** A seed's PDF scores 1.00 as its text does: node F1, department F1, target recall and precision. */
void expectAllFound(const test::SeedScore &s)
{
    constexpr double kAll = 0.999;
    EXPECT_GE(s.nodes.f1(), kAll);
    EXPECT_GE(s.departments.f1(), kAll);
    EXPECT_GE(s.targets.recall(), kAll);
    EXPECT_GE(s.targets.precision(), kAll);
}

} // namespace

TEST_P(SeedPdf, PrintedByPlanwrightScoresAsItsText)
{
    const QString seed = QString::fromUtf8(GetParam());
    const import::ImportResult text = importOrFail(kData + u"/seeds/"_s + seed + u".txt"_s);
    ASSERT_TRUE(text.plan);
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(seed + u".pdf"_s);
    QString error;
    report::ReportOptions options; // the plan with its 主要指标表, as issued
    options.annexTargets = true;
    ASSERT_TRUE(report::exportReport(
        report::buildPlanReport(*text.plan, options), report::ReportFonts::detected(), pdfPath, &error))
        << qPrintable(error);

    const import::ImportResult pdf = importOrFail(pdfPath);
    ASSERT_TRUE(pdf.plan);
    EXPECT_EQ(pdf.report.format, u"pdf"_s);
    EXPECT_FALSE(pdf.plan->sourceText.contains(u"— 2 —"_s)); // page numbers are furniture
    const QJsonObject gold = goldOf(seed);
    const test::SeedScore s = test::scoreAgainstGold(*pdf.plan, gold);
    printScores(seed + u" (report PDF)"_s, s, test::scoreAgainstGold(*text.plan, gold));
    // The printed plan is the plan: its text, its indicator tables (zhuzhou's) and department names
    // (huzhou's 〈金融口〉) all come back.
    expectAllFound(s);
    expectLayoutCoversSpans(*pdf.plan, pdf.plan->sourceLayout.back().page);
}

TEST_P(SeedPdf, PrintedByLibreOfficeScoresAsItsDocx)
{
    const QString seed = QString::fromUtf8(GetParam());
    const import::ImportResult docx = importOrFail(kData + u"/docx/seeds/"_s + seed + u".docx"_s);
    const import::ImportResult pdf = importOrFail(kData + u"/pdf/seeds/"_s + seed + u".pdf"_s);
    ASSERT_TRUE(docx.plan && pdf.plan);
    EXPECT_EQ(pdf.report.format, u"pdf"_s);
    const QJsonObject gold = goldOf(seed);
    const test::SeedScore s = test::scoreAgainstGold(*pdf.plan, gold);
    printScores(seed + u" (LibreOffice PDF)"_s, s, test::scoreAgainstGold(*docx.plan, gold));
    // Every seed scores as its .docx, although huzhou and xiangtan reach LibreOffice as a few page-long
    // paragraphs, luzhou with paragraphs neither indented nor spaced, shifeng with its Word bookmarks printed
    // as text and zhuzhou with a table cell alone at the top of a page.
    expectAllFound(s);
    expectLayoutCoversSpans(*pdf.plan, pdf.plan->sourceLayout.back().page);
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedPdf, ::testing::ValuesIn(test::kSeedNames),
    [](const ::testing::TestParamInfo<const char *> &param) { return test::seedTestName(param.param); });

TEST(PdfImport, RemovesRunningHeadersFootersPageNumbersAndRules)
{
    QList<QList<pdftest::TextLine>> pages;
    for (int p = 1; p <= 4; ++p) {
        pages.append(
            { { 72, 40, u"湘潭市人民政府公报 2023年第%1期"_s.arg(p) }, { 72, 60, u"━━━━━━━━━━━━━━"_s },
                { 90, 200,
                    QStringList {
                        u"推进能源转型"_s, u"发展绿色交通"_s, u"提升建筑能效"_s, u"加强碳汇建设"_s }[p - 1] },
                { 72, 220, u"第%1页的第二行正文"_s.arg(QChar(u"一二三四"[p - 1])) },
                { 280, 800, p % 2 ? u"— %1 —"_s.arg(p) : u"-%1-"_s.arg(p) } });
    }
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->pages, 4);
    EXPECT_FALSE(text->text.contains(u"公报"_s)) << qPrintable(text->text);
    EXPECT_FALSE(text->text.contains(u'━'));
    EXPECT_FALSE(text->text.contains(u'—'));
    EXPECT_FALSE(text->text.contains(u"-3-"_s));
    EXPECT_TRUE(text->text.contains(u"提升建筑能效\n第三页的第二行正文"_s)) << qPrintable(text->text);
    EXPECT_EQ(text->removedFurniture, 12);
    // Each kept line has its page, in text order; the indented first line starts with ideographic spaces.
    ASSERT_EQ(text->layout.size(), 8u);
    EXPECT_EQ(text->layout[4].page, 3);
    EXPECT_EQ(text->text.mid(text->layout[4].start, 1), u"\u3000"_s);
    EXPECT_NEAR(text->layout[4].rect.bottom(), 200, 6);
}

TEST(PdfImport, BareNumberAtAPageEdgeIsAPageNumberOnlyWhereThePagesCountOn)
{
    // Page 2 starts with a table cell that the page break left at its top edge; the bare numbers at the
    // bottom count on with the pages.
    QList<QList<pdftest::TextLine>> pages;
    for (int p = 1; p <= 3; ++p) {
        QList<pdftest::TextLine> page;
        if (p == 2)
            page.append({ 72, 60, u"40"_s });
        page.append({ { 90, 200, u"第%1页的正文"_s.arg(p) }, { 290, 800, QString::number(p + 4) } });
        pages.append(page);
    }
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->text.contains(u"40"_s)) << qPrintable(text->text);
    EXPECT_FALSE(text->text.contains(u'6')) << qPrintable(text->text);
    EXPECT_EQ(text->removedFurniture, 3);
}

TEST(PdfImport, ANumberAtAPageEdgeIsAPageNumberOnlyInStepWithThePages)
{
    // A table's cell carried over to the top of page 2 (40) is no page number: the page numbers at the
    // bottom run with the pages, it does not.
    QList<QList<pdftest::TextLine>> pages;
    for (int p = 1; p <= 3; ++p) {
        pages.append({ { 72, 60, p == 2 ? u"40"_s : u"第三产业增加值比重"_s }, { 72, 200, u"正文第%1页"_s.arg(p) },
            { 280, 800, u"%1"_s.arg(p) } });
    }
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->text.contains(u"正文第1页\n40\n正文第2页"_s)) << qPrintable(text->text);
    EXPECT_EQ(text->removedFurniture, 3) << qPrintable(text->text);
}

TEST(PdfImport, KeepsColumnGapsSoLaidOutTablesAreRead)
{
    const QList<QList<pdftest::TextLine>> pages { {
        { 72, 100, u"主要指标表"_s },
        { 72, 130, u"序号"_s },
        { 130, 130, u"指标"_s },
        { 330, 130, u"2020年"_s },
        { 420, 130, u"2025年"_s },
        { 72, 150, u"1"_s },
        { 130, 150, u"非化石能源消费比重（%）"_s },
        { 330, 150, u"15"_s },
        { 420, 150, u"22"_s },
        { 72, 170, u"2"_s },
        { 130, 170, u"森林覆盖率（%）"_s },
        { 330, 170, u"60"_s },
        { 420, 170, u"62"_s },
    } };
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    const QStringList lines = text->text.split(u'\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[1], u"序号\t指标\t2020年\t2025年"_s);
    EXPECT_EQ(lines[2], u"1\t非化石能源消费比重（%）\t15\t22"_s);
    EXPECT_EQ(text->tableRows, 3);
}

TEST(PdfImport, RebuildsTableRowsWhoseCellsWrapOverSeveralLines)
{
    // An indicator table as GB/T 9704 annexes print it: cells centred vertically in their row, the indicator
    // name wrapped within its column, the base value over its year, an empty column; prose follows.
    const QList<QList<pdftest::TextLine>> pages { {
        { 72, 80, u"到2025年，全市森林覆盖率达到46.4%以上，单位地区生产总值能耗下降14.5%以上。"_s },
        { 72, 120, u"附件1"_s },
        { 72, 150, u"序号"_s },
        { 130, 150, u"指标"_s },
        { 300, 150, u"基期值"_s },
        { 400, 150, u"2025年"_s },
        { 480, 150, u"属性"_s },
        { 130, 176, u"单位地区生产总值能耗"_s },
        { 76, 183, u"1"_s },
        { 300, 183, u"不低于14"_s },
        { 400, 183, u"不低于14.5"_s },
        { 130, 190, u"下降率（%）"_s },
        { 76, 220, u"2"_s },
        { 130, 220, u"森林覆盖率（%）"_s },
        { 300, 213, u"45.1"_s },
        { 300, 227, u"（2020年）"_s },
        { 400, 220, u"46.4以上"_s },
    } };
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    const QStringList lines = text->text.split(u'\n');
    ASSERT_EQ(lines.size(), 5) << qPrintable(text->text);
    EXPECT_EQ(lines[2], u"序号\t指标\t基期值\t2025年\t属性"_s);
    EXPECT_EQ(lines[3], u"1\t单位地区生产总值能耗下降率（%）\t不低于14\t不低于14.5\t-"_s);
    EXPECT_EQ(lines[4], u"2\t森林覆盖率（%）\t45.1（2020年）\t46.4以上\t-"_s);
    ASSERT_EQ(text->layout.size(), 5u);
    EXPECT_NEAR(text->layout[4].rect.top(), 202, 6); // the row's box spans its tallest cell

    // Imported, the annexed table restates the prose's targets: each is imported once, with its bound.
    import::ImportError importError;
    const auto result = import::importBytes(pdftest::textPdf(pages), u"annex.pdf"_s, &importError);
    ASSERT_TRUE(result) << qPrintable(importError.message);
    ASSERT_EQ(result->plan->targets.size(), 2u);
    for (const Target &t : result->plan->targets)
        EXPECT_EQ(t.comparator, Comparator::AtLeast);
}

TEST(PdfImport, ASentenceEndingAtTheMarginGoesOnWhenParagraphsAreIndented)
{
    // Paragraphs indented by two characters (GB/T 9704): a full line ending a sentence continues in a next
    // line that is not indented.
    const QString full = u"推进绿色低碳"_s.repeated(4) + u"发展。"_s; // 27 characters: reaches the margin
    const QList<QList<pdftest::TextLine>> pages { {
        { 96, 100, u"加快"_s + u"推进绿色低碳"_s.repeated(4) },
        { 72, 114, full },
        { 72, 128, u"能耗持续下降。"_s },
        { 96, 142, u"构建"_s + u"清洁低碳安全"_s.repeated(4) },
        { 72, 156, u"高效的能源体系。"_s },
    } };
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->text.contains(full + u"能耗持续下降。\n"_s)) << qPrintable(text->text);
    EXPECT_EQ(text->text.count(u'\n'), 1) << qPrintable(text->text);
}

TEST(PdfImport, ASentenceEndingAtTheMarginGoesOnByTheOddsWhenParagraphsAreNotSetApart)
{
    // Paragraphs neither indented nor spaced: a full line ending a sentence goes on when the document's
    // sentences end inside its lines more often than its paragraphs visibly end before prose; not into a
    // dash item or a short line without punctuation (a signature).
    const QString sentences = u"推进绿色低碳发展。"_s.repeated(3); // 27 characters: reaches the margin
    const QList<QList<pdftest::TextLine>> runOn { {
        { 72, 100, u"一、总体要求"_s },
        { 72, 114, sentences },
        { 72, 128, u"能耗持续下降。"_s },
        { 72, 142, sentences },
        { 72, 156, u"——坚持节约优先，安全降碳。"_s },
        { 72, 170, sentences },
        { 72, 184, u"泸州市人民政府"_s },
    } };
    auto text = readLaidOut(runOn);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->text,
        u"一、总体要求\n"_s + sentences + u"能耗持续下降。\n"_s + sentences + u"\n——坚持节约优先，安全降碳。\n"_s
            + sentences + u"\n泸州市人民政府"_s);

    // One sentence a paragraph: a sentence ending at the margin more likely ends its paragraph.
    const QString unbroken = u"推进绿色低碳发展构建清洁低碳安全高效能源体系加快"_s; // 24 characters
    const QList<QList<pdftest::TextLine>> oneSentenceEach { {
        { 72, 100, unbroken + u"能源转"_s },
        { 72, 114, u"型。"_s },
        { 72, 128, unbroken + u"建筑节"_s },
        { 72, 142, u"能。"_s },
        { 72, 156, unbroken + u"推进。"_s },
        { 72, 170, u"能耗持续下降。"_s },
        { 72, 184, u"提升建筑能效水平。"_s },
    } };
    text = readLaidOut(oneSentenceEach);
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->text.contains(unbroken + u"推进。\n能耗持续下降。\n"_s)) << qPrintable(text->text);
}

TEST(PdfImport, AHeadingWrappedInRunTogetherTextIsSplitFromIt)
{
    // Paragraphs pasted together, printed with a space where each ended: the heading 二、主要目标 wraps over
    // two printed lines and is still split from the text before and after it.
    const QString before = u"率先开展近零碳低碳等试点示范形成可复制的典型案例。"_s; // 25 characters
    const QList<QList<pdftest::TextLine>> pages { {
        { 72, 100, before },
        { 72 + 25 * 12 + 6, 100, u"二、主要"_s },
        { 72, 114, u"目标"_s },
        { 72 + 2 * 12 + 6, 114, u"“十四五”期间，全市产业结构优化。"_s },
    } };
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->text, before + u"\n二、主要目标\n“十四五”期间，全市产业结构优化。"_s);
}

TEST(PdfImport, JoinsJustifiedLinesAndDropsTypographicSpacing)
{
    // A justified paragraph: the lines reach the right edge except the first, which stops short because the
    // next word (a year) would not have fitted; spacing between Chinese and digits is not a space.
    // Paragraph spacing sets the next paragraph apart, although it is not indented.
    const QList<QList<pdftest::TextLine>> pages { {
        { 72, 100, u"加快推进绿色低碳发展，推动经济社会全面绿色转型，到"_s },
        { 72, 114, u"2025年，全市森林覆盖率达到46.4%以上，单位地区生产总值"_s },
        { 72, 128, u"能耗持续下降。"_s },
        { 72, 160, u"湘潭市碳达峰实施方案主要指标与重点任务分工说明附表"_s },
        { 72, 190, u"推进能源结构调整，非化石能源消费比重稳步提高，构建清洁"_s },
        { 72, 204, u"低碳安全高效的能源体系。"_s },
        { 72, 240, u"到"_s }, // the year set 2 points apart, as typesetters space digits from Chinese
        { 86, 240, u"2030年，碳排放达峰。"_s },
    } };
    const auto text = readLaidOut(pages);
    ASSERT_TRUE(text);
    EXPECT_TRUE(text->text.contains(u"到2025年，全市森林覆盖率达到46.4%以上，单位地区生产总值能耗持续下降。"_s))
        << qPrintable(text->text);
    EXPECT_TRUE(text->text.contains(u"附表\n推进能源结构调整"_s)) << qPrintable(text->text);
    EXPECT_TRUE(text->text.endsWith(u"\n到2030年，碳排放达峰。"_s)) << qPrintable(text->text);
}

TEST(PdfImport, LayoutSurvivesSaveAndLoad)
{
    const import::ImportResult pdf = importOrFail(kData + u"/pdf/seeds/xiangtan-2023-carbon-peak.pdf"_s);
    ASSERT_TRUE(pdf.plan);
    const QByteArray json = writePlanJson(*pdf.plan);
    QString error;
    const auto loaded = readPlanJson(json, 1, &error);
    ASSERT_TRUE(loaded) << qPrintable(error);
    ASSERT_EQ(loaded->sourceLayout.size(), pdf.plan->sourceLayout.size());
    EXPECT_EQ(loaded->sourceLayout.back().page, pdf.plan->sourceLayout.back().page);
    EXPECT_NEAR(loaded->sourceLayout.back().rect.top(), pdf.plan->sourceLayout.back().rect.top(), 0.05);
    EXPECT_EQ(writePlanJson(*loaded), json);

    // A hostile layout is refused with its path.
    QByteArray bad = json;
    bad.replace("\"layout\": [", "\"layout\": [[5, 0, 1, 1, 1, 1],");
    EXPECT_FALSE(readPlanJson(bad, 1, &error));
    EXPECT_TRUE(error.contains(u"source.layout[0]"_s)) << qPrintable(error);
}

TEST(PdfImport, DetailEditorShowsTheSourcePage)
{
    import::ImportResult pdf = importOrFail(kData + u"/pdf/seeds/xiangtan-2023-carbon-peak.pdf"_s);
    ASSERT_TRUE(pdf.plan);
    const Node *last = nullptr;
    pdf.plan->root().forEach([&](const Node *n) {
        if (n->content.span.isValid())
            last = n;
    });
    ASSERT_TRUE(last);
    const int page = sourceLocation(pdf.plan->sourceLayout, last->content.span).page;
    ASSERT_GT(page, 1);
    const QUuid id = last->id();
    Document document(std::move(pdf.plan));
    NodeEditor editor;
    editor.setDocument(&document);
    editor.setNode(document.plan().findNode(id));
    const auto labels = editor.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(),
        [page](const QLabel *l) { return l->text() == NodeEditor::tr("Source (page %1)").arg(page); });
    EXPECT_TRUE(shown);
}

TEST(PdfImport, HostileFilesGiveOneLine)
{
    const QByteArray text = pdftest::textPdf({ { { 72, 100, u"Hello plan"_s } } });
    QFile encryptedFile(kData + u"/pdf/hostile/encrypted.pdf"_s);
    ASSERT_TRUE(encryptedFile.open(QIODevice::ReadOnly));
    const struct
    {
        const char *name;
        QByteArray bytes;
        QString expected;
    } cases[] = {
        { "encrypted", encryptedFile.readAll(), u"encrypted"_s },
        { "not a PDF", "plain words, no header", u"not a PDF"_s },
        { "header only", "%PDF-1.7\n", u"damaged"_s },
        { "truncated", text.left(text.indexOf("stream")), u"damaged"_s },
        { "image only", pdftest::imageOnlyPdf(), u"OCR it first"_s },
        { "100,000 pages", pdftest::manyPagesPdf(100000), u"100000 pages"_s },
        { "nested 200,000 deep", pdftest::deeplyNestedPdf(200000), {} },
    };
    for (const auto &c : cases) {
        QElapsedTimer timer;
        timer.start();
        import::ImportError error;
        const auto result = import::importBytes(c.bytes, u"hostile.pdf"_s, &error);
        EXPECT_LT(timer.elapsed(), 5000) << c.name;
        if (!c.expected.isEmpty()) {
            EXPECT_FALSE(result) << c.name;
            EXPECT_TRUE(error.message.contains(c.expected)) << c.name << ": " << qPrintable(error.message);
        }
        if (!result) {
            EXPECT_FALSE(error.message.isEmpty()) << c.name;
            EXPECT_FALSE(error.message.contains(u'\n')) << c.name;
        }
    }
    // Every truncation of a text PDF is read or refused in one line.
    for (qsizetype n = 0; n < text.size(); n += 23) {
        import::ImportError error;
        if (!import::importBytes(text.left(n), u"t.pdf"_s, &error)) {
            EXPECT_FALSE(error.message.isEmpty() || error.message.contains(u'\n')) << n;
        }
    }
}

TEST(PdfImport, LimitsAreEnforced)
{
    QFile file(kData + u"/pdf/seeds/luzhou-2024-carbon-peak.pdf"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QString error;
    EXPECT_FALSE(import::pdfText(bytes, &error, { .maxPages = 3 }));
    EXPECT_TRUE(error.contains(u"at most 3"_s)) << qPrintable(error);
    EXPECT_FALSE(import::pdfText(bytes, &error, { .maxCharacters = 1000 }));
    EXPECT_TRUE(error.contains(u"longer than"_s)) << qPrintable(error);
    EXPECT_FALSE(import::pdfText(bytes, &error, { .maxMilliseconds = 0 }));
    EXPECT_TRUE(error.contains(u"took longer"_s)) << qPrintable(error);
}
