#include "departmentrules.h"

#include "model/plan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::review {
namespace {

// Departments managed vertically by the city: at district level they are branch offices (…分局).
const char16_t *const kVertical[] = { u"生态环境", u"自然资源和规划", u"自然资源", u"公安", u"税务" };

QString levelPrefix(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Province: return u"省"_s;
    case AdminLevel::City: return u"市"_s;
    case AdminLevel::County: return u"县"_s;
    case AdminLevel::District: return u"区"_s;
    case AdminLevel::National:
    case AdminLevel::Other: break;
    }
    return {};
}

QString childPrefix(const Plan &child)
{
    const QString p = levelPrefix(child.metadata.level);
    if (!p.isEmpty())
        return p;
    const QString region = child.metadata.region;
    return region.endsWith(u'县') ? u"县"_s : u"区"_s;
}

QString parentPrefix(const Plan &parent)
{
    const QString p = levelPrefix(parent.metadata.level);
    return p.isEmpty() ? u"市"_s : p;
}

} // namespace

QString shortRegion(const QString &region)
{
    static const QRegularExpression suffix(u"(自治县|自治州|新区|地区|市|区|县|州|省)$"_s);
    QString s = region.trimmed();
    if (s.size() <= 2)
        return s;
    s.remove(suffix);
    return s;
}

QString departmentFunction(const QString &name, const QString &parentRegion, const QString &childRegion)
{
    static const QRegularExpression space(u"\\s"_s);
    QString s = name.normalized(QString::NormalizationForm_KC);
    s.remove(space);
    for (const QString &region : { parentRegion, childRegion }) {
        if (region.isEmpty())
            continue;
        s.remove(region);
        const QString shortName = shortRegion(region);
        if (shortName.size() >= 2)
            s.remove(shortName);
    }
    static const QRegularExpression levelHead(u"^(市驻区|市驻县|省|市|区|县)"_s);
    static const QRegularExpression tail(u"(分局|委员会|管理局|局|委|厅|办公室|办|中心)$"_s);
    s.remove(levelHead);
    s.remove(tail);
    s.remove(u'和');
    s.replace(u"发改"_s, u"发展改革"_s);
    s.replace(u"工信"_s, u"工业信息化"_s);
    s.replace(u"住建"_s, u"住房城乡建设"_s);
    s.replace(u"市场监管"_s, u"市场监督管理"_s);
    s.replace(u"科工信"_s, u"科技工业信息化"_s);
    return s;
}

bool isBranchOffice(const Department &department)
{
    if (department.kind == DepartmentKind::BranchOffice)
        return true;
    QStringList names = department.aliases;
    names.append(department.name);
    for (const QString &n : std::as_const(names)) {
        if (n.endsWith(u"分局"_s) || n.startsWith(u"市驻"_s))
            return true;
    }
    return false;
}

bool isParentLevelDepartment(const Department &department, const Plan &parent, const Plan &child)
{
    if (isBranchOffice(department) || department.kind == DepartmentKind::Territorial
        || department.kind == DepartmentKind::Enterprise)
        return false;
    const AdminLevel parentLevel = parent.metadata.level;
    if (department.level != AdminLevel::Other && parentLevel != AdminLevel::Other)
        return department.level == parentLevel;
    const QString name = department.name;
    const QString region = parent.metadata.region;
    if (!region.isEmpty() && name.startsWith(region) && !name.contains(child.metadata.region))
        return true;
    return name.startsWith(parentPrefix(parent)) && !name.startsWith(childPrefix(child));
}

Counterpart suggestCounterpart(const QString &parentDepartment, const Plan &parent, const Plan &child)
{
    Counterpart c;
    c.parentDepartment = parentDepartment;
    const QString function = departmentFunction(parentDepartment, parent.metadata.region);
    const QString childShort = shortRegion(child.metadata.region);
    for (const char16_t *v : kVertical) {
        const QString vertical = QString::fromUtf16(v);
        if (departmentFunction(vertical) == function) {
            c.childDepartment = vertical + childShort + u"分局"_s;
            c.branchOffice = true;
            return c;
        }
    }
    if (function == u"发展改革"_s) {
        c.childDepartment = childPrefix(child) + u"发展和改革局"_s;
        return c;
    }
    // 委 → 局 at the lower level (市卫生健康委 → 区卫生健康局); 局 stays 局.
    QString base = parentDepartment;
    if (!parent.metadata.region.isEmpty())
        base.remove(parent.metadata.region);
    static const QRegularExpression head(u"^(省|市)"_s);
    base.remove(head);
    if (base.endsWith(u"委员会"_s))
        base = base.chopped(3) + u'局';
    else if (base.endsWith(u'委') || base.endsWith(u'厅'))
        base = base.chopped(1) + u'局';
    c.childDepartment = childPrefix(child) + base;
    return c;
}

} // namespace pw::review
