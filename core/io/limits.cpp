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

} // namespace pw::limits
