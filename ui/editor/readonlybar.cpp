#include "readonlybar.h"

#include "document/document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace pw {

ReadOnlyBar::ReadOnlyBar(Document *document, QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_editAnyway(new QPushButton(tr("Edit Anyway"), this))
{
    setObjectName(u"readOnlyBar"_s);
    setStyleSheet(u"#readOnlyBar { background: #fff4ce; border: 1px solid #e0c36a; border-radius: 3px; }"_s);
    m_message->setWordWrap(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_editAnyway);
    connect(m_editAnyway, &QPushButton::clicked, document, [document] { document->setReadOnly(false); });
    connect(document, &Document::readOnlyChanged, this, &QWidget::setVisible);
    setVisible(document->isReadOnly());
}

void ReadOnlyBar::setMessage(const QString &message) { m_message->setText(message); }

void ReadOnlyBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_editAnyway->setText(tr("Edit Anyway"));
    QFrame::changeEvent(event);
}

} // namespace pw
