#include "reviewwindow.h"

#include "document/document.h"
#include "review/reviewworkspace.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace pw {
namespace {
QString planName(const Document *d)
{
    const QString title = d->plan().metadata.title;
    return title.isEmpty() ? QFileInfo(d->fileName()).fileName() : title;
}
} // namespace

ReviewWindow::ReviewWindow(
    Document *parentDocument, std::unique_ptr<Document> ownedParent, Document *childDocument, QWidget *parent)
    : QMainWindow(parent)
    , m_ownedParent(std::move(ownedParent))
    , m_workspace(new ReviewWorkspace(parentDocument, childDocument, this))
    , m_child(childDocument)
    , m_parentDocument(parentDocument)
    , m_menu(menuBar()->addMenu(QString()))
    , m_backToEditor(m_menu->addAction(QString(), this,
          [this] {
              if (m_child)
                  Q_EMIT editorRequested(m_child);
          }))
    , m_close(m_menu->addAction(QString(), this, &QWidget::close))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_workspace);
    m_backToEditor->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_close->setShortcut(QKeySequence(u"Ctrl+W"_s));
    retranslateUi();
    for (Document *d : { parentDocument, childDocument }) {
        if (d != m_ownedParent.get())
            connect(d, &QObject::destroyed, this, [this] {
                // The workspace refers to the document: drop it now, not after the event loop.
                delete m_workspace;
                m_workspace = nullptr;
                m_child = nullptr;
                close();
            });
    }
    resize(1400, 860);
}

void ReviewWindow::retranslateUi()
{
    m_menu->setTitle(tr("&Review"));
    m_backToEditor->setText(tr("Back to &Editor"));
    m_close->setText(tr("&Close Review"));
    if (m_child)
        setWindowTitle(tr("Review: %1 ← %2").arg(planName(m_child), planName(m_parentDocument)));
}

void ReviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The workspace sets its texts up once; its state lives in the child document, so a new one in the
        // new language loses only the selection.
        if (m_workspace && m_child) {
            delete takeCentralWidget();
            m_workspace = new ReviewWorkspace(m_parentDocument, m_child, this);
            setCentralWidget(m_workspace);
        }
    }
    QMainWindow::changeEvent(event);
}

ReviewWindow::~ReviewWindow()
{
    delete m_workspace; // before the owned parent it refers to
}

} // namespace pw
