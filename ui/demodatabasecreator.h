// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>

namespace dd::ui {

// Creates the demo district database off the GUI thread by running `dutydesk demo-db PATH` as a
// child process: the generator stays in one place (the command line), the window stays responsive,
// and a crash in the generator cannot take the console down.
class DemoDatabaseCreator : public QObject
{
    Q_OBJECT
public:
    explicit DemoDatabaseCreator(QObject *parent = nullptr);

    // The dutydesk executable; defaults to the running program (which is dutydesk in production).
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }

    // Starts creating path (which must not exist yet); finished() follows exactly once per start().
    void start(const QString &path);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // message: empty on success, else the generator's error output or the reason it did not run.
    void finished(bool ok, const QString &path, const QString &message);

private:
    QString m_program;
    QPointer<QProcess> m_process;
};

} // namespace dd::ui
