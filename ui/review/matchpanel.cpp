#include "matchpanel.h"

#include "findingsmodel.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pw {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kTextRole = Qt::UserRole + 1;

QString paragraph(const QString &title, const QString &text)
{
    return u"<p><b>%1</b></p><p>%2</p>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

MatchPanel::MatchPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_parentText(new QTextBrowser(this))
    , m_matches(new QListWidget(this))
    , m_matchText(new QTextBrowser(this))
    , m_confirm(new QPushButton(tr("&Confirm match"), this))
    , m_reject(new QPushButton(tr("&Reject match"), this))
    , m_add(new QPushButton(tr("&Add selected child node"), this))
    , m_notApplicable_(new QPushButton(tr("Not &applicable…"), this))
    , m_clear(new QPushButton(tr("C&lear decisions"), this))
{
    m_header->setWordWrap(true);
    auto *texts = new QSplitter(Qt::Horizontal, this);
    texts->addWidget(m_parentText);
    auto *right = new QWidget(texts);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_matches, 1);
    rightLayout->addWidget(m_matchText, 3);
    texts->addWidget(right);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_confirm, m_reject, m_add, m_notApplicable_, m_clear })
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(texts, 1);
    layout->addLayout(buttons);

    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_matches->item(row);
        m_matchText->setHtml(item ? item->data(kTextRole).toString() : QString());
        if (item)
            Q_EMIT matchActivated(item->data(kIdRole).toUuid());
        updateButtons();
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] { Q_EMIT confirmRequested(m_parentNodeId, currentMatch()); });
    connect(m_reject, &QPushButton::clicked, this, [this] { Q_EMIT rejectRequested(m_parentNodeId, currentMatch()); });
    connect(m_add, &QPushButton::clicked, this, [this] { Q_EMIT addRequested(m_parentNodeId); });
    connect(m_clear, &QPushButton::clicked, this, [this] { Q_EMIT clearRequested(m_parentNodeId); });
    connect(m_notApplicable_, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Not applicable"),
                                                     tr("Why does this task not apply to the child plan?"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok && !reason.trimmed().isEmpty())
            Q_EMIT notApplicableRequested(m_parentNodeId, reason.trimmed());
    });
    setTask(nullptr);
}

QUuid MatchPanel::currentMatch() const
{
    const QListWidgetItem *item = m_matches->currentItem();
    return item ? item->data(kIdRole).toUuid() : QUuid();
}

void MatchPanel::setChildSelectionAvailable(bool available)
{
    m_childSelected = available;
    updateButtons();
}

void MatchPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void MatchPanel::updateButtons()
{
    const bool task = m_editable && !m_parentNodeId.isNull();
    const bool match = !currentMatch().isNull();
    m_confirm->setEnabled(task && match);
    m_reject->setEnabled(task && match);
    m_add->setEnabled(task && m_childSelected);
    m_notApplicable_->setEnabled(task && !m_notApplicable);
    m_clear->setEnabled(task);
}

void MatchPanel::setTask(const review::TaskCoverage *c)
{
    const QUuid previous = currentMatch();
    m_matches->clear();
    m_matchText->clear();
    if (!c) {
        m_parentNodeId = {};
        m_notApplicable = false;
        m_header->setText(tr("Select a task of the parent plan to see the child nodes that cover it."));
        m_parentText->clear();
        updateButtons();
        return;
    }
    m_parentNodeId = c->parentNodeId;
    m_notApplicable = c->status == review::CoverageStatus::NotApplicable;
    QString header = u"<b>%1%2</b> — %3, %4"_s.arg(c->number.toHtmlEscaped(), c->title.toHtmlEscaped(),
                                                   coverageStatusName(c->status),
                                                   tr("score %1").arg(QString::number(c->score, 'f', 2)));
    if (c->mandatory)
        header += u"<br/>"_s + tr("Mandatory: %1").arg(c->mandatoryReason.toHtmlEscaped());
    if (m_notApplicable)
        header += u"<br/>"_s + tr("Not applicable: %1").arg(c->notApplicableReason.toHtmlEscaped());
    m_header->setText(header);
    m_parentText->setHtml(paragraph(c->path + u" › "_s + c->number + c->title, c->text));
    int select = c->matches.isEmpty() ? -1 : 0;
    for (const review::ChildMatch &m : c->matches) {
        QString label = u"%1  %2%3"_s.arg(QString::number(m.score, 'f', 2), m.number, m.title);
        if (m.manual)
            label += u"  ["_s + tr("added") + u']';
        else if (m.confirmed)
            label += u"  ["_s + tr("confirmed") + u']';
        if (m.rejected)
            label += u"  ["_s + tr("rejected") + u']';
        auto *item = new QListWidgetItem(label, m_matches);
        item->setData(kIdRole, m.childNodeId);
        item->setData(kTextRole, paragraph(m.path + u" › "_s + m.number + m.title, m.text));
        if (m.rejected)
            item->setForeground(Qt::gray);
        if (m.childNodeId == previous)
            select = m_matches->count() - 1;
    }
    if (select >= 0)
        m_matches->setCurrentRow(select);
    updateButtons();
}

} // namespace pw
