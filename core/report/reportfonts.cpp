#include "reportfonts.h"

#include "reportunits.h"

#include <QCoreApplication>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace pw::report {
namespace {

struct RoleSpec
{
    const char *label;           ///< role name shown in notices (translated)
    std::array<QString, 8> names; ///< usual installed names, preferred first
    QString fallback;
};

const std::array<RoleSpec, kFontRoleCount> &roleSpecs()
{
    static const std::array<RoleSpec, kFontRoleCount> specs {
        RoleSpec { QT_TRANSLATE_NOOP("pw::report::Fonts", "FangSong (仿宋)"),
                   { u"仿宋_GB2312"_s, u"FangSong_GB2312"_s, u"方正仿宋_GBK"_s, u"方正仿宋简体"_s, u"仿宋"_s,
                     u"FangSong"_s, u"STFangsong"_s, u"华文仿宋"_s },
                   u"Noto Serif CJK SC"_s },
        RoleSpec { QT_TRANSLATE_NOOP("pw::report::Fonts", "KaiTi (楷体)"),
                   { u"楷体_GB2312"_s, u"KaiTi_GB2312"_s, u"方正楷体_GBK"_s, u"方正楷体简体"_s, u"楷体"_s,
                     u"KaiTi"_s, u"STKaiti"_s, u"AR PL UKai CN"_s },
                   u"Noto Serif CJK SC"_s },
        RoleSpec { QT_TRANSLATE_NOOP("pw::report::Fonts", "HeiTi (黑体)"),
                   { u"黑体"_s, u"SimHei"_s, u"方正黑体_GBK"_s, u"方正黑体简体"_s, u"STHeiti"_s,
                     u"华文黑体"_s, u"Source Han Sans SC"_s, u"WenQuanYi Zen Hei"_s },
                   u"Noto Sans CJK SC"_s },
        RoleSpec { QT_TRANSLATE_NOOP("pw::report::Fonts", "XiaoBiaoSong (小标宋)"),
                   { u"方正小标宋简体"_s, u"方正小标宋_GBK"_s, u"FZXiaoBiaoSong-B05S"_s, u"FZXiaoBiaoSong-B05"_s,
                     u"华文中宋"_s, u"STZhongsong"_s, u"Source Han Serif SC"_s, u"思源宋体"_s },
                   u"Noto Serif CJK SC"_s },
        RoleSpec { QT_TRANSLATE_NOOP("pw::report::Fonts", "SongTi (宋体)"),
                   { u"宋体"_s, u"SimSun"_s, u"方正书宋_GBK"_s, u"STSong"_s, u"华文宋体"_s,
                     u"Source Han Serif SC"_s, u"思源宋体"_s, u"AR PL UMing CN"_s },
                   u"Noto Serif CJK SC"_s },
    };
    return specs;
}

} // namespace

ReportFonts ReportFonts::resolve(const QStringList &installed)
{
    ReportFonts fonts;
    const auto &specs = roleSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const RoleSpec &spec = specs[i];
        for (const QString &name : spec.names) {
            if (!name.isEmpty() && installed.contains(name, Qt::CaseInsensitive)) {
                fonts.families[i] = name;
                break;
            }
        }
        if (!fonts.families[i].isEmpty())
            continue;
        fonts.fallback[i] = true;
        const bool haveFallback = installed.contains(spec.fallback, Qt::CaseInsensitive);
        fonts.families[i] = haveFallback ? spec.fallback : QString();
        const QString role = QCoreApplication::translate("pw::report::Fonts", spec.label);
        fonts.notices.append(haveFallback
                                 ? QCoreApplication::translate("pw::report::Fonts", "%1 is not installed; using %2.")
                                       .arg(role, spec.fallback)
                                 : QCoreApplication::translate("pw::report::Fonts",
                                                               "%1 is not installed and neither is %2; using the "
                                                               "default font.")
                                       .arg(role, spec.fallback));
    }
    return fonts;
}

const ReportFonts &ReportFonts::detected()
{
    static const ReportFonts fonts = resolve(QFontDatabase::families());
    return fonts;
}

QString ReportFonts::canonicalFamily(FontRole role)
{
    switch (role) {
    case FontRole::FangSong:
        return u"仿宋_GB2312"_s;
    case FontRole::KaiTi:
        return u"楷体_GB2312"_s;
    case FontRole::HeiTi:
        return u"黑体"_s;
    case FontRole::XiaoBiaoSong:
        return u"方正小标宋简体"_s;
    case FontRole::SongTi:
        return u"宋体"_s;
    }
    return {};
}

QFont layoutFont(const ReportFonts &fonts, FontRole role, qreal pointSize, bool bold)
{
    QFont font;
    const QString family = fonts.family(role);
    if (!family.isEmpty())
        font.setFamilies({ family, u"Noto Serif CJK SC"_s });
    font.setPixelSize(qRound(pointSize * kUnitsPerPoint));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    // No ligatures: a PDF reader would extract "fi" as U+FB01 and "——" as U+2E3A; CJK needs no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    // The substitute for 小标宋 is a plain serif: bold brings it closer to the heavy official title face.
    const bool emulateHeavy = role == FontRole::XiaoBiaoSong && fonts.fallback[std::size_t(role)];
    font.setBold(bold || emulateHeavy);
    return font;
}

} // namespace pw::report
