#include "planfile.h"

#include "document/document.h"
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

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::PlanFile", text); }

const QString kMimeEntry = u"mimetype"_s;
const QString kManifestEntry = u"manifest.json"_s;
const QString kPlanEntry = u"plan.json"_s;
const QString kSourceEntry = u"source/original.txt"_s;
constexpr int kMaxJsonDepth = 16;

bool isKeptExtra(const QString &name)
{
    return name.startsWith(u"review/"_s) || name.startsWith(u"attachments/"_s) || name.startsWith(u"source/"_s);
}

std::optional<QJsonObject> parseJsonEntry(const QByteArray &data, const QString &entry, QString *error)
{
    if (data.size() > kMaxPlanJsonBytes) {
        *error = tr("%1 is too large").arg(entry);
        return std::nullopt;
    }
    if (const QString problem = precheckJson(data, kMaxJsonDepth); !problem.isEmpty()) {
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
    if (planJson.size() > kMaxPlanJsonBytes)
        return fail(tr("plan.json is too large"));
    if (const QString problem = precheckJson(planJson, kMaxJsonDepth); !problem.isEmpty())
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = printableMessage(tr("cannot open %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const qint64 cap = ZipLimits().maxArchiveBytes;
    if (file.size() > cap) {
        *error = tr("not a valid Planwright file: larger than %1 bytes").arg(cap);
        return std::nullopt;
    }
    return readPlanArchive(file.readAll(), error);
}

std::optional<QByteArray> writePlanArchive(const Plan &plan, const QMap<QString, QByteArray> &extraEntries,
                                           QString *error)
{
    // Never write what cannot be read back: a value the loader rejects (an out-of-range year, a dangling
    // reference, a non-finite number) would otherwise turn a successful save into a lost document.
    const QByteArray planJson = writePlanJson(plan);
    QString problem;
    const auto reread = readPlanJson(planJson, kCurrentFormatVersion, &problem);
    if (!reread) {
        *error = tr("the plan cannot be saved because it would not load again: %1").arg(problem);
        return std::nullopt;
    }
    if (writePlanJson(*reread) != planJson) {
        *error = tr("the plan cannot be saved losslessly (a value does not survive the file format)");
        return std::nullopt;
    }
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
    return writeZip(entries, error);
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
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
