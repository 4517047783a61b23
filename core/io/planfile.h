#pragma once

// The .pwplan document: a zip whose first entry is an uncompressed `mimetype`, then manifest.json
// (integer formatVersion and the entry list), plan.json, and optional source/, review/, attachments/.
// Loading treats every file as hostile; saving is atomic (QSaveFile, no direct-write fallback).

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pw {

class Document;
class Plan;

inline constexpr char kPlanMimeType[] = "application/vnd.planwright.plan+zip";

struct LoadedPlan
{
    std::unique_ptr<Plan> plan;
    QMap<QString, QByteArray> extraEntries; ///< review/ and attachments/ entries, kept as they are
    QStringList warnings;                  ///< entries ignored because the manifest does not list them
};

std::optional<LoadedPlan> readPlanArchive(const QByteArray &archive, QString *error);
std::optional<LoadedPlan> loadPlanFile(const QString &path, QString *error);

std::optional<QByteArray> writePlanArchive(const Plan &plan, const QMap<QString, QByteArray> &extraEntries,
                                           QString *error);
/** Writes atomically: on failure the old file is untouched and @p error says why. The archive is read back
 *  with the loader's own limits first, so a plan that would not open again is refused before anything is
 *  replaced. */
bool savePlanFile(const Plan &plan, const QMap<QString, QByteArray> &extraEntries, const QString &path,
                  QString *error);

/** Saves the document to @p path; on success it becomes clean and takes @p path as its file name. */
bool saveDocument(Document &document, const QString &path, QString *error);
/** Opens a document from @p path; nullptr with @p error on failure. */
std::unique_ptr<Document> openDocument(const QString &path, QString *error);

/** @p message with control, line-separator and bidi characters shown as \uXXXX escapes (one safe line). */
QString printableMessage(const QString &message);

/** Writes @p data to @p path atomically, checking every step (write, flush, fsync, commit); refuses a path
 *  that exists and is not a regular file (a device, FIFO, socket or directory), see outputPathProblem(). */
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace pw
