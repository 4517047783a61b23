#include "planfile.h"

#include "document/document.h"
#include "filesafety.h"
#include "limits.h"
#include "jsonprecheck.h"
#include "planjson.h"
#include "wtf8.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::PlanFile", text); }

const QString kMimeEntry = u"mimetype"_s;
const QString kManifestEntry = u"manifest.json"_s;
const QString kPlanEntry = u"plan.json"_s;
const QString kSourceEntry = u"source/original.txt"_s;

QString jsonTooLarge(qint64 size)
{
    return limits::tooLarge(limits::byteCount(size), limits::byteCount(limits::kPlanJsonBytes));
}

bool isKeptExtra(const QString &name)
{
    return name.startsWith(u"review/"_s) || name.startsWith(u"attachments/"_s) || name.startsWith(u"source/"_s);
}

std::optional<QJsonObject> parseJsonEntry(const QByteArray &data, const QString &entry, QString *error)
{
    if (data.size() > limits::kPlanJsonBytes) {
        *error = u"%1: "_s.arg(entry) + jsonTooLarge(data.size());
        return std::nullopt;
    }
    if (const QString problem = precheckJson(data, limits::kJsonDepth); !problem.isEmpty()) {
        *error = u"%1: %2"_s.arg(entry, problem);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not a JSON object (%2)").arg(entry, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

namespace {

std::optional<LoadedPlan> readArchive(const QByteArray &archive, QString *error)
{
    QString zipError;
    const auto entries = readZip(archive, ZipLimits(), &zipError);
    if (!entries) {
        *error = tr("not a valid Planwright file: %1").arg(zipError);
        return std::nullopt;
    }
    const auto fail = [error](const QString &message) {
        *error = tr("not a valid Planwright file: %1").arg(message);
        return std::nullopt;
    };
    if (entries->isEmpty() || entries->first().name != kMimeEntry)
        return fail(tr("the first entry must be \"mimetype\""));
    if (!entries->first().stored || entries->first().data != kPlanMimeType)
        return fail(tr("wrong mimetype (expected %1, stored uncompressed)").arg(QLatin1StringView(kPlanMimeType)));

    QMap<QString, QByteArray> byName;
    for (const ZipEntry &e : *entries)
        byName.insert(e.name, e.data);
    if (!byName.contains(kManifestEntry))
        return fail(tr("manifest.json is missing"));

    QString jsonError;
    const auto manifest = parseJsonEntry(byName.value(kManifestEntry), kManifestEntry, &jsonError);
    if (!manifest)
        return fail(jsonError);
    const QJsonValue version = manifest->value(u"formatVersion"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return fail(tr("manifest.json: formatVersion must be a positive integer"));
    if (version.toInt() > kCurrentFormatVersion)
        return fail(tr("manifest.json: formatVersion %1 is newer than this version of Planwright supports (%2)")
                        .arg(version.toInt())
                        .arg(kCurrentFormatVersion));
    const QJsonValue listed = manifest->value(u"entries"_s);
    if (!listed.isArray())
        return fail(tr("manifest.json: entries must be an array of names"));
    QStringList listedNames;
    for (const QJsonValue &v : listed.toArray()) {
        if (!v.isString())
            return fail(tr("manifest.json: entries must be an array of names"));
        if (!byName.contains(v.toString()))
            return fail(tr("manifest.json lists \"%1\", which is missing").arg(v.toString().left(80)));
        listedNames.append(v.toString());
    }
    if (!listedNames.contains(kPlanEntry))
        return fail(tr("plan.json is missing"));

    const QByteArray planJson = byName.value(kPlanEntry);
    if (planJson.size() > limits::kPlanJsonBytes)
        return fail(u"plan.json: "_s + jsonTooLarge(planJson.size()));
    if (const QString problem = precheckJson(planJson, limits::kJsonDepth); !problem.isEmpty())
        return fail(u"plan.json: "_s + problem);
    auto plan = readPlanJson(planJson, version.toInt(), &jsonError);
    if (!plan)
        return fail(jsonError);

    LoadedPlan loaded;
    for (const ZipEntry &e : *entries) {
        if (e.name == kMimeEntry || e.name == kManifestEntry || e.name == kPlanEntry)
            continue;
        if (!listedNames.contains(e.name) || !isKeptExtra(e.name)) {
            loaded.warnings.append(
                printableMessage(tr("ignored entry \"%1\" (not listed in the manifest)").arg(e.name.left(80))));
            continue;
        }
        if (e.name == kSourceEntry)
            plan->sourceText = fromWtf8(e.data);
        else
            loaded.extraEntries.insert(e.name, e.data);
    }
    loaded.plan = std::move(plan);
    return loaded;
}

} // namespace

QString printableMessage(const QString &message)
{
    QString out;
    out.reserve(message.size());
    for (QChar c : message) {
        const char16_t u = c.unicode();
        // Control, line/paragraph separators and bidi controls would break the one-line message or
        // reorder it on screen; show them as escapes.
        const bool hidden = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if (hidden)
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

std::optional<LoadedPlan> readPlanArchive(const QByteArray &archive, QString *error)
{
    auto loaded = readArchive(archive, error);
    if (!loaded)
        *error = printableMessage(*error);
    return loaded;
}

std::optional<LoadedPlan> loadPlanFile(const QString &path, QString *error)
{
    QString readError;
    const auto bytes = readFileBounded(path, ZipLimits().maxArchiveBytes, &readError);
    if (!bytes) {
        *error = printableMessage(readError);
        return std::nullopt;
    }
    return readPlanArchive(*bytes, error);
}

std::optional<QByteArray> writePlanArchive(const Plan &plan, const QMap<QString, QByteArray> &extraEntries,
                                           QString *error)
{
    const QByteArray planJson = writePlanJson(plan);
    const auto refuse = [error](const QString &problem) {
        *error = tr("the plan cannot be saved because it would not open again: %1").arg(problem);
        return std::nullopt;
    };
    if (planJson.size() > limits::kPlanJsonBytes)
        return refuse(u"plan.json: "_s + jsonTooLarge(planJson.size()));
    QList<ZipEntry> entries;
    entries.append({ kMimeEntry, QByteArray(kPlanMimeType), true });
    entries.append({ kPlanEntry, planJson, false });
    if (!plan.sourceText.isEmpty())
        entries.append({ kSourceEntry, toWtf8(plan.sourceText), false });
    for (auto it = extraEntries.begin(); it != extraEntries.end(); ++it) {
        if (isKeptExtra(it.key()) && it.key() != kSourceEntry)
            entries.append({ it.key(), it.value(), false });
    }
    QJsonArray names;
    for (const ZipEntry &e : entries)
        names.append(e.name);
    names.insert(1, kManifestEntry);
    const QJsonObject manifest { { u"formatVersion"_s, kCurrentFormatVersion }, { u"entries"_s, names } };
    entries.insert(1, { kManifestEntry, QJsonDocument(manifest).toJson(QJsonDocument::Indented), false });
    auto archive = writeZip(entries, error);
    if (!archive)
        return std::nullopt;
    // Never write what cannot be read back: the loader itself checks the archive, so every limit (sizes,
    // compression ratio, counts) and every value check (years, references) is exactly the one applied when
    // the file is opened, and a successful save can never turn into a lost document.
    QString problem;
    const auto reread = readArchive(*archive, &problem);
    if (!reread)
        return refuse(problem);
    if (writePlanJson(*reread->plan) != planJson) {
        *error = tr("the plan cannot be saved losslessly (a value does not survive the file format)");
        return std::nullopt;
    }
    return archive;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    if (const QString problem = outputPathProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    const auto failed = [&] {
        // QFileDevice reports a full file-size limit (RLIMIT_FSIZE) as "Unknown error": name it.
        const QString reason = errno == EFBIG ? tr("the file size limit of this process (ulimit -f) was reached")
                                              : file.errorString();
        *error = tr("cannot write %1: %2").arg(printableMessage(path), reason);
        return false;
    };
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        failed();
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return failed();
    return true;
}

bool savePlanFile(const Plan &plan, const QMap<QString, QByteArray> &extraEntries, const QString &path,
                  QString *error)
{
    const auto archive = writePlanArchive(plan, extraEntries, error);
    return archive && writeFileAtomically(path, *archive, error);
}

bool saveDocument(Document &document, const QString &path, QString *error)
{
    if (!savePlanFile(document.plan(), document.extraEntries(), path, error))
        return false;
    document.setFileName(path);
    document.markSaved();
    return true;
}

std::unique_ptr<Document> openDocument(const QString &path, QString *error)
{
    auto loaded = loadPlanFile(path, error);
    if (!loaded)
        return nullptr;
    auto document = std::make_unique<Document>(std::move(loaded->plan));
    document->setExtraEntries(loaded->extraEntries);
    document->setFileName(path);
    return document;
}

} // namespace pw
