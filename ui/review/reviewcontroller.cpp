#include "reviewcontroller.h"

#include "document/document.h"
#include "review/reviewedit.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QUndoStack>

#include <memory>

namespace pw {

ReviewController::ReviewController(Document *parentDocument, Document *childDocument, QObject *parent)
    : QObject(parent)
    , m_parent(parentDocument)
    , m_child(childDocument)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ReviewController::recompute);
    connectDocument(parentDocument);
    connectDocument(childDocument);
}

ReviewController::~ReviewController() = default;

void ReviewController::connectDocument(Document *document)
{
    if (!document)
        return;
    // Every edit, undo and redo moves the undo stack's index; review-state edits live there too.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &ReviewController::schedule);
    connect(document, &Document::reset, this, &ReviewController::schedule);
}

review::ReviewState ReviewController::state() const
{
    return m_child ? review::reviewState(*m_child) : review::ReviewState();
}

void ReviewController::setState(const review::ReviewState &state, const QString &undoText)
{
    if (m_child)
        review::setReviewState(*m_child, state, undoText);
}

void ReviewController::setOptions(const review::ReviewOptions &options)
{
    m_options = options;
    schedule();
}

void ReviewController::schedule() { m_debounce.start(); }

void ReviewController::recompute()
{
    m_debounce.stop();
    if (!m_parent || !m_child)
        return;
    if (m_running) {
        m_pending = true; // one run at a time: the next starts when this one is delivered
        return;
    }
    const quint64 generation = ++m_generation;
    // Snapshots: the worker never touches the live documents.
    std::shared_ptr<Plan> parent = review::clonePlan(m_parent->plan());
    std::shared_ptr<Plan> child = review::clonePlan(m_child->plan());
    const review::ReviewState state = review::reviewState(*m_child);
    const review::ReviewOptions options = m_options;
    m_running = true;
    Q_EMIT started();
    QPointer<ReviewController> self(this);
    QThreadPool::globalInstance()->start([self, generation, parent, child, state, options] {
        auto result
            = std::make_shared<review::ReviewResult>(review::comparePlans(*parent, *child, state, options));
        // Delivered through the application object: the controller may be gone by now, and the
        // QPointer is only safe to test on the GUI thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, result] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_result = std::move(*result);
                self->m_running = false;
                Q_EMIT self->resultReady();
                if (self && self->m_pending) {
                    self->m_pending = false;
                    self->recompute();
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace pw
