#include "plantemplates.h"

#include "model/plan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

Node *add(Node &parent, NodeKind kind, const QString &title)
{
    NodeContent c;
    c.kind = kind;
    c.title = title;
    parent.insertChild(parent.childCount(), std::make_unique<Node>(c));
    return parent.child(parent.childCount() - 1);
}

void addGeneralRequirements(Node &root)
{
    Node *general = add(root, NodeKind::Chapter, u"总体要求"_s);
    add(*general, NodeKind::Section, u"指导思想"_s);
    add(*general, NodeKind::Section, u"工作原则"_s);
}

void addMainTargets(Node &root)
{
    Node *targets = add(root, NodeKind::Chapter, u"主要目标"_s);
    add(*targets, NodeKind::Section, u"“十四五”期间"_s);
    add(*targets, NodeKind::Section, u"“十五五”期间"_s);
}

void buildNational(Plan &plan)
{
    Node &root = plan.root();
    addGeneralRequirements(root);
    addMainTargets(root);
    Node *tasks = add(root, NodeKind::Chapter, u"重点任务"_s);
    for (const QString &action :
        { u"能源绿色低碳转型行动"_s, u"节能降碳增效行动"_s, u"工业领域碳达峰行动"_s, u"城乡建设碳达峰行动"_s,
            u"交通运输绿色低碳行动"_s, u"循环经济助力降碳行动"_s, u"绿色低碳科技创新行动"_s,
            u"碳汇能力巩固提升行动"_s, u"绿色低碳全民行动"_s, u"各地区梯次有序碳达峰行动"_s })
        add(*tasks, NodeKind::Action, action);
    add(root, NodeKind::Chapter, u"国际合作"_s);
    add(root, NodeKind::Chapter, u"政策保障"_s);
    add(root, NodeKind::Chapter, u"组织实施"_s);
    plan.metadata.level = AdminLevel::National;
}

void buildLocal(Plan &plan, AdminLevel level)
{
    Node &root = plan.root();
    addGeneralRequirements(root);
    addMainTargets(root);
    Node *tasks = add(root, NodeKind::Chapter, u"重点任务"_s);
    for (const QString &action : { u"能源绿色低碳转型行动"_s, u"节能降碳增效行动"_s, u"工业领域碳达峰行动"_s,
             u"城乡建设碳达峰行动"_s, u"交通运输绿色低碳行动"_s })
        add(*tasks, NodeKind::Action, action);
    Node *safeguards = add(root, NodeKind::Chapter, u"保障措施"_s);
    add(*safeguards, NodeKind::Section, u"加强组织领导"_s);
    add(*safeguards, NodeKind::Section, u"强化政策支持"_s);
    add(*safeguards, NodeKind::Section, u"严格监督考核"_s);
    plan.metadata.level = level;
}

} // namespace

class PlanTemplates
{
    Q_DECLARE_TR_FUNCTIONS(pw::PlanTemplates)
};

QString templateName(PlanTemplate t)
{
    switch (t) {
    case PlanTemplate::Blank:
        return PlanTemplates::tr("Blank plan");
    case PlanTemplate::NationalTenActions:
        return PlanTemplates::tr("National plan (ten actions)");
    case PlanTemplate::Province:
        return PlanTemplates::tr("Province plan");
    case PlanTemplate::City:
        return PlanTemplates::tr("City plan");
    case PlanTemplate::District:
        break;
    }
    return PlanTemplates::tr("County or district plan");
}

QString templateKey(PlanTemplate t)
{
    switch (t) {
    case PlanTemplate::Blank:
        return u"blank"_s;
    case PlanTemplate::NationalTenActions:
        return u"national"_s;
    case PlanTemplate::Province:
        return u"province"_s;
    case PlanTemplate::City:
        return u"city"_s;
    case PlanTemplate::District:
        break;
    }
    return u"district"_s;
}

std::unique_ptr<Plan> createPlan(PlanTemplate t)
{
    auto plan = std::make_unique<Plan>();
    plan->metadata.status = PlanStatus::Draft;
    switch (t) {
    case PlanTemplate::Blank:
        return plan;
    case PlanTemplate::NationalTenActions:
        buildNational(*plan);
        break;
    case PlanTemplate::Province:
        buildLocal(*plan, AdminLevel::Province);
        break;
    case PlanTemplate::City:
        buildLocal(*plan, AdminLevel::City);
        break;
    case PlanTemplate::District:
        buildLocal(*plan, AdminLevel::District);
        break;
    }
    plan->metadata.milestoneYears = { 2025, 2030 };
    return plan;
}

} // namespace pw
