#include "officewriters.h"

#include "io/ziparchive.h"
#include "reportchart.h"
#include "reportfonts.h"

#include <QMap>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

const QString kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kStyle = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString kFo = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;
const QString kSvg = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s;
const QString kManifest = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;
const QString kLinePitch = u"10.227mm"_s; // 225 mm / 22 lines
constexpr qreal kCharMm = 5.57;           // 156 mm / 28 characters

void declareNamespaces(QXmlStreamWriter &x)
{
    x.writeNamespace(kOffice, u"office"_s);
    x.writeNamespace(kStyle, u"style"_s);
    x.writeNamespace(kText, u"text"_s);
    x.writeNamespace(kTable, u"table"_s);
    x.writeNamespace(kFo, u"fo"_s);
    x.writeNamespace(kSvg, u"svg"_s);
}

void writeFontFaces(QXmlStreamWriter &x)
{
    x.writeStartElement(kOffice, u"font-face-decls"_s);
    for (FontRole role : { FontRole::FangSong, FontRole::KaiTi, FontRole::HeiTi, FontRole::XiaoBiaoSong, FontRole::SongTi }) {
        x.writeEmptyElement(kStyle, u"font-face"_s);
        x.writeAttribute(kStyle, u"name"_s, ReportFonts::canonicalFamily(role));
        x.writeAttribute(kSvg, u"font-family"_s, ReportFonts::canonicalFamily(role));
    }
    x.writeEndElement();
}

QString foAlign(Align a)
{
    switch (a) {
    case Align::Justify:
        return u"justify"_s;
    case Align::Left:
        return u"start"_s;
    case Align::Center:
        return u"center"_s;
    case Align::Right:
        return u"end"_s;
    }
    return u"start"_s;
}

QString mm(qreal v)
{
    return QString::number(v, 'f', 2) + u"mm"_s;
}

int outlineLevel(Role role)
{
    switch (role) {
    case Role::Heading1:
        return 1;
    case Role::Heading2:
        return 2;
    case Role::Heading3:
        return 3;
    case Role::Heading4:
        return 4;
    default:
        return 0;
    }
}

void textProperties(QXmlStreamWriter &x, FontRole font, qreal pt, bool bold, const QColor &color)
{
    const QString family = ReportFonts::canonicalFamily(font);
    x.writeEmptyElement(kStyle, u"text-properties"_s);
    x.writeAttribute(kStyle, u"font-name"_s, family);
    x.writeAttribute(kStyle, u"font-name-asian"_s, family);
    x.writeAttribute(kFo, u"font-size"_s, QString::number(pt) + u"pt"_s);
    x.writeAttribute(kStyle, u"font-size-asian"_s, QString::number(pt) + u"pt"_s);
    x.writeAttribute(kFo, u"font-weight"_s, bold ? u"bold"_s : u"normal"_s);
    x.writeAttribute(kStyle, u"font-weight-asian"_s, bold ? u"bold"_s : u"normal"_s);
    x.writeAttribute(kFo, u"color"_s, color.name());
}

/** content.xml: the body is written first into its own buffer while automatic styles are collected. */
class OdtContent
{
public:
    explicit OdtContent(const ReportDocument &doc)
        : m_doc(doc)
    {
    }
    QByteArray build();

private:
    QString paragraphStyle(const Paragraph &p, const QString &master, bool breakBefore, qreal spaceBeforeMm);
    QString textStyle(const Run &run, qreal pt, const QColor &color);
    void paragraph(const Paragraph &p);
    void table(const Table &t);
    void rule(const Rule &r);

    const ReportDocument &m_doc;
    QByteArray m_body;
    QXmlStreamWriter m_x { &m_body };
    QByteArray m_styles;
    QXmlStreamWriter m_s { &m_styles };
    QMap<QString, QString> m_styleNames; ///< style key → automatic style name
    QString m_pendingMaster;
    bool m_breakPending = false;
    bool m_landscape = false;
    qreal m_spaceMm = 0;
    int m_tables = 0;
};

QString OdtContent::paragraphStyle(const Paragraph &p, const QString &master, bool breakBefore, qreal spaceBeforeMm)
{
    const QString key = u"P|%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(int(p.align))
                            .arg(p.firstIndentChars)
                            .arg(p.rightIndentChars)
                            .arg(p.blankLinesBefore)
                            .arg(master)
                            .arg(breakBefore)
                            .arg(spaceBeforeMm)
                            .arg(p.keepWithNext) + u'|' + QString::number(p.pointSize);
    if (const auto it = m_styleNames.constFind(key); it != m_styleNames.cend())
        return it.value();
    const QString name = u"P%1"_s.arg(m_styleNames.size() + 1);
    m_styleNames.insert(key, name);
    QXmlStreamWriter &s = m_s;
    s.writeStartElement(kStyle, u"style"_s);
    s.writeAttribute(kStyle, u"name"_s, name);
    s.writeAttribute(kStyle, u"family"_s, u"paragraph"_s);
    s.writeAttribute(kStyle, u"parent-style-name"_s, u"Standard"_s);
    if (!master.isEmpty())
        s.writeAttribute(kStyle, u"master-page-name"_s, master);
    s.writeEmptyElement(kStyle, u"paragraph-properties"_s);
    s.writeAttribute(kFo, u"text-align"_s, foAlign(p.align));
    s.writeAttribute(kFo, u"text-indent"_s, mm(p.firstIndentChars * kCharMm));
    s.writeAttribute(kFo, u"margin-right"_s, mm(p.rightIndentChars * kCharMm));
    s.writeAttribute(kFo, u"margin-top"_s, mm(p.blankLinesBefore * 10.227 + spaceBeforeMm));
    s.writeAttribute(kFo, u"line-height"_s, p.pointSize > 20 ? mm(p.pointSize * 1.3 * 25.4 / 72) : kLinePitch);
    if (breakBefore)
        s.writeAttribute(kFo, u"break-before"_s, u"page"_s);
    if (p.keepWithNext)
        s.writeAttribute(kFo, u"keep-with-next"_s, u"always"_s);
    s.writeEndElement();
    return name;
}

QString OdtContent::textStyle(const Run &run, qreal pt, const QColor &color)
{
    const QString key = u"T|%1|%2|%3|%4"_s.arg(int(run.font)).arg(pt).arg(run.bold).arg(color.name());
    if (const auto it = m_styleNames.constFind(key); it != m_styleNames.cend())
        return it.value();
    const QString name = u"T%1"_s.arg(m_styleNames.size() + 1);
    m_styleNames.insert(key, name);
    m_s.writeStartElement(kStyle, u"style"_s);
    m_s.writeAttribute(kStyle, u"name"_s, name);
    m_s.writeAttribute(kStyle, u"family"_s, u"text"_s);
    textProperties(m_s, run.font, pt, run.bold, color);
    m_s.writeEndElement();
    return name;
}

void OdtContent::paragraph(const Paragraph &p)
{
    QXmlStreamWriter &x = m_x;
    const QString style = paragraphStyle(p, m_pendingMaster, m_breakPending, m_spaceMm);
    m_pendingMaster.clear();
    m_breakPending = false;
    m_spaceMm = 0;
    const int level = outlineLevel(p.role);
    if (level > 0) {
        x.writeStartElement(kText, u"h"_s);
        x.writeAttribute(kText, u"outline-level"_s, QString::number(level));
    } else {
        x.writeStartElement(kText, u"p"_s);
    }
    x.writeAttribute(kText, u"style-name"_s, style);
    for (const Run &run : p.runs) {
        x.writeStartElement(kText, u"span"_s);
        x.writeAttribute(kText, u"style-name"_s, textStyle(run, p.pointSize, p.color));
        x.writeCharacters(xmlSafe(run.text));
        x.writeEndElement();
    }
    x.writeEndElement();
}

void OdtContent::rule(const Rule &r)
{
    const QString key = u"R|%1|%2|%3"_s.arg(r.color.name()).arg(r.widthMm).arg(r.gapBeforeMm + m_spaceMm);
    QString name = m_styleNames.value(key);
    if (name.isEmpty()) {
        name = u"P%1"_s.arg(m_styleNames.size() + 1);
        m_styleNames.insert(key, name);
        m_s.writeStartElement(kStyle, u"style"_s);
        m_s.writeAttribute(kStyle, u"name"_s, name);
        m_s.writeAttribute(kStyle, u"family"_s, u"paragraph"_s);
        m_s.writeEmptyElement(kStyle, u"paragraph-properties"_s);
        m_s.writeAttribute(kFo, u"border-top"_s, u"%1 solid %2"_s.arg(mm(r.widthMm), r.color.name()));
        m_s.writeAttribute(kFo, u"margin-top"_s, mm(r.gapBeforeMm + m_spaceMm));
        m_s.writeAttribute(kFo, u"line-height"_s, u"2mm"_s);
        m_s.writeEndElement();
    }
    m_spaceMm = 0;
    m_x.writeEmptyElement(kText, u"p"_s);
    m_x.writeAttribute(kText, u"style-name"_s, name);
}

void OdtContent::table(const Table &t)
{
    if (t.columns.isEmpty())
        return;
    const QString tableName = u"Table%1"_s.arg(++m_tables);
    const qreal width = m_landscape ? 225 : 156;
    qreal total = 0;
    for (const TableColumn &c : t.columns)
        total += std::max<qreal>(c.weight, 0.1);
    QXmlStreamWriter &s = m_s;
    s.writeStartElement(kStyle, u"style"_s);
    s.writeAttribute(kStyle, u"name"_s, tableName);
    s.writeAttribute(kStyle, u"family"_s, u"table"_s);
    if (!m_pendingMaster.isEmpty())
        s.writeAttribute(kStyle, u"master-page-name"_s, m_pendingMaster);
    s.writeEmptyElement(kStyle, u"table-properties"_s);
    s.writeAttribute(kStyle, u"width"_s, mm(width));
    s.writeAttribute(kTable, u"align"_s, u"center"_s);
    if (m_breakPending)
        s.writeAttribute(kFo, u"break-before"_s, u"page"_s);
    s.writeAttribute(kFo, u"margin-top"_s, mm(m_spaceMm));
    s.writeEndElement();
    m_pendingMaster.clear();
    m_breakPending = false;
    m_spaceMm = 0;
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        s.writeStartElement(kStyle, u"style"_s);
        s.writeAttribute(kStyle, u"name"_s, u"%1.C%2"_s.arg(tableName).arg(c + 1));
        s.writeAttribute(kStyle, u"family"_s, u"table-column"_s);
        s.writeEmptyElement(kStyle, u"table-column-properties"_s);
        s.writeAttribute(kStyle, u"column-width"_s, mm(width * std::max<qreal>(t.columns.at(c).weight, 0.1) / total));
        s.writeEndElement();
    }
    s.writeStartElement(kStyle, u"style"_s);
    s.writeAttribute(kStyle, u"name"_s, tableName + u".R"_s);
    s.writeAttribute(kStyle, u"family"_s, u"table-row"_s);
    s.writeEmptyElement(kStyle, u"table-row-properties"_s);
    s.writeAttribute(kFo, u"keep-together"_s, u"always"_s);
    s.writeEndElement();
    s.writeStartElement(kStyle, u"style"_s);
    s.writeAttribute(kStyle, u"name"_s, tableName + u".Cell"_s);
    s.writeAttribute(kStyle, u"family"_s, u"table-cell"_s);
    s.writeEmptyElement(kStyle, u"table-cell-properties"_s);
    s.writeAttribute(kFo, u"border"_s, u"0.25mm solid #000000"_s);
    s.writeAttribute(kFo, u"padding"_s, u"1mm"_s);
    s.writeAttribute(kStyle, u"vertical-align"_s, u"middle"_s);
    s.writeEndElement();
    for (const Align a : { Align::Left, Align::Center, Align::Justify, Align::Right }) {
        s.writeStartElement(kStyle, u"style"_s);
        s.writeAttribute(kStyle, u"name"_s, u"%1.A%2"_s.arg(tableName).arg(int(a)));
        s.writeAttribute(kStyle, u"family"_s, u"paragraph"_s);
        s.writeAttribute(kStyle, u"parent-style-name"_s, u"Table_20_Contents"_s);
        s.writeEmptyElement(kStyle, u"paragraph-properties"_s);
        s.writeAttribute(kFo, u"text-align"_s, foAlign(a));
        s.writeEndElement();
    }

    QXmlStreamWriter &x = m_x;
    x.writeStartElement(kTable, u"table"_s);
    x.writeAttribute(kTable, u"name"_s, tableName);
    x.writeAttribute(kTable, u"style-name"_s, tableName);
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        x.writeEmptyElement(kTable, u"table-column"_s);
        x.writeAttribute(kTable, u"style-name"_s, u"%1.C%2"_s.arg(tableName).arg(c + 1));
    }
    auto row = [&](const QStringList &cells, bool header) {
        x.writeStartElement(kTable, u"table-row"_s);
        x.writeAttribute(kTable, u"style-name"_s, tableName + u".R"_s);
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            x.writeStartElement(kTable, u"table-cell"_s);
            x.writeAttribute(kTable, u"style-name"_s, tableName + u".Cell"_s);
            x.writeAttribute(u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s, u"value-type"_s, u"string"_s);
            x.writeStartElement(kText, u"p"_s);
            const Align a = header ? Align::Center : t.columns.at(c).align;
            x.writeAttribute(kText, u"style-name"_s, header ? u"Table_20_Heading"_s : u"%1.A%2"_s.arg(tableName).arg(int(a)));
            x.writeCharacters(xmlSafe(c < cells.size() ? cells.at(c) : QString()));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    };
    QStringList headers;
    for (const TableColumn &c : t.columns)
        headers.append(c.header);
    x.writeStartElement(kTable, u"table-header-rows"_s);
    row(headers, true);
    x.writeEndElement();
    for (const QStringList &cells : t.rows)
        row(cells, false);
    x.writeEndElement();
}

QByteArray OdtContent::build()
{
    m_x.setAutoFormatting(false);
    // Dummy root so that namespace prefixes are declared for the body fragment.
    m_x.writeStartDocument();
    declareNamespaces(m_x);
    m_x.writeStartElement(kOffice, u"text"_s);
    m_s.writeStartDocument();
    declareNamespaces(m_s);
    m_s.writeStartElement(kOffice, u"automatic-styles"_s);
    for (const Block &b : m_doc.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            paragraph(*p);
        } else if (const auto *t = std::get_if<Table>(&b)) {
            table(*t);
        } else if (const auto *c = std::get_if<BarChart>(&b)) {
            table(chartTable(*c)); // charts are printed as their data in word-processor formats
        } else if (const auto *r = std::get_if<Rule>(&b)) {
            rule(*r);
        } else if (const auto *sp = std::get_if<Spacer>(&b)) {
            m_spaceMm += sp->mm;
        } else if (const auto *br = std::get_if<PageBreak>(&b)) {
            // A change of master page starts a new page by itself.
            if (br->landscape != m_landscape)
                m_pendingMaster = br->landscape ? u"Landscape"_s : u"Standard"_s;
            else
                m_breakPending = true;
            m_landscape = br->landscape;
        }
    }
    m_x.writeEndElement();
    m_x.writeEndDocument();
    m_s.writeEndElement();
    m_s.writeEndDocument();

    // Splice the two fragments into one document: take the inner XML of each dummy root.
    auto inner = [](const QByteArray &xml) {
        const qsizetype open = xml.indexOf('>', xml.indexOf("<office:")) + 1;
        const qsizetype close = xml.lastIndexOf("</office:");
        return close > open ? xml.mid(open, close - open) : QByteArray();
    };
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    declareNamespaces(x);
    x.writeStartElement(kOffice, u"document-content"_s);
    x.writeAttribute(kOffice, u"version"_s, u"1.3"_s);
    writeFontFaces(x);
    x.writeEmptyElement(kOffice, u"automatic-styles"_s);
    x.writeStartElement(kOffice, u"body"_s);
    x.writeEmptyElement(kOffice, u"text"_s);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    out.replace("<office:automatic-styles/>", "<office:automatic-styles>" + inner(m_styles) + "</office:automatic-styles>");
    out.replace("<office:text/>", "<office:text>" + inner(m_body) + "</office:text>");
    return out;
}

QByteArray stylesXml(const ReportDocument &doc)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    declareNamespaces(x);
    x.writeStartElement(kOffice, u"document-styles"_s);
    x.writeAttribute(kOffice, u"version"_s, u"1.3"_s);
    writeFontFaces(x);

    x.writeStartElement(kOffice, u"styles"_s);
    auto style = [&](const QString &name, const QString &display, FontRole font, qreal pt, bool bold, int level,
                     const QString &align, qreal indentMm, const QString &lineHeight) {
        x.writeStartElement(kStyle, u"style"_s);
        x.writeAttribute(kStyle, u"name"_s, name);
        x.writeAttribute(kStyle, u"display-name"_s, display);
        x.writeAttribute(kStyle, u"family"_s, u"paragraph"_s);
        if (name != u"Standard"_s)
            x.writeAttribute(kStyle, u"parent-style-name"_s, u"Standard"_s);
        if (level > 0)
            x.writeAttribute(kStyle, u"default-outline-level"_s, QString::number(level));
        x.writeEmptyElement(kStyle, u"paragraph-properties"_s);
        x.writeAttribute(kFo, u"text-align"_s, align);
        x.writeAttribute(kFo, u"text-indent"_s, mm(indentMm));
        x.writeAttribute(kFo, u"line-height"_s, lineHeight);
        x.writeAttribute(kFo, u"margin-top"_s, u"0mm"_s);
        x.writeAttribute(kFo, u"margin-bottom"_s, u"0mm"_s);
        textProperties(x, font, pt, bold, Qt::black);
        x.writeEndElement();
    };
    style(u"Standard"_s, u"Standard"_s, FontRole::FangSong, 16, false, 0, u"justify"_s, 2 * kCharMm, kLinePitch);
    style(u"Title"_s, u"Title"_s, FontRole::XiaoBiaoSong, 22, false, 0, u"center"_s, 0, kLinePitch);
    style(u"Heading_20_1"_s, u"Heading 1"_s, FontRole::HeiTi, 16, false, 1, u"justify"_s, 2 * kCharMm, kLinePitch);
    style(u"Heading_20_2"_s, u"Heading 2"_s, FontRole::KaiTi, 16, false, 2, u"justify"_s, 2 * kCharMm, kLinePitch);
    style(u"Heading_20_3"_s, u"Heading 3"_s, FontRole::FangSong, 16, true, 3, u"justify"_s, 2 * kCharMm, kLinePitch);
    style(u"Heading_20_4"_s, u"Heading 4"_s, FontRole::FangSong, 16, false, 4, u"justify"_s, 2 * kCharMm, kLinePitch);
    style(u"Table_20_Contents"_s, u"Table Contents"_s, FontRole::FangSong, 12, false, 0, u"start"_s, 0, u"130%"_s);
    style(u"Table_20_Heading"_s, u"Table Heading"_s, FontRole::HeiTi, 12, false, 0, u"center"_s, 0, u"130%"_s);
    style(u"Footer"_s, u"Footer"_s, FontRole::SongTi, 14, false, 0, u"center"_s, 0, u"100%"_s);
    x.writeEndElement(); // styles

    x.writeStartElement(kOffice, u"automatic-styles"_s);
    auto pageLayout = [&](const QString &name, bool landscape) {
        x.writeStartElement(kStyle, u"page-layout"_s);
        x.writeAttribute(kStyle, u"name"_s, name);
        if (!doc.draft && !landscape)
            x.writeAttribute(kStyle, u"page-usage"_s, u"all"_s);
        x.writeEmptyElement(kStyle, u"page-layout-properties"_s);
        x.writeAttribute(kFo, u"page-width"_s, landscape ? u"297mm"_s : u"210mm"_s);
        x.writeAttribute(kFo, u"page-height"_s, landscape ? u"210mm"_s : u"297mm"_s);
        x.writeAttribute(kStyle, u"print-orientation"_s, landscape ? u"landscape"_s : u"portrait"_s);
        // GB/T 9704: top 37, left 28, block 156 × 225 mm; landscape turned with the binding edge on top.
        x.writeAttribute(kFo, u"margin-top"_s, landscape ? u"28mm"_s : u"37mm"_s);
        x.writeAttribute(kFo, u"margin-left"_s, landscape ? u"35mm"_s : u"28mm"_s);
        x.writeAttribute(kFo, u"margin-right"_s, landscape ? u"37mm"_s : u"26mm"_s);
        x.writeAttribute(kFo, u"margin-bottom"_s, landscape ? u"12mm"_s : u"23mm"_s);
        x.writeStartElement(kStyle, u"footer-style"_s);
        x.writeEmptyElement(kStyle, u"header-footer-properties"_s);
        x.writeAttribute(kFo, u"min-height"_s, u"5mm"_s);
        x.writeAttribute(kFo, u"margin-top"_s, landscape ? u"9mm"_s : u"7mm"_s);
        x.writeEndElement();
        x.writeEndElement();
    };
    pageLayout(u"pmPortrait"_s, false);
    pageLayout(u"pmLandscape"_s, true);
    for (const auto &[name, align] : { std::pair { u"FooterOdd"_s, doc.draft ? u"center"_s : u"end"_s },
                                       std::pair { u"FooterEven"_s, doc.draft ? u"center"_s : u"start"_s } }) {
        x.writeStartElement(kStyle, u"style"_s);
        x.writeAttribute(kStyle, u"name"_s, name);
        x.writeAttribute(kStyle, u"family"_s, u"paragraph"_s);
        x.writeAttribute(kStyle, u"parent-style-name"_s, u"Footer"_s);
        x.writeEmptyElement(kStyle, u"paragraph-properties"_s);
        x.writeAttribute(kFo, u"text-align"_s, align);
        x.writeAttribute(kFo, u"margin-left"_s, u"4.9mm"_s);
        x.writeAttribute(kFo, u"margin-right"_s, u"4.9mm"_s);
        x.writeEndElement();
    }
    x.writeEndElement();

    x.writeStartElement(kOffice, u"master-styles"_s);
    auto footerParagraph = [&](const QString &styleName) {
        x.writeStartElement(kText, u"p"_s);
        x.writeAttribute(kText, u"style-name"_s, styleName);
        x.writeCharacters(u"— "_s);
        x.writeStartElement(kText, u"page-number"_s);
        x.writeAttribute(kText, u"select-page"_s, u"current"_s);
        x.writeCharacters(u"1"_s);
        x.writeEndElement();
        x.writeCharacters(u" —"_s);
        x.writeEndElement();
    };
    for (const auto &[master, layout] : { std::pair { u"Standard"_s, u"pmPortrait"_s },
                                          std::pair { u"Landscape"_s, u"pmLandscape"_s } }) {
        x.writeStartElement(kStyle, u"master-page"_s);
        x.writeAttribute(kStyle, u"name"_s, master);
        x.writeAttribute(kStyle, u"page-layout-name"_s, layout);
        x.writeStartElement(kStyle, u"footer"_s);
        footerParagraph(u"FooterOdd"_s);
        x.writeEndElement();
        if (!doc.draft) {
            x.writeStartElement(kStyle, u"footer-left"_s);
            footerParagraph(u"FooterEven"_s);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray manifestXml()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeNamespace(kManifest, u"manifest"_s);
    x.writeStartElement(kManifest, u"manifest"_s);
    x.writeAttribute(kManifest, u"version"_s, u"1.3"_s);
    for (const auto &[path, type] : { std::pair { u"/"_s, u"application/vnd.oasis.opendocument.text"_s },
                                      std::pair { u"content.xml"_s, u"text/xml"_s },
                                      std::pair { u"styles.xml"_s, u"text/xml"_s },
                                      std::pair { u"meta.xml"_s, u"text/xml"_s } }) {
        x.writeEmptyElement(kManifest, u"file-entry"_s);
        x.writeAttribute(kManifest, u"full-path"_s, path);
        if (path == u"/"_s)
            x.writeAttribute(kManifest, u"version"_s, u"1.3"_s);
        x.writeAttribute(kManifest, u"media-type"_s, type);
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray metaXml(const QString &title)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeNamespace(kOffice, u"office"_s);
    x.writeNamespace(u"http://purl.org/dc/elements/1.1/"_s, u"dc"_s);
    x.writeStartElement(kOffice, u"document-meta"_s);
    x.writeAttribute(kOffice, u"version"_s, u"1.3"_s);
    x.writeStartElement(kOffice, u"meta"_s);
    x.writeTextElement(u"http://purl.org/dc/elements/1.1/"_s, u"title"_s, xmlSafe(title));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace

std::optional<QByteArray> odtBytes(const ReportDocument &document, QString *error)
{
    OdtContent content(document);
    const QList<ZipEntry> entries {
        { u"mimetype"_s, QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true },
        { u"META-INF/manifest.xml"_s, manifestXml(), false },
        { u"content.xml"_s, content.build(), false },
        { u"styles.xml"_s, stylesXml(document), false },
        { u"meta.xml"_s, metaXml(document.title), false },
    };
    return writeZip(entries, error);
}

} // namespace pw::report
