// libFuzzer entry point for PDF import: arbitrary bytes through Poppler (under tight limits so every input
// finishes well inside libFuzzer's timeout), the reading-order and furniture passes, then the text importer.
// Must never crash, hang or grow without bound; every span and layout line must lie inside the source text.

#include "import/importer.h"
#include "import/pdfreader.h"
#include "model/plan.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto pdf = pw::import::pdfText(
        bytes, &error, { .maxPages = 50, .maxCharacters = 200'000, .maxMilliseconds = 2000 });
    if (!pdf) {
        if (error.isEmpty() || error.contains(u'\n'))
            std::abort();
        return 0;
    }
    qint64 previous = 0;
    for (const pw::SourceLine &line : pdf->layout) {
        if (line.start < previous || line.start >= pdf->text.size() || line.page < 1
            || line.page > pdf->pages)
            std::abort();
        previous = line.start;
    }
    pw::import::ImportError importError;
    const auto result = pw::import::importText(pdf->text, QStringLiteral("fuzz.pdf"), &importError);
    if (!result)
        return 0;
    const qint64 n = result->plan->sourceText.size();
    bool ok = true;
    result->plan->root().forEach([&](const pw::Node *node) {
        const pw::SourceSpan &s = node->content.span;
        ok = ok && (!s.isValid() || s.start + s.length <= n);
        const pw::SourceLocation at = pw::sourceLocation(pdf->layout, s);
        ok = ok && at.page >= 0 && at.page <= pdf->pages;
    });
    if (!ok)
        std::abort();
    return 0;
}
