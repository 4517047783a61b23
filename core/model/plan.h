#pragma once

// A whole plan: metadata, the outline under an invisible root, and the flat collections.
// Plain C++; the Document (core/document.h) owns one and is the only thing that edits it.

#include "entities.h"
#include "node.h"

#include <vector>

namespace pw {

class Plan
{
public:
    Plan();

    PlanMetadata metadata;
    Node &root() { return *m_root; }
    const Node &root() const { return *m_root; }
    std::vector<Department> departments;
    std::vector<Indicator> indicators;
    std::vector<Target> targets;
    std::vector<Project> projects;
    QString sourceText; ///< the imported original, kept in source/ of the file
    QString sourceName;
    std::vector<SourceLine> sourceLayout; ///< PDF imports: page and box of each line of sourceText

    const Node *findNode(const QUuid &id) const;
    Node *findNode(const QUuid &id);
    const Department *department(const QUuid &id) const;
    const Department *departmentByName(const QString &nameOrAlias) const;
    const Indicator *indicator(const QUuid &id) const;
    int departmentIndex(const QUuid &id) const;
    int indicatorIndex(const QUuid &id) const;
    int targetIndex(const QUuid &id) const;
    int projectIndex(const QUuid &id) const;
    /** Names of the given departments, skipping unknown ids. */
    QStringList departmentNames(const QList<QUuid> &ids) const;

private:
    std::unique_ptr<Node> m_root;
};

/** The printed number of a node from its position: 一、 （一） 1. （1） ① …; empty for the root. */
QString nodeNumber(const Node &node);
/** Chinese numeral for 1..99 (一 … 九十九). */
QString chineseNumeral(int n);

} // namespace pw
