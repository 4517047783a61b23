#pragma once

// Plan metadata from the issuing notice and preamble: title, issuer, 文号 (normalised to 〔〕), issue date,
// administrative level, region, status (征求意见稿) and parent plans cited as 《title》(文号).

#include "model/entities.h"

#include <QString>

namespace pw::import {

/** @p head is the text before the first heading (notice, title, opening paragraph). */
PlanMetadata extractMetadata(const QString &head);

/** 潭政发〔2023〕9 号 / 临政发[2024]5号 / 川府发〔 2022 〕 37 号 → 潭政发〔2023〕9号. */
QString normalizeDocNumber(QStringView raw);

/** Level and region from a title or issuer: "株洲市石峰区…" → District, "株洲市石峰区". */
AdminLevel levelFromName(QStringView name, QString *region = nullptr);

} // namespace pw::import
