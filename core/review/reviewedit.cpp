#include "reviewedit.h"

#include "document/document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace pw::review {
namespace {

class SetExtraEntriesCommand final : public QUndoCommand
{
public:
    SetExtraEntriesCommand(Document *document, QMap<QString, QByteArray> after, const QString &text)
        : QUndoCommand(text)
        , m_doc(document)
        , m_before(document->extraEntries())
        , m_after(std::move(after))
    {
    }
    void redo() override { m_doc->setExtraEntries(m_after); }
    void undo() override { m_doc->setExtraEntries(m_before); }

private:
    Document *m_doc;
    QMap<QString, QByteArray> m_before;
    QMap<QString, QByteArray> m_after;
};

void cloneChildren(const Node &from, Node &to, bool freshIds)
{
    for (int i = 0; i < from.childCount(); ++i) {
        const Node &c = *from.child(i);
        auto copy = std::make_unique<Node>(c.content, freshIds ? QUuid::createUuid() : c.id());
        cloneChildren(c, *copy, freshIds);
        to.insertChild(to.childCount(), std::move(copy));
    }
}

} // namespace

ReviewState reviewState(const Document &document, QStringList *warnings)
{
    return readReviewState(document.extraEntries(), warnings);
}

void setReviewState(Document &document, const ReviewState &state, const QString &text)
{
    QMap<QString, QByteArray> entries = document.extraEntries();
    writeReviewState(state, entries);
    if (entries == document.extraEntries())
        return;
    document.undoStack()->push(new SetExtraEntriesCommand(&document, entries, text));
}

void linkParent(Document &child, const Document &parent)
{
    ReviewState state = reviewState(child);
    state.parent = { parent.fileName(), parent.plan().metadata.title, parent.plan().metadata.docNumber };
    setReviewState(child, state, QCoreApplication::translate("pw::review", "Link parent plan"));
}

std::unique_ptr<Plan> clonePlan(const Plan &plan, bool freshIds)
{
    auto copy = std::make_unique<Plan>();
    copy->metadata = plan.metadata;
    copy->departments = plan.departments;
    copy->indicators = plan.indicators;
    copy->targets = plan.targets;
    copy->projects = plan.projects;
    copy->sourceText = plan.sourceText;
    copy->sourceName = plan.sourceName;
    copy->sourceLayout = plan.sourceLayout;
    cloneChildren(plan.root(), copy->root(), freshIds);
    return copy;
}

} // namespace pw::review
