#include "metadataeditor.h"

#include "displaynames.h"
#include "formlabels.h"
#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace pw {

MetadataEditor::MetadataEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_title(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_docNumber(new QLineEdit(this))
    , m_hasDate(new QCheckBox(this))
    , m_date(new QDateEdit(this))
    , m_level(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_parents(new QPlainTextEdit(this))
    , m_milestones(new QLineEdit(this))
    , m_closing(new QPlainTextEdit(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_issuer);
    m_form->addRow(new QLabel(this), m_docNumber);
    m_form->addRow(new QLabel(this), dateRow);
    m_form->addRow(new QLabel(this), m_level);
    m_form->addRow(new QLabel(this), m_region);
    m_form->addRow(new QLabel(this), m_status);
    m_form->addRow(new QLabel(this), m_parents);
    m_form->addRow(new QLabel(this), m_milestones);
    m_form->addRow(new QLabel(this), m_closing);
    m_closing->setObjectName(u"ClosingEdit"_s);
    for (QPlainTextEdit *e : { m_parents, m_closing }) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(80);
        e->installEventFilter(this);
    }
    for (int l = 0; l <= int(AdminLevel::Other); ++l)
        m_level->addItem(QString(), l);
    for (int s = 0; s <= int(PlanStatus::Issued); ++s)
        m_status->addItem(QString(), s);

    for (QLineEdit *e : { m_title, m_issuer, m_docNumber, m_region, m_milestones })
        connect(e, &QLineEdit::editingFinished, this, &MetadataEditor::commit);
    connect(m_hasDate, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        commit();
    });
    connect(m_date, &QDateEdit::editingFinished, this, &MetadataEditor::commit);
    connect(m_level, &QComboBox::activated, this, &MetadataEditor::commit);
    connect(m_status, &QComboBox::activated, this, &MetadataEditor::commit);
    retranslateUi();
    setDocument(nullptr);
}

void MetadataEditor::retranslateUi()
{
    setFormLabels(m_form, { tr("&Title"), tr("&Issuer"), tr("Document &number"), tr("Issue &date"),
        tr("&Level"), tr("&Region"), tr("&Status"), tr("&Parent plans"), tr("&Milestone years"), tr("&Closing") });
    m_title->setAccessibleName(tr("Plan title"));
    m_docNumber->setPlaceholderText(tr("e.g. 石政发〔2023〕5号"));
    m_parents->setPlaceholderText(tr("One parent plan per line: title | document number"));
    m_milestones->setPlaceholderText(tr("e.g. 2025, 2030"));
    m_closing->setPlaceholderText(tr("Printed after the last item, e.g. 本方案自发布之日起施行。"));
    m_hasDate->setToolTip(tr("The plan has an issue date"));
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, displayName(AdminLevel(m_level->itemData(i).toInt())));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, displayName(PlanStatus(m_status->itemData(i).toInt())));
}

void MetadataEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool MetadataEditor::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_parents || watched == m_closing) && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void MetadataEditor::setDocument(Document *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &Document::metadataChanged, this, &MetadataEditor::refresh);
        connect(m_doc, &Document::reset, this, &MetadataEditor::refresh);
    }
    setEnabled(m_doc != nullptr);
    refresh();
}

void MetadataEditor::refresh()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    const PlanMetadata m = m_doc ? m_doc->plan().metadata : PlanMetadata();
    m_title->setText(m.title);
    m_issuer->setText(m.issuer);
    m_docNumber->setText(m.docNumber);
    m_hasDate->setChecked(m.issueDate.isValid());
    m_date->setEnabled(m.issueDate.isValid());
    m_date->setDate(m.issueDate.isValid() ? m.issueDate : QDate::currentDate());
    m_level->setCurrentIndex(m_level->findData(int(m.level)));
    m_region->setText(m.region);
    m_status->setCurrentIndex(m_status->findData(int(m.status)));
    QStringList parents;
    for (const ParentRef &p : m.parentRefs)
        parents.append(p.docNumber.isEmpty() ? p.title : p.title + u" | "_s + p.docNumber);
    m_parents->setPlainText(parents.join(u'\n'));
    QStringList years;
    for (int y : m.milestoneYears)
        years.append(QString::number(y));
    m_milestones->setText(years.join(u", "_s));
    m_closing->setPlainText(m.closing);
}

PlanMetadata MetadataEditor::collect() const
{
    PlanMetadata m = m_doc->plan().metadata;
    m.title = m_title->text().trimmed();
    m.issuer = m_issuer->text().trimmed();
    m.docNumber = m_docNumber->text().trimmed();
    m.issueDate = m_hasDate->isChecked() ? m_date->date() : QDate();
    m.level = AdminLevel(m_level->currentData().toInt());
    m.region = m_region->text().trimmed();
    m.status = PlanStatus(m_status->currentData().toInt());
    m.parentRefs.clear();
    const QStringList lines = m_parents->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype bar = line.lastIndexOf(u'|');
        ParentRef ref;
        ref.title = (bar < 0 ? line : line.left(bar)).trimmed();
        ref.docNumber = bar < 0 ? QString() : line.mid(bar + 1).trimmed();
        if (!ref.title.isEmpty())
            m.parentRefs.append(ref);
    }
    m.milestoneYears.clear();
    const QStringList years
        = m_milestones->text().split(QRegularExpression(u"[^0-9]+"_s), Qt::SkipEmptyParts);
    for (const QString &y : years) {
        const int year = y.toInt();
        if (year >= 1900 && year <= 2200 && !m.milestoneYears.contains(year))
            m.milestoneYears.append(year);
    }
    std::sort(m.milestoneYears.begin(), m.milestoneYears.end());
    m.closing = m_closing->toPlainText().trimmed();
    return m;
}

void MetadataEditor::commit()
{
    if (!m_doc || m_updating)
        return;
    const PlanMetadata m = collect();
    if (m != m_doc->plan().metadata)
        m_doc->setMetadata(m);
}

} // namespace pw
