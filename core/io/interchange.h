#pragma once

// The documented interchange JSON (`planwright show --json`): departments by name, nodes as a flat
// pre-order list with derived numbers. Read-only view for other tools; see README "Interchange JSON".

#include <QJsonObject>

namespace pw {

class Plan;

QJsonObject interchangeJson(const Plan &plan);

} // namespace pw
