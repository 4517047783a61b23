#include "jsonprecheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QString decodeKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return doc.array().at(0).toString();
}

} // namespace

QString precheckJson(const QByteArray &json, int maxDepth)
{
    struct Level
    {
        bool isObject;
        bool expectKey;
        QSet<QString> keys;
    };
    QList<Level> stack;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = ++i;
            while (i < n && json.at(i) != '"')
                i += json.at(i) == '\\' ? 2 : 1;
            if (i >= n)
                return {}; // unterminated: the parser reports it
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                const QString key = decodeKey(json.mid(start, i - start));
                if (stack.last().keys.contains(key))
                    return u"duplicate key \"%1\" at offset %2"_s.arg(key.left(40)).arg(start);
                stack.last().keys.insert(key);
                stack.last().expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            if (stack.size() >= maxDepth)
                return u"nested deeper than %1 levels at offset %2"_s.arg(maxDepth).arg(i);
            stack.append({ c == '{', c == '{', {} });
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.last().isObject) {
            stack.last().expectKey = true;
        }
    }
    return {};
}

} // namespace pw
