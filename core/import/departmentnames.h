#pragma once

// Department names as written in plans: cleaning, canonical form, alias equivalence
// (市发改委 = 市发展改革委 = 市发展和改革委员会; 生态环境石峰分局 = 生态环境局石峰分局),
// administrative level (省/市/区/县) and kind (department, branch office, territorial unit, enterprise).
// Reusable by every feature that compares or groups departments.

#include "model/types.h"

#include <QString>
#include <QStringList>

namespace pw::import {

class DepartmentNames
{
public:
    /** Trims punctuation, spaces and trailing phrases (等, 按职责分工负责, 牵头…) and folds width. */
    static QString clean(QStringView raw);
    /** The full official form: simplified script, abbreviations expanded (市发改委 → 市发展和改革委员会). */
    static QString canonical(QStringView raw);
    /** Equal for names of the same unit, however abbreviated or spelled. */
    static QString equivalenceKey(QStringView raw);
    /** equivalenceKey() of a name that is already canonical(). */
    static QString keyOfCanonical(QString canonicalName);
    static bool equivalent(QStringView a, QStringView b) { return equivalenceKey(a) == equivalenceKey(b); }

    static AdminLevel level(QStringView name);
    static DepartmentKind kind(QStringView name);
    /** kind() of a name that is already canonical(). */
    static DepartmentKind kindOfCanonical(const QString &canonicalName);

    /** Splits a list "A、B，C等" into cleaned names, keeping bracketed qualifiers 〈含…〉 with their name. */
    /** The names of a list (、，；), deduplicated; stops one past limits::kDepartmentsPerAssignment. */
    static QStringList split(QStringView list);
    /** True if @p name looks like a unit name at all (not a sentence fragment). */
    static bool plausible(QStringView name);
};

} // namespace pw::import
