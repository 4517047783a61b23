#pragma once

// Drag and drop / clipboard format for outline nodes. The payload carries the node ids (for moves
// inside the same document) and a self-contained copy of each subtree with department *names*, so a
// drop into another plan can copy it and map the departments onto that plan's registry.

#include "model/node.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QMimeData;

namespace pw {

class Document;
class Plan;

inline constexpr char kNodesMimeType[] = "application/x-planwright-nodes";

/** A subtree detached from any plan: departments by name. */
struct PortableNode
{
    QUuid id;
    NodeContent content; ///< department id lists are empty; see the name lists
    QStringList lead, support, territorial;
    std::vector<PortableNode> children;
};

struct NodeDrag
{
    qint64 processId = 0;
    quintptr document = 0; ///< identity only, never dereferenced
    std::vector<PortableNode> nodes;
};

/** Encodes the given subtrees (topmost nodes only) of @p plan. */
QMimeData *encodeNodes(const Plan &plan, quintptr documentIdentity, const QList<const Node *> &nodes);
/** Decodes a payload; false for anything malformed (bounded depth and sizes). */
bool decodeNodes(const QMimeData *mime, NodeDrag *drag);
/** True if the payload came from @p documentIdentity in this process. */
bool isFromDocument(const NodeDrag &drag, quintptr documentIdentity);

/** Inserts copies of the subtrees at @p row of @p parent as one undo step, adding departments the
 *  target registry lacks. Returns the inserted nodes. */
QList<const Node *> insertPortableNodes(
    Document &document, const Node *parent, int row, const std::vector<PortableNode> &nodes);

} // namespace pw
