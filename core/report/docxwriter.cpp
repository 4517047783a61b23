#include "officewriters.h"

#include "io/ziparchive.h"
#include "reportchart.h"
#include "reportfonts.h"

#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

// GB/T 9704 page setup in twips (1/1440 in): top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
constexpr int kPaperShort = 11906, kPaperLong = 16838;
constexpr int kTop = 2098, kBottom = 1984, kLeft = 1588, kRight = 1474;
constexpr int kLinePitch = 579; // 225 mm / 22 lines
constexpr int kFooter = 1304;   // "— 1 —" 7 mm below the text block
constexpr int kCharTwips = 320; // one 3号 character

int mmToTwips(qreal mm)
{
    return int(std::lround(mm / 25.4 * 1440));
}

const char *const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char *const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QString styleId(Role role)
{
    switch (role) {
    case Role::Title:
        return u"Title"_s;
    case Role::Subtitle:
        return u"Subtitle"_s;
    case Role::Heading1:
        return u"Heading1"_s;
    case Role::Heading2:
        return u"Heading2"_s;
    case Role::Heading3:
        return u"Heading3"_s;
    case Role::Heading4:
        return u"Heading4"_s;
    case Role::AnnexLabel:
        return u"AnnexLabel"_s;
    case Role::TableHeader:
    case Role::TableCell:
        return u"TableText"_s;
    default:
        return u"Normal"_s;
    }
}

QString jc(Align a)
{
    switch (a) {
    case Align::Justify:
        return u"both"_s;
    case Align::Left:
        return u"left"_s;
    case Align::Center:
        return u"center"_s;
    case Align::Right:
        return u"right"_s;
    }
    return u"left"_s;
}

class DocxWriter
{
public:
    explicit DocxWriter(const ReportDocument &doc)
        : m_doc(doc)
    {
    }
    QByteArray document();
    QByteArray styles() const;
    QByteArray footer(Align align) const;
    QByteArray settings() const;

private:
    void paragraph(const Paragraph &p);
    void table(const Table &t);
    void rule(const Rule &r);
    void sectionProperties(bool landscape, bool first);
    void endSection();
    void runFonts(QXmlStreamWriter &x, FontRole font) const;
    void cellParagraph(const QString &text, Align align, bool header);
    QByteArray finish();

    const ReportDocument &m_doc;
    QByteArray m_xml;
    QXmlStreamWriter m_x { &m_xml };
    bool m_landscape = false;
    bool m_firstSection = true;
    bool m_breakPending = false;
    int m_spaceBefore = 0; ///< twips from a Spacer, added to the next paragraph
};

void DocxWriter::runFonts(QXmlStreamWriter &x, FontRole font) const
{
    const QString family = ReportFonts::canonicalFamily(font);
    x.writeEmptyElement(u"w:rFonts"_s);
    x.writeAttribute(u"w:ascii"_s, family);
    x.writeAttribute(u"w:hAnsi"_s, family);
    x.writeAttribute(u"w:eastAsia"_s, family);
    x.writeAttribute(u"w:cs"_s, family);
}

void DocxWriter::sectionProperties(bool landscape, bool first)
{
    QXmlStreamWriter &x = m_x;
    x.writeStartElement(u"w:sectPr"_s);
    x.writeEmptyElement(u"w:footerReference"_s);
    x.writeAttribute(u"w:type"_s, u"default"_s);
    x.writeAttribute(u"r:id"_s, u"rIdFooterOdd"_s);
    if (!m_doc.draft) {
        x.writeEmptyElement(u"w:footerReference"_s);
        x.writeAttribute(u"w:type"_s, u"even"_s);
        x.writeAttribute(u"r:id"_s, u"rIdFooterEven"_s);
    }
    x.writeEmptyElement(u"w:pgSz"_s);
    x.writeAttribute(u"w:w"_s, QString::number(landscape ? kPaperLong : kPaperShort));
    x.writeAttribute(u"w:h"_s, QString::number(landscape ? kPaperShort : kPaperLong));
    if (landscape)
        x.writeAttribute(u"w:orient"_s, u"landscape"_s);
    x.writeEmptyElement(u"w:pgMar"_s);
    // Landscape: the portrait page turned so that its binding edge (订口) is on top.
    x.writeAttribute(u"w:top"_s, QString::number(landscape ? kLeft : kTop));
    x.writeAttribute(u"w:right"_s, QString::number(landscape ? kTop : kRight));
    x.writeAttribute(u"w:bottom"_s, QString::number(landscape ? kRight : kBottom));
    x.writeAttribute(u"w:left"_s, QString::number(landscape ? kBottom : kLeft));
    x.writeAttribute(u"w:header"_s, u"851"_s);
    x.writeAttribute(u"w:footer"_s, QString::number(landscape ? 567 : kFooter));
    x.writeAttribute(u"w:gutter"_s, u"0"_s);
    if (first) {
        x.writeEmptyElement(u"w:pgNumType"_s);
        x.writeAttribute(u"w:start"_s, u"1"_s);
    }
    x.writeEmptyElement(u"w:docGrid"_s);
    x.writeAttribute(u"w:type"_s, u"lines"_s);
    x.writeAttribute(u"w:linePitch"_s, QString::number(kLinePitch));
    x.writeEndElement();
}

void DocxWriter::endSection()
{
    m_x.writeStartElement(u"w:p"_s);
    m_x.writeStartElement(u"w:pPr"_s);
    sectionProperties(m_landscape, m_firstSection);
    m_x.writeEndElement();
    m_x.writeEndElement();
    m_firstSection = false;
}

void DocxWriter::paragraph(const Paragraph &p)
{
    QXmlStreamWriter &x = m_x;
    const int sz = int(std::lround(p.pointSize * 2));
    x.writeStartElement(u"w:p"_s);
    x.writeStartElement(u"w:pPr"_s);
    x.writeEmptyElement(u"w:pStyle"_s);
    x.writeAttribute(u"w:val"_s, styleId(p.role));
    if (p.keepWithNext)
        x.writeEmptyElement(u"w:keepNext"_s);
    if (m_breakPending)
        x.writeEmptyElement(u"w:pageBreakBefore"_s);
    m_breakPending = false;
    // Larger type would take two grid lines per line; it keeps its own exact spacing instead.
    if (!qFuzzyCompare(p.pointSize, 16)) {
        x.writeEmptyElement(u"w:snapToGrid"_s);
        x.writeAttribute(u"w:val"_s, u"0"_s);
    }
    x.writeEmptyElement(u"w:spacing"_s);
    x.writeAttribute(u"w:before"_s, QString::number(p.blankLinesBefore * kLinePitch + m_spaceBefore));
    x.writeAttribute(u"w:after"_s, u"0"_s);
    x.writeAttribute(u"w:line"_s, QString::number(std::max(kLinePitch, int(std::lround(p.pointSize * 26)))));
    x.writeAttribute(u"w:lineRule"_s, u"exact"_s);
    m_spaceBefore = 0;
    x.writeEmptyElement(u"w:ind"_s);
    x.writeAttribute(u"w:left"_s, u"0"_s);
    x.writeAttribute(u"w:right"_s, QString::number(p.rightIndentChars * kCharTwips));
    x.writeAttribute(u"w:firstLine"_s, QString::number(p.firstIndentChars * kCharTwips));
    x.writeEmptyElement(u"w:jc"_s);
    x.writeAttribute(u"w:val"_s, jc(p.align));
    x.writeEndElement(); // pPr
    for (const Run &run : p.runs) {
        x.writeStartElement(u"w:r"_s);
        x.writeStartElement(u"w:rPr"_s);
        runFonts(x, run.font);
        x.writeEmptyElement(u"w:b"_s);
        x.writeAttribute(u"w:val"_s, run.bold ? u"1"_s : u"0"_s);
        if (p.color != QColor(Qt::black)) {
            x.writeEmptyElement(u"w:color"_s);
            x.writeAttribute(u"w:val"_s, p.color.name().mid(1).toUpper());
        }
        x.writeEmptyElement(u"w:sz"_s);
        x.writeAttribute(u"w:val"_s, QString::number(sz));
        x.writeEmptyElement(u"w:szCs"_s);
        x.writeAttribute(u"w:val"_s, QString::number(sz));
        x.writeEndElement(); // rPr
        x.writeStartElement(u"w:t"_s);
        x.writeAttribute(u"xml:space"_s, u"preserve"_s);
        x.writeCharacters(xmlSafe(run.text));
        x.writeEndElement();
        x.writeEndElement(); // r
    }
    x.writeEndElement(); // p
}

void DocxWriter::rule(const Rule &r)
{
    QXmlStreamWriter &x = m_x;
    x.writeStartElement(u"w:p"_s);
    x.writeStartElement(u"w:pPr"_s);
    x.writeStartElement(u"w:pBdr"_s);
    x.writeEmptyElement(u"w:top"_s);
    x.writeAttribute(u"w:val"_s, u"single"_s);
    x.writeAttribute(u"w:sz"_s, QString::number(std::max(2, int(std::lround(r.widthMm / 25.4 * 72 * 8)))));
    x.writeAttribute(u"w:space"_s, u"0"_s);
    x.writeAttribute(u"w:color"_s, r.color.name().mid(1).toUpper());
    x.writeEndElement();
    x.writeEmptyElement(u"w:spacing"_s);
    x.writeAttribute(u"w:before"_s, QString::number(mmToTwips(r.gapBeforeMm) + m_spaceBefore));
    x.writeAttribute(u"w:after"_s, QString::number(mmToTwips(r.gapAfterMm)));
    x.writeAttribute(u"w:line"_s, u"240"_s);
    x.writeAttribute(u"w:lineRule"_s, u"exact"_s);
    m_spaceBefore = 0;
    x.writeEndElement();
    x.writeEndElement();
}

void DocxWriter::cellParagraph(const QString &text, Align align, bool header)
{
    QXmlStreamWriter &x = m_x;
    x.writeStartElement(u"w:p"_s);
    x.writeStartElement(u"w:pPr"_s);
    x.writeEmptyElement(u"w:pStyle"_s);
    x.writeAttribute(u"w:val"_s, u"TableText"_s);
    x.writeEmptyElement(u"w:jc"_s);
    x.writeAttribute(u"w:val"_s, jc(header ? Align::Center : align));
    x.writeEndElement();
    x.writeStartElement(u"w:r"_s);
    x.writeStartElement(u"w:rPr"_s);
    runFonts(x, header ? FontRole::HeiTi : FontRole::FangSong);
    x.writeEndElement();
    x.writeStartElement(u"w:t"_s);
    x.writeAttribute(u"xml:space"_s, u"preserve"_s);
    x.writeCharacters(xmlSafe(text));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
}

void DocxWriter::table(const Table &t)
{
    if (t.columns.isEmpty())
        return;
    QXmlStreamWriter &x = m_x;
    const int width = mmToTwips(m_landscape ? 225 : 156);
    qreal total = 0;
    for (const TableColumn &c : t.columns)
        total += std::max<qreal>(c.weight, 0.1);
    QList<int> widths;
    for (const TableColumn &c : t.columns)
        widths.append(int(width * std::max<qreal>(c.weight, 0.1) / total));
    x.writeStartElement(u"w:tbl"_s);
    x.writeStartElement(u"w:tblPr"_s);
    x.writeEmptyElement(u"w:tblW"_s);
    x.writeAttribute(u"w:w"_s, QString::number(width));
    x.writeAttribute(u"w:type"_s, u"dxa"_s);
    x.writeEmptyElement(u"w:jc"_s);
    x.writeAttribute(u"w:val"_s, u"center"_s);
    x.writeStartElement(u"w:tblBorders"_s);
    for (const QString &edge : { u"top"_s, u"left"_s, u"bottom"_s, u"right"_s, u"insideH"_s, u"insideV"_s }) {
        x.writeEmptyElement(u"w:"_s + edge);
        x.writeAttribute(u"w:val"_s, u"single"_s);
        x.writeAttribute(u"w:sz"_s, u"4"_s);
        x.writeAttribute(u"w:space"_s, u"0"_s);
        x.writeAttribute(u"w:color"_s, u"000000"_s);
    }
    x.writeEndElement();
    x.writeEmptyElement(u"w:tblLayout"_s);
    x.writeAttribute(u"w:type"_s, u"fixed"_s);
    x.writeEndElement(); // tblPr
    x.writeStartElement(u"w:tblGrid"_s);
    for (int w : std::as_const(widths)) {
        x.writeEmptyElement(u"w:gridCol"_s);
        x.writeAttribute(u"w:w"_s, QString::number(w));
    }
    x.writeEndElement();
    auto row = [&](const QStringList &cells, bool header) {
        x.writeStartElement(u"w:tr"_s);
        x.writeStartElement(u"w:trPr"_s);
        x.writeEmptyElement(u"w:cantSplit"_s);
        if (header)
            x.writeEmptyElement(u"w:tblHeader"_s);
        x.writeEndElement();
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            x.writeStartElement(u"w:tc"_s);
            x.writeStartElement(u"w:tcPr"_s);
            x.writeEmptyElement(u"w:tcW"_s);
            x.writeAttribute(u"w:w"_s, QString::number(widths.at(c)));
            x.writeAttribute(u"w:type"_s, u"dxa"_s);
            x.writeEmptyElement(u"w:vAlign"_s);
            x.writeAttribute(u"w:val"_s, u"center"_s);
            x.writeEndElement();
            cellParagraph(c < cells.size() ? cells.at(c) : QString(), t.columns.at(c).align, header);
            x.writeEndElement();
        }
        x.writeEndElement();
    };
    QStringList headers;
    for (const TableColumn &c : t.columns)
        headers.append(c.header);
    row(headers, true);
    for (const QStringList &cells : t.rows)
        row(cells, false);
    x.writeEndElement(); // tbl
}

QByteArray DocxWriter::document()
{
    QXmlStreamWriter &x = m_x;
    x.writeStartDocument();
    x.writeNamespace(QString::fromLatin1(W), u"w"_s);
    x.writeNamespace(QString::fromLatin1(R), u"r"_s);
    x.writeStartElement(QString::fromLatin1(W), u"document"_s);
    x.writeStartElement(u"w:body"_s);
    for (const Block &b : m_doc.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            paragraph(*p);
        } else if (const auto *t = std::get_if<Table>(&b)) {
            table(*t);
        } else if (const auto *c = std::get_if<BarChart>(&b)) {
            table(chartTable(*c)); // charts are printed as their data in word-processor formats
        } else if (const auto *r = std::get_if<Rule>(&b)) {
            rule(*r);
        } else if (const auto *s = std::get_if<Spacer>(&b)) {
            m_spaceBefore += mmToTwips(s->mm);
        } else if (const auto *br = std::get_if<PageBreak>(&b)) {
            if (br->landscape != m_landscape) {
                endSection(); // a new section starts on a new page
                m_landscape = br->landscape;
            } else {
                m_breakPending = true;
            }
        }
    }
    if (!m_doc.blocks.isEmpty() && !std::holds_alternative<Paragraph>(m_doc.blocks.back()))
        x.writeEmptyElement(u"w:p"_s); // the body ends with a paragraph, not a table
    sectionProperties(m_landscape, m_firstSection);
    x.writeEndElement(); // body
    x.writeEndElement(); // document
    x.writeEndDocument();
    return m_xml;
}

QByteArray DocxWriter::styles() const
{
    QByteArray xml;
    QXmlStreamWriter x(&xml);
    x.writeStartDocument();
    x.writeNamespace(QString::fromLatin1(W), u"w"_s);
    x.writeStartElement(QString::fromLatin1(W), u"styles"_s);
    x.writeStartElement(u"w:docDefaults"_s);
    x.writeStartElement(u"w:rPrDefault"_s);
    x.writeStartElement(u"w:rPr"_s);
    runFonts(x, FontRole::FangSong);
    x.writeEmptyElement(u"w:sz"_s);
    x.writeAttribute(u"w:val"_s, u"32"_s);
    x.writeEmptyElement(u"w:lang"_s);
    x.writeAttribute(u"w:val"_s, u"en-US"_s);
    x.writeAttribute(u"w:eastAsia"_s, u"zh-CN"_s);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    struct StyleSpec
    {
        QString id, name;
        FontRole font;
        int sz;
        bool bold;
        int outline; ///< -1 = none
        QString align;
        int firstLine;
    };
    const QList<StyleSpec> specs {
        { u"Normal"_s, u"Normal"_s, FontRole::FangSong, 32, false, -1, u"both"_s, 640 },
        { u"Title"_s, u"Title"_s, FontRole::XiaoBiaoSong, 44, false, -1, u"center"_s, 0 },
        { u"Subtitle"_s, u"Subtitle"_s, FontRole::KaiTi, 32, false, -1, u"center"_s, 0 },
        { u"Heading1"_s, u"heading 1"_s, FontRole::HeiTi, 32, false, 0, u"both"_s, 640 },
        { u"Heading2"_s, u"heading 2"_s, FontRole::KaiTi, 32, false, 1, u"both"_s, 640 },
        { u"Heading3"_s, u"heading 3"_s, FontRole::FangSong, 32, true, 2, u"both"_s, 640 },
        { u"Heading4"_s, u"heading 4"_s, FontRole::FangSong, 32, false, 3, u"both"_s, 640 },
        { u"AnnexLabel"_s, u"Annex Label"_s, FontRole::HeiTi, 32, false, -1, u"left"_s, 0 },
        { u"TableText"_s, u"Table Text"_s, FontRole::FangSong, 24, false, -1, u"left"_s, 0 },
    };
    for (const StyleSpec &s : specs) {
        x.writeStartElement(u"w:style"_s);
        x.writeAttribute(u"w:type"_s, u"paragraph"_s);
        if (s.id == u"Normal"_s)
            x.writeAttribute(u"w:default"_s, u"1"_s);
        x.writeAttribute(u"w:styleId"_s, s.id);
        x.writeEmptyElement(u"w:name"_s);
        x.writeAttribute(u"w:val"_s, s.name);
        if (s.id != u"Normal"_s) {
            x.writeEmptyElement(u"w:basedOn"_s);
            x.writeAttribute(u"w:val"_s, u"Normal"_s);
        }
        x.writeEmptyElement(u"w:qFormat"_s);
        // Children in schema order (CT_PPrBase): Word rejects files with misordered properties.
        x.writeStartElement(u"w:pPr"_s);
        if (s.outline >= 0)
            x.writeEmptyElement(u"w:keepNext"_s);
        if (s.sz != 32) {
            x.writeEmptyElement(u"w:snapToGrid"_s);
            x.writeAttribute(u"w:val"_s, u"0"_s);
        }
        x.writeEmptyElement(u"w:spacing"_s);
        x.writeAttribute(u"w:before"_s, u"0"_s);
        x.writeAttribute(u"w:after"_s, u"0"_s);
        if (s.id == u"TableText"_s) {
            x.writeAttribute(u"w:line"_s, u"240"_s);
            x.writeAttribute(u"w:lineRule"_s, u"auto"_s);
        } else {
            x.writeAttribute(u"w:line"_s, QString::number(kLinePitch));
            x.writeAttribute(u"w:lineRule"_s, u"exact"_s);
        }
        x.writeEmptyElement(u"w:ind"_s);
        x.writeAttribute(u"w:firstLine"_s, QString::number(s.firstLine));
        x.writeEmptyElement(u"w:jc"_s);
        x.writeAttribute(u"w:val"_s, s.align);
        if (s.outline >= 0) {
            x.writeEmptyElement(u"w:outlineLvl"_s);
            x.writeAttribute(u"w:val"_s, QString::number(s.outline));
        }
        x.writeEndElement();
        x.writeStartElement(u"w:rPr"_s);
        runFonts(x, s.font);
        if (s.bold)
            x.writeEmptyElement(u"w:b"_s);
        x.writeEmptyElement(u"w:sz"_s);
        x.writeAttribute(u"w:val"_s, QString::number(s.sz));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return xml;
}

QByteArray DocxWriter::footer(Align align) const
{
    QByteArray xml;
    QXmlStreamWriter x(&xml);
    x.writeStartDocument();
    x.writeNamespace(QString::fromLatin1(W), u"w"_s);
    x.writeStartElement(QString::fromLatin1(W), u"ftr"_s);
    x.writeStartElement(u"w:p"_s);
    x.writeStartElement(u"w:pPr"_s);
    x.writeEmptyElement(u"w:spacing"_s);
    x.writeAttribute(u"w:line"_s, u"240"_s);
    x.writeAttribute(u"w:lineRule"_s, u"auto"_s);
    x.writeEmptyElement(u"w:ind"_s);
    x.writeAttribute(u"w:left"_s, align == Align::Left ? u"280"_s : u"0"_s);
    x.writeAttribute(u"w:right"_s, align == Align::Right ? u"280"_s : u"0"_s);
    x.writeAttribute(u"w:firstLine"_s, u"0"_s);
    x.writeEmptyElement(u"w:jc"_s);
    x.writeAttribute(u"w:val"_s, jc(align));
    x.writeEndElement();
    auto run = [&](const QString &text, const QString &fieldChar = {}) {
        x.writeStartElement(u"w:r"_s);
        x.writeStartElement(u"w:rPr"_s);
        runFonts(x, FontRole::SongTi);
        x.writeEmptyElement(u"w:sz"_s);
        x.writeAttribute(u"w:val"_s, u"28"_s);
        x.writeEndElement();
        if (!fieldChar.isEmpty()) {
            x.writeEmptyElement(u"w:fldChar"_s);
            x.writeAttribute(u"w:fldCharType"_s, fieldChar);
        } else if (text == u"PAGE"_s) {
            x.writeStartElement(u"w:instrText"_s);
            x.writeAttribute(u"xml:space"_s, u"preserve"_s);
            x.writeCharacters(u" PAGE "_s);
            x.writeEndElement();
        } else {
            x.writeStartElement(u"w:t"_s);
            x.writeAttribute(u"xml:space"_s, u"preserve"_s);
            x.writeCharacters(text);
            x.writeEndElement();
        }
        x.writeEndElement();
    };
    run(u"— "_s);
    run({}, u"begin"_s);
    run(u"PAGE"_s);
    run({}, u"separate"_s);
    run(u"1"_s);
    run({}, u"end"_s);
    run(u" —"_s);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return xml;
}

QByteArray DocxWriter::settings() const
{
    QByteArray xml;
    QXmlStreamWriter x(&xml);
    x.writeStartDocument();
    x.writeNamespace(QString::fromLatin1(W), u"w"_s);
    x.writeStartElement(QString::fromLatin1(W), u"settings"_s);
    x.writeEmptyElement(u"w:defaultTabStop"_s);
    x.writeAttribute(u"w:val"_s, u"640"_s);
    if (!m_doc.draft)
        x.writeEmptyElement(u"w:evenAndOddHeaders"_s);
    x.writeEmptyElement(u"w:compat"_s);
    x.writeEndElement();
    x.writeEndDocument();
    return xml;
}

QByteArray contentTypes()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
)";
}

QByteArray packageRels()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
)";
}

QByteArray documentRels()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>
)";
}

QByteArray coreProperties(const QString &title)
{
    QByteArray xml;
    QXmlStreamWriter x(&xml);
    x.writeStartDocument();
    x.writeNamespace(u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s, u"cp"_s);
    x.writeNamespace(u"http://purl.org/dc/elements/1.1/"_s, u"dc"_s);
    x.writeStartElement(u"http://schemas.openxmlformats.org/package/2006/metadata/core-properties"_s,
                        u"coreProperties"_s);
    x.writeTextElement(u"http://purl.org/dc/elements/1.1/"_s, u"title"_s, xmlSafe(title));
    x.writeTextElement(u"http://purl.org/dc/elements/1.1/"_s, u"creator"_s, u"Planwright"_s);
    x.writeEndElement();
    x.writeEndDocument();
    return xml;
}

} // namespace

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != u'\t'))
            continue;
        out.append(c);
    }
    return out;
}

std::optional<QByteArray> docxBytes(const ReportDocument &document, QString *error)
{
    DocxWriter writer(document);
    const QByteArray body = writer.document();
    // The odd-page footer is the default one; drafts have only it, centred.
    const QList<ZipEntry> entries {
        { u"[Content_Types].xml"_s, contentTypes(), false },
        { u"_rels/.rels"_s, packageRels(), false },
        { u"word/document.xml"_s, body, false },
        { u"word/_rels/document.xml.rels"_s, documentRels(), false },
        { u"word/styles.xml"_s, writer.styles(), false },
        { u"word/settings.xml"_s, writer.settings(), false },
        { u"word/footer1.xml"_s, writer.footer(document.draft ? Align::Center : Align::Right), false },
        { u"word/footer2.xml"_s, writer.footer(Align::Left), false },
        { u"docProps/core.xml"_s, coreProperties(document.title), false },
    };
    return writeZip(entries, error);
}

} // namespace pw::report
