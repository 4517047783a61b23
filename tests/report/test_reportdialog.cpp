// The report dialog: options round trip, per-document memory, live preview pages, export.

#include "seedplan.h"

#include "document/document.h"
#include "report/reportbuilder.h"
#include "report/reportdialog.h"
#include "report/reportfonts.h"
#include "report/reportsettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

class ReportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Keep the user's settings untouched: test-mode paths (~/.qttest) and a separate application name.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PlanwrightTests"_s);
        QCoreApplication::setApplicationName(u"test_report"_s);
        QSettings().remove(u"reportOptions"_s);
        m_document = std::make_unique<Document>(pw::testing::syntheticPlan(30));
        m_document->setFileName(m_dir.filePath(u"plan.pwplan"_s));
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
};

TEST_F(ReportDialogTest, RemembersOptionsPerDocument)
{
    report::ReportOptions chosen;
    chosen.notice = true;
    chosen.draft = true;
    chosen.annexTasks = true;
    chosen.departmentStyle = report::DepartmentStyle::Lines;
    {
        // A plan's first report prints every annex it has data for.
        ui::ReportDialog dialog(*m_document);
        const report::ReportOptions defaults = report::defaultReportOptions(m_document->plan());
        EXPECT_TRUE(defaults.annexTargets && defaults.annexTasks && defaults.annexProjects);
        EXPECT_EQ(dialog.options(), defaults);
        dialog.setOptions(chosen);
        EXPECT_EQ(dialog.options(), chosen);
        // Setting options programmatically does not store them; the user toggling a box does.
        EXPECT_EQ(ui::loadReportOptions(m_document->fileName()), std::nullopt);
        QCheckBox *draft = nullptr;
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"征求意见稿"_s))
                draft = box;
        }
        ASSERT_TRUE(draft);
        draft->setChecked(false);
        draft->setChecked(true);
    }
    ui::ReportDialog again(*m_document);
    EXPECT_EQ(again.options(), chosen);
    Document other(pw::testing::syntheticPlan(3));
    other.setFileName(m_dir.filePath(u"other.pwplan"_s));
    EXPECT_EQ(ui::ReportDialog(other).options(), report::defaultReportOptions(other.plan()));

    // A remembered choice of no annexes at all stays a choice, not "nothing remembered".
    report::ReportOptions none;
    {
        ui::ReportDialog dialog(other);
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            box->setChecked(box->text().contains(u"征求意见稿"_s)); // a toggle the dialog stores
        none = dialog.options();
    }
    EXPECT_FALSE(none.annexTargets || none.annexTasks || none.annexProjects);
    EXPECT_EQ(ui::ReportDialog(other).options(), none);
}

TEST_F(ReportDialogTest, PreviewShowsEveryPageAndExports)
{
    ui::ReportDialog dialog(*m_document);
    report::ReportOptions o;
    o.annexTasks = true;
    dialog.setOptions(o);
    dialog.preview()->updatePreview();
    EXPECT_GT(dialog.preview()->pageCount(), 3);
    const int withoutNotice = dialog.preview()->pageCount();
    o.notice = true;
    dialog.setOptions(o);
    dialog.preview()->updatePreview();
    EXPECT_EQ(dialog.preview()->pageCount(), withoutNotice + 1);
    QDir().mkpath(QStringLiteral(REPORT_OUT_DIR));
    EXPECT_TRUE(dialog.grab().save(QStringLiteral(REPORT_OUT_DIR) + u"/report-dialog.png"_s));

    QString error;
    for (const QString &name : { u"r.pdf"_s, u"r.docx"_s, u"r.odt"_s }) {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(dialog.exportTo(path, &error)) << qPrintable(error);
        EXPECT_GT(QFile(path).size(), 1000) << qPrintable(name);
    }
    // The fallback notice is shown exactly when a substitute font is used.
    EXPECT_EQ(dialog.fontNotice().isEmpty(), !report::ReportFonts::detected().usesFallback());
}

/** Receives the URLs QDesktopServices would hand to the desktop. */
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

TEST_F(ReportDialogTest, ExportConfirmsAndOffersToOpenTheFile)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    ui::ReportDialog dialog(*m_document);
    dialog.show();
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == u"Export…"_s)
            exportButton = b;
    }
    ASSERT_TRUE(exportButton);
    const QString path = m_dir.filePath(u"exported.pdf"_s);
    QString confirmation;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            // The dialog may put its proposed name back while its folder loads: type ours, and accept only
            // when our path is what it would return.
            files->setDirectory(QFileInfo(path).absolutePath());
            if (auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s))
                name->setText(QFileInfo(path).fileName());
            if (files->selectedFiles().value(0) == path)
                static_cast<QDialog *>(files)->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal);
                   box && box->objectName() == u"ExportDone"_s) {
            confirmation = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&') == u"Open"_s)
                    b->click();
            }
        }
    });
    answer.start(20);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    answer.stop();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    EXPECT_GT(QFile(path).size(), 1000);
    EXPECT_TRUE(confirmation.contains(u"exported.pdf"_s)) << confirmation.toStdString();
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.first(), QUrl::fromLocalFile(path));
}

} // namespace

#include "test_reportdialog.moc"
