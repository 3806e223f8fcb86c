// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/database.h"

namespace dd::data {

struct Database::Private
{
};

Database::Database() : d(std::make_unique<Private>()) {}
Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode)
{
    return failure(QStringLiteral("%1: the store is not implemented yet").arg(path));
}

QString Database::path() const { return {}; }
QString Database::connectionName() const { return {}; }
QSqlDatabase Database::connection() const { return {}; }
int Database::schemaVersion() const { return 0; }
int Database::latestSchemaVersion() { return 1; }
QString Database::backupPath() const { return {}; }
QString Database::consoleId() const { return {}; }

} // namespace dd::data
