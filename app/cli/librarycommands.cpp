// planwright library add | search | rollup | departments | indicators | add-indicator

#include "cli.h"

#include "io/filesafety.h"
#include "io/planfile.h"
#include "library/library.h"
#include "library/rollup.h"
#include "report/reportexport.h"
#include "report/rollupreport.h"
#include "tables/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pw::cli {
namespace {

struct LibraryArgs
{
    QStringList positional;
    QMap<QString, QString> options; ///< --name value
    QSet<QString> flags; ///< --json, --csv
};

std::optional<LibraryArgs> parseArgs(
    const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions, QString *error)
{
    LibraryArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (valueOptions.contains(arg)) {
            if (i + 1 >= args.size()) {
                *error = u"%1 needs a value"_s.arg(arg);
                return std::nullopt;
            }
            parsed.options.insert(arg, args[++i]);
        } else if (flagOptions.contains(arg)) {
            parsed.flags.insert(arg);
        } else if (arg.startsWith(u"--"_s)) {
            *error = u"unknown option %1"_s.arg(arg);
            return std::nullopt;
        } else {
            parsed.positional << arg;
        }
    }
    return parsed;
}

/** The password of a PostgreSQL library: PGPASSWORD (read by libpq itself), else asked on the terminal. */
QString askPassword(const library::LibraryLocation &location)
{
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD") || !::isatty(STDIN_FILENO))
        return {};
    std::fprintf(stderr, "Password for %s: ", qUtf8Printable(location.displayName()));
    termios old {};
    ::tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return read ? QString::fromUtf8(buffer).trimmed() : QString();
}

std::unique_ptr<library::Library> openLibrary(
    const QString &db, const library::Progress &progress, QString *error)
{
    library::LibraryLocation location = library::LibraryLocation::defaultLocation();
    if (!db.isEmpty()) {
        auto parsed = library::LibraryLocation::parse(db, error);
        if (!parsed)
            return nullptr;
        location = *parsed;
    }
    if (location.backend == library::LibraryLocation::Backend::Postgres)
        location.password = askPassword(location);
    library::OpenOptions options;
    options.rebuildProgress = progress;
    auto library = library::Library::open(location, error, options);
    if (library) {
        for (const QString &notice : library->notices())
            std::fprintf(stderr, "planwright: %s\n", qUtf8Printable(printableMessage(notice)));
    }
    return library;
}

/** "Indexing 12/100 name" on stderr, rewritten in place on a terminal. */
bool progressLine(int done, int total, const QString &file)
{
    const bool terminal = ::isatty(STDERR_FILENO);
    const char *start = terminal ? "\r" : "";
    const char *end = terminal ? "\x1b[K" : "\n";
    if (file.isEmpty())
        std::fprintf(stderr, "%sIndexed %d/%d plan files%s%s", start, done, total, end, terminal ? "\n" : "");
    else
        std::fprintf(stderr, "%sIndexing %d/%d %s%s", start, done + 1, total,
            qUtf8Printable(printableMessage(file.section(u'/', -1))), end);
    std::fflush(stderr);
    return true;
}

int runAdd(const QStringList &args)
{
    QString error;
    auto parsed = parseArgs(args, { u"--db"_s }, {}, &error);
    if (!parsed)
        return fail(error, 2);
    if (parsed->positional.isEmpty())
        return fail(u"library add needs at least one file or folder"_s, 2);
    auto library = openLibrary(parsed->options.value(u"--db"_s), progressLine, &error);
    if (!library)
        return fail(printableMessage(error));
    const library::IndexReport report = library->add(parsed->positional, progressLine);
    for (const QString &line : report.errors)
        fail(printableMessage(line));
    if (!report.ok())
        return fail(printableMessage(report.fatal));
    print(u"%1 added, %2 updated, %3 unchanged, %4 could not be read\n"_s.arg(report.added)
              .arg(report.updated)
              .arg(report.unchanged)
              .arg(report.errors.size()));
    return report.errors.isEmpty() ? 0 : 1;
}

int runSearch(const QStringList &args)
{
    QString error;
    auto parsed = parseArgs(args,
        { u"--db"_s, u"--level"_s, u"--region"_s, u"--department"_s, u"--indicator"_s, u"--action"_s,
            u"--limit"_s },
        { u"--json"_s }, &error);
    if (!parsed)
        return fail(error, 2);
    if (parsed->positional.size() > 1)
        return fail(u"library search takes one query (quote it)"_s, 2);
    const library::SearchFilters filters { parsed->options.value(u"--level"_s),
        parsed->options.value(u"--region"_s), parsed->options.value(u"--department"_s),
        parsed->options.value(u"--indicator"_s), parsed->options.value(u"--action"_s) };
    const QString query = parsed->positional.value(0);
    if (query.isEmpty() && filters.isEmpty())
        return fail(u"library search needs a query or a filter"_s, 2);
    auto library = openLibrary(parsed->options.value(u"--db"_s), progressLine, &error);
    if (!library)
        return fail(printableMessage(error));
    const int limit = parsed->options.value(u"--limit"_s, u"200"_s).toInt();
    auto hits = library->search(query, filters, limit, &error);
    if (!hits)
        return fail(printableMessage(error));
    if (parsed->flags.contains(u"--json"_s)) {
        QJsonArray list;
        for (const library::SearchHit &hit : *hits)
            list.append(QJsonObject { { u"plan"_s, hit.planTitle }, { u"file"_s, hit.file },
                { u"nodeId"_s,
                    hit.nodeId.isNull() ? QJsonValue()
                                        : QJsonValue(hit.nodeId.toString(QUuid::WithoutBraces)) },
                { u"path"_s, hit.path }, { u"title"_s, hit.title }, { u"snippet"_s, hit.snippet.text },
                { u"highlight"_s,
                    QJsonArray { qint64(hit.snippet.matchStart), qint64(hit.snippet.matchLength) } } });
        print(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const library::SearchHit &hit : *hits) {
        QString snippet = hit.snippet.text;
        if (hit.snippet.matchStart >= 0)
            snippet.insert(hit.snippet.matchStart + hit.snippet.matchLength, u'】')
                .insert(hit.snippet.matchStart, u'【');
        const QString where = hit.path.isEmpty() ? hit.title : hit.path + u" › "_s + hit.title;
        print(printableMessage(u"%1 › %2"_s.arg(hit.planTitle, where)) + u"\n    "_s
            + printableMessage(snippet) + u'\n');
    }
    print(u"%1 hit(s)\n"_s.arg(hits->size()));
    return 0;
}

int runRollup(const QStringList &args)
{
    QString error;
    auto parsed = parseArgs(args, { u"--db"_s, u"--report"_s }, { u"--json"_s, u"--csv"_s }, &error);
    if (!parsed)
        return fail(error, 2);
    if (parsed->positional.size() != 1)
        return fail(u"library rollup takes one parent plan (its file, id or title)"_s, 2);
    const QString reportPath = parsed->options.value(u"--report"_s);
    if (parsed->options.contains(u"--report"_s)) {
        if (!report::formatForPath(reportPath))
            return fail(u"unsupported report format: %1 (use .pdf, .docx or .odt)"_s.arg(reportPath), 2);
        if (const QString problem = outputPathProblem(reportPath, parsed->positional); !problem.isEmpty())
            return fail(problem);
    }
    auto library = openLibrary(parsed->options.value(u"--db"_s), progressLine, &error);
    if (!library)
        return fail(printableMessage(error));
    auto parent = library->findPlan(parsed->positional.first(), &error);
    if (!parent)
        return fail(printableMessage(error));
    QStringList warnings;
    auto rollup = library::rollupFamily(*library, *parent, &warnings, &error);
    for (const QString &warning : warnings)
        fail(printableMessage(warning));
    if (!rollup)
        return fail(printableMessage(error));
    if (!reportPath.isEmpty()) {
        if (!report::writeRollupReport(*rollup, warnings, reportPath, &error))
            return fail(printableMessage(error));
        return 0;
    }
    if (parsed->flags.contains(u"--json"_s))
        print(QString::fromUtf8(QJsonDocument(library::toJson(*rollup)).toJson(QJsonDocument::Indented)));
    else if (parsed->flags.contains(u"--csv"_s))
        print(tables::toCsv(library::rollupTable(*rollup)));
    else
        print(tables::toTsv(library::rollupTable(*rollup)));
    return 0;
}

/** Departments: canonical name, level, every spelling seen, the plans assigning tasks to it, and the
 *  child-level counterparts reviewers recorded for it. */
int runDepartments(const QStringList &args)
{
    QString error;
    auto parsed = parseArgs(args, { u"--db"_s }, { u"--json"_s }, &error);
    if (!parsed || !parsed->positional.isEmpty())
        return fail(parsed ? u"library departments takes no arguments"_s : error, 2);
    auto library = openLibrary(parsed->options.value(u"--db"_s), progressLine, &error);
    if (!library)
        return fail(printableMessage(error));
    auto departments = library->departments(&error);
    auto counterparts = departments ? library->recordedCounterparts(&error) : std::nullopt;
    if (!counterparts)
        return fail(printableMessage(error));
    QHash<QString, QStringList> counterpartsByKey;
    for (const library::RecordedCounterpart &c : *counterparts) {
        QStringList &list = counterpartsByKey[c.parentKey];
        const QString entry = u"%1 (%2)"_s.arg(c.childDepartment, c.planTitle);
        if (!list.contains(entry))
            list << entry;
    }
    const bool json = parsed->flags.contains(u"--json"_s);
    QJsonArray list;
    tables::Table table { { u"name"_s, u"level"_s, u"plans"_s, u"aliases"_s, u"counterparts"_s } };
    for (const library::DepartmentEntry &d : *departments) {
        const QStringList recorded = counterpartsByKey.value(d.key);
        if (json)
            list.append(QJsonObject { { u"name"_s, d.name }, { u"level"_s, d.level }, { u"plans"_s, d.plans },
                { u"aliases"_s, QJsonArray::fromStringList(d.aliases) },
                { u"counterparts"_s, QJsonArray::fromStringList(recorded) } });
        else
            table.append({ d.name, d.level, QString::number(d.plans), d.aliases.join(u'、'), recorded.join(u'、') });
    }
    print(json ? QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) : tables::toTsv(table));
    return 0;
}

int runIndicators(const QStringList &args)
{
    QString error;
    auto parsed = parseArgs(args, { u"--db"_s }, { u"--json"_s }, &error);
    if (!parsed || !parsed->positional.isEmpty())
        return fail(parsed ? u"library indicators takes no arguments"_s : error, 2);
    auto library = openLibrary(parsed->options.value(u"--db"_s), progressLine, &error);
    if (!library)
        return fail(printableMessage(error));
    auto indicators = library->indicators(&error);
    if (!indicators)
        return fail(printableMessage(error));
    const bool json = parsed->flags.contains(u"--json"_s);
    QJsonArray list;
    tables::Table table { { u"name"_s, u"unit"_s, u"category"_s, u"source"_s, u"aliases"_s } };
    for (const library::IndicatorEntry &i : *indicators) {
        if (json)
            list.append(QJsonObject { { u"name"_s, i.name }, { u"unit"_s, i.unit }, { u"category"_s, i.category },
                { u"builtin"_s, i.builtin }, { u"aliases"_s, QJsonArray::fromStringList(i.aliases) } });
        else
            table.append({ i.name, i.unit, i.category, i.builtin ? u"builtin"_s : u"user"_s, i.aliases.join(u'、') });
    }
    print(json ? QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) : tables::toTsv(table));
    return 0;
}

/** Adds a user indicator, or aliases to an indicator of the catalogue. */
int runAddIndicator(const QStringList &args)
{
    QString error;
    auto parsed = parseArgs(args, { u"--db"_s, u"--unit"_s, u"--category"_s, u"--aliases"_s }, {}, &error);
    if (!parsed)
        return fail(error, 2);
    if (parsed->positional.size() != 1)
        return fail(u"library add-indicator takes one indicator name (quote it)"_s, 2);
    auto library = openLibrary(parsed->options.value(u"--db"_s), progressLine, &error);
    if (!library)
        return fail(printableMessage(error));
    const library::IndicatorEntry entry { parsed->positional.first(), parsed->options.value(u"--unit"_s),
        parsed->options.value(u"--category"_s), false, library::splitAliases(parsed->options.value(u"--aliases"_s)) };
    if (!library->addIndicator(entry, &error))
        return fail(printableMessage(error));
    return 0;
}

} // namespace

std::unique_ptr<library::Library> openLibraryAt(const QString &db, QString *error)
{
    return openLibrary(db, progressLine, error);
}

int runLibrary(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s)
        return runAdd(args.mid(1));
    if (sub == u"search"_s)
        return runSearch(args.mid(1));
    if (sub == u"rollup"_s)
        return runRollup(args.mid(1));
    if (sub == u"departments"_s)
        return runDepartments(args.mid(1));
    if (sub == u"indicators"_s)
        return runIndicators(args.mid(1));
    if (sub == u"add-indicator"_s)
        return runAddIndicator(args.mid(1));
    return fail(u"library needs add, search, rollup, departments, indicators or add-indicator"_s, 2);
}

} // namespace pw::cli
