#pragma once

// The neutral content of a printed report: paragraphs with font roles, rules, tables and page breaks.
// Built once from a plan (reportbuilder.h) and written by every output: PDF/print (reportlayout.h), DOCX
// and ODT. All text is plain text; nothing here is ever interpreted as markup.

#include "reportfonts.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace pw::report {

/** What a paragraph is; DOCX/ODT map roles to named styles, the PDF layout to spacing rules. */
enum class Role {
    Body,
    Title,        ///< 2号小标宋, centred
    Subtitle,     ///< （征求意见稿）
    Heading1,     ///< 一、 黑体
    Heading2,     ///< （一） 楷体
    Heading3,     ///< 1. 仿宋 bold
    Heading4,     ///< （1） 仿宋
    Departments,  ///< 牵头单位/责任单位 lines
    AnnexLabel,   ///< 附件1, 黑体 top-left
    Banner,       ///< 发文机关标志, red
    DocNumber,    ///< 发文字号
    Recipients,   ///< 主送机关
    Signature,    ///< 发文机关署名 and 成文日期
    Note,         ///< 附注
    PageNumber,
    TableHeader,
    TableCell,
};

enum class Align { Justify, Left, Center, Right };

struct Run
{
    QString text;
    FontRole font = FontRole::FangSong;
    bool bold = false;
};

struct Paragraph
{
    Role role = Role::Body;
    QList<Run> runs;
    Align align = Align::Justify;
    int firstIndentChars = 2; ///< 左空二字; continuation lines start at the margin (回行顶格)
    int rightIndentChars = 0;
    qreal pointSize = 16;
    QColor color = Qt::black;
    int blankLinesBefore = 0; ///< whole grid lines left empty above
    bool keepWithNext = false;

    QString text() const;
};

/** A horizontal rule across the text block (the red rule under the 文号). */
struct Rule
{
    QColor color = Qt::black;
    qreal widthMm = 0.35;
    qreal gapBeforeMm = 0;
    qreal gapAfterMm = 0;
};

/** Vertical space in millimetres, e.g. the 35 mm above the 发文机关标志. */
struct Spacer
{
    qreal mm = 0;
};

struct TableColumn
{
    QString header;
    qreal weight = 1; ///< share of the text-block width
    Align align = Align::Left;
};

struct Table
{
    QList<TableColumn> columns;
    QList<QStringList> rows; ///< each row has columns.size() cells
};

struct ChartSeries
{
    QString name;
    QColor color;
    QList<qreal> values; ///< one per category
};

/** A horizontal bar chart, painted as vector graphics in PDF/print; DOCX/ODT get its data as a table. */
struct BarChart
{
    QString title;
    QStringList categories;
    QList<ChartSeries> series;
    bool stacked = true;
};

/** Starts a new page; @p landscape sets the orientation of it and its continuation pages. */
struct PageBreak
{
    bool landscape = false;
};

using Block = std::variant<Paragraph, Rule, Spacer, Table, BarChart, PageBreak>;

struct ReportDocument
{
    QString title;      ///< for PDF/DOCX/ODT metadata
    bool draft = false; ///< centred page numbers instead of outer side
    QList<Block> blocks;
};

} // namespace pw::report
