#include "reviewwindow.h"

#include "document/document.h"
#include "review/reviewworkspace.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pw {
namespace {
QString planName(const Document *d)
{
    const QString title = d->plan().metadata.title;
    return title.isEmpty() ? QFileInfo(d->fileName()).fileName() : title;
}
} // namespace

ReviewWindow::ReviewWindow(Document *parentDocument, std::unique_ptr<Document> ownedParent,
    Document *childDocument, QWidget *parent)
    : QMainWindow(parent)
    , m_ownedParent(std::move(ownedParent))
    , m_workspace(new ReviewWorkspace(parentDocument, childDocument, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_workspace);
    setWindowTitle(tr("Review: %1 ← %2").arg(planName(childDocument), planName(parentDocument)));
    for (Document *d : { parentDocument, childDocument }) {
        if (d != m_ownedParent.get())
            connect(d, &QObject::destroyed, this, [this] {
                // The workspace refers to the document: drop it now, not after the event loop.
                delete m_workspace;
                m_workspace = nullptr;
                close();
            });
    }
    resize(1400, 860);
}

ReviewWindow::~ReviewWindow()
{
    delete m_workspace; // before the owned parent it refers to
}

} // namespace pw
