#include "textsimilarity.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pw::review {

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
    QString s = text;
    return s.remove(re);
}

int NgramCorpus::gramId(std::uint64_t key)
{
    const auto [it, inserted] = m_gramIds.try_emplace(key, int(m_df.size()));
    if (inserted)
        m_df.push_back(0);
    return it->second;
}

int NgramCorpus::add(const QString &text)
{
    const QString s = normaliseForSimilarity(text);
    std::vector<Entry> grams;
    grams.reserve(std::size_t(2 * s.size()));
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        const std::uint64_t bigram = (std::uint64_t(s.at(i).unicode()) << 16) | s.at(i + 1).unicode();
        grams.push_back({ gramId(bigram), 1.0f });
        if (i + 2 < s.size()) {
            const std::uint64_t trigram = (std::uint64_t(1) << 48) | (bigram << 16) | s.at(i + 2).unicode();
            grams.push_back({ gramId(trigram), 1.0f });
        }
    }
    std::sort(grams.begin(), grams.end(), [](const Entry &a, const Entry &b) { return a.gram < b.gram; });
    std::vector<Entry> counted;
    for (const Entry &g : grams) {
        if (!counted.empty() && counted.back().gram == g.gram)
            counted.back().weight += 1.0f;
        else
            counted.push_back(g);
    }
    for (const Entry &g : counted)
        ++m_df[std::size_t(g.gram)];
    m_docs.push_back(std::move(counted));
    return int(m_docs.size()) - 1;
}

void NgramCorpus::finalise(const std::vector<int> &indexed)
{
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
    m_accumulator.assign(m_docs.size(), 0.0f);
    m_touched.clear();
}

double NgramCorpus::similarity(int a, int b) const
{
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
    for (const Entry &e : m_docs.at(std::size_t(doc))) {
        if (e.weight <= 0)
            continue;
        for (const auto &[d, w] : m_postings[std::size_t(e.gram)]) {
            if (m_accumulator[std::size_t(d)] == 0.0f)
                m_touched.push_back(d);
            m_accumulator[std::size_t(d)] += e.weight * w;
        }
    }
    std::vector<std::pair<int, double>> hits;
    for (int d : m_touched) {
        const double score = m_accumulator[std::size_t(d)];
        m_accumulator[std::size_t(d)] = 0.0f;
        if (d != doc && score >= minScore)
            hits.emplace_back(d, score);
    }
    m_touched.clear();
    std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (limit >= 0 && hits.size() > std::size_t(limit))
        hits.resize(std::size_t(limit));
    return hits;
}

} // namespace pw::review
