#include "cli.h"

#include "io/planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pw::cli {
namespace {

constexpr std::array commands {
    Command { "new", "new --title TITLE -o FILE.pwplan   create an empty plan", runNew },
    Command { "show", "show FILE.pwplan [--json]          print the plan (outline, or interchange JSON)", runShow },
    Command { "validate", "validate FILE                      check a file; exit 0 if valid, 1 if not", runValidate },
    Command { "report", "report FILE.pwplan -o OUT.pdf|.odt|.docx [--notice] [--draft] [--annex targets,tasks,projects|none]"
                        " [--departments paren|lines|none]   print the plan as an official document", runReport },
    Command { "compare", "compare PARENT CHILD [--json] [--report OUT.pdf] [--db LIBRARY]  review a child plan against its parent", runCompare },
    Command { "diff", "diff OLD NEW [--json]              changes between two drafts of a plan", runDiff },
    Command { "import", "import INPUT [-o OUT.pwplan] [--json] [--report]   import a .txt/.docx/.html/.pdf plan", runImport },
    Command { "matrix", "matrix FILE.pwplan [--csv] [--division]  responsibility matrix (or 任务分工表), TSV or CSV", runMatrix },
    Command { "targets", "targets FILE.pwplan [--csv]        target table (主要指标表), TSV or CSV", runTargets },
    Command { "library", "library add PATH… | search QUERY [--json] [--level L] [--region R] [--department D]"
                         " [--indicator I] [--action A] | rollup PARENT [--json|--csv|--report OUT.pdf] | departments [--json]"
                         " | indicators [--json] | add-indicator NAME [--unit U] [--category C] [--aliases A、B]"
                         "   [--db FILE.sqlite|postgresql://…]"
                         "   the plan library", runLibrary },
};

const Command *findCommand(const char *name)
{
    for (const Command &c : commands) {
        if (std::strcmp(c.name, name) == 0)
            return &c;
    }
    return nullptr;
}

QString helpText()
{
    QString text = u"Usage: planwright [FILE.pwplan]        open the editor\n"
                   "       planwright COMMAND [ARGS…]        run headless\n\nCommands:\n"_s;
    for (const Command &c : commands)
        text += u"  "_s + QString::fromUtf8(c.usage) + u'\n';
    text += u"\nOptions:\n  --help     show this help\n  --version  show the version\n"_s;
    return text;
}

} // namespace

bool isCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    return findCommand(first) || std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0
        || std::strcmp(first, "--version") == 0;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const uid_t uid = ::getuid();
    QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/planwright-runtime-" + QByteArray::number(uid);
    ::mkdir(dir.constData(), 0700);
    struct stat st {};
    // Use it only if it is really ours and private; otherwise make a fresh one.
    if (::lstat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != uid || (st.st_mode & 0777) != 0700) {
        dir = QFile::encodeName(QDir::tempPath()) + "/planwright-runtime-XXXXXX";
        if (!::mkdtemp(dir.data()))
            return;
    }
    qputenv("XDG_RUNTIME_DIR", dir);
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Planwright"_s);
    QCoreApplication::setApplicationName(u"Planwright"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANWRIGHT_VERSION));
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "planwright: %s\n", qUtf8Printable(printableMessage(message)));
    return code;
}

void warn(const QString &kind, const QString &message)
{
    std::fprintf(stderr, "planwright: %s: %s\n", qUtf8Printable(kind), qUtf8Printable(printableMessage(message)));
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

void printText(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = printableMessage(line);
    print(lines.join(u'\n'));
}

int run(int argc, char *argv[])
{
    // Headless commands may lay out text (reports), which needs a QGuiApplication; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDir();
    QGuiApplication app(argc, argv);
    setApplicationInfo();
    const QStringList args = app.arguments().mid(1);
    const QString name = args.first();
    if (name == u"--help"_s || name == u"-h"_s) {
        print(helpText());
        return 0;
    }
    if (name == u"--version"_s) {
        print(versionText());
        return 0;
    }
    const Command *command = findCommand(argv[1]);
    const QStringList rest = args.mid(1);
    if (rest.contains(u"--help"_s)) {
        print(u"Usage: planwright "_s + QString::fromUtf8(command->usage) + u'\n');
        return 0;
    }
    return command->run(rest);
}

} // namespace pw::cli
