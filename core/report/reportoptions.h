#pragma once

// What a plan report contains and how departments are written. Stored as JSON (toJson/fromJson) so the
// UI can remember the choice per document.

#include <QJsonObject>
#include <QString>

namespace pw::report {

enum class DepartmentStyle {
    Parenthesis, ///< "（A牵头，B、C按职责分工负责）" at the end of the task
    Lines,       ///< separate "牵头单位：A" and "责任单位：B、C" lines
    None,
};

struct ReportOptions
{
    bool body = true;
    bool notice = false; ///< issuing-notice (印发通知) first page
    bool draft = false;  ///< 征求意见稿 marking, centred page numbers
    DepartmentStyle departmentStyle = DepartmentStyle::Parenthesis;
    bool annexTargets = false;  ///< 主要指标表
    bool annexTasks = false;    ///< 重点任务分工表
    bool annexProjects = false; ///< 重大项目表
    QString recipients;         ///< 主送机关; empty = usual wording for the plan's level
    QString publicity;          ///< 附注 without parentheses; empty = 此件主动公开

    bool operator==(const ReportOptions &) const = default;

    QJsonObject toJson() const;
    /** Unknown or malformed members keep their defaults. */
    static ReportOptions fromJson(const QJsonObject &json);
    /** Parses "targets,tasks,projects" (any subset) or "none"; false with @p error on an unknown name. */
    bool setAnnexes(const QString &list, QString *error);
    static bool parseDepartmentStyle(const QString &key, DepartmentStyle *style);
};

} // namespace pw::report
