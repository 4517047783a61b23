#pragma once

// The selected parent task side by side with its matched child texts, and the reviewer's decisions:
// confirm / reject a match, add the selected child node as a match, mark the task not applicable.

#include "review/reviewresult.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace pw {

class MatchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchPanel)

public:
    explicit MatchPanel(QWidget *parent = nullptr);

    /** Shows @p coverage (nullptr = nothing selected). */
    void setTask(const review::TaskCoverage *coverage);
    /** Whether a child node is selected (enables "add match"). */
    void setChildSelectionAvailable(bool available);
    /** Whether decisions can be recorded (false while the plan under review is read-only). */
    void setEditable(bool editable);
    QUuid currentMatch() const;

Q_SIGNALS:
    void confirmRequested(const QUuid &parentNodeId, const QUuid &childNodeId);
    void rejectRequested(const QUuid &parentNodeId, const QUuid &childNodeId);
    void addRequested(const QUuid &parentNodeId);
    void notApplicableRequested(const QUuid &parentNodeId, const QString &reason);
    void clearRequested(const QUuid &parentNodeId);
    void matchActivated(const QUuid &childNodeId);

private:
    void updateButtons();

    QUuid m_parentNodeId;
    bool m_childSelected = false;
    bool m_editable = true;
    bool m_notApplicable = false;
    QLabel *m_header;
    QTextBrowser *m_parentText;
    QListWidget *m_matches;
    QTextBrowser *m_matchText;
    QPushButton *m_confirm;
    QPushButton *m_reject;
    QPushButton *m_add;
    QPushButton *m_notApplicable_;
    QPushButton *m_clear;
};

} // namespace pw
