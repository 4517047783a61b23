// libFuzzer entry point for Word numbering: arbitrary bytes as numbering.xml and styles.xml, then labels for
// lists and levels taken from the same bytes. Must never crash, hang or produce unbounded labels.

#include "import/docxnumbering.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype half = bytes.indexOf("</w:numbering>");
    const QByteArray numberingXml = half < 0 ? bytes : bytes.left(half + 14);
    const QByteArray stylesXml = half < 0 ? QByteArray() : bytes.mid(half + 14);
    pw::import::DocxNumbering numbering = pw::import::DocxNumbering::parse(numberingXml, stylesXml);
    for (qsizetype i = 0; i + 1 < bytes.size() && i < 512; i += 2) {
        const pw::import::ListReference ref { int(uint8_t(bytes[i]) % 16) - 1,
            int(uint8_t(bytes[i + 1]) % 12) - 1 };
        if (numbering.nextLabel(ref).size() > 1024)
            std::abort();
        (void)numbering.styleList(QString::number(ref.numId));
    }
    return 0;
}
