#pragma once

// Print and export of the plan report: options on the left (parts, annexes, notice page, department style,
// draft marking), a live print preview on the right, a notice when official fonts are substituted, and
// Print… / Export… (PDF, DOCX, ODT). Options are remembered per document (reportsettings.h).

#include "report/reportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace pw {
class Document;
}

namespace pw::ui {

class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    explicit ReportDialog(const Document &document, QWidget *parent = nullptr);
    ~ReportDialog() override;

    report::ReportOptions options() const;
    void setOptions(const report::ReportOptions &options);
    QPrintPreviewWidget *preview() const { return m_preview; }
    /** The font substitution notice shown above the preview (empty if none). */
    QString fontNotice() const;

    /** Writes the report to @p path (.pdf, .docx, .odt); false with @p error on failure. */
    bool exportTo(const QString &path, QString *error) const;

private:
    void optionsChanged();
    void paintPreview(QPrinter *printer);
    void print();
    void exportReport();

    const Document &m_document;
    QCheckBox *m_notice;
    QCheckBox *m_body;
    QCheckBox *m_draft;
    QCheckBox *m_annexTargets;
    QCheckBox *m_annexTasks;
    QCheckBox *m_annexProjects;
    QComboBox *m_departments;
    QLineEdit *m_recipients;
    QLabel *m_fontNotice;
    QLabel *m_warnings;
    QPrinter *m_previewPrinter;
    QPrintPreviewWidget *m_preview;
    QTimer *m_refresh;
    bool m_loading = false;
};

} // namespace pw::ui
