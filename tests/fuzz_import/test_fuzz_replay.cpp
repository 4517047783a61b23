// Replays the fuzz corpus (seeds and malformed inputs) through the fuzz entry point with the normal compiler,
// so CI exercises it even where libFuzzer is not available.

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

using namespace Qt::StringLiterals;

TEST(FuzzReplay, CorpusDoesNotCrash)
{
    int files = 0;
    for (const QString &dir : { u"/seeds"_s, u"/malformed-import"_s }) {
        const QDir d(QStringLiteral(TEST_DATA_DIR) + dir);
        for (const QString &name : d.entryList(QDir::Files)) {
            QFile f(d.filePath(name));
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            EXPECT_EQ(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
            // Truncations at a few points reach the decoder's and parser's edge cases.
            for (const qsizetype cut : { qsizetype(1), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1 }) {
                if (cut > 0 && cut < bytes.size())
                    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(cut));
            }
            ++files;
        }
    }
    EXPECT_GT(files, 20);
}
