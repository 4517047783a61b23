#include "documentreaders.h"

#include "docxnumbering.h"
#include "headingtoken.h"

#include "io/ziparchive.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::import::DocumentReaders", text);
}

constexpr qint64 kMaxDocumentXmlBytes = 64ll << 20;

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                          : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QList<std::pair<QString, QString>> named {
        { u"nbsp"_s, u" "_s }, { u"lt"_s, u"<"_s }, { u"gt"_s, u">"_s }, { u"amp"_s, u"&"_s }, { u"quot"_s, u"\""_s },
        { u"apos"_s, u"'"_s }, { u"ldquo"_s, u"“"_s }, { u"rdquo"_s, u"”"_s }, { u"mdash"_s, u"—"_s },
        { u"middot"_s, u"·"_s }, { u"hellip"_s, u"…"_s }, { u"ensp"_s, u" "_s }, { u"emsp"_s, u" "_s },
    };
    for (const auto &[k, v] : named) {
        if (name == k)
            return v;
    }
    return {};
}

} // namespace

std::optional<QString> docxText(const QByteArray &docx, QString *error)
{
    ZipLimits limits;
    limits.maxEntryBytes = kMaxDocumentXmlBytes;
    QString zipError;
    const auto entries = readZip(docx, limits, &zipError);
    if (!entries) {
        if (error)
            *error = tr("not a readable .docx: %1").arg(zipError);
        return std::nullopt;
    }
    const ZipEntry *document = nullptr;
    QByteArray numberingXml, stylesXml;
    for (const ZipEntry &e : *entries) {
        if (e.name == u"word/document.xml"_s)
            document = &e;
        else if (e.name == u"word/numbering.xml"_s)
            numberingXml = e.data;
        else if (e.name == u"word/styles.xml"_s)
            stylesXml = e.data;
    }
    if (!document) {
        if (error)
            *error = tr("not a .docx: word/document.xml is missing");
        return std::nullopt;
    }

    QXmlStreamReader xml(document->data);
    QString out;
    QString paragraph;
    QStringList cells;
    QString cell;
    int tableDepth = 0;
    bool inText = false;
    // Word's automatic list numbering is not in the text: replay numbering.xml. Lists it does not define, and
    // labels the outline would not read as headings ("1.1"), get the GB/T 9704 numbers 一、（一）1.（1） of
    // their level so the heading tree survives.
    DocxNumbering numbering = DocxNumbering::parse(numberingXml, stylesXml);
    ListReference paragraphList;
    QString paragraphStyle;
    std::array<int, 4> fallbackCounters {};
    auto fallbackLabel = [&fallbackCounters](int level) {
        if (level < 0 || level >= int(fallbackCounters.size()))
            return QString();
        ++fallbackCounters[std::size_t(level)];
        for (std::size_t k = std::size_t(level) + 1; k < fallbackCounters.size(); ++k)
            fallbackCounters[k] = 0;
        const int n = fallbackCounters[std::size_t(level)];
        switch (level) {
        case 0:
            return pw::chineseNumeral(n) + u"、"_s;
        case 1:
            return u"（"_s + pw::chineseNumeral(n) + u"）"_s;
        case 2:
            return QString::number(n) + u"."_s;
        default:
            return u"（"_s + QString::number(n) + u"）"_s;
        }
    };
    auto listLabel = [&](const QString &text) {
        ListReference ref = paragraphList;
        if (ref.numId < 0)
            ref = numbering.styleList(paragraphStyle).value_or(ListReference {});
        if (ref.numId <= 0) // numId 0 removes a style's numbering
            return QString();
        if (!numbering.knows(ref.numId))
            return headingTokenAt(text, 0) ? QString() : fallbackLabel(ref.level);
        const QString label = numbering.nextLabel(ref);
        if (label.isEmpty() || headingTokenAt(text, 0))
            return QString();
        const auto token = headingTokenAt(label + text, 0);
        return token && token->length == label.size() ? label : fallbackLabel(ref.level);
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            if (error)
                *error = tr("word/document.xml contains a DTD; refused");
            return std::nullopt;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"t") {
                inText = true;
            } else if (name == u"ilvl" && tableDepth == 0) {
                paragraphList.level = std::clamp(xml.attributes().value(u"w:val"_s).toInt(), 0,
                                                 DocxNumbering::kLevels - 1);
            } else if (name == u"numId" && tableDepth == 0) {
                bool ok = false;
                const int id = xml.attributes().value(u"w:val"_s).toInt(&ok);
                paragraphList.numId = ok ? id : -1;
            } else if (name == u"pStyle" && tableDepth == 0) {
                paragraphStyle = xml.attributes().value(u"w:val"_s).toString();
            } else if (name == u"tab")
                paragraph += u' ';
            else if (name == u"br" || name == u"cr")
                paragraph += tableDepth > 0 ? u' ' : u'\n';
            else if (name == u"tbl")
                ++tableDepth;
            else if (name == u"tr" && tableDepth == 1)
                cells.clear();
            else if (name == u"tc" && tableDepth == 1)
                cell.clear();
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"t") {
                inText = false;
            } else if (name == u"p") {
                QString p = paragraph.trimmed();
                paragraph.clear();
                if (tableDepth > 0) {
                    if (!p.isEmpty())
                        cell += (cell.isEmpty() ? QString() : u" "_s) + p;
                } else if (!p.isEmpty()) {
                    out += listLabel(p) + p + u'\n';
                }
                paragraphList = {};
                paragraphStyle.clear();
            } else if (name == u"tc" && tableDepth == 1) {
                QString c = cell;
                c.replace(u'\t', u' ');
                cells.append(c.isEmpty() ? u"-"_s : c);
            } else if (name == u"tr" && tableDepth == 1) {
                out += cells.join(u'\t') + u'\n';
            } else if (name == u"tbl") {
                tableDepth = std::max(0, tableDepth - 1);
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            paragraph += xml.text();
        }
        if (out.size() > kMaxDocumentXmlBytes) {
            if (error)
                *error = tr("word/document.xml holds too much text");
            return std::nullopt;
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = tr("word/document.xml is not well-formed XML (line %1): %2")
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
        return std::nullopt;
    }
    return out;
}

QString htmlText(const QString &html)
{
    static const QStringList skipped { u"script"_s, u"style"_s, u"nav"_s, u"header"_s, u"footer"_s,
                                       u"noscript"_s, u"template"_s, u"iframe"_s, u"svg"_s, u"select"_s,
                                       u"head"_s };
    static const QStringList blocks { u"p"_s, u"div"_s, u"br"_s, u"li"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s,
                                      u"h5"_s, u"h6"_s, u"tr"_s, u"table"_s, u"section"_s, u"article"_s,
                                      u"blockquote"_s, u"pre"_s, u"ul"_s, u"ol"_s, u"dd"_s, u"dt"_s };
    QString out;
    out.reserve(html.size() / 2);
    const qsizetype n = html.size();
    qsizetype i = 0;
    bool cellStart = false;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            if (semi > i && semi - i <= 10) {
                const QString value = decodeEntity(QStringView(html).mid(i + 1, semi - i - 1));
                if (!value.isEmpty()) {
                    out += value;
                    i = semi + 1;
                    continue;
                }
            }
            out += c;
            ++i;
            continue;
        }
        if (c != u'<') {
            out += (c == u'\n' || c == u'\r' || c == u'\t') ? QChar(u' ') : c;
            ++i;
            continue;
        }
        if (QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->"_s, i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i);
        if (close < 0)
            break;
        QStringView tag = QStringView(html).mid(i + 1, close - i - 1).trimmed();
        const bool endTag = tag.startsWith(u'/');
        if (endTag)
            tag = tag.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        i = close + 1;
        if (!endTag && skipped.contains(name) && !tag.endsWith(u'/')) {
            // Skip to the matching end tag (these elements do not nest in practice).
            const QString endMarker = u"</"_s + name;
            const qsizetype end = html.indexOf(endMarker, i, Qt::CaseInsensitive);
            if (end < 0) {
                i = n;
                break;
            }
            const qsizetype endClose = html.indexOf(u'>', end);
            i = endClose < 0 ? n : endClose + 1;
            continue;
        }
        if (name == u"td"_s || name == u"th"_s) {
            if (!endTag) {
                if (cellStart)
                    out += u'\t';
                cellStart = true;
            }
            continue;
        }
        if (blocks.contains(name)) {
            if (name == u"tr"_s)
                cellStart = false;
            out += u'\n';
        }
    }
    return out;
}

} // namespace pw::import
