#pragma once

// Department assignments as plans write them:
//  - lines after a task: "牵头单位：…" / "责任单位：…" / "配合单位：…" (also 牽頭單位, 責任單位);
//  - a parenthesis in or at the end of a task: "（A牵头，B、C按职责分工负责）", "（A、B按职责分工负责）",
//    "（责任单位：A、B）", with the conventions "下同" and "以下…不再（逐项）列出" for territorial units.
// Without an explicit 牵头, the first-listed unit is the de-facto lead (domain notes §5.2).

#include <QList>
#include <QString>
#include <QStringList>

namespace pw::import {

struct AssignmentBlock
{
    QStringList lead;
    QStringList support;
    QStringList territorial;
    QStringList stickyTerritorial; ///< "以下…均需X落实，不再列出": applies to this and the following tasks
    qsizetype start = 0;           ///< span in the text passed to the parser
    qsizetype end = 0;
    enum class Style { Line, Parenthesis } style = Style::Line;
};

/** If the whole @p line is an assignment line, returns its role keyword kind: 1 lead, 2 support, 0 none. */
int assignmentLineRole(QStringView line);
/** Where the assignment label of @p paragraph starts: 0 for a label line, the position of a label after the
 *  paragraph's last sentence ("…推进改造。责任单位：A、B。"), -1 if there is none. */
qsizetype assignmentLabelAt(QStringView paragraph);
/** Parses one "牵头单位：…" line into @p block (merging with what it already holds); returns the role of its
 *  first label as assignmentLineRole() does. */
int parseAssignmentLine(QStringView line, AssignmentBlock *block);

/** Assignment parentheses inside @p paragraph, in order, with spans relative to it. */
QList<AssignmentBlock> findAssignmentParentheses(QStringView paragraph);

/** Moves territorial units (各县市区人民政府, 管委会…) from lead/support to territorial and applies the
 *  first-listed-is-lead rule when no explicit lead was given. */
void finishAssignment(AssignmentBlock *block, bool explicitLead);

} // namespace pw::import
