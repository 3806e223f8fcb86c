// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace dd::data {

class Database;

// The SQLite handle behind a store's connection (nullptr if the driver is not QSQLITE).
sqlite3 *sqliteHandle(Database &db);

// A prepared statement on the raw SQLite handle, for the few bulk paths where QSqlQuery's QVariant
// per bound or read value costs more than SQLite's own work: the hotline import (200,000 rows per
// 100,000 work orders) and the indicator scans (over a million events). Everything else uses
// QSqlQuery. Runs inside whatever transaction the connection has open (Database::transaction).
//
// Contract: ok() is false when preparing failed (error() says why); bind*() use 1-based indices;
// step() returns SQLITE_ROW, SQLITE_DONE or an error code; run() is bind-then-step for a statement
// that returns no row, followed by a reset so that the statement can be bound again.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    // The preparation's error, or after a failed step()/run() the connection's last message.
    QString error() const;

    void bindText(int index, QStringView text); // UTF-8; a null QString binds '' (use bindNull for NULL)
    void bindUtf8(int index, const QByteArray &utf8); // a null QByteArray binds NULL
    void bindDouble(int index, double value);
    void bindInt(int index, std::int64_t value);
    void bindNull(int index);
    // Binds :name if the statement has it (ignored otherwise).
    void bindNamed(const QByteArray &name, const QByteArray &utf8);

    int step();
    // Steps once expecting no row (INSERT/UPDATE), then resets and clears the bindings; false on error.
    bool run();
    void reset();

    // Column values of the current row (0-based). text() is nullptr for NULL.
    const char *text(int column) const;
    int bytes(int column) const;
    QString string(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    sqlite3_stmt *raw() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace dd::data
