// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace dd::grid {

// The parts of a standard 15-digit unit-cell code (CJ/T 213): district (6) + town/street (3) +
// community/village (3) + serial within the community (3).
struct CellCodeParts
{
    QString district; // 6 digits, e.g. 310114
    QString town; // 3 digits, e.g. 102 (the town's full code is district + town)
    QString community; // 3 digits
    QString serial; // 3 digits

    QString townCode() const { return district + town; }
    QString communityCode() const { return district + town + community; }
};

// Splits a 15-digit code; returns false (and leaves *parts alone) for anything else.
bool splitCellCode(const QString &code, CellCodeParts *parts);

// True when every character is an ASCII digit 0-9 (full-width and other Unicode digits are not).
bool isAsciiDigits(const QString &text);

// A configurable rule for cell codes. Real grid layers carry 14-, 16- and 20-digit variants of
// the 15-digit standard, so the accepted lengths are configuration, and codes are always text.
class CellCodeRule
{
public:
    static constexpr int standardLength = 15;

    CellCodeRule() = default;
    explicit CellCodeRule(const QString &districtPrefix, std::vector<int> allowedLengths = { standardLength });

    // Lengths outside 1..32 are ignored; an empty list falls back to {15}. Kept sorted, unique.
    void setAllowedLengths(std::vector<int> lengths);
    const std::vector<int> &allowedLengths() const { return m_lengths; }

    // Digits that every code must start with, e.g. the district code 310114. Empty: no prefix.
    void setDistrictPrefix(const QString &prefix) { m_prefix = prefix; }
    const QString &districtPrefix() const { return m_prefix; }

    // Empty when the code is valid, else the reason in words (translated, context "dd::grid").
    QString validate(const QString &code) const;
    bool isValid(const QString &code) const { return validate(code).isEmpty(); }

private:
    QString m_prefix;
    std::vector<int> m_lengths { standardLength };
};

} // namespace dd::grid
