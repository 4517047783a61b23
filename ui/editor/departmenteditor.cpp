#include "departmenteditor.h"

#include "departmenttablemodel.h"
#include "displaynames.h"
#include "document/document.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pw {
namespace {

/** Edits the kind and level columns with a combo box of the translated names. */
class EnumDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != DepartmentTableModel::KindColumn
            && index.column() != DepartmentTableModel::LevelColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        if (index.column() == DepartmentTableModel::KindColumn) {
            for (int k = 0; k <= int(DepartmentKind::Enterprise); ++k)
                combo->addItem(displayName(DepartmentKind(k)), k);
        } else {
            for (int l = 0; l <= int(AdminLevel::Other); ++l)
                combo->addItem(displayName(AdminLevel(l)), l);
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

DepartmentEditor::DepartmentEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new DepartmentTableModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_merge(new QPushButton(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new EnumDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(DepartmentTableModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        DepartmentTableModel::AliasesColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_merge);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DepartmentEditor::addDepartment);
    connect(m_remove, &QPushButton::clicked, this, &DepartmentEditor::removeSelected);
    connect(m_merge, &QPushButton::clicked, this, &DepartmentEditor::mergeSelected);
    retranslateUi();
    setDocument(nullptr);
}

void DepartmentEditor::retranslateUi()
{
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("&Remove"));
    m_merge->setText(tr("&Merge Into…"));
    m_view->setAccessibleName(tr("Department registry"));
}

void DepartmentEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DepartmentEditor::setDocument(Document *document)
{
    m_model->setDocument(document);
    setEnabled(document != nullptr);
}

void DepartmentEditor::addDepartment()
{
    Document *doc = m_model->document();
    if (!doc)
        return;
    const QString name = QInputDialog::getText(this, tr("Add department"), tr("Name:")).trimmed();
    if (name.isEmpty())
        return;
    if (doc->plan().departmentByName(name)) {
        QMessageBox::information(
            this, tr("Add department"), tr("“%1” is already in the registry.").arg(name));
        return;
    }
    Department d;
    d.name = name;
    d.level = doc->plan().metadata.level;
    doc->addDepartment(d);
    m_view->selectRow(doc->plan().departmentIndex(d.id));
}

void DepartmentEditor::removeSelected()
{
    Document *doc = m_model->document();
    const Department *d = m_model->department(m_view->currentIndex());
    if (!doc || !d)
        return;
    const int uses
        = m_model->index(m_view->currentIndex().row(), DepartmentTableModel::UsesColumn).data().toInt();
    if (uses > 0
        && QMessageBox::question(this, tr("Remove department"),
               tr("“%1” is assigned %n time(s). Remove it and all its assignments?", nullptr, uses)
                   .arg(d->name))
            != QMessageBox::Yes)
        return;
    doc->removeDepartment(d->id);
}

void DepartmentEditor::mergeSelected()
{
    Document *doc = m_model->document();
    const Department *d = m_model->department(m_view->currentIndex());
    if (!doc || !d)
        return;
    QStringList others;
    QList<QUuid> ids;
    for (const Department &o : doc->plan().departments) {
        if (o.id != d->id) {
            others.append(o.name);
            ids.append(o.id);
        }
    }
    if (others.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge departments"), tr("Merge “%1” into:").arg(d->name), others, 0, false, &ok);
    if (ok)
        doc->mergeDepartments(d->id, ids.at(others.indexOf(into)));
}

} // namespace pw
