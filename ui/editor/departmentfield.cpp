#include "departmentfield.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace pw {
namespace {
bool isSeparator(QChar c)
{
    return c == u'、' || c == u',' || c == u'，' || c == u';' || c == u'；' || c.isSpace();
}
} // namespace

DepartmentField::DepartmentField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_candidates(new QStringListModel(this))
{
    m_completer->setModel(m_candidates);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &DepartmentField::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &DepartmentField::updateCompletion);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const QStringList n = names();
        if (n.join(u"、"_s) == m_committedText)
            return;
        setNames(n); // normalise separators; this text is now the committed one
        Q_EMIT committed(n);
    });
}

QStringList DepartmentField::splitNames(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text + u' ') {
        if (!isSeparator(c)) {
            current += c;
            continue;
        }
        if (!current.isEmpty() && !result.contains(current))
            result.append(current);
        current.clear();
    }
    return result;
}

void DepartmentField::setNames(const QStringList &names)
{
    const QString t = names.join(u"、"_s);
    m_committedText = t;
    if (t != text())
        setText(t);
}

QStringList DepartmentField::names() const
{
    return splitNames(text());
}

void DepartmentField::setCandidates(const QStringList &candidates)
{
    m_candidates->setStringList(candidates);
}

std::pair<int, int> DepartmentField::currentToken() const
{
    const QString t = text();
    int start = cursorPosition();
    while (start > 0 && !isSeparator(t.at(start - 1)))
        --start;
    int end = cursorPosition();
    while (end < t.size() && !isSeparator(t.at(end)))
        ++end;
    return { start, end - start };
}

void DepartmentField::updateCompletion()
{
    const auto [start, length] = currentToken();
    const QString token = text().mid(start, length);
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(token);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == token)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void DepartmentField::insertCompletion(const QString &name)
{
    const auto [start, length] = currentToken();
    QString t = text();
    t.replace(start, length, name);
    setText(t);
    setCursorPosition(int(start + name.size()));
}

void DepartmentField::keyPressEvent(QKeyEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            if (popup->currentIndex().isValid())
                insertCompletion(popup->currentIndex().data().toString());
            popup->hide();
            QLineEdit::keyPressEvent(event);
            event->accept(); // completed here: the completer must not insert the name a second time
            return;
        case Qt::Key_Escape:
            popup->hide();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void DepartmentField::focusOutEvent(QFocusEvent *event)
{
    if (!m_completer->popup()->isVisible() || event->reason() != Qt::PopupFocusReason)
        m_completer->popup()->hide();
    QLineEdit::focusOutEvent(event);
}

} // namespace pw
