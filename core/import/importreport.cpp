#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::import::ImportReport", text);
}

} // namespace

int ImportReport::count(Severity s) const
{
    int n = 0;
    for (const ImportIssue &i : issues)
        n += i.severity == s ? 1 : 0;
    return n;
}

QString formatReport(const ImportReport &r)
{
    QString out;
    out += tr("Imported %1 (%2, %3, %4 characters)\n")
               .arg(r.sourceName, r.format, r.encoding.isEmpty() ? u"-"_s : r.encoding)
               .arg(r.sourceCharacters);
    out += tr("%1 nodes (%2 tasks), %3 departments, %4 assignments, %5 indicators, %6 targets, %7 tables, "
              "%8 projects\n")
               .arg(r.nodes)
               .arg(r.tasks)
               .arg(r.departments)
               .arg(r.assignments)
               .arg(r.indicators)
               .arg(r.targets)
               .arg(r.tables)
               .arg(r.projects);
    out += tr("Cleaned: %1 page markers, %2 Word bookmarks, %3 pinyin annotations, %4 paragraph breaks restored, "
              "%5 wrapped lines joined\n")
               .arg(r.removedPageMarkers)
               .arg(r.removedBookmarks)
               .arg(r.removedPinyin)
               .arg(r.splitLines)
               .arg(r.joinedLines);
    out += tr("%1 warnings, %2 notes\n").arg(r.count(Severity::Warning)).arg(r.count(Severity::Info));
    for (const ImportIssue &i : r.issues) {
        out += u"%1 [%2] %3..%4 %5"_s.arg(i.severity == Severity::Warning ? u"warning"_s : u"note"_s, i.code)
                   .arg(i.span.start)
                   .arg(i.span.start + i.span.length)
                   .arg(i.message);
        if (!i.excerpt.isEmpty())
            out += u": “"_s + i.excerpt + u"”"_s;
        out += u'\n';
    }
    return out;
}

QJsonObject reportJson(const ImportReport &r)
{
    QJsonArray issues;
    for (const ImportIssue &i : r.issues) {
        issues.append(QJsonObject { { u"severity"_s, i.severity == Severity::Warning ? u"warning"_s : u"note"_s },
                                    { u"code"_s, i.code },
                                    { u"message"_s, i.message },
                                    { u"start"_s, i.span.start },
                                    { u"length"_s, i.span.length },
                                    { u"excerpt"_s, i.excerpt } });
    }
    return QJsonObject {
        { u"source"_s, r.sourceName },
        { u"format"_s, r.format },
        { u"encoding"_s, r.encoding },
        { u"sourceCharacters"_s, r.sourceCharacters },
        { u"counts"_s,
          QJsonObject { { u"nodes"_s, r.nodes },
                        { u"tasks"_s, r.tasks },
                        { u"departments"_s, r.departments },
                        { u"assignments"_s, r.assignments },
                        { u"indicators"_s, r.indicators },
                        { u"targets"_s, r.targets },
                        { u"tables"_s, r.tables },
                        { u"projects"_s, r.projects } } },
        { u"cleaned"_s,
          QJsonObject { { u"pageMarkers"_s, r.removedPageMarkers },
                        { u"bookmarks"_s, r.removedBookmarks },
                        { u"pinyin"_s, r.removedPinyin },
                        { u"paragraphBreaks"_s, r.splitLines },
                        { u"joinedLines"_s, r.joinedLines } } },
        { u"issues"_s, issues },
    };
}

} // namespace pw::import
