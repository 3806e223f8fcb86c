// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sqlitestatement.h"

#include "data/database.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace dd::data {

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *db, QByteArrayView sql)
    : m_db(db)
{
    if (!db) {
        m_error = QStringLiteral("the store's connection is not SQLite");
        return;
    }
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteStatement::error() const
{
    if (!m_error.isEmpty() || !m_db)
        return m_error;
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::bindText(int index, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bindInt(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, sqlite3_int64(value));
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindNamed(const QByteArray &name, const QByteArray &utf8)
{
    if (const int index = sqlite3_bind_parameter_index(m_stmt, name.constData()); index > 0)
        bindUtf8(index, utf8);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_stmt);
}

bool SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        reset();
        return false;
    }
    reset();
    return true;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

const char *SqliteStatement::text(int column) const
{
    const unsigned char *t = sqlite3_column_text(m_stmt, column);
    return t ? reinterpret_cast<const char *>(t) : nullptr;
}

int SqliteStatement::bytes(int column) const
{
    return sqlite3_column_bytes(m_stmt, column);
}

QString SqliteStatement::string(int column) const
{
    const char *t = text(column);
    return t ? QString::fromUtf8(t, bytes(column)) : QString();
}

std::int64_t SqliteStatement::integer(int column) const
{
    return std::int64_t(sqlite3_column_int64(m_stmt, column));
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace dd::data
