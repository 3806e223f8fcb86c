// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace dd::data {
class Clock;
class Database;
} // namespace dd::data

namespace dd::data::sync {

class PulledRows;
class SyncTransport;
struct ServerConfig;

struct SyncProgress
{
    enum class Stage { Connect, Push, Pull };
    Stage stage = Stage::Connect;
    qint64 done = 0;
    qint64 total = 0; // 0 when unknown
};

struct SyncReport
{
    enum class Outcome { Success, Partial, Failure, Cancelled };
    Outcome outcome = Outcome::Failure;
    qint64 pushed = 0;    // changes the server acknowledged (applied or refused)
    qint64 refused = 0;   // of those, refused (kept in the outbox with the server's message)
    qint64 lost = 0;      // fields of ours that lost a conflict at the server
    qint64 pulled = 0;    // rows stored from the server
    qint64 conflicts = 0; // conflicts received for the Conflicts view
    qint64 held = 0;      // rows of the server this console cannot store, held in sync_held after this run
    QString message;      // one line for the log, the status bar and the command line
};

// One sync run: push the outbox in batches, then pull everything after the cursor (docs/SYNC.md).
//
// - A batch is removed from the outbox only after the server acknowledged it; a batch sent again
//   (connection cut after the server committed, console killed) gets the server's first answer back.
// - Pulled rows are stored in one SQLite transaction per page together with the new cursor, so the
//   cursor never runs ahead of the rows. Each row is stored under its own savepoint: a row this store
//   refuses (a constraint, a trigger) is held in sync_held instead of failing the page, and every pull
//   first tries the held rows again (PulledRows). A run that ends with held rows is Partial.
//   Columns with a pending local change keep the local value (the change goes up at the next push
//   and the server decides).
// - Foreign keys are checked by the server's order of writes, not per page: while a page is stored,
//   SQLite's foreign_keys is off (a child may arrive before its re-sent parent).
// Runs on the thread that owns db; blocks (use a worker thread in the GUI).
class SyncEngine
{
public:
    SyncEngine(Database &db, SyncTransport &transport, const Clock &clock);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressHandler(std::function<void(const SyncProgress &)> handler) { m_progress = std::move(handler); }
    void setBatchSizes(int push, int pull)
    {
        m_pushBatch = push;
        m_pullBatch = pull;
    }

    // hello, push, pull; writes sync_log and sync_state (last attempt, last success, last result).
    SyncReport run();

    // The parts, for the tests that cut the connection between them.
    Status hello();
    Status push(SyncReport &report);
    Status pull(SyncReport &report);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void progress(SyncProgress::Stage stage, qint64 done, qint64 total);
    Status raiseClock(qint64 serverHlc);
    // One transaction storing pulled rows: foreign keys off, the outbox triggers quiet.
    Status applyPulled(const std::function<Status(PulledRows &)> &work);

    Database &m_db;
    SyncTransport &m_transport;
    const Clock &m_clock;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const SyncProgress &)> m_progress;
    int m_pushBatch = 2000;
    int m_pullBatch = 5000;
};

// Connects with config and runs one sync on db (the transport is made here); a transport that cannot
// be made (missing certificate file, not https) is a Failure with the reason.
SyncReport syncOnce(Database &db, const ServerConfig &config, const Clock &clock,
                    const std::atomic_bool *cancel = nullptr,
                    std::function<void(const SyncProgress &)> progress = {});

} // namespace dd::data::sync
