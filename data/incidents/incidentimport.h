// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QIODevice;

namespace dd::data {

class Clock;
class Database;
class Session;

// How one source's export maps onto incidents (docs/IMPORT.md, "Incidents"): saved per source as a
// JSON mapping file, chosen by name on the command line or in the import dialog.
struct ImportMapping
{
    QString name;
    QString format = QStringLiteral("csv"); // csv | json
    QString encoding = QStringLiteral("auto"); // auto (UTF-8, else GB18030) | UTF-8 | GB18030
    QChar delimiter = QLatin1Char(',');
    QString crs = QStringLiteral("GCJ-02"); // the coordinates' reference; must be the grid's
    QString source; // source key for rows whose source column is missing or empty (unknown values are refused)
    QHash<QString, QString> columns; // field → column name (CSV header or JSON key)
    QStringList dateFormats; // QDateTime::fromString formats, tried in order; ISO 8601 always
    QHash<QString, QString> sources; // value in the file → source key
    QHash<QString, QString> categories; // code in the file → store code ("" = refuse); others as they are
    QHash<QString, QString> urgency; // value in the file → normal | urgent

    // The fields a mapping may name (ticket_no, source, reported_at, category_code, title, …).
    static QStringList fields();
    static Result<ImportMapping> fromJson(const QByteArray &json, const QString &origin);
    QByteArray toJson() const;

    // NAME (a saved mapping in directory(), else a built-in one) or a path to a .json file.
    static Result<ImportMapping> load(const QString &nameOrPath);
    Status save() const; // into directory()/<name>.json
    static QString directory(); // the user's mappings (AppDataLocation/import-mappings)
    static QStringList savedNames(); // saved and built-in mapping names
};

// A file as rows of text fields, for the mapping dialog and the importer.
struct ImportTable
{
    QStringList header; // CSV header, or the keys of the first JSON records
    std::vector<QStringList> rows;
    std::vector<int> lines; // where each row starts: line in a CSV file, record number (1-based) in JSON
    QString encoding; // what was used to decode
};

struct ImportRejection
{
    int line = 0;
    QString ticketNo;
    QString reason;
    QStringList fields; // the row as read
};

struct ImportReport
{
    int imported = 0; // new incidents
    int updated = 0; // existing incidents changed (an 'update' event appended)
    int unchanged = 0; // rows already imported as they are
    std::vector<ImportRejection> rejections;
    QStringList header;
    bool json = false;
    qint64 milliseconds = 0;
};

// Bulk import of hotline work orders, idempotent on (source, ticket number): a new ticket is filed
// (deadlines from its category, location from coordinates or the address); a ticket seen before
// with different content updates the incident and appends an 'update' event; the same content
// again changes nothing. Every bad row is reported with its line and reason; the good rows are
// written in one transaction, so a row is never half-imported and a failed or cancelled import
// writes nothing.
class IncidentImporter
{
public:
    IncidentImporter(Database &db, const Clock &clock);

    // Decodes and splits a file (format and encoding from the mapping).
    static Result<ImportTable> readTable(const QByteArray &data, const ImportMapping &mapping, const QString &origin);

    // progress(done, total) is called now and then; returning false cancels (nothing is written).
    Result<ImportReport> importData(const Session &session, const QByteArray &data, const ImportMapping &mapping,
                                    const QString &origin,
                                    const std::function<bool(int, int)> &progress = {});
    Result<ImportReport> importFile(const Session &session, const QString &path, const ImportMapping &mapping,
                                    const std::function<bool(int, int)> &progress = {});

    // The rejected rows as CSV (UTF-8 with BOM): line, reason, then the original columns.
    static Status writeRejects(const ImportReport &report, QIODevice &out);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
