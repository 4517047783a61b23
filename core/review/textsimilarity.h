#pragma once

// Chinese text similarity without word segmentation: character bigrams and trigrams weighted by
// TF-IDF, cosine similarity, and an inverted index so that a query only touches documents that share
// at least one n-gram with it (no all-pairs full-text comparison).

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace pw::review {

/** NFKC, lower case, letters and CJK only; every run of digits becomes one '0' (numbers change between drafts). */
QString normaliseForSimilarity(const QString &text);
/** Removes responsibility parentheses such as "（市发改委牵头，各县市区按职责分工负责）". */
QString stripResponsibility(const QString &text);

class NgramCorpus
{
public:
    /** Adds a document and returns its index. Call before finalise(). */
    int add(const QString &text);
    /** Computes IDF weights and unit-length vectors; @p indexed = documents the inverted index covers. */
    void finalise(const std::vector<int> &indexed);

    int size() const { return int(m_docs.size()); }
    /** Cosine similarity of two documents. */
    double similarity(int a, int b) const;
    /** Indexed documents with similarity ≥ @p minScore to document @p doc, best first, at most @p limit. */
    std::vector<std::pair<int, double>> query(int doc, double minScore, int limit) const;
    /** Number of distinct n-grams of the document (0 = nothing to compare). */
    int gramCount(int doc) const { return int(m_docs.at(std::size_t(doc)).size()); }

private:
    struct Entry
    {
        int gram;
        float weight;
    };
    int gramId(std::uint64_t key);
    void growTable();

    // Open-addressing hash table n-gram key → id (keys are never 0: a bigram has a non-zero first char).
    std::vector<std::uint64_t> m_keys;
    std::vector<int> m_ids;
    int m_shift = 64;
    std::vector<int> m_df;
    std::vector<std::vector<Entry>> m_docs; ///< sorted by gram; counts before finalise(), weights after
    std::vector<std::vector<std::pair<int, float>>> m_postings;
    mutable std::vector<float> m_accumulator;
    std::vector<int> m_indexed;
};

} // namespace pw::review
