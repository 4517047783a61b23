#include "preamble.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pw::import {

bool isProseParagraph(QStringView paragraph)
{
    const QStringView p = paragraph.trimmed();
    if (p.size() < 60 && !p.contains(u'。') && !p.contains(u'；'))
        return false;
    // A remark wholly in parentheses ("（此件公开发布）", "(本文有删减)") is an editor's note, not the plan's prose.
    if ((p.front() == u'（' || p.front() == u'(') && (p.back() == u'）' || p.back() == u')'))
        return false;
    static const QRegularExpression boilerplate(uR"(印发给你们|印發給你們|特此通知|此件(?:主动|主動)?公开|本文有删减)"_s);
    return !boilerplate.match(p).hasMatch();
}

QString paragraphTitle(QStringView paragraph)
{
    constexpr qsizetype kMaxTitle = 30;
    const QStringView p = paragraph.trimmed();
    qsizetype end = p.size();
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (QStringView(u"。；;：:！，,").contains(p.at(i))) {
            end = i;
            break;
        }
    }
    if (end <= kMaxTitle)
        return p.left(end).toString();
    return p.left(kMaxTitle).toString() + u'…';
}

} // namespace pw::import
