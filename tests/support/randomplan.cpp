#include "randomplan.h"

#include <QStringList>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace pw::testing {
namespace {

const QStringList kWords = {
    u"碳达峰"_s, u"碳中和"_s, u"能源绿色低碳转型行动"_s, u"市发展改革委"_s, u"牵头"_s, u"配合"_s, u"2025年"_s,
    u"非化石能源消费比重"_s, u"单位GDP二氧化碳排放"_s, u"（一）"_s, u"万千瓦"_s, u"，"_s, u"。"_s, u" "_s,
    u"plan"_s, u"\"quoted\""_s, u"back\\slash"_s, u"line\nbreak"_s, u"tab\t"_s, u"%1"_s, u"<b>&amp;</b>"_s,
};

QString oddPiece(Rng &rng)
{
    switch (randomInt(rng, 0, 12)) {
    case 0:
        return QString(QChar(u'\0'));
    case 1:
        return QString(QChar(char16_t(0xD800 + randomInt(rng, 0, 0x3ff))));  // lone high surrogate
    case 2:
        return QString(QChar(char16_t(0xDC00 + randomInt(rng, 0, 0x3ff))));  // lone low surrogate
    case 3:
        return QString(QChar(0x202E)) + u"evil"_s;                           // RTL override
    case 4:
        return QString(QChar(0x200B)) + QChar(0x200D) + QChar(0xFEFF);       // zero-width, BOM
    case 5:
        return QString::fromUcs4(U"\U00020000\U0002A6D6\U0002B734");       // CJK extension B/C
    case 6:
        return QString::fromUcs4(U"\U0001F600\U0001F468\u200D\U0001F469\u200D\U0001F467"); // emoji, ZWJ
    case 7:
        return QString(QChar(char16_t(randomInt(rng, 1, 0x1f))));           // C0 control
    case 8:
        return QString(QChar(0xFFFE)) + QChar(0xFFFF);                       // noncharacters
    case 9:
        return QString(QChar(0xDBFF)) + QChar(0xDFFF);                       // last astral code point
    case 10:
        return u"\u0627\u0644\u0639\u0631\u0628\u064A\u0629"_s;              // Arabic (RTL)
    case 11:
        return QString(QChar(0x0301)) + u"e\u0301"_s;                        // combining marks, NFD
    default:
        return QString(QChar(0x7f)) + QChar(0x85) + QChar(0x2028);
    }
}

SourceSpan randomSpan(Rng &rng)
{
    if (chance(rng, 50))
        return {};
    return { qint64(randomInt(rng, 0, 1 << 30)), qint64(randomInt(rng, 0, 5000)) };
}

QList<QUuid> pick(Rng &rng, const QList<QUuid> &pool, int max)
{
    QList<QUuid> result;
    if (pool.isEmpty())
        return result;
    const int n = randomInt(rng, 0, max);
    for (int i = 0; i < n; ++i) {
        const QUuid id = pool.at(randomInt(rng, 0, int(pool.size()) - 1));
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

template<typename Enum>
Enum randomEnum(Rng &rng, int count)
{
    return Enum(randomInt(rng, 0, count - 1));
}

bool contentEqual(const Node &a, const Node &b, QString *difference)
{
    if (a.id() != b.id() || !(a.content == b.content) || a.childCount() != b.childCount()) {
        if (difference)
            *difference = u"node %1 differs"_s.arg(a.id().toString());
        return false;
    }
    for (int i = 0; i < a.childCount(); ++i) {
        if (!contentEqual(*a.child(i), *b.child(i), difference))
            return false;
    }
    return true;
}

} // namespace

int randomInt(Rng &rng, int min, int max) { return std::uniform_int_distribution<int>(min, max)(rng); }

bool chance(Rng &rng, int percent) { return randomInt(rng, 0, 99) < percent; }

QUuid randomUuid(Rng &rng)
{
    QUuid id;
    const quint64 hi = rng(), lo = rng();
    id.data1 = uint(hi >> 32);
    id.data2 = ushort(hi >> 16);
    id.data3 = ushort((hi & 0x0fff) | 0x4000); // version 4
    const quint64 low = (lo & 0x3fffffffffffffffull) | 0x8000000000000000ull; // RFC 4122 variant
    for (int i = 0; i < 8; ++i)
        id.data4[i] = uchar(low >> (56 - 8 * i));
    return id;
}

QString randomText(Rng &rng, int maxLength, bool odd)
{
    QString s;
    const int target = randomInt(rng, 0, maxLength);
    while (s.size() < target) {
        if (odd && chance(rng, 30))
            s += oddPiece(rng);
        else
            s += kWords.at(randomInt(rng, 0, int(kWords.size()) - 1));
    }
    return s;
}

std::optional<double> randomNumber(Rng &rng)
{
    switch (randomInt(rng, 0, 7)) {
    case 0:
        return std::nullopt;
    case 1:
        return double(randomInt(rng, -1000, 100000));
    case 2:
        return randomInt(rng, 0, 100000) / 100.0;
    case 3:
        return std::numeric_limits<double>::max();
    case 4:
        return std::numeric_limits<double>::denorm_min();
    case 5:
        return 0.1 + 0.2; // not exactly 0.3: needs the shortest round-trip representation
    case 6:
        return double(1ll << 53);
    default:
        return std::ldexp(double(rng() >> 11), randomInt(rng, -60, 60));
    }
}

std::unique_ptr<Plan> randomPlan(Rng &rng, const RandomPlanShape &shape)
{
    auto plan = std::make_unique<Plan>();
    const bool odd = shape.oddText;
    PlanMetadata &m = plan->metadata;
    m.title = randomText(rng, 40, odd);
    m.issuer = randomText(rng, 20, odd);
    m.docNumber = randomText(rng, 16, odd);
    if (chance(rng, 70))
        m.issueDate = QDate(randomInt(rng, 1990, 2060), randomInt(rng, 1, 12), randomInt(rng, 1, 28));
    m.level = randomEnum<AdminLevel>(rng, 6);
    m.region = randomText(rng, 10, odd);
    m.status = randomEnum<PlanStatus>(rng, 3);
    for (int i = randomInt(rng, 0, 3); i > 0; --i)
        m.parentRefs.append({ randomText(rng, 30, odd), randomText(rng, 16, odd) });
    for (int i = randomInt(rng, 0, 3); i > 0; --i)
        m.milestoneYears.append(randomInt(rng, 1900, 2200));
    plan->sourceName = randomText(rng, 12, odd);

    QList<QUuid> departmentIds;
    for (int i = 0; i < shape.departments; ++i) {
        Department d;
        d.id = randomUuid(rng);
        d.name = randomText(rng, 12, odd);
        for (int a = randomInt(rng, 0, 2); a > 0; --a)
            d.aliases.append(randomText(rng, 8, odd));
        d.level = randomEnum<AdminLevel>(rng, 6);
        d.kind = randomEnum<DepartmentKind>(rng, 4);
        departmentIds.append(d.id);
        plan->departments.push_back(d);
    }
    QList<QUuid> indicatorIds;
    for (int i = 0; i < shape.indicators; ++i) {
        Indicator ind;
        ind.id = randomUuid(rng);
        ind.name = randomText(rng, 16, odd);
        ind.unit = randomText(rng, 4, odd);
        ind.category = randomText(rng, 6, odd);
        ind.direction = randomEnum<Direction>(rng, 3);
        ind.binding = randomEnum<Binding>(rng, 3);
        indicatorIds.append(ind.id);
        plan->indicators.push_back(ind);
    }

    std::vector<Node *> all;
    QList<QUuid> nodeIds;
    for (int i = 0; i < shape.nodes; ++i) {
        NodeContent c;
        c.kind = randomEnum<NodeKind>(rng, 5);
        c.title = randomText(rng, 24, odd);
        c.text = randomText(rng, chance(rng, 10) ? 400 : 60, odd);
        c.lead = pick(rng, departmentIds, 2);
        c.support = pick(rng, departmentIds, 3);
        c.territorial = pick(rng, departmentIds, 1);
        c.deadline = chance(rng, 40) ? randomText(rng, 10, odd) : QString();
        for (int t = randomInt(rng, 0, 2); t > 0; --t)
            c.tags.append(randomText(rng, 6, odd));
        c.span = randomSpan(rng);
        c.assignmentSpan = randomSpan(rng);
        Node *parent = &plan->root();
        if (shape.chain && !all.empty())
            parent = all.back();
        else if (!all.empty() && chance(rng, 75)) {
            parent = all.at(std::size_t(randomInt(rng, 0, int(all.size()) - 1)));
            if (parent->depth() >= shape.maxDepth)
                parent = parent->parent();
        }
        auto node = std::make_unique<Node>(c, randomUuid(rng));
        all.push_back(node.get());
        nodeIds.append(node->id());
        parent->insertChild(randomInt(rng, 0, parent->childCount()), std::move(node));
    }

    for (int i = 0; i < shape.targets && !indicatorIds.isEmpty(); ++i) {
        Target t;
        t.id = randomUuid(rng);
        t.indicatorId = indicatorIds.at(randomInt(rng, 0, int(indicatorIds.size()) - 1));
        t.year = randomInt(rng, 0, 3000);
        t.comparator = randomEnum<Comparator>(rng, 6);
        t.value = randomNumber(rng);
        t.stretch = randomNumber(rng);
        t.baseYear = chance(rng, 50) ? randomInt(rng, 2000, 2030) : 0;
        t.baseValue = randomNumber(rng);
        t.commitment = randomEnum<Commitment>(rng, 3);
        t.allocation = chance(rng, 30) ? randomText(rng, 10, odd) : QString();
        if (!nodeIds.isEmpty() && chance(rng, 70))
            t.nodeId = nodeIds.at(randomInt(rng, 0, int(nodeIds.size()) - 1));
        t.span = randomSpan(rng);
        plan->targets.push_back(t);
    }
    for (int i = 0; i < shape.projects; ++i) {
        Project p;
        p.id = randomUuid(rng);
        p.name = randomText(rng, 20, odd);
        p.capacity = randomNumber(rng);
        p.capacityUnit = randomText(rng, 4, odd);
        p.investment = randomNumber(rng);
        p.investmentUnit = randomText(rng, 4, odd);
        p.startYear = randomInt(rng, 0, 3000);
        p.endYear = randomInt(rng, 0, 3000);
        p.departments = pick(rng, departmentIds, 3);
        if (!nodeIds.isEmpty() && chance(rng, 70))
            p.nodeId = nodeIds.at(randomInt(rng, 0, int(nodeIds.size()) - 1));
        p.span = randomSpan(rng);
        plan->projects.push_back(p);
    }
    return plan;
}

bool plansEqual(const Plan &a, const Plan &b, QString *difference)
{
    const auto differ = [difference](const QString &what) {
        if (difference)
            *difference = what;
        return false;
    };
    if (!(a.metadata == b.metadata))
        return differ(u"metadata"_s);
    if (a.departments != b.departments)
        return differ(u"departments"_s);
    if (a.indicators != b.indicators)
        return differ(u"indicators"_s);
    if (a.targets != b.targets)
        return differ(u"targets"_s);
    if (a.projects != b.projects)
        return differ(u"projects"_s);
    if (a.sourceText != b.sourceText || a.sourceName != b.sourceName)
        return differ(u"source"_s);
    if (a.root().childCount() != b.root().childCount())
        return differ(u"top-level node count"_s);
    for (int i = 0; i < a.root().childCount(); ++i) {
        if (!contentEqual(*a.root().child(i), *b.root().child(i), difference))
            return false;
    }
    return true;
}

} // namespace pw::testing
