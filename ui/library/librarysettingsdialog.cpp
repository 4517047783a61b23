#include "librarysettingsdialog.h"

#include "library/library.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw {

std::optional<QString> askLibraryPassword(QWidget *parent, const library::LibraryLocation &location)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(u"libraryPassword"_s);
    dialog.setWindowTitle(LibrarySettingsDialog::tr("Library Password"));
    dialog.setLabelText(LibrarySettingsDialog::tr("Password for %1 (kept only until Planwright quits):")
                            .arg(location.displayName()));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

LibrarySettingsDialog::LibrarySettingsDialog(const library::LibraryLocation &current, QWidget *parent)
    : QDialog(parent)
    , m_password(current.password)
{
    setObjectName(u"librarySettings"_s);
    setWindowTitle(tr("Library Location"));
    auto *layout = new QVBoxLayout(this);

    m_sqlite = new QRadioButton(tr("SQLite file on this computer"), this);
    m_sqliteBox = new QWidget(this);
    auto *pathRow = new QHBoxLayout(m_sqliteBox);
    pathRow->setContentsMargins(24, 0, 0, 0);
    m_path = new QLineEdit(m_sqliteBox);
    m_path->setObjectName(u"libraryPath"_s);
    m_path->setPlaceholderText(library::LibraryLocation::defaultLocation().sqlitePath);
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Browse…"), m_sqliteBox);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_postgres = new QRadioButton(tr("PostgreSQL server shared by an office"), this);
    m_postgresBox = new QWidget(this);
    auto *form = new QFormLayout(m_postgresBox);
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit(m_postgresBox);
    m_host->setObjectName(u"libraryHost"_s);
    m_port = new QSpinBox(m_postgresBox);
    m_port->setObjectName(u"libraryPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(m_postgresBox);
    m_database->setObjectName(u"libraryDatabase"_s);
    m_user = new QLineEdit(m_postgresBox);
    m_user->setObjectName(u"libraryUser"_s);
    m_schema = new QLineEdit(m_postgresBox);
    m_schema->setObjectName(u"librarySchema"_s);
    m_schema->setPlaceholderText(tr("optional, e.g. planwright"));
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Schema:"), m_schema);
    auto *note = new QLabel(tr("The password is taken from the PGPASSWORD environment variable or asked when the "
                               "server needs it. It is never saved."),
        m_postgresBox);
    note->setWordWrap(true);
    form->addRow(note);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test Connection"), this);
    m_test->setObjectName(u"testLibrary"_s);
    m_test->setAutoDefault(false); // Return means OK
    m_result = new QLabel(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    for (QWidget *w : { static_cast<QWidget *>(m_sqlite), m_sqliteBox, static_cast<QWidget *>(m_postgres), m_postgresBox })
        layout->addWidget(w);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(buttons);

    const bool postgres = current.backend == library::LibraryLocation::Backend::Postgres;
    (postgres ? m_postgres : m_sqlite)->setChecked(true);
    if (postgres) {
        m_host->setText(current.host);
        m_port->setValue(current.port);
        m_database->setText(current.database);
        m_user->setText(current.user);
        m_schema->setText(current.schema);
    } else if (current.sqlitePath != m_path->placeholderText()) {
        m_path->setText(current.sqlitePath);
    }
    updateEnabled();

    connect(m_sqlite, &QRadioButton::toggled, this, &LibrarySettingsDialog::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString start = m_path->text().isEmpty() ? m_path->placeholderText() : m_path->text();
        const QString path = QFileDialog::getSaveFileName(this, tr("Library File"), start,
            tr("SQLite library (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    connect(m_test, &QPushButton::clicked, this, &LibrarySettingsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &LibrarySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LibrarySettingsDialog::reject);
    resize(520, sizeHint().height());
}

void LibrarySettingsDialog::updateEnabled()
{
    m_sqliteBox->setEnabled(m_sqlite->isChecked());
    m_postgresBox->setEnabled(m_postgres->isChecked());
}

std::optional<library::LibraryLocation> LibrarySettingsDialog::location(QString *error) const
{
    library::LibraryLocation location;
    if (m_sqlite->isChecked()) {
        location.sqlitePath = m_path->text().trimmed().isEmpty() ? m_path->placeholderText()
                                                                 : QDir::fromNativeSeparators(m_path->text().trimmed());
        return location;
    }
    location.backend = library::LibraryLocation::Backend::Postgres;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.schema = m_schema->text().trimmed();
    location.password = m_password;
    if (location.host.isEmpty() || location.database.isEmpty()) {
        *error = tr("Enter the server's host and the database.");
        return std::nullopt;
    }
    if (!location.schema.isEmpty() && !library::isPlainIdentifier(location.schema)) {
        *error = tr("A schema name may use only a–z, 0–9 and _, and may not start with a digit.");
        return std::nullopt;
    }
    return location;
}

void LibrarySettingsDialog::save(const library::LibraryLocation &location)
{
    QSettings().setValue(u"library/location"_s, location.displayName());
}

void LibrarySettingsDialog::accept()
{
    QString error;
    if (!location(&error)) {
        m_result->setText(error);
        return;
    }
    QDialog::accept();
}

void LibrarySettingsDialog::testConnection()
{
    QString error;
    auto entered = location(&error);
    if (!entered) {
        m_result->setText(error);
        return;
    }
    m_result->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto library = library::Library::open(*entered, &error);
    // A server that wants a password: ask, and try again until it is accepted or the user cancels.
    while (!library && entered->backend == library::LibraryLocation::Backend::Postgres
        && library::needsPassword(error)) {
        QApplication::restoreOverrideCursor();
        const auto password = askLibraryPassword(this, *entered);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (!password)
            break;
        entered->password = *password;
        library = library::Library::open(*entered, &error);
        if (library)
            m_password = *password;
    }
    const auto plans = library ? library->plans(&error) : std::nullopt;
    QApplication::restoreOverrideCursor();
    m_result->setText(plans ? tr("Connected: %n plan(s) in the library.", nullptr, int(plans->size()))
                            : tr("Could not connect: %1").arg(error));
}

} // namespace pw
