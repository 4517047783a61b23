#include "plan.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw {

Plan::Plan()
    : m_root(std::make_unique<Node>(NodeContent { NodeKind::Chapter }))
{
}

const Node *Plan::findNode(const QUuid &id) const
{
    const Node *found = nullptr;
    m_root->forEach([&](const Node *n) {
        if (!found && n->id() == id && n != m_root.get())
            found = n;
    });
    return found;
}

Node *Plan::findNode(const QUuid &id)
{
    return const_cast<Node *>(std::as_const(*this).findNode(id));
}

namespace {
template<typename Vec>
int indexById(const Vec &items, const QUuid &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const auto &item) { return item.id == id; });
    return it == items.end() ? -1 : int(it - items.begin());
}
} // namespace

int Plan::departmentIndex(const QUuid &id) const { return indexById(departments, id); }
int Plan::indicatorIndex(const QUuid &id) const { return indexById(indicators, id); }
int Plan::targetIndex(const QUuid &id) const { return indexById(targets, id); }
int Plan::projectIndex(const QUuid &id) const { return indexById(projects, id); }

const Department *Plan::department(const QUuid &id) const
{
    const int i = departmentIndex(id);
    return i < 0 ? nullptr : &departments[std::size_t(i)];
}

const Department *Plan::departmentByName(const QString &nameOrAlias) const
{
    for (const Department &d : departments) {
        if (d.name == nameOrAlias || d.aliases.contains(nameOrAlias))
            return &d;
    }
    return nullptr;
}

const Indicator *Plan::indicator(const QUuid &id) const
{
    const int i = indicatorIndex(id);
    return i < 0 ? nullptr : &indicators[std::size_t(i)];
}

QStringList Plan::departmentNames(const QList<QUuid> &ids) const
{
    QStringList names;
    for (const QUuid &id : ids) {
        if (const Department *d = department(id))
            names.append(d->name);
    }
    return names;
}

QString chineseNumeral(int n)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, units = n % 10;
    QString s = tens == 1 ? u"十"_s : QString(digits.at(tens)) + u"十"_s;
    if (units)
        s += digits.at(units);
    return s;
}

QString nodeNumber(const Node &node)
{
    if (!node.parent())
        return {};
    const int n = node.row() + 1;
    switch (node.depth()) {
    case 1:
        return chineseNumeral(n) + u"、"_s;
    case 2:
        return u"（"_s + chineseNumeral(n) + u"）"_s;
    case 3:
        return QString::number(n) + u"."_s;
    case 4:
        return u"（"_s + QString::number(n) + u"）"_s;
    default:
        if (n <= 20)
            return QString(QChar(0x2460 + n - 1)); // ① … ⑳
        return QString::number(n) + u")"_s;
    }
}

} // namespace pw
