// Write-read symmetry: the save path checks the archive it is about to commit with the loader's own limits,
// so Planwright never replaces a good file with one it would then refuse to open.

#include "clirun.h"

#include "io/limits.h"
#include "io/planfile.h"
#include "model/plan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace pw;
using namespace pw::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Saves a small good plan at @p path and returns its bytes. */
QByteArray goodFile(const QString &path)
{
    Plan plan;
    plan.metadata.title = u"原方案"_s;
    QString error;
    EXPECT_TRUE(savePlanFile(plan, {}, path, &error)) << qPrintable(error);
    return fileBytes(path);
}

/** Saving @p plan over a good file fails with a "too large" reason and leaves the file as it was. */
void expectRefusedOverGoodFile(const Plan &plan)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.pwplan"_s);
    const QByteArray before = goodFile(path);
    QString error;
    EXPECT_FALSE(savePlanFile(plan, {}, path, &error));
    EXPECT_TRUE(error.contains(u"too large: "_s)) << qPrintable(error);
    EXPECT_FALSE(error.contains(u'\n'));
    EXPECT_EQ(fileBytes(path), before);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}
void put32(QByteArray &b, qsizetype at, quint32 v)
{
    qToLittleEndian(v, b.data() + at);
}

/** @p prefix + @p zip with every offset moved as `zip -A` does for self-extracting archives. */
QByteArray adjustedForPrefix(const QByteArray &prefix, const QByteArray &zip)
{
    QByteArray out = prefix + zip;
    const qsizetype end = out.size() - 22; // our writer adds no archive comment
    const quint32 directory = u32(out, end + 16);
    for (qsizetype at = prefix.size() + directory; u32(out, at) == 0x02014b50u;
         at += 46 + u16(out, at + 28) + u16(out, at + 30) + u16(out, at + 32))
        put32(out, at + 42, u32(out, at + 42) + quint32(prefix.size()));
    put32(out, end + 16, directory + quint32(prefix.size()));
    return out;
}

} // namespace

TEST(WriteRead, SourceTextThatCompressesTooWellIsStoredAndOpensAgain)
{
    QTemporaryDir dir;
    Plan plan;
    plan.sourceText = u"一、\n"_s.repeated(1000000);
    const QString path = dir.filePath(u"repetitive.pwplan"_s);
    QString error;
    ASSERT_TRUE(savePlanFile(plan, {}, path, &error)) << qPrintable(error);
    const auto loaded = loadPlanFile(path, &error);
    ASSERT_TRUE(loaded) << qPrintable(error);
    EXPECT_EQ(loaded->plan->sourceText, plan.sourceText);
}

TEST(WriteRead, PlanJsonOverTheReadersLimitIsRefusedBeforeReplacing)
{
    Plan plan;
    // 24 M CJK characters are 72 MB of UTF-8, over the 64 MB plan.json limit.
    plan.root().insertChild(0,
        std::make_unique<Node>(NodeContent { .title = u"正文"_s, .text = QString(24 << 20, QChar(0x4e00)) }));
    expectRefusedOverGoodFile(plan);
}

TEST(WriteRead, MoreNodesThanTheReaderAcceptsAreRefusedBeforeReplacing)
{
    Plan plan;
    constexpr int kActions = 100;
    for (int a = 0; a < kActions; ++a) {
        auto action = std::make_unique<Node>(NodeContent { .kind = NodeKind::Action, .title = u"行动"_s });
        for (int i = 0; i < limits::kNodes / kActions; ++i)
            action->insertChild(i, std::make_unique<Node>(NodeContent { .title = u"任务"_s }));
        plan.root().insertChild(a, std::move(action));
    }
    expectRefusedOverGoodFile(plan);
}

TEST(WriteRead, ImportOfHugeDocumentsNeverWritesAnUnreadableFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"out.pwplan"_s);
    const QByteArray before = goodFile(out);
    const QString sentence = u"推进工业领域节能降碳，加快淘汰落后产能，到2025年单位工业增加值能耗下降14%。"_s;
    const QList<std::pair<QString, QString>> documents {
        { u"repetitive.txt"_s, u"一、\n"_s.repeated(1000000) },
        { u"huge.html"_s,
            u"<html><body>"_s + (u"<h2>一、重点任务</h2><p>"_s + sentence + u"</p>"_s).repeated(60000)
                + u"</body></html>"_s },
        { u"text.txt"_s, (u"一、重点任务\n"_s + sentence.repeated(200) + u'\n').repeated(600) },
    };
    for (const auto &[name, text] : documents) {
        const QString input = dir.filePath(name);
        QFile file(input);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        const CliRun run = runPlanwright({ u"import"_s, input, u"-o"_s, out }, 120000);
        ASSERT_GE(run.code, 0) << qPrintable(name) << " crashed or hung";
        if (run.code == 0) {
            EXPECT_EQ(runPlanwright({ u"validate"_s, out }).code, 0)
                << qPrintable(name) << " was saved unreadable";
        } else {
            EXPECT_EQ(fileBytes(out), before) << qPrintable(name);
            EXPECT_TRUE(run.err.contains(u"too large: "_s)) << qPrintable(run.err.left(300));
        }
        QFile::remove(out);
        goodFile(out);
    }
}

TEST(WriteRead, AZipWithAScriptPrefixIsRejectedAsTheReadmeSays)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.pwplan"_s);
    goodFile(plain);
    // Plain concatenation (`cat script plan > x`) leaves every offset pointing into the script; `zip -A`
    // moves them, which is what self-extracting archives do. Both are refused.
    const QByteArray prefix = "#!/bin/sh\necho hello\nexit 0\n";
    for (const QByteArray &bytes :
        { prefix + fileBytes(plain), adjustedForPrefix(prefix, fileBytes(plain)) }) {
        const QString shifted = dir.filePath(u"shifted.pwplan"_s);
        QFile file(shifted);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const CliRun run = runPlanwright({ u"validate"_s, shifted });
        EXPECT_EQ(run.code, 1) << qPrintable(run.out);
        EXPECT_TRUE(run.err.contains(u"before"_s)) << qPrintable(run.err);
    }
}
