#include "responsibilitychecks.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::tables {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("pw::tables", text); }

/** County and district plans sit on the same level. */
int levelRank(AdminLevel level)
{
    switch (level) {
    case AdminLevel::National:
        return 0;
    case AdminLevel::Province:
        return 1;
    case AdminLevel::City:
        return 2;
    case AdminLevel::County:
    case AdminLevel::District:
        return 3;
    case AdminLevel::Other:
        break;
    }
    return -1;
}

/** The level a name announces by its first character: 省… 市… 区…/县…; -1 if none. */
int levelRankFromName(const QString &name)
{
    if (name.startsWith(u"省"_s))
        return 1;
    if (name.startsWith(u"市"_s))
        return 2;
    if (name.startsWith(u"区"_s) || name.startsWith(u"县"_s))
        return 3;
    return -1;
}

bool isSubsequence(const QString &shorter, const QString &longer)
{
    qsizetype j = 0;
    for (QChar c : longer) {
        if (j < shorter.size() && shorter.at(j) == c)
            ++j;
    }
    return j == shorter.size();
}

/** The digits and Chinese numerals of a name: 第一中学 and 第二中学 are different units. */
QString numerals(const QString &name)
{
    static const QString chinese = u"〇零一二三四五六七八九十百"_s;
    QString out;
    for (QChar c : name) {
        if (c.isDigit() || chinese.contains(c))
            out += c;
    }
    return out;
}

} // namespace

bool hasNoLead(const Node &task) { return task.content.lead.isEmpty(); }
bool hasMultipleLeads(const Node &task) { return task.content.lead.size() > 1; }

QString taskCheck(const Node &task)
{
    if (hasNoLead(task))
        return tr("No lead department.");
    if (hasMultipleLeads(task))
        return QCoreApplication::translate("pw::tables", "%n lead departments (allowed, but responsibility is shared).",
                                           nullptr, int(task.content.lead.size()));
    return {};
}

QString levelCheck(const Plan &plan, const Department &department)
{
    if (department.kind != DepartmentKind::Department)
        return {};
    const int planRank = levelRank(plan.metadata.level);
    if (planRank < 0)
        return {};
    int rank = levelRank(department.level);
    if (rank < 0)
        rank = levelRankFromName(department.name);
    if (rank < 0 || rank == planRank)
        return {};
    return tr("A department of another administrative level; record it as a branch office if it is one.");
}

bool namesNearlyEqual(const QString &a, const QString &b)
{
    if (a == b || a.size() < 3 || b.size() < 3)
        return a == b;
    if (numerals(a) != numerals(b))
        return false;
    // Only insertions, never substitutions: 市民政局 and 市财政局 differ by one character and are different units.
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    return shorter.size() < longer.size() && shorter.size() * 2 >= longer.size() && isSubsequence(shorter, longer);
}

QList<DuplicateDepartments> nearDuplicateDepartments(const Plan &plan, const QHash<QUuid, DepartmentLoad> &loads)
{
    QList<DuplicateDepartments> result;
    const auto &deps = plan.departments;
    for (std::size_t i = 0; i < deps.size(); ++i) {
        if (deps[i].kind == DepartmentKind::Territorial)
            continue;
        const QStringList namesA = QStringList { deps[i].name } + deps[i].aliases;
        for (std::size_t j = i + 1; j < deps.size(); ++j) {
            if (deps[j].kind == DepartmentKind::Territorial)
                continue;
            const QStringList namesB = QStringList { deps[j].name } + deps[j].aliases;
            const bool similar = std::any_of(namesA.begin(), namesA.end(), [&](const QString &x) {
                return std::any_of(namesB.begin(), namesB.end(), [&](const QString &y) { return namesNearlyEqual(x, y); });
            });
            if (!similar)
                continue;
            const int loadA = loads.value(deps[i].id).total();
            const int loadB = loads.value(deps[j].id).total();
            const Department &from = loadA < loadB ? deps[i] : deps[j];
            const Department &into = loadA < loadB ? deps[j] : deps[i];
            result.append({ from.id, into.id,
                            tr("\"%1\" looks like \"%2\"").arg(from.name, into.name) });
        }
    }
    return result;
}

} // namespace pw::tables
