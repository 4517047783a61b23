#pragma once

// The plan metadata panel: title, issuer, 文号, issue date, level, region, status, parent plans and
// milestone years. A field commits when editing finishes (one undo step "Edit plan metadata").

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace pw {

class Document;
struct PlanMetadata;

class MetadataEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataEditor)

public:
    explicit MetadataEditor(QWidget *parent = nullptr);

    void setDocument(Document *document);
    QLineEdit *titleEdit() const { return m_title; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void commit();
    PlanMetadata collect() const;

    Document *m_doc = nullptr;
    bool m_updating = false;
    QFormLayout *m_form;
    QLineEdit *m_title;
    QLineEdit *m_issuer;
    QLineEdit *m_docNumber;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
    QComboBox *m_level;
    QLineEdit *m_region;
    QComboBox *m_status;
    QPlainTextEdit *m_parents;
    QLineEdit *m_milestones;
    QPlainTextEdit *m_closing;
};

} // namespace pw
