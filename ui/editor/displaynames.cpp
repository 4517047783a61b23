#include "displaynames.h"

#include <QCoreApplication>

namespace pw {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("pw::DisplayNames", text); }
} // namespace

QString displayName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Chapter:
        return tr("Chapter");
    case NodeKind::Section:
        return tr("Section");
    case NodeKind::Action:
        return tr("Action");
    case NodeKind::Task:
        return tr("Task");
    case NodeKind::Subtask:
        break;
    }
    return tr("Subtask");
}

QString displayName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::National:
        return tr("National");
    case AdminLevel::Province:
        return tr("Province");
    case AdminLevel::City:
        return tr("City");
    case AdminLevel::County:
        return tr("County");
    case AdminLevel::District:
        return tr("District");
    case AdminLevel::Other:
        break;
    }
    return tr("Other");
}

QString displayName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft:
        return tr("Draft");
    case PlanStatus::ForComment:
        return tr("Draft for comment");
    case PlanStatus::Issued:
        break;
    }
    return tr("Issued");
}

QString displayName(DepartmentKind kind)
{
    switch (kind) {
    case DepartmentKind::Department:
        return tr("Department");
    case DepartmentKind::BranchOffice:
        return tr("Branch office");
    case DepartmentKind::Territorial:
        return tr("Territorial unit");
    case DepartmentKind::Enterprise:
        break;
    }
    return tr("Enterprise");
}

} // namespace pw
