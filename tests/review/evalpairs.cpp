#include "evalpairs.h"

#include "seedplan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::test {
namespace {

// Synonym swaps seen between city and district drafts.
const QList<QPair<QString, QString>> kSynonyms = {
    { u"推进"_s, u"推动"_s }, { u"加快"_s, u"加速"_s }, { u"大力"_s, u"积极"_s }, { u"实施"_s, u"开展"_s },
    { u"强化"_s, u"加强"_s }, { u"提升"_s, u"提高"_s }, { u"全面"_s, u"持续"_s }, { u"构建"_s, u"建设"_s },
    { u"严格"_s, u"从严"_s }, { u"鼓励"_s, u"支持"_s }, { u"着力"_s, u"重点"_s }, { u"有序"_s, u"稳妥"_s },
};

const QStringList kLocalSentences = {
    u"结合本区产业基础，制定年度工作清单，明确时间节点和责任人。"_s,
    u"依托区内重点园区，建立工作台账，实行清单化管理、项目化推进。"_s,
    u"定期调度工作进展，及时协调解决推进过程中的困难和问题。"_s,
};

const QStringList kLocalTasks = {
    u"打造全域旅游示范区。依托区内山水资源，推进景区绿色化改造，推广电动观光车和游船，建设智慧旅游服务平台，创建一批低碳景区和绿色饭店。"_s,
    u"推进老旧小区改造提质。实施雨污分流、弱电入地和立面整治，同步推进社区养老托育设施建设，完善社区便民服务网点。"_s,
    u"建设区级应急物资储备库。完善防汛抗旱物资储备，健全基层应急队伍，开展应急演练和隐患排查。"_s,
    u"发展夜间经济和特色街区。推动商业步行街提质升级，培育一批网红打卡点，繁荣社区商业。"_s,
};

QString districtWording(QString s)
{
    s.replace(u"全市"_s, u"全区"_s).replace(u"我市"_s, u"我区"_s).replace(u"市域"_s, u"区域"_s);
    return s;
}

QString cityToDistrict(const QString &name, const QString &shortRegion)
{
    if (!name.startsWith(u'市'))
        return name;
    if (name.contains(u"生态环境"_s))
        return u"生态环境"_s + shortRegion + u"分局"_s;
    if (name.contains(u"自然资源"_s))
        return u"自然资源和规划"_s + shortRegion + u"分局"_s;
    if (name.contains(u"发改"_s) || name.contains(u"发展改革"_s))
        return u"区发展和改革局"_s;
    QString rest = name.mid(1);
    if (rest.endsWith(u'委'))
        rest = rest.chopped(1) + u'局';
    return u"区"_s + rest;
}

} // namespace

quint32 Rng::next()
{
    m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
    return quint32(m_state >> 33);
}

QString rephrase(const QString &text, Rng &rng, bool title, double keepSentence)
{
    QString s = districtWording(text);
    for (const auto &[from, to] : kSynonyms) {
        if (rng.chance(0.6))
            s.replace(from, to);
    }
    if (title)
        return s;
    // Keep most sentences, as a district draft condenses the city's wording, and add local practice.
    const QStringList sentences = s.split(u'。', Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &sentence : sentences) {
        if (rng.chance(keepSentence))
            kept.append(sentence);
    }
    if (kept.isEmpty() && !sentences.isEmpty())
        kept.append(sentences.first());
    QString out = kept.join(u'。') + (kept.isEmpty() ? QString() : u"。"_s);
    if (rng.chance(0.3))
        out += kLocalSentences.at(rng.below(int(kLocalSentences.size())));
    return out;
}

EvalPair makeEvalPair(const Plan &parent, const QString &childRegion, quint64 seed, const EditRates &rates)
{
    Rng rng(seed);
    EvalPair pair;
    pair.parent = clonePlan(parent, false);
    auto child = std::make_unique<Plan>();
    child->metadata.title = childRegion + u"碳达峰实施方案"_s;
    child->metadata.level = AdminLevel::District;
    child->metadata.region = childRegion;
    const QString shortName = childRegion.chopped(1);

    // District departments: every city department gets its district counterpart.
    QHash<QUuid, QUuid> deptMap;
    QHash<QUuid, QUuid> cityDept;
    for (const Department &d : parent.departments) {
        Department c;
        c.name = cityToDistrict(d.name, shortName);
        c.level = c.name.startsWith(u'区') ? AdminLevel::District : d.level;
        c.kind = c.name.endsWith(u"分局"_s) ? DepartmentKind::BranchOffice : d.kind;
        child->departments.push_back(c);
        deptMap.insert(d.id, c.id);
        Department kept = d; // the city department itself, for tasks that keep it
        kept.id = QUuid::createUuid();
        child->departments.push_back(kept);
        cityDept.insert(d.id, kept.id);
    }

    // Actions keep their place; tasks are dropped, rewritten, moved or merged.
    QList<Node *> childActions;
    QList<const Node *> parentActions;
    parent.root().forEach([&](const Node *n) {
        if (n->content.kind == NodeKind::Action)
            parentActions.append(n);
    });
    for (const Node *a : std::as_const(parentActions)) {
        NodeContent c = a->content;
        c.title = districtWording(c.title);
        c.text = districtWording(c.text);
        auto node = std::make_unique<Node>(c);
        childActions.append(node.get());
        child->root().insertChild(child->root().childCount(), std::move(node));
    }
    Node *previous = nullptr;
    QUuid previousParentTask;
    int cityLed = 0;
    for (int ai = 0; ai < parentActions.size(); ++ai) {
        const Node *action = parentActions.at(ai);
        for (int ti = 0; ti < action->childCount(); ++ti) {
            const Node &task = *action->child(ti);
            if (task.content.kind != NodeKind::Task)
                continue;
            pair.truth.insert(task.id(), {});
            if (rng.chance(rates.drop)) {
                previous = nullptr;
                continue;
            }
            const bool rewrite = rng.chance(rates.rephrase);
            NodeContent c = task.content;
            c.title = rewrite ? rephrase(c.title, rng, true) : districtWording(c.title);
            c.text = rewrite ? rephrase(c.text, rng, false, rates.keepSentence) : districtWording(c.text);
            const bool keepCity = cityLed < 3 && !c.lead.isEmpty() && rng.chance(0.2);
            for (auto role : { DepartmentRole::Lead, DepartmentRole::Support, DepartmentRole::Territorial }) {
                for (QUuid &id : c.departments(role))
                    id = (keepCity && role == DepartmentRole::Lead) ? cityDept.value(id) : deptMap.value(id);
            }
            if (previous && rng.chance(rates.merge)) {
                // Two city tasks condensed into one district task.
                previous->content.text += c.title + u"。"_s + c.text;
                pair.truth[task.id()].insert(previous->id());
                continue;
            }
            Node *target = childActions.at(ai);
            if (rng.chance(rates.move) && childActions.size() > 1)
                target = childActions.at((ai + 1 + rng.below(int(childActions.size()) - 1)) % childActions.size());
            auto node = std::make_unique<Node>(c);
            previous = node.get();
            previousParentTask = task.id();
            pair.truth[task.id()].insert(node->id());
            if (keepCity) {
                ++cityLed;
                pair.cityLedChildTasks.insert(node->id());
            }
            target->insertChild(target->childCount(), std::move(node));
        }
    }
    for (const QString &local : kLocalTasks) {
        NodeContent c;
        const qsizetype stop = local.indexOf(u'。');
        c.title = local.left(stop);
        c.text = local.mid(stop + 1);
        Node *target = childActions.at(rng.below(int(childActions.size())));
        target->insertChild(target->childCount(), std::make_unique<Node>(c));
    }
    pair.child = std::move(child);
    return pair;
}

} // namespace pw::test
