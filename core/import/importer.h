#pragma once

// Turns the text of a real plan document into a structured pw::Plan: metadata, the heading tree, tasks with
// lead/support/territorial departments, indicators and targets (prose and tables), major projects, and
// provenance spans into plan.sourceText; plus a report of everything it could not place.

#include "importreport.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace pw {
class Plan;
}

namespace pw::import {

struct ImportResult
{
    std::unique_ptr<Plan> plan;
    ImportReport report;
};

struct ImportError
{
    QString message;
    qint64 byteOffset = -1;
};

/** Imports already decoded text; fails only for text with no content at all. */
std::optional<ImportResult> importText(const QString &text, const QString &sourceName, ImportError *error);
/** Detects the format (.docx zip, HTML, plain text in UTF-8/UTF-16/GB18030) from the bytes and the name. */
std::optional<ImportResult> importBytes(const QByteArray &bytes, const QString &fileName, ImportError *error);
std::optional<ImportResult> importFile(const QString &path, ImportError *error);

} // namespace pw::import
