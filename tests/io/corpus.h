#pragma once

// The committed malformed-file corpus (tests/data/malformed, made by make_corpus.py) and its
// expectation table expected.tsv: file, expected message fragment, description.

#include <QString>

#include <ostream>
#include <vector>

namespace pw::testing {

struct CorpusCase
{
    QString file;     ///< absolute path
    QString fragment; ///< must appear in the error message
    QString what;
};

QString corpusDir();
std::vector<CorpusCase> corpusCases();
/** A GoogleTest-safe name for a case (letters, digits, underscores). */
std::string corpusCaseName(const CorpusCase &c);

inline void PrintTo(const CorpusCase &c, std::ostream *os) { *os << c.file.toStdString(); }

} // namespace pw::testing
