#pragma once

#include <QFlags>

namespace pw {

/** Which parts of a node an edit changed, so views refresh only what they show. */
enum class NodeField {
    Kind = 1 << 0,
    Title = 1 << 1,
    Text = 1 << 2,
    Lead = 1 << 3,
    Support = 1 << 4,
    Territorial = 1 << 5,
    Deadline = 1 << 6,
    Tags = 1 << 7,
    Provenance = 1 << 8,
    Departments = Lead | Support | Territorial,
    All = 0x1ff,
};
Q_DECLARE_FLAGS(NodeFields, NodeField)
Q_DECLARE_OPERATORS_FOR_FLAGS(NodeFields)

/** The flat collections of a plan, for the generic row signals of Document. */
enum class Collection { Departments, Indicators, Targets, Projects };

} // namespace pw
