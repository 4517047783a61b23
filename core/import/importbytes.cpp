// Which reader turns a file's bytes into text: PDF (Poppler), Word (.docx), HTML or plain text in any of the
// encodings plans come in; the text then goes through importText().

#include "importer.h"

#include "documentreaders.h"
#include "pdfreader.h"
#include "textdecoder.h"

#include "io/filesafety.h"
#include "io/limits.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pw::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pw::import::Importer", text);
}

bool looksLikeHtml(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s)
        return true;
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
}

} // namespace

std::optional<ImportResult> importBytes(const QByteArray &bytes, const QString &fileName, ImportError *error)
{
    if (bytes.isEmpty()) {
        if (error)
            *error = { tr("the file is empty"), -1 };
        return std::nullopt;
    }
    QString format = u"text"_s;
    QString encoding;
    QString text;
    std::optional<PdfText> pdf;
    if (bytes.startsWith("%PDF-") || QFileInfo(fileName).suffix().toLower() == u"pdf"_s) {
        QString message;
        pdf = pdfText(bytes, &message);
        if (!pdf) {
            if (error)
                *error = { message, -1 };
            return std::nullopt;
        }
        text = pdf->text;
        format = u"pdf"_s;
    } else if (bytes.startsWith("PK\x03\x04") || QFileInfo(fileName).suffix().toLower() == u"docx"_s) {
        QString message;
        const auto t = docxText(bytes, &message);
        if (!t) {
            if (error)
                *error = { message, -1 };
            return std::nullopt;
        }
        text = *t;
        format = u"docx"_s;
        encoding = u"UTF-8"_s;
    } else {
        DecodeError decodeError;
        const auto decoded = decodeText(bytes, &decodeError);
        if (!decoded) {
            if (error)
                *error = { decodeError.message, decodeError.byteOffset };
            return std::nullopt;
        }
        encoding = decoded->encoding;
        text = decoded->text;
        if (looksLikeHtml(bytes, fileName)) {
            text = htmlText(text);
            format = u"html"_s;
        }
    }
    auto result = importText(text, QFileInfo(fileName).fileName(), error);
    if (result) {
        result->report.format = format;
        result->report.encoding = encoding;
        if (pdf) {
            result->report.removedPageMarkers += pdf->removedFurniture;
            result->report.joinedLines += pdf->joinedLines;
            result->plan->sourceLayout = std::move(pdf->layout);
        }
    }
    return result;
}

std::optional<ImportResult> importFile(const QString &path, ImportError *error)
{
    QString message;
    const auto bytes = readFileBounded(path, kMaxImportBytes, &message);
    if (!bytes) {
        if (error)
            *error = { message, -1 };
        return std::nullopt;
    }
    return importBytes(*bytes, path, error);
}

} // namespace pw::import
