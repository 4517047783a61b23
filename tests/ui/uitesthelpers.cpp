#include "uitesthelpers.h"

#include "document/document.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTimer>

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace pw::test {
namespace {

QString g_lastText;
bool g_answered = false;
int g_generation = 0; // a newer request cancels an older one that found no dialog

// QSettings caches its paths on first use: point XDG homes at a private folder before anything runs.
struct IsolatedHome
{
    QByteArray base
        = QByteArray("/tmp/planwright-test-ui-") + QByteArray::number(QCoreApplication::applicationPid());
    IsolatedHome()
    {
        qputenv("XDG_CONFIG_HOME", base + "/config");
        qputenv("XDG_DATA_HOME", base + "/data");
    }
    ~IsolatedHome() { QDir(QString::fromLocal8Bit(base)).removeRecursively(); }
} g_home;

template<typename Answer> void whenModal(Answer answer, int generation, int attempts = 200)
{
    QTimer::singleShot(10, [answer, generation, attempts] {
        if (generation != g_generation)
            return;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                whenModal(answer, generation, attempts - 1);
            return;
        }
        g_lastText = box->text();
        g_answered = true;
        answer(box);
    });
}

} // namespace

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    whenModal(
        [button](QMessageBox *box) {
            if (QAbstractButton *b = box->button(button))
                b->click();
            else
                box->reject();
        },
        ++g_generation);
}

void answerNextMessageBoxWith(const QString &buttonText)
{
    whenModal(
        [buttonText](QMessageBox *box) {
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *b : buttons) {
                if (b->text().remove(u'&').contains(buttonText)) {
                    b->click();
                    return;
                }
            }
            box->reject();
        },
        ++g_generation);
}

QString lastDialogText()
{
    return g_lastText;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

bool takeDialogAnswered()
{
    const bool a = g_answered;
    g_answered = false;
    return a;
}

MainWindowTest::MainWindowTest() = default;
MainWindowTest::~MainWindowTest() = default;

void MainWindowTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_window = std::make_unique<MainWindow>(nullptr, m_dir.filePath(QStringLiteral("recovery")));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
}

void MainWindowTest::TearDown()
{
    // Leave without save prompts: the tests decide what is saved.
    for (int i = 0; i < m_window->editorCount(); ++i)
        m_window->editor(i)->document()->markSaved();
    m_window.reset();
}

OutlineView *MainWindowTest::outline() const
{
    return m_window->currentEditor()->outline();
}

Document *MainWindowTest::doc() const
{
    return m_window->currentEditor()->document();
}

void MainWindowTest::key(int k, Qt::KeyboardModifiers m)
{
    QTest::keyClick(outline(), Qt::Key(k), m);
}

void MainWindowTest::select(const Node *n)
{
    QApplication::setActiveWindow(m_window.get()); // a closed dialog may have taken activation
    outline()->setFocus();
    outline()->selectNodes({ n });
}

} // namespace pw::test
