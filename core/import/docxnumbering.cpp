#include "docxnumbering.h"

#include "model/plan.h"

#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

// Bounds for hostile parts: far above what any real document defines.
constexpr int kMaxLists = 4096;
constexpr int kMaxStyles = 4096;
constexpr int kMaxStart = 100000;
constexpr qsizetype kMaxLevelText = 32;

int intAttribute(const QXmlStreamReader &xml, int fallback = -1)
{
    bool ok = false;
    const int v = xml.attributes().value(u"w:val"_s).toInt(&ok);
    return ok ? v : fallback;
}

QString letters(int n, char16_t a)
{
    QString s;
    for (; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(char16_t(a + (n - 1) % 26)));
    return s;
}

QString roman(int n)
{
    static const std::pair<int, const char16_t *> parts[] = { { 1000, u"m" }, { 900, u"cm" }, { 500, u"d" },
        { 400, u"cd" }, { 100, u"c" }, { 90, u"xc" }, { 50, u"l" }, { 40, u"xl" }, { 10, u"x" }, { 9, u"ix" },
        { 5, u"v" }, { 4, u"iv" }, { 1, u"i" } };
    QString s;
    for (const auto &[value, text] : parts) {
        for (; n >= value && s.size() < 32; n -= value)
            s += QStringView(text);
    }
    return s;
}

QString enclosed(int n, char16_t first, int count)
{
    return n >= 1 && n <= count ? QString(QChar(char16_t(first + n - 1))) : QString::number(n);
}

/** Reads a part, or nothing for a part that is malformed or declares a DTD. */
template<typename Handler> void readPart(const QByteArray &data, Handler &&onStartElement)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return;
        if (token == QXmlStreamReader::StartElement)
            onStartElement(xml);
    }
}

} // namespace

QString formatListNumber(int n, const QString &format)
{
    static const QStringList chineseCounting { u"chineseCounting"_s, u"chineseCountingThousand"_s,
        u"taiwaneseCounting"_s, u"taiwaneseCountingThousand"_s, u"japaneseCounting"_s,
        u"ideographDigital"_s };
    if (chineseCounting.contains(format))
        return pw::chineseNumeral(n);
    if (format == u"decimalEnclosedCircle"_s || format == u"decimalEnclosedCircleChinese"_s)
        return enclosed(n, u'①', 20);
    if (format == u"decimalEnclosedParen"_s)
        return enclosed(n, u'⑴', 20);
    if (format == u"decimalEnclosedFullstop"_s)
        return enclosed(n, u'⒈', 20);
    if (format == u"decimalFullWidth"_s || format == u"decimalFullWidth2"_s) {
        QString s = QString::number(n);
        for (QChar &c : s)
            c = QChar(char16_t(c.unicode() - u'0' + u'０'));
        return s;
    }
    if (format == u"decimalZero"_s)
        return n >= 0 && n < 10 ? u"0"_s + QString::number(n) : QString::number(n);
    if (format == u"lowerLetter"_s)
        return letters(n, u'a');
    if (format == u"upperLetter"_s)
        return letters(n, u'A');
    if (format == u"lowerRoman"_s)
        return roman(n);
    if (format == u"upperRoman"_s)
        return roman(n).toUpper();
    return QString::number(n);
}

DocxNumbering DocxNumbering::parse(const QByteArray &numberingXml, const QByteArray &stylesXml)
{
    DocxNumbering numbering;
    numbering.readNumbering(numberingXml);
    numbering.readStyles(stylesXml);
    return numbering;
}

void DocxNumbering::readNumbering(const QByteArray &xml)
{
    AbstractList *list = nullptr;
    Level *level = nullptr;
    Instance *instance = nullptr;
    int overrideLevel = -1;
    readPart(xml, [&](QXmlStreamReader &r) {
        const QStringView name = r.name();
        if (name == u"abstractNum") {
            const int id = r.attributes().value(u"w:abstractNumId"_s).toInt();
            list = m_abstracts.size() < kMaxLists || m_abstracts.contains(id) ? &m_abstracts[id] : nullptr;
            instance = nullptr;
            level = nullptr;
        } else if (name == u"num") {
            const int id = r.attributes().value(u"w:numId"_s).toInt();
            instance
                = m_instances.size() < kMaxLists || m_instances.contains(id) ? &m_instances[id] : nullptr;
            list = nullptr;
            level = nullptr;
        } else if (name == u"lvl" && list) {
            const int ilvl = r.attributes().value(u"w:ilvl"_s).toInt();
            level = ilvl >= 0 && ilvl < kLevels ? &list->levels[std::size_t(ilvl)] : nullptr;
        } else if (name == u"start" && level) {
            level->start = std::clamp(intAttribute(r, 1), 0, kMaxStart);
        } else if (name == u"numFmt" && level) {
            level->format = r.attributes().value(u"w:val"_s).toString();
        } else if (name == u"lvlText" && level) {
            level->text = r.attributes().value(u"w:val"_s).left(kMaxLevelText).toString();
        } else if (name == u"abstractNumId" && instance) {
            instance->abstractId = intAttribute(r);
        } else if (name == u"lvlOverride" && instance) {
            overrideLevel = r.attributes().value(u"w:ilvl"_s).toInt();
        } else if (name == u"startOverride" && instance && overrideLevel >= 0 && overrideLevel < kLevels) {
            instance->startOverrides.insert(overrideLevel, std::clamp(intAttribute(r, 1), 0, kMaxStart));
        }
    });
}

void DocxNumbering::readStyles(const QByteArray &xml)
{
    Style *style = nullptr;
    readPart(xml, [&](QXmlStreamReader &r) {
        const QStringView name = r.name();
        if (name == u"style") {
            const QString id = r.attributes().value(u"w:styleId"_s).toString();
            style = m_styles.size() < kMaxStyles || m_styles.contains(id) ? &m_styles[id] : nullptr;
        } else if (name == u"basedOn" && style) {
            style->basedOn = r.attributes().value(u"w:val"_s).toString();
        } else if (name == u"numId" && style) {
            if (!style->list)
                style->list = ListReference {};
            style->list->numId = intAttribute(r);
        } else if (name == u"ilvl" && style) {
            if (!style->list)
                style->list = ListReference {};
            style->list->level = std::clamp(intAttribute(r, 0), 0, kLevels - 1);
        }
    });
}

std::optional<ListReference> DocxNumbering::styleList(const QString &styleId) const
{
    QString id = styleId;
    // Follow basedOn a bounded number of steps: a hostile file may make the chain a cycle.
    for (int step = 0; step < 16 && !id.isEmpty(); ++step) {
        const auto it = m_styles.constFind(id);
        if (it == m_styles.constEnd())
            return std::nullopt;
        if (it->list && it->list->numId >= 0)
            return it->list;
        id = it->basedOn;
    }
    return std::nullopt;
}

QString DocxNumbering::nextLabel(const ListReference &ref)
{
    const auto instance = m_instances.find(ref.numId);
    if (instance == m_instances.end() || ref.level < 0 || ref.level >= kLevels)
        return {};
    const auto list = m_abstracts.find(instance->abstractId);
    if (list == m_abstracts.end())
        return {};
    // Instances of one abstract list continue its numbering; a start override restarts it.
    if (!instance->used) {
        instance->used = true;
        for (auto it = instance->startOverrides.cbegin(); it != instance->startOverrides.cend(); ++it) {
            list->counters[std::size_t(it.key())] = it.value() - 1;
            list->started[std::size_t(it.key())] = true;
        }
    }
    const auto l = std::size_t(ref.level);
    list->counters[l] = list->started[l] ? list->counters[l] + 1 : list->levels[l].start;
    list->started[l] = true;
    for (std::size_t k = l + 1; k < list->started.size(); ++k)
        list->started[k] = false;

    const Level &level = list->levels[l];
    if (level.format == u"bullet"_s || level.format == u"none"_s)
        return {};
    QString label;
    for (qsizetype i = 0; i < level.text.size(); ++i) {
        const QChar c = level.text.at(i);
        if (c == u'%' && i + 1 < level.text.size() && level.text.at(i + 1) >= u'1'
            && level.text.at(i + 1) <= u'9') {
            const auto k = std::size_t(level.text.at(i + 1).unicode() - u'1');
            const int value = list->started[k] ? list->counters[k] : list->levels[k].start;
            label += formatListNumber(value, list->levels[k].format);
            ++i;
        } else {
            label += c;
        }
    }
    return label;
}

} // namespace pw::import
