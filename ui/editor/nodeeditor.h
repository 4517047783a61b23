#pragma once

// The detail editor for the selected outline node. Each field writes through the Document edit API;
// typing in the title or text merges into one undo step until the field loses focus
// (Document::closeTypingGroup). Targets stated in the node are edited in place (year, value).
// Department fields resolve typed names against the registry and offer
// to add unknown names (one undo step with the assignment).

#include "model/types.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pw {

class DepartmentField;
class Document;
class Node;

class NodeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeEditor)

public:
    explicit NodeEditor(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setNode(const Node *node);
    const Node *node() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    DepartmentField *departmentField(DepartmentRole role) const;
    QTreeWidget *targetsView() const { return m_targets; }
    void addTarget();
    void removeTarget();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void refreshDepartments();
    void refreshTargets();
    void updateSourceLabel();
    void commitDepartments(DepartmentRole role, const QStringList &names);
    void commitTags();
    void commitTarget(QTreeWidgetItem *item, int column);

    Document *m_doc = nullptr;
    QUuid m_nodeId;
    bool m_updating = false;
    bool m_editingTarget = false;

    QFormLayout *m_form;
    QLabel *m_number;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    DepartmentField *m_lead;
    DepartmentField *m_support;
    DepartmentField *m_territorial;
    QLineEdit *m_deadline;
    QLineEdit *m_tags;
    QTreeWidget *m_targets;
    QPushButton *m_addTarget;
    QPushButton *m_removeTarget;
    QPlainTextEdit *m_source;
    int m_sourcePage = 0; ///< page of the source passage in an imported PDF, 0 when not known
};

} // namespace pw
