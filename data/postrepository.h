// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>
#include <vector>

namespace dd::data {

class Database;

struct Post
{
    enum class Kind { PatrolSector, CommandDesk, Campaign, EventZone };
    QString id;
    QString code;
    QString name;
    QString squadCode;
    Kind kind = Kind::PatrolSector;
    QString grade; // event zones: core, key, general
    QString topic; // campaigns
    int minOfficers = 1;
    int minCertified = 0;
    QString requiredSkill; // empty, certified, legal_officer, driver, dispatcher
    int cellCount = 0;
};

// A grid cell of the squad's area not covered by exactly one active patrol sector (处处不留死角).
struct CoverageGap
{
    QString cellCode;
    int sectors = 0; // 0 = uncovered, 2+ = claimed twice
};

// Posts of a squad and the coverage of its cells by patrol sectors.
class PostRepository
{
public:
    explicit PostRepository(const Database &db);

    // Active posts ordered by code.
    Result<std::vector<Post>> bySquad(const QString &squadCode) const;
    // The squad's cells (cells whose responsible squad it is) in zero or several of its active patrol
    // sectors, ordered by cell code; empty when every cell has exactly one sector.
    Result<std::vector<CoverageGap>> patrolCoverageGaps(const QString &squadCode) const;

    static QString kindText(Post::Kind kind);

private:
    const Database &m_db;
};

} // namespace dd::data
