#pragma once

#include "model/entities.h"

#include <QUndoCommand>

#include <memory>

namespace pw {

class Document;
class Plan;

class SetMetadataCommand final : public QUndoCommand
{
public:
    SetMetadataCommand(Document *document, const PlanMetadata &before, const PlanMetadata &after);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    PlanMetadata m_before;
    PlanMetadata m_after;
};

/** Swaps the whole plan; the command owns whichever plan is not in the document. */
class ReplacePlanCommand final : public QUndoCommand
{
public:
    ReplacePlanCommand(Document *document, std::unique_ptr<Plan> plan, const QString &text);
    ~ReplacePlanCommand() override;
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    std::unique_ptr<Plan> m_other;
};

} // namespace pw
