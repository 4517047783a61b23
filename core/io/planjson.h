#pragma once

// plan.json inside a .pwplan: the plan's own storage format (ids for references, nodes as a flat
// pre-order list with parent ids so nesting depth never grows with the outline). See docs in
// README "File format". One loader per format version.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace pw {

class Plan;
struct PlanMetadata;

constexpr int kCurrentFormatVersion = 1;

/** The plan's metadata as stored in plan.json ("metadata"); the interchange JSON reuses it. */
QJsonObject metadataJson(const PlanMetadata &metadata);

/** Deterministic: the same plan always gives the same bytes. */
QByteArray writePlanJson(const Plan &plan);

/** Parses plan.json written in @p formatVersion; nullptr with @p error naming the field on failure. */
std::unique_ptr<Plan> readPlanJson(const QByteArray &json, int formatVersion, QString *error);

} // namespace pw
