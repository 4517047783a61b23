// planwright compare | diff

#include "cli.h"

#include "report/reviewreport.h"

#include "import/importer.h"
#include "io/filesafety.h"
#include "io/planfile.h"
#include "library/library.h"
#include "model/plan.h"
#include "review/reviewengine.h"
#include "review/versiondiff.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pw::cli {
namespace {

/** A .pwplan file, or a plan document (.txt, .docx, .html, .pdf) imported on the fly. */
std::optional<LoadedPlan> loadForReview(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt"_s || suffix == u"docx"_s || suffix == u"html"_s || suffix == u"htm"_s || suffix == u"pdf"_s) {
        import::ImportError importError;
        auto imported = import::importFile(path, &importError);
        if (!imported) {
            *error = u"%1: cannot import: %2"_s.arg(path, importError.message);
            return std::nullopt;
        }
        LoadedPlan loaded;
        loaded.plan = std::move(imported->plan);
        return loaded;
    }
    auto loaded = loadPlanFile(path, error);
    if (!loaded)
        *error = u"%1: %2"_s.arg(path, *error);
    return loaded;
}

QString percent(double v) { return QString::number(v, 'f', 1) + u'%'; }

void printReview(const review::ReviewResult &r)
{
    using namespace review;
    const ReviewSummary &s = r.summary;
    printText(u"Parent: %1 %2\nChild:  %3\n\n"_s.arg(r.parentTitle, r.parentDocNumber, r.childTitle));
    printText(u"Coverage %1 of %2 parent tasks: %3 covered, %4 partly, %5 not covered, %6 not applicable\n"_s
              .arg(percent(s.coveragePercent))
              .arg(s.parentTasks)
              .arg(s.covered)
              .arg(s.partial)
              .arg(s.notCovered)
              .arg(s.notApplicable));
    printText(u"Mandatory tasks: %1, not covered: %2\n"_s.arg(s.mandatory).arg(s.mandatoryUncovered));
    for (const TaskCoverage &c : r.coverage) {
        if (c.status != CoverageStatus::NotCovered && c.status != CoverageStatus::Partial)
            continue;
        QString line = u"  [%1] %2%3"_s.arg(toKey(c.status), c.number, c.title);
        if (c.mandatory)
            line += u"  (mandatory: "_s + c.mandatoryReason + u')';
        if (!c.matches.isEmpty())
            line += u"  ~ %1%2 (%3)"_s.arg(c.matches.first().number, c.matches.first().title,
                                          QString::number(c.matches.first().score, 'f', 2));
        printText(line + u'\n');
    }
    printText(u"\nTargets:\n"_s);
    for (const TargetComparison &t : r.targets) {
        printText(u"  [%1] %2 %3: parent %4, child %5\n"_s.arg(toKey(t.status), t.indicator)
                  .arg(t.year)
                  .arg(t.parentValue, t.childValue.isEmpty() ? u"—"_s : t.childValue));
    }
    if (!r.missingHeadlineIndicators.isEmpty())
        printText(u"  Headline indicators absent from the child: "_s + r.missingHeadlineIndicators.join(u"、"_s) + u'\n');
    printText(u"\nDepartments: %1 finding(s)\n"_s.arg(r.departments.size()));
    for (const DepartmentFinding &d : r.departments) {
        if (d.issue != DepartmentIssue::NoLead)
            printText(u"  [%1] %2%3: %4 → %5\n"_s.arg(toKey(d.issue), d.number, d.title, d.department, d.counterpart));
    }
    for (const CitationFinding &c : r.citations)
        printText(u"\nCitation: [%1] %2\n"_s.arg(toKey(c.status), c.note));
}

void printDiff(const review::VersionDiff &d)
{
    using namespace review;
    const VersionDiffSummary &s = d.summary;
    printText(u"%1 → %2\n"_s.arg(d.oldTitle, d.newTitle));
    printText(u"Nodes matched by id %1, by content %2; added %3, removed %4, moved %5, retitled %6, text changed %7, "
          "departments changed %8\n"_s.arg(s.matchedById)
              .arg(s.matchedByContent)
              .arg(s.added)
              .arg(s.removed)
              .arg(s.moved)
              .arg(s.retitled)
              .arg(s.textChanged)
              .arg(s.departmentsChanged));
    for (const NodeChange &c : d.nodes) {
        QStringList what;
        if (c.added) what << u"added"_s;
        if (c.removed) what << u"removed"_s;
        if (c.moved) what << u"moved"_s;
        if (c.retitled) what << u"retitled"_s;
        if (c.textChanged) what << u"text"_s;
        if (c.departmentsChanged) what << u"departments"_s;
        if (c.deadlineChanged) what << u"deadline"_s;
        const QString title = c.removed ? c.oldNumber + c.oldTitle : c.newNumber + c.newTitle;
        printText(u"  [%1] %2\n"_s.arg(what.join(u',')).arg(title));
    }
    for (const auto *list : { &d.targets, &d.departments, &d.metadata }) {
        for (const ItemChange &c : *list)
            printText(u"  [%1] %2: %3 → %4\n"_s.arg(c.kind, c.name, c.before, c.after));
    }
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = args.removeAll(u"--json"_s) > 0;
    const auto takeValue = [&args](const QString &option) {
        const qsizetype i = args.indexOf(option);
        if (i < 0 || i + 1 >= args.size())
            return QString();
        const QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    };
    const QString reportPath = takeValue(u"--report"_s);
    const QString db = takeValue(u"--db"_s);
    if (args.size() != 2)
        return fail(
            u"usage: planwright compare PARENT CHILD [--json] [--report OUT.pdf|.docx|.odt] [--db LIBRARY]"_s, 2);
    if (!reportPath.isEmpty()) {
        if (const QString problem = outputPathProblem(reportPath, args); !problem.isEmpty())
            return fail(problem);
    }
    QString error;
    const auto parent = loadForReview(args.at(0), &error);
    if (!parent)
        return fail(error);
    const auto child = loadForReview(args.at(1), &error);
    if (!child)
        return fail(error);
    QStringList warnings;
    const review::ReviewState state = review::readReviewState(child->extraEntries, &warnings);
    for (const QString &w : warnings)
        warn(u"warning"_s, w);
    review::ReviewOptions options;
    if (!db.isEmpty()) { // counterparts other reviewers recorded, the user's indicator aliases
        const auto library = openLibraryAt(db, &error);
        const auto fromLibrary = library ? library->reviewOptions(args.at(0), args.at(1), &error) : std::nullopt;
        if (!fromLibrary)
            return fail(printableMessage(error));
        options = *fromLibrary;
    }
    const review::ReviewResult result = review::comparePlans(*parent->plan, *child->plan, state, options);
    if (!reportPath.isEmpty()) {
        if (!report::writeReviewReport(result, state.comments, *child->plan, reportPath, &error))
            return fail(error);
        return 0;
    }
    if (json) {
        QJsonObject object = review::toJson(result);
        QJsonArray comments;
        for (const review::Comment &c : state.comments)
            comments.append(review::toJson(c));
        object.insert(u"comments"_s, comments);
        print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        printReview(result);
    }
    return 0;
}

int runDiff(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = args.removeAll(u"--json"_s) > 0;
    if (args.size() != 2)
        return fail(u"usage: planwright diff OLD NEW [--json]"_s, 2);
    QString error;
    const auto before = loadForReview(args.at(0), &error);
    if (!before)
        return fail(error);
    const auto after = loadForReview(args.at(1), &error);
    if (!after)
        return fail(error);
    const review::VersionDiff d = review::diffPlans(*before->plan, *after->plan);
    if (json)
        print(QString::fromUtf8(QJsonDocument(review::toJson(d)).toJson(QJsonDocument::Indented)));
    else
        printDiff(d);
    return 0;
}

} // namespace pw::cli
