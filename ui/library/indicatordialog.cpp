#include "indicatordialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

constexpr int kMaxText = 100; // Library::addIndicator's bound on each name, unit and category

} // namespace

IndicatorDialog::IndicatorDialog(const library::IndicatorEntry *existing, QWidget *parent)
    : QDialog(parent)
    , m_addingAliases(existing)
{
    setObjectName(u"indicatorDialog"_s);
    setWindowTitle(existing ? tr("Add Aliases to an Indicator") : tr("Add Indicator"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_unit = new QLineEdit(this);
    m_category = new QLineEdit(this);
    m_aliases = new QLineEdit(this);
    for (QLineEdit *edit : { m_name, m_unit, m_category })
        edit->setMaxLength(kMaxText);
    m_name->setPlaceholderText(tr("e.g. 公共充电桩数量"));
    m_unit->setPlaceholderText(tr("e.g. 个"));
    m_category->setPlaceholderText(tr("e.g. 交通"));
    m_aliases->setPlaceholderText(tr("e.g. 充电桩数量、公共充电设施数量"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Aliases:"), m_aliases);
    layout->addLayout(form);
    auto *hint
        = new QLabel(tr("Separate aliases with 、 or commas. The search's indicator filter finds a plan "
                        "target written with any of them."),
            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        m_name->setText(existing->name);
        m_unit->setText(existing->unit);
        m_category->setText(existing->category);
        for (QLineEdit *edit : { m_name, m_unit, m_category })
            edit->setReadOnly(true);
        m_aliases->setFocus();
    }
    for (QLineEdit *edit : { m_name, m_aliases })
        connect(edit, &QLineEdit::textChanged, this, &IndicatorDialog::updateOk);
    updateOk();
}

void IndicatorDialog::updateOk()
{
    const bool complete
        = m_addingAliases ? !library::splitAliases(m_aliases->text()).isEmpty() : !m_name->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

library::IndicatorEntry IndicatorDialog::indicator() const
{
    return { m_name->text().trimmed(), m_unit->text().trimmed(), m_category->text().trimmed(), false,
        library::splitAliases(m_aliases->text()) };
}

} // namespace pw
