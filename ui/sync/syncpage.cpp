// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncpage.h"

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/settings.h"
#include "data/sync/syncstore.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSyncPage, "dutydesk.ui.sync")

namespace dd::ui {

using data::sync::SyncProgress;
using data::sync::SyncReport;

namespace {
QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    i->setToolTip(text);
    return i;
}
// The connection stored in the console's database; the server address falls back to the one in the
// settings (File → Settings…), so either place configures it.
data::Result<data::sync::ServerConfig> effectiveConfig(data::Database &db, const data::Settings &settings)
{
    auto config = data::sync::SyncStore(db).savedConfig();
    if (config && config->url.isEmpty())
        config->url = settings.districtServerUrl();
    return config;
}
QString shortTime(const QString &utcText)
{
    const QDateTime t = QDateTime::fromString(utcText, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : utcText;
}
} // namespace

SyncPage::SyncPage(data::Settings &settings, QWidget *parent)
    : Page(parent)
    , m_settings(settings)
{
    qRegisterMetaType<dd::data::sync::SyncReport>();
    buildUi();
    m_nightlyTimer = new QTimer(this);
    m_nightlyTimer->setInterval(30 * 1000);
    connect(m_nightlyTimer, &QTimer::timeout, this, &SyncPage::checkNightly);
    m_nightlyTimer->start();
    connect(&m_settings, &data::Settings::changed, this, [this] { reload(); });
    reload();
}

SyncPage::~SyncPage()
{
    // A run in progress is cancelled and awaited: it uses its own connection to the store.
    if (m_thread) {
        if (m_cancel)
            m_cancel->store(true);
        m_thread->wait();
    }
}

void SyncPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Nightly sync with the district server"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto *facts = new QFormLayout;
    const auto fact = [&](const QString &label, const QString &name) {
        auto *value = new QLabel(this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, value);
        return value;
    };
    m_server = fact(tr("District server:"), QStringLiteral("syncServer"));
    m_lastSuccess = fact(tr("Last successful sync:"), QStringLiteral("syncLastSuccess"));
    m_pending = fact(tr("Changes waiting to go up:"), QStringLiteral("syncPending"));
    m_conflictCount = fact(tr("Open conflicts:"), QStringLiteral("syncConflictCount"));
    m_heldCount = fact(tr("Rows held (cannot be stored here):"), QStringLiteral("syncHeldCount"));
    m_nightly = fact(tr("Nightly sync time:"), QStringLiteral("syncTime"));
    m_console = fact(tr("This console's id:"), QStringLiteral("syncConsoleId"));
    m_lastResult = fact(tr("Last result:"), QStringLiteral("syncLastResult"));
    m_lastResult->setWordWrap(true);
    layout->addLayout(facts);

    auto *run = new QHBoxLayout;
    m_syncButton = new QPushButton(tr("Sync now"), this);
    m_syncButton->setObjectName(QStringLiteral("syncNow"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("syncCancel"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("syncStage"));
    run->addWidget(m_syncButton);
    run->addWidget(m_cancelButton);
    run->addWidget(m_progress, 1);
    run->addWidget(m_stage);
    layout->addLayout(run);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPage::cancelSync);

    m_tabs = new QTabWidget(this);
    m_log = new QTableWidget(0, 3, this);
    m_log->setObjectName(QStringLiteral("syncLog"));
    m_log->setHorizontalHeaderLabels({ tr("Time"), tr("Level"), tr("Message") });
    m_log->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_log->verticalHeader()->hide();
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_log, tr("Sync log"));

    auto *conflictsPane = new QWidget(this);
    auto *conflictsLayout = new QVBoxLayout(conflictsPane);
    auto *explain = new QLabel(tr("Values of this console that lost to a later edit elsewhere. The later edit is in "
                                  "effect; re-applying writes the lost value again as a new change, which goes up at "
                                  "the next sync."),
                               conflictsPane);
    explain->setWordWrap(true);
    conflictsLayout->addWidget(explain);
    m_conflicts = new QTableWidget(0, 6, conflictsPane);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setHorizontalHeaderLabels(
        { tr("Detected"), tr("Table"), tr("Row"), tr("Field"), tr("Lost value (ours)"), tr("Value in effect") });
    m_conflicts->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    conflictsLayout->addWidget(m_conflicts);
    auto *conflictButtons = new QHBoxLayout;
    m_reapply = new QPushButton(tr("Re-apply as a new change"), conflictsPane);
    m_reapply->setObjectName(QStringLiteral("syncReapply"));
    m_dismiss = new QPushButton(tr("Dismiss"), conflictsPane);
    m_dismiss->setObjectName(QStringLiteral("syncDismiss"));
    conflictButtons->addWidget(m_reapply);
    conflictButtons->addWidget(m_dismiss);
    conflictButtons->addStretch();
    conflictsLayout->addLayout(conflictButtons);
    connect(m_reapply, &QPushButton::clicked, this, &SyncPage::reapplySelected);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncPage::dismissSelected);
    m_tabs->addTab(conflictsPane, tr("Conflicts"));

    auto *heldPane = new QWidget(this);
    auto *heldLayout = new QVBoxLayout(heldPane);
    auto *heldExplain = new QLabel(tr("Rows from the district server that this console's store refused (for example a "
                                      "value a newer DutyDesk knows and this one does not). They are missing here; "
                                      "every sync tries them again, and a newer version from the district replaces "
                                      "them. Updating DutyDesk or correcting the row at the district resolves them."),
                                   heldPane);
    heldExplain->setWordWrap(true);
    heldLayout->addWidget(heldExplain);
    m_held = new QTableWidget(0, 5, heldPane);
    m_held->setObjectName(QStringLiteral("syncHeld"));
    m_held->setHorizontalHeaderLabels({ tr("First seen"), tr("Table"), tr("Row"), tr("Reason"), tr("Attempts") });
    m_held->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_held->verticalHeader()->hide();
    m_held->setSelectionBehavior(QAbstractItemView::SelectRows);
    heldLayout->addWidget(m_held);
    m_heldTab = m_tabs->addTab(heldPane, tr("Held rows"));

    auto *connectionPane = new QWidget(this);
    auto *form = new QFormLayout(connectionPane);
    m_url = new QLineEdit(connectionPane);
    m_url->setObjectName(QStringLiteral("syncUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://sync.example.gov.cn:8443"));
    m_cert = new QLineEdit(connectionPane);
    m_cert->setObjectName(QStringLiteral("syncCert"));
    m_key = new QLineEdit(connectionPane);
    m_key->setObjectName(QStringLiteral("syncKey"));
    m_ca = new QLineEdit(connectionPane);
    m_ca->setObjectName(QStringLiteral("syncCa"));
    form->addRow(tr("Server address:"), m_url);
    form->addRow(tr("Console certificate (PEM):"), m_cert);
    form->addRow(tr("Certificate key (PEM):"), m_key);
    form->addRow(tr("District CA certificate (PEM):"), m_ca);
    m_saveConnection = new QPushButton(tr("Save connection"), connectionPane);
    m_saveConnection->setObjectName(QStringLiteral("syncSaveConnection"));
    m_connectionMessage = new QLabel(connectionPane);
    m_connectionMessage->setWordWrap(true);
    form->addRow(m_saveConnection, m_connectionMessage);
    connect(m_saveConnection, &QPushButton::clicked, this, &SyncPage::saveConnection);
    m_tabs->addTab(connectionPane, tr("Connection"));
    layout->addWidget(m_tabs, 1);
}

void SyncPage::setContext(const PageContext &context)
{
    m_context = context;
    reload();
}

void SyncPage::setConsoleId(const QString &consoleId)
{
    m_consoleId = consoleId;
    m_console->setText(consoleId.isEmpty() ? tr("—") : consoleId);
}

QString SyncPage::syncStatusText(const data::Settings &settings)
{
    const QUrl url = settings.districtServerUrl();
    if (url.isEmpty())
        return tr("sync: not configured");
    return tr("sync: %1 nightly at %2").arg(url.host(), settings.nightlySyncTime().toString(QStringLiteral("HH:mm")));
}

QString SyncPage::statusText() const
{
    return m_statusText;
}

void SyncPage::reload()
{
    const bool mayRun = m_context.session && m_context.session->allows(data::Action::RunSync);
    m_nightly->setText(m_settings.nightlySyncTime().toString(QStringLiteral("HH:mm")));
    QString status;
    if (!m_context.db) {
        for (QLabel *l : { m_server, m_lastSuccess, m_pending, m_conflictCount, m_heldCount, m_lastResult })
            l->setText(tr("—"));
        status = syncStatusText(m_settings);
        m_syncButton->setEnabled(false);
        m_log->setRowCount(0);
        m_conflicts->setRowCount(0);
        m_held->setRowCount(0);
    } else {
        data::sync::SyncStore store(*m_context.db);
        auto config = effectiveConfig(*m_context.db, m_settings);
        auto s = store.status();
        const bool configured = config && !config->url.isEmpty();
        if (config && !m_url->hasFocus()) {
            m_url->setText(config->url.toString());
            m_cert->setText(config->certFile);
            m_key->setText(config->keyFile);
            m_ca->setText(config->caFile);
        }
        m_server->setText(configured ? config->url.toDisplayString() : tr("not configured (Connection tab)"));
        if (s) {
            const QString last = s->lastSuccess.isValid()
                ? s->lastSuccess.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : tr("never");
            m_lastSuccess->setText(last);
            m_pending->setText(s->refusedChanges ? tr("%1 (and %2 refused by the server, see the log)")
                                                       .arg(s->pendingChanges)
                                                       .arg(s->refusedChanges)
                                                 : QString::number(s->pendingChanges));
            m_conflictCount->setText(QString::number(s->openConflicts));
            m_heldCount->setText(s->heldRows ? tr("%1 (see Held rows)").arg(s->heldRows) : QString::number(0));
            m_lastResult->setText(s->lastResult.isEmpty() ? tr("—") : s->lastResult);
            status = configured ? tr("sync: %1 nightly at %2 · last %3 · %4 pending")
                                      .arg(config->url.host(), m_settings.nightlySyncTime().toString(QStringLiteral("HH:mm")), last)
                                      .arg(s->pendingChanges)
                                : tr("sync: not configured");
            if (configured && s->openConflicts)
                status += tr(" · %1 conflicts").arg(s->openConflicts);
            if (configured && s->heldRows)
                status += tr(" · %1 rows held").arg(s->heldRows);
        } else {
            m_lastResult->setText(s.errorMessage());
            status = tr("sync: status unavailable");
        }
        m_syncButton->setEnabled(mayRun && configured && !m_running);
        m_syncButton->setToolTip(mayRun ? QString() : tr("Your role may not synchronise this console."));
        reloadLog();
        reloadConflicts();
        reloadHeld();
    }
    m_reapply->setEnabled(mayRun);
    m_dismiss->setEnabled(mayRun);
    m_saveConnection->setEnabled(mayRun && m_context.db);
    if (m_running)
        status = tr("sync: running…");
    if (status != m_statusText) {
        m_statusText = status;
        emit statusTextChanged(status);
    }
}

void SyncPage::reloadLog()
{
    auto entries = data::sync::SyncStore(*m_context.db).log(200);
    m_log->setRowCount(0);
    if (!entries)
        return;
    m_log->setRowCount(int(entries->size()));
    for (int r = 0; r < int(entries->size()); ++r) {
        const auto &e = (*entries)[size_t(r)];
        m_log->setItem(r, 0, item(shortTime(e.at)));
        const QString level = e.level == QLatin1String("error") ? tr("error")
            : e.level == QLatin1String("warning")              ? tr("warning")
                                                               : tr("info");
        m_log->setItem(r, 1, item(level));
        m_log->setItem(r, 2, item(e.message));
    }
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
}

void SyncPage::reloadConflicts()
{
    auto list = data::sync::SyncStore(*m_context.db).conflicts(true);
    m_conflicts->setRowCount(0);
    if (!list)
        return;
    m_conflicts->setRowCount(int(list->size()));
    for (int r = 0; r < int(list->size()); ++r) {
        const auto &c = (*list)[size_t(r)];
        m_conflicts->setItem(r, 0, item(shortTime(c.detectedAt)));
        m_conflicts->item(r, 0)->setData(Qt::UserRole, c.id);
        m_conflicts->setItem(r, 1, item(c.table));
        m_conflicts->setItem(r, 2, item(c.rowId.left(8)));
        m_conflicts->item(r, 2)->setToolTip(c.rowId);
        m_conflicts->setItem(r, 3, item(c.field));
        m_conflicts->setItem(r, 4, item(c.lostValue));
        m_conflicts->setItem(r, 5, item(c.wonValue));
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_tabs->setTabText(1, list->empty() ? tr("Conflicts") : tr("Conflicts (%1)").arg(list->size()));
}

void SyncPage::reloadHeld()
{
    auto list = data::sync::SyncStore(*m_context.db).heldRows();
    m_held->setRowCount(0);
    if (!list)
        return;
    m_held->setRowCount(int(list->size()));
    for (int r = 0; r < int(list->size()); ++r) {
        const auto &h = (*list)[size_t(r)];
        m_held->setItem(r, 0, item(shortTime(h.firstSeen)));
        m_held->setItem(r, 1, item(h.table));
        m_held->setItem(r, 2, item(h.rowId));
        m_held->setItem(r, 3, item(h.message));
        m_held->item(r, 3)->setToolTip(
            tr("%1\nLast tried: %2\nAs received: %3").arg(h.message, shortTime(h.lastTried), h.rowJson.left(2000)));
        m_held->setItem(r, 4, item(QString::number(h.attempts)));
    }
    m_held->resizeColumnsToContents();
    m_held->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tabs->setTabText(m_heldTab, list->empty() ? tr("Held rows") : tr("Held rows (%1)").arg(list->size()));
}

void SyncPage::saveConnection()
{
    if (!m_context.db)
        return;
    data::sync::ServerConfig c;
    c.url = QUrl(m_url->text().trimmed());
    c.certFile = m_cert->text().trimmed();
    c.keyFile = m_key->text().trimmed();
    c.caFile = m_ca->text().trimmed();
    if (!c.url.isEmpty() && c.url.scheme() != QLatin1String("https")) {
        m_connectionMessage->setText(tr("The server address must start with https://."));
        return;
    }
    data::Status s = data::sync::SyncStore(*m_context.db).saveConfig(c);
    m_connectionMessage->setText(s ? tr("Saved.") : s.errorMessage());
    reload();
}

void SyncPage::reapplySelected()
{
    const QList<QTableWidgetItem *> selected = m_conflicts->selectedItems();
    if (selected.isEmpty() || !m_context.db || !m_context.session)
        return;
    const QString id = m_conflicts->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    const data::Clock &clock = m_context.clock ? *m_context.clock : data::Clock::system();
    data::Status s = data::sync::SyncStore(*m_context.db).reapply(*m_context.session, clock, id);
    m_lastResult->setText(s ? tr("The lost value was written again; it goes up at the next sync.") : s.errorMessage());
    reload();
    if (s)
        emit storeChanged();
}

void SyncPage::dismissSelected()
{
    const QList<QTableWidgetItem *> selected = m_conflicts->selectedItems();
    if (selected.isEmpty() || !m_context.db || !m_context.session)
        return;
    const QString id = m_conflicts->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    const data::Clock &clock = m_context.clock ? *m_context.clock : data::Clock::system();
    data::Status s = data::sync::SyncStore(*m_context.db).dismiss(*m_context.session, clock, id);
    if (!s)
        m_lastResult->setText(s.errorMessage());
    reload();
}

void SyncPage::syncNow()
{
    if (m_running || !m_context.db)
        return;
    if (!m_context.session || !m_context.session->allows(data::Action::RunSync))
        return;
    auto config = effectiveConfig(*m_context.db, m_settings);
    if (!config || config->url.isEmpty()) {
        m_lastResult->setText(tr("No district server configured (Connection tab)."));
        return;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_stage->setText(tr("connecting…"));
    m_syncButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    reload();

    // The worker opens its own connection: a Database belongs to the thread that opened it.
    const QString path = m_context.db->path();
    const data::Clock *clock = m_context.clock ? m_context.clock : &data::Clock::system();
    const data::sync::ServerConfig cfg = *config;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    QPointer<SyncPage> self(this);
    m_thread = QThread::create([path, clock, cfg, cancel, self] {
        SyncReport report;
        auto db = data::Database::open(path);
        if (!db) {
            report.message = db.errorMessage();
        } else {
            report = data::sync::syncOnce(*db.value(), cfg, *clock, cancel.get(), [self](const SyncProgress &p) {
                QMetaObject::invokeMethod(
                    self, [self, p] { if (self) self->onProgress(p); }, Qt::QueuedConnection);
            });
        }
        QMetaObject::invokeMethod(
            self, [self, report] { if (self) self->onFinished(report); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void SyncPage::cancelSync()
{
    if (m_cancel)
        m_cancel->store(true);
    m_stage->setText(tr("cancelling…"));
    m_cancelButton->setEnabled(false);
}

void SyncPage::onProgress(const SyncProgress &p)
{
    switch (p.stage) {
    case SyncProgress::Stage::Connect:
        m_stage->setText(tr("connecting…"));
        break;
    case SyncProgress::Stage::Push:
        m_stage->setText(tr("sending %1 of %2 changes").arg(p.done).arg(p.total));
        break;
    case SyncProgress::Stage::Pull:
        m_stage->setText(tr("received %1 rows").arg(p.done));
        break;
    }
    if (p.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * p.done / p.total));
    } else {
        m_progress->setRange(0, 0);
    }
}

void SyncPage::onFinished(const SyncReport &report)
{
    m_running = false;
    m_cancel.reset();
    m_progress->setRange(0, 100);
    m_progress->setValue(report.outcome == SyncReport::Outcome::Success ? 100 : 0);
    m_stage->setText(report.outcome == SyncReport::Outcome::Success ? tr("done")
                         : report.outcome == SyncReport::Outcome::Cancelled ? tr("cancelled")
                                                                            : tr("see the log"));
    m_cancelButton->setEnabled(false);
    qCInfo(lcSyncPage) << report.message;
    reload();
    if (report.pulled > 0 || report.conflicts > 0)
        emit storeChanged();
    emit syncFinished(report);
}

void SyncPage::checkNightly()
{
    if (m_running || !m_context.db || !m_context.clock)
        return;
    if (!m_context.session || !m_context.session->allows(data::Action::RunSync))
        return;
    data::sync::SyncStore store(*m_context.db);
    auto config = effectiveConfig(*m_context.db, m_settings);
    if (!config || config->url.isEmpty())
        return;
    // The latest scheduled time not in the future, in local time.
    const QDateTime now = m_context.clock->now().toLocalTime();
    QDateTime scheduled(now.date(), m_settings.nightlySyncTime());
    if (scheduled > now)
        scheduled = scheduled.addDays(-1);
    auto s = store.status();
    if (!s || (s->lastAttempt.isValid() && s->lastAttempt >= scheduled.toUTC()))
        return;
    qCInfo(lcSyncPage) << "nightly sync due since" << scheduled;
    syncNow();
}

} // namespace dd::ui
