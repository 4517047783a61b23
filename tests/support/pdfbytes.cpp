#include "pdfbytes.h"

using namespace Qt::StringLiterals;

namespace pw::pdftest {
namespace {

/** A PDF from its objects (numbered from 1; object 1 is the catalog) with a correct cross-reference table. */
QByteArray assemble(const QList<QByteArray> &objects)
{
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stream(const QByteArray &dictionary, const QByteArray &data)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
        + "\nendstream";
}

/** Identity ToUnicode map: every two-byte code is the UTF-16 code unit it names. */
QByteArray identityToUnicode()
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                      "/CMapName /Identity-UTF16 def /CMapType 2 def\n"
                      "1 begincodespacerange <0000> <FFFF> endcodespacerange\n";
    for (int block = 0; block < 256; block += 100) {
        const int n = std::min(100, 256 - block);
        cmap += QByteArray::number(n) + " beginbfrange\n";
        for (int hi = block; hi < block + n; ++hi) {
            const QByteArray h = QByteArray::number(hi, 16).rightJustified(2, '0').toUpper();
            cmap += "<" + h + "00> <" + h + "FF> <" + h + "00>\n";
        }
        cmap += "endbfrange\n";
    }
    return cmap + "endcmap CMapName currentdict /CMap defineresource pop end end";
}

constexpr double kPageHeight = 842;

} // namespace

QByteArray textPdf(const QList<QList<TextLine>> &pages)
{
    // 1 catalog, 2 page tree, 3 font, 4 descendant font, 5 ToUnicode, then a page and its content per page.
    QList<QByteArray> objects { "<< /Type /Catalog /Pages 2 0 R >>", {},
        "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R]"
        " /ToUnicode 5 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 126 500] "
        ">>",
        stream({}, identityToUnicode()) };
    QByteArray kids;
    for (const QList<TextLine> &lines : pages) {
        const qsizetype page = objects.size() + 1;
        QByteArray content;
        for (const TextLine &l : lines) {
            QByteArray hex;
            for (QChar c : l.text)
                hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            content += "BT /F1 " + QByteArray::number(l.size) + " Tf 1 0 0 1 " + QByteArray::number(l.x) + " "
                + QByteArray::number(kPageHeight - l.y) + " Tm <" + hex + "> Tj ET\n";
        }
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            " /Contents "
            + QByteArray::number(page + 1) + " 0 R >>");
        objects.append(stream({}, content));
        kids += QByteArray::number(page) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    return assemble(objects);
}

QByteArray imageOnlyPdf()
{
    return assemble({ "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >>"
        " /Contents 4 0 R >>",
        stream({}, "q 400 0 0 600 100 100 cm /Im1 Do Q"),
        stream(
            "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8",
            "\x80") });
}

QByteArray manyPagesPdf(int pages)
{
    QList<QByteArray> objects { "<< /Type /Catalog /Pages 2 0 R >>", {} };
    QByteArray kids;
    kids.reserve(qsizetype(pages) * 10);
    for (int p = 0; p < pages; ++p) {
        kids += QByteArray::number(objects.size() + 1) + " 0 R ";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    return assemble(objects);
}

QByteArray deeplyNestedPdf(int depth)
{
    QByteArray pdf = textPdf({ { { 72, 100, u"Nested"_s } } });
    const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
    pdf.replace("/Type /Page /Parent", "/Type /Page /Nest " + nested + " /Parent");
    return pdf; // the cross-reference offsets are now wrong too: readers must reconstruct them
}

} // namespace pw::pdftest
