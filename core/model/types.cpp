#include "types.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr KeyTable<AdminLevel, 6> levelKeys { { { AdminLevel::National, u"national" },
    { AdminLevel::Province, u"province" }, { AdminLevel::City, u"city" }, { AdminLevel::County, u"county" },
    { AdminLevel::District, u"district" }, { AdminLevel::Other, u"other" } } };
constexpr KeyTable<PlanStatus, 3> statusKeys { { { PlanStatus::Draft, u"draft" },
    { PlanStatus::ForComment, u"forComment" }, { PlanStatus::Issued, u"issued" } } };
constexpr KeyTable<NodeKind, 5> kindKeys { { { NodeKind::Chapter, u"chapter" }, { NodeKind::Section, u"section" },
    { NodeKind::Action, u"action" }, { NodeKind::Task, u"task" }, { NodeKind::Subtask, u"subtask" } } };
constexpr KeyTable<DepartmentKind, 4> departmentKindKeys { { { DepartmentKind::Department, u"department" },
    { DepartmentKind::BranchOffice, u"branchOffice" }, { DepartmentKind::Territorial, u"territorial" },
    { DepartmentKind::Enterprise, u"enterprise" } } };
constexpr KeyTable<DepartmentRole, 3> roleKeys { { { DepartmentRole::Lead, u"lead" },
    { DepartmentRole::Support, u"support" }, { DepartmentRole::Territorial, u"territorial" } } };
constexpr KeyTable<Comparator, 6> comparatorKeys { { { Comparator::Equal, u"=" }, { Comparator::Approx, u"≈" },
    { Comparator::AtLeast, u"≥" }, { Comparator::AtMost, u"≤" }, { Comparator::Greater, u">" },
    { Comparator::Less, u"<" } } };
constexpr KeyTable<Commitment, 3> commitmentKeys { { { Commitment::None, u"none" },
    { Commitment::Ensure, u"ensure" }, { Commitment::Strive, u"strive" } } };
constexpr KeyTable<Direction, 3> directionKeys { { { Direction::Increase, u"increase" },
    { Direction::Decrease, u"decrease" }, { Direction::Neutral, u"neutral" } } };
constexpr KeyTable<Binding, 3> bindingKeys { { { Binding::Unspecified, u"unspecified" },
    { Binding::Binding, u"binding" }, { Binding::Expected, u"expected" } } };
constexpr KeyTable<Measure, 7> measureKeys { { { Measure::Unspecified, u"unspecified" }, { Measure::Level, u"level" },
    { Measure::Share, u"share" }, { Measure::CumulativeChange, u"cumulativeChange" },
    { Measure::AnnualAverageChange, u"annualAverageChange" }, { Measure::Increment, u"increment" },
    { Measure::Stock, u"stock" } } };

template<typename Enum, std::size_t N>
QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromUtf16(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QStringView(k))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toKey(AdminLevel v) { return keyOf(levelKeys, v); }
QString toKey(PlanStatus v) { return keyOf(statusKeys, v); }
QString toKey(NodeKind v) { return keyOf(kindKeys, v); }
QString toKey(DepartmentKind v) { return keyOf(departmentKindKeys, v); }
QString toKey(DepartmentRole v) { return keyOf(roleKeys, v); }
QString toKey(Comparator v) { return keyOf(comparatorKeys, v); }
QString toKey(Commitment v) { return keyOf(commitmentKeys, v); }
QString toKey(Direction v) { return keyOf(directionKeys, v); }
QString toKey(Binding v) { return keyOf(bindingKeys, v); }
QString toKey(Measure v) { return keyOf(measureKeys, v); }

template<> std::optional<AdminLevel> fromKey(const QString &k) { return valueOf(levelKeys, k); }
template<> std::optional<PlanStatus> fromKey(const QString &k) { return valueOf(statusKeys, k); }
template<> std::optional<NodeKind> fromKey(const QString &k) { return valueOf(kindKeys, k); }
template<> std::optional<DepartmentKind> fromKey(const QString &k) { return valueOf(departmentKindKeys, k); }
template<> std::optional<DepartmentRole> fromKey(const QString &k) { return valueOf(roleKeys, k); }
template<> std::optional<Comparator> fromKey(const QString &k) { return valueOf(comparatorKeys, k); }
template<> std::optional<Commitment> fromKey(const QString &k) { return valueOf(commitmentKeys, k); }
template<> std::optional<Direction> fromKey(const QString &k) { return valueOf(directionKeys, k); }
template<> std::optional<Binding> fromKey(const QString &k) { return valueOf(bindingKeys, k); }
template<> std::optional<Measure> fromKey(const QString &k) { return valueOf(measureKeys, k); }

QString comparatorSymbol(Comparator c) { return toKey(c); }

std::optional<Comparator> comparatorFromSymbol(const QString &symbol)
{
    return fromKey<Comparator>(symbol);
}

} // namespace pw
