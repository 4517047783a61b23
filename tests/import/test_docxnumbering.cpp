// Word automatic numbering in .docx: labels replayed from numbering.xml and styles.xml.

#include "import/documentreaders.h"
#include "import/docxnumbering.h"
#include "import/importer.h"
#include "io/ziparchive.h"
#include "model/plan.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::import;
using namespace Qt::StringLiterals;

namespace {

QByteArray docx(
    const QByteArray &documentXml, const QByteArray &numberingXml, const QByteArray &stylesXml = {})
{
    QList<ZipEntry> entries { { u"[Content_Types].xml"_s, "<Types/>", false },
        { u"word/document.xml"_s, documentXml, false }, { u"word/numbering.xml"_s, numberingXml, false } };
    if (!stylesXml.isEmpty())
        entries.append({ u"word/styles.xml"_s, stylesXml, false });
    QString error;
    return writeZip(entries, &error).value_or(QByteArray());
}

QByteArray level(int ilvl, const char *format, const char *text, int start = 1)
{
    return "<w:lvl w:ilvl=\"" + QByteArray::number(ilvl) + "\"><w:start w:val=\"" + QByteArray::number(start)
        + "\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

QByteArray paragraph(const char *text, int numId = -1, int ilvl = 0, const char *style = nullptr)
{
    QByteArray ppr;
    if (style)
        ppr += "<w:pStyle w:val=\"" + QByteArray(style) + "\"/>";
    if (numId >= 0)
        ppr += "<w:numPr><w:ilvl w:val=\"" + QByteArray::number(ilvl) + "\"/><w:numId w:val=\""
            + QByteArray::number(numId) + "\"/></w:numPr>";
    return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

QByteArray document(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>" + body + "</w:body></w:document>";
}

QStringList lines(const QByteArray &docxBytes)
{
    QString error;
    const auto text = docxText(docxBytes, &error);
    EXPECT_TRUE(text) << qPrintable(error);
    return text.value_or(QString()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST(DocxNumbering, FormatsWordNumberFormats)
{
    EXPECT_EQ(formatListNumber(3, u"chineseCounting"_s), u"三"_s);
    EXPECT_EQ(formatListNumber(12, u"taiwaneseCountingThousand"_s), u"十二"_s);
    EXPECT_EQ(formatListNumber(2, u"decimalEnclosedCircle"_s), u"②"_s);
    EXPECT_EQ(formatListNumber(21, u"decimalEnclosedCircle"_s), u"21"_s);
    EXPECT_EQ(formatListNumber(7, u"decimalFullWidth"_s), u"７"_s);
    EXPECT_EQ(formatListNumber(28, u"lowerLetter"_s), u"ab"_s);
    EXPECT_EQ(formatListNumber(14, u"upperRoman"_s), u"XIV"_s);
    EXPECT_EQ(formatListNumber(5, u"somethingNew"_s), u"5"_s);
}

TEST(DocxNumbering, ReplaysCountersLevelsOverridesAndBullets)
{
    const QByteArray numbering = "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"7\">"
        + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）")
        + level(2, "decimal", "%3.") + level(3, "bullet", "•")
        + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
          "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/></w:num>"
          "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\">"
          "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num></w:numbering>";
    const QByteArray body = paragraph("总体要求", 1, 0) + paragraph("正文。") + paragraph("重点任务", 2, 0)
        + paragraph("能源行动", 2, 1) + paragraph("发展光伏。", 2, 2) + paragraph("要点", 2, 3)
        + paragraph("节能改造。", 2, 2) + paragraph("工业行动", 2, 1) + paragraph("产业优化。", 2, 2)
        + paragraph("三、已有编号", 2, 0) + paragraph("新的清单", 3, 0) + paragraph("不编号", 0, 0);
    EXPECT_EQ(lines(docx(document(body), numbering)),
        (QStringList { u"一、总体要求"_s, u"正文。"_s, u"二、重点任务"_s, u"（一）能源行动"_s,
            u"1.发展光伏。"_s, u"要点"_s, u"2.节能改造。"_s, u"（二）工业行动"_s, u"1.产业优化。"_s,
            u"三、已有编号"_s, u"一、新的清单"_s, u"不编号"_s }));
}

TEST(DocxNumbering, StyleNumberingAndUnreadableLabels)
{
    // Headings numbered through their paragraph style; a legal "1.1" label the outline cannot read as a
    // heading falls back to the GB/T number of its level.
    const QByteArray numbering = "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"0\">"
        + level(0, "decimal", "%1") + level(1, "decimal", "%1.%2")
        + "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    const QByteArray styles
        = "<w:styles xmlns:w=\"w\">"
          "<w:style w:styleId=\"H1\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr>"
          "</w:style><w:style w:styleId=\"H2\"><w:basedOn w:val=\"H1\"/><w:pPr><w:numPr>"
          "<w:ilvl w:val=\"1\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>"
          "<w:style w:styleId=\"Loop\"><w:basedOn w:val=\"Loop\"/></w:style></w:styles>";
    const QByteArray body = paragraph("总体要求", -1, 0, "H1") + paragraph("指导思想", -1, 0, "H2")
        + paragraph("正文", -1, 0, "Loop");
    EXPECT_EQ(lines(docx(document(body), numbering, styles)),
        (QStringList { u"一、总体要求"_s, u"（一）指导思想"_s, u"正文"_s }));
}

TEST(DocxNumbering, HostilePartsAreIgnored)
{
    const QByteArray body = paragraph("总体要求", 1, 0) + paragraph("重点任务", 1, 0);
    const QStringList fallback { u"一、总体要求"_s, u"二、重点任务"_s };
    EXPECT_EQ(lines(docx(document(body), "<w:numbering><w:abstractNum")), fallback);
    EXPECT_EQ(
        lines(docx(document(body), R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "x">]><w:numbering/>)")),
        fallback);
    const QByteArray wild = "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"0\">"
        + level(0, "decimal", "%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9%9", -5)
        + level(99, "decimal", "%1")
        + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/>"
          "<w:lvlOverride w:ilvl=\"-3\"><w:startOverride "
          "w:val=\"2147483647\"/></w:lvlOverride></w:num></w:numbering>";
    const QStringList out = lines(docx(document(body), wild));
    ASSERT_EQ(out.size(), 2);
    EXPECT_TRUE(out[0].endsWith(u"总体要求"_s));
}

TEST(DocxNumbering, RealLibreOfficeDocumentImportsItsHeadingTree)
{
    QFile f(QStringLiteral(TEST_DATA_DIR) + u"/docx/numbered-lists.docx"_s);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ImportError error;
    const auto r = importBytes(f.readAll(), u"numbered-lists.docx"_s, &error);
    ASSERT_TRUE(r) << qPrintable(error.message);
    const Node &root = r->plan->root();
    ASSERT_EQ(root.childCount(), 3);
    EXPECT_EQ(root.child(0)->content.title, u"总体要求"_s);
    EXPECT_EQ(root.child(2)->content.title, u"保障措施"_s);
    const Node *energy = root.child(1)->child(0);
    EXPECT_EQ(energy->content.title, u"能源绿色低碳转型行动"_s);
    ASSERT_EQ(energy->childCount(), 2);
    EXPECT_EQ(energy->child(0)->content.title, u"大力发展光伏"_s);
    EXPECT_EQ(r->plan->departmentNames(energy->child(0)->content.lead), QStringList { u"区发展和改革局"_s });
    EXPECT_EQ(root.child(1)->child(1)->content.title, u"工业领域碳达峰行动"_s);
    ASSERT_EQ(r->plan->targets.size(), 1u);
    EXPECT_EQ(r->plan->targets.front().value, 5);
}
