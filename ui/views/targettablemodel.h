#pragma once

// The target table (主要指标表): one row per indicator; columns category, name, unit, binding, direction,
// baseline year and value, one column per milestone year of the plan ("≥ 20 (力争 22)"), commitment,
// allocation note, stating node, implied change and warnings. Rows map 1:1 onto the Document's
// indicator signals; milestone columns follow the metadata. setData() validates and pushes commands
// (several target updates from one cell form one undo macro).

#include <QAbstractTableModel>

namespace pw {

class Document;
struct Indicator;

class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetTableModel)

public:
    enum class Field {
        Category,
        Name,
        Unit,
        Binding,
        Direction,
        BaseYear,
        BaseValue,
        Milestone,
        Commitment,
        Allocation,
        StatedIn,
        Change,
        Warnings,
    };
    Q_ENUM(Field)
    enum Role {
        IndicatorIdRole = Qt::UserRole,
        NodeIdRole,   ///< the stating node (StatedIn column) or the target's node (milestone column)
        WarningsRole, ///< QStringList for the cell (milestone) or the row
        FieldRole,    ///< int(Field) of the column
        YearRole,     ///< milestone year of the column
    };

    explicit TargetTableModel(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_doc; }
    Field field(int column) const;
    int columnOf(Field field, int year = 0) const;
    QList<int> milestoneYears() const { return m_years; }
    const Indicator *indicator(int row) const;
    /** Why the last setData() failed (empty after success). */
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void connectDocument();
    void refreshAll();
    bool setIndicatorField(const Indicator &indicator, Field field, const QString &text);
    bool setTargetsField(const Indicator &indicator, Field field, const QString &text);
    bool setMilestone(const Indicator &indicator, int year, const QString &text);
    bool reject(const QString &message);

    Document *m_doc;
    QList<int> m_years;
    QString m_lastError;
};

} // namespace pw
