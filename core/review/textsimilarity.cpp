#include "textsimilarity.h"

#include <QRegularExpression>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

/** Qt 6.4's seeded QString hash (VAES code on recent x86 CPUs) returns with the upper halves of the vector
 *  registers dirty, and every SSE instruction after it then waits on them: scoring ran 2.2× slower after any
 *  QSet<QString> insert (bench_review, equal instruction counts). Clearing them restores full speed. */
void clearUpperVectorHalves()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        asm volatile("vzeroupper");
#endif
}

} // namespace

QString normaliseForSimilarity(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(nfkc.size());
    bool inDigits = false;
    for (const QChar c : nfkc) {
        if (c.isDigit()) {
            if (!inDigits)
                out += u'0';
            inDigits = true;
            continue;
        }
        if (c == u'.' && inDigits)
            continue; // 13.5 stays one number
        inDigits = false;
        if (c.isLetter())
            out += c;
    }
    return out;
}

QString stripResponsibility(const QString &text)
{
    static const QRegularExpression re(
        u"[（(][^（）()]{0,200}(负责|牵头|按职责|责任单位|配合)[^（）()]{0,200}[）)]"_s);
    // Most passages have no bracketed note naming a unit: skip the (costly) regular expression unless a
    // bracket and one of its words occur.
    static const QStringList words { u"负责"_s, u"牵头"_s, u"按职责"_s, u"责任单位"_s, u"配合"_s };
    if ((!text.contains(u'（') && !text.contains(u'('))
        || std::none_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); }))
        return text;
    QString s = text;
    return s.remove(re);
}

void NgramCorpus::growTable()
{
    const std::size_t capacity = m_keys.empty() ? 4096 : 2 * m_keys.size();
    std::vector<std::uint64_t> keys(capacity, 0);
    std::vector<int> ids(capacity, -1);
    m_shift = 64 - std::countr_zero(capacity);
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == 0)
            continue;
        std::size_t slot = std::size_t((m_keys[i] * 0x9E3779B97F4A7C15ull) >> m_shift);
        while (keys[slot] != 0)
            slot = (slot + 1) & (capacity - 1);
        keys[slot] = m_keys[i];
        ids[slot] = m_ids[i];
    }
    m_keys = std::move(keys);
    m_ids = std::move(ids);
}

int NgramCorpus::gramId(std::uint64_t key)
{
    if (2 * (m_df.size() + 1) > m_keys.size())
        growTable();
    const std::size_t mask = m_keys.size() - 1;
    std::size_t slot = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift);
    while (m_keys[slot] != 0) {
        if (m_keys[slot] == key)
            return m_ids[slot];
        slot = (slot + 1) & mask;
    }
    m_keys[slot] = key;
    m_ids[slot] = int(m_df.size());
    m_df.push_back(0);
    return m_ids[slot];
}

int NgramCorpus::add(const QString &text)
{
    const QString s = normaliseForSimilarity(text);
    std::vector<int> grams;
    grams.reserve(std::size_t(2 * s.size()));
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        // Letters only (normalised), so the first character is never 0 and no key is 0.
        const std::uint64_t bigram = (std::uint64_t(s.at(i).unicode()) << 16) | s.at(i + 1).unicode();
        grams.push_back(gramId(bigram));
        if (i + 2 < s.size())
            grams.push_back(gramId((std::uint64_t(1) << 48) | (bigram << 16) | s.at(i + 2).unicode()));
    }
    std::sort(grams.begin(), grams.end());
    std::vector<Entry> counted;
    counted.reserve(grams.size());
    for (int g : grams) {
        if (!counted.empty() && counted.back().gram == g)
            counted.back().weight += 1.0f;
        else
            counted.push_back({ g, 1.0f });
    }
    for (const Entry &g : counted)
        ++m_df[std::size_t(g.gram)];
    m_docs.push_back(std::move(counted));
    return int(m_docs.size()) - 1;
}

void NgramCorpus::finalise(const std::vector<int> &indexed)
{
    clearUpperVectorHalves();
    const double n = double(m_docs.size());
    for (auto &doc : m_docs) {
        double norm = 0;
        for (Entry &e : doc) {
            const double idf = std::log((n + 1.0) / (double(m_df[std::size_t(e.gram)]) + 0.5));
            const double w = (1.0 + std::log(double(e.weight))) * std::max(idf, 0.0);
            e.weight = float(w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (Entry &e : doc)
            e.weight = norm > 0 ? float(e.weight / norm) : 0.0f;
    }
    m_postings.assign(m_df.size(), {});
    for (int d : indexed) {
        for (const Entry &e : m_docs.at(std::size_t(d))) {
            if (e.weight > 0)
                m_postings[std::size_t(e.gram)].emplace_back(d, e.weight);
        }
    }
    // Champion lists: an n-gram in very many documents keeps those it weighs most in, in document order.
    m_capFloor.assign(m_df.size(), 0.0f);
    for (std::size_t g = 0; g < m_postings.size(); ++g) {
        auto &list = m_postings[g];
        if (list.size() <= std::size_t(m_maxPostings))
            continue;
        std::nth_element(list.begin(), list.begin() + m_maxPostings, list.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        list.resize(std::size_t(m_maxPostings));
        list.shrink_to_fit();
        m_capFloor[g] = std::min_element(list.begin(), list.end(), [](const auto &a, const auto &b) {
                            return a.second < b.second;
                        })->second;
        std::sort(list.begin(), list.end());
    }
    m_accumulator.assign(m_docs.size(), 0.0f);
    m_queryWeights.assign(m_df.size(), 0.0f);
    m_touched.clear();
}

double NgramCorpus::similarity(int a, int b) const
{
    clearUpperVectorHalves();
    const auto &x = m_docs.at(std::size_t(a));
    const auto &y = m_docs.at(std::size_t(b));
    double dot = 0;
    std::size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i].gram < y[j].gram)
            ++i;
        else if (y[j].gram < x[i].gram)
            ++j;
        else
            dot += double(x[i++].weight) * double(y[j++].weight);
    }
    return dot;
}

std::vector<std::pair<int, double>> NgramCorpus::query(int doc, double minScore, int limit) const
{
    clearUpperVectorHalves();
    float *acc = m_accumulator.data();
    const auto &query = m_docs.at(std::size_t(doc));
    // A cut list lacks only documents the n-gram weighs no more in than its lowest kept weight, so what the
    // accumulated scores can lack is at most `missing`.
    double missing = 0;
    ++m_stats.queries;
    for (const Entry &e : query) {
        const float qw = e.weight;
        if (qw <= 0)
            continue;
        const auto &list = m_postings[std::size_t(e.gram)];
        missing += double(qw) * double(m_capFloor[std::size_t(e.gram)]);
        m_stats.postingsScanned += std::int64_t(list.size());
        for (const auto &[d, w] : list) {
            if (acc[d] == 0.0f)
                m_touched.push_back(d);
            acc[d] += qw * w;
        }
    }
    std::vector<std::pair<int, double>> hits;
    const auto better = [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    if (missing == 0) {
        for (int d : m_touched) {
            if (d != doc && acc[d] >= minScore)
                hits.emplace_back(d, acc[d]);
        }
    } else {
        // Score in full, best first by the index, the candidates whose bound can still reach the result.
        std::vector<std::pair<int, double>> candidates;
        for (int d : m_touched) {
            if (d != doc && double(acc[d]) + missing + 1e-6 >= minScore)
                candidates.emplace_back(d, acc[d]);
        }
        // A few per wanted result at most: past them the query is approximate, and so it is when a document
        // sharing only cut n-grams could reach the threshold.
        const std::size_t verified = limit < 0 ? candidates.size()
                                               : std::min(candidates.size(), std::size_t(2 * limit + 16));
        bool complete = verified == candidates.size() && missing + 1e-6 < minScore;
        if (verified < candidates.size()) {
            std::nth_element(candidates.begin(), candidates.begin() + std::ptrdiff_t(verified), candidates.end(),
                             better);
            candidates.resize(verified);
        }
        std::sort(candidates.begin(), candidates.end(), better);
        for (const Entry &e : query)
            m_queryWeights[std::size_t(e.gram)] = e.weight;
        std::vector<double> best; // min-heap of the best `limit` full scores
        for (const auto &[d, partial] : candidates) {
            if (limit >= 0 && best.size() >= std::size_t(limit) && partial + missing + 1e-6 < best.front()) {
                complete = complete || missing + 1e-6 < minScore;
                break;
            }
            ++m_stats.candidatesVerified;
            double score = 0; // the cosine, one pass over the candidate against the query spread out by n-gram
            for (const Entry &e : m_docs[std::size_t(d)])
                score += double(m_queryWeights[std::size_t(e.gram)]) * double(e.weight);
            if (score < minScore)
                continue;
            hits.emplace_back(d, score);
            if (limit < 0)
                continue;
            best.push_back(score);
            std::push_heap(best.begin(), best.end(), std::greater<>());
            if (best.size() > std::size_t(limit)) {
                std::pop_heap(best.begin(), best.end(), std::greater<>());
                best.pop_back();
            }
        }
        for (const Entry &e : query)
            m_queryWeights[std::size_t(e.gram)] = 0.0f;
        if (!complete)
            ++m_stats.inexact;
    }
    for (int d : m_touched)
        acc[d] = 0.0f;
    m_touched.clear();
    std::sort(hits.begin(), hits.end(), better);
    if (limit >= 0 && hits.size() > std::size_t(limit))
        hits.resize(std::size_t(limit));
    return hits;
}

} // namespace pw::review
