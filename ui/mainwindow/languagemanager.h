#pragma once

// The UI language: follows the system locale unless the user picked one (QSettings "language").
// Switching installs new translators; Qt then sends LanguageChange to every widget, which calls
// its retranslateUi(), so no restart is needed.

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace pw {

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** Language codes with a translation: "en", "zh_CN". */
    static QStringList availableLanguages();
    /** The language's own name (English, 简体中文). */
    static QString nativeName(const QString &code);

    /** The stored choice; empty = follow the system locale. */
    QString preferredLanguage() const;
    /** The language in effect. */
    QString currentLanguage() const { return m_current; }
    /** Stores the choice (empty = system) and applies it. */
    void setPreferredLanguage(const QString &code);
    /** Applies @p code (empty = system locale) without storing it. */
    void apply(const QString &code);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace pw
