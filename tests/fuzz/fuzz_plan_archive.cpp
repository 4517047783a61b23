// libFuzzer target: any bytes through readPlanArchive(). Beyond "no crash, no sanitizer report, bounded
// memory" it checks two invariants: every rejection carries a one-line reason, and every accepted plan
// saves and loads again to the same bytes.

#include "io/planfile.h"
#include "model/plan.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto loaded = pw::readPlanArchive(bytes, &error);
    if (!loaded) {
        if (error.isEmpty() || error.contains(u'\n'))
            std::abort();
        return 0;
    }
    const auto saved = pw::writePlanArchive(*loaded->plan, loaded->extraEntries, &error);
    if (!saved)
        std::abort();
    const auto reloaded = pw::readPlanArchive(*saved, &error);
    if (!reloaded)
        std::abort();
    const auto resaved = pw::writePlanArchive(*reloaded->plan, reloaded->extraEntries, &error);
    if (!resaved || *resaved != *saved)
        std::abort();
    return 0;
}
