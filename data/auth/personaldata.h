// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>

namespace dd::data {

class Clock;
class Database;
class Session;
struct Target;

// Personal data (officers' phones, reporters' names and phones) is shown masked; a user whose role
// allows ViewPersonalData for the record's squad may reveal one record's value, and each reveal is
// written to the audit log (personal.unmask) before the value is returned. Refusals are audited by
// AccessControl.
class PersonalData
{
public:
    explicit PersonalData(Database &db);
    PersonalData(Database &db, const Clock &clock);

    // "13912345678" → "139****5678"; short numbers keep only their last two digits.
    static QString maskPhone(const QString &phone);
    // "王小明" → "王**", "Li Lei" → "L*****"
    static QString maskName(const QString &name);

    // Returns clearValue after auditing the reveal, or an error when the role may not see it.
    // entity/entityId/field name the record for the audit log (e.g. "incidents", id, "reporter_phone").
    Result<QString> reveal(const Session &session, const Target &target, const QString &entity, const QString &entityId,
                           const QString &field, const QString &clearValue);

    // An officer's phone: masked, or revealed (and audited) when reveal is true.
    Result<QString> officerPhone(const Session &session, const QString &officerId, bool reveal);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
