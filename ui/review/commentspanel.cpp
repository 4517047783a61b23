#include "commentspanel.h"

#include "reviewcontroller.h"

#include "document/document.h"
#include "model/plan.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

constexpr int kCommentIdRole = Qt::UserRole;
constexpr int kNodeIdRole = Qt::UserRole + 1;

} // namespace

CommentsPanel::CommentsPanel(ReviewController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(new QTreeWidget(this))
    , m_showResolved(new QCheckBox(tr("Show resolved"), this))
    , m_add(new QPushButton(tr("Add comment…"), this))
    , m_reply(new QPushButton(tr("Reply…"), this))
    , m_resolve(new QPushButton(tr("Resolve / reopen"), this))
{
    m_list->setHeaderLabels({ tr("Comment"), tr("Author"), tr("Time"), tr("Status") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    buttons->addWidget(m_showResolved);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_showResolved, &QCheckBox::toggled, this, &CommentsPanel::reload);
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Add comment"),
                                                            tr("Comment on %1:").arg(m_anchorLabel), QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            addComment(text.trimmed());
    });
    connect(m_reply, &QPushButton::clicked, this, [this] {
        const QUuid id = currentCommentId();
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Reply"), tr("Reply:"), QString(), &ok);
        if (!id.isNull() && ok && !text.trimmed().isEmpty())
            reply(id, text.trimmed());
    });
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const QUuid id = currentCommentId();
        for (const review::Comment &c : m_controller->state().comments) {
            if (c.id == id)
                setResolved(id, c.status == review::CommentStatus::Open);
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid node = item->data(0, kNodeIdRole).toUuid();
        if (!node.isNull())
            Q_EMIT nodeActivated(node);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CommentsPanel::updateButtons);
    if (Document *child = m_controller->childDocument()) {
        connect(child->undoStack(), &QUndoStack::indexChanged, this, &CommentsPanel::reload);
        connect(child, &Document::readOnlyChanged, this, &CommentsPanel::updateButtons);
    }
    setAnchor({}, {});
    reload();
}

QString CommentsPanel::author()
{
    const QString configured = QSettings().value(u"review/author"_s).toString();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? tr("Reviewer") : user;
}

void CommentsPanel::setAnchor(const review::CommentAnchor &anchor, const QString &label)
{
    m_anchor = anchor;
    m_anchorLabel = label.isEmpty() ? tr("the plan") : label;
    if (anchor.kind != review::AnchorKind::Plan && anchor.nodeId.isNull() && anchor.targetId.isNull()) {
        m_anchor.kind = review::AnchorKind::Plan;
        m_anchorLabel = tr("the plan");
    }
    m_add->setToolTip(tr("Comment on %1").arg(m_anchorLabel));
}

QUuid CommentsPanel::currentCommentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kCommentIdRole).toUuid() : QUuid();
}

void CommentsPanel::reload()
{
    const QUuid current = currentCommentId();
    m_list->clear();
    const Document *child = m_controller->childDocument();
    for (const review::Comment &c : m_controller->state().comments) {
        if (c.status == review::CommentStatus::Resolved && !m_showResolved->isChecked())
            continue;
        QString where;
        if (child && !c.anchor.nodeId.isNull()) {
            if (const Node *n = child->plan().findNode(c.anchor.nodeId))
                where = nodeNumber(*n) + n->content.title;
            if (c.anchor.kind == review::AnchorKind::Assignment && !c.anchor.departmentId.isNull())
                where += u" · "_s + child->plan().departmentNames({ c.anchor.departmentId }).join(QString());
        }
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, where.isEmpty() ? c.text : u"[%1] %2"_s.arg(where, c.text));
        item->setText(1, c.author);
        item->setText(2, QLocale().toString(c.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(3, c.status == review::CommentStatus::Open ? tr("open") : tr("resolved"));
        item->setData(0, kCommentIdRole, c.id);
        item->setData(0, kNodeIdRole, c.anchor.nodeId);
        for (const review::CommentReply &r : c.replies) {
            auto *replyItem = new QTreeWidgetItem(item);
            replyItem->setText(0, r.text);
            replyItem->setText(1, r.author);
            replyItem->setText(2, QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat));
        }
        item->setExpanded(true);
        if (c.id == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void CommentsPanel::updateButtons()
{
    const Document *child = m_controller->childDocument();
    const bool editable = child && !child->isReadOnly();
    m_add->setEnabled(editable);
    m_reply->setEnabled(editable && !currentCommentId().isNull());
    m_resolve->setEnabled(editable && !currentCommentId().isNull());
}

void CommentsPanel::addComment(const QString &text)
{
    review::ReviewState state = m_controller->state();
    review::Comment c;
    c.anchor = m_anchor;
    c.author = author();
    c.time = QDateTime::currentDateTimeUtc();
    c.text = text;
    state.comments.append(c);
    m_controller->setState(state, tr("Add comment"));
}

void CommentsPanel::reply(const QUuid &commentId, const QString &text)
{
    review::ReviewState state = m_controller->state();
    for (review::Comment &c : state.comments) {
        if (c.id == commentId)
            c.replies.append({ QUuid::createUuid(), author(), QDateTime::currentDateTimeUtc(), text });
    }
    m_controller->setState(state, tr("Reply to comment"));
}

void CommentsPanel::setResolved(const QUuid &commentId, bool resolved)
{
    review::ReviewState state = m_controller->state();
    for (review::Comment &c : state.comments) {
        if (c.id == commentId)
            c.status = resolved ? review::CommentStatus::Resolved : review::CommentStatus::Open;
    }
    m_controller->setState(state, resolved ? tr("Resolve comment") : tr("Reopen comment"));
}

} // namespace pw
