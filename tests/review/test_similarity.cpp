// The n-gram index behind coverage and diff: capped posting lists find every pair the bound guarantees,
// stay exact below the cap, and do bounded work per query however often sentences recur (counters, no timers).

#include "review/textsimilarity.h"

#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace pw::review;

namespace {

/** Sentences of random CJK characters; documents recombine three of them, as drafts recombine a plan's
 *  sentences, and may add one of a few stock phrases that recur everywhere (推进…, 加快…). */
class Recombined
{
public:
    Recombined(int sentences, quint32 seed, int phrases = 0) : m_random(seed)
    {
        m_sentences = random(sentences, 12, 30);
        m_phrases = random(phrases, 4, 3);
    }
    QString document()
    {
        QString text;
        for (int i = 0; i < 3; ++i)
            text += pick(m_sentences) + (i == 0 && !m_phrases.isEmpty() ? pick(m_phrases) : QString()) + u'。';
        return text;
    }

private:
    QStringList random(int count, int minLength, int extra)
    {
        QStringList out;
        for (int i = 0; i < count; ++i) {
            QString s;
            const int length = minLength + int(m_random.bounded(extra));
            for (int c = 0; c < length; ++c)
                s += QChar(char16_t(0x4E00 + m_random.bounded(400)));
            out.append(s);
        }
        return out;
    }
    QString pick(const QStringList &from) { return from.at(int(m_random.bounded(int(from.size())))); }

    QRandomGenerator m_random;
    QStringList m_sentences;
    QStringList m_phrases;
};

struct Corpus
{
    NgramCorpus ngrams;
    int queries = 0; ///< documents 0 … queries-1 query the rest, which are indexed

    Corpus(int documents, int sentences, int maxPostings, quint32 seed = 7, int phrases = 0) : ngrams(maxPostings)
    {
        Recombined source(sentences, seed, phrases);
        queries = documents / 2;
        std::vector<int> indexed;
        for (int i = 0; i < documents; ++i) {
            const int doc = ngrams.add(source.document());
            if (i >= queries)
                indexed.push_back(doc);
        }
        ngrams.finalise(indexed);
    }

    /** Every indexed document scoring at least @p minScore against @p doc, by brute force. */
    QSet<int> above(int doc, double minScore) const
    {
        QSet<int> out;
        for (int d = queries; d < ngrams.size(); ++d) {
            if (ngrams.similarity(doc, d) >= minScore)
                out.insert(d);
        }
        return out;
    }
};

QSet<int> found(const std::vector<std::pair<int, double>> &hits)
{
    QSet<int> out;
    for (const auto &hit : hits)
        out.insert(hit.first);
    return out;
}

} // namespace

TEST(NgramCorpus, ExactBelowTheCap)
{
    Corpus c(400, 60, NgramCorpus::kDefaultMaxPostings);
    for (int doc = 0; doc < c.queries; ++doc) {
        const auto hits = c.ngrams.query(doc, 0.1, -1);
        EXPECT_EQ(found(hits), c.above(doc, 0.1)) << doc;
        for (const auto &[d, score] : hits)
            EXPECT_NEAR(score, c.ngrams.similarity(doc, d), 1e-5);
        // The best of them, in order, when a limit applies.
        const auto top = c.ngrams.query(doc, 0.1, 3);
        ASSERT_EQ(top.size(), std::min<std::size_t>(3, hits.size()));
        for (std::size_t i = 0; i < top.size(); ++i)
            EXPECT_EQ(top[i].first, hits[i].first);
    }
    EXPECT_EQ(c.ngrams.stats().candidatesVerified, 0); // nothing capped: the index scores are the cosines
}

TEST(NgramCorpus, CappedListsStillFindEveryPairTheBoundGuarantees)
{
    // Sentences recur in a few documents, the stock phrases in hundreds: a cap of 8 cuts their lists, and
    // what the cut lists can add stays below the threshold, so every pair above it must be found.
    for (const double minScore : { 0.1, 0.2 }) {
        Corpus c(800, 400, 8, 7, 4);
        int guaranteed = 0;
        int pairs = 0;
        for (int doc = 0; doc < c.queries; ++doc) {
            const auto before = c.ngrams.stats().inexact;
            const auto hits = c.ngrams.query(doc, minScore, -1);
            for (const auto &[d, score] : hits)
                EXPECT_NEAR(score, c.ngrams.similarity(doc, d), 1e-9); // scored in full, not by the index
            if (c.ngrams.stats().inexact != before)
                continue;
            ++guaranteed;
            const QSet<int> expected = c.above(doc, minScore);
            pairs += int(expected.size());
            EXPECT_EQ(found(hits), expected) << doc << " at " << minScore;
        }
        EXPECT_GT(c.ngrams.stats().candidatesVerified, 0) << minScore;
        EXPECT_GT(guaranteed, c.queries / 2) << minScore; // the bound holds for most queries
        EXPECT_GT(pairs, c.queries) << minScore;
    }
}

TEST(NgramCorpus, NearDuplicateIsTheBestHitWhateverTheCap)
{
    Recombined source(40, 11);
    NgramCorpus ngrams(4);
    QStringList texts;
    for (int i = 0; i < 300; ++i)
        texts.append(source.document());
    for (const QString &t : std::as_const(texts))
        ngrams.add(t);
    std::vector<int> indexed;
    for (int i = 0; i < 300; ++i) {
        QString edited = texts.at(i);
        edited[edited.size() / 2] = u'改'; // one character changed: a draft's retouch
        indexed.push_back(ngrams.add(edited));
    }
    ngrams.finalise(indexed);
    for (int i = 0; i < 300; ++i) {
        const auto hits = ngrams.query(i, 0.45, 5);
        ASSERT_FALSE(hits.empty()) << i;
        EXPECT_GE(hits.front().second, ngrams.similarity(i, 300 + i) - 1e-9) << i;
    }
}

TEST(NgramCorpus, WorkPerQueryStaysBoundedAsSentencesRecur)
{
    // Quadrupling the documents over the same sentences quadruples how often each recurs; the postings
    // scanned and the candidates scored in full per query must not grow with it (the old index scanned
    // every posting list in full, so its work per query grew with the corpus).
    const auto perQuery = [](int documents) {
        Corpus c(documents, 60, NgramCorpus::kDefaultMaxPostings, 3);
        for (int doc = 0; doc < c.queries; ++doc)
            c.ngrams.query(doc, 0.1, 12);
        const auto &s = c.ngrams.stats();
        return std::pair(double(s.postingsScanned) / double(s.queries),
                         double(s.candidatesVerified) / double(s.queries));
    };
    const auto [postingsSmall, verifiedSmall] = perQuery(2000);
    const auto [postingsLarge, verifiedLarge] = perQuery(8000);
    EXPECT_LE(postingsLarge, 1.3 * postingsSmall);
    EXPECT_LE(verifiedLarge, 1.3 * verifiedSmall + 1);
    EXPECT_LE(verifiedLarge, 2 * 12 + 16);
}
