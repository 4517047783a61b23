#include "departmentchips.h"

#include "departmentfield.h"
#include "flowlayout.h"

#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

const QString kChipMimeType = u"application/x-planwright-department-chip"_s;

/** One name: a rounded token with a × button; pressing and moving it starts a drag carrying its index. */
class Chip final : public QFrame
{
public:
    Chip(const QString &name, int index, DepartmentChips *owner)
        : QFrame(owner)
        , m_owner(owner)
        , m_index(index)
        , m_remove(new QToolButton(this))
    {
        setObjectName(u"departmentChip"_s);
        setStyleSheet(u"#departmentChip { background: #e6efe3; border: 1px solid #9dbb96; border-radius: 10px; }"
                      "QToolButton { border: none; padding: 0 2px; }"_s);
        setCursor(Qt::OpenHandCursor);
        auto *label = new QLabel(name, this);
        m_remove->setText(u"×"_s);
        m_remove->setCursor(Qt::ArrowCursor);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(8, 1, 2, 1);
        layout->setSpacing(2);
        layout->addWidget(label);
        layout->addWidget(m_remove);
        setAccessibleName(name);
    }

    QToolButton *removeButton() const { return m_remove; }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            m_pressPos = event->position().toPoint();
        QFrame::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!(event->buttons() & Qt::LeftButton)
            || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(m_owner->chipMimeData(m_index));
        drag->setPixmap(grab());
        drag->setHotSpot(m_pressPos);
        drag->exec(Qt::MoveAction);
    }

private:
    DepartmentChips *m_owner;
    int m_index;
    QToolButton *m_remove;
    QPoint m_pressPos;
};

} // namespace

DepartmentChips::DepartmentChips(QWidget *parent)
    : QWidget(parent)
    , m_input(new DepartmentField(this))
    , m_layout(new FlowLayout(this))
{
    setAcceptDrops(true);
    setFocusProxy(m_input);
    m_input->setMinimumWidth(120);
    m_input->setFrame(false);
    m_input->installEventFilter(this);
    m_layout->addWidget(m_input);
    connect(m_input, &DepartmentField::committed, this, &DepartmentChips::addTyped);
}

void DepartmentChips::setNames(const QStringList &names)
{
    if (names == m_names && m_chips.size() == names.size())
        return;
    m_names = names;
    rebuild();
}

void DepartmentChips::setCandidates(const QStringList &candidates)
{
    m_input->setCandidates(candidates);
}

void DepartmentChips::setPlaceholderText(const QString &text)
{
    m_input->setPlaceholderText(text);
}

QWidget *DepartmentChips::removeButton(int index) const
{
    return static_cast<Chip *>(m_chips.value(index))->removeButton();
}

QMimeData *DepartmentChips::chipMimeData(int index) const
{
    auto *mime = new QMimeData;
    mime->setData(kChipMimeType, QByteArray::number(quintptr(this)) + ':' + QByteArray::number(index));
    return mime;
}

void DepartmentChips::rebuild()
{
    // A chip may be rebuilt away from inside its own × click: delete later.
    for (QWidget *chip : std::as_const(m_chips)) {
        m_layout->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    for (int i = 0; i < m_names.size(); ++i) {
        auto *chip = new Chip(m_names.at(i), i, this);
        connect(chip->removeButton(), &QToolButton::clicked, this, [this, i] {
            QStringList names = m_names;
            names.removeAt(i);
            commit(names);
        });
        m_layout->insertWidget(i, chip);
        m_chips.append(chip);
    }
    retranslateUi();
    updateGeometry();
}

void DepartmentChips::retranslateUi()
{
    for (int i = 0; i < m_chips.size(); ++i) {
        QWidget *button = removeButton(i);
        button->setToolTip(tr("Remove %1").arg(m_names.at(i)));
        button->setAccessibleName(button->toolTip());
    }
}

void DepartmentChips::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DepartmentChips::addTyped(const QStringList &typed)
{
    m_input->setNames({});
    QStringList names = m_names;
    for (const QString &name : typed) {
        if (!names.contains(name))
            names.append(name);
    }
    commit(names);
}

void DepartmentChips::commit(const QStringList &names)
{
    if (names != m_names)
        Q_EMIT committed(names);
}

bool DepartmentChips::eventFilter(QObject *watched, QEvent *event)
{
    // Backspace in the empty field removes the last chip, as in other token fields.
    if (watched == m_input && event->type() == QEvent::KeyPress && m_input->text().isEmpty()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Backspace && !m_names.isEmpty()) {
        commit(m_names.mid(0, m_names.size() - 1));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int DepartmentChips::draggedChip(const QDropEvent *event) const
{
    const QList<QByteArray> parts = event->mimeData()->data(kChipMimeType).split(':');
    if (parts.size() != 2 || parts.first() != QByteArray::number(quintptr(this)))
        return -1;
    bool ok = false;
    const int index = parts.last().toInt(&ok);
    return ok && index >= 0 && index < m_names.size() ? index : -1;
}

int DepartmentChips::dropIndex(const QPoint &pos) const
{
    for (int i = 0; i < m_chips.size(); ++i) {
        const QRect r = m_chips.at(i)->geometry();
        if (pos.y() < r.top() || (pos.y() <= r.bottom() && pos.x() < r.center().x()))
            return i;
    }
    return int(m_chips.size());
}

void DepartmentChips::dragEnterEvent(QDragEnterEvent *event)
{
    if (draggedChip(event) >= 0)
        event->acceptProposedAction();
}

void DepartmentChips::dragMoveEvent(QDragMoveEvent *event)
{
    if (draggedChip(event) >= 0)
        event->acceptProposedAction();
}

void DepartmentChips::dropEvent(QDropEvent *event)
{
    const int from = draggedChip(event);
    if (from < 0)
        return;
    event->acceptProposedAction();
    int to = dropIndex(event->position().toPoint());
    if (to > from)
        --to; // the chip leaves its old place first
    QStringList names = m_names;
    names.move(from, to);
    commit(names);
}

} // namespace pw
