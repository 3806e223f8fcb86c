// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/cellcode.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace dd::grid {

namespace {

// "15", "14 or 15", "14, 15 or 16"
QString lengthList(const std::vector<int> &lengths)
{
    QStringList items;
    for (int length : lengths)
        items.push_back(QString::number(length));
    if (items.size() <= 1)
        return items.join(QString());
    const QString last = items.takeLast();
    return QCoreApplication::translate("dd::grid", "%1 or %2").arg(items.join(QStringLiteral(", ")), last);
}

} // namespace

bool isAsciiDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool splitCellCode(const QString &code, CellCodeParts *parts)
{
    if (code.size() != CellCodeRule::standardLength || !isAsciiDigits(code))
        return false;
    parts->district = code.left(6);
    parts->town = code.mid(6, 3);
    parts->community = code.mid(9, 3);
    parts->serial = code.mid(12, 3);
    return true;
}

CellCodeRule::CellCodeRule(const QString &districtPrefix, std::vector<int> allowedLengths)
    : m_prefix(districtPrefix)
{
    setAllowedLengths(std::move(allowedLengths));
}

void CellCodeRule::setAllowedLengths(std::vector<int> lengths)
{
    std::erase_if(lengths, [](int length) { return length < 1 || length > 32; });
    std::sort(lengths.begin(), lengths.end());
    lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
    if (lengths.empty())
        lengths = { standardLength };
    m_lengths = std::move(lengths);
}

QString CellCodeRule::validate(const QString &code) const
{
    if (code.isEmpty())
        return QCoreApplication::translate("dd::grid", "The cell code is empty.");
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QCoreApplication::translate("dd::grid",
                                               "The cell code may contain only the digits 0-9; character %1 is \"%2\".")
                .arg(i + 1)
                .arg(c);
    }
    if (std::find(m_lengths.cbegin(), m_lengths.cend(), static_cast<int>(code.size())) == m_lengths.cend())
        return QCoreApplication::translate("dd::grid", "The cell code has %1 digits; %2 are expected.")
            .arg(code.size())
            .arg(lengthList(m_lengths));
    if (!code.startsWith(m_prefix))
        return QCoreApplication::translate("dd::grid", "The cell code must start with the district code %1.")
            .arg(m_prefix);
    return QString();
}

} // namespace dd::grid
