// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>
#include <vector>

namespace dd::data {

struct TownRecord
{
    QString code; // 9 digits
    QString name;
    QString kind; // 镇, 街道, or the statistical special-area label
    double seatLon = 0.0; // approximate seat, GCJ-02
    double seatLat = 0.0;
};

struct CommunityRecord
{
    QString code; // 12 digits
    QString name;
    QString townCode; // 9 digits
};

struct CategoryRecord
{
    QString code; // 5 digits
    QString majorClassCode; // 2 digits
    QString majorClass;
    QString name;
};

struct DistrictReference
{
    QString code; // 310114
    QString name; // 嘉定区
    std::vector<TownRecord> towns; // file order (by code)
    std::vector<CommunityRecord> communities; // file order (by code)
};

// The reference tables shipped in resources/data (embedded at :/dutydesk/data, provenance in
// resources/data/README.md). Errors name the resource, line and column.
class ReferenceData
{
public:
    // Jiading's towns/streets with their seats and its committees. Checks the codes' shape and that
    // every committee's town and every town's seat are present.
    static Result<DistrictReference> jiading();
    // The third-party transcription of GB/T 47678.5-2026 event classes 06–10 (not checked against
    // the standard).
    static Result<std::vector<CategoryRecord>> eventCategories();

    // A CSV file with a header line: rows of fields in the order of `columns` (named in the header).
    // Quoted fields ("a,b", "say ""hi""") are understood; CR LF and LF line ends both work.
    static Result<std::vector<QStringList>> readCsv(const QString &path, const QStringList &columns);
};

} // namespace dd::data
