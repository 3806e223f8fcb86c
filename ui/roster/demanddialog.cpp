// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/demanddialog.h"

#include "data/roster/rosterrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

enum Column { PostColumn, ShiftColumn, MinimumColumn, WantedColumn, SkillColumn, SkilledColumn, NUM_COLUMNS };

const char *const kSkills[] = { "", "certified", "legal_officer", "driver", "dispatcher" };

QString gradeText(const QString &grade)
{
    if (grade == QLatin1String("core"))
        return DemandDialog::tr("core");
    if (grade == QLatin1String("key"))
        return DemandDialog::tr("key");
    if (grade == QLatin1String("general"))
        return DemandDialog::tr("general");
    return grade;
}

} // namespace

DemandDialog::DemandDialog(data::Database &db, const data::Clock &clock, const data::Session &session,
                           const data::RosterContext &context, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_context(context)
    , m_dayKind(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_overlayList(new QListWidget(this))
    , m_overlayName(new QLineEdit(this))
    , m_overlayFrom(new QDateEdit(this))
    , m_overlayTo(new QDateEdit(this))
    , m_overlayTable(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Demand — %1").arg(context.squadName));
    // Rows: desks with desk shifts, every other post with the patrol shifts.
    for (int p = 0; p < int(context.posts.size()); ++p)
        for (int s = 0; s < int(context.shifts.size()); ++s) {
            const bool deskPost = context.posts[std::size_t(p)].kind == QLatin1String("command_desk");
            if (deskPost != context.shifts[std::size_t(s)].desk)
                continue;
            m_pairs.push_back({ p, s });
            if (context.posts[std::size_t(p)].kind == QLatin1String("event_zone"))
                m_zonePairs.push_back({ p, s });
        }

    data::RosterRepository repository(db, clock);
    const auto stored = repository.templates(session, context.squadCode);
    std::vector<data::DemandTemplateRow> rows = stored ? stored.value() : std::vector<data::DemandTemplateRow>();
    if (!stored)
        setMessage(stored.errorMessage(), true);
    if (rows.empty())
        rows = data::RosterRepository::defaultTemplate(context.posts, context.shifts, int(context.officers.size()));
    for (const data::DemandTemplateRow &r : rows)
        m_templates[r.dayKind].push_back(r);

    m_dayKind->addItem(tr("Weekday"), int(data::DayKind::Weekday));
    m_dayKind->addItem(tr("Weekend"), int(data::DayKind::Weekend));
    m_dayKind->addItem(tr("Holiday"), int(data::DayKind::Holiday));
    for (QTableWidget *t : { m_table, m_overlayTable }) {
        t->setColumnCount(NUM_COLUMNS);
        t->setHorizontalHeaderLabels({ tr("Post"), tr("Shift"), tr("Minimum"), tr("Wanted"), tr("Skill"), tr("Of them skilled") });
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(PostColumn, QHeaderView::Stretch);
        t->verticalHeader()->hide();
    }
    m_table->setObjectName(QStringLiteral("demandTemplateTable"));
    showDayKind();
    connect(m_dayKind, &QComboBox::currentIndexChanged, this, [this] {
        keepDayKind();
        showDayKind();
    });

    auto *templates = new QWidget(this);
    auto *tl = new QVBoxLayout(templates);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Template for:"), templates));
    kindRow->addWidget(m_dayKind);
    kindRow->addStretch(1);
    auto *saveTemplatesButton = new QPushButton(tr("Save templates"), templates);
    kindRow->addWidget(saveTemplatesButton);
    connect(saveTemplatesButton, &QPushButton::clicked, this, &DemandDialog::saveTemplates);
    tl->addLayout(kindRow);
    tl->addWidget(new QLabel(tr("Which template a day takes comes from the working calendar: holidays, and "
                                "weekend days worked instead (调休) count as weekdays."),
                             templates));
    tl->addWidget(m_table, 1);

    auto *overlays = new QWidget(this);
    auto *ol = new QVBoxLayout(overlays);
    ol->addWidget(new QLabel(tr("Major events add demand on top of the templates for a date range, usually on "
                                "graded event-support zones (core / key / general)."),
                             overlays));
    ol->addWidget(m_overlayList);
    auto *removeButton = new QPushButton(tr("Remove the selected event"), overlays);
    connect(removeButton, &QPushButton::clicked, this, &DemandDialog::removeOverlay);
    ol->addWidget(removeButton, 0, Qt::AlignLeft);
    auto *form = new QFormLayout;
    m_overlayName->setPlaceholderText(tr("e.g. 进博会保障"));
    for (QDateEdit *d : { m_overlayFrom, m_overlayTo }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(context.period.start);
    }
    m_overlayTo->setDate(context.period.end);
    form->addRow(tr("Event:"), m_overlayName);
    form->addRow(tr("From:"), m_overlayFrom);
    form->addRow(tr("To:"), m_overlayTo);
    ol->addLayout(form);
    std::vector<data::DemandTemplateRow> zoneRows;
    for (const auto &[p, s] : m_zonePairs) {
        const data::RosterPost &post = context.posts[std::size_t(p)];
        if (context.shifts[std::size_t(s)].code != QLatin1String("D"))
            continue;
        data::DemandTemplateRow r;
        r.postId = post.id;
        r.shiftTypeId = context.shifts[std::size_t(s)].id;
        r.minimum = post.minOfficers;
        r.wanted = post.minOfficers;
        r.skill = post.minCertified > 0 ? QStringLiteral("certified") : QString();
        r.skilled = post.minCertified;
        zoneRows.push_back(r);
    }
    fillRows(m_overlayTable, m_zonePairs, zoneRows);
    ol->addWidget(m_overlayTable, 1);
    auto *addButton = new QPushButton(tr("Add event"), overlays);
    connect(addButton, &QPushButton::clicked, this, &DemandDialog::addOverlay);
    ol->addWidget(addButton, 0, Qt::AlignLeft);
    loadOverlays();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(templates, tr("Templates"));
    tabs->addTab(overlays, tr("Event overlays"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 620);
}

QString DemandDialog::lastMessage() const
{
    return m_message->text();
}

void DemandDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void DemandDialog::fillRows(QTableWidget *table, const std::vector<std::pair<int, int>> &pairs,
                            const std::vector<data::DemandTemplateRow> &rows)
{
    table->setRowCount(int(pairs.size()));
    for (int i = 0; i < int(pairs.size()); ++i) {
        const data::RosterPost &post = m_context.posts[std::size_t(pairs[std::size_t(i)].first)];
        const data::RosterShift &shift = m_context.shifts[std::size_t(pairs[std::size_t(i)].second)];
        data::DemandTemplateRow value;
        for (const data::DemandTemplateRow &r : rows)
            if (r.postId == post.id && r.shiftTypeId == shift.id)
                value = r;
        auto *postItem = new QTableWidgetItem(post.grade.isEmpty() ? QStringLiteral("%1 %2").arg(post.code, post.name)
                                                                   : QStringLiteral("%1 %2 (%3)").arg(post.code, post.name, gradeText(post.grade)));
        postItem->setFlags(Qt::ItemIsEnabled);
        table->setItem(i, PostColumn, postItem);
        auto *shiftItem = new QTableWidgetItem(QStringLiteral("%1 %2").arg(shift.code, shift.timeText()));
        shiftItem->setFlags(Qt::ItemIsEnabled);
        table->setItem(i, ShiftColumn, shiftItem);
        auto spin = [table](int value) {
            auto *box = new QSpinBox(table);
            box->setRange(0, 99);
            box->setValue(value);
            return box;
        };
        table->setCellWidget(i, MinimumColumn, spin(value.minimum));
        table->setCellWidget(i, WantedColumn, spin(value.wanted));
        auto *skill = new QComboBox(table);
        for (const char *key : kSkills) {
            const QString k = QString::fromLatin1(key);
            skill->addItem(k.isEmpty() ? tr("(none)") : data::skillName(k), k);
        }
        skill->setCurrentIndex(std::max(0, skill->findData(value.skill)));
        table->setCellWidget(i, SkillColumn, skill);
        table->setCellWidget(i, SkilledColumn, spin(value.skilled));
    }
}

std::vector<data::DemandTemplateRow> DemandDialog::readRows(QTableWidget *table) const
{
    const std::vector<std::pair<int, int>> &pairs = table == m_table ? m_pairs : m_zonePairs;
    std::vector<data::DemandTemplateRow> rows;
    for (int i = 0; i < table->rowCount() && std::size_t(i) < pairs.size(); ++i) {
        data::DemandTemplateRow r;
        r.postId = m_context.posts[std::size_t(pairs[std::size_t(i)].first)].id;
        r.shiftTypeId = m_context.shifts[std::size_t(pairs[std::size_t(i)].second)].id;
        r.minimum = static_cast<QSpinBox *>(table->cellWidget(i, MinimumColumn))->value();
        r.wanted = static_cast<QSpinBox *>(table->cellWidget(i, WantedColumn))->value();
        r.skill = static_cast<QComboBox *>(table->cellWidget(i, SkillColumn))->currentData().toString();
        r.skilled = static_cast<QSpinBox *>(table->cellWidget(i, SkilledColumn))->value();
        if (r.minimum > 0 || r.wanted > 0)
            rows.push_back(r);
    }
    return rows;
}

void DemandDialog::showDayKind()
{
    m_shown = data::DayKind(m_dayKind->currentData().toInt());
    fillRows(m_table, m_pairs, m_templates[m_shown]);
}

void DemandDialog::keepDayKind()
{
    std::vector<data::DemandTemplateRow> rows = readRows(m_table);
    for (data::DemandTemplateRow &r : rows)
        r.dayKind = m_shown;
    m_templates[m_shown] = rows;
}

bool DemandDialog::saveTemplates()
{
    keepDayKind();
    std::vector<data::DemandTemplateRow> all;
    for (const auto &[kind, rows] : m_templates)
        for (data::DemandTemplateRow r : rows) {
            r.dayKind = kind;
            // The store requires wanted >= minimum and skilled <= wanted: say so rather than guess.
            if (r.wanted < r.minimum || r.skilled > std::max(r.wanted, r.minimum)) {
                const data::RosterPost *post = m_context.post(r.postId);
                const data::RosterShift *shift = m_context.shift(r.shiftTypeId);
                setMessage(tr("%1 %2 (%3): wanted must be at least the minimum, and the skilled at most the wanted.")
                               .arg(post ? post->code : r.postId, shift ? shift->code : r.shiftTypeId,
                                    data::dayKindKey(kind)),
                           true);
                return false;
            }
            all.push_back(r);
        }
    data::RosterRepository repository(m_db, m_clock);
    const data::Status saved = repository.setTemplates(m_session, m_context.squadCode, all);
    if (!saved) {
        setMessage(saved.errorMessage(), true);
        return false;
    }
    m_changed = true;
    setMessage(tr("Templates saved: %n row(s).", nullptr, int(all.size())), false);
    return true;
}

void DemandDialog::loadOverlays()
{
    m_overlayList->clear();
    data::RosterRepository repository(m_db, m_clock);
    const auto overlays = repository.overlays(m_session, m_context.squadCode);
    if (!overlays) {
        setMessage(overlays.errorMessage(), true);
        return;
    }
    m_overlays = overlays.value();
    for (const data::EventOverlay &o : m_overlays)
        m_overlayList->addItem(tr("%1: %2 – %3, %n row(s)", nullptr, int(o.rows.size()))
                                   .arg(o.name, o.start.toString(Qt::ISODate), o.end.toString(Qt::ISODate)));
}

bool DemandDialog::addOverlay()
{
    data::EventOverlay overlay;
    overlay.name = m_overlayName->text().trimmed();
    overlay.start = m_overlayFrom->date();
    overlay.end = m_overlayTo->date();
    overlay.rows = readRows(m_overlayTable);
    if (overlay.name.isEmpty()) {
        setMessage(tr("Event overlay: give the event a name."), true);
        return false;
    }
    if (overlay.end < overlay.start) {
        setMessage(tr("Event overlay: the end date is before the start date."), true);
        return false;
    }
    if (overlay.rows.empty()) {
        setMessage(tr("Event overlay: no zone has a headcount."), true);
        return false;
    }
    data::RosterRepository repository(m_db, m_clock);
    const auto saved = repository.saveOverlay(m_session, m_context.squadCode, overlay);
    if (!saved) {
        setMessage(saved.errorMessage(), true);
        return false;
    }
    m_changed = true;
    setMessage(tr("Event \"%1\" added.").arg(overlay.name), false);
    loadOverlays();
    return true;
}

void DemandDialog::removeOverlay()
{
    const int row = m_overlayList->currentRow();
    if (row < 0 || std::size_t(row) >= m_overlays.size())
        return;
    data::RosterRepository repository(m_db, m_clock);
    const data::Status removed = repository.removeOverlay(m_session, m_context.squadCode, m_overlays[std::size_t(row)].id);
    if (!removed) {
        setMessage(removed.errorMessage(), true);
        return;
    }
    m_changed = true;
    loadOverlays();
}

} // namespace dd::ui
