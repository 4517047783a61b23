#include "reviewstore.h"

#include "io/limits.h"
#include "model/node.h"
#include "textsimilarity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

constexpr qsizetype kMaxEntryBytes = limits::kReviewEntryBytes;
constexpr qsizetype kMaxItems = limits::kReviewItems;
constexpr qsizetype kMaxTextChars = limits::kReviewTextChars;

/** Warns once when a review list is longer than the limit; only its first kMaxItems elements are read. */
void warnIfTruncated(const QJsonArray &items, const char *entry, QStringList *warnings)
{
    if (items.size() > kMaxItems && warnings)
        warnings->append(u"%1: "_s.arg(QString::fromLatin1(entry))
                         + limits::tooLarge(u"%1 items"_s.arg(items.size()), kMaxItems)
                         + u"; the rest are ignored"_s);
}

QJsonValue idOrNull(const QUuid &id) { return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces)); }
QString timeText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
QString text(const QJsonObject &o, const QString &key) { return o.value(key).toString().left(kMaxTextChars); }
QDateTime time(const QJsonObject &o, const QString &key) { return QDateTime::fromString(o.value(key).toString(), Qt::ISODate); }

std::optional<QJsonObject> parseObject(const QMap<QString, QByteArray> &entries, const char *name,
                                       QStringList *warnings)
{
    const auto it = entries.constFind(QString::fromLatin1(name));
    if (it == entries.cend())
        return std::nullopt;
    if (it->size() > kMaxEntryBytes) {
        if (warnings)
            warnings->append(u"%1: "_s.arg(QString::fromLatin1(name))
                             + limits::tooLarge(u"%1 bytes"_s.arg(it->size()), kMaxEntryBytes) + u", ignored"_s);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*it, &error);
    if (!doc.isObject()) {
        if (warnings)
            warnings->append(u"%1: not a JSON object (%2), ignored"_s.arg(QString::fromLatin1(name), error.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<DecisionKind> decisionFromKey(const QString &key)
{
    for (auto k : { DecisionKind::Confirm, DecisionKind::Reject, DecisionKind::Add, DecisionKind::NotApplicable }) {
        if (toKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Indented); }

} // namespace

QString toKey(DecisionKind k)
{
    switch (k) {
    case DecisionKind::Confirm: return u"confirm"_s;
    case DecisionKind::Reject: return u"reject"_s;
    case DecisionKind::Add: return u"add"_s;
    case DecisionKind::NotApplicable: return u"not-applicable"_s;
    }
    return {};
}

void ReviewState::setDecision(const Decision &decision)
{
    const bool perTask = decision.kind == DecisionKind::NotApplicable;
    decisions.removeIf([&](const Decision &d) {
        if (d.parentNodeId != decision.parentNodeId)
            return false;
        if (perTask)
            return d.kind == DecisionKind::NotApplicable;
        return d.kind != DecisionKind::NotApplicable && d.childNodeId == decision.childNodeId;
    });
    decisions.append(decision);
}

void ReviewState::removeDecision(const QUuid &parentNodeId, const QUuid &childNodeId, DecisionKind kind)
{
    decisions.removeIf([&](const Decision &d) {
        return d.parentNodeId == parentNodeId && d.kind == kind && d.childNodeId == childNodeId;
    });
}

QString taskKey(const Node &node)
{
    const QString s = normaliseForSimilarity(node.content.title + u'|' + stripResponsibility(node.content.text));
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QByteArray commentsToJson(const QList<Comment> &comments)
{
    QJsonArray items;
    for (const Comment &c : comments)
        items.append(toJson(c));
    return json(QJsonObject { { u"formatVersion"_s, 1 }, { u"comments"_s, items } });
}

QList<Comment> commentsFromJson(const QByteArray &bytes, QStringList *warnings)
{
    QMap<QString, QByteArray> entries { { QString::fromLatin1(kCommentsEntry), bytes } };
    return readReviewState(entries, warnings).comments;
}

ReviewState readReviewState(const QMap<QString, QByteArray> &entries, QStringList *warnings)
{
    ReviewState state;
    if (const auto o = parseObject(entries, kParentEntry, warnings)) {
        state.parent = { text(*o, u"path"_s), text(*o, u"title"_s), text(*o, u"docNumber"_s) };
    }
    if (const auto o = parseObject(entries, kDecisionsEntry, warnings)) {
        const QJsonArray items = o->value(u"decisions"_s).toArray();
        warnIfTruncated(items, kDecisionsEntry, warnings);
        for (qsizetype i = 0; i < items.size() && i < kMaxItems; ++i) {
            const QJsonObject d = items.at(i).toObject();
            const auto kind = decisionFromKey(d.value(u"kind"_s).toString());
            const QUuid parentId = QUuid::fromString(d.value(u"parentNodeId"_s).toString());
            if (!kind || parentId.isNull()) {
                if (warnings)
                    warnings->append(u"review/decisions.json: decision %1 is malformed, ignored"_s.arg(i + 1));
                continue;
            }
            state.decisions.append({ *kind, parentId, text(d, u"parentKey"_s),
                QUuid::fromString(d.value(u"childNodeId"_s).toString()), text(d, u"reason"_s), text(d, u"author"_s),
                time(d, u"time"_s) });
        }
    }
    if (const auto o = parseObject(entries, kCounterpartsEntry, warnings)) {
        const QJsonArray items = o->value(u"counterparts"_s).toArray();
        warnIfTruncated(items, kCounterpartsEntry, warnings);
        for (qsizetype i = 0; i < items.size() && i < kMaxItems; ++i) {
            const QJsonObject c = items.at(i).toObject();
            const QString from = text(c, u"parentDepartment"_s);
            if (from.isEmpty())
                continue;
            state.counterparts.append({ from, text(c, u"childDepartment"_s), c.value(u"branchOffice"_s).toBool(), true });
        }
    }
    if (const auto o = parseObject(entries, kCommentsEntry, warnings)) {
        const QJsonArray items = o->value(u"comments"_s).toArray();
        warnIfTruncated(items, kCommentsEntry, warnings);
        for (qsizetype i = 0; i < items.size() && i < kMaxItems; ++i) {
            const QJsonObject c = items.at(i).toObject();
            const QJsonObject a = c.value(u"anchor"_s).toObject();
            const auto kind = anchorKindFromKey(a.value(u"kind"_s).toString());
            const auto status = commentStatusFromKey(c.value(u"status"_s).toString());
            const QUuid id = QUuid::fromString(c.value(u"id"_s).toString());
            if (!kind || !status || id.isNull()) {
                if (warnings)
                    warnings->append(u"review/comments.json: comment %1 is malformed, ignored"_s.arg(i + 1));
                continue;
            }
            Comment comment;
            comment.id = id;
            comment.anchor = { *kind, QUuid::fromString(a.value(u"nodeId"_s).toString()),
                QUuid::fromString(a.value(u"targetId"_s).toString()),
                QUuid::fromString(a.value(u"departmentId"_s).toString()) };
            comment.author = text(c, u"author"_s);
            comment.time = time(c, u"time"_s);
            comment.text = text(c, u"text"_s);
            comment.status = *status;
            const QJsonArray replies = c.value(u"replies"_s).toArray();
            for (qsizetype j = 0; j < replies.size() && j < kMaxItems; ++j) {
                const QJsonObject r = replies.at(j).toObject();
                CommentReply reply;
                const QUuid rid = QUuid::fromString(r.value(u"id"_s).toString());
                if (!rid.isNull())
                    reply.id = rid;
                reply.author = text(r, u"author"_s);
                reply.time = time(r, u"time"_s);
                reply.text = text(r, u"text"_s);
                comment.replies.append(reply);
            }
            state.comments.append(comment);
        }
    }
    return state;
}

void writeReviewState(const ReviewState &state, QMap<QString, QByteArray> &entries)
{
    const auto put = [&](const char *name, bool empty, const QByteArray &bytes) {
        if (empty)
            entries.remove(QString::fromLatin1(name));
        else
            entries.insert(QString::fromLatin1(name), bytes);
    };
    const ParentLink &p = state.parent;
    put(kParentEntry, p.isEmpty(),
        json(QJsonObject { { u"formatVersion"_s, 1 }, { u"path"_s, p.path }, { u"title"_s, p.title },
            { u"docNumber"_s, p.docNumber } }));
    QJsonArray decisions;
    for (const Decision &d : state.decisions) {
        decisions.append(QJsonObject { { u"kind"_s, toKey(d.kind) }, { u"parentNodeId"_s, idOrNull(d.parentNodeId) },
            { u"parentKey"_s, d.parentKey }, { u"childNodeId"_s, idOrNull(d.childNodeId) }, { u"reason"_s, d.reason },
            { u"author"_s, d.author }, { u"time"_s, timeText(d.time) } });
    }
    put(kDecisionsEntry, decisions.isEmpty(),
        json(QJsonObject { { u"formatVersion"_s, 1 }, { u"decisions"_s, decisions } }));
    QJsonArray counterparts;
    for (const Counterpart &c : state.counterparts)
        counterparts.append(toJson(c));
    put(kCounterpartsEntry, counterparts.isEmpty(),
        json(QJsonObject { { u"formatVersion"_s, 1 }, { u"counterparts"_s, counterparts } }));
    put(kCommentsEntry, state.comments.isEmpty(), commentsToJson(state.comments));
}

} // namespace pw::review
