#pragma once

// Runs QAbstractItemModelTester in warning mode and counts what it reports, so a broken model fails
// the GoogleTest instead of aborting the whole executable.

#include <QAbstractItemModelTester>
#include <QLoggingCategory>

#include <memory>

namespace pw::test {

class ModelChecker
{
public:
    explicit ModelChecker(QAbstractItemModel *model)
    {
        s_failures = 0;
        s_previous = qInstallMessageHandler(&ModelChecker::handler);
        m_tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelChecker()
    {
        m_tester.reset();
        qInstallMessageHandler(s_previous);
    }
    ModelChecker(const ModelChecker &) = delete;
    ModelChecker &operator=(const ModelChecker &) = delete;

    static int failures() { return s_failures; }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type >= QtWarningMsg)
            ++s_failures;
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline int s_failures = 0;
    static inline QtMessageHandler s_previous = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace pw::test
