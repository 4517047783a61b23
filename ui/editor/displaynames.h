#pragma once

// Translated display names of the model's enumerations (core/model/types.h keeps only file keys).

#include "model/types.h"

#include <QString>

namespace pw {

QString displayName(NodeKind kind);
QString displayName(AdminLevel level);
QString displayName(PlanStatus status);
QString displayName(DepartmentKind kind);
/** An indicator category as stored (the catalogue's 能源, 交通, …; empty for none) in the interface language.
 *  Files of earlier versions stored "other" or 其他 for none. */
QString categoryDisplayName(const QString &category);

} // namespace pw
