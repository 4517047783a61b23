#include "nodeeditor.h"

#include "departmentchips.h"
#include "displaynames.h"
#include "formlabels.h"
#include "document/document.h"
#include "import/normalizer.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QTreeWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

QString formatValue(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}

} // namespace

NodeEditor::NodeEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_number(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_lead(new DepartmentChips(this))
    , m_support(new DepartmentChips(this))
    , m_territorial(new DepartmentChips(this))
    , m_deadline(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_targets(new QTreeWidget(this))
    , m_addTarget(new QPushButton(this))
    , m_removeTarget(new QPushButton(this))
    , m_source(new QPlainTextEdit(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_number);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_kind);
    m_form->addRow(new QLabel(this), m_text);
    m_form->addRow(new QLabel(this), m_lead);
    m_form->addRow(new QLabel(this), m_support);
    m_form->addRow(new QLabel(this), m_territorial);
    m_form->addRow(new QLabel(this), m_deadline);
    m_form->addRow(new QLabel(this), m_tags);
    auto *targetBox = new QWidget(this);
    auto *targetLayout = new QGridLayout(targetBox);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(m_targets, 0, 0, 1, 3);
    targetLayout->addWidget(m_addTarget, 1, 0);
    targetLayout->addWidget(m_removeTarget, 1, 1);
    targetLayout->setColumnStretch(2, 1);
    m_form->addRow(new QLabel(this), targetBox);
    m_form->addRow(new QLabel(this), m_source);
    m_text->setTabChangesFocus(true);
    m_source->setReadOnly(true);
    m_targets->setRootIsDecorated(false);
    m_targets->setColumnCount(4);
    m_targets->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_targets->setMaximumHeight(120);
    m_targets->header()->setStretchLastSection(true);
    for (const NodeKind k :
        { NodeKind::Chapter, NodeKind::Section, NodeKind::Action, NodeKind::Task, NodeKind::Subtask })
        m_kind->addItem(QString(), int(k));

    for (QWidget *w : std::initializer_list<QWidget *> { m_title, m_text, m_deadline, m_tags })
        w->installEventFilter(this);

    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (const Node *n = node())
            m_doc->setTitle(n, t);
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_doc)
            m_doc->closeTypingGroup();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (const Node *n = node(); n && !m_updating)
            m_doc->setText(n, m_text->toPlainText());
    });
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        if (const Node *n = node())
            m_doc->setKind(n, NodeKind(m_kind->itemData(index).toInt()));
    });
    connect(m_deadline, &QLineEdit::editingFinished, this, [this] {
        if (const Node *n = node(); n && m_deadline->text().trimmed() != n->content.deadline)
            m_doc->setDeadline(n, m_deadline->text().trimmed());
    });
    connect(m_tags, &QLineEdit::editingFinished, this, &NodeEditor::commitTags);
    connect(m_targets, &QTreeWidget::itemChanged, this, &NodeEditor::commitTarget);
    connect(m_targets, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { m_removeTarget->setEnabled(current != nullptr); });
    connect(m_addTarget, &QPushButton::clicked, this, &NodeEditor::addTarget);
    connect(m_removeTarget, &QPushButton::clicked, this, &NodeEditor::removeTarget);
    const std::pair<DepartmentChips *, DepartmentRole> fields[] = { { m_lead, DepartmentRole::Lead },
        { m_support, DepartmentRole::Support }, { m_territorial, DepartmentRole::Territorial } };
    for (const auto &[field, role] : fields) {
        connect(field, &DepartmentChips::committed, this,
            [this, r = role](const QStringList &names) { commitDepartments(r, names); });
    }
    retranslateUi();
    setNode(nullptr);
}

void NodeEditor::retranslateUi()
{
    setFormLabels(m_form, { tr("Number"), tr("&Title"), tr("&Kind"), tr("Te&xt"), tr("&Lead"),
        tr("&Supporting"), tr("Te&rritorial"), tr("&Deadline"), tr("Ta&gs"), tr("Targets"), tr("Source") });
    m_title->setAccessibleName(tr("Title"));
    m_text->setAccessibleName(tr("Text"));
    m_lead->setAccessibleName(tr("Lead departments"));
    m_lead->setPlaceholderText(tr("牵头 departments, separated by 、"));
    m_support->setAccessibleName(tr("Supporting departments"));
    m_support->setPlaceholderText(tr("配合 departments, separated by 、"));
    m_territorial->setAccessibleName(tr("Territorial units"));
    m_territorial->setPlaceholderText(tr("属地 units, separated by 、"));
    m_deadline->setPlaceholderText(tr("e.g. 2025年底前, 长期坚持"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_targets->setHeaderLabels({ tr("Indicator"), tr("Year"), tr("Target"), tr("Unit") });
    m_targets->setToolTip(tr("Double-click a year or a target value to edit it, e.g. ≥5 or 完成省下达目标"));
    m_addTarget->setText(tr("&New Target…"));
    m_removeTarget->setText(tr("Remove Target"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, displayName(NodeKind(m_kind->itemData(i).toInt())));
    updateSourceLabel();
}

void NodeEditor::updateSourceLabel()
{
    auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_source));
    label->setText(m_sourcePage > 0 ? tr("Source (page %1)").arg(m_sourcePage) : tr("Source"));
}

void NodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool NodeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_doc)
        m_doc->closeTypingGroup();
    return QWidget::eventFilter(watched, event);
}

DepartmentChips *NodeEditor::departmentField(DepartmentRole role) const
{
    switch (role) {
    case DepartmentRole::Lead:
        return m_lead;
    case DepartmentRole::Support:
        return m_support;
    case DepartmentRole::Territorial:
        break;
    }
    return m_territorial;
}

void NodeEditor::setDocument(Document *document)
{
    if (m_doc == document)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_nodeId = {};
    if (m_doc) {
        connect(m_doc, &Document::nodeChanged, this, [this](const Node *n) {
            if (n->id() == m_nodeId)
                refresh();
        });
        connect(m_doc, &Document::nodesRemoved, this, &NodeEditor::refresh);
        connect(m_doc, &Document::nodesInserted, this, &NodeEditor::refresh);
        connect(m_doc, &Document::nodeMoved, this, &NodeEditor::refresh);
        connect(m_doc, &Document::rowChanged, this, &NodeEditor::refreshDepartments);
        connect(m_doc, &Document::rowsInserted, this, &NodeEditor::refreshDepartments);
        connect(m_doc, &Document::rowsRemoved, this, &NodeEditor::refreshDepartments);
        connect(m_doc, &Document::reset, this, &NodeEditor::refresh);
    }
    refreshDepartments();
    refresh();
}

void NodeEditor::setNode(const Node *node)
{
    if (m_doc)
        m_doc->closeTypingGroup();
    m_nodeId = node ? node->id() : QUuid();
    refresh();
}

const Node *NodeEditor::node() const
{
    return m_doc && !m_nodeId.isNull() ? m_doc->plan().findNode(m_nodeId) : nullptr;
}

void NodeEditor::refresh()
{
    const Node *n = node();
    const QScopedValueRollback<bool> guard(m_updating, true);
    const QList<QWidget *> editors { m_title, m_kind, m_text, m_lead, m_support, m_territorial, m_deadline,
        m_tags };
    for (QWidget *w : editors)
        w->setEnabled(n != nullptr);
    if (!n) {
        m_number->clear();
        for (QLineEdit *e : { m_title, m_deadline, m_tags })
            e->clear();
        for (DepartmentChips *chips : { m_lead, m_support, m_territorial })
            chips->setNames({});
        m_text->clear();
        m_targets->clear();
        m_source->clear();
        m_sourcePage = 0;
        updateSourceLabel();
        return;
    }
    const NodeContent &c = n->content;
    const Plan &plan = m_doc->plan();
    QString number;
    for (const Node *p = n; p && p->parent(); p = p->parent())
        number.prepend(nodeNumber(*p));
    m_number->setText(number);
    if (m_title->text() != c.title)
        m_title->setText(c.title);
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    if (m_text->toPlainText() != c.text)
        m_text->setPlainText(c.text);
    m_lead->setNames(plan.departmentNames(c.lead));
    m_support->setNames(plan.departmentNames(c.support));
    m_territorial->setNames(plan.departmentNames(c.territorial));
    if (!m_deadline->hasFocus())
        m_deadline->setText(c.deadline);
    if (!m_tags->hasFocus())
        m_tags->setText(c.tags.join(u", "_s));
    refreshTargets();
    const bool hasSource = c.span.isValid() && c.span.start < plan.sourceText.size();
    // The passage as the importer read it, without Word bookmarks or page markers (the file keeps it raw).
    m_source->setPlainText(hasSource
            ? import::normalizeText(plan.sourceText.mid(c.span.start, std::min<qint64>(c.span.length, 20000)))
                  .text
            : QString());
    m_source->setVisible(hasSource);
    m_sourcePage = hasSource ? sourceLocation(plan.sourceLayout, c.span).page : 0;
    updateSourceLabel();
    m_form->labelForField(m_source)->setVisible(hasSource);
}

void NodeEditor::refreshTargets()
{
    if (m_editingTarget)
        return;
    const QSignalBlocker blocker(m_targets);
    m_targets->clear();
    const Node *n = node();
    m_addTarget->setEnabled(n != nullptr);
    m_removeTarget->setEnabled(false);
    if (!n)
        return;
    const Plan &plan = m_doc->plan();
    for (const Target &t : plan.targets) {
        if (t.nodeId != n->id())
            continue;
        const Indicator *indicator = plan.indicator(t.indicatorId);
        QString value = t.value ? comparatorSymbol(t.comparator) + formatValue(t.value) : t.allocation;
        auto *item = new QTreeWidgetItem(m_targets,
            { indicator ? indicator->name : QString(), t.year ? QString::number(t.year) : QString(), value,
                indicator && t.value ? indicator->unit : QString() });
        item->setData(0, Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

void NodeEditor::commitTarget(QTreeWidgetItem *item, int column)
{
    const Target *t = nullptr;
    if (m_doc) {
        const int i = m_doc->plan().targetIndex(item->data(0, Qt::UserRole).toUuid());
        t = i < 0 ? nullptr : &m_doc->plan().targets[std::size_t(i)];
    }
    if (!t || (column != 1 && column != 2))
        return;
    Target changed = *t;
    if (column == 1) {
        const QString year = item->text(1).trimmed();
        bool ok = false;
        const int y = year.toInt(&ok);
        changed.year = year.isEmpty() ? 0 : (ok && y >= 1900 && y <= 2200 ? y : t->year);
    } else {
        // "≥ 5", "=10", "85" or a qualitative wording such as 完成省下达目标.
        QString text = item->text(2).trimmed();
        std::optional<Comparator> comparator;
        if (!text.isEmpty())
            comparator = comparatorFromSymbol(text.left(1));
        if (comparator)
            text = text.mid(1).trimmed();
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value)) {
            changed.value = value;
            changed.comparator = comparator.value_or(Comparator::Equal);
            changed.allocation.clear();
        } else {
            changed.value.reset();
            changed.allocation = item->text(2).trimmed();
        }
    }
    if (changed == *t) {
        QMetaObject::invokeMethod(this, &NodeEditor::refreshTargets, Qt::QueuedConnection);
        return;
    }
    // The edit re-emits the target row: rebuild the table after the item's signal has returned.
    m_editingTarget = true;
    m_doc->updateTarget(changed);
    m_editingTarget = false;
    QMetaObject::invokeMethod(this, &NodeEditor::refreshTargets, Qt::QueuedConnection);
}

void NodeEditor::addTarget()
{
    const Node *n = node();
    if (!n)
        return;
    QStringList names;
    for (const Indicator &i : m_doc->plan().indicators)
        names.append(i.name);
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Add target"), tr("Indicator (pick one or type a new name):"), names, 0, true, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QUuid nodeId = n->id();
    Target target;
    target.nodeId = nodeId;
    const QList<int> years = m_doc->plan().metadata.milestoneYears;
    target.year = years.isEmpty() ? 0 : years.first();
    m_doc->undoStack()->beginMacro(tr("Add target"));
    const auto it = std::find_if(m_doc->plan().indicators.begin(), m_doc->plan().indicators.end(),
        [&](const Indicator &i) { return i.name == name; });
    if (it != m_doc->plan().indicators.end()) {
        target.indicatorId = it->id;
    } else {
        Indicator indicator;
        indicator.name = name;
        m_doc->addIndicator(indicator);
        target.indicatorId = indicator.id;
    }
    m_doc->addTarget(target);
    m_doc->undoStack()->endMacro();
}

void NodeEditor::removeTarget()
{
    if (QTreeWidgetItem *item = m_targets->currentItem(); item && m_doc)
        m_doc->removeTarget(item->data(0, Qt::UserRole).toUuid());
}

void NodeEditor::refreshDepartments()
{
    QStringList names;
    if (m_doc) {
        for (const Department &d : m_doc->plan().departments)
            names << d.name << d.aliases;
    }
    names.removeDuplicates();
    for (DepartmentChips *f : { m_lead, m_support, m_territorial })
        f->setCandidates(names);
    if (sender() && m_doc)
        refresh();
}

void NodeEditor::commitDepartments(DepartmentRole role, const QStringList &names)
{
    const Node *n = node();
    if (!n || m_updating)
        return;
    const Plan &plan = m_doc->plan();
    QStringList unknown;
    for (const QString &name : names) {
        if (!plan.departmentByName(name))
            unknown.append(name);
    }
    if (!unknown.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("New departments"),
            tr("These names are not in the department registry:\n%1\n\nAdd them to the registry?")
                .arg(unknown.join(u"、"_s)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            unknown.clear();
    }
    QList<QUuid> ids;
    for (const QString &name : names) {
        if (const Department *d = plan.departmentByName(name))
            ids.append(d->id);
    }
    if (unknown.isEmpty()) {
        if (ids != n->content.departments(role))
            m_doc->setDepartments(n, role, ids);
        refresh();
        return;
    }
    ids.clear();
    const QUuid nodeId = n->id();
    m_doc->undoStack()->beginMacro(tr("Assign departments"));
    for (const QString &name : names) {
        if (const Department *d = m_doc->plan().departmentByName(name)) {
            ids.append(d->id);
        } else if (unknown.contains(name)) {
            Department added;
            added.name = name;
            added.level = m_doc->plan().metadata.level;
            added.kind = role == DepartmentRole::Territorial ? DepartmentKind::Territorial
                                                             : DepartmentKind::Department;
            m_doc->addDepartment(added);
            ids.append(added.id);
        }
    }
    if (const Node *current = m_doc->plan().findNode(nodeId))
        m_doc->setDepartments(current, role, ids);
    m_doc->undoStack()->endMacro();
    refresh();
}

void NodeEditor::commitTags()
{
    const Node *n = node();
    if (!n)
        return;
    QStringList tags;
    const QStringList parts = m_tags->text().split(QRegularExpression(u"[,，、;；]"_s), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (const QString t = p.trimmed(); !t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    if (tags != n->content.tags)
        m_doc->setTags(n, tags);
}

} // namespace pw
