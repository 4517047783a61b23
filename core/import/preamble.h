#pragma once

// Paragraphs before the first numbered heading (notice, title, preamble, a news lead): which are the plan's
// prose — searched for targets and, in a document without numbered headings, its flat outline — and which are
// the notice's furniture (addressees, 印发给你们, signature, date, short labels).

#include <QString>
#include <QStringView>

namespace pw::import {

/** A sentence-bearing paragraph that is not notice boilerplate. */
bool isProseParagraph(QStringView paragraph);

/** A short title for a paragraph of a flat outline: its first clause, at most 30 characters. */
QString paragraphTitle(QStringView paragraph);

} // namespace pw::import
