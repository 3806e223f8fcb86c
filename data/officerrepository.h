// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>
#include <vector>

namespace dd::data {

class Database;

struct Officer
{
    QString id;
    QString badgeNo;
    QString name;
    QString squadCode;
    bool certified = false; // 执法证
    bool legalOfficer = false; // 法制员
    bool driver = false;
    bool dispatcher = false; // 调度员
    int contractMinutesPerWeek = 2400;
    QString phone;
    bool active = true;
};

// Officers of a squad, for rosters and dispatch.
class OfficerRepository
{
public:
    explicit OfficerRepository(const Database &db);

    // Ordered by badge number.
    Result<std::vector<Officer>> bySquad(const QString &squadCode, bool activeOnly = true) const;
    Result<Officer> byBadge(const QString &badgeNo) const;
    // Saves skills, contract minutes, phone and active (not the squad or badge); stamps updated_at and
    // this console as last writer.
    Status update(const Officer &officer) const;

private:
    const Database &m_db;
};

} // namespace dd::data
