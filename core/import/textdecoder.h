#pragma once

// Turns the bytes of a plain-text plan into text: UTF-8 (with or without BOM), UTF-16 with BOM, or
// GB18030/GBK. Never guesses silently: undecodable bytes are refused with their byte offset.

#include "io/limits.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pw::import {

/// Plans are well under 1 MB; the cap bounds memory (about 15 bytes per character while normalising).
inline constexpr qint64 kMaxImportBytes = limits::kImportBytes;

struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "GB18030"
};

struct DecodeError
{
    QString message;
    qint64 byteOffset = -1; ///< where decoding failed, -1 if not about one position
};

/** Decodes @p bytes; on failure returns std::nullopt and fills @p error. */
std::optional<DecodedText> decodeText(const QByteArray &bytes, DecodeError *error);

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 if all are. */
qint64 firstInvalidUtf8(const QByteArray &bytes, qint64 *validMultibyte = nullptr);
/** Offset of the first byte that is not part of a well-formed GB18030 sequence, or -1. */
qint64 firstInvalidGb18030(const QByteArray &bytes);

} // namespace pw::import
