#include "reportexport.h"

#include "reportlayout.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pw::report {

std::optional<ReportFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return ReportFormat::Pdf;
    return std::nullopt;
}

bool exportReport(const ReportDocument &document, const ReportFonts &fonts, const QString &path, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        if (error)
            *error = QCoreApplication::translate("pw::report::Export", "unsupported report format: %1 (use .pdf)")
                         .arg(QFileInfo(path).fileName());
        return false;
    }
    switch (*format) {
    case ReportFormat::Pdf:
        return writePdf(document, fonts, path, error);
    case ReportFormat::Docx:
    case ReportFormat::Odt:
        break;
    }
    return false;
}

} // namespace pw::report
