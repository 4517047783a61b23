#include "sampleplan.h"

using namespace Qt::StringLiterals;

namespace pw::test {
namespace {

Node *addNode(Node &parent, NodeKind kind, const QString &title, const QString &text = {})
{
    NodeContent c;
    c.kind = kind;
    c.title = title;
    c.text = text;
    auto node = std::make_unique<Node>(c);
    Node *raw = node.get();
    parent.insertChild(parent.childCount(), std::move(node));
    return raw;
}

QUuid addDepartment(Plan &plan, const QString &name, AdminLevel level, DepartmentKind kind,
                    const QStringList &aliases = {})
{
    Department d;
    d.name = name;
    d.level = level;
    d.kind = kind;
    d.aliases = aliases;
    plan.departments.push_back(d);
    return d.id;
}

QUuid addIndicator(Plan &plan, const QString &name, const QString &unit, const QString &category, Direction direction,
                   Binding binding)
{
    Indicator i;
    i.name = name;
    i.unit = unit;
    i.category = category;
    i.direction = direction;
    i.binding = binding;
    plan.indicators.push_back(i);
    return i.id;
}

void addTarget(Plan &plan, const QUuid &indicator, int year, Comparator comparator, std::optional<double> value,
               std::optional<double> stretch, int baseYear, std::optional<double> baseValue, Commitment commitment,
               const QString &allocation, const Node *node)
{
    Target t;
    t.indicatorId = indicator;
    t.year = year;
    t.comparator = comparator;
    t.value = value;
    t.stretch = stretch;
    t.baseYear = baseYear;
    t.baseValue = baseValue;
    t.commitment = commitment;
    t.allocation = allocation;
    t.nodeId = node ? node->id() : QUuid();
    plan.targets.push_back(t);
}

} // namespace

std::unique_ptr<Plan> makeDistrictPlan()
{
    auto plan = std::make_unique<Plan>();
    PlanMetadata &m = plan->metadata;
    m.title = u"石峰区碳达峰实施方案"_s;
    m.issuer = u"株洲市石峰区人民政府"_s;
    m.docNumber = u"石政发〔2023〕5号"_s;
    m.level = AdminLevel::District;
    m.region = u"株洲市石峰区"_s;
    m.milestoneYears = { 2025, 2030 };

    const auto D = DepartmentKind::Department;
    const auto B = DepartmentKind::BranchOffice;
    const auto T = DepartmentKind::Territorial;
    const auto dist = AdminLevel::District;
    const QUuid fgj = addDepartment(*plan, u"区发展和改革局"_s, dist, D, { u"区发改局"_s });
    const QUuid gxj = addDepartment(*plan, u"区工业和信息化局"_s, dist, D, { u"区工信局"_s });
    const QUuid sthj = addDepartment(*plan, u"市生态环境局石峰分局"_s, AdminLevel::City, B, { u"生态环境石峰分局"_s });
    const QUuid sthjDup = addDepartment(*plan, u"生态环境局石峰分局"_s, AdminLevel::Other, B);
    const QUuid zrzy = addDepartment(*plan, u"市自然资源和规划局石峰分局"_s, AdminLevel::City, B);
    const QUuid zjj = addDepartment(*plan, u"区住房和城乡建设局"_s, dist, D, { u"区住建局"_s });
    const QUuid jtj = addDepartment(*plan, u"区交通运输局"_s, dist, D);
    const QUuid nyj = addDepartment(*plan, u"区农业农村局"_s, dist, D);
    const QUuid czj = addDepartment(*plan, u"区财政局"_s, dist, D);
    const QUuid tjj = addDepartment(*plan, u"区统计局"_s, dist, D);
    const QUuid scj = addDepartment(*plan, u"区市场监督管理局"_s, dist, D);
    const QUuid jgsw = addDepartment(*plan, u"区机关事务服务中心"_s, dist, D);
    const QUuid kjj = addDepartment(*plan, u"区科学技术局"_s, dist, D);
    const QUuid swj = addDepartment(*plan, u"区商务局"_s, dist, D);
    const QUuid jyj = addDepartment(*plan, u"区教育局"_s, dist, D);
    addDepartment(*plan, u"区文化旅游体育局"_s, dist, D); // used by no task
    const QUuid cityFgw = addDepartment(*plan, u"市发展改革委"_s, AdminLevel::City, D);
    const QUuid qst = addDepartment(*plan, u"清水塘街道"_s, dist, T);
    const QUuid jd = addDepartment(*plan, u"各街道办事处"_s, dist, T);
    const QUuid gdj = addDepartment(*plan, u"国网株洲供电公司石峰分公司"_s, AdminLevel::Other, DepartmentKind::Enterprise);

    Node &root = plan->root();
    Node *general = addNode(root, NodeKind::Chapter, u"总体要求"_s);
    addNode(*general, NodeKind::Section, u"指导思想"_s, u"以习近平新时代中国特色社会主义思想为指导，深入贯彻新发展理念。"_s);
    Node *goals = addNode(root, NodeKind::Chapter, u"主要目标"_s);
    Node *goal2025 = addNode(*goals, NodeKind::Section, u"到2025年"_s,
                             u"单位地区生产总值能耗比2020年下降14.5%，力争达到15%；非化石能源消费比重达到22%左右；"
                             "森林覆盖率达到45%以上。"_s);
    Node *goal2030 = addNode(*goals, NodeKind::Section, u"到2030年"_s,
                             u"单位地区生产总值二氧化碳排放下降率完成市下达目标；非化石能源消费比重达到25%左右；"
                             "森林覆盖率稳定在44%以上。"_s);
    Node *tasks = addNode(root, NodeKind::Chapter, u"重点任务"_s);

    struct TaskSpec
    {
        const char16_t *title;
        QList<QUuid> lead;
        QList<QUuid> support;
        QList<QUuid> territorial;
        const char16_t *deadline;
    };
    struct ActionSpec
    {
        const char16_t *title;
        QList<TaskSpec> tasks;
    };
    const QList<ActionSpec> actions = {
        { u"能源绿色低碳转型行动", {
              { u"推进煤炭消费替代和转型升级", { fgj }, { gxj, sthj }, {}, u"2025年底前" },
              { u"大力发展新能源", { fgj }, { zjj, gdj, zrzy }, { jd }, u"持续推进" },
              { u"加快建设新型电力系统", { fgj, gdj }, { gxj }, {}, u"2030年底前" },
          } },
        { u"节能降碳增效行动", {
              { u"全面提升节能管理能力", { fgj }, { tjj, scj }, {}, u"持续推进" },
              { u"实施节能降碳重点工程", { gxj }, { fgj, zjj }, {}, u"2025年底前" },
              { u"推进重点用能设备节能增效", { scj }, { gxj }, {}, u"持续推进" },
          } },
        { u"工业领域碳达峰行动", {
              { u"推动清水塘老工业区绿色转型", { gxj }, { sthjDup, fgj }, { qst }, u"2025年底前" },
              { u"坚决遏制高耗能高排放项目盲目发展", { cityFgw }, { gxj, sthj }, {}, u"持续推进" },
              { u"推动轨道交通装备产业低碳发展", { gxj }, { kjj }, {}, u"2030年底前" },
          } },
        { u"城乡建设碳达峰行动", {
              { u"推进城乡建设绿色低碳转型", { zjj }, { zrzy }, { jd }, u"持续推进" },
              { u"加快提升建筑能效水平", { zjj }, { jgsw }, {}, u"2025年底前" },
              { u"推进农村建设和用能低碳转型", {}, { nyj, zjj }, { jd }, u"2030年底前" },
          } },
        { u"交通运输绿色低碳行动", {
              { u"推动运输工具装备低碳转型", { jtj }, { swj }, {}, u"持续推进" },
              { u"构建绿色高效交通运输体系", { jtj }, { fgj, zrzy }, {}, u"2030年底前" },
          } },
        { u"绿色低碳全民行动", {
              { u"加强生态文明宣传教育", { jyj }, { sthj }, { jd }, u"持续推进" },
              { u"推广绿色低碳生活方式", { fgj }, { jgsw, swj, czj }, { jd }, u"持续推进" },
          } },
    };
    for (const ActionSpec &a : actions) {
        Node *action = addNode(*tasks, NodeKind::Action, QString::fromUtf16(a.title));
        for (const TaskSpec &t : a.tasks) {
            Node *task = addNode(*action, NodeKind::Task, QString::fromUtf16(t.title),
                                 QString::fromUtf16(t.title) + u"，明确年度目标和工作措施。"_s);
            task->content.lead = t.lead;
            task->content.support = t.support;
            task->content.territorial = t.territorial;
            task->content.deadline = QString::fromUtf16(t.deadline);
        }
    }
    Node *safeguards = addNode(root, NodeKind::Chapter, u"保障措施"_s);
    addNode(*safeguards, NodeKind::Section, u"加强组织领导"_s, u"区碳达峰碳中和工作领导小组统筹推进。"_s);

    const QUuid energy = addIndicator(*plan, u"单位地区生产总值能耗下降率"_s, u"%"_s, u"综合"_s, Direction::Decrease,
                                      Binding::Binding);
    addTarget(*plan, energy, 2025, Comparator::AtLeast, 14.5, 15.0, 2020, std::nullopt, Commitment::Ensure, {}, goal2025);
    const QUuid co2 = addIndicator(*plan, u"单位地区生产总值二氧化碳排放下降率"_s, u"%"_s, u"综合"_s, Direction::Decrease,
                                   Binding::Binding);
    addTarget(*plan, co2, 2025, Comparator::AtLeast, 18.0, std::nullopt, 2020, std::nullopt, Commitment::Ensure,
              u"完成市下达目标"_s, nullptr);
    addTarget(*plan, co2, 2030, Comparator::Equal, std::nullopt, std::nullopt, 2005, std::nullopt, Commitment::None,
              u"完成市下达目标"_s, goal2030);
    const QUuid fossil = addIndicator(*plan, u"非化石能源消费比重"_s, u"%"_s, u"能源"_s, Direction::Increase, Binding::Expected);
    addTarget(*plan, fossil, 2025, Comparator::Approx, 22.0, std::nullopt, 2020, 17.5, Commitment::None, {}, goal2025);
    addTarget(*plan, fossil, 2030, Comparator::Approx, 25.0, std::nullopt, 2020, 17.5, Commitment::None, {}, goal2030);
    const QUuid forest = addIndicator(*plan, u"森林覆盖率"_s, u"%"_s, u"碳汇"_s, Direction::Increase, Binding::Binding);
    addTarget(*plan, forest, 2025, Comparator::AtLeast, 45.0, std::nullopt, 2020, 44.2, Commitment::None, {}, goal2025);
    addTarget(*plan, forest, 2030, Comparator::AtLeast, 44.0, std::nullopt, 2020, 44.2, Commitment::None, {}, goal2030);
    const QUuid total = addIndicator(*plan, u"能源消费总量"_s, u"万吨标煤"_s, u"能源"_s, Direction::Decrease, Binding::Expected);
    addTarget(*plan, total, 2025, Comparator::AtMost, 260.0, std::nullopt, 2020, 240.0, Commitment::None, {}, nullptr);
    const QUuid pv = addIndicator(*plan, u"风电光伏发电总装机容量"_s, u"兆瓦"_s, u"能源"_s, Direction::Increase, Binding::Expected);
    addTarget(*plan, pv, 2025, Comparator::AtLeast, 30.0, 35.0, 2020, 8.0, Commitment::Strive, {}, nullptr);
    addTarget(*plan, pv, 2030, Comparator::AtLeast, 60.0, std::nullopt, 2020, 8.0, Commitment::Strive, {}, nullptr);
    return plan;
}

std::unique_ptr<Plan> makeLargePlan(int taskCount, int departmentCount)
{
    auto plan = std::make_unique<Plan>();
    plan->metadata.title = u"规模测试方案"_s;
    plan->metadata.level = AdminLevel::City;
    plan->metadata.milestoneYears = { 2025, 2030 };
    std::vector<QUuid> deps;
    for (int d = 0; d < departmentCount; ++d)
        deps.push_back(addDepartment(*plan, u"市第%1局"_s.arg(d + 1), AdminLevel::City, DepartmentKind::Department));
    Node *chapter = addNode(plan->root(), NodeKind::Chapter, u"重点任务"_s);
    const int actions = 10;
    Node *action = nullptr;
    // A fixed linear congruential sequence keeps the assignment pattern deterministic.
    quint32 seed = 12345;
    auto next = [&seed](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(bound));
    };
    for (int t = 0; t < taskCount; ++t) {
        if (t % std::max(1, taskCount / actions) == 0 && (t / std::max(1, taskCount / actions)) < actions)
            action = addNode(*chapter, NodeKind::Action, u"第%1项行动"_s.arg(t / std::max(1, taskCount / actions) + 1));
        Node *task = addNode(*action, NodeKind::Task, u"任务%1"_s.arg(t + 1));
        const int lead = next(departmentCount);
        task->content.lead = { deps[std::size_t(lead)] };
        for (int s = 0; s < 3; ++s) {
            const int support = next(departmentCount);
            if (support != lead && !task->content.support.contains(deps[std::size_t(support)]))
                task->content.support.append(deps[std::size_t(support)]);
        }
        task->content.deadline = u"2025年底前"_s;
    }
    return plan;
}

const Node *findNodeByTitle(const Plan &plan, const QString &title)
{
    const Node *found = nullptr;
    plan.root().forEach([&](const Node *n) {
        if (!found && n->parent() && n->content.title.startsWith(title))
            found = n;
    });
    return found;
}

const Department *findDepartment(const Plan &plan, const QString &name) { return plan.departmentByName(name); }

} // namespace pw::test
