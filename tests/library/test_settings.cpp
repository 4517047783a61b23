// The library location dialog with real widgets (offscreen): choosing an SQLite file reopens the Library
// window there; a PostgreSQL server is tested with the real server of CI, whose password role gets its password
// from a prompt, never written to the settings.

#include "libraryfixture.h"

#include "library/librarysettingsdialog.h"
#include "library/librarywindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pw;

namespace {

/** Calls @p handle with the active modal widget every 20 ms while alive. */
class ModalWatcher
{
public:
    explicit ModalWatcher(std::function<void(QWidget *)> handle)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [handle] {
            if (QWidget *modal = QApplication::activeModalWidget())
                handle(modal);
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
};

/** Every value stored in the settings, joined, to look for a password. */
QString allSettings()
{
    QSettings settings;
    QStringList values;
    for (const QString &key : settings.allKeys())
        values << key + u'=' + settings.value(key).toString();
    return values.join(u'\n');
}

/** Unsets PGPASSWORD for the test's lifetime, so that the server's question reaches the prompt. */
class NoPgPassword
{
public:
    NoPgPassword()
        : m_saved(qgetenv("PGPASSWORD"))
        , m_was(qEnvironmentVariableIsSet("PGPASSWORD"))
    {
        qunsetenv("PGPASSWORD");
    }
    ~NoPgPassword()
    {
        if (m_was)
            qputenv("PGPASSWORD", m_saved);
    }

private:
    QByteArray m_saved;
    bool m_was;
};

} // namespace

TEST(LibrarySettings, ChoosingAnSqliteFileReopensTheWindowThere)
{
    QTemporaryDir dir;
    const QString plans = dir.filePath(u"plans"_s);
    QDir().mkpath(plans);
    test::writePlan(plans, u"city"_s, { u"甲市碳达峰实施方案"_s, AdminLevel::City, u"甲市"_s, {}, {}, { u"推进光伏建设"_s } });
    library::LibraryLocation first;
    first.sqlitePath = dir.filePath(u"first.sqlite"_s);
    LibraryWindow window(first);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    window.addPaths({ plans });
    QTRY_COMPARE_WITH_TIMEOUT(window.planView()->model()->rowCount(), 1, 20000);
    QTRY_VERIFY(!window.isBusy());

    const QString second = dir.filePath(u"second.sqlite"_s);
    bool sawDialog = false;
    {
        ModalWatcher watcher([&](QWidget *modal) {
            auto *dialog = qobject_cast<LibrarySettingsDialog *>(modal);
            if (!dialog || sawDialog)
                return;
            sawDialog = true;
            EXPECT_TRUE(dialog->sqliteButton()->isChecked());
            EXPECT_EQ(dialog->pathEdit()->text(), first.sqlitePath);
            EXPECT_FALSE(dialog->hostEdit()->isEnabled());
            dialog->pathEdit()->selectAll();
            QTest::keyClicks(dialog->pathEdit(), second);
            QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
            EXPECT_TRUE(dialog->resultLabel()->text().startsWith(u"Connected: 0 plan"_s))
                << qPrintable(dialog->resultLabel()->text());
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(window.settingsButton(), Qt::LeftButton);
    }
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(window.location().sqlitePath, second);
    EXPECT_EQ(QSettings().value(u"library/location"_s).toString(), second);
    QSettings().remove(u"library/location"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    QTRY_COMPARE(window.planView()->model()->rowCount(), 0); // the new library is empty
}

TEST(LibrarySettings, PostgresFieldsAreCheckedAndStoredWithoutPassword)
{
    library::LibraryLocation location;
    location.backend = library::LibraryLocation::Backend::Postgres;
    location.host = u"db.example"_s;
    location.port = 5433;
    location.database = u"plans"_s;
    location.user = u"reviewer"_s;
    location.password = u"hunter2"_s;
    LibrarySettingsDialog dialog(location);
    dialog.show();
    EXPECT_TRUE(dialog.postgresButton()->isChecked());
    EXPECT_FALSE(dialog.pathEdit()->isEnabled());
    EXPECT_EQ(dialog.portSpin()->value(), 5433);
    dialog.schemaEdit()->setText(u"Bad-Name"_s);
    QString error;
    EXPECT_FALSE(dialog.location(&error));
    EXPECT_TRUE(error.contains(u"schema"_s)) << qPrintable(error);
    dialog.schemaEdit()->clear();
    QTest::keyClicks(dialog.schemaEdit(), u"district_plans"_s);
    const auto entered = dialog.location(&error);
    ASSERT_TRUE(entered) << qPrintable(error);
    if (qEnvironmentVariableIsSet("PLANWRIGHT_SCREENSHOT_DIR")) {
        EXPECT_TRUE(dialog.grab().save(qEnvironmentVariable("PLANWRIGHT_SCREENSHOT_DIR") + u"/library-settings.png"_s));
    }
    EXPECT_EQ(entered->password, u"hunter2"_s); // kept in memory for the session
    LibrarySettingsDialog::save(*entered);
    EXPECT_EQ(QSettings().value(u"library/location"_s).toString(),
        u"postgresql://reviewer@db.example:5433/plans?schema=district_plans"_s);
    EXPECT_FALSE(allSettings().contains(u"hunter2"_s));
    const auto reread = library::LibraryLocation::parse(QSettings().value(u"library/location"_s).toString(), &error);
    ASSERT_TRUE(reread) << qPrintable(error);
    EXPECT_EQ(reread->schema, u"district_plans"_s);
    EXPECT_EQ(reread->user, u"reviewer"_s);
    QSettings().remove(u"library/location"_s);

    dialog.hostEdit()->clear();
    EXPECT_FALSE(dialog.location(&error));
    dialog.accept(); // refused: stays open with the reason
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.resultLabel()->text().isEmpty());
}

TEST(LibrarySettings, TestConnectionReachesTheRealPostgresServer)
{
    const QString url = test::testPostgresUrl();
    if (url.isEmpty())
        GTEST_SKIP() << "PLANWRIGHT_TEST_PG_URL is not set (source .ci/postgres)";
    QString error;
    const auto server = library::LibraryLocation::parse(url, &error);
    ASSERT_TRUE(server) << qPrintable(error);
    LibrarySettingsDialog dialog(library::LibraryLocation {});
    dialog.show();
    QTest::mouseClick(dialog.postgresButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.hostEdit()->isEnabled());
    QTest::keyClicks(dialog.hostEdit(), server->host);
    dialog.portSpin()->setValue(server->port);
    QTest::keyClicks(dialog.databaseEdit(), server->database);
    QTest::keyClicks(dialog.userEdit(), server->user);
    const QString schema = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128);
    QTest::keyClicks(dialog.schemaEdit(), schema);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.resultLabel()->text().startsWith(u"Connected: 0 plan"_s))
        << qPrintable(dialog.resultLabel()->text());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"settings-teardown"_s);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setDatabaseName(server->database);
        db.setUserName(server->user);
        if (db.open() && QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s))
            QSqlQuery(db).exec(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s);
    }
    QSqlDatabase::removeDatabase(u"settings-teardown"_s);

    dialog.portSpin()->setValue(1); // nothing listens there
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.resultLabel()->text().startsWith(u"Could not connect: "_s))
        << qPrintable(dialog.resultLabel()->text());
}

TEST(LibrarySettings, AServerThatWantsAPasswordGetsItFromAPromptNeverFromTheSettings)
{
    // The CI server has a role that must log in with a password (SCRAM); .ci/postgres exports it.
    const QString url = qEnvironmentVariable("PLANWRIGHT_TEST_PG_PASSWORD_URL");
    const QString password = qEnvironmentVariable("PLANWRIGHT_TEST_PG_PASSWORD");
    if (test::testPostgresUrl().isEmpty() || url.isEmpty())
        GTEST_SKIP() << "PLANWRIGHT_TEST_PG_PASSWORD_URL is not set (source .ci/postgres)";
    NoPgPassword noPassword;
    QString error;
    const QString schema = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128);
    const auto location = library::LibraryLocation::parse(url + u"?schema="_s + schema, &error);
    ASSERT_TRUE(location) << qPrintable(error);

    // The dialog's test: asked, a wrong password refused by the server, asked again, the right one accepted.
    LibrarySettingsDialog dialog(*location);
    dialog.show();
    int prompts = 0;
    {
        ModalWatcher watcher([&](QWidget *modal) {
            auto *prompt = qobject_cast<QInputDialog *>(modal);
            if (!prompt || prompt->objectName() != u"libraryPassword"_s)
                return;
            EXPECT_EQ(prompt->textEchoMode(), QLineEdit::Password);
            prompt->setTextValue(++prompts == 1 ? u"wrong"_s : password);
            prompt->accept();
        });
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    }
    EXPECT_EQ(prompts, 2);
    EXPECT_TRUE(dialog.resultLabel()->text().startsWith(u"Connected: 0 plan"_s))
        << qPrintable(dialog.resultLabel()->text());

    // The window asks when opening the library needs a password, and opens it with the answer.
    LibraryWindow window(*location);
    window.show();
    prompts = 0;
    {
        ModalWatcher watcher([&](QWidget *modal) {
            auto *prompt = qobject_cast<QInputDialog *>(modal);
            if (!prompt || prompt->objectName() != u"libraryPassword"_s)
                return;
            ++prompts;
            prompt->setTextValue(password);
            prompt->accept();
        });
        QTRY_VERIFY_WITH_TIMEOUT(prompts == 1 && !window.isBusy() && window.statusLabel()->text().isEmpty(), 20000);
    }
    EXPECT_EQ(window.location().password, password);
    LibrarySettingsDialog::save(window.location());
    EXPECT_FALSE(allSettings().contains(password));
    QSettings().remove(u"library/location"_s);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"password-teardown"_s);
    db.setHostName(location->host);
    db.setPort(location->port);
    db.setDatabaseName(location->database);
    db.setUserName(location->user);
    db.setPassword(password);
    if (db.open() && QSqlQuery(db).exec(u"SET client_min_messages TO warning"_s))
        QSqlQuery(db).exec(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s);
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"password-teardown"_s);
}
