#pragma once

// The review findings as one flat, filterable table: coverage gaps, target findings, department
// findings and the citation check, each pointing at the node to jump to and showing the parent's and the
// child's sentences it compares side by side.

#include "review/reviewresult.h"

#include <QAbstractTableModel>

namespace pw {

class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column {
        CategoryColumn,
        SeverityColumn,
        StatusColumn,
        LocationColumn,
        DetailColumn,
        ParentSaysColumn, ///< the parent's sentence the finding is about
        ChildSaysColumn,  ///< the child's sentence it is compared with
        ColumnCount
    };
    enum class Category { Coverage, Target, Department, Citation };
    enum class Severity { Problem, Check, Info };
    enum Role { CategoryRole = Qt::UserRole, SeverityRole, NodeIdRole, ChildSideRole };

    struct Finding
    {
        Category category = Category::Coverage;
        Severity severity = Severity::Info;
        QString status;
        QString location;
        QString detail;
        QString parentSays; ///< the two sentences compared, so the finding can be checked in seconds
        QString childSays;
        QUuid nodeId;           ///< node to jump to, may be null
        bool childSide = false; ///< nodeId is a child node (else a parent node)
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setResult(const review::ReviewResult &result);
    const Finding &finding(int row) const { return m_findings.at(row); }
    static QString categoryName(Category c);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

/** Display names of the review statuses (translated). */
QString coverageStatusName(review::CoverageStatus s);
QString targetStatusName(review::TargetStatus s);

} // namespace pw
