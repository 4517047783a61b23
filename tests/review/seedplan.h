#pragma once

// Test support: turns a seed text (tests/data/seeds) into a Plan with a small heading splitter
// (一、 / （一） / 1.) and the responsibility parentheses. Not the importer: just enough structure to
// build evaluation pairs from real task texts.

#include "model/plan.h"

#include <QString>

#include <memory>

namespace pw::test {

std::unique_ptr<Plan> planFromSeedText(const QString &text, const QString &title, AdminLevel level,
                                       const QString &region);
/** Reads tests/data/seeds/<name>; empty string if missing. */
QString readSeed(const QString &name);
/** Imports tests/data/corpus/plans/<name> without the collector's provenance lines (# …); null if missing. */
std::unique_ptr<Plan> importCorpusPlan(const QString &name);
/** A deep copy with the same ids (plan.h has no copy; tests need one). */
std::unique_ptr<Plan> clonePlan(const Plan &plan, bool freshIds);

} // namespace pw::test
