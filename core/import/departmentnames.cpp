#include "departmentnames.h"

#include "chinesetext.h"

#include "io/limits.h"

#include <QRegularExpression>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

// Abbreviation → full form of the function part of a name (after the level prefix). Longest first.
constexpr std::array<std::pair<const char16_t *, const char16_t *>, 40> kExpansions { {
    { u"人力资源社会保障局", u"人力资源和社会保障局" },
    { u"人力资源社会保障厅", u"人力资源和社会保障厅" },
    { u"住房城乡建设局", u"住房和城乡建设局" },
    { u"住房城乡建设厅", u"住房和城乡建设厅" },
    { u"自然资源规划局", u"自然资源和规划局" },
    { u"科技和工业信息化局", u"科技和工业信息化局" },
    { u"工业和信息化局", u"工业和信息化局" },
    { u"发展和改革委员会", u"发展和改革委员会" },
    { u"机关事务管理局", u"机关事务管理局" },
    { u"机关事务服务中心", u"机关事务服务中心" },
    { u"城管执法局", u"城市管理综合执法局" },
    { u"市场监管局", u"市场监督管理局" },
    { u"发展改革委", u"发展和改革委员会" },
    { u"发展改革局", u"发展和改革局" },
    { u"机关事务中心", u"机关事务服务中心" },
    { u"机关事务局", u"机关事务管理局" },
    { u"政府金融办", u"金融办" },
    { u"交通运输局", u"交通运输局" },
    { u"科工信局", u"科技和工业信息化局" },
    { u"发改委", u"发展和改革委员会" },
    { u"发改局", u"发展和改革局" },
    { u"工信局", u"工业和信息化局" },
    { u"工信委", u"工业和信息化委员会" },
    { u"工信厅", u"工业和信息化厅" },
    { u"经信委", u"经济和信息化委员会" },
    { u"经信局", u"经济和信息化局" },
    { u"住建局", u"住房和城乡建设局" },
    { u"资规局", u"自然资源和规划局" },
    { u"人社局", u"人力资源和社会保障局" },
    { u"卫健委", u"卫生健康委员会" },
    { u"国资委", u"国有资产监督管理委员会" },
    { u"城管局", u"城市管理局" },
    { u"交通局", u"交通运输局" },
    { u"统计局", u"统计局" },
    { u"政府办", u"政府办公室" },
    { u"两型办", u"两型社会建设办公室" },
    { u"金融办", u"金融办" },
    { u"生态环境局", u"生态环境局" },
    { u"农委", u"农业委员会" },
    { u"科技局", u"科技局" },
} };

// Functions that are vertically managed: at district level they exist as "<function>局<place>分局".
constexpr std::array<const char16_t *, 4> kVerticalFunctions { u"生态环境", u"自然资源和规划", u"自然资源",
                                                               u"市场监督管理" };

const QString kLevelChars = u"省市州区县"_s;

QString stripTrailingPhrases(QString s)
{
    // Every phrase below ends in one of these characters; most names end in none, so skip the regex for them.
    constexpr QStringView kPhraseEnds = u"责实合等门位头与同";
    static const QRegularExpression trailing(
        uR"((?:等?(?:有关)?(?:部门|单位)?(?:按照?职责分工|按职责|分工)?(?:分别)?(?:负责|落实|配合)|等(?:部门|单位)?|牵头(?:负责)?|配合|参与|为牵头单位|共同)$)"_s);
    for (int guard = 0; guard < 4 && !s.isEmpty() && kPhraseEnds.contains(s.back()); ++guard) {
        const QString before = s;
        s.remove(trailing);
        while (!s.isEmpty() && QStringView(u"，,、；;：:。．.　 ").contains(s.back()))
            s.chop(1);
        if (s == before)
            break;
    }
    return s;
}

QString expandFunction(const QString &s)
{
    for (const auto &[abbr, full] : kExpansions) {
        const QStringView a(abbr);
        const qsizetype at = s.indexOf(a);
        const qsizetype after = at + a.size();
        if (at >= 0 && (after == s.size() || s.at(after) == u'〈'))
            return s.left(at).append(QStringView(full)).append(QStringView(s).mid(after));
    }
    return s;
}

} // namespace

QString DepartmentNames::clean(QStringView raw)
{
    QString s;
    s.reserve(raw.size());
    for (QChar c : raw) {
        if (isSpace(c))
            continue;
        const QChar f = foldWidth(c);
        s.append(f == u'(' ? QChar(u'（') : f == u')' ? QChar(u'）') : f);
    }
    while (!s.isEmpty() && QStringView(u"，,、；;：:。.").contains(s.front()))
        s.remove(0, 1);
    return stripTrailingPhrases(s);
}

QString DepartmentNames::canonical(QStringView raw)
{
    QString s = expandFunction(toSimplified(clean(raw)));
    // 生态环境石峰分局 / 生态环境局石峰分局 / 生态环境石峰局 → 生态环境局石峰分局
    for (const char16_t *fn : kVerticalFunctions) {
        const QStringView f(fn);
        static const QRegularExpression branch(uR"(^(.*?)局?([\x{4e00}-\x{9fff}]{2,3}?)分?局$)"_s);
        const qsizetype at = s.indexOf(f);
        if (at < 0)
            continue;
        const QString head = s.left(at);
        const QString tail = s.mid(at + f.size());
        const auto m = branch.match(tail);
        if (m.hasMatch() && m.captured(1).isEmpty() && !m.captured(2).isEmpty() && tail != u"局"_s
            && !QStringView(u"管理").contains(m.captured(2))) {
            s = head + f.toString() + u"局"_s + m.captured(2) + u"分局"_s;
            return s;
        }
        break;
    }
    return s;
}

QString DepartmentNames::equivalenceKey(QStringView raw)
{
    return keyOfCanonical(canonical(raw));
}

QString DepartmentNames::keyOfCanonical(QString s)
{
    s.replace(u"人民政府"_s, u"政府"_s);
    s.replace(u"办事处"_s, QString());
    // A district branch is written with or without its city: 株洲市生态环境局石峰分局.
    static const QRegularExpression cityPrefix(uR"(^[\x{4e00}-\x{9fff}]{2,3}市(?=.*分局$))"_s);
    s.remove(cityPrefix);
    static const QRegularExpression qualifier(uR"(〈[^〉]*〉)"_s);
    s.remove(qualifier);
    return s;
}

AdminLevel DepartmentNames::level(QStringView name)
{
    const QString s = toSimplified(name);
    if (s.isEmpty())
        return AdminLevel::Other;
    if (s.startsWith(u"国家"_s) || s.startsWith(u"国务院"_s)
        || (s.endsWith(u"部"_s) && s.size() <= 8 && !kLevelChars.contains(s.front()) && !s.startsWith(u'各')))
        return AdminLevel::National;
    auto fromChar = [](QChar c) {
        switch (c.unicode()) {
        case u'省':
            return AdminLevel::Province;
        case u'市':
        case u'州':
            return AdminLevel::City;
        case u'区':
            return AdminLevel::District;
        case u'县':
            return AdminLevel::County;
        default:
            return AdminLevel::Other;
        }
    };
    if (kLevelChars.contains(s.front()))
        return fromChar(s.front());
    if (s.startsWith(u"各"_s)) {
        // 各县市区人民政府 in a city plan: the units belong to the level below; report the named level.
        for (qsizetype i = 1; i < s.size() && i < 4; ++i) {
            if (kLevelChars.contains(s.at(i)))
                return fromChar(s.at(i));
        }
        return AdminLevel::Other;
    }
    // "株洲市公安局…", "石峰区政府": the first level character after a place name.
    for (qsizetype i = 2; i < s.size() && i <= 4; ++i) {
        if (kLevelChars.contains(s.at(i)))
            return fromChar(s.at(i));
    }
    return AdminLevel::Other;
}

DepartmentKind DepartmentNames::kind(QStringView name)
{
    return kindOfCanonical(canonical(name));
}

DepartmentKind DepartmentNames::kindOfCanonical(const QString &s)
{
    static const QRegularExpression territorial(
        uR"(^各|街道|乡镇|镇政府|管委会|[区园]管理委员会$|园区$|(?:[区县市旗]|片区)(?:人民)?政府$)"_s);
    static const QRegularExpression cityGovernmentOffice(uR"(^[省市区县](?:人民)?政府)"_s);
    static const QRegularExpression enterprise(uR"(公司|集团|有限|企业|电力局|供电|银行(?!.*(?:分行|支行)))"_s);
    static const QRegularExpression branch(uR"(分局$|分行$|支行$|大队$|支队$|中心支行|分公司$|派出)"_s);
    if (s.contains(territorial) && !s.contains(cityGovernmentOffice))
        return DepartmentKind::Territorial;
    if (s.contains(branch))
        return DepartmentKind::BranchOffice;
    if (s.contains(enterprise))
        return DepartmentKind::Enterprise;
    return DepartmentKind::Department;
}

QStringList DepartmentNames::split(QStringView list)
{
    QStringList out;
    QString current;
    int depth = 0;
    auto flush = [&] {
        const QString c = clean(current);
        if (!c.isEmpty() && !out.contains(c))
            out.append(c);
        current.clear();
    };
    for (QChar c : list) {
        if (c == u'〈' || c == u'（' || c == u'(' || c == u'《' || c == u'<')
            ++depth;
        else if ((c == u'〉' || c == u'）' || c == u')' || c == u'》' || c == u'>') && depth > 0)
            --depth;
        if (depth == 0 && QStringView(u"、，,；;").contains(c)) {
            flush();
            // One past the limit is enough for the caller to refuse the list; stop scanning there.
            if (out.size() > limits::kDepartmentsPerAssignment)
                return out;
            continue;
        }
        current.append(c);
    }
    flush();
    return out;
}

bool DepartmentNames::plausible(QStringView name)
{
    if (name.size() < 2 || name.size() > 40)
        return false;
    for (QChar c : QStringView(u"。！？：:")) {
        if (name.contains(c))
            return false;
    }
    for (QStringView verb : { u"按照", u"要求", u"实施", u"推进", u"加强", u"开展", u"确保" }) {
        if (name.contains(verb))
            return false;
    }
    return true;
}

} // namespace pw::import
