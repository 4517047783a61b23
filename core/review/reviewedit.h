#pragma once

// Undoable changes of the review state stored in a document (review/ entries), without a new Document
// API: the command swaps the document's extra entries and lives on the document's own undo stack, so
// decisions, counterparts and comments undo like any other edit and mark the document modified.

#include "reviewstore.h"

#include <memory>

namespace pw { class Document; class Plan; }

namespace pw::review {

/** The review state currently stored in @p document. */
ReviewState reviewState(const Document &document, QStringList *warnings = nullptr);
/** Stores @p state in @p document as one undo step named @p text; nothing happens if it is unchanged. */
void setReviewState(Document &document, const ReviewState &state, const QString &text);

/** Records @p parent (its file name, title and 文号) as the parent of @p child, as one undo step. */
void linkParent(Document &child, const Document &parent);

/** A deep copy of a plan with the same ids (a snapshot to compare off the GUI thread). */
std::unique_ptr<Plan> clonePlan(const Plan &plan, bool freshIds = false);

} // namespace pw::review
