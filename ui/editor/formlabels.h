#pragma once

// Form rows are built once with empty labels and named on every language change.

#include <QStringList>

class QFormLayout;

namespace pw {

/** Names the rows of @p form in order and makes each label the buddy of its field (for a row
 *  that is a layout, its first widget), so the mnemonics in @p labels focus the field. */
void setFormLabels(QFormLayout *form, const QStringList &labels);

} // namespace pw
