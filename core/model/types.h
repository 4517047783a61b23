#pragma once

// Enumerations of the plan model and their stable keys in files and the interchange JSON.
// Keys never change once written; display names live in the UI layer (translatable).

#include <QString>

#include <optional>

namespace pw {

enum class AdminLevel { National, Province, City, County, District, Other };
enum class PlanStatus { Draft, ForComment, Issued }; // ForComment = 征求意见稿
enum class NodeKind { Chapter, Section, Action, Task, Subtask };
enum class DepartmentKind { Department, BranchOffice, Territorial, Enterprise };
enum class DepartmentRole { Lead, Support, Territorial }; // 牵头, 配合/责任, 属地
enum class Comparator { Equal, Approx, AtLeast, AtMost, Greater, Less };
enum class Commitment { None, Ensure, Strive }; // 确保, 力争
enum class Direction { Increase, Decrease, Neutral };
enum class Binding { Unspecified, Binding, Expected }; // 约束性, 预期性
/** What a target's number measures (model/indicatoridentity.h); Unspecified = derive it from the wording. */
enum class Measure { Unspecified, Level, Share, CumulativeChange, AnnualAverageChange, Increment, Stock };

QString toKey(AdminLevel v);
QString toKey(PlanStatus v);
QString toKey(NodeKind v);
QString toKey(DepartmentKind v);
QString toKey(DepartmentRole v);
QString toKey(Comparator v);
QString toKey(Commitment v);
QString toKey(Direction v);
QString toKey(Binding v);
QString toKey(Measure v);

/** Parses a key written by toKey(); std::nullopt for anything else. */
template<typename Enum>
std::optional<Enum> fromKey(const QString &key);

/** The comparator as printed in tables: = ≈ ≥ ≤ > <. */
QString comparatorSymbol(Comparator c);
std::optional<Comparator> comparatorFromSymbol(const QString &symbol);

} // namespace pw
