// planwright: with a subcommand it runs headless (see cli/cli.cpp); otherwise it opens the editor.

#include "cli/cli.h"
#include "editor/plantemplates.h"
#include "mainwindow/languagemanager.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (pw::cli::isCommandLine(argc, argv))
        return pw::cli::run(argc, argv);
    if (!pw::cli::hasDisplay()) {
        std::fputs(
            "planwright: no display found (DISPLAY/WAYLAND_DISPLAY unset), so the editor cannot open.\n"
            "The command line still works: planwright --help\n",
            stderr);
        return 2;
    }
    pw::cli::ensureRuntimeDir();
    QApplication app(argc, argv);
    pw::cli::setApplicationInfo();
    // Installed, the desktop entry and hicolor icon go with the windows (Wayland app id, taskbar icon).
    QGuiApplication::setDesktopFileName(u"io.planwright.Planwright"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.planwright.Planwright"_s));

    QCommandLineParser parser;
    const QCommandLineOption templateOption(
        u"template"_s, u"Start with a new plan from a template."_s, u"key"_s);
    const QCommandLineOption languageOption(
        u"language"_s, u"User interface language (en, zh_CN)."_s, u"code"_s);
    const QCommandLineOption autosaveOption(
        u"autosave-interval"_s, u"Autosave interval in seconds."_s, u"seconds"_s);
    parser.addOptions({ templateOption, languageOption, autosaveOption });
    parser.addPositionalArgument(u"files"_s, u"Plans to open (.pwplan)."_s, u"[files…]"_s);
    parser.process(app);

    pw::LanguageManager languages;
    languages.apply(
        parser.isSet(languageOption) ? parser.value(languageOption) : languages.preferredLanguage());

    pw::MainWindow window(&languages);
    if (parser.isSet(autosaveOption))
        window.setAutosaveInterval(parser.value(autosaveOption).toInt());
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    if (parser.isSet(templateOption)) {
        for (const pw::PlanTemplate t : pw::kAllTemplates) {
            if (pw::templateKey(t) == parser.value(templateOption))
                window.newDocument(t);
        }
    }
    if (window.editorCount() == 0)
        window.newDocument(pw::PlanTemplate::Blank);
    window.show();
    QTimer::singleShot(0, &window, &pw::MainWindow::offerRecovery);
    return app.exec();
}
