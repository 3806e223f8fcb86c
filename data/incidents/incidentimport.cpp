// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/incidentimport.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/session.h"
#include "data/categoryrepository.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/incidents/celllocator.h"
#include "data/incidents/deadlines.h"
#include "data/incidents/incidentrepository.h"
#include "data/incidents/logging.h"
#include "data/incidents/sqlvalue.h"
#include "data/incidents/workflow.h"
#include "data/sqlitestatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTimeZone>
#include <cstdio>

namespace dd::data {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::IncidentImporter)
};

const char *const kFields[] = { "ticket_no", "source",   "reported_at",    "category_code", "title",
                                "description", "town",   "address",        "lon",           "lat",
                                "crs",       "reporter_name", "reporter_phone", "urgency" };

QJsonObject hashToJson(const QHash<QString, QString> &h)
{
    QJsonObject o;
    for (auto it = h.begin(); it != h.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, QString> jsonToHash(const QJsonValue &v)
{
    QHash<QString, QString> h;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        h.insert(it.key(), it.value().toString());
    return h;
}

// RFC 4180 with the habits of real exports: quoted fields over several lines, "" inside quotes,
// CRLF or LF, a UTF-8 BOM. Records remember the line they start on.
ImportTable splitCsv(const QString &text, QChar delimiter)
{
    ImportTable t;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&]() {
        record << field;
        field.clear();
        fieldStarted = false;
        const bool blank = record.size() == 1 && record.front().trimmed().isEmpty();
        if (!blank) {
            if (t.header.isEmpty() && t.rows.empty()) {
                t.header = record;
            } else {
                t.rows.push_back(record);
                t.lines.push_back(recordLine);
            }
        }
        record.clear();
    };
    const int n = int(text.size());
    int i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r'))
                    field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty() || !field.isEmpty())
        endRecord();
    return t;
}

// Database::timestamp() for UTC instants, without QDateTime::toString's format interpretation
// (the import writes four per row; same text).
QString utcText(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime c = u.time();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), c.hour(),
                  c.minute(), c.second(), c.msec());
    return QString::fromLatin1(buffer);
}

// "yyyy-MM-dd HH:mm:ss" (the common hotline export) read by hand, as Shanghai time; anything else
// goes through the mapping's formats.
QDateTime fastShanghaiDate(const QString &text)
{
    if (text.size() != 19 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') || text.at(10) != QLatin1Char(' ')
        || text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':'))
        return {};
    auto number = [&](int from, int length) {
        int v = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t ch = text.at(i).unicode();
            if (ch < u'0' || ch > u'9')
                return -1;
            v = v * 10 + (ch - u'0');
        }
        return v;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-8 * 3600);
}

struct ParsedRow
{
    QString source, ticketNo, categoryId, title, description, address;
    QDateTime reportedAt;
    std::optional<double> lon, lat;
    const LocatedCell *cell = nullptr;
    QString squadId;
    bool urgent = false;
    QString reporterName, reporterPhone;
    TimeLimit limit;
    QByteArray fingerprint;
};

struct Existing
{
    QString id;
    QString status;
    int lastSeq = 0;
    QSet<QByteArray> fingerprints;
};

} // namespace

QStringList ImportMapping::fields()
{
    QStringList out;
    for (const char *f : kFields)
        out << QString::fromLatin1(f);
    return out;
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject())
        return failure(Tr::tr("%1: not a JSON object (%2 at offset %3).").arg(origin, error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    ImportMapping m;
    m.name = o.value(QLatin1String("name")).toString(QFileInfo(origin).completeBaseName());
    m.format = o.value(QLatin1String("format")).toString(QStringLiteral("csv"));
    if (m.format != QLatin1String("csv") && m.format != QLatin1String("json"))
        return failure(Tr::tr("%1: “format” must be csv or json, not “%2”.").arg(origin, m.format));
    m.encoding = o.value(QLatin1String("encoding")).toString(QStringLiteral("auto"));
    const QString delimiter = o.value(QLatin1String("delimiter")).toString(QStringLiteral(","));
    if (delimiter.size() != 1)
        return failure(Tr::tr("%1: “delimiter” must be one character.").arg(origin));
    m.delimiter = delimiter.front();
    m.crs = o.value(QLatin1String("crs")).toString(QStringLiteral("GCJ-02"));
    m.source = o.value(QLatin1String("source")).toString();
    m.columns = jsonToHash(o.value(QLatin1String("columns")));
    for (auto it = m.columns.begin(); it != m.columns.end(); ++it)
        if (!fields().contains(it.key()))
            return failure(Tr::tr("%1: columns: unknown field “%2” (known: %3).").arg(origin, it.key(), fields().join(QStringLiteral(", "))));
    if (!m.columns.contains(QStringLiteral("ticket_no")))
        return failure(Tr::tr("%1: columns: the field ticket_no must be mapped.").arg(origin));
    for (const QJsonValue &v : o.value(QLatin1String("date_formats")).toArray())
        m.dateFormats << v.toString();
    m.sources = jsonToHash(o.value(QLatin1String("sources")));
    for (auto it = m.sources.begin(); it != m.sources.end(); ++it)
        if (!incidentSourceKeys().contains(it.value()))
            return failure(Tr::tr("%1: sources: “%2” is not a source key (%3).").arg(origin, it.value(), incidentSourceKeys().join(QStringLiteral(", "))));
    if (!m.source.isEmpty() && !incidentSourceKeys().contains(m.source))
        return failure(Tr::tr("%1: source: “%2” is not a source key.").arg(origin, m.source));
    m.categories = jsonToHash(o.value(QLatin1String("categories")));
    m.urgency = jsonToHash(o.value(QLatin1String("urgency")));
    return m;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("format"), format);
    o.insert(QStringLiteral("encoding"), encoding);
    o.insert(QStringLiteral("delimiter"), QString(delimiter));
    o.insert(QStringLiteral("crs"), crs);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("columns"), hashToJson(columns));
    o.insert(QStringLiteral("date_formats"), QJsonArray::fromStringList(dateFormats));
    o.insert(QStringLiteral("sources"), hashToJson(sources));
    o.insert(QStringLiteral("categories"), hashToJson(categories));
    o.insert(QStringLiteral("urgency"), hashToJson(urgency));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString ImportMapping::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/import-mappings");
}

QStringList ImportMapping::savedNames()
{
    QStringList names;
    for (const QString &dir : { directory(), QStringLiteral(":/dutydesk/import-mappings") })
        for (const QFileInfo &f : QDir(dir).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
            if (!names.contains(f.completeBaseName()))
                names << f.completeBaseName();
    return names;
}

Result<ImportMapping> ImportMapping::load(const QString &nameOrPath)
{
    QString path = nameOrPath;
    if (!nameOrPath.endsWith(QLatin1String(".json"))) {
        path = directory() + QLatin1Char('/') + nameOrPath + QStringLiteral(".json");
        if (!QFile::exists(path))
            path = QStringLiteral(":/dutydesk/import-mappings/") + nameOrPath + QStringLiteral(".json");
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(Tr::tr("Mapping “%1”: not found (looked for %2; saved: %3).")
                           .arg(nameOrPath, path, savedNames().join(QStringLiteral(", "))));
    return fromJson(f.readAll(), path);
}

Status ImportMapping::save() const
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return failure(Tr::tr("Mapping: a name without “/” is needed to save it."));
    if (!QDir().mkpath(directory()))
        return failure(Tr::tr("Mapping: cannot create %1.").arg(directory()));
    QFile f(directory() + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(toJson()) < 0)
        return failure(Tr::tr("Mapping: cannot write %1: %2").arg(f.fileName(), f.errorString()));
    return success();
}

IncidentImporter::IncidentImporter(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<ImportTable> IncidentImporter::readTable(const QByteArray &data, const ImportMapping &mapping, const QString &origin)
{
    QString text;
    QString used = mapping.encoding;
    auto decode = [&](const char *name) -> std::optional<QString> {
        QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return std::nullopt;
        QString out = decoder.decode(data);
        if (decoder.hasError())
            return std::nullopt;
        return out;
    };
    if (mapping.encoding.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        if (auto utf8 = decode("UTF-8")) {
            text = *utf8;
            used = QStringLiteral("UTF-8");
        } else if (auto gb = decode("GB18030")) {
            text = *gb;
            used = QStringLiteral("GB18030");
        } else {
            return failure(Tr::tr("%1: neither UTF-8 nor GB18030 text.").arg(origin));
        }
    } else {
        QStringDecoder probe(mapping.encoding.toLatin1().constData());
        if (!probe.isValid())
            return failure(Tr::tr("%1: encoding “%2” is not known to this build.").arg(origin, mapping.encoding));
        auto decoded = decode(mapping.encoding.toLatin1().constData());
        if (!decoded)
            return failure(Tr::tr("%1: not valid %2 text.").arg(origin, mapping.encoding));
        text = *decoded;
    }
    ImportTable table;
    if (mapping.format == QLatin1String("json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        QJsonArray records;
        if (doc.isArray())
            records = doc.array();
        else if (doc.isObject() && doc.object().value(QLatin1String("records")).isArray())
            records = doc.object().value(QLatin1String("records")).toArray();
        else
            return failure(Tr::tr("%1: not a JSON array of records, nor an object with “records” (%2 at offset %3).")
                               .arg(origin, error.errorString())
                               .arg(error.offset));
        for (const QJsonValue &v : records)
            for (const QString &k : v.toObject().keys())
                if (!table.header.contains(k))
                    table.header << k;
        int n = 0;
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            QStringList row;
            for (const QString &k : table.header) {
                const QJsonValue x = o.value(k);
                row << (x.isDouble() ? QString::number(x.toDouble(), 'g', 12) : x.toVariant().toString());
            }
            table.rows.push_back(row);
            table.lines.push_back(++n);
        }
    } else {
        table = splitCsv(text, mapping.delimiter);
    }
    table.encoding = used;
    return table;
}

Result<ImportReport> IncidentImporter::importFile(const Session &session, const QString &path,
                                                  const ImportMapping &mapping, const std::function<bool(int, int)> &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(Tr::tr("%1: cannot read: %2").arg(path, f.errorString()));
    return importData(session, f.readAll(), mapping, QFileInfo(path).fileName(), progress);
}

Result<ImportReport> IncidentImporter::importData(const Session &session, const QByteArray &data,
                                                  const ImportMapping &mapping, const QString &origin,
                                                  const std::function<bool(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    // Refused at once (and audited) when the user may register incidents nowhere.
    if (!session.allows(Action::CreateIncident)) {
        Status refused = AccessControl(m_db, m_clock).require(session, Action::CreateIncident, Target::district());
        return failure(refused.errorMessage());
    }
    auto table = readTable(data, mapping, origin);
    if (!table)
        return failure(table.errorMessage());
    ImportReport report;
    report.header = table->header;
    report.json = mapping.format == QLatin1String("json");

    QHash<QString, int> column; // field → index
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
        const int index = int(table->header.indexOf(it.value()));
        if (index < 0)
            return failure(Tr::tr("%1: the mapping “%2” expects a column “%3” for %4; the file has: %5.")
                               .arg(origin, mapping.name, it.value(), it.key(), table->header.join(QStringLiteral(", "))));
        column.insert(it.key(), index);
    }

    auto locator = CellLocator::load(m_db);
    if (!locator)
        return failure(locator.errorMessage());
    if (!locator->isEmpty() && !locator->crs().isEmpty() && locator->crs() != mapping.crs)
        return failure(Tr::tr("%1: the mapping's coordinates are %2 but the grid is %3; convert them first.")
                           .arg(origin, mapping.crs, locator->crs()));
    auto calendar = WorkingCalendar::load(m_db);
    if (!calendar)
        return failure(calendar.errorMessage());
    auto categories = CategoryRepository(m_db).all(true);
    if (!categories)
        return failure(categories.errorMessage());
    QHash<QString, const IncidentCategory *> categoryByCode;
    for (const IncidentCategory &c : categories.value())
        categoryByCode.insert(c.code, &c);

    // What was imported before: (source, ticket) → incident, and the fingerprints of rows applied to it.
    QHash<QString, Existing> existing;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT i.source || '|' || i.ticket_no, i.id, i.status, "
                                   "(SELECT MAX(seq) FROM incident_events e WHERE e.incident_id = i.id) "
                                   "FROM incidents i WHERE i.ticket_no <> ''")))
            return failure(QStringLiteral("incidents: %1").arg(q.lastError().text()));
        QHash<QString, QString> keyById;
        while (q.next()) {
            existing.insert(q.value(0).toString(), Existing { q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), {} });
            keyById.insert(q.value(1).toString(), q.value(0).toString());
        }
        if (!q.exec(QStringLiteral("SELECT incident_id, substr(note, 8, 16) FROM incident_events WHERE note LIKE 'import:%'")))
            return failure(QStringLiteral("incident_events: %1").arg(q.lastError().text()));
        while (q.next()) {
            const auto key = keyById.constFind(q.value(0).toString());
            if (key != keyById.constEnd())
                existing[*key].fingerprints.insert(q.value(1).toString().toLatin1());
        }
    }

    auto value = [&](const QStringList &row, const char *field) -> QString {
        const auto it = column.constFind(QLatin1String(field));
        return it == column.constEnd() ? QString() : row.value(*it).trimmed();
    };
    const QTimeZone shanghai(8 * 3600);
    const bool isoFirst = mapping.dateFormats.value(0) == QLatin1String("yyyy-MM-dd HH:mm:ss");
    auto parseDate = [&](const QString &text) -> QDateTime {
        if (isoFirst) {
            const QDateTime fast = fastShanghaiDate(text);
            if (fast.isValid())
                return fast;
        }
        for (const QString &format : mapping.dateFormats) {
            QDateTime t = QDateTime::fromString(text, format);
            if (t.isValid()) {
                t.setTimeZone(shanghai);
                return t.toUTC();
            }
        }
        QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
        if (iso.isValid()) {
            if (iso.timeSpec() == Qt::LocalTime)
                iso.setTimeZone(shanghai);
            return iso.toUTC();
        }
        return {};
    };

    const QStringList sourceKeys = incidentSourceKeys();
    // Parse and check every row first; write the good ones in one transaction afterwards.
    std::vector<std::pair<int, ParsedRow>> good; // row index, row
    const int total = int(table->rows.size());
    for (int r = 0; r < total; ++r) {
        const QStringList &row = table->rows[size_t(r)];
        const int line = table->lines[size_t(r)];
        auto reject = [&](const QString &reason) {
            report.rejections.push_back(ImportRejection { line, value(row, "ticket_no"), reason, row });
        };
        if (progress && r % 2000 == 0 && !progress(r, total * 2))
            return failure(Tr::tr("%1: import cancelled; nothing was written.").arg(origin));
        ParsedRow p;
        p.ticketNo = value(row, "ticket_no");
        if (p.ticketNo.isEmpty()) {
            reject(Tr::tr("missing ticket number"));
            continue;
        }
        const QString sourceText = value(row, "source");
        // The fixed source only stands in for an empty or missing column, never for an unknown value.
        p.source = sourceText.isEmpty() ? mapping.source
                                        : mapping.sources.value(sourceText, sourceKeys.contains(sourceText) ? sourceText : QString());
        if (p.source.isEmpty()) {
            reject(Tr::tr("unknown source “%1” (add it to the mapping's sources)").arg(sourceText));
            continue;
        }
        const QString dateText = value(row, "reported_at");
        p.reportedAt = parseDate(dateText);
        if (!p.reportedAt.isValid()) {
            reject(Tr::tr("unparseable date “%1”").arg(dateText));
            continue;
        }
        const QString codeText = value(row, "category_code");
        const QString code = mapping.categories.value(codeText, codeText);
        const IncidentCategory *category = categoryByCode.value(code);
        if (!category || code.isEmpty()) {
            reject(Tr::tr("unknown category “%1”").arg(codeText));
            continue;
        }
        p.categoryId = category->id;
        p.limit = category->limit;
        p.title = value(row, "title");
        if (p.title.isEmpty())
            p.title = category->name;
        p.description = value(row, "description");
        p.address = value(row, "address");
        const QString crs = value(row, "crs");
        if (!crs.isEmpty() && crs != mapping.crs) {
            reject(Tr::tr("coordinates in %1, expected %2").arg(crs, mapping.crs));
            continue;
        }
        const QString lonText = value(row, "lon"), latText = value(row, "lat");
        if (!lonText.isEmpty() || !latText.isEmpty()) {
            bool okLon = false, okLat = false;
            const double lon = lonText.toDouble(&okLon), lat = latText.toDouble(&okLat);
            if (!okLon || !okLat) {
                reject(Tr::tr("coordinates “%1, %2” are not numbers").arg(lonText, latText));
                continue;
            }
            p.cell = locator->at(lon, lat);
            if (!p.cell) {
                reject(Tr::tr("coordinates %1, %2 outside the district").arg(lonText, latText));
                continue;
            }
            p.lon = lon;
            p.lat = lat;
        } else if (auto match = locator->matchAddress(p.address, value(row, "town"))) {
            p.cell = match->cell;
        } else {
            reject(Tr::tr("no location: no coordinates, and the address names no known town or community"));
            continue;
        }
        p.squadId = p.cell->squadId;
        if (!session.allows(Action::CreateIncident, Target::officer(p.squadId, session.officerId()))) {
            reject(Tr::tr("outside the squads %1 may register incidents for").arg(session.userName()));
            continue;
        }
        const QString urgency = value(row, "urgency");
        p.urgent = mapping.urgency.value(urgency, urgency) == QLatin1String("urgent");
        p.reporterName = value(row, "reporter_name");
        p.reporterPhone = value(row, "reporter_phone");
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QString &f : { p.source, p.ticketNo, utcText(p.reportedAt), code, p.title, p.description,
                                  p.address, lonText, latText, QString(p.urgent ? QStringLiteral("u") : QStringLiteral("n")),
                                  p.reporterName, p.reporterPhone }) {
            hash.addData(f.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        p.fingerprint = hash.result().toHex().left(16);
        good.emplace_back(r, std::move(p));
    }

    const QString now = Database::timestamp(m_clock.now());
    const QString writer = m_db.consoleId();
    bool cancelled = false;
    // One transaction of 100,000 rows (and their sync outbox rows) outgrows SQLite's default 2 MiB
    // page cache; spilling it made the import spend a third of its time copying pages to and from
    // the kernel. 128 MiB for the import, then back.
    QSqlQuery pragma(m_db.connection());
    int previousCache = -2000;
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        previousCache = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    // How the rows are written (docs/IMPORT.md, "How an import is written"): new work orders are first
    // staged in a temporary in-memory table, then moved into incidents and incident_events by one
    // INSERT … SELECT each. Row by row, every INSERT fires the sync capture triggers under its own
    // statement journal, which copied each touched page again for every row: three times the work.
    // Updates of known tickets follow, one statement each, in file order. Raw prepared statements
    // instead of QSqlQuery: no QVariant and UTF-16 conversion per value.
    sqlite3 *handle = sqliteHandle(m_db);
    const QByteArray nowUtf8 = now.toUtf8(), writerUtf8 = writer.toUtf8();
    const QByteArray userUtf8 = session.userId().isEmpty() ? QByteArray() : session.userId().toUtf8();
    Status written = m_db.transaction([&]() -> Status {
        if (Status s = m_db.executeScript(QByteArrayLiteral(
                "CREATE TEMP TABLE IF NOT EXISTS import_stage (line INTEGER NOT NULL, id TEXT NOT NULL, "
                "ticket_no TEXT, source TEXT, category_id TEXT, title TEXT, description TEXT, address TEXT, lon REAL, "
                "lat REAL, cell_id TEXT, squad_id TEXT, reported_at TEXT, deadline_at TEXT, arrive_deadline_at TEXT, "
                "urgency TEXT, reporter_name TEXT, reporter_phone TEXT, event_id TEXT, note TEXT); "
                "DELETE FROM temp.import_stage;"));
            !s)
            return failure(Tr::tr("%1: cannot prepare the import: %2").arg(origin, s.errorMessage()));
        SqliteStatement stage(handle,
                              "INSERT INTO temp.import_stage VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                              "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
        SqliteStatement update(handle,
                               "UPDATE incidents SET category_id = ?1, title = ?2, description = ?3, address = ?4, "
                               "urgency = ?5, reporter_name = ?6, reporter_phone = ?7, "
                               "lon = CASE WHEN status = 'filed' THEN ?8 ELSE lon END, "
                               "lat = CASE WHEN status = 'filed' THEN ?9 ELSE lat END, "
                               "cell_id = CASE WHEN status = 'filed' THEN ?10 ELSE cell_id END, "
                               "updated_at = ?11, last_writer = ?12 WHERE id = ?13");
        SqliteStatement event(handle,
                              "INSERT INTO incident_events (id, incident_id, seq, at, kind, from_status, to_status, "
                              "user_id, note, updated_at, last_writer) VALUES (?1, ?2, ?3, ?4, 'update', ?5, ?5, ?6, ?7, "
                              "?4, ?8)");
        for (const SqliteStatement *st : { &stage, &update, &event })
            if (!st->ok())
                return failure(Tr::tr("%1: the store refused the import's statements: %2").arg(origin, st->error()));
        const auto fault = [&](const SqliteStatement &st, int line) {
            return failure(Tr::tr("%1 line %2: %3").arg(origin).arg(line).arg(st.error()));
        };
        // Updates of known tickets, applied after the new incidents (a ticket may be new earlier in the file).
        struct Update
        {
            const ParsedRow *row;
            int line, seq;
            QString id, status, note;
        };
        std::vector<Update> updates;
        int done = 0;
        for (auto &[index, p] : good) {
            const int line = table->lines[size_t(index)];
            if (progress && ++done % 2000 == 0 && !progress(total + done, total * 2)) {
                cancelled = true;
                return failure(Tr::tr("%1: import cancelled; nothing was written.").arg(origin));
            }
            const QString key = p.source + QLatin1Char('|') + p.ticketNo;
            const QString note = QStringLiteral("import:%1 %2:%3").arg(QString::fromLatin1(p.fingerprint), origin).arg(line);
            auto found = existing.find(key);
            if (found == existing.end()) {
                const QString id = Database::newId();
                const QDateTime deadline = Deadlines::deadline(p.reportedAt, p.limit, *calendar);
                stage.bindInt(1, line);
                stage.bindText(2, id);
                stage.bindText(3, p.ticketNo);
                stage.bindText(4, p.source);
                stage.bindText(5, p.categoryId);
                stage.bindText(6, p.title);
                stage.bindText(7, p.description);
                stage.bindText(8, p.address);
                stage.bindDouble(9, p.lon ? *p.lon : p.cell->lon);
                stage.bindDouble(10, p.lat ? *p.lat : p.cell->lat);
                stage.bindText(11, p.cell->id);
                stage.bindText(12, p.squadId);
                stage.bindText(13, utcText(p.reportedAt));
                stage.bindText(14, utcText(deadline));
                stage.bindText(15, utcText(Deadlines::arrivalDeadline(p.reportedAt, p.urgent)));
                stage.bindText(16, p.urgent ? QStringLiteral("urgent") : QStringLiteral("normal"));
                stage.bindText(17, p.reporterName);
                stage.bindText(18, p.reporterPhone);
                stage.bindText(19, Database::newId());
                stage.bindText(20, note);
                if (!stage.run())
                    return fault(stage, line);
                existing.insert(key, Existing { id, QStringLiteral("filed"), 1, { p.fingerprint } });
                ++report.imported;
                continue;
            }
            if (found->fingerprints.contains(p.fingerprint)) {
                ++report.unchanged;
                continue;
            }
            updates.push_back(Update { &p, line, ++found->lastSeq, found->id, found->status, note });
            found->fingerprints.insert(p.fingerprint);
            ++report.updated;
        }

        // The new incidents and their filing events, in file order.
        SqliteStatement moveIncidents(
            handle,
            "INSERT INTO incidents (id, ticket_no, source, category_id, title, description, address, lon, lat, cell_id, "
            "squad_id, status, reported_at, deadline_at, first_deadline_at, arrive_deadline_at, urgency, reporter_name, "
            "reporter_phone, updated_at, last_writer) "
            "SELECT id, ticket_no, source, category_id, title, description, address, lon, lat, cell_id, squad_id, "
            "'filed', reported_at, deadline_at, deadline_at, arrive_deadline_at, urgency, reporter_name, reporter_phone, "
            "?1, ?2 FROM temp.import_stage ORDER BY rowid");
        SqliteStatement moveEvents(handle,
                                   "INSERT INTO incident_events (id, incident_id, seq, at, kind, from_status, to_status, "
                                   "user_id, note, updated_at, last_writer) "
                                   "SELECT event_id, id, 1, ?1, 'file', NULL, 'filed', ?3, note, ?1, ?2 "
                                   "FROM temp.import_stage ORDER BY rowid");
        for (SqliteStatement *st : { &moveIncidents, &moveEvents }) {
            if (!st->ok())
                return failure(Tr::tr("%1: the store refused the import's statements: %2").arg(origin, st->error()));
            st->bindUtf8(1, nowUtf8);
            st->bindUtf8(2, writerUtf8);
            if (st == &moveEvents)
                st->bindUtf8(3, userUtf8);
            if (!st->run())
                return failure(Tr::tr("%1: writing the %2 new incidents failed: %3")
                                   .arg(origin)
                                   .arg(report.imported)
                                   .arg(st->error()));
        }

        for (const Update &u : updates) {
            const ParsedRow &p = *u.row;
            update.bindText(1, p.categoryId);
            update.bindText(2, p.title);
            update.bindText(3, p.description);
            update.bindText(4, p.address);
            update.bindText(5, p.urgent ? QStringLiteral("urgent") : QStringLiteral("normal"));
            update.bindText(6, p.reporterName);
            update.bindText(7, p.reporterPhone);
            update.bindDouble(8, p.lon ? *p.lon : p.cell->lon);
            update.bindDouble(9, p.lat ? *p.lat : p.cell->lat);
            update.bindText(10, p.cell->id);
            update.bindUtf8(11, nowUtf8);
            update.bindUtf8(12, writerUtf8);
            update.bindText(13, u.id);
            if (!update.run())
                return fault(update, u.line);
            event.bindText(1, Database::newId());
            event.bindText(2, u.id);
            event.bindInt(3, u.seq);
            event.bindUtf8(4, nowUtf8);
            event.bindText(5, u.status);
            event.bindUtf8(6, userUtf8);
            event.bindText(7, u.note);
            event.bindUtf8(8, writerUtf8);
            if (!event.run())
                return fault(event, u.line);
        }
        if (Status s = m_db.executeScript(QByteArrayLiteral("DROP TABLE temp.import_stage")); !s)
            return failure(Tr::tr("%1: %2").arg(origin, s.errorMessage()));
        return success();
    });
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache));
    if (!written)
        return failure(written.errorMessage());
    Q_UNUSED(cancelled);
    std::sort(report.rejections.begin(), report.rejections.end(),
              [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    report.milliseconds = timer.elapsed();
    qCInfo(lcIncidents) << origin << "imported" << report.imported << "updated" << report.updated << "rejected"
                        << report.rejections.size() << "in" << report.milliseconds << "ms";
    return report;
}

Status IncidentImporter::writeRejects(const ImportReport &report, QIODevice &out)
{
    auto quote = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    QStringList header = { report.json ? QStringLiteral("record") : QStringLiteral("line"), QStringLiteral("reason") };
    header += report.header;
    QByteArray text = QByteArrayLiteral("\xEF\xBB\xBF");
    QStringList cells;
    for (const QString &h : header)
        cells << quote(h);
    text += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const ImportRejection &r : report.rejections) {
        cells = { QString::number(r.line), quote(r.reason) };
        for (const QString &f : r.fields)
            cells << quote(f);
        text += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    if (out.write(text) != text.size())
        return failure(Tr::tr("Rejects: cannot write: %1").arg(out.errorString()));
    return success();
}

} // namespace dd::data
