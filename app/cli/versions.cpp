// planwright --version: the application version and the versions of the libraries it runs with.

#include "cli.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <link.h>

// Poppler is reported when its Qt 6 headers are visible, i.e. when a target this links against uses Poppler-Qt6.
#if __has_include(<poppler-version.h>)
#include <poppler-version.h>
#define PLANWRIGHT_HAVE_POPPLER 1
#endif

using namespace Qt::StringLiterals;

namespace pw::cli {
namespace {

/** The version of the loaded shared library whose file name starts with @p prefix, read from the name of
 *  the file it resolves to (libquazip1-qt6.so.1 → libquazip1-qt6.so.1.4 → "1.4"); empty if not loaded. */
QString loadedLibraryVersion(const QString &prefix)
{
    struct Search {
        QString prefix;
        QString path;
    } search { prefix, {} };
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            auto *s = static_cast<Search *>(data);
            const QString path = QString::fromLocal8Bit(info->dlpi_name);
            if (QFileInfo(path).fileName().startsWith(s->prefix)) {
                s->path = path;
                return 1;
            }
            return 0;
        },
        &search);
    if (search.path.isEmpty())
        return {};
    static const QRegularExpression version(uR"(\.so\.([0-9.]+)$)"_s);
    const QRegularExpressionMatch m = version.match(QFileInfo(search.path).canonicalFilePath());
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString versionText()
{
    QString text = u"planwright %1\n"_s.arg(QStringLiteral(PLANWRIGHT_VERSION));
    text += u"Qt %1 (built with %2)\n"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const QString quazip = loadedLibraryVersion(u"libquazip1-qt6.so"_s);
    text += u"QuaZip %1\n"_s.arg(quazip.isEmpty() ? QStringLiteral(PLANWRIGHT_QUAZIP_VERSION) : quazip);
#ifdef PLANWRIGHT_HAVE_POPPLER
    text += u"Poppler %1\n"_s.arg(Poppler::Version::string());
#endif
    return text;
}

} // namespace pw::cli
