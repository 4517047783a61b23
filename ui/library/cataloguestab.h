#pragma once

// Library ▸ Catalogues: the shared catalogues the library keeps. Departments of all plans with the spellings
// seen, how many plans assign them tasks and the cross-level counterparts reviewers recorded; indicators with
// their units, categories and aliases, built-in or added by the user (Add Indicator…, Add Aliases…). The tab
// only shows and asks: the window sends requests to the library worker.

#include "librarymetatypes.h"

#include <QWidget>

class QGroupBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace pw {

class LibraryCataloguesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCataloguesTab)

public:
    explicit LibraryCataloguesTab(QWidget *parent = nullptr);

    void showCatalogues(const QList<library::DepartmentEntry> &departments,
        const QList<library::IndicatorEntry> &indicators,
        const QList<library::RecordedCounterpart> &counterparts);
    void retranslateUi();

    QLineEdit *departmentFilter() const { return m_departmentFilter; }
    QTableView *departmentView() const { return m_departmentView; }
    QLineEdit *indicatorFilter() const { return m_indicatorFilter; }
    QTableView *indicatorView() const { return m_indicatorView; }
    QPushButton *addIndicatorButton() const { return m_addIndicator; }
    QPushButton *addAliasesButton() const { return m_addAliases; }

signals:
    /** A new indicator, or aliases for one in the catalogue, to save. */
    void addIndicatorRequested(const pw::library::IndicatorEntry &indicator);
    /** The user activated a department or an indicator: search the passages that name it. */
    void searchDepartment(const QString &name);
    void searchIndicator(const QString &name);

private:
    void addIndicator();
    void addAliases();
    const library::IndicatorEntry *currentIndicator() const;
    void fill();
    void updateTitles();

    QList<library::DepartmentEntry> m_departmentEntries;
    QList<library::IndicatorEntry> m_indicators;
    QList<library::RecordedCounterpart> m_counterparts;
    QGroupBox *m_departmentBox = nullptr;
    QLineEdit *m_departmentFilter = nullptr;
    QStandardItemModel *m_departments = nullptr;
    QSortFilterProxyModel *m_departmentProxy = nullptr;
    QTableView *m_departmentView = nullptr;
    QGroupBox *m_indicatorBox = nullptr;
    QLineEdit *m_indicatorFilter = nullptr;
    QStandardItemModel *m_indicatorModel = nullptr;
    QSortFilterProxyModel *m_indicatorProxy = nullptr;
    QTableView *m_indicatorView = nullptr;
    QPushButton *m_addIndicator = nullptr;
    QPushButton *m_addAliases = nullptr;
};

} // namespace pw
