// File ▸ Library: the library window, opening its plans at a task, and reviewing a family pair.

#include "mainwindow.h"

#include "document/document.h"
#include "editor/outlineview.h"
#include "editor/planeditor.h"
#include "io/planfile.h"
#include "library/librarywindow.h"
#include "model/plan.h"
#include "review/reviewcontroller.h"
#include "review/reviewworkspace.h"
#include "reviewwindow.h"

#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

bool isPlanFile(const QString &file)
{
    return QFileInfo(file).suffix().compare(u"pwplan"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

LibraryWindow *MainWindow::openLibrary()
{
    if (!m_library) {
        m_library = new LibraryWindow(LibraryWindow::configuredLocation(), this);
        m_library->setWindowFlag(Qt::Window);
        m_library->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_library, &LibraryWindow::openPlanAt, this,
            [this](const QString &file, const QUuid &nodeId, const QString &title) {
                openPlanAt(file, nodeId, title);
            });
        connect(m_library, &LibraryWindow::reviewAgainstParent, this, &MainWindow::reviewPair);
    }
    m_library->show();
    m_library->raise();
    m_library->activateWindow();
    return m_library;
}

PlanEditor *MainWindow::openPlanAt(const QString &file, const QUuid &nodeId, const QString &title)
{
    PlanEditor *e
        = isPlanFile(file) ? openFile(file) : (editorFor(file) ? editorFor(file) : importFile(file));
    if (!e)
        return nullptr;
    m_tabs->setCurrentWidget(e);
    const Plan &plan = e->document()->plan();
    const Node *node = plan.findNode(nodeId);
    if (!node && !title.isEmpty()) { // a document imported again has new ids: find the passage by its title
        plan.root().forEach([&](const Node *n) {
            if (!node && n != &plan.root() && n->content.title == title)
                node = n;
        });
    }
    if (node)
        showNodeInOutline(node->id());
    raise();
    activateWindow();
    return e;
}

ReviewWindow *MainWindow::reviewPair(
    const QString &parentFile, const QString &childFile, const review::ReviewOptions &options)
{
    PlanEditor *child = openPlanAt(childFile, {});
    if (!child)
        return nullptr;
    Document *parentDocument = nullptr;
    std::unique_ptr<Document> owned;
    if (isPlanFile(parentFile)) {
        QString error;
        owned = openDocument(parentFile, &error);
        if (!owned) {
            QMessageBox::warning(this, tr("Cannot open plan"), error);
            return nullptr;
        }
        parentDocument = owned.get();
    } else if (PlanEditor *parent = openPlanAt(parentFile, {})) {
        parentDocument = parent->document();
        m_tabs->setCurrentWidget(child);
    } else {
        return nullptr;
    }
    auto *window = new ReviewWindow(parentDocument, std::move(owned), child->document(), this);
    window->workspace()->controller()->setOptions(options);
    window->setWindowFlag(Qt::Window);
    window->show();
    return window;
}

} // namespace pw
