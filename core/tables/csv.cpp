#include "csv.h"

#include "io/planfile.h"

using namespace Qt::StringLiterals;

namespace pw::tables {
namespace {

bool isFormulaLead(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && isFormulaLead(field.front()))
        field.prepend(u'\'');
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r');
    if (!quote)
        return field;
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' + field + u'"';
}

QString toCsv(const Table &table)
{
    QString out;
    for (const QStringList &row : table) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                out += u',';
            out += csvField(row.at(i));
        }
        out += u"\r\n"_s;
    }
    return out;
}

Table parseCsv(const QString &text, QString *error, qsizetype maxCells)
{
    Table table;
    QStringList row;
    QString field;
    qsizetype cells = 0;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool fieldStarted = false;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return Table {};
    };
    auto endField = [&] {
        row.append(field);
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
        ++cells;
    };
    auto endRow = [&] {
        endField();
        table.append(row);
        row.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (cells > maxCells)
            return fail(u"too many cells"_s);
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted || wasQuoted)
                return fail(u"quote inside an unquoted field at character %1"_s.arg(i + 1));
            inQuotes = true;
            wasQuoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRow();
        } else {
            if (wasQuoted)
                return fail(u"text after a closing quote at character %1"_s.arg(i + 1));
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return fail(u"unterminated quoted field"_s);
    if (fieldStarted || wasQuoted || !row.isEmpty())
        endRow();
    if (error)
        error->clear();
    return table;
}

bool saveCsv(const QString &path, const Table &table, QString *error)
{
    QString problem;
    const bool saved = writeFileAtomically(path, toCsv(table).toUtf8(), &problem);
    if (error)
        *error = problem;
    return saved;
}

QString toTsv(const Table &table)
{
    QString out;
    for (const QStringList &row : table) {
        QStringList cells;
        cells.reserve(row.size());
        for (QString cell : row) {
            cell.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
            cells.append(cell);
        }
        out += cells.join(u'\t') + u'\n';
    }
    return out;
}

Table parseTsv(const QString &text, qsizetype maxCells)
{
    Table table;
    qsizetype cells = 0;
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        QStringList row = line.split(u'\t');
        for (QString &cell : row) {
            if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
                cell = cell.mid(1, cell.size() - 2).replace(u"\"\""_s, u"\""_s);
        }
        cells += row.size();
        if (cells > maxCells)
            break;
        table.append(row);
    }
    return table;
}

} // namespace pw::tables
