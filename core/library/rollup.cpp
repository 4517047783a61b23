#include "rollup.h"

#include "library.h"

#include "io/planfile.h"
#include "model/indicatoridentity.h"
#include "model/plan.h"
#include "review/coverage.h"
#include "review/indicatoraliases.h"
#include "review/reviewengine.h"
#include "review/targetcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pw::library {
namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

Rollup computeRollup(const Plan &parent, const QList<FamilyMember> &children, const review::IndicatorAliases &aliases)
{
    Rollup rollup;
    rollup.parentTitle = parent.metadata.title;
    QHash<QUuid, int> rowOfTarget;
    for (const Target &target : parent.targets) {
        const Indicator *indicator = parent.indicator(target.indicatorId);
        RollupRow row;
        row.indicator = indicator ? review::canonicalIndicator(indicator->name, aliases).name : QString();
        row.year = target.year;
        row.unit = indicator ? indicator->unit : QString();
        row.parentValue = review::targetText(target, indicator);
        row.parentNumber = target.value;
        row.additive = isAdditiveUnit(row.unit) && target.value.has_value();
        rowOfTarget.insert(target.id, int(rollup.rows.size()));
        rollup.rows << row;
    }
    for (const FamilyMember &member : children) {
        const Plan &child = *member.plan;
        for (RollupRow &row : rollup.rows)
            row.children << RollupCell {};
        QList<review::TargetComparison> comparisons;
        QStringList missingHeadlines;
        review::compareTargets(parent, child, &comparisons, &missingHeadlines, aliases);
        for (const review::TargetComparison &c : comparisons) {
            const int index = rowOfTarget.value(c.parentTargetId, -1);
            if (index < 0)
                continue;
            RollupRow &row = rollup.rows[index];
            RollupCell &cell = row.children.last();
            cell.value = c.childValue;
            cell.status = c.status;
            const int childTarget = child.targetIndex(c.childTargetId);
            if (childTarget < 0)
                continue;
            const Target &t = child.targets[std::size_t(childTarget)];
            const Indicator *indicator = child.indicator(t.indicatorId);
            const double factor = indicator ? pw::unitFactor(indicator->unit, row.unit) : 0;
            if (t.value && factor != 0) {
                cell.number = *t.value * factor;
                if (row.additive) {
                    row.childSum = row.childSum.value_or(0) + *cell.number;
                    ++row.childrenWithValue;
                }
            }
        }

        QList<review::TaskCoverage> coverage;
        QList<review::ActionCoverage> actions;
        review::computeCoverage(
            parent, child, member.state, review::ReviewOptions().coverage, &coverage, &actions);
        review::ReviewResult result;
        result.coverage = coverage;
        RollupChild summary { child.metadata.title, child.metadata.region, 0, 0, 0,
            review::summarise(result).coveragePercent };
        for (const review::TaskCoverage &task : coverage) {
            if (!task.mandatory)
                continue;
            ++summary.mandatoryTasks;
            if (task.status == review::CoverageStatus::Covered
                || task.status == review::CoverageStatus::NotApplicable)
                ++summary.mandatoryCovered;
            else if (task.status == review::CoverageStatus::Partial)
                ++summary.mandatoryPartial;
        }
        rollup.children << summary;
    }
    return rollup;
}

std::optional<Rollup> rollupFamily(
    Library &library, const PlanRow &parent, QStringList *warnings, QString *error)
{
    const auto parentPlan = library.cachedPlan(parent, error);
    if (!parentPlan) {
        *error = u"%1: %2"_s.arg(parent.file, *error);
        return std::nullopt;
    }
    auto rows = library.children(parent.id, error);
    const auto aliases = rows ? library.indicatorAliases(error) : std::nullopt;
    if (!aliases)
        return std::nullopt;
    std::vector<std::shared_ptr<const LoadedPlan>>
        loaded; // keeps the plans alive while members point at them
    QList<FamilyMember> members;
    for (const PlanRow &row : *rows) {
        QString reason;
        auto child = library.cachedPlan(row, &reason);
        if (!child) {
            *warnings << u"%1: %2"_s.arg(row.file, reason);
            continue;
        }
        QStringList ignored;
        members << FamilyMember { child->plan.get(), review::readReviewState(child->extraEntries, &ignored) };
        loaded.push_back(std::move(child));
    }
    return computeRollup(*parentPlan->plan, members, *aliases);
}

tables::Table rollupTable(const Rollup &rollup)
{
    tables::Table table;
    QStringList header { QCoreApplication::translate("pw::library", "Indicator"),
        QCoreApplication::translate("pw::library", "Year"),
        QCoreApplication::translate("pw::library", "Unit"),
        QCoreApplication::translate("pw::library", "Parent: %1").arg(rollup.parentTitle) };
    for (const RollupChild &child : rollup.children)
        header << (child.region.isEmpty() ? child.title : child.region)
               << QCoreApplication::translate("pw::library", "Status");
    header << QCoreApplication::translate("pw::library", "Sum of children");
    table << header;
    for (const RollupRow &row : rollup.rows) {
        QStringList cells { row.indicator, QString::number(row.year), row.unit, row.parentValue };
        for (const RollupCell &cell : row.children)
            cells << cell.value << (cell.status ? review::toKey(*cell.status) : QString());
        cells << (row.childSum ? number(*row.childSum) : QString());
        table << cells;
    }
    table << QStringList {};
    table << QStringList { QCoreApplication::translate("pw::library", "Child"),
        QCoreApplication::translate("pw::library", "Mandatory parent tasks"),
        QCoreApplication::translate("pw::library", "Covered"),
        QCoreApplication::translate("pw::library", "Partly covered"),
        QCoreApplication::translate("pw::library", "Coverage of all parent tasks (%)") };
    for (const RollupChild &child : rollup.children)
        table << QStringList { child.title, QString::number(child.mandatoryTasks),
            QString::number(child.mandatoryCovered), QString::number(child.mandatoryPartial),
            QString::number(child.coveragePercent, 'f', 1) };
    return table;
}

QJsonObject toJson(const Rollup &rollup)
{
    QJsonArray children;
    for (const RollupChild &c : rollup.children)
        children.append(QJsonObject { { u"title"_s, c.title }, { u"region"_s, c.region },
            { u"mandatoryTasks"_s, c.mandatoryTasks }, { u"mandatoryCovered"_s, c.mandatoryCovered },
            { u"mandatoryPartial"_s, c.mandatoryPartial }, { u"coveragePercent"_s, c.coveragePercent } });
    QJsonArray rows;
    for (const RollupRow &r : rollup.rows) {
        QJsonArray cells;
        for (const RollupCell &cell : r.children)
            cells.append(QJsonObject { { u"value"_s, cell.value },
                { u"status"_s, cell.status ? QJsonValue(review::toKey(*cell.status)) : QJsonValue() },
                { u"number"_s, cell.number ? QJsonValue(*cell.number) : QJsonValue() } });
        rows.append(QJsonObject { { u"indicator"_s, r.indicator }, { u"year"_s, r.year },
            { u"unit"_s, r.unit }, { u"parent"_s, r.parentValue },
            { u"parentNumber"_s, r.parentNumber ? QJsonValue(*r.parentNumber) : QJsonValue() },
            { u"additive"_s, r.additive },
            { u"childSum"_s, r.childSum ? QJsonValue(*r.childSum) : QJsonValue() },
            { u"children"_s, cells } });
    }
    return { { u"parent"_s, rollup.parentTitle }, { u"children"_s, children }, { u"rows"_s, rows } };
}

} // namespace pw::library
