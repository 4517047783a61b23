#pragma once

// Chinese text similarity without word segmentation: character bigrams and trigrams weighted by
// TF-IDF, cosine similarity, and an inverted index so that a query only touches documents that share
// at least one n-gram with it (no all-pairs full-text comparison). Each n-gram's posting list is capped
// (champion list: the documents it weighs most in), so a query costs at most cap × its n-grams however
// often sentences recur in a large plan; the few best candidates are then scored in full.

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
    /** Work done by query() so far, for tests that guard against super-linear growth without timers. */
    struct QueryStats
    {
        std::int64_t queries = 0;
        std::int64_t postingsScanned = 0;
        std::int64_t candidatesVerified = 0; ///< full cosines computed because a posting list was capped
        std::int64_t inexact = 0; ///< queries whose cut lists or candidate budget could have hidden a result
    };

    static constexpr int kDefaultMaxPostings = 32;
    /** @p maxPostings = documents kept per n-gram in the inverted index. */
    explicit NgramCorpus(int maxPostings = kDefaultMaxPostings) : m_maxPostings(maxPostings) { }

    /** Adds a document and returns its index. Call before finalise(). */
    int add(const QString &text);
    /** Computes IDF weights and unit-length vectors; @p indexed = documents the inverted index covers. */
    void finalise(const std::vector<int> &indexed);

    int size() const { return int(m_docs.size()); }
    /** Cosine similarity of two documents. */
    double similarity(int a, int b) const;
    /** Indexed documents with similarity ≥ @p minScore to document @p doc, best first, at most @p limit
     *  (negative = all). Where posting lists were cut, candidates are scored in full, best first by the
     *  index, while what the cut lists can add may lift them into the result (at most 2 × limit + 16):
     *  exact unless that budget runs out or what the cut lists can add alone reaches @p minScore. */
    std::vector<std::pair<int, double>> query(int doc, double minScore, int limit) const;
    const QueryStats &stats() const { return m_stats; }
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
    std::vector<std::vector<std::pair<int, float>>> m_postings; ///< by document, at most m_maxPostings
    std::vector<float> m_capFloor; ///< lowest weight a cut posting list kept, 0 = not cut
    int m_maxPostings;
    mutable std::vector<float> m_accumulator;
    mutable std::vector<int> m_touched;
    mutable std::vector<float> m_queryWeights; ///< by n-gram, while a query scores candidates in full
    mutable QueryStats m_stats;
};

} // namespace pw::review
