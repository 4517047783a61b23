#include "reportsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pw::ui {
namespace {

QString settingsKey(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    return u"reportOptions/"_s
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

std::optional<report::ReportOptions> loadReportOptions(const QString &fileName)
{
    const QVariant stored = fileName.isEmpty() ? QVariant() : QSettings().value(settingsKey(fileName));
    if (!stored.isValid())
        return std::nullopt;
    const QByteArray json = stored.toByteArray();
    return report::ReportOptions::fromJson(QJsonDocument::fromJson(json).object());
}

void saveReportOptions(const QString &fileName, const report::ReportOptions &options)
{
    if (fileName.isEmpty())
        return;
    QSettings().setValue(settingsKey(fileName), QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace pw::ui
