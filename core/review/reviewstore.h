#pragma once

// What a reviewer records in the child document, kept in the file's review/ entries:
//   review/parent.json       the linked parent plan (path, title, 文号)
//   review/decisions.json    confirm / reject / add match, not applicable + reason
//   review/counterparts.json the edited counterpart table
//   review/comments.json     comments with replies (see comments in reviewresult.h)
// Reading treats the entries as hostile: bounded size, unknown values skipped with a warning.

#include "reviewresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace pw { class Node; }

namespace pw::review {

inline constexpr char kParentEntry[] = "review/parent.json";
inline constexpr char kDecisionsEntry[] = "review/decisions.json";
inline constexpr char kCounterpartsEntry[] = "review/counterparts.json";
inline constexpr char kCommentsEntry[] = "review/comments.json";

struct ParentLink
{
    QString path;      ///< file path of the parent .pwplan, as the reviewer chose it
    QString title;
    QString docNumber;

    bool isEmpty() const { return path.isEmpty() && title.isEmpty() && docNumber.isEmpty(); }
    bool operator==(const ParentLink &) const = default;
};

enum class DecisionKind { Confirm, Reject, Add, NotApplicable };

struct Decision
{
    DecisionKind kind = DecisionKind::Confirm;
    QUuid parentNodeId;
    QString parentKey;   ///< content key of the parent task, so decisions survive re-importing the parent
    QUuid childNodeId;   ///< null for NotApplicable
    QString reason;
    QString author;
    QDateTime time;

    bool operator==(const Decision &) const = default;
};

struct ReviewState
{
    ParentLink parent;
    QList<Decision> decisions;
    QList<Counterpart> counterparts; ///< reviewer-edited rows only; rules fill the rest
    QList<Comment> comments;

    /** Replaces an earlier decision of the same parent task (and child, for match decisions). */
    void setDecision(const Decision &decision);
    void removeDecision(const QUuid &parentNodeId, const QUuid &childNodeId, DecisionKind kind);
};

QString toKey(DecisionKind k);

/** A content key of a parent task: a hash of its normalised title and text. */
QString taskKey(const Node &node);

/** Reads the review/ entries; a malformed entry is skipped with a message in @p warnings. */
ReviewState readReviewState(const QMap<QString, QByteArray> &entries, QStringList *warnings);
/** Writes the review/ entries into @p entries (other entries stay untouched; empty parts are removed). */
void writeReviewState(const ReviewState &state, QMap<QString, QByteArray> &entries);

QByteArray commentsToJson(const QList<Comment> &comments);
QList<Comment> commentsFromJson(const QByteArray &json, QStringList *warnings);

} // namespace pw::review
