#pragma once

namespace pw {

/** QUndoCommand::id() values of commands that merge with their successor. */
enum CommandId { SetNodeContentId = 1, SetMetadataId = 2 };

} // namespace pw
