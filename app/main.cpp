// planwright: with a subcommand it runs headless (see cli/cli.cpp); otherwise it opens the editor.

#include "cli/cli.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (pw::cli::isCommandLine(argc, argv))
        return pw::cli::run(argc, argv);
    if (!pw::cli::hasDisplay()) {
        std::fputs("planwright: no display found (DISPLAY/WAYLAND_DISPLAY unset), so the editor cannot open.\n"
                   "The command line still works: planwright --help\n",
                   stderr);
        return 2;
    }
    pw::cli::ensureRuntimeDir();
    QApplication app(argc, argv);
    pw::cli::setApplicationInfo();
    pw::MainWindow window;
    const QStringList files = app.arguments().mid(1);
    if (!files.isEmpty())
        window.openFile(files.first());
    window.show();
    return app.exec();
}
