#pragma once

// Realistic large plan documents for scale benchmarks: sentences recombined from real plans (the seeds and
// the development corpus), numbered as GB/T plans are (一、 （一） 1.), with real-looking departments in every
// assignment style and dated indicator targets. The text goes through the real importer, so the plans have
// the shape users' plans have.

#include <QString>
#include <QStringList>

namespace pw::testing {

/** Sentences (ending in 。) of every .txt file in @p dirs, deduplicated; the material of the generator. */
QStringList planSentences(const QStringList &dirs);

/** A plan document of about @p tasks tasks (and tasks / 8 actions, tasks / 40 chapters), deterministic for
 *  @p seed. Departments grow with the plan: about 30 per 500 tasks, as district and sector offices multiply. */
QString scalePlanText(const QStringList &sentences, int tasks, quint32 seed);

} // namespace pw::testing
