#include "chardiff.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

void push(QList<TextSegment> &out, DiffOp op, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().op == op)
        out.last().text += text;
    else
        out.append({ op, text.toString() });
}

/** Myers' greedy forward algorithm with the V vectors kept for backtracking; false if D > maxEdits. */
bool myers(QStringView a, QStringView b, int maxEdits, QList<TextSegment> &out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    // Time is O((N+M)·D): bound the work as well as the edit count, so a huge node cannot stall the diff.
    constexpr qint64 kMaxWork = 50'000'000;
    const int maxD = int(std::min<qint64>({ qint64(n) + m, maxEdits, kMaxWork / std::max<qint64>(1, qint64(n) + m) }));
    const int offset = maxD + 1;
    std::vector<int> v(std::size_t(2 * offset + 1), 0);
    std::vector<std::vector<int>> trace; // trace[d] = v[-d-1 .. d+1] before round d
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[std::size_t(offset + k - 1)] < v[std::size_t(offset + k + 1)]))
                ? v[std::size_t(offset + k + 1)]
                : v[std::size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[std::size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;

    struct Step { DiffOp op; int index; };
    std::vector<Step> steps; // reversed; index into a (equal/delete) or b (insert)
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &vp = trace[std::size_t(d)];
        const auto at = [&](int k) { return vp[std::size_t(k + d + 1)]; };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            steps.push_back({ DiffOp::Equal, --x });
            --y;
        }
        if (x == prevX)
            steps.push_back({ DiffOp::Insert, --y });
        else
            steps.push_back({ DiffOp::Delete, --x });
    }
    while (x > 0) {
        steps.push_back({ DiffOp::Equal, --x });
        --y;
    }
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        push(out, it->op, it->op == DiffOp::Insert ? b.mid(it->index, 1) : a.mid(it->index, 1));
    return true;
}

} // namespace

QList<TextSegment> diffText(const QString &before, const QString &after, int maxEdits)
{
    QList<TextSegment> out;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    push(out, DiffOp::Equal, QStringView(before).left(prefix));
    const QStringView a = QStringView(before).mid(prefix, before.size() - prefix - suffix);
    const QStringView b = QStringView(after).mid(prefix, after.size() - prefix - suffix);
    if (!myers(a, b, maxEdits, out)) {
        push(out, DiffOp::Delete, a);
        push(out, DiffOp::Insert, b);
    }
    push(out, DiffOp::Equal, QStringView(before).right(suffix));
    return out;
}

QString toKey(DiffOp op)
{
    switch (op) {
    case DiffOp::Equal: return u"equal"_s;
    case DiffOp::Insert: return u"insert"_s;
    case DiffOp::Delete: return u"delete"_s;
    }
    return {};
}

} // namespace pw::review
