#include "reportdialog.h"

#include "reportsettings.h"

#include "document/document.h"
#include "io/filesafety.h"
#include "report/reportbuilder.h"
#include "report/reportexport.h"
#include "report/reportlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw::ui {

ReportDialog::ReportDialog(const Document &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_notice(new QCheckBox(tr("Issuing notice (印发通知) as the first page")))
    , m_body(new QCheckBox(tr("Plan text")))
    , m_draft(new QCheckBox(tr("Draft for comment (征求意见稿)")))
    , m_annexTargets(new QCheckBox(tr("Main indicators (主要指标表)")))
    , m_annexTasks(new QCheckBox(tr("Task assignments (重点任务分工表)")))
    , m_annexProjects(new QCheckBox(tr("Major projects (重大项目表)")))
    , m_departments(new QComboBox)
    , m_recipients(new QLineEdit)
    , m_fontNotice(new QLabel)
    , m_warnings(new QLabel)
    , m_previewPrinter(new QPrinter(QPrinter::HighResolution))
    , m_preview(nullptr)
    , m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Print and Export Report"));
    m_previewPrinter->setFullPage(true);
    m_previewPrinter->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    m_preview = new QPrintPreviewWidget(m_previewPrinter, this);
    m_preview->setViewMode(QPrintPreviewWidget::FacingPagesView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);

    m_departments->addItem(tr("In parentheses after the task: （A牵头，B按职责分工负责）"),
                           int(report::DepartmentStyle::Parenthesis));
    m_departments->addItem(tr("Separate lines: 牵头单位 / 责任单位"), int(report::DepartmentStyle::Lines));
    m_departments->addItem(tr("Not printed"), int(report::DepartmentStyle::None));
    m_recipients->setPlaceholderText(report::defaultRecipients(document.plan().metadata.level));

    auto *parts = new QGroupBox(tr("Parts"));
    auto *partsLayout = new QVBoxLayout(parts);
    partsLayout->addWidget(m_notice);
    partsLayout->addWidget(m_body);
    partsLayout->addWidget(m_draft);
    auto *annexes = new QGroupBox(tr("Annexes"));
    auto *annexLayout = new QVBoxLayout(annexes);
    annexLayout->addWidget(m_annexTargets);
    annexLayout->addWidget(m_annexTasks);
    annexLayout->addWidget(m_annexProjects);
    auto *form = new QFormLayout;
    form->addRow(tr("Departments:"), m_departments);
    form->addRow(tr("Addressees (主送):"), m_recipients);

    const report::ReportFonts &fonts = report::ReportFonts::detected();
    m_fontNotice->setWordWrap(true);
    m_fontNotice->setText(fonts.usesFallback()
                              ? tr("Official fonts are missing; the report uses substitutes:\n%1")
                                    .arg(fonts.notices.join(u'\n'))
                              : QString());
    m_fontNotice->setVisible(fonts.usesFallback());
    m_fontNotice->setStyleSheet(u"QLabel { color: #8a5a00; }"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);

    auto *side = new QVBoxLayout;
    side->addWidget(parts);
    side->addWidget(annexes);
    side->addLayout(form);
    side->addWidget(m_fontNotice);
    side->addWidget(m_warnings);
    side->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::exportReport);

    auto *columns = new QHBoxLayout;
    columns->addLayout(side, 0);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 760);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPreview);
    for (QCheckBox *box : { m_notice, m_body, m_draft, m_annexTargets, m_annexTasks, m_annexProjects })
        connect(box, &QCheckBox::toggled, this, &ReportDialog::optionsChanged);
    connect(m_departments, &QComboBox::currentIndexChanged, this, &ReportDialog::optionsChanged);
    connect(m_recipients, &QLineEdit::editingFinished, this, &ReportDialog::optionsChanged);

    std::optional<report::ReportOptions> initial = loadReportOptions(document.fileName());
    if (!initial) {
        initial = report::defaultReportOptions(document.plan());
        initial->draft = document.plan().metadata.status == PlanStatus::ForComment;
    }
    setOptions(*initial);
}

ReportDialog::~ReportDialog()
{
    delete m_preview; // before the printer it paints on
    m_preview = nullptr;
    delete m_previewPrinter;
}

report::ReportOptions ReportDialog::options() const
{
    report::ReportOptions o;
    o.notice = m_notice->isChecked();
    o.body = m_body->isChecked();
    o.draft = m_draft->isChecked();
    o.annexTargets = m_annexTargets->isChecked();
    o.annexTasks = m_annexTasks->isChecked();
    o.annexProjects = m_annexProjects->isChecked();
    o.departmentStyle = report::DepartmentStyle(m_departments->currentData().toInt());
    o.recipients = m_recipients->text().trimmed();
    return o;
}

void ReportDialog::setOptions(const report::ReportOptions &o)
{
    m_loading = true;
    m_notice->setChecked(o.notice);
    m_body->setChecked(o.body);
    m_draft->setChecked(o.draft);
    m_annexTargets->setChecked(o.annexTargets);
    m_annexTasks->setChecked(o.annexTasks);
    m_annexProjects->setChecked(o.annexProjects);
    m_departments->setCurrentIndex(std::max(0, m_departments->findData(int(o.departmentStyle))));
    m_recipients->setText(o.recipients);
    m_loading = false;
    m_refresh->start();
}

QString ReportDialog::fontNotice() const
{
    return m_fontNotice->isVisible() || !m_fontNotice->text().isEmpty() ? m_fontNotice->text() : QString();
}

void ReportDialog::optionsChanged()
{
    if (m_loading)
        return;
    saveReportOptions(m_document.fileName(), options());
    m_refresh->start();
}

void ReportDialog::paintPreview(QPrinter *printer)
{
    QStringList warnings;
    const report::ReportDocument doc = report::buildPlanReport(m_document.plan(), options(), &warnings);
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    const report::ReportLayout layout(doc, report::ReportFonts::detected());
    QString error;
    // Landscape annex pages are shown turned on portrait sheets, exactly as the printer prints them.
    if (!layout.render(printer, false, &error))
        m_warnings->setText(error);
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer.setDocName(m_document.plan().metadata.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const report::ReportDocument doc = report::buildPlanReport(m_document.plan(), options());
    const report::ReportLayout layout(doc, report::ReportFonts::detected());
    QString error;
    const bool pdf = printer.outputFormat() == QPrinter::PdfFormat;
    if (!layout.render(&printer, pdf, &error))
        QMessageBox::warning(this, tr("Print"), tr("The report could not be printed: %1").arg(error));
}

bool ReportDialog::exportTo(const QString &path, QString *error) const
{
    if (const QString problem = outputPathProblem(path, { m_document.fileName() }); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const report::ReportDocument doc = report::buildPlanReport(m_document.plan(), options());
    return report::exportReport(doc, report::ReportFonts::detected(), path, error);
}

void ReportDialog::exportReport()
{
    const QString base = m_document.fileName().isEmpty()
        ? m_document.plan().metadata.title
        : QFileInfo(m_document.fileName()).completeBaseName();
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), base + u".pdf"_s,
        tr("PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export Report"), tr("The report could not be written: %1").arg(error));
        return;
    }
    QMessageBox done(QMessageBox::Information, tr("Export Report"),
        tr("The report was saved as %1.").arg(QFileInfo(path).fileName()), QMessageBox::Close, this);
    done.setObjectName(u"ExportDone"_s);
    done.setInformativeText(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    QPushButton *open = done.addButton(tr("&Open"), QMessageBox::AcceptRole);
    done.setDefaultButton(open);
    done.exec();
    if (done.clickedButton() == open && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Export Report"),
            tr("No application is set up to open %1.").arg(QFileInfo(path).fileName()));
}

} // namespace pw::ui
