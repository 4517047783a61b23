#pragma once

// Structural diff of two drafts of one plan (征求意见稿 → 送审稿 → 印发稿): nodes added, removed, moved,
// retitled, text changed (with a character-level diff), departments changed; targets, departments and
// metadata changed. Nodes are matched by stable id, then by content for the rest (imported drafts).

#include "chardiff.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace pw { class Plan; }

namespace pw::review {

struct NodeChange
{
    QUuid oldId;          ///< null when added
    QUuid newId;          ///< null when removed
    QString oldNumber;
    QString newNumber;
    QString oldPath;
    QString newPath;
    QString oldTitle;
    QString newTitle;
    QString matchedBy;    ///< "id" or "content"; empty for added/removed
    double similarity = 0;
    bool added = false;
    bool removed = false;
    bool moved = false;   ///< other parent, or out of order among its siblings
    bool retitled = false;
    bool textChanged = false;
    bool departmentsChanged = false;
    bool deadlineChanged = false;
    QList<TextSegment> titleDiff;
    QList<TextSegment> textDiff;
    QStringList departmentsBefore; ///< "牵头：市发改委" …
    QStringList departmentsAfter;
    QString deadlineBefore;
    QString deadlineAfter;
};

/** A change of a collection item or a metadata field: kind is added / removed / changed. */
struct ItemChange
{
    QString kind;
    QString name;   ///< field name, department name, or "indicator year"
    QString before;
    QString after;
};

struct VersionDiffSummary
{
    int matchedById = 0;
    int matchedByContent = 0;
    int added = 0;
    int removed = 0;
    int moved = 0;
    int retitled = 0;
    int textChanged = 0;
    int departmentsChanged = 0;
    int targetChanges = 0;
    int departmentChanges = 0;
    int metadataChanges = 0;
};

struct VersionDiff
{
    QString oldTitle;
    QString newTitle;
    QList<NodeChange> nodes;        ///< changed nodes only: new outline order, removed nodes after their old neighbours
    QList<ItemChange> targets;
    QList<ItemChange> departments;
    QList<ItemChange> metadata;
    VersionDiffSummary summary;
};

struct VersionDiffOptions
{
    double contentThreshold = 0.45; ///< similarity needed to pair nodes whose ids differ
};

VersionDiff diffPlans(const Plan &before, const Plan &after, const VersionDiffOptions &options = {});

QJsonObject toJson(const VersionDiff &diff);

} // namespace pw::review
