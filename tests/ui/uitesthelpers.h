#pragma once

// Helpers for the GUI tests: answer the next modal dialog, an isolated settings/data home, and a fixture
// with a shown main window.

#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

class QWidget;

namespace pw {
class Document;
class MainWindow;
class Node;
class OutlineView;
} // namespace pw

namespace pw::test {

/** A shown, active main window with its own recovery folder; leaves without save prompts. */
class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest();
    ~MainWindowTest() override;
    void SetUp() override;
    void TearDown() override;

    OutlineView *outline() const;
    Document *doc() const;
    void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier);
    /** Activates the window, focuses the outline and selects @p n. */
    void select(const Node *n);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

/** Arranges for the next modal QMessageBox to be answered with @p button; the text it showed is
 *  stored in lastDialogText(). */
void answerNextMessageBox(QMessageBox::StandardButton button);
/** Same, for a QMessageBox with custom buttons: clicks the button whose text contains @p text. */
void answerNextMessageBoxWith(const QString &buttonText);
QString lastDialogText();
/** Types @p text into @p widget as key events (QTest::keyClicks only handles ASCII). */
void typeText(QWidget *widget, const QString &text);
/** True if a dialog was answered since the last call. */
bool takeDialogAnswered();

/** Runs @p trigger, which opens a modal dialog of type T, and calls @p fill on that dialog (which must
 *  close it). True if the dialog appeared. */
template<typename T, typename Fill, typename Trigger> bool withDialog(Fill fill, Trigger trigger)
{
    bool handled = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget()); d && !handled) {
            handled = true;
            fill(d);
        }
    });
    poll.start(10);
    trigger();
    return handled;
}

} // namespace pw::test
