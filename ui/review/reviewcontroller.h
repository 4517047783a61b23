#pragma once

// Runs the parent/child comparison off the GUI thread: snapshots both plans and the review state and
// compares them on the global thread pool, one run at a time (changes during a run start the next one).
// Recomputes, debounced, whenever either document changes or the child's review state changes.

#include "document/document.h"
#include "review/reviewengine.h"
#include "review/reviewresult.h"
#include "review/reviewstore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pw {

class ReviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewController)

public:
    ReviewController(Document *parentDocument, Document *childDocument, QObject *parent = nullptr);
    ~ReviewController() override;

    Document *parentDocument() const { return m_parent; }
    Document *childDocument() const { return m_child; }
    const review::ReviewResult &result() const { return m_result; }
    bool isRunning() const { return m_running; }

    /** The child's stored review state (decisions, counterparts, comments). */
    review::ReviewState state() const;
    /** Options of the comparison, e.g. what the library adds (Library::reviewOptions()). */
    void setOptions(const review::ReviewOptions &options);

    /** Stores @p state in the child document as one undo step; a recomputation follows. */
    void setState(const review::ReviewState &state, const QString &undoText);

public Q_SLOTS:
    /** Schedules a recomputation (debounced). */
    void schedule();
    /** Recomputes now (still off the GUI thread). */
    void recompute();

Q_SIGNALS:
    void started();
    void resultReady();

private:
    void connectDocument(Document *document);

    QPointer<Document> m_parent;
    QPointer<Document> m_child;
    QTimer m_debounce;
    review::ReviewResult m_result;
    review::ReviewOptions m_options;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace pw
