#pragma once

// Typed, path-tracking access to untrusted JSON: the first problem is kept as a message that names the
// field ("nodes[3].title: expected a string"); later reads return defaults so loaders stay linear.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace pw {

class JsonReader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &path, const QString &problem);

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = true);
    int integer(const QJsonObject &o, const QString &path, const QString &key, int min, int max,
                bool required = true);
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const QString &key);
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required = true);
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key);
    QJsonObject objectAt(const QJsonArray &a, const QString &path, qsizetype i);
    QStringList stringList(const QJsonObject &o, const QString &path, const QString &key);
    QUuid uuid(const QJsonObject &o, const QString &path, const QString &key, bool required = true);
    QList<QUuid> uuidList(const QJsonObject &o, const QString &path, const QString &key);

    template<typename Enum>
    Enum enumeration(const QJsonObject &o, const QString &path, const QString &key, Enum fallback);

private:
    QString m_error;
};

QString fieldPath(const QString &path, const QString &key);

} // namespace pw

#include "model/types.h"

template<typename Enum>
Enum pw::JsonReader::enumeration(const QJsonObject &o, const QString &path, const QString &key, Enum fallback)
{
    const QString k = string(o, path, key);
    if (!ok())
        return fallback;
    if (const auto v = fromKey<Enum>(k))
        return *v;
    fail(fieldPath(path, key), QStringLiteral("unknown value \"%1\"").arg(k.left(40)));
    return fallback;
}
