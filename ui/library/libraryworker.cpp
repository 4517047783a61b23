#include "libraryworker.h"

namespace pw {

LibraryWorker::LibraryWorker()
{
    qRegisterMetaType<library::LibraryLocation>();
    qRegisterMetaType<library::SearchFilters>();
    qRegisterMetaType<library::IndexReport>();
    qRegisterMetaType<library::Rollup>();
    qRegisterMetaType<QList<library::PlanRow>>();
    qRegisterMetaType<QList<library::SearchHit>>();
}

LibraryWorker::~LibraryWorker() = default;

void LibraryWorker::open(const library::LibraryLocation &location)
{
    QString error;
    m_library.reset();
    library::OpenOptions options;
    options.rebuildProgress = reporter();
    m_library = library::Library::open(location, &error, options);
    if (!m_library) {
        emit openFailed(error);
        return;
    }
    emit opened(location.displayName(), m_library->notices());
    listPlans();
}

void LibraryWorker::finishIndexing(const library::IndexReport &report)
{
    emit indexed(report);
    listPlans();
}

library::Progress LibraryWorker::reporter()
{
    return [this](int done, int total, const QString &file) {
        emit progress(done, total, file);
        return true;
    };
}

void LibraryWorker::add(const QStringList &paths)
{
    if (m_library)
        finishIndexing(m_library->add(paths, reporter()));
}

void LibraryWorker::refresh()
{
    if (m_library)
        finishIndexing(m_library->refresh(reporter()));
}

void LibraryWorker::listPlans()
{
    QString error;
    auto plans = m_library ? m_library->plans(&error) : std::nullopt;
    if (plans)
        emit plansListed(*plans);
    else if (m_library)
        emit failed(error);
}

void LibraryWorker::search(const QString &query, const library::SearchFilters &filters, int generation)
{
    if (!m_library)
        return;
    QString error;
    auto hits = m_library->search(query, filters, 300, &error);
    emit searched(hits.value_or(QList<library::SearchHit> {}), generation);
}

void LibraryWorker::rollup(qint64 parentId)
{
    if (!m_library)
        return;
    QString error;
    auto parent = m_library->findPlan(QString::number(parentId), &error);
    QStringList warnings;
    auto result = parent ? library::rollupFamily(*m_library, *parent, &warnings, &error) : std::nullopt;
    if (!result) {
        emit failed(error);
        return;
    }
    emit rolledUp(*result, warnings);
}

} // namespace pw
