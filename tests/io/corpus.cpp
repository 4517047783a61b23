#include "corpus.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pw::testing {

QString corpusDir() { return QStringLiteral(TEST_DATA_DIR) + u"/malformed"_s; }

std::vector<CorpusCase> corpusCases()
{
    std::vector<CorpusCase> cases;
    QFile table(corpusDir() + u"/expected.tsv"_s);
    if (!table.open(QIODevice::ReadOnly))
        return cases;
    while (!table.atEnd()) {
        const QString line = QString::fromUtf8(table.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 3)
            cases.push_back({ corpusDir() + u'/' + fields.at(0), fields.at(1), fields.at(2) });
    }
    return cases;
}

std::string corpusCaseName(const CorpusCase &c)
{
    std::string name = QFileInfo(c.file).completeBaseName().toStdString();
    for (char &ch : name) {
        if (!std::isalnum(static_cast<unsigned char>(ch)))
            ch = '_';
    }
    return name;
}

} // namespace pw::testing
