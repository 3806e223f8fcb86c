// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/clock.h"

namespace dd::data {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

} // namespace dd::data
