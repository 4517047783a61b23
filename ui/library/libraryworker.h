#pragma once

// The library's connection for the GUI, living in a worker thread so indexing and searching never block the
// window. Requests are queued slots; results come back as signals (queued to the GUI thread).

#include "librarymetatypes.h"

#include <QObject>

#include <memory>

namespace pw {

class LibraryWorker final : public QObject
{
    Q_OBJECT

public:
    LibraryWorker();
    ~LibraryWorker() override;

public slots:
    void open(const pw::library::LibraryLocation &location);
    void add(const QStringList &paths);
    void refresh();
    void listPlans();
    void search(const QString &query, const pw::library::SearchFilters &filters, int generation);
    void rollup(qint64 parentId);

signals:
    void opened(const QString &displayName, const QStringList &notices);
    void failed(const QString &message);
    void openFailed(const QString &message);
    void progress(int done, int total, const QString &file);
    void indexed(const pw::library::IndexReport &report);
    void plansListed(const QList<pw::library::PlanRow> &plans);
    void searched(const QList<pw::library::SearchHit> &hits, int generation);
    void rolledUp(const pw::library::Rollup &rollup, const QStringList &warnings);

private:
    library::Progress reporter();
    void finishIndexing(const library::IndexReport &report);

    std::unique_ptr<library::Library> m_library;
};

} // namespace pw
