#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

/** lupdate files tr() calls made from free helper functions under the enclosing namespace ("pw::review"),
 *  while they run with a fixed context such as "pw::review::Coverage": when the context misses, look in each
 *  enclosing namespace in turn. */
class AppTranslator final : public QTranslator
{
public:
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!t.isEmpty() || !context || qstrncmp(context, "pw::", 4) != 0)
            return t;
        QByteArray scope(context);
        for (qsizetype cut = scope.lastIndexOf("::"); t.isEmpty() && cut > 0; cut = scope.lastIndexOf("::")) {
            scope.truncate(cut);
            t = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        }
        return t;
    }
};

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    return { u"en"_s, u"zh_CN"_s };
}

QString LanguageManager::nativeName(const QString &code)
{
    return code == u"zh_CN"_s ? u"简体中文"_s : u"English"_s;
}

QString LanguageManager::preferredLanguage() const
{
    return QSettings().value(u"language"_s).toString();
}

void LanguageManager::setPreferredLanguage(const QString &code)
{
    QSettings().setValue(u"language"_s, code);
    apply(code);
}

void LanguageManager::apply(const QString &code)
{
    QString language = code;
    if (!availableLanguages().contains(language)) {
        const QStringList ui = QLocale::system().uiLanguages();
        language = !ui.isEmpty() && ui.first().startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s;
    }
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<AppTranslator>();
    m_qt = std::make_unique<QTranslator>();
    QLocale::setDefault(QLocale(language));
    if (m_qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app->load(u":/i18n/planwright_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(m_app.get());
    m_current = language; // (un)installing translators sent LanguageChange to every widget
}

} // namespace pw
