#include "fixtureplan.h"

using namespace Qt::StringLiterals;

namespace pw::testing {

std::unique_ptr<Plan> fixturePlan(FixtureIds *ids)
{
    auto plan = std::make_unique<Plan>();
    plan->metadata.title = u"某市碳达峰实施方案"_s;
    plan->metadata.issuer = u"某市人民政府"_s;
    plan->metadata.milestoneYears = { 2025, 2030 };

    Department ndrc { QUuid::createUuid(), u"市发展改革委"_s, { u"市发改委"_s }, AdminLevel::City,
                      DepartmentKind::Department };
    Department env { QUuid::createUuid(), u"市生态环境局"_s, {}, AdminLevel::City, DepartmentKind::Department };
    Department town { QUuid::createUuid(), u"某镇"_s, {}, AdminLevel::Other, DepartmentKind::Territorial };
    ids->ndrc = ndrc.id;
    ids->env = env.id;
    ids->town = town.id;
    plan->departments = { ndrc, env, town };

    Indicator share { QUuid::createUuid(), u"非化石能源消费比重"_s, u"%"_s, u"能源"_s, Direction::Increase,
                      Binding::Expected };
    Indicator co2 { QUuid::createUuid(), u"单位地区生产总值二氧化碳排放下降"_s, u"%"_s, u"排放"_s,
                    Direction::Decrease, Binding::Binding };
    ids->energyShare = share.id;
    ids->co2 = co2.id;
    plan->indicators = { share, co2 };

    const auto add = [](Node *parent, NodeKind kind, const QString &title, QList<QUuid> lead = {},
                        QList<QUuid> support = {}) {
        NodeContent c;
        c.kind = kind;
        c.title = title;
        c.lead = lead;
        c.support = support;
        auto node = std::make_unique<Node>(c);
        Node *raw = node.get();
        parent->insertChild(parent->childCount(), std::move(node));
        return raw;
    };
    Node *c1 = add(&plan->root(), NodeKind::Chapter, u"总体要求"_s);
    Node *s1 = add(c1, NodeKind::Section, u"主要目标"_s);
    Node *a1 = add(s1, NodeKind::Action, u"能源绿色低碳转型行动"_s, { ndrc.id }, { env.id, town.id });
    Node *a2 = add(s1, NodeKind::Action, u"工业领域碳达峰行动"_s, { env.id }, { ndrc.id });
    Node *c2 = add(&plan->root(), NodeKind::Chapter, u"重点任务"_s);
    Node *s2 = add(c2, NodeKind::Section, u"交通运输绿色低碳行动"_s, { ndrc.id });
    ids->chapter1 = c1->id();
    ids->section1 = s1->id();
    ids->action1 = a1->id();
    ids->action2 = a2->id();
    ids->chapter2 = c2->id();
    ids->section2 = s2->id();

    Target t1;
    t1.indicatorId = share.id;
    t1.year = 2025;
    t1.comparator = Comparator::AtLeast;
    t1.value = 20;
    t1.nodeId = a1->id();
    Target t2;
    t2.indicatorId = share.id;
    t2.year = 2030;
    t2.comparator = Comparator::AtLeast;
    t2.value = 25;
    Target t3;
    t3.indicatorId = co2.id;
    t3.year = 2025;
    t3.allocation = u"完成省下达目标"_s;
    t3.nodeId = s2->id();
    ids->target1 = t1.id;
    ids->target2 = t2.id;
    ids->target3 = t3.id;
    plan->targets = { t1, t2, t3 };

    Project p;
    p.name = u"某光伏电站"_s;
    p.capacity = 100;
    p.capacityUnit = u"万千瓦"_s;
    p.departments = { ndrc.id, env.id };
    p.nodeId = a2->id();
    ids->project1 = p.id;
    plan->projects = { p };
    return plan;
}

} // namespace pw::testing
