#pragma once

// Seeded random plans and strings for property and round-trip tests. Everything, ids included, comes
// from the given generator, so a seed reproduces a plan exactly.

#include "model/plan.h"

#include <QString>
#include <QUuid>

#include <memory>
#include <random>

namespace pw::testing {

using Rng = std::mt19937_64;

struct RandomPlanShape
{
    int nodes = 20;
    int maxDepth = 6;       ///< outline depth; nodes beyond it attach to shallower parents
    int departments = 5;
    int indicators = 4;
    int targets = 6;
    int projects = 3;
    bool oddText = false;   ///< mix in NUL, lone surrogates, RTL override, zero-width, astral characters
    bool chain = false;     ///< one node per level (deep outline)
};

int randomInt(Rng &rng, int min, int max);
bool chance(Rng &rng, int percent);
QUuid randomUuid(Rng &rng);
/** Up to @p maxLength UTF-16 units of plan-like text; with @p odd, hostile characters too. */
QString randomText(Rng &rng, int maxLength, bool odd);
std::optional<double> randomNumber(Rng &rng);

std::unique_ptr<Plan> randomPlan(Rng &rng, const RandomPlanShape &shape);

/** Structural equality of two plans: metadata, the outline (ids and content) and all collections. */
bool plansEqual(const Plan &a, const Plan &b, QString *difference = nullptr);

} // namespace pw::testing
