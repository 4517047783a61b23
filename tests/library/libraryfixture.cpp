#include "libraryfixture.h"

#include "io/planfile.h"
#include "review/reviewstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pw::test {

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

QString testPostgresUrl()
{
    const QString url = qEnvironmentVariable("PLANWRIGHT_TEST_PG_URL");
    if (url.isEmpty() && qEnvironmentVariable("CI") == u"true"_s)
        ADD_FAILURE() << "CI=true but PLANWRIGHT_TEST_PG_URL is not set: the PostgreSQL server did not start";
    return url;
}

void LibraryTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    QDir().mkpath(planDir());
    if (isSqlite()) {
        m_location.sqlitePath = m_dir.filePath(u"library.sqlite"_s);
        return;
    }
    const QString url = testPostgresUrl();
    if (url.isEmpty())
        GTEST_SKIP() << "PostgreSQL variant skipped: PLANWRIGHT_TEST_PG_URL is not set (source .ci/postgres)";
    QString error;
    const QString schema = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128);
    auto location = library::LibraryLocation::parse(url + u"?schema="_s + schema, &error);
    ASSERT_TRUE(location) << qPrintable(error);
    m_location = *location;
}

void LibraryTest::TearDown()
{
    if (isSqlite() || m_location.schema.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"teardown"_s);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        if (db.open() && QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s))
            QSqlQuery(db).exec(u"DROP SCHEMA IF EXISTS "_s + m_location.schema + u" CASCADE"_s);
    }
    QSqlDatabase::removeDatabase(u"teardown"_s);
}

std::unique_ptr<library::Library> LibraryTest::openLibrary(const library::OpenOptions &options)
{
    QString error;
    auto library = library::Library::open(m_location, &error, options);
    EXPECT_TRUE(library) << qPrintable(error);
    return library;
}

std::unique_ptr<Plan> makePlan(const PlanSpec &spec)
{
    auto plan = std::make_unique<Plan>();
    plan->metadata.title = spec.title;
    plan->metadata.level = spec.level;
    plan->metadata.region = spec.region;
    plan->metadata.docNumber = spec.docNumber;
    plan->metadata.milestoneYears = { 2025, 2030 };
    if (!spec.parentTitle.isEmpty())
        plan->metadata.parentRefs = { ParentRef { spec.parentTitle, {} } };
    Department lead;
    lead.name = spec.lead;
    plan->departments.push_back(lead);
    NodeContent action;
    action.kind = NodeKind::Action;
    action.title = u"能源绿色低碳转型行动"_s;
    auto actionNode = std::make_unique<Node>(action);
    Node *actionPtr = actionNode.get();
    plan->root().insertChild(0, std::move(actionNode));
    for (const QString &title : spec.tasks) {
        NodeContent task;
        task.kind = NodeKind::Task;
        task.title = title;
        task.text = title + u"，加快推进。"_s;
        task.lead = { lead.id };
        actionPtr->insertChild(actionPtr->childCount(), std::make_unique<Node>(task));
    }
    for (const auto &[name, unit, year, value] : spec.targets) {
        QUuid indicatorId;
        for (const Indicator &i : plan->indicators) {
            if (i.name == name)
                indicatorId = i.id;
        }
        if (indicatorId.isNull()) {
            Indicator indicator;
            indicator.name = name;
            indicator.unit = unit;
            indicatorId = indicator.id;
            plan->indicators.push_back(indicator);
        }
        Target target;
        target.indicatorId = indicatorId;
        target.year = year;
        target.comparator = Comparator::AtLeast;
        target.value = value;
        target.nodeId = actionPtr->childCount() > 0 ? actionPtr->child(0)->id() : QUuid();
        plan->targets.push_back(target);
    }
    return plan;
}

QString writePlan(const QString &dir, const QString &name, const PlanSpec &spec)
{
    const QString path = QDir(dir).filePath(name + u".pwplan"_s);
    QString error;
    EXPECT_TRUE(savePlanFile(*makePlan(spec), {}, path, &error)) << qPrintable(error);
    return path;
}

QString writeDistrictReview(const QString &dir, const QString &region, const QString &ownBureau,
    const QList<review::Counterpart> &recorded)
{
    PlanSpec spec { region + u"碳达峰实施方案"_s, AdminLevel::District, region, {}, kCityOfDistricts,
        { u"推进工业领域节能降碳"_s } };
    spec.lead = u"市工业和信息化局"_s;
    std::unique_ptr<Plan> plan = makePlan(spec);
    if (!ownBureau.isEmpty()) {
        Department own;
        own.name = ownBureau;
        plan->departments.push_back(own);
    }
    QMap<QString, QByteArray> entries;
    review::ReviewState state;
    state.parent = { u"city.pwplan"_s, kCityOfDistricts, {} };
    state.counterparts = recorded;
    review::writeReviewState(state, entries);
    const QString path = QFileInfo(QDir(dir).filePath(region + u".pwplan"_s)).absoluteFilePath();
    QString error;
    EXPECT_TRUE(savePlanFile(*plan, entries, path, &error)) << qPrintable(error);
    return path;
}

library::IndexReport addPaths(library::Library &library, const QStringList &paths)
{
    const library::IndexReport report = library.add(paths);
    EXPECT_TRUE(report.ok()) << qPrintable(report.fatal);
    EXPECT_TRUE(report.errors.isEmpty()) << qPrintable(report.errors.join(u'\n'));
    return report;
}

QMap<QString, QByteArray> hashFiles(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hashes.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

} // namespace pw::test
