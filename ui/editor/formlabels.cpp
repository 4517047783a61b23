#include "formlabels.h"

#include <QFormLayout>
#include <QLabel>

namespace pw {

void setFormLabels(QFormLayout *form, const QStringList &labels)
{
    for (int row = 0; row < form->rowCount() && row < labels.size(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        if (!label)
            continue;
        label->setText(labels.at(row));
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        label->setBuddy(field->widget() ? field->widget() : field->layout()->itemAt(0)->widget());
    }
}

} // namespace pw
