#pragma once

// A token field for the departments of one role: names separated by 、 , ; with completion of the
// token under the cursor from the plan's registry (names and aliases). committed() reports the typed
// names when editing finishes; the node editor resolves them (offering to add unknown ones).

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace pw {

class DepartmentField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentField)

public:
    explicit DepartmentField(QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList names() const;
    void setCandidates(const QStringList &candidates);
    QCompleter *nameCompleter() const { return m_completer; }

    /** Splits on 、，,;； and whitespace, dropping empty and repeated names. */
    static QStringList splitNames(const QString &text);

Q_SIGNALS:
    void committed(const QStringList &names);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString &name);
    /** Start and length of the token under the cursor. */
    std::pair<int, int> currentToken() const;

    QCompleter *m_completer;
    QStringListModel *m_candidates;
    QString m_committedText;
};

} // namespace pw
