#include "plancommands.h"

#include "document/mutation.h"

#include <QCoreApplication>

namespace pw {

SetMetadataCommand::SetMetadataCommand(Document *document, const PlanMetadata &before, const PlanMetadata &after)
    : QUndoCommand(QCoreApplication::translate("pw::Commands", "Edit plan properties"))
    , m_doc(document)
    , m_before(before)
    , m_after(after)
{
}

void SetMetadataCommand::redo() { Mutation(m_doc).setMetadata(m_after); }
void SetMetadataCommand::undo() { Mutation(m_doc).setMetadata(m_before); }

ReplacePlanCommand::ReplacePlanCommand(Document *document, std::unique_ptr<Plan> plan, const QString &text)
    : QUndoCommand(text)
    , m_doc(document)
    , m_other(std::move(plan))
{
}

ReplacePlanCommand::~ReplacePlanCommand() = default;

void ReplacePlanCommand::redo() { Mutation(m_doc).swapPlan(m_other); }
void ReplacePlanCommand::undo() { Mutation(m_doc).swapPlan(m_other); }

} // namespace pw
