// Hostile and malformed input: every case gives a clear error or warnings, bounded memory, no crash.

#include "import/documentreaders.h"
#include "import/importer.h"
#include "import/textdecoder.h"
#include "io/ziparchive.h"
#include "model/plan.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::import;
using namespace Qt::StringLiterals;

namespace {

std::optional<ImportResult> importData(const QByteArray &bytes, const QString &name, ImportError *e)
{
    return importBytes(bytes, name, e);
}

QByteArray docx(const QByteArray &documentXml)
{
    QString error;
    const auto zip = writeZip({ { u"[Content_Types].xml"_s, "<Types/>", false },
                                { u"word/document.xml"_s, documentXml, false } },
                              &error);
    return zip.value_or(QByteArray());
}

} // namespace

TEST(BadInput, EmptyAndWhitespace)
{
    ImportError e;
    EXPECT_FALSE(importData({}, u"a.txt"_s, &e));
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_FALSE(importData("  \n\n\t \r\n", u"a.txt"_s, &e));
}

TEST(BadInput, BinaryAndNul)
{
    ImportError e;
    EXPECT_FALSE(importData(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"a.txt"_s, &e));
    EXPECT_GE(e.byteOffset, 0);
    EXPECT_FALSE(importData(QByteArray("一、总体要求\0", 19), u"a.txt"_s, &e));
    EXPECT_EQ(e.byteOffset, 18);
}

TEST(BadInput, VeryLongSingleLineIsBoundedAndImports)
{
    // 1 MB on one line with heading numbers mid-line: linear work, and the result is a real outline.
    QByteArray line;
    const QByteArray unit = u"一、总体要求 到2025年,比重达到 22%。 (一)指导思想。内容 内容。 1.任务。推进工作。(市发改委牵头,市工信局按职责分工负责) "_s.toUtf8();
    while (line.size() < (1 << 20))
        line += unit;
    ImportError e;
    const auto r = importData(line, u"long.txt"_s, &e);
    ASSERT_TRUE(r) << qPrintable(e.message);
    EXPECT_GT(r->plan->root().childCount(), 500);
    EXPECT_EQ(r->report.format, u"text"_s);
}

TEST(BadInput, MillionsOfLinesAreStreamed)
{
    // Only line breaks: no text. Then 1 MB of short printed lines, which the hard-wrap pass joins.
    ImportError e;
    EXPECT_FALSE(importData(QByteArray(8 << 20, '\n'), u"breaks.txt"_s, &e));
    QByteArray wrapped;
    const QByteArray line = u"推进能源绿色低碳转型加快发展新能源产业体系建设\n"_s.toUtf8();
    while (wrapped.size() < (1 << 20))
        wrapped += line;
    const auto r = importData(u"一、重点任务\n"_s.toUtf8() + wrapped, u"wrapped.txt"_s, &e);
    ASSERT_TRUE(r) << qPrintable(e.message);
    EXPECT_GT(r->report.joinedLines, 10000);
}

TEST(BadInput, TooLargeIsRefused)
{
    ImportError e;
    const QByteArray big(kMaxImportBytes + 1, 'a');
    EXPECT_FALSE(importData(big, u"big.txt"_s, &e));
}

TEST(BadInput, NoHeadingsGivesAFlatOutlineAndWarns)
{
    ImportError e;
    const auto r = importData(u"这是一段没有标题编号的文字。"_s.toUtf8(), u"a.txt"_s, &e);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->plan->root().childCount(), 1);
    EXPECT_EQ(r->plan->root().child(0)->content.text, u"这是一段没有标题编号的文字。"_s);
    EXPECT_FALSE(r->plan->sourceText.isEmpty());
    bool warned = false;
    for (const ImportIssue &i : r->report.issues)
        warned = warned || i.code == u"no-headings"_s;
    EXPECT_TRUE(warned);
}

TEST(BadInput, HtmlScriptsStylesAndNavigationAreDropped)
{
    const QByteArray html = "<html><head><title>x</title><script>var a='一、脚本';</script><style>p{}</style></head>"
                            "<body><nav>一、导航</nav><p>一、总体要求</p><p>（一）指导思想。内容&nbsp;&lt;正文&gt;</p>"
                            "<table><tr><td>指标</td><td>2025年</td></tr><tr><td>森林覆盖率(%)</td><td>45</td></tr></table>"
                            "<script>document.write('二、注入')</script><!-- 二、注释 --></body></html>";
    ImportError e;
    const auto r = importData(html, u"page.html"_s, &e);
    ASSERT_TRUE(r) << qPrintable(e.message);
    EXPECT_EQ(r->report.format, u"html"_s);
    ASSERT_EQ(r->plan->root().childCount(), 1);
    EXPECT_EQ(r->plan->root().child(0)->content.title, u"总体要求"_s);
    EXPECT_FALSE(r->plan->sourceText.contains(u"脚本"_s));
    EXPECT_FALSE(r->plan->sourceText.contains(u"注入"_s));
    EXPECT_TRUE(r->plan->sourceText.contains(u"<正文>"_s));
    ASSERT_EQ(r->plan->targets.size(), 1u);
    EXPECT_EQ(*r->plan->targets[0].value, 45);
}

TEST(BadInput, DocxParagraphsAndTables)
{
    const QByteArray xml = R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>一、重点任务</w:t></w:r></w:p>
<w:p><w:r><w:t>1.推进光伏。到2025年，装机达到</w:t></w:r><w:r><w:t>5万千瓦。（区发改局牵头）</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2020年</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2025年</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>森林覆盖率(%)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>40</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>42</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>)";
    ImportError e;
    const auto r = importData(docx(xml), u"plan.docx"_s, &e);
    ASSERT_TRUE(r) << qPrintable(e.message);
    EXPECT_EQ(r->report.format, u"docx"_s);
    const Node *task = r->plan->root().child(0)->child(0);
    EXPECT_EQ(task->content.title, u"推进光伏"_s);
    EXPECT_EQ(r->plan->departmentNames(task->content.lead), QStringList { u"区发展和改革局"_s });
    ASSERT_EQ(r->plan->targets.size(), 2u);
    EXPECT_EQ(r->plan->targets[1].baseYear, 2020);
    EXPECT_EQ(*r->plan->targets[1].baseValue, 40);
}

TEST(BadInput, DocxAutomaticNumberingBecomesHeadings)
{
    auto p = [](int level, const char *text) {
        return QByteArray("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"") + QByteArray::number(level)
            + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    };
    const QByteArray xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>" + p(0, "总体要求")
        + p(0, "重点任务") + p(1, "能源行动") + p(2, "发展光伏。（区发改局牵头）") + p(2, "节能改造。")
        + "</w:body></w:document>";
    ImportError e;
    const auto r = importData(docx(xml), u"numbered.docx"_s, &e);
    ASSERT_TRUE(r) << qPrintable(e.message);
    ASSERT_EQ(r->plan->root().childCount(), 2);
    const Node *action = r->plan->root().child(1)->child(0);
    EXPECT_EQ(action->content.title, u"能源行动"_s);
    ASSERT_EQ(action->childCount(), 2);
    EXPECT_EQ(action->child(0)->content.title, u"发展光伏"_s);
}

TEST(BadInput, DocxWithDtdIsRefused)
{
    const QByteArray xml = R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>)";
    ImportError e;
    EXPECT_FALSE(importData(docx(xml), u"bomb.docx"_s, &e));
    EXPECT_TRUE(e.message.contains(u"DTD"_s));
}

TEST(BadInput, DocxZipBombTraversalAndGarbage)
{
    ImportError e;
    // Highly compressible entry far above the ratio limit.
    QString error;
    const auto bomb = writeZip({ { u"word/document.xml"_s, QByteArray(40 << 20, ' '), false } }, &error);
    ASSERT_TRUE(bomb);
    EXPECT_FALSE(importData(*bomb, u"bomb.docx"_s, &e));
    EXPECT_FALSE(e.message.isEmpty());
    // Not a zip at all but named .docx; truncated zip; zip without document.xml.
    EXPECT_FALSE(importData("PK\x03\x04garbage", u"x.docx"_s, &e));
    EXPECT_FALSE(importData(bomb->left(100), u"x.docx"_s, &e));
    const auto empty = writeZip({ { u"readme.txt"_s, "x", false } }, &error);
    EXPECT_FALSE(importData(*empty, u"x.docx"_s, &e));
    EXPECT_TRUE(e.message.contains(u"document.xml"_s));
    // Traversal names are refused by the zip layer (writeZip itself refuses to create them).
    EXPECT_FALSE(unsafeEntryNameReason(u"../word/document.xml"_s, 255).isEmpty());
}

TEST(BadInput, MalformedDocxXml)
{
    ImportError e;
    EXPECT_FALSE(importData(docx("<w:document><w:body><w:p>"), u"x.docx"_s, &e));
    EXPECT_TRUE(e.message.contains(u"XML"_s));
}

TEST(BadInput, MalformedCorpus)
{
    // err-*: refused with a message; warn-*: imported with at least one issue; ok-*: imported.
    const QDir dir(QStringLiteral(TEST_DATA_DIR) + u"/malformed-import"_s);
    const QStringList files = dir.entryList({ u"err-*"_s, u"warn-*"_s, u"ok-*"_s }, QDir::Files);
    ASSERT_GT(files.size(), 20);
    for (const QString &name : files) {
        ImportError e;
        const auto r = importFile(dir.filePath(name), &e);
        if (name.startsWith(u"err-"_s)) {
            EXPECT_FALSE(r) << qPrintable(name);
            EXPECT_FALSE(e.message.isEmpty()) << qPrintable(name);
        } else {
            ASSERT_TRUE(r) << qPrintable(name) << ": " << qPrintable(e.message);
            if (name.startsWith(u"warn-"_s)) {
                EXPECT_FALSE(r->report.issues.isEmpty()) << qPrintable(name);
            }
        }
    }
}

TEST(BadInput, HugeSingleLineFileIsRefusedBeforeReading)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    QFile f(tmp.filePath(u"huge.txt"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(200ll << 20)); // sparse: 200 MB without a line break
    f.close();
    ImportError e;
    EXPECT_FALSE(importFile(f.fileName(), &e));
    EXPECT_TRUE(e.message.contains(u"MB"_s));
}
