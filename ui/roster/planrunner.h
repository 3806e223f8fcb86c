// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/solver.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <thread>

namespace dd::ui {

// Runs the scheduler on a worker thread for the Roster page, so the GUI thread only receives
// progress signals. progress() and finished() arrive on the thread that owns the runner (queued).
// cancel() asks the solver to stop; it then finishes with its best roster so far. Destroying a running
// runner cancels and joins the thread.
class PlanRunner : public QObject
{
    Q_OBJECT
public:
    explicit PlanRunner(QObject *parent = nullptr);
    ~PlanRunner() override;

    // False when a run is already going.
    bool start(scheduling::Problem problem, const scheduling::SolverOptions &options,
               const scheduling::Roster &initial = {});
    void cancel();
    bool isRunning() const { return m_thread.joinable() && !m_done; }
    // The best roster found so far (any time during a run; empty before the first).
    scheduling::Roster bestSoFar() const;
    // Valid after finished().
    const scheduling::SolverResult &result() const { return m_result; }
    double elapsedSeconds() const;

signals:
    void progress(const dd::scheduling::SolverProgress &progress);
    void finished();

private:
    void join();
    void done();

    std::unique_ptr<scheduling::Solver> m_solver;
    std::thread m_thread;
    scheduling::SolverResult m_result;
    bool m_done = true;
    QElapsedTimer m_clock;
};

} // namespace dd::ui

Q_DECLARE_METATYPE(dd::scheduling::SolverProgress)
