// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/planrunner.h"

#include <QMetaObject>

namespace dd::ui {

namespace sch = dd::scheduling;

PlanRunner::PlanRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sch::SolverProgress>();
}

PlanRunner::~PlanRunner()
{
    cancel();
    join();
}

bool PlanRunner::start(sch::Problem problem, const sch::SolverOptions &options, const sch::Roster &initial)
{
    if (isRunning())
        return false;
    join();
    m_solver = std::make_unique<sch::Solver>(std::move(problem));
    // Runs on a solver thread: the signal is queued to this object's thread.
    m_solver->setProgressCallback([this](const sch::SolverProgress &p) { emit progress(p); }, 0.2);
    m_result = {};
    m_done = false;
    m_clock.start();
    m_thread = std::thread([this, options, initial] {
        sch::SolverResult result = m_solver->solve(options, initial.empty() ? nullptr : &initial);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() mutable {
                m_result = std::move(result);
                done();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void PlanRunner::cancel()
{
    if (m_solver && !m_done)
        m_solver->cancel();
}

sch::Roster PlanRunner::bestSoFar() const
{
    return m_solver ? m_solver->bestSoFar() : sch::Roster();
}

double PlanRunner::elapsedSeconds() const
{
    return m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
}

void PlanRunner::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void PlanRunner::done()
{
    join();
    m_done = true;
    emit finished();
}

} // namespace dd::ui
