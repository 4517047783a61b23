#include "reportoptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

QString styleKey(DepartmentStyle style)
{
    switch (style) {
    case DepartmentStyle::Parenthesis:
        return u"paren"_s;
    case DepartmentStyle::Lines:
        return u"lines"_s;
    case DepartmentStyle::None:
        return u"none"_s;
    }
    return {};
}

bool boolMember(const QJsonObject &json, const QString &key, bool fallback)
{
    const QJsonValue v = json.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

QString stringMember(const QJsonObject &json, const QString &key)
{
    // Bounded: a hostile file must not turn the options into a megabyte of 主送.
    const QString s = json.value(key).toString();
    return s.size() <= 2000 ? s : QString();
}

} // namespace

bool ReportOptions::parseDepartmentStyle(const QString &key, DepartmentStyle *style)
{
    for (DepartmentStyle s : { DepartmentStyle::Parenthesis, DepartmentStyle::Lines, DepartmentStyle::None }) {
        if (key == styleKey(s)) {
            *style = s;
            return true;
        }
    }
    return false;
}

QJsonObject ReportOptions::toJson() const
{
    return QJsonObject {
        { u"body"_s, body },
        { u"notice"_s, notice },
        { u"draft"_s, draft },
        { u"departments"_s, styleKey(departmentStyle) },
        { u"annexTargets"_s, annexTargets },
        { u"annexTasks"_s, annexTasks },
        { u"annexProjects"_s, annexProjects },
        { u"recipients"_s, recipients },
        { u"publicity"_s, publicity },
    };
}

ReportOptions ReportOptions::fromJson(const QJsonObject &json)
{
    ReportOptions o;
    o.body = boolMember(json, u"body"_s, o.body);
    o.notice = boolMember(json, u"notice"_s, o.notice);
    o.draft = boolMember(json, u"draft"_s, o.draft);
    parseDepartmentStyle(json.value(u"departments"_s).toString(), &o.departmentStyle);
    o.annexTargets = boolMember(json, u"annexTargets"_s, o.annexTargets);
    o.annexTasks = boolMember(json, u"annexTasks"_s, o.annexTasks);
    o.annexProjects = boolMember(json, u"annexProjects"_s, o.annexProjects);
    o.recipients = stringMember(json, u"recipients"_s);
    o.publicity = stringMember(json, u"publicity"_s);
    return o;
}

bool ReportOptions::setAnnexes(const QString &list, QString *error)
{
    annexTargets = annexTasks = annexProjects = false;
    const QStringList names = list.split(u',', Qt::SkipEmptyParts);
    if (names.size() == 1 && names.first().trimmed() == u"none"_s)
        return true;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name == u"targets"_s)
            annexTargets = true;
        else if (name == u"tasks"_s)
            annexTasks = true;
        else if (name == u"projects"_s)
            annexProjects = true;
        else {
            if (error)
                *error = QCoreApplication::translate("pw::report::ReportOptions",
                                                     "unknown annex \"%1\" (use targets, tasks, projects or none)")
                             .arg(name);
            return false;
        }
    }
    return true;
}

} // namespace pw::report
