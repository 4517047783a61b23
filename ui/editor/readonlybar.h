#pragma once

// The yellow bar shown above a view while its document is read-only (open in another Planwright
// window), saying what that means there, with an "Edit Anyway" button that lifts the lock here.

#include <QFrame>

class QLabel;
class QPushButton;

namespace pw {

class Document;

class ReadOnlyBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyBar)

public:
    /** Follows @p document: visible exactly while it is read-only. */
    explicit ReadOnlyBar(Document *document, QWidget *parent = nullptr);

    /** What read-only means in the owner's view; the owner sets it again on a language change. */
    void setMessage(const QString &message);
    QPushButton *editAnywayButton() const { return m_editAnyway; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_message;
    QPushButton *m_editAnyway;
};

} // namespace pw
