// libFuzzer entry point for the text importer: arbitrary bytes through decoding (UTF-8/UTF-16/GB18030),
// debris cleanup, outline, assignment and target parsing. Must never crash, hang or grow without bound.

#include "import/importer.h"
#include "import/importreport.h"
#include "model/plan.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pw::import::ImportError error;
    // Plain text path (HTML is recognised from the content too); .docx goes through the zip layer's own fuzzer.
    const auto result = pw::import::importBytes(bytes, QStringLiteral("fuzz.txt"), &error);
    if (!result) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    // Every span must lie inside the kept source text.
    const qint64 n = result->plan->sourceText.size();
    auto inside = [n](const pw::SourceSpan &s) { return !s.isValid() || (s.length >= 0 && s.start + s.length <= n); };
    for (const pw::Target &t : result->plan->targets) {
        if (!inside(t.span))
            std::abort();
    }
    bool ok = true;
    result->plan->root().forEach([&](const pw::Node *node) {
        ok = ok && inside(node->content.span) && inside(node->content.assignmentSpan);
    });
    for (const pw::import::ImportIssue &i : result->report.issues)
        ok = ok && inside(i.span);
    if (!ok)
        std::abort();
    return 0;
}
