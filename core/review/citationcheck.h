#pragma once

// Citation check: the child cites its parent by title and 文号 (domain-notes §1: 〔〕, [] and spaces vary).

#include "reviewresult.h"

namespace pw { class Plan; }

namespace pw::review {

/** 文号 in standard form: brackets around the year become 〔〕, spaces go: "临政发[2024]5 号" → "临政发〔2024〕5号". */
QString normaliseDocNumber(const QString &docNumber);
/** A title without 《》〈〉, spaces, "关于印发" and "的通知", for comparison. */
QString normaliseTitle(const QString &title);
/** Citations 《title》（文号） in a text. */
QList<QPair<QString, QString>> findCitations(const QString &text);

CitationFinding checkCitation(const Plan &parent, const Plan &child);

} // namespace pw::review
