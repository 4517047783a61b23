#include "metadata.h"

#include "chinesetext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

const QString &docNumberPattern()
{
    static const QString p = uR"([\x{4e00}-\x{9fff}]{1,10}\s*[〔\[［【(（]\s*((?:19|20)\d\d)\s*[〕\]］】)）]\s*(\d{1,4})\s*号)"_s;
    return p;
}

} // namespace

QString normalizeDocNumber(QStringView raw)
{
    QString s;
    for (QChar c : raw) {
        if (!isSpace(c))
            s.append(c == u'號' ? QChar(u'号') : foldWidth(c));
    }
    static const QRegularExpression parts(uR"(^(.*?)[〔\[［【(（](\d{4})[〕\]］】)）](\d+)号$)"_s);
    const auto m = parts.match(s);
    if (!m.hasMatch())
        return s;
    // Flowed text glues the preceding title to the prefix: "…的通知潭政发" → "潭政发".
    static const QRegularExpression gluedTitle(uR"(^.*(?:通知|的|》|意见|方案))"_s);
    QString prefix = m.captured(1);
    if (prefix.size() > 2)
        prefix.remove(gluedTitle);
    return prefix + u"〔"_s + m.captured(2) + u"〕"_s + QString::number(m.captured(3).toInt()) + u"号"_s;
}

AdminLevel levelFromName(QStringView name, QString *region)
{
    const QString s = toSimplified(name);
    // The leading chain of short place names: 株洲市石峰区 in 株洲市石峰区碳达峰…, 湖州市 in 湖州市国家….
    static const QRegularExpression shortPlace(
        uR"([\x{4e00}-\x{9fff}]{1,4}?(?:自治区|自治州|省|市|州|区|县|旗|盟)(?:市|区|县)?)"_s);
    QString chain;
    for (auto it = shortPlace.globalMatch(s); it.hasNext();) {
        const auto pm = it.next();
        if (pm.capturedStart() != chain.size())
            break;
        // Below the first place only districts and counties follow (株洲市石峰区), not "低碳城市".
        const QString part = pm.captured(0);
        if (!chain.isEmpty() && !(part.endsWith(u'区') || part.endsWith(u'县') || part.endsWith(u'旗')
                                  || (chain.endsWith(u'省') && part.endsWith(u'市'))))
            break;
        chain += part;
    }
    if (chain.isEmpty())
        return AdminLevel::Other;
    if (region)
        *region = chain;
    const QChar last = chain.back();
    if (chain.endsWith(u"自治区"_s) || last == u'省')
        return AdminLevel::Province;
    if (last == u'市' || last == u'州' || last == u'盟')
        return AdminLevel::City;
    if (last == u'区')
        return AdminLevel::District;
    if (last == u'县' || last == u'旗')
        return AdminLevel::County;
    return AdminLevel::Other;
}

PlanMetadata extractMetadata(const QString &rawHead)
{
    PlanMetadata meta;
    // Match on the simplified text (same length) and take the strings from the original script.
    const QString head = toSimplified(rawHead);
    struct Line
    {
        QString text;
        qsizetype offset;
    };
    QList<Line> lines;
    for (qsizetype s = 0; s < head.size();) {
        qsizetype e = head.indexOf(u'\n', s);
        if (e < 0)
            e = head.size();
        if (e > s)
            lines.append({ head.mid(s, e - s), s });
        s = e + 1;
    }
    auto orig = [&rawHead](const QRegularExpressionMatch &m, int group, qsizetype base) {
        return rawHead.mid(base + m.capturedStart(group), m.capturedLength(group));
    };

    // Title: the notice's "关于印发《X》的通知" / "关于批转A〈X〉的通知" / "关于印发X的通知" — on its own line or
    // quoted in a sentence ("…发布了《关于批转…〈X〉的通知》") —, else a short line naming a plan.
    static const QString noticeStart = uR"(^(?:[^《〈]{0,60}?|[^《〈]{0,60}?(?:发布|印发|出台|公布)了?《))"_s;
    static const QRegularExpression bracketedNotice(
        noticeStart + uR"(关于(?:印发|批转|转发)[^《》〈〉<>＜＞]{0,40}?[《〈<＜]\s*([^《》〈〉<>＜＞]+?)\s*[》〉>＞]\s*的通知)"_s);
    static const QRegularExpression plainNotice(noticeStart + uR"(关于(?:印发|转发)\s*([^《》〈〉<>＜＞]+?)\s*的通知)"_s);
    static const QRegularExpression issuerRe(uR"(^(?:.*?[|｜>，,])?\s*([\x{4e00}-\x{9fff}]{2,24}?(?:人民政府办公厅|人民政府办公室|人民政府|管理委员会|管委会|领导小组办公室|委员会|办公室))(?:发布了?《)?(?:关于(?:印发|批转|转发)))"_s);
    // A plan's name, not a news headline about it ("某市印发碳达峰实施方案").
    static const QRegularExpression planTitle(
        uR"(^(?!.*(?:印发|发布|出台|解读))[^《》，,。：:]{4,60}(?:方案|规划|计划|意见|办法|纲要)$)"_s);
    for (const Line &line : std::as_const(lines)) {
        auto m = bracketedNotice.match(line.text);
        if (!m.hasMatch())
            m = plainNotice.match(line.text);
        if (m.hasMatch()) {
            meta.title = orig(m, 1, line.offset).trimmed();
            const auto im = issuerRe.match(line.text);
            if (im.hasMatch())
                meta.issuer = orig(im, 1, line.offset);
            break;
        }
    }
    // The notice's body names the plan it issues: "现将《X》印发给你们", "《X》已经市人民政府同意，现印发给你们".
    static const QRegularExpression planTitleQuoted(uR"(现将《([^》]+)》|《([^》]+)》(?:已经|业经|已)[^。；]{0,24}?同意)"_s);
    if (const auto m = planTitleQuoted.match(head); m.hasMatch())
        meta.title = orig(m, m.hasCaptured(1) ? 1 : 2, 0);
    if (meta.title.isEmpty()) {
        for (const Line &line : std::as_const(lines)) {
            if (line.text.contains(planTitle)) {
                meta.title = rawHead.mid(line.offset, line.text.size()).trimmed();
                break;
            }
        }
    }
    // A news report names the plan it reports on: "市政府近日印发了《X实施方案》".
    static const QRegularExpression reported(
        uR"((?:印发|发布|出台|公布)了?《([^《》]{4,60}(?:方案|规划|计划|意见|办法|纲要))》)"_s);
    // …or quotes it and says it was issued: "《X实施方案》（以下简称《方案》）近日正式印发".
    static const QRegularExpression reportedAfter(
        uR"(《([^《》]{4,60}(?:方案|规划|计划|意见|办法|纲要))》(?:[（(][^（）()]{0,20}[）)])?[^，。；《》]{0,8}?(?:印发|发布|出台|公布|出炉))"_s);
    if (meta.title.isEmpty()) {
        auto m = reported.match(head);
        if (!m.hasMatch())
            m = reportedAfter.match(head);
        if (m.hasMatch())
            meta.title = orig(m, 1, 0);
    }
    static const QRegularExpression spaces(uR"(\s+)"_s);
    meta.title.remove(spaces);

    // 文号: the first one in the notice, before the plan's own title and the parents cited in the preamble.
    static const QRegularExpression docNo(docNumberPattern());
    static const QRegularExpression quotedRef(uR"(《([^《》]{2,100})》\s*[（(]\s*(?:见)?\s*()"_s + docNumberPattern() + uR"()\s*[）)])"_s);
    QList<std::pair<qsizetype, qsizetype>> cited;
    for (auto it = quotedRef.globalMatch(head); it.hasNext();) {
        const auto m = it.next();
        // 《the plan itself》(文号) gives the plan's own number; other titles are citations.
        if (orig(m, 1, 0).remove(spaces) != meta.title)
            cited.append({ m.capturedStart(), m.capturedEnd() });
    }
    for (auto it = docNo.globalMatch(head); it.hasNext();) {
        const auto m = it.next();
        bool inCitation = false;
        for (const auto &[a, b] : std::as_const(cited))
            inCitation = inCitation || (m.capturedStart() >= a && m.capturedEnd() <= b);
        if (!inCitation) {
            meta.docNumber = normalizeDocNumber(orig(m, 0, 0));
            break;
        }
    }

    // Issue date: the first full date in the notice (成文日期), in Arabic or Chinese digits (二〇二二年九月十三日).
    static const QRegularExpression date(
        uR"(((?:19|20)\d\d)\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)"_s);
    auto number = [](QStringView n) { return n.front().isDigit() ? n.toInt() : parseChineseNumeral(n); };
    if (const auto m = date.match(foldChineseYears(head)); m.hasMatch())
        meta.issueDate = QDate(m.captured(1).toInt(), number(m.capturedView(2)), number(m.capturedView(3)));

    // Parent plans: 《title》(文号) in the preamble, except the plan itself.
    for (auto it = quotedRef.globalMatch(head); it.hasNext();) {
        const auto m = it.next();
        ParentRef ref;
        ref.title = orig(m, 1, 0).remove(spaces);
        ref.docNumber = normalizeDocNumber(orig(m, 2, 0));
        if (ref.docNumber == meta.docNumber || ref.title == meta.title)
            continue;
        bool seen = false;
        for (const ParentRef &p : std::as_const(meta.parentRefs))
            seen = seen || p.docNumber == ref.docNumber;
        if (!seen)
            meta.parentRefs.append(ref);
    }

    const bool forComment = head.contains(u"征求意见稿"_s);
    if (forComment)
        meta.status = PlanStatus::ForComment;
    else if (!meta.docNumber.isEmpty() || meta.issueDate.isValid())
        meta.status = PlanStatus::Issued;
    else
        meta.status = PlanStatus::Draft;

    QString region;
    AdminLevel level = levelFromName(meta.title, &region);
    if (level == AdminLevel::Other && !meta.issuer.isEmpty())
        level = levelFromName(meta.issuer, &region);
    meta.level = level;
    meta.region = region;
    if (meta.issuer.isEmpty()) {
        // Signature line: a government name alone on a line, followed by the date.
        static const QRegularExpression signature(uR"(^([\x{4e00}-\x{9fff}]{2,20}(?:人民政府|管委会|人民政府办公室|人民政府办公厅))(?:\s|$|(?:19|20)\d\d年))"_s);
        for (const Line &line : std::as_const(lines)) {
            const auto m = signature.match(line.text);
            if (m.hasMatch()) {
                meta.issuer = orig(m, 1, line.offset);
                break;
            }
        }
    }
    return meta;
}

} // namespace pw::import
