#include "limits.h"

#include <QCoreApplication>
#include <QLocale>

namespace pw::limits {

QString tooLarge(const QString &what, const QString &limit)
{
    return QCoreApplication::translate("pw::limits", "too large: %1, limit %2").arg(what, limit);
}

QString tooLarge(const QString &what, qint64 limit)
{
    return tooLarge(what, QLocale::c().toString(limit));
}

QString byteCount(qint64 bytes)
{
    if (bytes > 0 && bytes % (1 << 20) == 0)
        return QCoreApplication::translate("pw::limits", "%1 MB").arg(bytes >> 20);
    return QCoreApplication::translate("pw::limits", "%1 bytes").arg(bytes);
}

} // namespace pw::limits
