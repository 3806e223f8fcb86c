// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace dd::data {

// Where "now" comes from: the system clock in the console, a ManualClock in tests (lock-out expiry,
// deadlines, "on duty now"). Instants are UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide system clock (never destroyed).
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &when) { m_now = when.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace dd::data
