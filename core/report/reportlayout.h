#pragma once

// Pagination of report content on GB/T 9704 pages: A4, text block 156 × 225 mm at 28 mm / 37 mm, a fixed
// grid of 22 lines × 28 characters for 3号 body text, "— n —" page numbers 7 mm below the block, and
// landscape pages for wide annex tables (block 225 × 156 mm). Text is laid out once with QTextLayout in
// device-independent units (reportunits.h) and painted onto any QPagedPaintDevice: QPdfWriter, or a
// QPrinter for printing and preview.

#include "reportfonts.h"
#include "reportmodel.h"

#include <QRectF>

#include <memory>
#include <optional>

class QPainter;
class QPagedPaintDevice;

namespace pw::report {

struct PageGeometry
{
    QSizeF paperMm;
    QRectF blockMm; ///< the 版心 in millimetres from the paper's top-left
};

PageGeometry pageGeometry(bool landscape);

class ReportLayout
{
public:
    ReportLayout(const ReportDocument &document, const ReportFonts &fonts);
    ~ReportLayout();
    ReportLayout(const ReportLayout &) = delete;
    ReportLayout &operator=(const ReportLayout &) = delete;

    int pageCount() const;
    bool isLandscape(int page) const;
    /** Paints page @p page in layout units with the origin at the paper's top-left corner. */
    void paintPage(QPainter &painter, int page) const;
    /** Renders every page onto @p device, which must not be painting yet. With @p switchOrientation the
     *  device's page orientation follows each page (PDF); otherwise landscape pages are drawn turned on
     *  portrait paper, as a printer prints them. False with @p error if the device cannot be painted. */
    bool render(QPagedPaintDevice *device, bool switchOrientation, QString *error) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/** Lays out and renders a PDF in memory, with the text layer repaired for Chinese (pdfunicode.h). */
std::optional<QByteArray> pdfBytes(const ReportDocument &document, const ReportFonts &fonts, QString *error);
/** Lays out and writes a PDF (vector text, embedded font subsets) to @p path. */
bool writePdf(const ReportDocument &document, const ReportFonts &fonts, const QString &path, QString *error);

} // namespace pw::report
