#pragma once

// Helpers for the GUI tests: answer the next modal dialog, and an isolated settings/data home.

#include <QMessageBox>
#include <QApplication>
#include <QString>
#include <QTimer>

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
