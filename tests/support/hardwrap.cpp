#include "hardwrap.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pw::testing {

QString hardWrapped(const QString &paragraphs)
{
    constexpr double kWidth = 28;
    constexpr int kLinesPerPage = 22;
    const QStringView noLineStart = u"。，、；：？！）》”’%．.,;:)";
    const QStringView noLineEnd = u"（《“‘(";
    QStringList lines;
    int page = 1;
    auto printLine = [&](const QString &line) {
        lines.append(line);
        if (lines.size() % (kLinesPerPage + 3) == kLinesPerPage)
            lines << QString() << u"— %1 —"_s.arg(page++) << u"\f"_s;
    };
    for (const QString &paragraph : paragraphs.split(u'\n')) {
        const QString par = paragraph.trimmed();
        QString line;
        double width = 0;
        for (qsizetype i = 0; i < par.size();) {
            qsizetype end = i + 1;
            if (par.at(i).unicode() < 0x80) {
                while (end < par.size() && par.at(end).unicode() < 0x80)
                    ++end;
            }
            const QString unit = par.mid(i, end - i);
            const double w = par.at(i).unicode() < 0x80 ? unit.size() / 2.0 : 1.0;
            if (width + w > kWidth && !line.isEmpty() && !noLineStart.contains(unit.front())) {
                // An opening bracket moves to the next line with what it opens.
                const qsizetype carry = noLineEnd.contains(line.back()) ? 1 : 0;
                printLine(line.chopped(carry));
                line = line.right(carry);
                width = carry;
            }
            line += unit;
            width += w;
            i = end;
        }
        if (!line.isEmpty())
            printLine(line);
    }
    return lines.join(u'\n');
}

} // namespace pw::testing
