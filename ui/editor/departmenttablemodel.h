#pragma once

// The plan's department registry as a table (name, aliases, kind, level, number of assignments).
// Mirrors the Document's row signals for Collection::Departments; setData() edits through the
// Document (one undo step per change).

#include <QAbstractTableModel>

namespace pw {

class Document;
struct Department;

class DepartmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentTableModel)

public:
    enum Column
    {
        NameColumn,
        AliasesColumn,
        KindColumn,
        LevelColumn,
        UsesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole
    };

    explicit DepartmentTableModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_doc; }
    const Department *department(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recountUses();

    Document *m_doc = nullptr;
    QHash<QUuid, int> m_uses;
};

} // namespace pw
