#include "librarylocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pw::library {

bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return identifier.match(name).hasMatch();
}

std::optional<LibraryLocation> LibraryLocation::parse(const QString &text, QString *error)
{
    LibraryLocation location;
    if (!text.startsWith(u"postgresql://"_s) && !text.startsWith(u"postgres://"_s)) {
        if (text.isEmpty()) {
            *error = QCoreApplication::translate("pw::library", "the library path is empty");
            return std::nullopt;
        }
        location.sqlitePath = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("pw::library", "not a valid postgresql:// URL");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = QCoreApplication::translate("pw::library", "put the password in PGPASSWORD, not in the URL");
        return std::nullopt;
    }
    location.backend = Backend::Postgres;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.database = url.path().mid(1);
    location.schema = QUrlQuery(url).queryItemValue(u"schema"_s);
    if (location.database.isEmpty()) {
        *error = QCoreApplication::translate("pw::library", "the postgresql:// URL names no database");
        return std::nullopt;
    }
    if (!location.schema.isEmpty() && !isPlainIdentifier(location.schema)) {
        *error = QCoreApplication::translate("pw::library", "schema names may use only a-z, 0-9 and _");
        return std::nullopt;
    }
    return location;
}

LibraryLocation LibraryLocation::defaultLocation()
{
    LibraryLocation location;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    location.sqlitePath = QDir(dir).filePath(u"library.sqlite"_s);
    return location;
}

QString LibraryLocation::displayName() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    const QString userPart = user.isEmpty() ? QString() : QString::fromLatin1(QUrl::toPercentEncoding(user)) + u'@';
    QString name = u"postgresql://%1%2:%3/%4"_s.arg(userPart, host).arg(port).arg(database);
    if (!schema.isEmpty())
        name += u"?schema="_s + schema;
    return name;
}

bool needsPassword(const QString &connectionError)
{
    // libpq's wording (not translated by the server for these client-side and authentication messages).
    return connectionError.contains(u"no password supplied"_s)
        || connectionError.contains(u"password authentication failed"_s);
}

} // namespace pw::library
