#include "targettablemodel.h"

#include "document/document.h"
#include "editor/displaynames.h"
#include "tables/targettable.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

constexpr int LeadingColumns = int(TargetTableModel::Field::Milestone);
constexpr int TrailingColumns = int(TargetTableModel::Field::Warnings) - int(TargetTableModel::Field::Milestone);

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    QString t = text.trimmed();
    t.remove(u'%');
    const double v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt; // "inf" and "nan" parse too
}

} // namespace

TargetTableModel::TargetTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
    , m_years(document->plan().metadata.milestoneYears)
{
    connectDocument();
}

void TargetTableModel::connectDocument()
{
    connect(m_doc, &Document::rowsAboutToBeInserted, this, [this](Collection c, int row) {
        if (c == Collection::Indicators)
            beginInsertRows({}, row, row);
    });
    connect(m_doc, &Document::rowsInserted, this, [this](Collection c) {
        if (c == Collection::Indicators)
            endInsertRows();
        else if (c == Collection::Targets)
            refreshAll();
    });
    connect(m_doc, &Document::rowsAboutToBeRemoved, this, [this](Collection c, int row) {
        if (c == Collection::Indicators)
            beginRemoveRows({}, row, row);
    });
    connect(m_doc, &Document::rowsRemoved, this, [this](Collection c) {
        if (c == Collection::Indicators)
            endRemoveRows();
        else if (c == Collection::Targets)
            refreshAll();
    });
    connect(m_doc, &Document::rowsAboutToBeMoved, this, [this](Collection c, int from, int to) {
        if (c == Collection::Indicators)
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(m_doc, &Document::rowsMoved, this, [this](Collection c) {
        if (c == Collection::Indicators)
            endMoveRows();
    });
    connect(m_doc, &Document::rowChanged, this, [this](Collection c, int row) {
        if (c == Collection::Indicators)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        else if (c == Collection::Targets)
            refreshAll();
    });
    connect(m_doc, &Document::nodeChanged, this, [this](const Node *, NodeFields fields) {
        if (fields & (NodeField::Title | NodeField::Text))
            refreshAll();
    });
    connect(m_doc, &Document::nodesRemoved, this, [this] { refreshAll(); });
    connect(m_doc, &Document::nodeMoved, this, [this] { refreshAll(); });
    connect(m_doc, &Document::metadataChanged, this, [this] {
        const QList<int> years = m_doc->plan().metadata.milestoneYears;
        if (years != m_years) {
            beginResetModel();
            m_years = years;
            endResetModel();
        } else {
            refreshAll();
        }
    });
    connect(m_doc, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_doc, &Document::reset, this, [this] {
        m_years = m_doc->plan().metadata.milestoneYears;
        endResetModel();
    });
}

void TargetTableModel::refreshAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

TargetTableModel::Field TargetTableModel::field(int column) const
{
    if (column < LeadingColumns)
        return Field(column);
    if (column < LeadingColumns + m_years.size())
        return Field::Milestone;
    return Field(int(Field::Commitment) + column - LeadingColumns - int(m_years.size()));
}

int TargetTableModel::columnOf(Field f, int year) const
{
    if (f < Field::Milestone)
        return int(f);
    if (f == Field::Milestone) {
        const qsizetype i = m_years.indexOf(year);
        return i < 0 ? -1 : LeadingColumns + int(i);
    }
    return LeadingColumns + int(m_years.size()) + int(f) - int(Field::Commitment);
}

const Indicator *TargetTableModel::indicator(int row) const
{
    const auto &inds = m_doc->plan().indicators;
    return row >= 0 && row < int(inds.size()) ? &inds[std::size_t(row)] : nullptr;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->plan().indicators.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LeadingColumns + int(m_years.size()) + TrailingColumns;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_doc->plan();
    const Indicator &ind = *indicator(index.row());
    const Field f = field(index.column());
    const int year = f == Field::Milestone ? m_years.at(index.column() - LeadingColumns) : 0;
    if (role == IndicatorIdRole)
        return ind.id;
    if (role == FieldRole)
        return int(f);
    if (role == YearRole)
        return year;
    if (role == WarningsRole || role == Qt::ToolTipRole || role == Qt::BackgroundRole || role == Qt::DecorationRole) {
        // Row-wide warnings (year 0, e.g. the unit) belong to the unit cell; the others to their year.
        QStringList messages;
        for (const tables::TargetWarning &w : tables::indicatorWarnings(plan, ind)) {
            if (f == Field::Warnings || f == Field::Name || (f == Field::Milestone && w.year == year)
                || (f == Field::Unit && w.year == 0))
                messages.append(w.message);
        }
        if (role == WarningsRole)
            return messages;
        if (role == Qt::BackgroundRole)
            return messages.isEmpty() || f == Field::Name || f == Field::Warnings ? QVariant()
                                                                                   : QBrush(QColor(0xfd, 0xf1, 0xc4));
        if (role == Qt::DecorationRole)
            return f == Field::Name && !messages.isEmpty()
                ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                : QVariant();
        if (f == Field::StatedIn && messages.isEmpty())
            return tr("Double-click to show the stating text");
        if (f == Field::Name)
            messages.prepend(ind.name); // the whole name, however narrow the column
        if (f == Field::Unit) {
            if (const auto unit = tables::catalogUnit(ind))
                messages.append(tr("Catalogue unit: %1").arg(unit->isEmpty() ? tr("(none)") : *unit));
        }
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
    }
    if (role == NodeIdRole) {
        if (f == Field::Milestone) {
            const Target *t = tables::targetFor(plan, ind.id, year);
            return t ? QVariant(t->nodeId) : QVariant();
        }
        for (const Target *t : tables::targetsOf(plan, ind.id)) {
            if (plan.findNode(t->nodeId))
                return t->nodeId;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = f == Field::BaseYear || f == Field::BaseValue || f == Field::Milestone;
        return int((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Target *base = tables::baselineTarget(plan, ind.id);
    switch (f) {
    case Field::Category:
        return role == Qt::DisplayRole ? categoryDisplayName(ind.category) : ind.category;
    case Field::Name:
        return ind.name;
    case Field::Unit:
        return ind.unit;
    case Field::Binding:
        return tables::bindingLabel(ind.binding);
    case Field::Direction:
        return tables::directionLabel(ind.direction);
    case Field::BaseYear:
        return base && base->baseYear > 0 ? QString::number(base->baseYear) : QString();
    case Field::BaseValue:
        return base && base->baseValue ? tables::formatNumber(*base->baseValue) : QString();
    case Field::Milestone: {
        const Target *t = tables::targetFor(plan, ind.id, year);
        return t ? tables::formatTargetCell(*t) : QString();
    }
    case Field::Commitment:
    case Field::Allocation: {
        QStringList parts;
        for (const Target *t : tables::targetsOf(plan, ind.id)) {
            const QString s = f == Field::Commitment ? tables::commitmentLabel(t->commitment)
                                                     : (t->value ? t->allocation : QString());
            if (!s.isEmpty() && !parts.contains(s))
                parts.append(s);
        }
        return parts.join(f == Field::Commitment ? u"、"_s : u"；"_s);
    }
    case Field::StatedIn:
        return tables::statingNodeLabel(plan, ind);
    case Field::Change:
        return tables::impliedChangeText(plan, ind);
    case Field::Warnings:
        return tables::indicatorWarnings(plan, ind).size() > 0
            ? QVariant(tr("%n warning(s)", nullptr, int(tables::indicatorWarnings(plan, ind).size())))
            : QVariant(QString());
    }
    return {};
}

bool TargetTableModel::reject(const QString &message)
{
    m_lastError = message;
    return false;
}

bool TargetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_lastError.clear();
    const Indicator ind = *indicator(index.row());
    const QString text = value.toString().trimmed();
    const Field f = field(index.column());
    switch (f) {
    case Field::Category:
    case Field::Name:
    case Field::Unit:
    case Field::Binding:
    case Field::Direction:
        return setIndicatorField(ind, f, text);
    case Field::BaseYear:
    case Field::BaseValue:
    case Field::Commitment:
    case Field::Allocation:
        return setTargetsField(ind, f, text);
    case Field::Milestone:
        return setMilestone(ind, m_years.at(index.column() - LeadingColumns), text);
    case Field::StatedIn:
    case Field::Change:
    case Field::Warnings:
        break;
    }
    return false;
}

bool TargetTableModel::setIndicatorField(const Indicator &ind, Field f, const QString &text)
{
    Indicator updated = ind;
    switch (f) {
    case Field::Category:
        updated.category = text;
        break;
    case Field::Name:
        if (text.isEmpty())
            return reject(tr("An indicator needs a name."));
        updated.name = text;
        break;
    case Field::Unit:
        updated.unit = text;
        break;
    case Field::Binding: {
        const auto b = tables::bindingFromLabel(text);
        if (!b)
            return reject(tr("Binding is 约束性, 预期性 or empty."));
        updated.binding = *b;
        break;
    }
    case Field::Direction: {
        const auto d = tables::directionFromLabel(text);
        if (!d)
            return reject(tr("Direction is 提高, 下降 or empty."));
        updated.direction = *d;
        break;
    }
    default:
        return false;
    }
    m_doc->updateIndicator(updated);
    return true;
}

bool TargetTableModel::setTargetsField(const Indicator &ind, Field f, const QString &text)
{
    const Plan &plan = m_doc->plan();
    const QList<const Target *> targets = tables::targetsOf(plan, ind.id);
    if (targets.isEmpty())
        return reject(tr("Enter a milestone value first."));
    const Target *base = tables::baselineTarget(plan, ind.id);
    QList<Target> updates;
    for (const Target *t : targets) {
        Target u = *t;
        switch (f) {
        case Field::BaseYear: {
            // Targets may have different base years (2025 vs 2020, 2030 vs 2005): change the shown one only.
            if (base && t->baseYear != base->baseYear)
                continue;
            bool ok = false;
            const int y = text.toInt(&ok);
            const int firstMilestone = m_years.isEmpty() ? 2101 : m_years.first();
            if (text.isEmpty())
                u.baseYear = 0;
            else if (!ok || y < 1949 || y >= firstMilestone)
                return reject(tr("The base year must be a year before the first milestone (%1).").arg(firstMilestone));
            else
                u.baseYear = y;
            break;
        }
        case Field::BaseValue:
            if (base && t->baseYear != base->baseYear)
                continue;
            if (text.isEmpty()) {
                u.baseValue.reset();
            } else if (const auto v = parseNumber(text)) {
                u.baseValue = v;
            } else {
                return reject(tr("\"%1\" is not a number.").arg(text));
            }
            break;
        case Field::Commitment: {
            const auto c = tables::commitmentFromLabel(text);
            if (!c)
                return reject(tr("Commitment is 确保, 力争 or empty."));
            u.commitment = *c;
            break;
        }
        case Field::Allocation:
            if (!t->value)
                continue; // a qualitative target's wording is its milestone cell
            u.allocation = text;
            break;
        default:
            return false;
        }
        if (!(u == *t))
            updates.append(u);
    }
    if (updates.size() > 1)
        m_doc->undoStack()->beginMacro(tr("Edit targets of %1").arg(ind.name));
    for (const Target &u : std::as_const(updates))
        m_doc->updateTarget(u);
    if (updates.size() > 1)
        m_doc->undoStack()->endMacro();
    return true;
}

bool TargetTableModel::setMilestone(const Indicator &ind, int year, const QString &text)
{
    QString error;
    const auto input = tables::parseTargetCell(text, &error);
    if (!input)
        return reject(error);
    const Plan &plan = m_doc->plan();
    const Target *existing = tables::targetFor(plan, ind.id, year);
    if (input->clear) {
        if (existing)
            m_doc->removeTarget(existing->id);
        return true;
    }
    Target t;
    if (existing) {
        t = *existing;
    } else {
        t.indicatorId = ind.id;
        t.year = year;
        if (const Target *base = tables::baselineTarget(plan, ind.id)) {
            t.baseYear = base->baseYear;
            t.baseValue = base->baseValue;
        }
    }
    tables::applyTargetCell(t, *input);
    if (existing)
        m_doc->updateTarget(t);
    else
        m_doc->addTarget(t);
    return true;
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags fl = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Field f = field(index.column());
    if (f != Field::StatedIn && f != Field::Change && f != Field::Warnings && !m_doc->isReadOnly())
        fl |= Qt::ItemIsEditable;
    return fl;
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Field f = field(section);
    if (role == FieldRole)
        return int(f);
    if (role == YearRole)
        return f == Field::Milestone ? m_years.at(section - LeadingColumns) : 0;
    if (role != Qt::DisplayRole)
        return {};
    switch (f) {
    case Field::Category:
        return tr("Category");
    case Field::Name:
        return tr("Indicator");
    case Field::Unit:
        return tr("Unit");
    case Field::Binding:
        return tr("Binding");
    case Field::Direction:
        return tr("Direction");
    case Field::BaseYear:
        return tr("Base year");
    case Field::BaseValue:
        return tr("Baseline");
    case Field::Milestone:
        return QString::number(m_years.at(section - LeadingColumns));
    case Field::Commitment:
        return tr("Commitment");
    case Field::Allocation:
        return tr("Allocation");
    case Field::StatedIn:
        return tr("Stated in");
    case Field::Change:
        return tr("Change vs baseline");
    case Field::Warnings:
        return tr("Checks");
    }
    return {};
}

} // namespace pw
