#pragma once

// Translated display names of the model's enumerations (core/model/types.h keeps only file keys).

#include "model/types.h"

#include <QString>

namespace pw {

QString displayName(NodeKind kind);
QString displayName(AdminLevel level);
QString displayName(PlanStatus status);
QString displayName(DepartmentKind kind);

} // namespace pw
