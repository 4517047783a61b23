// The report dialog: options round trip, per-document memory, live preview pages, export.

#include "seedplan.h"

#include "document/document.h"
#include "report/reportbuilder.h"
#include "report/reportdialog.h"
#include "report/reportfonts.h"
#include "report/reportsettings.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

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

} // namespace
