#include "jsonreader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace pw {

QString fieldPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = path + u": "_s + problem;
}

QString JsonReader::string(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isString()) {
        fail(fieldPath(path, key), v.isUndefined() ? u"missing"_s : u"expected a string"_s);
        return {};
    }
    return v.toString();
}

int JsonReader::integer(const QJsonObject &o, const QString &path, const QString &key, int min, int max,
                        bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return 0;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
        fail(fieldPath(path, key),
             v.isUndefined() ? u"missing"_s : u"expected an integer from %1 to %2"_s.arg(min).arg(max));
        return 0;
    }
    return int(d);
}

std::optional<double> JsonReader::optionalNumber(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(fieldPath(path, key), u"expected a number or null"_s);
        return std::nullopt;
    }
    return v.toDouble();
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray()) {
        fail(fieldPath(path, key), v.isUndefined() ? u"missing"_s : u"expected an array"_s);
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        fail(fieldPath(path, key), v.isUndefined() ? u"missing"_s : u"expected an object"_s);
        return {};
    }
    return v.toObject();
}

QJsonObject JsonReader::objectAt(const QJsonArray &a, const QString &path, qsizetype i)
{
    const QJsonValue v = a.at(i);
    if (!v.isObject()) {
        fail(u"%1[%2]"_s.arg(path).arg(i), u"expected an object"_s);
        return {};
    }
    return v.toObject();
}

QStringList JsonReader::stringList(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonArray a = array(o, path, key, false);
    QStringList result;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(u"%1[%2]"_s.arg(fieldPath(path, key)).arg(i), u"expected a string"_s);
            return {};
        }
        result.append(a.at(i).toString());
    }
    return result;
}

QUuid JsonReader::uuid(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QJsonValue v = o.value(key);
    if (!required && (v.isUndefined() || v.isNull()))
        return {};
    const QUuid id = QUuid::fromString(v.toString());
    if (!v.isString() || id.isNull()) {
        fail(fieldPath(path, key), v.isUndefined() ? u"missing"_s : u"expected an id"_s);
        return {};
    }
    return id;
}

QList<QUuid> JsonReader::uuidList(const QJsonObject &o, const QString &path, const QString &key)
{
    QList<QUuid> ids;
    const QStringList strings = stringList(o, path, key);
    for (qsizetype i = 0; i < strings.size(); ++i) {
        const QUuid id = QUuid::fromString(strings.at(i));
        if (id.isNull()) {
            fail(u"%1[%2]"_s.arg(fieldPath(path, key)).arg(i), u"expected an id"_s);
            return {};
        }
        ids.append(id);
    }
    return ids;
}

} // namespace pw
