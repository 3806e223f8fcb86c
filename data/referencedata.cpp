// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace dd::data {

namespace {

class ReferenceTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::ReferenceData)
};

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

bool allDigits(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

const QString kJiadingDir = QStringLiteral(":/dutydesk/data/jiading/");

} // namespace

Result<std::vector<QStringList>> ReferenceData::readCsv(const QString &path, const QStringList &columns)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(ReferenceTr::tr("%1: cannot read (%2).").arg(path, f.errorString()));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return failure(ReferenceTr::tr("%1: empty file.").arg(path));
    auto clean = [](QString line) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        return line;
    };
    const QStringList header = splitCsvLine(clean(lines.first()));
    std::vector<qsizetype> index;
    for (const QString &column : columns) {
        const qsizetype i = header.indexOf(column);
        if (i < 0)
            return failure(ReferenceTr::tr("%1: line 1: no column \"%2\".").arg(path, column));
        index.push_back(i);
    }
    std::vector<QStringList> rows;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QString line = clean(lines.at(n));
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = splitCsvLine(line);
        QStringList row;
        for (std::size_t c = 0; c < index.size(); ++c) {
            if (index[c] >= fields.size())
                return failure(ReferenceTr::tr("%1: line %2: no value for column \"%3\".")
                                   .arg(path)
                                   .arg(n + 1)
                                   .arg(columns.at(qsizetype(c))));
            row << fields.at(index[c]).trimmed();
        }
        rows.push_back(row);
    }
    return rows;
}

Result<DistrictReference> ReferenceData::jiading()
{
    DistrictReference ref;
    ref.code = QStringLiteral("310114");
    ref.name = QStringLiteral("嘉定区");

    const QString townsFile = kJiadingDir + QStringLiteral("towns_streets_2023.csv");
    auto towns = readCsv(
        townsFile,
        { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("areaCode") });
    if (!towns)
        return failure(towns.errorMessage());
    QHash<QString, std::size_t> townIndex;
    for (std::size_t i = 0; i < towns->size(); ++i) {
        const QStringList &r = towns->at(i);
        if (!allDigits(r.at(0), 9) || !r.at(0).startsWith(ref.code) || r.at(3) != ref.code)
            return failure(ReferenceTr::tr("%1: line %2: \"%3\" is not a 9-digit code of district %4.")
                               .arg(townsFile)
                               .arg(i + 2)
                               .arg(r.at(0), ref.code));
        townIndex.insert(r.at(0), ref.towns.size());
        ref.towns.push_back(TownRecord { r.at(0), r.at(1), r.at(2), 0.0, 0.0 });
    }

    const QString seatsFile = kJiadingDir + QStringLiteral("town_seats_approx.csv");
    auto seats = readCsv(seatsFile, { QStringLiteral("code"), QStringLiteral("lon"), QStringLiteral("lat") });
    if (!seats)
        return failure(seats.errorMessage());
    QHash<QString, bool> seated;
    for (std::size_t i = 0; i < seats->size(); ++i) {
        const QStringList &r = seats->at(i);
        bool okLon = false, okLat = false;
        const double lon = r.at(1).toDouble(&okLon), lat = r.at(2).toDouble(&okLat);
        if (!townIndex.contains(r.at(0)) || !okLon || !okLat)
            return failure(ReferenceTr::tr("%1: line %2: unknown town \"%3\" or bad coordinates.")
                               .arg(seatsFile)
                               .arg(i + 2)
                               .arg(r.at(0)));
        TownRecord &t = ref.towns[townIndex.value(r.at(0))];
        t.seatLon = lon;
        t.seatLat = lat;
        seated.insert(r.at(0), true);
    }
    for (const TownRecord &t : ref.towns)
        if (!seated.contains(t.code))
            return failure(ReferenceTr::tr("%1: no seat for town %2 (%3).").arg(seatsFile, t.code, t.name));

    const QString committeesFile = kJiadingDir + QStringLiteral("committees_2023.csv");
    auto committees
        = readCsv(committeesFile, { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("streetCode") });
    if (!committees)
        return failure(committees.errorMessage());
    for (std::size_t i = 0; i < committees->size(); ++i) {
        const QStringList &r = committees->at(i);
        if (!allDigits(r.at(0), 12) || !townIndex.contains(r.at(2)) || !r.at(0).startsWith(r.at(2)))
            return failure(ReferenceTr::tr("%1: line %2: \"%3\" is not a 12-digit code inside a known town.")
                               .arg(committeesFile)
                               .arg(i + 2)
                               .arg(r.at(0)));
        ref.communities.push_back(CommunityRecord { r.at(0), r.at(1), r.at(2) });
    }
    return ref;
}

Result<std::vector<CategoryRecord>> ReferenceData::eventCategories()
{
    const QString file = QStringLiteral(":/dutydesk/data/categories/gbt47678-5-2026-event-classes.csv");
    auto rows = readCsv(file,
                        { QStringLiteral("code"), QStringLiteral("big_class_code"), QStringLiteral("big_class"),
                          QStringLiteral("name") });
    if (!rows)
        return failure(rows.errorMessage());
    std::vector<CategoryRecord> list;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const QStringList &r = rows->at(i);
        if (!allDigits(r.at(0), 5) || !r.at(0).startsWith(r.at(1)))
            return failure(ReferenceTr::tr("%1: line %2: \"%3\" is not a 5-digit code of major class %4.")
                               .arg(file)
                               .arg(i + 2)
                               .arg(r.at(0), r.at(1)));
        list.push_back(CategoryRecord { r.at(0), r.at(1), r.at(2), r.at(3) });
    }
    return list;
}

} // namespace dd::data
