#pragma once

// The headless command line: `planwright SUBCOMMAND …`. Each subcommand returns an exit code and
// prints a one-line reason to stderr on failure.

#include <QStringList>

#include <memory>

namespace pw::library { class Library; }

namespace pw::cli {

/** True if argv names a subcommand or --help/--version rather than files to open. */
bool isCommandLine(int argc, char *argv[]);
bool hasDisplay();
/** Points XDG_RUNTIME_DIR at a private 0700 directory if it is unset (headless runs, CI), so Qt neither
 *  warns about it nor falls back to a shared path. */
void ensureRuntimeDir();
void setApplicationInfo();
/** `planwright --version`: the version and those of the Qt, QuaZip (and Poppler, if linked) libraries loaded. */
QString versionText();
int run(int argc, char *argv[]);

/** A subcommand: its arguments start after the subcommand name. */
struct Command
{
    const char *name;
    const char *usage;
    int (*run)(const QStringList &args);
};

// Implemented in one file per family of subcommands.
int runNew(const QStringList &args);
int runShow(const QStringList &args);
int runValidate(const QStringList &args);
int runReport(const QStringList &args);
int runCompare(const QStringList &args);
int runDiff(const QStringList &args);
int runImport(const QStringList &args);
int runMatrix(const QStringList &args);
int runTargets(const QStringList &args);
int runLibrary(const QStringList &args);

/** Opens the library at @p db (an SQLite path or a postgresql:// URL; empty: the default one), asking for a
 *  password on a terminal when the server wants one; notices go to stderr. */
std::unique_ptr<library::Library> openLibraryAt(const QString &db, QString *error);

/** Prints "planwright: <message>" to stderr as one line (control and bidi characters escaped) and returns
 *  @p code. */
int fail(const QString &message, int code = 1);
/** Prints "planwright: <kind>: <message>" to stderr as one line, escaped like fail(). */
void warn(const QString &kind, const QString &message);
/** Prints @p text as it is (JSON, CSV, help). */
void print(const QString &text);
/** Prints human-readable @p text for a terminal: every line with its control and bidi characters escaped,
 *  so a hostile title cannot clear the screen or reorder the output. */
void printText(const QString &text);

} // namespace pw::cli
