#pragma once

// The administrative levels as the Library window names them (plans and departments).

#include <QString>

namespace pw {

/** The translated name of a toKey(AdminLevel) key; the key itself when it is unknown. */
QString libraryLevelName(const QString &key);

} // namespace pw
