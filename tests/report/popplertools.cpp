#include "popplertools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace pw::testing {

bool popplerAvailable()
{
    for (const QString &tool : { u"pdfinfo"_s, u"pdffonts"_s, u"pdftotext"_s }) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return false;
    }
    return true;
}

QString runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return out.isNull() ? u""_s : out;
}

PdfInfo pdfInfo(const QString &path)
{
    PdfInfo info;
    const QString summary = runTool(u"pdfinfo"_s, { path });
    info.pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(summary).captured(1).toInt();
    if (info.pages <= 0)
        return info;
    const QString pages = runTool(u"pdfinfo"_s, { u"-f"_s, u"1"_s, u"-l"_s, QString::number(info.pages), path });
    static const QRegularExpression size(u"Page\\s+\\d+\\s+size:\\s+([\\d.]+) x ([\\d.]+)"_s);
    for (auto it = size.globalMatch(pages); it.hasNext();) {
        const auto m = it.next();
        info.pageSizes.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
    }
    return info;
}

QList<PdfFont> pdfFonts(const QString &path)
{
    QList<PdfFont> fonts;
    const QStringList lines = runTool(u"pdffonts"_s, { path }).split(u'\n');
    // name type encoding emb sub uni object ID; the type may contain spaces ("CID Type 0C").
    static const QRegularExpression row(u"^(\\S+)\\s+(.+?)\\s+(\\S+)\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s);
    for (const QString &line : lines) {
        const auto m = row.match(line.trimmed());
        if (m.hasMatch())
            fonts.append({ m.captured(1), m.captured(2), m.captured(4) == u"yes"_s });
    }
    return fonts;
}

QList<PdfWord> pdfWords(const QString &path)
{
    QList<PdfWord> words;
    const QString html = runTool(u"pdftotext"_s, { u"-bbox"_s, path, u"-"_s });
    QXmlStreamReader xml(html);
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page"_s) {
            ++page;
        } else if (xml.name() == u"word"_s) {
            const auto a = xml.attributes();
            const qreal x0 = a.value(u"xMin"_s).toDouble(), y0 = a.value(u"yMin"_s).toDouble();
            const qreal x1 = a.value(u"xMax"_s).toDouble(), y1 = a.value(u"yMax"_s).toDouble();
            words.append({ page, QRectF(QPointF(x0, y0), QPointF(x1, y1)), xml.readElementText() });
        }
    }
    return words;
}

QString pdfText(const QString &path, int page)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << path << u"-"_s;
    return runTool(u"pdftotext"_s, args);
}

} // namespace pw::testing

#include <QImage>
#include <QTemporaryDir>

namespace pw::testing {

bool renderPng(const QString &pdf, int page, int dpi, const QString &pngPath)
{
    QString base = pngPath;
    base.chop(4); // pdftoppm appends .png itself
    return !runTool(u"pdftoppm"_s, { u"-png"_s, u"-singlefile"_s, u"-r"_s, QString::number(dpi), u"-f"_s,
                                     QString::number(page), u"-l"_s, QString::number(page), pdf, base })
                .isNull();
}

QRectF inkBoundsMm(const QString &pdf, int page, const QRectF &regionMm)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"page.png"_s);
    constexpr int dpi = 150;
    if (!renderPng(pdf, page, dpi, png))
        return {};
    const QImage image = QImage(png).convertToFormat(QImage::Format_Grayscale8);
    const qreal pxPerMm = dpi / 25.4;
    const QRect region = QRectF(regionMm.topLeft() * pxPerMm, regionMm.size() * pxPerMm).toRect() & image.rect();
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = region.left(); x <= region.right(); ++x) {
            if (row[x] < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return {};
    return QRectF(QPointF(left / pxPerMm, top / pxPerMm), QPointF((right + 1) / pxPerMm, (bottom + 1) / pxPerMm));
}

} // namespace pw::testing
