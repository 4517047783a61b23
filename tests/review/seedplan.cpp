#include "seedplan.h"

#include "import/importer.h"
#include "review/reviewedit.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::test {
namespace {

AdminLevel levelOf(const QString &name)
{
    if (name.startsWith(u'省'))
        return AdminLevel::Province;
    if (name.startsWith(u'市'))
        return AdminLevel::City;
    if (name.startsWith(u'县'))
        return AdminLevel::County;
    if (name.startsWith(u'区'))
        return AdminLevel::District;
    return AdminLevel::Other;
}

QUuid departmentId(Plan &plan, const QString &name)
{
    if (const Department *d = plan.departmentByName(name))
        return d->id;
    Department d;
    d.name = name;
    d.level = levelOf(name);
    if (name.endsWith(u"分局"_s))
        d.kind = DepartmentKind::BranchOffice;
    if (name.startsWith(u'各'))
        d.kind = DepartmentKind::Territorial;
    plan.departments.push_back(d);
    return d.id;
}

void assignDepartments(Plan &plan, NodeContent &c)
{
    static const QRegularExpression paren(u"[（(]([^（）()]{2,200}?)(?:按职责分工负责|牵头|负责)[^（）()]*[）)]\\s*$"_s);
    const QRegularExpressionMatch m = paren.match(c.text);
    if (!m.hasMatch())
        return;
    QString units = m.captured(1);
    units.remove(QRegularExpression(u"\\s"_s));
    units.remove(u"等"_s);
    bool first = true;
    for (QString name : units.split(QRegularExpression(u"[、，,]"_s), Qt::SkipEmptyParts)) {
        name.remove(u"牵头"_s);
        if (name.size() < 2 || name.size() > 30)
            continue;
        const QUuid id = departmentId(plan, name);
        if (name.startsWith(u'各'))
            c.territorial.append(id);
        else if (first)
            c.lead.append(id);
        else
            c.support.append(id);
        first = first && name.startsWith(u'各');
    }
}

} // namespace

QString readSeed(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR) + u"/seeds/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

std::unique_ptr<Plan> importCorpusPlan(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR) + u"/corpus/plans/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    lines.removeIf([](const QString &l) { return l.startsWith(u'#'); });
    import::ImportError error;
    auto result = import::importText(lines.join(u'\n'), name, &error);
    return result ? std::move(result->plan) : nullptr;
}

std::unique_ptr<Plan> planFromSeedText(const QString &source, const QString &title, AdminLevel level,
                                       const QString &region)
{
    auto plan = std::make_unique<Plan>();
    plan->metadata.title = title;
    plan->metadata.level = level;
    plan->metadata.region = region;
    QString text = source;
    text.remove(QRegularExpression(u"—\\s*\\d+\\s*—"_s));
    static const QRegularExpression marker(
        u"(?:^|(?<=[\\s。；;：:）)]))(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(\\d{1,2})[.．](?!\\d))"_s);
    struct Piece { int level; QString body; };
    QList<Piece> pieces;
    auto it = marker.globalMatch(text);
    qsizetype last = -1;
    int lastLevel = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        if (last >= 0)
            pieces.append({ lastLevel, text.mid(last, m.capturedStart() - last).trimmed() });
        lastLevel = m.capturedLength(1) ? 1 : m.capturedLength(2) ? 2 : 3;
        last = m.capturedEnd();
    }
    if (last >= 0)
        pieces.append({ lastLevel, text.mid(last).trimmed() });

    Node *chapter = nullptr;
    Node *section = nullptr;
    for (const Piece &p : std::as_const(pieces)) {
        NodeContent c;
        QString body = p.body;
        qsizetype stop = body.indexOf(u'。');
        if (p.level < 3) {
            const qsizetype space = body.indexOf(QRegularExpression(u"\\s"_s));
            if (space > 0 && (stop < 0 || space < stop))
                stop = space;
        }
        if (stop < 0 || stop > 60)
            stop = std::min<qsizetype>(body.size(), 60);
        c.title = body.left(stop).trimmed();
        c.text = body.mid(stop + 1).trimmed();
        if (p.level == 1) {
            c.kind = NodeKind::Chapter;
            auto n = std::make_unique<Node>(c);
            chapter = n.get();
            section = nullptr;
            plan->root().insertChild(plan->root().childCount(), std::move(n));
        } else if (p.level == 2) {
            c.kind = NodeKind::Section;
            Node *parent = chapter ? chapter : &plan->root();
            auto n = std::make_unique<Node>(c);
            section = n.get();
            parent->insertChild(parent->childCount(), std::move(n));
        } else {
            if (!section)
                continue; // numbered lists outside sections (notice text) are not tasks
            c.kind = NodeKind::Task;
            assignDepartments(*plan, c);
            section->content.kind = NodeKind::Action;
            section->insertChild(section->childCount(), std::make_unique<Node>(c));
        }
    }
    return plan;
}

std::unique_ptr<Plan> clonePlan(const Plan &plan, bool freshIds)
{
    return review::clonePlan(plan, freshIds);
}

} // namespace pw::test
