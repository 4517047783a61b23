#include "seedplan.h"

#include <QFile>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace pw::testing {
namespace {

QString cleanText(QString t)
{
    t.remove(QRegularExpression(u"—\\s*\\d+\\s*—"_s));
    // PDF-to-text leaves spaces inside Chinese lines; keep only those between Latin letters or digits.
    t.replace(QRegularExpression(u"(?<![A-Za-z0-9])\\s+|\\s+(?![A-Za-z0-9])"_s), QString());
    t.replace(u'(', u'（').replace(u')', u'）');
    return t;
}

struct Marker
{
    qsizetype pos;
    qsizetype end;
    int depth;
};

QUuid departmentId(Plan &plan, const QString &name)
{
    if (const Department *d = plan.departmentByName(name))
        return d->id;
    Department d;
    d.name = name;
    plan.departments.push_back(d);
    return d.id;
}

void takeDepartments(Plan &plan, NodeContent &c)
{
    static const QRegularExpression clause(u"（([^（）]{2,80}?)牵头(?:，([^（）]{2,120}?)(?:按职责分工负责|配合|负责))?）"_s);
    const QRegularExpressionMatch m = clause.match(c.text);
    if (!m.hasMatch())
        return;
    for (const QString &n : m.captured(1).split(QRegularExpression(u"[、，]"_s), Qt::SkipEmptyParts))
        c.lead.append(departmentId(plan, n));
    for (const QString &n : m.captured(2).split(QRegularExpression(u"[、，]"_s), Qt::SkipEmptyParts))
        c.support.append(departmentId(plan, n));
    c.text.remove(m.capturedStart(), m.capturedLength());
}

} // namespace

std::unique_ptr<Plan> planFromSeedText(const QString &raw)
{
    auto plan = std::make_unique<Plan>();
    const QString text = cleanText(raw);
    PlanMetadata &m = plan->metadata;
    m.title = QRegularExpression(u"《([^《》]{4,40}?(?:实施方案|工作方案|行动方案|方案))》"_s).match(text).captured(1);
    m.issuer = QRegularExpression(u"([\\x{4e00}-\\x{9fff}]{2,12}?人民政府(?:办公室|办公厅)?)"_s).match(text).captured(1);
    m.docNumber = QRegularExpression(u"[\\x{4e00}-\\x{9fff}]{1,6}〔\\d{4}〕\\d{1,3}号"_s).match(text).captured();
    m.docNumber.remove(QRegularExpression(u"^.*通知"_s));
    const QRegularExpressionMatch date = QRegularExpression(u"(20\\d\\d)年(\\d{1,2})月(\\d{1,2})日"_s).match(text);
    if (date.hasMatch())
        m.issueDate = QDate(date.captured(1).toInt(), date.captured(2).toInt(), date.captured(3).toInt());
    m.level = AdminLevel::City;
    m.milestoneYears = { 2025, 2030 };

    // The plan body starts after the last mention of the title before the first chapter (一、).
    const qsizetype firstChapter = QRegularExpression(u"(?<=[。：；])一、"_s).match(text).capturedStart();
    qsizetype start = firstChapter > 0 ? text.lastIndexOf(m.title, firstChapter) : -1;
    start = start < 0 ? std::max<qsizetype>(firstChapter, 0) : start + m.title.size();
    const QString body = text.mid(start);

    static const QRegularExpression markers(
        u"(?:(?<=[。：；！？）]|^)([一二三四五六七八九十]{1,3})、|（([一二三四五六七八九十]{1,3})）|(?<=[。：；！？]|^)(\\d{1,2})[.．](?![\\d%])|（(\\d{1,2})）)"_s);
    std::vector<Marker> found;
    for (auto it = markers.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch mm = it.next();
        const int depth = mm.hasCaptured(1) ? 1 : mm.hasCaptured(2) ? 2 : mm.hasCaptured(3) ? 3 : 4;
        if (!found.empty() && depth > found.back().depth + 1)
            continue; // a stray "1." inside running text
        if (found.empty() && depth != 1)
            continue;
        found.push_back({ mm.capturedStart(), mm.capturedEnd(), depth });
    }
    plan->root().content.text = found.empty() ? body : body.left(found.front().pos);
    std::vector<Node *> stack { &plan->root() };
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Marker &mk = found[i];
        const qsizetype end = i + 1 < found.size() ? found[i + 1].pos : body.size();
        QString content = body.mid(mk.end, end - mk.end);
        NodeContent c;
        c.kind = mk.depth == 1 ? NodeKind::Chapter : mk.depth == 2 ? NodeKind::Section : NodeKind::Task;
        const qsizetype stop = content.indexOf(u'。');
        if (mk.depth == 1) {
            c.title = content.left(stop > 0 ? std::min<qsizetype>(stop, 20) : std::min<qsizetype>(content.size(), 20));
            c.text = content.mid(c.title.size());
        } else if (stop > 0 && stop <= 30) {
            c.title = content.left(stop);
            c.text = content.mid(stop + 1);
        } else {
            c.text = content;
        }
        takeDepartments(*plan, c);
        while (int(stack.size()) > mk.depth)
            stack.pop_back();
        Node *parent = stack.back();
        auto node = std::make_unique<Node>(c);
        Node *added = node.get();
        parent->insertChild(parent->childCount(), std::move(node));
        stack.push_back(added);
    }

    static const QRegularExpression target(
        u"到(2025|2030)年，([^。]*?)([\\x{4e00}-\\x{9fff}]{4,16}?)(?:达到|提高到|提升至|下降|降低)(\\d+(?:\\.\\d+)?)(%|万千瓦|万吨|亿元)?(左右|以上)?"_s);
    std::map<QString, QUuid> indicators;
    for (auto it = target.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch tm = it.next();
        const QString name = tm.captured(3);
        if (!indicators.count(name)) {
            Indicator ind;
            ind.name = name;
            ind.unit = tm.captured(5);
            ind.binding = name.contains(u"能耗"_s) ? Binding::Binding : Binding::Expected;
            plan->indicators.push_back(ind);
            indicators[name] = ind.id;
        }
        Target t;
        t.indicatorId = indicators[name];
        t.year = tm.captured(1).toInt();
        t.value = tm.captured(4).toDouble();
        t.comparator = tm.captured(6) == u"左右"_s ? Comparator::Approx
            : tm.captured(6) == u"以上"_s          ? Comparator::AtLeast
                                                   : Comparator::Equal;
        plan->targets.push_back(t);
    }
    static const QRegularExpression project(u"(?<=[，。、；：])([^，。、；：“”（）]{4,24}项目)"_s);
    QStringList names;
    for (auto it = project.globalMatch(body); it.hasNext() && names.size() < 24;) {
        const QString name = it.next().captured(1);
        if (names.contains(name))
            continue;
        names.append(name);
        Project p;
        p.name = name;
        p.investment = 1.5 * double(names.size());
        p.investmentUnit = u"亿元"_s;
        p.startYear = 2023;
        p.endYear = 2025 + names.size() % 3;
        if (!plan->departments.empty())
            p.departments = { plan->departments[std::size_t(names.size()) % plan->departments.size()].id };
        plan->projects.push_back(p);
    }
    return plan;
}

std::unique_ptr<Plan> planFromSeedFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return planFromSeedText(QString::fromUtf8(f.readAll()));
}

std::unique_ptr<Plan> syntheticPlan(int tasks)
{
    auto plan = std::make_unique<Plan>();
    plan->metadata.title = u"示例市碳达峰实施方案"_s;
    plan->metadata.issuer = u"示例市人民政府"_s;
    plan->metadata.docNumber = u"示政发〔2024〕3号"_s;
    plan->metadata.issueDate = QDate(2024, 1, 19);
    plan->metadata.milestoneYears = { 2025, 2030 };
    const QStringList units { u"市发展改革委"_s, u"市工业和信息化局"_s, u"市生态环境局"_s, u"市住房城乡建设局"_s,
                              u"市交通运输局"_s, u"市农业农村局"_s, u"市自然资源和规划局"_s, u"各县市区人民政府"_s };
    for (const QString &u : units) {
        Department d;
        d.name = u;
        plan->departments.push_back(d);
    }
    plan->root().content.text = u"为深入贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，扎实推进碳达峰行动，结合我市实际，制定本方案。"_s;
    const int chapters = 10;
    for (int c = 0; c < chapters; ++c) {
        NodeContent cc;
        cc.kind = NodeKind::Chapter;
        cc.title = u"碳达峰重点行动第%1部分"_s.arg(c + 1);
        auto chapter = std::make_unique<Node>(cc);
        const int here = tasks / chapters + (c < tasks % chapters ? 1 : 0);
        Node *section = nullptr;
        for (int t = 0; t < here; ++t) {
            if (t % 5 == 0) {
                NodeContent sc;
                sc.kind = NodeKind::Section;
                sc.title = u"推进重点领域绿色低碳转型之%1"_s.arg(t / 5 + 1);
                chapter->insertChild(chapter->childCount(), std::make_unique<Node>(sc));
                section = chapter->child(chapter->childCount() - 1);
            }
            NodeContent tc;
            tc.kind = NodeKind::Task;
            tc.title = u"实施第%1项重点任务"_s.arg(c * 1000 + t + 1);
            tc.text = u"加快推进产业结构、能源结构、交通运输结构优化调整，严格控制高耗能、高排放项目盲目发展，"
                      "大力发展新能源和可再生能源，推动煤炭消费总量稳中有降，提升重点行业能源利用效率，"
                      "到2025年完成省下达的节能降碳目标任务。"_s;
            tc.lead = { plan->departments[std::size_t(t) % units.size()].id };
            tc.support = { plan->departments[std::size_t(t + 3) % (units.size() - 1)].id,
                           plan->departments.back().id };
            tc.deadline = u"2025年底"_s;
            section->insertChild(section->childCount(), std::make_unique<Node>(tc));
        }
        plan->root().insertChild(c, std::move(chapter));
    }
    const QStringList indicatorNames { u"单位地区生产总值能耗下降"_s, u"单位地区生产总值二氧化碳排放下降"_s,
                                       u"非化石能源消费比重"_s, u"森林覆盖率"_s };
    for (int i = 0; i < indicatorNames.size(); ++i) {
        Indicator ind;
        ind.name = indicatorNames.at(i);
        ind.unit = u"%"_s;
        ind.binding = i < 2 ? Binding::Binding : Binding::Expected;
        plan->indicators.push_back(ind);
        for (int year : { 2025, 2030 }) {
            Target t;
            t.indicatorId = ind.id;
            t.year = year;
            t.value = 10.0 + i * 3 + (year - 2025) / 5.0 * 2;
            t.comparator = Comparator::Approx;
            plan->targets.push_back(t);
        }
    }
    for (int i = 0; i < tasks / 10; ++i) {
        Project p;
        p.name = u"示例%1万千瓦光伏发电项目"_s.arg(10 + i);
        p.capacity = 10 + i;
        p.capacityUnit = u"万千瓦"_s;
        p.investment = 4.5 + i;
        p.investmentUnit = u"亿元"_s;
        p.startYear = 2024;
        p.endYear = 2026;
        p.departments = { plan->departments[std::size_t(i) % units.size()].id };
        plan->projects.push_back(p);
    }
    return plan;
}

} // namespace pw::testing
