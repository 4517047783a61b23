// Every QtWidgets header includes this one first. core/ puts this folder ahead of Qt's include path,
// so any QtWidgets include in core/ stops the build here.
#error "core/ must not use QtWidgets: move widget code to ui/"
