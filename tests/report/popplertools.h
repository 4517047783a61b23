#pragma once

// Reading PDFs in tests through poppler-utils (pdfinfo, pdffonts, pdftotext), as an independent reader.

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace pw::testing {

bool popplerAvailable();
/** Runs @p program with @p args; stdout, or a null string on failure. */
QString runTool(const QString &program, const QStringList &args, int timeoutMs = 60000);

struct PdfWord
{
    int page; ///< 1-based
    QRectF box; ///< in points, origin top-left
    QString text;
};

struct PdfInfo
{
    int pages = 0;
    QList<QSizeF> pageSizes; ///< in points, per page
};

PdfInfo pdfInfo(const QString &path);
/** Rows of pdffonts: name, type, embedded. */
struct PdfFont
{
    QString name;
    QString type;
    bool embedded;
};
QList<PdfFont> pdfFonts(const QString &path);
QList<PdfWord> pdfWords(const QString &path);
/** Plain text of @p page (1-based), or of the whole document for 0. */
QString pdfText(const QString &path, int page = 0);

} // namespace pw::testing

namespace pw::testing {

/** Bounding box in millimetres of the dark pixels of @p page (1-based) inside @p regionMm, rendered with
 *  pdftoppm; an empty rect if nothing is printed there. */
QRectF inkBoundsMm(const QString &pdf, int page, const QRectF &regionMm);
/** Renders @p page to a PNG at @p dpi; false on failure. */
bool renderPng(const QString &pdf, int page, int dpi, const QString &pngPath);

} // namespace pw::testing
