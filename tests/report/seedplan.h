#pragma once

// Builds a realistic plan from a seed document's plain text (tests/data/seeds/*.txt) for the report tests
// and benchmarks: outline from the 一、（一）1.（1） markers, departments from "（A牵头，B按职责分工负责）"
// clauses, targets from "到2025年…达到22%" phrases and projects from "…项目" names. Not the importer.

#include "model/plan.h"

#include <memory>

namespace pw::testing {

std::unique_ptr<Plan> planFromSeedText(const QString &text);
std::unique_ptr<Plan> planFromSeedFile(const QString &path);
/** A synthetic plan with @p tasks tasks spread over ten chapters, with departments, targets and projects. */
std::unique_ptr<Plan> syntheticPlan(int tasks);

} // namespace pw::testing
