#pragma once

// Skeletons for File ▸ New: the national "ten actions" plan and the usual local plan chapters
// (总体要求/主要目标/重点任务/保障措施). Built in code: they are small and follow the model's types.

#include "model/types.h"

#include <QString>

#include <memory>

namespace pw {

class Plan;

enum class PlanTemplate
{
    Blank,
    NationalTenActions,
    Province,
    City,
    District
};

inline constexpr PlanTemplate kAllTemplates[] = { PlanTemplate::Blank, PlanTemplate::NationalTenActions,
    PlanTemplate::Province, PlanTemplate::City, PlanTemplate::District };

/** Translated menu name. */
QString templateName(PlanTemplate t);
/** Stable key for the command line (--template KEY). */
QString templateKey(PlanTemplate t);
std::unique_ptr<Plan> createPlan(PlanTemplate t);

} // namespace pw
