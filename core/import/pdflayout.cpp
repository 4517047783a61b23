#include "pdflayout.h"

#include "normalizer.h"

#include <algorithm>

namespace pw::import::pdf {
namespace {

constexpr double kColumnGapEm = 0.6; ///< a wider gap in a line is a table's column gap
constexpr double kTableGapEm = 1.0; ///< a line with two gaps this wide may start a table
constexpr double kMinSeparatorEm = 0.3; ///< a column separator narrowed below this is gone: not a table
constexpr double kMaxRowGapEm = 2.5; ///< more vertical space than this ends a table
constexpr double kCellLineGapEm = 0.25; ///< lines of one cell follow closer than this
// Far above real tables, so that hostile pages stay linear: wider lines are not tables, larger tables are
// left as printed lines.
constexpr std::size_t kMaxColumns = 40;
constexpr std::size_t kMaxTableWords = 4000;

/** A vertical gap between two columns of a table, as x bounds. */
struct Separator
{
    double left;
    double right;
};

struct Cell
{
    int column = 0;
    QRectF box;
    QString text;
};

double medianHeight(const std::vector<Word> &words)
{
    std::vector<double> heights;
    for (const Word &w : words)
        heights.push_back(w.box.height());
    std::nth_element(heights.begin(), heights.begin() + qsizetype(heights.size() / 2), heights.end());
    return std::max(heights[heights.size() / 2], 1.0);
}

std::vector<Separator> wideGaps(const Line &line)
{
    std::vector<Separator> gaps;
    for (std::size_t i = 1; i < line.words.size(); ++i) {
        const double left = line.words[i - 1].box.right(), right = line.words[i].box.left();
        if (right - left >= kTableGapEm * line.em)
            gaps.push_back({ left, right });
    }
    return gaps;
}

/** @p separators narrowed by the words of @p line, or false when the line's words close one of them. */
bool narrowSeparators(std::vector<Separator> &separators, const Line &line)
{
    for (Separator &s : separators) {
        for (const Word &w : line.words) {
            if (w.box.right() <= s.left || w.box.left() >= s.right)
                continue;
            if (w.box.center().x() < (s.left + s.right) / 2)
                s.left = std::max(s.left, w.box.right());
            else
                s.right = std::min(s.right, w.box.left());
        }
        if (s.right - s.left < kMinSeparatorEm * line.em)
            return false;
    }
    return true;
}

/** The cells of a table's lines: per column, the line segments that follow each other closely. */
std::vector<Cell> tableCells(const std::vector<Line> &lines, const std::vector<Separator> &separators)
{
    const double em = lines.front().em;
    std::vector<Cell> cells;
    std::vector<int> lastCell(separators.size() + 1, -1);
    for (const Line &line : lines) {
        std::vector<std::vector<Word>> segments(separators.size() + 1);
        for (const Word &w : line.words) {
            const auto column = std::count_if(separators.begin(), separators.end(),
                [&](const Separator &s) { return s.right <= w.box.center().x(); });
            segments[std::size_t(column)].push_back(w);
        }
        for (std::size_t c = 0; c < segments.size(); ++c) {
            if (segments[c].empty())
                continue;
            const Line segment = composeLine(std::move(segments[c]));
            const int last = lastCell[c];
            if (last >= 0 && segment.box.top() - cells[std::size_t(last)].box.bottom() < kCellLineGapEm * em) {
                Cell &cell = cells[std::size_t(last)];
                if (needsSpaceAtJoin(cell.text, segment.text))
                    cell.text += u' ';
                cell.text += segment.text;
                cell.box = cell.box.united(segment.box);
            } else {
                lastCell[c] = int(cells.size());
                cells.push_back({ int(c), segment.box, segment.text });
            }
        }
    }
    return cells;
}

/** The rows of a table: cells whose vertical extents overlap. A cell spanning several cells of another
 *  column (a merged category cell) joins the first row it overlaps instead of merging the rows. */
std::vector<Line> tableRows(const std::vector<Line> &lines, const std::vector<Separator> &separators)
{
    const double em = lines.front().em;
    std::vector<Cell> cells = tableCells(lines, separators);
    auto overlap = [em](const QRectF &a, const QRectF &b) {
        return std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top()) > 0.2 * em;
    };
    std::vector<bool> spanning(cells.size(), false);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::vector<int> perColumn(separators.size() + 1, 0);
        for (std::size_t j = 0; j < cells.size(); ++j) {
            if (cells[j].column != cells[i].column && overlap(cells[i].box, cells[j].box)
                && ++perColumn[std::size_t(cells[j].column)] >= 2)
                spanning[i] = true;
        }
    }
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (!spanning[i])
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return cells[a].box.top() < cells[b].box.top(); });
    std::vector<QRectF> rowBoxes;
    std::vector<std::vector<std::size_t>> rowCells;
    for (const std::size_t i : order) {
        if (rowBoxes.empty() || cells[i].box.top() > rowBoxes.back().bottom() - 0.2 * em) {
            rowBoxes.push_back(cells[i].box);
            rowCells.emplace_back();
        }
        rowBoxes.back() = rowBoxes.back().united(cells[i].box);
        rowCells.back().push_back(i);
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (!spanning[i])
            continue;
        const auto row = std::find_if(
            rowBoxes.begin(), rowBoxes.end(), [&](const QRectF &r) { return overlap(r, cells[i].box); });
        if (row != rowBoxes.end())
            rowCells[std::size_t(row - rowBoxes.begin())].push_back(i);
    }
    std::vector<Line> rows;
    for (std::size_t r = 0; r < rowCells.size(); ++r) {
        std::vector<QString> columns(separators.size() + 1);
        std::sort(rowCells[r].begin(), rowCells[r].end(),
            [&](std::size_t a, std::size_t b) { return cells[a].box.top() < cells[b].box.top(); });
        for (const std::size_t i : rowCells[r]) {
            QString &text = columns[std::size_t(cells[i].column)];
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + cells[i].text;
        }
        Line row;
        row.em = em;
        row.tableRow = true;
        for (const QString &text : columns)
            row.text += (row.text.isEmpty() ? QString() : QStringLiteral("\t")) + (text.isEmpty() ? QStringLiteral("-") : text);
        for (const std::size_t i : rowCells[r])
            row.box = row.box.isNull() ? cells[i].box : row.box.united(cells[i].box);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Line composeLine(std::vector<Word> words)
{
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    Line line;
    line.em = medianHeight(words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const double gap = words[i].box.left() - words[i - 1].box.right();
            const bool latin = words[i - 1].text.back().unicode() < 0x80 && words[i].text.front().unicode() < 0x80;
            constexpr int kMaxGapSpaces = 40;
            if (gap > kColumnGapEm * line.em)
                line.text += QString(std::clamp(qRound(gap / (0.5 * line.em)), 2, kMaxGapSpaces), u' ');
            else if (gap > (latin ? 0.15 : 0.3) * line.em)
                line.text += u' ';
        }
        line.text += words[i].text;
        line.box = line.box.isNull() ? words[i].box : line.box.united(words[i].box);
    }
    double inked = 0, characters = 0;
    for (const Word &w : words) {
        inked += w.box.width();
        for (QChar c : w.text)
            characters += c.unicode() < 0x2000 ? 0.5 : 1.0;
    }
    line.advance = characters > 0 ? inked / characters : line.em;
    line.words = std::move(words);
    return line;
}

int rebuildTables(std::vector<Line> &lines)
{
    std::vector<Line> out;
    int rebuilt = 0;
    for (std::size_t i = 0; i < lines.size();) {
        std::vector<Separator> separators = wideGaps(lines[i]);
        std::size_t end = i + 1;
        std::size_t words = lines[i].words.size();
        if (separators.size() >= 2 && separators.size() < kMaxColumns) {
            double bottom = lines[i].box.bottom();
            for (; end < lines.size() && lines[end].box.top() - bottom <= kMaxRowGapEm * lines[end].em; ++end) {
                std::vector<Separator> narrowed = separators;
                if (!narrowSeparators(narrowed, lines[end]))
                    break;
                separators = std::move(narrowed);
                bottom = std::max(bottom, lines[end].box.bottom());
                words += lines[end].words.size();
            }
        }
        if (end - i < 2 || words > kMaxTableWords) {
            const std::size_t keep = words > kMaxTableWords ? end : i + 1;
            std::move(lines.begin() + qsizetype(i), lines.begin() + qsizetype(keep), std::back_inserter(out));
            i = keep;
            continue;
        }
        std::vector<Line> rows
            = tableRows(std::vector<Line>(lines.begin() + qsizetype(i), lines.begin() + qsizetype(end)), separators);
        rebuilt += int(rows.size());
        std::move(rows.begin(), rows.end(), std::back_inserter(out));
        i = end;
    }
    lines = std::move(out);
    return rebuilt;
}

} // namespace pw::import::pdf
