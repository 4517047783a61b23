#pragma once

// Plans built in code for the view tests, screenshots and benchmarks.
// makeDistrictPlan(): a realistic district carbon-peak plan (modelled on the 石峰区 draft in
// tests/data/seeds) with deliberate problems the checks must find: a task without lead, a task with
// two leads, an unused department, a city department in a district plan, a near-duplicate branch
// office name, a 2030 target less strict than 2025, a unit differing from the catalogue.
// makeLargePlan(): tasks × departments at scale, deterministic.

#include "model/plan.h"

#include <memory>

namespace pw::test {

std::unique_ptr<Plan> makeDistrictPlan();
std::unique_ptr<Plan> makeLargePlan(int tasks, int departments);

/** The first node (depth-first) whose title starts with @p title. */
const Node *findNodeByTitle(const Plan &plan, const QString &title);
const Department *findDepartment(const Plan &plan, const QString &name);

} // namespace pw::test
