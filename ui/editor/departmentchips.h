#pragma once

// The departments of one role in the detail editor as chips: a token per unit with a × that removes it,
// reordered by dragging, and a field after them where names are added (completion from the registry).
// Every change reports the whole new list through committed(); the node editor makes it one undo command.

#include <QStringList>
#include <QWidget>

class QMimeData;

namespace pw {

class DepartmentField;
class FlowLayout;

class DepartmentChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentChips)

public:
    explicit DepartmentChips(QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }
    void setCandidates(const QStringList &candidates);
    void setPlaceholderText(const QString &text);

    /** The field where names are typed; Enter (or leaving it) adds them. */
    DepartmentField *input() const { return m_input; }
    /** One widget per name, in order. */
    QList<QWidget *> chips() const { return m_chips; }
    /** The × button of chip @p index. */
    QWidget *removeButton(int index) const;
    /** What dragging chip @p index carries: this field and the index, so only this field accepts it. */
    QMimeData *chipMimeData(int index) const;

Q_SIGNALS:
    void committed(const QStringList &names);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void retranslateUi();
    void addTyped(const QStringList &typed);
    void commit(const QStringList &names);
    /** The chip a drag event carries, if it is one of this field's; -1 otherwise. */
    int draggedChip(const QDropEvent *event) const;
    /** Where a chip dropped at @p pos goes: the index of the chip it lands before (count() = at the end). */
    int dropIndex(const QPoint &pos) const;

    QStringList m_names;
    QList<QWidget *> m_chips;
    DepartmentField *m_input;
    FlowLayout *m_layout;
};

} // namespace pw
