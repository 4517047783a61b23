#include "librarylevels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace pw {

QString libraryLevelName(const QString &key)
{
    static const QHash<QString, const char *> names {
        { u"national"_s, QT_TRANSLATE_NOOP("pw::LibraryWindow", "National") },
        { u"province"_s, QT_TRANSLATE_NOOP("pw::LibraryWindow", "Province") },
        { u"city"_s, QT_TRANSLATE_NOOP("pw::LibraryWindow", "City") },
        { u"county"_s, QT_TRANSLATE_NOOP("pw::LibraryWindow", "County") },
        { u"district"_s, QT_TRANSLATE_NOOP("pw::LibraryWindow", "District") },
        { u"other"_s, QT_TRANSLATE_NOOP("pw::LibraryWindow", "Other") },
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("pw::LibraryWindow", name) : key;
}

} // namespace pw
