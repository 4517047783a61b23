// DOCX and ODT: valid packages (zip + well-formed XML), styles, page setup, tables; LibreOffice opens them.

#include "popplertools.h"
#include "seedplan.h"

#include "io/ziparchive.h"
#include "report/officewriters.h"
#include "report/reportbuilder.h"
#include "report/reportexport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;
using namespace pw::report;

namespace {

ReportDocument sampleDocument(bool draft = false)
{
    auto plan = pw::testing::syntheticPlan(40);
    plan->root().child(0)->content.title = u"<img src=\"x.png\">标题&\x01控制字符"_s;
    ReportOptions o;
    o.notice = true;
    o.draft = draft;
    o.annexTargets = o.annexTasks = o.annexProjects = true;
    return buildPlanReport(*plan, o);
}

QMap<QString, QByteArray> unpack(const QByteArray &zip)
{
    QString error;
    const auto entries = readZip(zip, ZipLimits {}, &error);
    EXPECT_TRUE(entries) << qPrintable(error);
    QMap<QString, QByteArray> out;
    if (entries) {
        for (const ZipEntry &e : *entries)
            out.insert(e.name, e.data);
    }
    return out;
}

void expectWellFormed(const QMap<QString, QByteArray> &parts)
{
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(u".xml"_s) && !it.key().endsWith(u".rels"_s))
            continue;
        QXmlStreamReader xml(it.value());
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << qPrintable(it.key()) << ": " << qPrintable(xml.errorString());
    }
}

bool unzipTests(const QString &path)
{
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        return true;
    QProcess p;
    p.start(u"unzip"_s, { u"-tq"_s, path });
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

TEST(ReportDocx, WellFormedPackageWithStylesTablesAndPageSetup)
{
    const auto bytes = docxBytes(sampleDocument(), nullptr);
    ASSERT_TRUE(bytes);
    const auto parts = unpack(*bytes);
    for (const QString &name : { u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"word/document.xml"_s,
                                 u"word/styles.xml"_s, u"word/_rels/document.xml.rels"_s, u"word/footer1.xml"_s })
        EXPECT_TRUE(parts.contains(name)) << qPrintable(name);
    expectWellFormed(parts);
    const QByteArray doc = parts.value(u"word/document.xml"_s);
    EXPECT_TRUE(doc.contains(R"(w:top="2098" w:right="1474" w:bottom="1984" w:left="1588")"));
    EXPECT_TRUE(doc.contains(R"(w:orient="landscape")"));
    EXPECT_TRUE(doc.contains("<w:tblHeader/>"));
    EXPECT_TRUE(doc.contains("<w:cantSplit/>"));
    EXPECT_TRUE(doc.contains(R"(<w:pStyle w:val="Heading1"/>)"));
    EXPECT_TRUE(doc.contains(R"(<w:pStyle w:val="Title"/>)"));
    EXPECT_TRUE(doc.contains("&lt;img src=&quot;x.png&quot;&gt;标题&amp;控制字符"));
    const QByteArray styles = parts.value(u"word/styles.xml"_s);
    EXPECT_TRUE(styles.contains(R"(<w:outlineLvl w:val="0"/>)"));
    EXPECT_TRUE(styles.contains(R"(w:eastAsia="黑体")"));
    EXPECT_TRUE(parts.value(u"word/footer1.xml"_s).contains(" PAGE "));
    EXPECT_TRUE(parts.value(u"word/settings.xml"_s).contains("evenAndOddHeaders"));
}

TEST(ReportOdt, WellFormedPackageWithOutlineTablesAndMasters)
{
    const auto bytes = odtBytes(sampleDocument(), nullptr);
    ASSERT_TRUE(bytes);
    QString error;
    const auto entries = readZip(*bytes, ZipLimits {}, &error);
    ASSERT_TRUE(entries);
    EXPECT_EQ(entries->first().name, u"mimetype"_s);
    EXPECT_TRUE(entries->first().stored);
    const auto parts = unpack(*bytes);
    expectWellFormed(parts);
    const QByteArray content = parts.value(u"content.xml"_s);
    EXPECT_TRUE(content.contains(R"(text:outline-level="1")"));
    EXPECT_TRUE(content.contains("<table:table-header-rows>"));
    EXPECT_TRUE(content.contains(R"(style:master-page-name="Landscape")"));
    EXPECT_TRUE(content.contains(R"(fo:keep-together="always")"));
    EXPECT_TRUE(content.contains("&lt;img src=&quot;x.png&quot;&gt;标题&amp;控制字符"));
    const QByteArray styles = parts.value(u"styles.xml"_s);
    EXPECT_TRUE(styles.contains(R"(fo:margin-top="37mm")"));
    EXPECT_TRUE(styles.contains(R"(fo:margin-left="28mm")"));
    EXPECT_TRUE(styles.contains("<text:page-number"));
    EXPECT_TRUE(styles.contains("<style:footer-left>"));
    EXPECT_FALSE(parts.value(u"styles.xml"_s).isEmpty());
    const auto draft = odtBytes(sampleDocument(true), nullptr);
    ASSERT_TRUE(draft);
    EXPECT_FALSE(unpack(*draft).value(u"styles.xml"_s).contains("<style:footer-left>"));
}

TEST(ReportOffice, ExportBySuffixAndUnzip)
{
    QTemporaryDir dir;
    const ReportDocument doc = sampleDocument();
    QString error;
    for (const QString &name : { u"r.docx"_s, u"r.odt"_s, u"r.pdf"_s }) {
        const QString path = dir.filePath(name);
        ASSERT_TRUE(exportReport(doc, ReportFonts::detected(), path, &error)) << qPrintable(error);
        if (!name.endsWith(u".pdf"_s)) {
            EXPECT_TRUE(unzipTests(path)) << qPrintable(name);
        }
    }
    EXPECT_FALSE(exportReport(doc, ReportFonts::detected(), dir.filePath(u"r.rtf"_s), &error));
    EXPECT_TRUE(error.contains(u"r.rtf"_s));
}

// LibreOffice must open and convert both files; the result must carry the task titles and landscape pages.
TEST(ReportOffice, LibreOfficeConvertsToPdf)
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty() || !pw::testing::popplerAvailable())
        GTEST_SKIP() << "LibreOffice or poppler-utils not installed";
    QTemporaryDir dir;
    const ReportDocument doc = sampleDocument();
    QString error;
    for (const QString &name : { u"lo.docx"_s, u"lo.odt"_s }) {
        const QString path = dir.filePath(name);
        ASSERT_TRUE(exportReport(doc, ReportFonts::detected(), path, &error)) << qPrintable(error);
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(soffice, { u"-env:UserInstallation=file://"_s + dir.filePath(u"profile"_s), u"--headless"_s,
                           u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir.filePath(u"pdf-"_s + name), path });
        ASSERT_TRUE(p.waitForFinished(180000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
        const QString pdf = dir.filePath(u"pdf-"_s + name + u'/' + QString(name).replace(u'.', u"_"_s).section(u'_', 0, 0)
                                         + u".pdf"_s);
        const pw::testing::PdfInfo info = pw::testing::pdfInfo(pdf);
        EXPECT_GT(info.pages, 4) << qPrintable(name);
        int landscape = 0;
        for (const QSizeF &s : info.pageSizes)
            landscape += s.width() > s.height() ? 1 : 0;
        EXPECT_GT(landscape, 0) << qPrintable(name);
        EXPECT_NEAR(info.pageSizes.value(0).width(), 595.3, 1) << qPrintable(name);
        const QString text = pw::testing::pdfText(pdf).remove(QRegularExpression(u"\\s"_s));
        EXPECT_TRUE(text.contains(u"实施第1项重点任务"_s)) << qPrintable(name);
        EXPECT_TRUE(text.contains(u"附件2"_s)) << qPrintable(name);
    }
}

} // namespace
