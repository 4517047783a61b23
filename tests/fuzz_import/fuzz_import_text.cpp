// libFuzzer entry point for the text importer: arbitrary bytes through decoding (UTF-8/UTF-16/GB18030),
// debris cleanup, outline, assignment and target parsing. Must never crash, hang or grow without bound.

#include "import/importer.h"
#include "model/plan.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pw::import::ImportError error;
    // Plain text path; names with other suffixes would route to the docx/html readers.
    const auto result = pw::import::importBytes(bytes, QStringLiteral("fuzz.txt"), &error);
    if (result && result->plan) {
        // Every span must lie inside the kept source text.
        const qint64 n = result->plan->sourceText.size();
        for (const pw::Target &t : result->plan->targets) {
            if (t.span.start < 0 || t.span.start + t.span.length > n)
                __builtin_trap();
        }
    }
    return 0;
}
