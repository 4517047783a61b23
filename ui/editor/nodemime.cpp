#include "nodemime.h"

#include "document/document.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

constexpr quint32 kMagic = 0x50574e44; // "PWND"
constexpr quint32 kVersion = 1;
constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxNodes = 200000;

void writeNode(QDataStream &out, const Plan &plan, const Node &n)
{
    const NodeContent &c = n.content;
    out << n.id() << toKey(c.kind) << c.title << c.text << plan.departmentNames(c.lead)
        << plan.departmentNames(c.support) << plan.departmentNames(c.territorial) << c.deadline << c.tags
        << qint32(n.childCount());
    for (int i = 0; i < n.childCount(); ++i)
        writeNode(out, plan, *n.child(i));
}

bool readNode(QDataStream &in, PortableNode &node, int depth, qsizetype &budget)
{
    if (depth > kMaxDepth || --budget < 0)
        return false;
    QString kind;
    qint32 children = 0;
    in >> node.id >> kind >> node.content.title >> node.content.text >> node.lead >> node.support
        >> node.territorial >> node.content.deadline >> node.content.tags >> children;
    const auto k = fromKey<NodeKind>(kind);
    if (in.status() != QDataStream::Ok || !k || children < 0 || children > budget)
        return false;
    node.content.kind = *k;
    node.children.resize(std::size_t(children));
    for (PortableNode &child : node.children) {
        if (!readNode(in, child, depth + 1, budget))
            return false;
    }
    return true;
}

QList<QUuid> resolve(Document &document, const QStringList &names)
{
    QList<QUuid> ids;
    for (const QString &name : names) {
        if (const Department *d = document.plan().departmentByName(name)) {
            ids.append(d->id);
            continue;
        }
        Department added;
        added.name = name;
        document.addDepartment(added);
        ids.append(added.id);
    }
    return ids;
}

std::unique_ptr<Node> materialize(Document &document, const PortableNode &p)
{
    NodeContent c = p.content;
    c.lead = resolve(document, p.lead);
    c.support = resolve(document, p.support);
    c.territorial = resolve(document, p.territorial);
    auto node = std::make_unique<Node>(c);
    for (const PortableNode &child : p.children)
        node->insertChild(node->childCount(), materialize(document, child));
    return node;
}

} // namespace

QMimeData *encodeNodes(const Plan &plan, quintptr documentIdentity, const QList<const Node *> &nodes)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    QList<const Node *> topmost;
    for (const Node *n : nodes) {
        const bool covered = std::any_of(
            nodes.begin(), nodes.end(), [n](const Node *o) { return o != n && o->isAncestorOf(n); });
        if (!covered && !topmost.contains(n))
            topmost.append(n);
    }
    out << kMagic << kVersion << QCoreApplication::applicationPid() << quint64(documentIdentity)
        << qint32(topmost.size());
    for (const Node *n : topmost)
        writeNode(out, plan, *n);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kNodesMimeType), bytes);
    QStringList titles;
    for (const Node *n : topmost)
        titles.append(nodeNumber(*n) + n->content.title);
    mime->setText(titles.join(u'\n'));
    return mime;
}

bool decodeNodes(const QMimeData *mime, NodeDrag *drag)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kNodesMimeType)))
        return false;
    QDataStream in(mime->data(QString::fromLatin1(kNodesMimeType)));
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    quint64 document = 0;
    qint32 count = 0;
    in >> magic >> version >> drag->processId >> document >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count < 0
        || count > kMaxNodes)
        return false;
    drag->document = quintptr(document);
    drag->nodes.clear();
    drag->nodes.resize(std::size_t(count));
    qsizetype budget = kMaxNodes;
    for (PortableNode &n : drag->nodes) {
        if (!readNode(in, n, 0, budget))
            return false;
    }
    return true;
}

bool isFromDocument(const NodeDrag &drag, quintptr documentIdentity)
{
    return drag.processId == QCoreApplication::applicationPid() && drag.document == documentIdentity;
}

QList<const Node *> insertPortableNodes(
    Document &document, const Node *parent, int row, const std::vector<PortableNode> &nodes)
{
    QList<const Node *> inserted;
    if (nodes.empty())
        return inserted;
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(
        QCoreApplication::translate("pw::Commands", "Copy %n item(s)", nullptr, int(nodes.size())));
    for (const PortableNode &p : nodes) {
        const std::unique_ptr<Node> subtree = materialize(document, p);
        if (const Node *copy = document.insertCopy(parent, row++, *subtree))
            inserted.append(copy);
    }
    stack->endMacro();
    return inserted;
}

} // namespace pw
