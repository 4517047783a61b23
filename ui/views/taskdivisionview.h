#pragma once

// The 任务分工表 (序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限) as a self-contained widget with
// in-place editing, copy as TSV and CSV export exactly as the annex prints.

#include <QWidget>

class QTableView;

namespace pw {

class Document;
class TaskDivisionModel;

class TaskDivisionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDivisionView)

public:
    explicit TaskDivisionView(Document *document, QWidget *parent = nullptr);

    TaskDivisionModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    bool exportCsv(const QString &path);

Q_SIGNALS:
    void nodeActivated(const QUuid &nodeId);

private:
    Document *m_doc;
    TaskDivisionModel *m_model;
    QTableView *m_table;
};

} // namespace pw
