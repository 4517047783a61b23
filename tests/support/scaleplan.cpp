#include "scaleplan.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pw::testing {
namespace {

const QStringList kBureaus { u"发展和改革局"_s, u"工业和信息化局"_s, u"生态环境局"_s, u"住房和城乡建设局"_s,
    u"交通运输局"_s, u"自然资源和规划局"_s, u"农业农村局"_s, u"财政局"_s, u"商务局"_s, u"科学技术局"_s,
    u"市场监督管理局"_s, u"统计局"_s, u"机关事务管理局"_s, u"教育局"_s, u"城市管理局"_s, u"林业局"_s,
    u"水利局"_s, u"应急管理局"_s, u"人力资源和社会保障局"_s, u"国有资产监督管理委员会"_s };
const QStringList kPlaces { u"市"_s, u"东城区"_s, u"西湖区"_s, u"高新区"_s, u"南山县"_s, u"北岭县"_s,
    u"江口区"_s, u"临港新区"_s, u"青山县"_s, u"石门区"_s };
const QStringList kIndicators { u"单位地区生产总值能耗"_s, u"单位地区生产总值二氧化碳排放"_s,
    u"非化石能源消费比重"_s, u"城镇新建建筑中绿色建筑面积占比"_s, u"森林覆盖率"_s, u"可再生能源装机容量"_s,
    u"新能源汽车新车销售量占比"_s, u"城市绿色出行比例"_s, u"规模以上工业单位增加值能耗"_s,
    u"公共机构单位建筑面积能耗"_s, u"煤炭消费比重"_s, u"清洁取暖率"_s };

QString department(QRandomGenerator &random, int departments)
{
    const int i = int(random.bounded(departments));
    return kPlaces.at(i / kBureaus.size() % kPlaces.size()) + kBureaus.at(i % kBureaus.size());
}

QString chinese(int n)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return u"十"_s + (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString(digits.at(n / 10)) + u"十"_s + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

} // namespace

QStringList planSentences(const QStringList &dirs)
{
    QStringList sentences;
    QSet<QString> seen;
    for (const QString &dir : dirs) {
        for (const QFileInfo &info : QDir(dir).entryInfoList({ u"*.txt"_s }, QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (QString s : text.split(u'。')) {
                s = s.simplified().remove(u' ');
                // Plain prose only: no heading numbers, labels or table cells.
                if (s.size() < 12 || s.size() > 90 || s.contains(u'\t') || s.contains(u'：')
                    || s.contains(u':') || s.contains(u"单位"_s) || s.contains(u"牵头"_s)
                    || !s.contains(u'、') || s.front().isDigit() || s.startsWith(u'（') || s.startsWith(u'(')
                    || seen.contains(s))
                    continue;
                seen.insert(s);
                sentences.append(s + u'。');
            }
        }
    }
    return sentences;
}

QString scalePlanText(const QStringList &sentences, int tasks, quint32 seed)
{
    QRandomGenerator random(seed);
    const int departments = std::clamp(tasks * 30 / 500, 30, int(kBureaus.size() * kPlaces.size()));
    const auto sentence = [&] { return sentences.at(int(random.bounded(int(sentences.size())))); };
    QString text
        = u"%1碳达峰实施方案\n\n为深入贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，结合本地实际，制定本方案。\n"_s
              .arg(kPlaces.at(int(seed % kPlaces.size())));
    const int chapters = std::clamp(tasks / 400, 1, 60);
    const int actionsPerChapter = std::clamp(tasks / 8 / chapters, 1, 30);
    const int tasksPerAction = std::max(1, tasks / (chapters * actionsPerChapter));
    int written = 0;
    for (int c = 1; c <= chapters && written < tasks; ++c) {
        text += u"%1、%2\n"_s.arg(chinese(std::min(c, 99)), sentence().left(10));
        if (c == 1) {
            for (int year : { 2025, 2030 }) {
                text += u"到%1年，%2下降%3%，%4达到%5%左右。\n"_s.arg(year)
                            .arg(kIndicators.at(int(random.bounded(int(kIndicators.size())))))
                            .arg(10 + random.bounded(10))
                            .arg(kIndicators.at(int(random.bounded(int(kIndicators.size())))))
                            .arg(20 + random.bounded(30));
            }
        }
        for (int a = 1; a <= actionsPerChapter && written < tasks; ++a) {
            text += u"（%1）%2\n"_s.arg(chinese(std::min(a, 99)), sentence().left(12));
            for (int t = 1; t <= tasksPerAction && written < tasks; ++t, ++written) {
                text += u"%1.%2%3%4"_s.arg(t).arg(sentence().left(14), sentence(), sentence());
                if (random.bounded(6) == 0) {
                    text += u"到%1年，%2达到%3%以上。"_s.arg(2025 + 5 * int(random.bounded(2)))
                                .arg(kIndicators.at(int(random.bounded(int(kIndicators.size())))))
                                .arg(10 + random.bounded(80));
                }
                // Assignments in the styles real plans use: a label line, or a parenthesis after the task.
                const QString lead = department(random, departments);
                const QString support
                    = department(random, departments) + u"、"_s + department(random, departments);
                if (random.bounded(2) == 0)
                    text += u"\n牵头单位："_s + lead + u"；配合单位："_s + support + u'\n';
                else
                    text += u"（"_s + lead + u"牵头，"_s + support + u"按职责分工负责）\n"_s;
            }
        }
    }
    return text;
}

} // namespace pw::testing
