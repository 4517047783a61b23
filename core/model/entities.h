#pragma once

// The flat collections of a plan: departments, indicators, targets and projects.
// They are values; everything refers to them by their stable id.

#include "sourcespan.h"
#include "types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <cmath>
#include <optional>

namespace pw {

/** False for NaN and infinities, which JSON (and so a saved plan) cannot hold; an empty value is fine. */
inline bool isFiniteOrEmpty(const std::optional<double> &v)
{
    return !v || std::isfinite(*v);
}

struct Department
{
    QUuid id = QUuid::createUuid();
    QString name;
    QStringList aliases;
    AdminLevel level = AdminLevel::Other;
    DepartmentKind kind = DepartmentKind::Department;

    bool operator==(const Department &) const = default;
};

struct Indicator
{
    QUuid id = QUuid::createUuid();
    QString name;
    QString unit;
    QString category;
    Direction direction = Direction::Neutral;
    Binding binding = Binding::Unspecified;

    bool operator==(const Indicator &) const = default;
};

struct Target
{
    QUuid id = QUuid::createUuid();
    QUuid indicatorId;
    int year = 0;
    Comparator comparator = Comparator::Equal;
    std::optional<double> value;   ///< none for a purely qualitative target
    std::optional<double> stretch; ///< 力争 value
    int baseYear = 0;              ///< 0 = none
    std::optional<double> baseValue;
    Commitment commitment = Commitment::None;
    QString allocation;            ///< qualitative wording: 完成省下达目标 (allocation) or 进一步下降 (direction only)
    Measure measure = Measure::Unspecified; ///< what the number measures; Unspecified: derived from the wording
    QString scope;                 ///< part of the territory or stock it covers (市城区, 新建…); empty = all of it
    QUuid nodeId;                  ///< the node that states it, may be null
    SourceSpan span;

    bool hasFiniteNumbers() const
    {
        return isFiniteOrEmpty(value) && isFiniteOrEmpty(stretch) && isFiniteOrEmpty(baseValue);
    }
    bool operator==(const Target &) const = default;
};

struct Project
{
    QUuid id = QUuid::createUuid();
    QString name;
    std::optional<double> capacity;
    QString capacityUnit;
    std::optional<double> investment; ///< in investmentUnit (usually 亿元)
    QString investmentUnit;
    int startYear = 0;
    int endYear = 0;
    QList<QUuid> departments;
    QUuid nodeId;
    SourceSpan span;

    bool hasFiniteNumbers() const { return isFiniteOrEmpty(capacity) && isFiniteOrEmpty(investment); }
    bool operator==(const Project &) const = default;
};

struct ParentRef
{
    QString title;
    QString docNumber;

    bool operator==(const ParentRef &) const = default;
};

struct PlanMetadata
{
    QString title;
    QString issuer;
    QString docNumber; ///< 文号, normalised with 〔〕
    QDate issueDate;
    AdminLevel level = AdminLevel::Other;
    QString region;
    PlanStatus status = PlanStatus::Draft;
    QList<ParentRef> parentRefs;
    QList<int> milestoneYears;
    QString closing; ///< paragraphs after the last item (本方案自发布之日起施行。), one per line

    bool operator==(const PlanMetadata &) const = default;
};

} // namespace pw
