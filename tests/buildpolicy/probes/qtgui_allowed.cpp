// Build-policy control probe: core/ may use Qt Gui (QUndoStack), so this must compile.
#include <QUndoStack>
