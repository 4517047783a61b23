#pragma once

// Test support: evaluation pairs with known answers, derived from a real seed plan by programmatic
// edits (drop tasks, rephrase, move between actions, merge two tasks into one, replace district
// departments by city ones), so coverage and department findings can be scored.

#include "model/plan.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <memory>

namespace pw::test {

/** Deterministic pseudo-random numbers (the same on every platform). */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed * 6364136223846793005ull + 1442695040888963407ull) { }
    quint32 next();
    /** True with probability @p p. */
    bool chance(double p) { return next() % 10000 < quint32(p * 10000); }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }

private:
    quint64 m_state;
};

struct EvalPair
{
    std::unique_ptr<Plan> parent;
    std::unique_ptr<Plan> child;
    /** Parent task id → the child nodes carrying its content (empty = dropped). */
    QHash<QUuid, QSet<QUuid>> truth;
    /** Child tasks that keep a city-level lead department. */
    QSet<QUuid> cityLedChildTasks;
};

struct EditRates
{
    double drop = 0.18;
    double rephrase = 0.45;
    double move = 0.15;
    double merge = 0.10;
    double keepSentence = 0.7; ///< each sentence of a rephrased task survives with this probability
};

/** Rephrases a task title and text the way a district draft rewrites a city task. */
QString rephrase(const QString &text, Rng &rng, bool title, double keepSentence = 0.7);

EvalPair makeEvalPair(const Plan &parent, const QString &childRegion, quint64 seed, const EditRates &rates = {});

} // namespace pw::test
