#pragma once

// Outline icons drawn with QPainter at 1x and 2x (no image files): one per node kind, and a variant
// with a red badge for tasks that have no lead department.

#include "model/types.h"

#include <QIcon>

namespace pw {

QIcon nodeKindIcon(NodeKind kind, bool missingLead = false);

} // namespace pw
