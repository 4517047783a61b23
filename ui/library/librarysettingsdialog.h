#pragma once

// Where the plan library lives: an SQLite file (default: the user's data folder) or a PostgreSQL server shared
// by an office (host, port, database, user, optional schema). The password is never stored: it comes from
// PGPASSWORD or is asked when the server wants one, and is kept in memory for the session only.

#include "library/librarylocation.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace pw {

/** Asks for the password of @p location's server (masked input); std::nullopt if the user cancels. */
std::optional<QString> askLibraryPassword(QWidget *parent, const library::LibraryLocation &location);

class LibrarySettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibrarySettingsDialog)

public:
    explicit LibrarySettingsDialog(const library::LibraryLocation &current, QWidget *parent = nullptr);

    /** The location entered, with the password asked during "Test Connection" (memory only); std::nullopt
     *  with @p error when it is incomplete. */
    std::optional<library::LibraryLocation> location(QString *error) const;
    /** Stores @p location as the library/location setting, never its password. */
    static void save(const library::LibraryLocation &location);

    QRadioButton *sqliteButton() const { return m_sqlite; }
    QRadioButton *postgresButton() const { return m_postgres; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *schemaEdit() const { return m_schema; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

    void accept() override;

private:
    void updateEnabled();
    void testConnection();

    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_schema = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QWidget *m_sqliteBox = nullptr;
    QWidget *m_postgresBox = nullptr;
    QString m_password; ///< asked during the test, memory only
};

} // namespace pw
