#include "reportlayout.h"

#include "pdfunicode.h"
#include "reportchart.h"
#include "reportunits.h"

#include "io/planfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

constexpr qreal kBodySize = 16;            // 3号
constexpr qreal kGridLines = 22;           // 一般每面排22行
constexpr qreal kGridChars = 28;           // 每行排28个字
constexpr qreal kEmAscent = 0.88;          // ideographic em box above the baseline, in em
constexpr qreal kTableSize = 12;           // 小四 in annex tables
constexpr qreal kTableLinePitch = 1.45;    // in em
constexpr qreal kCellPadH = 4, kCellPadV = 3; // points
constexpr qreal kPageNumberSize = 14;      // 4号
constexpr qreal kPageNumberGapMm = 7;
constexpr qreal kEpsilon = 0.5;            // layout units

struct LineItem
{
    const QTextLayout *layout;
    int line;
    QPointF baseline; ///< where the line's origin (x = 0 of the layout) meets its baseline
    QColor color;
};

struct RuleItem
{
    QLineF line;
    QColor color;
    qreal width;
};

struct ChartItem
{
    BarChart chart;
    QRectF rect;
};

struct Page
{
    bool landscape = false;
    std::vector<LineItem> lines;
    std::vector<RuleItem> rules;
    std::vector<ChartItem> charts;
};

Qt::Alignment qtAlign(Align a)
{
    switch (a) {
    case Align::Justify:
        return Qt::AlignJustify;
    case Align::Left:
        return Qt::AlignLeft;
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Right:
        return Qt::AlignRight;
    }
    return Qt::AlignLeft;
}

QString printable(QString s)
{
    // QTextLayout treats these as forced breaks; report paragraphs are already split.
    s.replace(u'\n', u' ').replace(u'\r', u' ').replace(QChar::LineSeparator, u' ')
        .replace(QChar::ParagraphSeparator, u' ');
    return s;
}

/** True if @p text has a run without a break opportunity longer than any line: QTextLayout's word-boundary
 *  mode rescans such a run for every line it breaks (quadratic), so it is laid out breaking anywhere. */
bool hasLongUnbrokenRun(const QString &text)
{
    constexpr qsizetype kLongestWord = 200;
    qsizetype run = 0;
    for (QChar c : text) {
        const bool breakable = c.isSpace() || c.unicode() >= 0x2e80 || c.isPunct();
        run = breakable ? 0 : run + 1;
        if (run > kLongestWord)
            return true;
    }
    return false;
}

} // namespace

PageGeometry pageGeometry(bool landscape)
{
    if (!landscape)
        return { QSizeF(210, 297), QRectF(28, 37, 156, 225) };
    // The portrait page turned so that its 订口 (left) is on top: the table head sits at the binding edge.
    return { QSizeF(297, 210), QRectF(35, 28, 225, 156) };
}

struct ReportLayout::Impl
{
    Impl(const ReportDocument &doc, const ReportFonts &f)
        : fonts(f)
        , draft(doc.draft)
    {
        gridPitch = mmToUnits(225) / kGridLines;
        gridCharWidth = mmToUnits(156) / kGridChars;
        newPage(false);
        for (const Block &b : doc.blocks)
            std::visit([this](const auto &block) { place(block); }, b);
    }

    const ReportFonts &fonts;
    bool draft;
    qreal gridPitch;
    qreal gridCharWidth;
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    std::vector<Page> pages;
    qreal cursor = 0; ///< from the block top, in units
    bool pageHasContent = false;
    /** A keep-with-next heading just placed on this page: its first line and the cursor before it. */
    std::optional<std::pair<std::size_t, qreal>> keeping;

    /** Starts a new page for a table or chart, taking a heading that must stay with it along. */
    void newPageKeepingHeading()
    {
        if (!keeping || keeping->second <= 0) {
            keeping.reset();
            newPage(pages.back().landscape);
            return;
        }
        const auto [first, before] = *keeping;
        keeping.reset();
        std::vector<LineItem> &lines = pages.back().lines;
        const std::vector<LineItem> carried(lines.begin() + std::ptrdiff_t(first), lines.end());
        lines.erase(lines.begin() + std::ptrdiff_t(first), lines.end());
        const qreal used = cursor - before;
        const qreal oldTop = block().top();
        newPage(pages.back().landscape);
        const qreal delta = block().top() - (oldTop + before);
        for (LineItem item : carried) {
            item.baseline.ry() += delta;
            pages.back().lines.push_back(item);
        }
        cursor = used;
        pageHasContent = true;
    }

    QRectF block() const
    {
        const QRectF mm = pageGeometry(pages.back().landscape).blockMm;
        return { mmToUnits(mm.x()), mmToUnits(mm.y()), mmToUnits(mm.width()), mmToUnits(mm.height()) };
    }
    qreal remaining() const { return block().height() - cursor; }

    void newPage(bool landscape)
    {
        pages.push_back(Page { landscape, {}, {}, {} });
        cursor = 0;
        pageHasContent = false;
    }

    QFont fontFor(const Run &run, qreal size) const
    {
        QFont font = layoutFont(fonts, run.font, size, run.bold);
        // Squeeze 3号 text so that exactly 28 characters fill the 156 mm line (撑满版心).
        if (qFuzzyCompare(size, kBodySize))
            font.setLetterSpacing(QFont::AbsoluteSpacing, gridCharWidth - ptToUnits(kBodySize) - 0.05);
        return font;
    }

    QTextLayout *makeLayout(const QList<Run> &runs, qreal size, Align align)
    {
        QString text;
        QList<QTextLayout::FormatRange> formats;
        for (const Run &run : runs) {
            const QString t = printable(run.text);
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(t.size());
            range.format.setFont(fontFor(run, size));
            formats.append(range);
            text += t;
        }
        auto layout = std::make_unique<QTextLayout>(text, runs.isEmpty() ? fontFor(Run {}, size)
                                                                         : fontFor(runs.first(), size));
        layout->setFormats(formats);
        QTextOption option(qtAlign(align));
        option.setWrapMode(hasLongUnbrokenRun(text) ? QTextOption::WrapAnywhere
                                                    : QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layouts.push_back(std::move(layout));
        return layouts.back().get();
    }

    /** Breaks @p layout into lines: the first indented by @p firstIndent, all narrower by @p rightIndent. */
    static void breakLines(QTextLayout *layout, qreal width, qreal firstIndent, qreal rightIndent)
    {
        layout->beginLayout();
        for (bool first = true;; first = false) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal indent = first ? firstIndent : 0;
            line.setLineWidth(std::max<qreal>(width - indent - rightIndent, ptToUnits(kBodySize)));
            line.setPosition(QPointF(indent, 0));
        }
        layout->endLayout();
    }

    void place(const Paragraph &p)
    {
        const qreal size = p.pointSize;
        const qreal pitch = std::max(gridPitch, ptToUnits(size) * 1.3);
        const qreal charWidth = qFuzzyCompare(size, kBodySize) ? gridCharWidth : ptToUnits(size);
        QTextLayout *layout = makeLayout(p.runs, size, p.align);
        breakLines(layout, block().width(), p.firstIndentChars * charWidth, p.rightIndentChars * charWidth);
        const int lineCount = layout->lineCount();
        if (pageHasContent) {
            const qreal blank = p.blankLinesBefore * gridPitch;
            // Keep a heading with the next line; avoid a lone first line (orphan) at the page foot.
            const int keepLines = p.keepWithNext ? lineCount + 1 : std::min(lineCount, 2);
            if (remaining() - blank < keepLines * pitch - kEpsilon)
                newPage(pages.back().landscape);
            else
                cursor += blank;
        }
        const std::size_t pageIndex = pages.size();
        const std::size_t firstLine = pages.back().lines.size();
        const qreal before = cursor;
        for (int i = 0; i < lineCount; ++i) {
            if (remaining() < pitch - kEpsilon)
                newPage(pages.back().landscape);
            const QRectF b = block();
            const qreal baseline = b.top() + cursor + ptToUnits(size) * kEmAscent;
            pages.back().lines.push_back({ layout, i, QPointF(b.left(), baseline), p.color });
            cursor += pitch;
            pageHasContent = true;
        }
        if (p.keepWithNext && pages.size() == pageIndex)
            keeping = std::make_pair(firstLine, before);
        else
            keeping.reset();
    }

    void place(const Rule &r)
    {
        keeping.reset();
        cursor += mmToUnits(r.gapBeforeMm);
        const QRectF b = block();
        const qreal y = b.top() + cursor;
        pages.back().rules.push_back({ QLineF(b.left(), y, b.right(), y), r.color, mmToUnits(r.widthMm) });
        cursor += mmToUnits(r.gapAfterMm);
        pageHasContent = true;
    }

    void place(const Spacer &s)
    {
        keeping.reset();
        cursor = std::min(cursor + mmToUnits(s.mm), block().height());
        pageHasContent = true;
    }

    void place(const BarChart &c)
    {
        const qreal height = chartHeight(c, block().width(), fonts);
        if (pageHasContent && remaining() < height)
            newPageKeepingHeading();
        keeping.reset();
        const QRectF b = block();
        pages.back().charts.push_back({ c, QRectF(b.left(), b.top() + cursor, b.width(), height) });
        cursor = std::min(cursor + height, b.height());
        pageHasContent = true;
    }

    void place(const PageBreak &b)
    {
        keeping.reset();
        if (pageHasContent || pages.back().landscape != b.landscape) {
            if (!pageHasContent)
                pages.pop_back();
            newPage(b.landscape);
        }
    }

    struct Cell
    {
        QTextLayout *layout;
        qreal x;
    };

    std::vector<Cell> layoutRow(const QStringList &cells, const std::vector<qreal> &xs,
                                const QList<TableColumn> &columns, bool header)
    {
        std::vector<Cell> row;
        const qreal pad = ptToUnits(kCellPadH);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Run run { c < cells.size() ? cells.at(c) : QString(), header ? FontRole::HeiTi : FontRole::FangSong,
                            false };
            QTextLayout *layout = makeLayout({ run }, kTableSize, header ? Align::Center : columns.at(c).align);
            breakLines(layout, xs[std::size_t(c) + 1] - xs[std::size_t(c)] - 2 * pad, 0, 0);
            row.push_back({ layout, xs[std::size_t(c)] + pad });
        }
        return row;
    }

    static int rowLines(const std::vector<Cell> &row)
    {
        int n = 1;
        for (const Cell &c : row)
            n = std::max(n, c.layout->lineCount());
        return n;
    }

    /** Draws lines [from, from + count) of each cell and the cell borders at the cursor. */
    void drawRowSegment(const std::vector<Cell> &row, const std::vector<qreal> &xs, int from, int count,
                        bool centre)
    {
        const qreal pitch = ptToUnits(kTableSize) * kTableLinePitch;
        const qreal padV = ptToUnits(kCellPadV);
        const qreal height = count * pitch + 2 * padV;
        const QRectF b = block();
        const qreal top = b.top() + cursor;
        Page &page = pages.back();
        for (const Cell &cell : row) {
            const int lines = std::min(cell.layout->lineCount() - from, count);
            const qreal offset = centre ? (count - lines) * pitch / 2 : 0;
            for (int i = 0; i < lines; ++i) {
                const qreal baseline = top + padV + offset + i * pitch + (pitch - ptToUnits(kTableSize)) / 2
                    + ptToUnits(kTableSize) * kEmAscent;
                page.lines.push_back({ cell.layout, from + i, QPointF(b.left() + cell.x, baseline), Qt::black });
            }
        }
        const qreal w = mmToUnits(0.25);
        const qreal bottom = top + height;
        page.rules.push_back({ QLineF(b.left() + xs.front(), top, b.left() + xs.back(), top), Qt::black, w });
        page.rules.push_back({ QLineF(b.left() + xs.front(), bottom, b.left() + xs.back(), bottom), Qt::black, w });
        for (qreal x : xs)
            page.rules.push_back({ QLineF(b.left() + x, top, b.left() + x, bottom), Qt::black, w });
        cursor += height;
        pageHasContent = true;
    }

    void place(const Table &t)
    {
        if (t.columns.isEmpty())
            return;
        qreal total = 0;
        for (const TableColumn &c : t.columns)
            total += std::max<qreal>(c.weight, 0.1);
        std::vector<qreal> xs { 0 };
        for (const TableColumn &c : t.columns)
            xs.push_back(xs.back() + block().width() * std::max<qreal>(c.weight, 0.1) / total);
        QStringList headers;
        for (const TableColumn &c : t.columns)
            headers.append(c.header);
        const std::vector<Cell> header = layoutRow(headers, xs, t.columns, true);
        const qreal pitch = ptToUnits(kTableSize) * kTableLinePitch;
        const qreal padV = ptToUnits(kCellPadV);
        const int headerLines = rowLines(header);
        const qreal headerHeight = headerLines * pitch + 2 * padV;
        auto startPage = [&](bool fresh) {
            if (fresh)
                newPage(pages.back().landscape);
            drawRowSegment(header, xs, 0, headerLines, true);
        };
        bool rowsOnPage = false;
        const qreal firstRowHeight = t.rows.isEmpty() ? 0 : pitch + 2 * padV;
        if (pageHasContent && remaining() < headerHeight + firstRowHeight)
            newPageKeepingHeading();
        keeping.reset();
        startPage(false);
        for (const QStringList &cells : t.rows) {
            const std::vector<Cell> row = layoutRow(cells, xs, t.columns, false);
            const int lines = rowLines(row);
            const qreal height = lines * pitch + 2 * padV;
            if (remaining() < height - kEpsilon && rowsOnPage) {
                startPage(true);
                rowsOnPage = false;
            }
            if (remaining() >= height - kEpsilon) {
                drawRowSegment(row, xs, 0, lines, true);
                rowsOnPage = true;
                continue;
            }
            // Taller than a whole page: split it between lines, repeating the header on each page.
            for (int from = 0; from < lines;) {
                int fit = int((remaining() - 2 * padV + kEpsilon) / pitch);
                if (fit < 1) {
                    startPage(true);
                    fit = std::max(1, int((remaining() - 2 * padV + kEpsilon) / pitch));
                }
                const int count = std::min(fit, lines - from);
                drawRowSegment(row, xs, from, count, false);
                from += count;
            }
            rowsOnPage = true;
        }
    }

    void paintPageNumber(QPainter &painter, int index) const
    {
        const Page &page = pages[std::size_t(index)];
        const PageGeometry g = pageGeometry(page.landscape);
        const QString text = u"— %1 —"_s.arg(index + 1);
        QFont font = layoutFont(fonts, FontRole::SongTi, kPageNumberSize);
        QTextLayout layout(text, font);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
        const qreal width = line.naturalTextWidth();
        const qreal oneChar = ptToUnits(kPageNumberSize);
        const bool odd = (index + 1) % 2 == 1;
        // Along the foot of the portrait page: the block's width, 7 mm below it.
        const qreal footLength = mmToUnits(page.landscape ? g.blockMm.height() : g.blockMm.width());
        qreal along = draft ? (footLength - width) / 2 : odd ? footLength - oneChar - width : oneChar;
        painter.save();
        painter.setPen(Qt::black);
        if (!page.landscape) {
            const qreal top = mmToUnits(g.blockMm.bottom() + kPageNumberGapMm);
            line.draw(&painter, QPointF(mmToUnits(g.blockMm.left()) + along,
                                        top + oneChar * kEmAscent - line.ascent()));
        } else {
            // The foot of the turned page is the landscape page's left edge; read bottom to top.
            const qreal x = mmToUnits(g.blockMm.left() - kPageNumberGapMm);
            painter.translate(x, mmToUnits(g.blockMm.bottom()));
            painter.rotate(-90);
            line.draw(&painter, QPointF(footLength - along - width, -oneChar * (1 - kEmAscent) - line.ascent()));
        }
        painter.restore();
    }
};

ReportLayout::ReportLayout(const ReportDocument &document, const ReportFonts &fonts)
    : d(std::make_unique<Impl>(document, fonts))
{
}

ReportLayout::~ReportLayout() = default;

int ReportLayout::pageCount() const
{
    return int(d->pages.size());
}

bool ReportLayout::isLandscape(int page) const
{
    return d->pages.at(std::size_t(page)).landscape;
}

void ReportLayout::paintPage(QPainter &painter, int index) const
{
    const Page &page = d->pages.at(std::size_t(index));
    painter.save();
    for (const RuleItem &r : page.rules) {
        painter.setPen(QPen(r.color, r.width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(r.line);
    }
    for (const ChartItem &c : page.charts)
        paintChart(painter, c.chart, c.rect, d->fonts);
    for (const LineItem &item : page.lines) {
        const QTextLine line = item.layout->lineAt(item.line);
        painter.setPen(item.color);
        line.draw(&painter, QPointF(item.baseline.x(), item.baseline.y() - line.ascent()));
    }
    painter.restore();
    d->paintPageNumber(painter, index);
}

bool ReportLayout::render(QPagedPaintDevice *device, bool switchOrientation, QString *error) const
{
    auto layoutFor = [](bool landscape) {
        return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                           QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    };
    device->setPageLayout(layoutFor(switchOrientation && !d->pages.empty() && d->pages.front().landscape));
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QCoreApplication::translate("pw::report::Layout", "cannot start painting the report");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pageCount(); ++i) {
        const bool landscape = d->pages[std::size_t(i)].landscape;
        if (i > 0) {
            if (switchOrientation)
                device->setPageLayout(layoutFor(landscape));
            if (!device->newPage()) {
                if (error)
                    *error = QCoreApplication::translate("pw::report::Layout", "cannot start page %1").arg(i + 1);
                return false;
            }
        }
        painter.save();
        painter.scale(device->logicalDpiX() / qreal(kLayoutDpi), device->logicalDpiY() / qreal(kLayoutDpi));
        if (landscape && !switchOrientation) {
            // Printers get portrait sheets: turn the page so that its top lies along the binding edge.
            painter.translate(0, mmToUnits(297));
            painter.rotate(-90);
        }
        paintPage(painter, i);
        painter.restore();
    }
    return painter.end();
}

std::optional<QByteArray> pdfBytes(const ReportDocument &document, const ReportFonts &fonts, QString *error)
{
    const ReportLayout layout(document, fonts);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kLayoutDpi);
        writer.setTitle(document.title);
        writer.setCreator(u"Planwright"_s);
        if (!layout.render(&writer, true, error))
            return std::nullopt;
    }
    QByteArray pdf = buffer.data();
    QStringList families;
    for (const QString &f : fonts.families) {
        if (!f.isEmpty() && !families.contains(f))
            families.append(f);
    }
    repairToUnicode(pdf, textLayerEquivalents(families));
    return pdf;
}

bool writePdf(const ReportDocument &document, const ReportFonts &fonts, const QString &path, QString *error)
{
    const auto pdf = pdfBytes(document, fonts, error);
    return pdf && writeFileAtomically(path, *pdf, error);
}

} // namespace pw::report
