#include "displaynames.h"

#include <QCoreApplication>

namespace pw {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(pw::DisplayNames)
};

QString displayName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Chapter:
        return DisplayNames::tr("Chapter");
    case NodeKind::Section:
        return DisplayNames::tr("Section");
    case NodeKind::Action:
        return DisplayNames::tr("Action");
    case NodeKind::Task:
        return DisplayNames::tr("Task");
    case NodeKind::Subtask:
        break;
    }
    return DisplayNames::tr("Subtask");
}

QString displayName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::National:
        return DisplayNames::tr("National");
    case AdminLevel::Province:
        return DisplayNames::tr("Province");
    case AdminLevel::City:
        return DisplayNames::tr("City");
    case AdminLevel::County:
        return DisplayNames::tr("County");
    case AdminLevel::District:
        return DisplayNames::tr("District");
    case AdminLevel::Other:
        break;
    }
    return DisplayNames::tr("Other");
}

QString displayName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return DisplayNames::tr("Draft");
    case PlanStatus::ForComment:
        return DisplayNames::tr("Draft for comment");
    case PlanStatus::Issued:
        break;
    }
    return DisplayNames::tr("Issued");
}

QString displayName(DepartmentKind kind)
{
    switch (kind) {
    case DepartmentKind::Department:
        return DisplayNames::tr("Department");
    case DepartmentKind::BranchOffice:
        return DisplayNames::tr("Branch office");
    case DepartmentKind::Territorial:
        return DisplayNames::tr("Territorial unit");
    case DepartmentKind::Enterprise:
        break;
    }
    return DisplayNames::tr("Enterprise");
}

QString categoryDisplayName(const QString &category)
{
    // The catalogue's categories, for lupdate: the stored Chinese word is the source text.
    static const char *const known[] = { QT_TRANSLATE_NOOP("pw::IndicatorCategory", "综合"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "能源"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "工业"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "建筑"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "交通"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "循环"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "碳汇"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "环境"),
        QT_TRANSLATE_NOOP("pw::IndicatorCategory", "产业") };
    const QString c = category.trimmed();
    if (c.isEmpty() || c == u"other" || c == u"其他")
        return DisplayNames::tr("Other");
    for (const char *k : known) {
        if (c == QString::fromUtf8(k))
            return QCoreApplication::translate("pw::IndicatorCategory", k);
    }
    return c;
}

} // namespace pw
