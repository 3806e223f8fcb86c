// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/demodatabasecreator.h"

#include <QCoreApplication>

namespace dd::ui {

DemoDatabaseCreator::DemoDatabaseCreator(QObject *parent)
    : QObject(parent)
    , m_program(QCoreApplication::applicationFilePath())
{
}

bool DemoDatabaseCreator::isRunning() const
{
    return m_process != nullptr;
}

void DemoDatabaseCreator::start(const QString &path)
{
    if (m_process) {
        Q_EMIT finished(false, path, tr("A demo database is already being created."));
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(process, &QProcess::finished, this, [this, process, path](int exitCode, QProcess::ExitStatus status) {
        const QString errors = QString::fromUtf8(process->readAllStandardError()).trimmed();
        process->deleteLater();
        m_process = nullptr;
        if (status != QProcess::NormalExit)
            Q_EMIT finished(false, path, tr("The demo generator stopped unexpectedly. %1").arg(errors));
        else if (exitCode != 0)
            Q_EMIT finished(false, path,
                            errors.isEmpty() ? tr("The demo generator failed (exit code %1).").arg(exitCode) : errors);
        else
            Q_EMIT finished(true, path, QString());
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, path](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash or kill also ends in finished()
        const QString message = tr("Could not run %1: %2").arg(m_program, process->errorString());
        process->deleteLater();
        m_process = nullptr;
        Q_EMIT finished(false, path, message);
    });
    process->start(m_program, { QStringLiteral("demo-db"), path });
}

void DemoDatabaseCreator::cancel()
{
    if (m_process)
        m_process->kill();
}

} // namespace dd::ui
