#pragma once

// What an import found and what it could not place. Nothing is dropped silently: every skipped or
// unplaced fragment is an issue with its span in the plan's source text.

#include "model/sourcespan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pw::import {

enum class Severity { Info, Warning };

struct ImportIssue
{
    Severity severity = Severity::Warning;
    QString code;    ///< stable key: "preamble", "debris", "undated-target", "task-without-department", …
    QString message; ///< translatable, for people
    SourceSpan span;
    QString excerpt; ///< a short quote of the source at the span
};

struct ImportReport
{
    QString sourceName;
    QString format;   ///< "text", "docx", "html"
    QString encoding;
    qint64 sourceCharacters = 0;
    int nodes = 0;
    int tasks = 0;
    int departments = 0;
    int assignments = 0;
    int indicators = 0;
    int targets = 0;
    int tables = 0;
    int projects = 0;
    int removedPageMarkers = 0;
    int removedBookmarks = 0;
    int removedPinyin = 0;
    int splitLines = 0;
    int joinedLines = 0;
    QList<ImportIssue> issues;

    int count(Severity s) const;
};

QString formatReport(const ImportReport &report);
QJsonObject reportJson(const ImportReport &report);

} // namespace pw::import
