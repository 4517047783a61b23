#pragma once

// Runs the real planwright binary (PLANWRIGHT_BINARY, defined for every test module) for CLI tests.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pw::testing {

struct CliRun
{
    int code = -1; ///< exit code; -1 if the process crashed or timed out
    QString out;
    QString err;
};

inline CliRun runPlanwright(const QStringList &args, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(PLANWRIGHT_BINARY), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return { code, QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace pw::testing
