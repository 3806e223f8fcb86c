// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/leavedialog.h"

#include "data/roster/rosterrepository.h"
#include "ui/roster/rosterdocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

const char *const kLeaveKinds[] = { "annual", "sick", "training", "secondment", "personal", "compensatory", "other" };

QString requestKindText(const QString &kind)
{
    if (kind == QLatin1String("day_off"))
        return LeaveDialog::tr("Day off");
    if (kind == QLatin1String("want_shift"))
        return LeaveDialog::tr("Wants shift");
    return LeaveDialog::tr("Avoids shift");
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("approved"))
        return LeaveDialog::tr("approved");
    if (status == QLatin1String("requested"))
        return LeaveDialog::tr("requested");
    if (status == QLatin1String("granted"))
        return LeaveDialog::tr("granted");
    return status;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

LeaveDialog::LeaveDialog(data::Database &db, const data::Clock &clock, const data::Session &session,
                         const data::RosterContext &context, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_context(context)
    , m_leaveTable(new QTableWidget(this))
    , m_leaveOfficer(new QComboBox(this))
    , m_leaveFrom(new QDateEdit(this))
    , m_leaveTo(new QDateEdit(this))
    , m_leaveKind(new QComboBox(this))
    , m_leaveStatus(new QComboBox(this))
    , m_leaveReason(new QLineEdit(this))
    , m_requestTable(new QTableWidget(this))
    , m_requestOfficer(new QComboBox(this))
    , m_requestDate(new QDateEdit(this))
    , m_requestKind(new QComboBox(this))
    , m_requestShift(new QComboBox(this))
    , m_requestWeight(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Leave and requests — %1, %2").arg(context.squadName, context.period.key()));
    for (const data::RosterOfficer &o : context.officers) {
        m_leaveOfficer->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.badgeNo), o.id);
        m_requestOfficer->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.badgeNo), o.id);
    }
    for (const char *kind : kLeaveKinds)
        m_leaveKind->addItem(RosterDocument::leaveKindText(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_leaveStatus->addItem(tr("approved (planned around)"), QStringLiteral("approved"));
    m_leaveStatus->addItem(tr("requested (shown only)"), QStringLiteral("requested"));
    for (QDateEdit *d : { m_leaveFrom, m_leaveTo, m_requestDate }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(context.period.start);
    }
    m_requestKind->addItem(tr("Day off"), QStringLiteral("day_off"));
    m_requestKind->addItem(tr("Wants shift"), QStringLiteral("want_shift"));
    m_requestKind->addItem(tr("Avoids shift"), QStringLiteral("avoid_shift"));
    for (const data::RosterShift &s : context.shifts)
        m_requestShift->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.id);
    m_requestShift->setEnabled(false);
    connect(m_requestKind, &QComboBox::currentIndexChanged, this,
            [this] { m_requestShift->setEnabled(m_requestKind->currentData().toString() != QLatin1String("day_off")); });
    m_requestWeight->setRange(1, 10);

    m_leaveTable->setColumnCount(5);
    m_leaveTable->setHorizontalHeaderLabels({ tr("Officer"), tr("From"), tr("To"), tr("Kind"), tr("Status") });
    m_requestTable->setColumnCount(5);
    m_requestTable->setHorizontalHeaderLabels({ tr("Officer"), tr("Date"), tr("Request"), tr("Shift"), tr("Status") });
    for (QTableWidget *t : { m_leaveTable, m_requestTable }) {
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }

    auto *leave = new QWidget(this);
    auto *ll = new QVBoxLayout(leave);
    ll->addWidget(m_leaveTable, 1);
    auto *removeLeaveButton = new QPushButton(tr("Remove the selected leave"), leave);
    connect(removeLeaveButton, &QPushButton::clicked, this, &LeaveDialog::removeLeave);
    ll->addWidget(removeLeaveButton, 0, Qt::AlignLeft);
    auto *lf = new QFormLayout;
    lf->addRow(tr("Officer:"), m_leaveOfficer);
    auto *range = new QHBoxLayout;
    range->addWidget(m_leaveFrom);
    range->addWidget(new QLabel(QStringLiteral("–"), leave));
    range->addWidget(m_leaveTo);
    range->addStretch(1);
    lf->addRow(tr("Days:"), range);
    lf->addRow(tr("Kind:"), m_leaveKind);
    lf->addRow(tr("Status:"), m_leaveStatus);
    lf->addRow(tr("Reason:"), m_leaveReason);
    ll->addLayout(lf);
    auto *addLeaveButton = new QPushButton(tr("Add leave"), leave);
    connect(addLeaveButton, &QPushButton::clicked, this, &LeaveDialog::addLeaveFromForm);
    ll->addWidget(addLeaveButton, 0, Qt::AlignLeft);

    auto *requests = new QWidget(this);
    auto *rl = new QVBoxLayout(requests);
    rl->addWidget(m_requestTable, 1);
    auto *removeRequestButton = new QPushButton(tr("Remove the selected request"), requests);
    connect(removeRequestButton, &QPushButton::clicked, this, &LeaveDialog::removeRequest);
    rl->addWidget(removeRequestButton, 0, Qt::AlignLeft);
    auto *rf = new QFormLayout;
    rf->addRow(tr("Officer:"), m_requestOfficer);
    rf->addRow(tr("Date:"), m_requestDate);
    rf->addRow(tr("Request:"), m_requestKind);
    rf->addRow(tr("Shift:"), m_requestShift);
    rf->addRow(tr("Weight:"), m_requestWeight);
    rl->addLayout(rf);
    auto *addRequestButton = new QPushButton(tr("Add request"), requests);
    connect(addRequestButton, &QPushButton::clicked, this, &LeaveDialog::addRequestFromForm);
    rl->addWidget(addRequestButton, 0, Qt::AlignLeft);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(leave, tr("Leave"));
    tabs->addTab(requests, tr("Shift requests"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 600);
    reload();
}

QString LeaveDialog::lastMessage() const
{
    return m_message->text();
}

void LeaveDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

QString LeaveDialog::officerName(const QString &id) const
{
    const data::RosterOfficer *o = m_context.officer(id);
    return o ? o->name : id;
}

void LeaveDialog::reload()
{
    data::RosterRepository repository(m_db, m_clock);
    const auto leave = repository.leave(m_session, m_context.squadCode, m_context.period);
    const auto requests = repository.requests(m_session, m_context.squadCode, m_context.period);
    if (!leave || !requests) {
        setMessage(!leave ? leave.errorMessage() : requests.errorMessage(), true);
        return;
    }
    m_leave = leave.value();
    m_requests = requests.value();
    m_leaveTable->setRowCount(int(m_leave.size()));
    for (int i = 0; i < int(m_leave.size()); ++i) {
        const data::LeaveEntry &l = m_leave[std::size_t(i)];
        m_leaveTable->setItem(i, 0, readOnly(officerName(l.officerId)));
        m_leaveTable->setItem(i, 1, readOnly(l.start.toString(Qt::ISODate)));
        m_leaveTable->setItem(i, 2, readOnly(l.end.toString(Qt::ISODate)));
        m_leaveTable->setItem(i, 3, readOnly(RosterDocument::leaveKindText(l.kind)));
        m_leaveTable->setItem(i, 4, readOnly(statusText(l.status)));
    }
    m_requestTable->setRowCount(int(m_requests.size()));
    for (int i = 0; i < int(m_requests.size()); ++i) {
        const data::ShiftRequestEntry &r = m_requests[std::size_t(i)];
        const data::RosterShift *shift = r.shiftTypeId.isEmpty() ? nullptr : m_context.shift(r.shiftTypeId);
        m_requestTable->setItem(i, 0, readOnly(officerName(r.officerId)));
        m_requestTable->setItem(i, 1, readOnly(r.date.toString(Qt::ISODate)));
        m_requestTable->setItem(i, 2, readOnly(requestKindText(r.kind)));
        m_requestTable->setItem(i, 3, readOnly(shift ? shift->code : QString()));
        m_requestTable->setItem(i, 4, readOnly(statusText(r.status)));
    }
}

bool LeaveDialog::addLeave(const data::LeaveEntry &entry)
{
    data::RosterRepository repository(m_db, m_clock);
    const auto added = repository.addLeave(m_session, entry);
    if (!added) {
        setMessage(added.errorMessage(), true);
        return false;
    }
    m_changed = true;
    QStringList flagged;
    for (const data::ReplanFlag &f : added->flags)
        flagged << tr("%1 version %2").arg(f.period.key()).arg(f.rosterVersion);
    setMessage(flagged.isEmpty() ? tr("Leave added for %1.").arg(officerName(entry.officerId))
                                 : tr("Leave added for %1. It overlaps the published roster %2, now marked as "
                                      "needing re-planning.")
                                       .arg(officerName(entry.officerId), flagged.join(QStringLiteral(", "))),
               false);
    reload();
    return true;
}

bool LeaveDialog::addRequest(const data::ShiftRequestEntry &entry)
{
    data::RosterRepository repository(m_db, m_clock);
    const auto added = repository.addRequest(m_session, entry);
    if (!added) {
        setMessage(added.errorMessage(), true);
        return false;
    }
    m_changed = true;
    setMessage(tr("Request added for %1.").arg(officerName(entry.officerId)), false);
    reload();
    return true;
}

void LeaveDialog::addLeaveFromForm()
{
    data::LeaveEntry entry;
    entry.officerId = m_leaveOfficer->currentData().toString();
    entry.start = m_leaveFrom->date();
    entry.end = m_leaveTo->date();
    entry.kind = m_leaveKind->currentData().toString();
    entry.status = m_leaveStatus->currentData().toString();
    entry.reason = m_leaveReason->text().trimmed();
    if (entry.end < entry.start) {
        setMessage(tr("Leave: the last day is before the first."), true);
        return;
    }
    addLeave(entry);
}

void LeaveDialog::addRequestFromForm()
{
    data::ShiftRequestEntry entry;
    entry.officerId = m_requestOfficer->currentData().toString();
    entry.date = m_requestDate->date();
    entry.kind = m_requestKind->currentData().toString();
    if (entry.kind != QLatin1String("day_off"))
        entry.shiftTypeId = m_requestShift->currentData().toString();
    entry.weight = m_requestWeight->value();
    addRequest(entry);
}

void LeaveDialog::removeLeave()
{
    const int row = m_leaveTable->currentRow();
    if (row < 0 || std::size_t(row) >= m_leave.size())
        return;
    data::RosterRepository repository(m_db, m_clock);
    const data::Status removed = repository.removeLeave(m_session, m_leave[std::size_t(row)].id);
    if (!removed) {
        setMessage(removed.errorMessage(), true);
        return;
    }
    m_changed = true;
    reload();
}

void LeaveDialog::removeRequest()
{
    const int row = m_requestTable->currentRow();
    if (row < 0 || std::size_t(row) >= m_requests.size())
        return;
    data::RosterRepository repository(m_db, m_clock);
    const data::Status removed = repository.removeRequest(m_session, m_requests[std::size_t(row)].id);
    if (!removed) {
        setMessage(removed.errorMessage(), true);
        return;
    }
    m_changed = true;
    reload();
}

} // namespace dd::ui
