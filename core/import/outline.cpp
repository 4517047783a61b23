#include "outline.h"

#include "chinesetext.h"

#include "io/limits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

const QRegularExpression &debrisLine()
{
    static const QRegularExpression re(
        uR"(^(?:当前位置|當前位置|您的位置|来源[:：]|來源[:：]|时间[:：]|時間[:：]|发布时间|發佈時間|发布日期|浏览次数|責任編輯|责任编辑|分享到|扫一扫|打印本页|关闭窗口|【\s*(?:打印|关闭|關閉)|〖\s*(?:打印|关闭|關閉)|上一篇|下一篇))"_s);
    return re;
}

const QRegularExpression &tableCaption()
{
    static const QRegularExpression re(uR"(^(?:附)?表\s*[0-9０-９一二三四五六七八九十]+\s*\S)"_s);
    return re;
}

/** A closing sentence: 本方案自发布之日起施行, 本规划自…起实施, 本办法由…负责解释 (at a sentence start). */
const QRegularExpression &closingSentence()
{
    static const QRegularExpression re(
        uR"((?:^|(?<=[。；！？）)]))本(?:实施)?(?:方案|规划|计划|意见|办法|细则|措施|规定|通知)(?:自[^。；]{0,30}起|由[^。；]{1,40}负责解释))"_s);
    return re;
}

/** Moves the closing sentence and everything after it out of the last item's body: it is the document's own
 *  paragraph, not part of that item. */
void takeClosing(Outline &outline, OutlineNode *last, const QString &text)
{
    for (qsizetype i = 0; i < last->body.size(); ++i) {
        const Paragraph para = last->body.at(i);
        const QRegularExpressionMatch m = closingSentence().match(para.text(text));
        if (!m.hasMatch())
            continue;
        const qsizetype at = para.start + m.capturedStart();
        outline.closing.append({ at, para.end });
        outline.closing.append(last->body.mid(i + 1));
        last->body.resize(i);
        if (at > para.start)
            last->body.append({ para.start, at });
        return;
    }
}

bool isDebrisLine(QStringView line)
{
    // The first characters of debrisLine()'s alternatives: a cheap test that rules out almost every line.
    constexpr QStringView kFirst = u"当當您来來时時发發浏責责分扫打关【〖上下";
    return !line.isEmpty() && kFirst.contains(line.front()) && debrisLine().match(line).hasMatch();
}

bool isTableCaption(QStringView line)
{
    return !line.isEmpty() && (line.front() == u'附' || line.front() == u'表')
        && tableCaption().match(line).hasMatch();
}

bool isYearCell(QStringView s)
{
    static const QRegularExpression re(uR"(^(?:19|20)\d\d\s*年?(?:（[^）]*）|\([^)]*\))?$)"_s);
    return re.match(s).hasMatch();
}

bool isHeaderCell(QStringView s)
{
    return s.size() <= 16
        && (isYearCell(s) || s.contains(u"指标") || s.contains(u"序号") || s.contains(u"单位") || s.contains(u"變化")
            || s.contains(u"变化") || s.contains(u"目标") || s.contains(u"类别") || s.contains(u"属性")
            || s.contains(u"基期") || s.contains(u"现状") || s.contains(u"备注") || s.contains(u"年均"));
}

bool isSequenceCell(QStringView s, int expected)
{
    bool ok = false;
    const int v = foldWidth(s.toString()).toInt(&ok);
    return ok && v == expected;
}

/** A table printed one cell per line after a caption "表1 …": header cells, then rows that start with their
 *  sequence number 1, 2, 3 …. Returns the number of paragraphs consumed (0 if this is not such a table). */
qsizetype takeCellPerLineTable(const QString &text, const QList<Paragraph> &paras, qsizetype at, ParsedTable *table)
{
    qsizetype i = at + 1;
    QList<Paragraph> header;
    while (i < paras.size() && isHeaderCell(paras[i].text(text)) && header.size() < 20)
        header.append(paras[i++]);
    if (header.size() < 2 || i >= paras.size() || !isSequenceCell(paras[i].text(text), 1))
        return 0;
    table->rows.append(header);
    int expected = 1;
    while (i < paras.size() && isSequenceCell(paras[i].text(text), expected)) {
        QList<Paragraph> row { paras[i++] };
        while (i < paras.size() && !isSequenceCell(paras[i].text(text), expected + 1)) {
            const QStringView cell = paras[i].text(text);
            // A heading or a sentence ends the table.
            if (headingTokenAt(cell, 0) || cell.size() > 60 || cell.endsWith(u'。'))
                break;
            row.append(paras[i++]);
            if (row.size() > 24)
                break;
        }
        table->rows.append(row);
        ++expected;
        if (i < paras.size() && (headingTokenAt(paras[i].text(text), 0) || paras[i].text(text).size() > 60))
            break;
    }
    table->caption = paras[at].text(text).toString();
    table->span = { paras[at].start, paras[i - 1].end };
    return i - at;
}

/** Consecutive lines with tab-separated cells (tables from .docx/.html). */
qsizetype takeTabTable(const QString &text, const QList<Paragraph> &paras, qsizetype at, ParsedTable *table)
{
    qsizetype i = at;
    while (i < paras.size() && paras[i].text(text).contains(u'\t')) {
        QList<Paragraph> row;
        qsizetype s = paras[i].start;
        for (qsizetype k = paras[i].start; k <= paras[i].end; ++k) {
            if (k == paras[i].end || text.at(k) == u'\t') {
                row.append({ s, k });
                s = k + 1;
            }
        }
        table->rows.append(row);
        ++i;
    }
    if (i == at)
        return 0;
    table->span = { paras[at].start, paras[i - 1].end };
    return i - at;
}

} // namespace

qsizetype headingTitleLength(QStringView line, qsizetype *restStart)
{
    const qsizetype n = line.size();
    qsizetype end = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line.at(i);
        if (c == u'。' || c == u'；' || c == u';' || c == u'：' || c == u':' || c == u'！') {
            end = i;
            break;
        }
    }
    if (end < 0) {
        // No sentence end: a short line is all title; a long one is a paragraph whose first clause is the title.
        if (n <= 60) {
            *restStart = n;
            return n;
        }
        const qsizetype comma = line.indexOf(u'，');
        end = comma > 0 && comma <= 60 ? comma : 60;
        *restStart = end + (comma == end ? 1 : 0);
        return end;
    }
    *restStart = end + 1;
    return end;
}

Outline parseOutline(const QString &text)
{
    Outline outline;
    QList<Paragraph> paras;
    for (qsizetype s = 0; s < text.size();) {
        qsizetype e = text.indexOf(u'\n', s);
        if (e < 0)
            e = text.size();
        if (e > s)
            paras.append({ s, e });
        s = e + 1;
    }

    struct Level
    {
        HeadingStyle style;
        int number;
        OutlineNode *node;
    };
    QList<Level> stack;
    OutlineNode *current = &outline.root;
    int headings = 0;

    for (qsizetype p = 0; p < paras.size(); ++p) {
        const Paragraph para = paras[p];
        const QStringView line = para.text(text);
        if (isDebrisLine(line)) {
            outline.debris.append(para);
            continue;
        }
        if (line.contains(u'\t')) {
            ParsedTable table;
            const qsizetype used = takeTabTable(text, paras, p, &table);
            if (p > 0 && isTableCaption(paras[p - 1].text(text)))
                table.caption = paras[p - 1].text(text).toString();
            current->tables.append(table);
            p += used - 1;
            continue;
        }
        if (isTableCaption(line)) {
            ParsedTable table;
            if (const qsizetype used = takeCellPerLineTable(text, paras, p, &table)) {
                current->tables.append(table);
                p += used - 1;
                continue;
            }
        }
        const auto token = headingTokenAt(line, 0);
        const bool hasTitle = token && token->length < line.size();
        if (!token || !hasTitle) {
            if (current == &outline.root)
                outline.preamble.append(para);
            else
                current->body.append(para);
            continue;
        }

        // Place the heading: an open level with the same style; else an equivalent style continuing its count;
        // else one level deeper.
        int level = -1;
        for (int i = int(stack.size()) - 1; i >= 0; --i) {
            if (stack[i].style == token->style) {
                level = i;
                break;
            }
        }
        if (level < 0 && token->number > 1) {
            for (int i = int(stack.size()) - 1; i >= 0; --i) {
                if (equivalentStyles(stack[i].style, token->style) && stack[i].number + 1 == token->number) {
                    level = i;
                    break;
                }
            }
        }
        if (level < 0)
            level = int(stack.size());
        if (level >= kMaxOutlineDepth) {
            current->body.append(para);
            continue;
        }
        if (++headings > limits::kNodes) {
            outline.tooManyHeadings = true;
            break;
        }
        stack.resize(level);
        OutlineNode *parent = level == 0 ? &outline.root : stack[level - 1].node;

        auto node = std::make_unique<OutlineNode>();
        node->token = *token;
        node->parent = parent;
        node->depth = level + 1;
        node->headingSpan = para;
        const QStringView afterNumber = line.mid(token->length);
        qsizetype restStart = 0;
        const qsizetype titleLength = headingTitleLength(afterNumber, &restStart);
        const qsizetype titleStart = para.start + token->length;
        node->title = afterNumber.left(titleLength).toString().trimmed();
        node->titleSpan = { titleStart, titleStart + titleLength };
        if (restStart < afterNumber.size())
            node->body.append({ titleStart + restStart, para.end });
        OutlineNode *raw = node.get();
        parent->children.push_back(std::move(node));
        stack.append({ token->style, token->number, raw });
        current = raw;
    }
    if (current != &outline.root)
        takeClosing(outline, current, text);
    return outline;
}

} // namespace pw::import
