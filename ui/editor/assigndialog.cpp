#include "assigndialog.h"

#include "document/document.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace pw {
namespace {
constexpr int kRemove = -1; // role box entry: take the department off the nodes
}

AssignDialog::AssignDialog(Document *document, QList<const Node *> nodes, QWidget *parent)
    : QDialog(parent)
    , m_doc(document)
    , m_nodes(std::move(nodes))
    , m_department(new QComboBox(this))
    , m_role(new QComboBox(this))
{
    setWindowTitle(tr("Assign Department to %n Item(s)", nullptr, int(m_nodes.size())));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    for (const Department &d : m_doc->plan().departments)
        m_department->addItem(d.name);
    m_department->completer()->setFilterMode(Qt::MatchContains);
    m_department->setCurrentIndex(-1);
    m_role->addItem(tr("Lead (牵头)"), int(DepartmentRole::Lead));
    m_role->addItem(tr("Supporting (配合)"), int(DepartmentRole::Support));
    m_role->addItem(tr("Territorial (属地)"), int(DepartmentRole::Territorial));
    m_role->addItem(tr("Remove from the items"), kRemove);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(buttons);
}

void AssignDialog::accept()
{
    const QString name = m_department->currentText().trimmed();
    if (name.isEmpty() || m_nodes.isEmpty())
        return;
    const int role = m_role->currentData().toInt();
    const Department *existing = m_doc->plan().departmentByName(name);
    if (!existing && role == kRemove) {
        QDialog::accept();
        return;
    }
    QUndoStack *stack = m_doc->undoStack();
    stack->beginMacro(role == kRemove
            ? tr("Remove %1 from %n item(s)", nullptr, int(m_nodes.size())).arg(name)
            : tr("Assign %1 to %n item(s)", nullptr, int(m_nodes.size())).arg(name));
    QUuid id;
    if (existing) {
        id = existing->id;
    } else {
        Department added;
        added.name = name;
        added.level = m_doc->plan().metadata.level;
        m_doc->addDepartment(added);
        id = added.id;
    }
    m_doc->assignDepartment(
        m_nodes, id, role == kRemove ? std::nullopt : std::optional<DepartmentRole>(DepartmentRole(role)));
    stack->endMacro();
    QDialog::accept();
}

} // namespace pw
