#pragma once

// Word's automatic numbering: the labels Word displays before list paragraphs ("一、", "（二）", "3.", "①")
// are not in word/document.xml's text but computed from word/numbering.xml (and numbering attached to
// paragraph styles in word/styles.xml). This replays the counters so the importer sees the numbers a reader
// sees.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace pw::import {

struct ListReference
{
    int numId = -1;
    int level = 0;
};

class DocxNumbering
{
public:
    static constexpr int kLevels = 9;

    /** Reads numbering.xml and styles.xml; either may be empty. Malformed parts, and parts with a DTD, are
     *  ignored: the caller falls back to level-based numbers. */
    static DocxNumbering parse(const QByteArray &numberingXml, const QByteArray &stylesXml);

    /** The list a paragraph style (or a style it is based on) numbers its paragraphs with. */
    std::optional<ListReference> styleList(const QString &styleId) const;

    /** True if numbering.xml defines list @p numId. */
    bool knows(int numId) const { return m_instances.contains(numId); }

    /** The label of the next paragraph of list @p ref, advancing its counters: "（二）" for a level with
     *  format chineseCounting and text "（%1）". Empty for bullets and unnumbered levels. */
    QString nextLabel(const ListReference &ref);

private:
    struct Level
    {
        int start = 1;
        QString format = QStringLiteral("decimal"); ///< w:numFmt
        QString text; ///< w:lvlText, e.g. "%1、"
    };
    struct AbstractList
    {
        std::array<Level, kLevels> levels;
        std::array<int, kLevels> counters {}; ///< the number last shown at each level
        std::array<bool, kLevels> started {};
    };
    struct Instance
    {
        int abstractId = -1;
        QHash<int, int> startOverrides; ///< level → start, applied once when the instance is first used
        bool used = false;
    };
    struct Style
    {
        std::optional<ListReference> list;
        QString basedOn;
    };

    void readNumbering(const QByteArray &xml);
    void readStyles(const QByteArray &xml);

    QHash<int, AbstractList> m_abstracts;
    QHash<int, Instance> m_instances;
    QHash<QString, Style> m_styles;
};

/** @p n in Word number format @p format ("decimal", "chineseCounting", "decimalEnclosedCircle", …). */
QString formatListNumber(int n, const QString &format);

} // namespace pw::import
