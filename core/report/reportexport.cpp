#include "reportexport.h"

#include "officewriters.h"
#include "reportlayout.h"

#include "io/planfile.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pw::report {

std::optional<ReportFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return ReportFormat::Pdf;
    if (suffix == u"docx"_s)
        return ReportFormat::Docx;
    if (suffix == u"odt"_s)
        return ReportFormat::Odt;
    return std::nullopt;
}

bool exportReport(const ReportDocument &document, const ReportFonts &fonts, const QString &path, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        if (error)
            *error = QCoreApplication::translate("pw::report::Export", "unsupported report format: %1 (use .pdf, .docx or .odt)")
                         .arg(QFileInfo(path).fileName());
        return false;
    }
    switch (*format) {
    case ReportFormat::Pdf:
        return writePdf(document, fonts, path, error);
    case ReportFormat::Docx: {
        const auto bytes = docxBytes(document, error);
        return bytes && writeFileAtomically(path, *bytes, error);
    }
    case ReportFormat::Odt: {
        const auto bytes = odtBytes(document, error);
        return bytes && writeFileAtomically(path, *bytes, error);
    }
    }
    return false;
}

} // namespace pw::report
