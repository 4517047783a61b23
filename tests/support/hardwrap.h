#pragma once

// Test support: text as PDF-to-text prints an official document, for the importer's tests and benchmarks.

#include <QString>

namespace pw::testing {

/** @p paragraphs (one per line) printed in lines of 28 characters (GB/T 9704; half-width characters count
 *  half), runs of half-width characters never broken, no line starting with closing or ending with opening
 *  punctuation, and a page marker with a form feed after every 22 lines. */
QString hardWrapped(const QString &paragraphs);

} // namespace pw::testing
