#pragma once

// A small hand-made plan with every kind of reference, shared by the document tests.

#include "model/plan.h"

#include <memory>

namespace pw::testing {

struct FixtureIds
{
    QUuid ndrc, env, town;          // departments: 市发展改革委, 市生态环境局, 某镇 (territorial)
    QUuid energyShare, co2;          // indicators
    QUuid chapter1, section1, action1, action2, chapter2, section2; // nodes
    QUuid target1, target2, target3; // targets: on action1, unattached, on section2
    QUuid project1;                  // on action2, departments ndrc + env
};

/** 一、总体要求 → （一）主要目标 → 1. 能源 2. 工业; 二、重点任务 → （一）交通. */
std::unique_ptr<Plan> fixturePlan(FixtureIds *ids);

} // namespace pw::testing
