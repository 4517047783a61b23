#pragma once

// Helpers for the GUI tests: answer the next modal dialog, and an isolated settings/data home.

#include "mainwindow/mainwindow.h"

#include <QMessageBox>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QWidget;

namespace pw::test {

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

/** A shown, active main window with a private recovery folder; its documents close without save prompts. */
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace pw::test
