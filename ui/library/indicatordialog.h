#pragma once

// Library ▸ Catalogues ▸ Add Indicator… / Add Alias…: a user indicator for the shared catalogue (name, unit,
// category, aliases), or more aliases for an indicator already there.

#include "library/library.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace pw {

class IndicatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorDialog)

public:
    /** A new indicator; with @p existing, aliases for that one (its name, unit and category shown, fixed). */
    explicit IndicatorDialog(const library::IndicatorEntry *existing, QWidget *parent = nullptr);

    library::IndicatorEntry indicator() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *unitEdit() const { return m_unit; }
    QLineEdit *categoryEdit() const { return m_category; }
    QLineEdit *aliasesEdit() const { return m_aliases; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    bool m_addingAliases = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_aliases = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pw
