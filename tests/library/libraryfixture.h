#pragma once

// The library test suite runs against both backends: SQLite in a temporary folder, and PostgreSQL when
// PLANWRIGHT_TEST_PG_URL names a server (.ci/postgres starts one). Each PostgreSQL test works in a schema of
// its own, dropped afterwards. Without the variable the PostgreSQL variant is skipped with a message, except
// under CI=true, where it fails.

#include "library/library.h"
#include "model/plan.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace pw::test {

enum class Backend
{
    Sqlite,
    Postgres
};

class LibraryTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    void TearDown() override;
    bool isSqlite() const { return GetParam() == Backend::Sqlite; }
    /** Opens the test's library; fails the test on error. */
    std::unique_ptr<library::Library> openLibrary(const library::OpenOptions &options = {});
    QString planDir() const { return m_dir.filePath(QStringLiteral("plans")); }

    QTemporaryDir m_dir;
    library::LibraryLocation m_location;
};

/** PLANWRIGHT_TEST_PG_URL; when it is unset, an empty string, and a failure recorded under CI=true (the
 *  server should have started there). Callers skip the test on an empty result. */
QString testPostgresUrl();

std::string backendName(const ::testing::TestParamInfo<Backend> &info);

/** A small plan: tasks with the given titles under one action, a lead department per task. */
struct PlanSpec
{
    QString title;
    AdminLevel level = AdminLevel::City;
    QString region;
    QString docNumber;
    QString parentTitle;
    QStringList tasks;
    QString lead = QStringLiteral("市发展和改革委员会");
    QList<std::tuple<QString, QString, int, double>> targets; ///< indicator, unit, year, value
};
std::unique_ptr<Plan> makePlan(const PlanSpec &spec);
/** Saves @p spec as DIR/NAME.pwplan and returns the path. */
QString writePlan(const QString &dir, const QString &name, const PlanSpec &spec);

/** The title of the city plan writeDistrictReview() districts cite as their parent (saved as city.pwplan). */
inline const QString kCityOfDistricts = QStringLiteral("甲市碳达峰实施方案");
/** A district plan of that city whose only task the city's 市工业和信息化局 leads, with @p ownBureau among its
 *  departments, saved as DIR/REGION.pwplan with @p recorded as its reviewer's counterpart table. */
QString writeDistrictReview(const QString &dir, const QString &region, const QString &ownBureau,
    const QList<review::Counterpart> &recorded = {});

/** Library::add() that fails the test with the reason when the library could not be written. */
library::IndexReport addPaths(library::Library &library, const QStringList &paths);

/** SHA-256 of every file under @p dir, by path. */
QMap<QString, QByteArray> hashFiles(const QString &dir);

} // namespace pw::test
