#pragma once

// The four official typefaces (仿宋, 楷体, 黑体, 小标宋) plus 宋体 for page numbers, resolved against the
// installed fonts. Commercial fonts are never shipped: when none of the usual names is installed we fall
// back to Noto Serif/Sans CJK SC and say so (notice()), so the export dialog can warn the user.

#include <QFont>
#include <QString>
#include <QStringList>

#include <array>

namespace pw::report {

enum class FontRole { FangSong, KaiTi, HeiTi, XiaoBiaoSong, SongTi };
inline constexpr int kFontRoleCount = 5;

struct ReportFonts
{
    std::array<QString, kFontRoleCount> families;
    std::array<bool, kFontRoleCount> fallback {}; ///< true where a substitute is used
    /** Fallback notices, one per substituted role, e.g. "仿宋: 未安装, 使用 Noto Serif CJK SC". */
    QStringList notices;

    QString family(FontRole role) const { return families[std::size_t(role)]; }
    bool usesFallback() const { return !notices.isEmpty(); }

    /** Detects installed families (cached per process; font installation needs a restart to be seen). */
    static const ReportFonts &detected();
    /** Resolves against an explicit list of installed families (for tests). */
    static ReportFonts resolve(const QStringList &installedFamilies);

    /** The family name a DOCX/ODT should name for @p role: the canonical Chinese name, so that the file
     *  prints with the right typeface on an office machine even when this one lacks it. */
    static QString canonicalFamily(FontRole role);
};

/** A font for @p role at @p pointSize, sized in layout units (10 units per point, see reportlayout.h). */
QFont layoutFont(const ReportFonts &fonts, FontRole role, qreal pointSize, bool bold = false);

} // namespace pw::report
