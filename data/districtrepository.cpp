// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/districtrepository.h"

#include "data/database.h"

namespace dd::data {

DistrictRepository::DistrictRepository(const Database &db) : m_db(db) {}

Result<DistrictSummary> DistrictRepository::summary() const
{
    return failure(QStringLiteral("not implemented yet"));
}

} // namespace dd::data
