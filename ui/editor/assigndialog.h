#pragma once

// Assigns one department, in one role, to every selected outline node (or removes it from them):
// the multi-selection counterpart of the detail editor's department fields. A name not yet in the
// registry is added with the assignment, in the same undo step.

#include <QDialog>

class QComboBox;

namespace pw {

class Document;
class Node;

class AssignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)

public:
    AssignDialog(Document *document, QList<const Node *> nodes, QWidget *parent = nullptr);

    QComboBox *departmentBox() const { return m_department; }
    QComboBox *roleBox() const { return m_role; }

    void accept() override;

private:
    Document *m_doc;
    QList<const Node *> m_nodes;
    QComboBox *m_department;
    QComboBox *m_role;
};

} // namespace pw
