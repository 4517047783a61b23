// libFuzzer entry point for the writers' round trip: anything the importer accepts, saved, must open again
// (write-read symmetry) and save to the same bytes; a refusal must come with a one-line reason.

#include "import/importer.h"
#include "io/planfile.h"
#include "model/plan.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pw::import::ImportError importError;
    const auto imported = pw::import::importBytes(bytes, QStringLiteral("fuzz.txt"), &importError);
    if (!imported)
        return 0;
    QString error;
    const auto archive = pw::writePlanArchive(*imported->plan, {}, &error);
    if (!archive) {
        // Refusing is allowed (a limit), silently or over several lines is not.
        if (error.isEmpty() || error.contains(QLatin1Char('\n')))
            std::abort();
        return 0;
    }
    const auto loaded = pw::readPlanArchive(*archive, &error);
    if (!loaded)
        std::abort(); // saved, but would not open again
    const auto again = pw::writePlanArchive(*loaded->plan, loaded->extraEntries, &error);
    if (!again || *again != *archive)
        std::abort(); // not stable across a save-open-save cycle
    return 0;
}
