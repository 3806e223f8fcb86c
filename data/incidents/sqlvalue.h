// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace dd::data {

// A null QString binds as SQL NULL; the incident tables' text columns are NOT NULL DEFAULT ''.
// Invalid QVariants (no value: coordinates, deadlines) stay NULL.
inline QVariant sqlValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

} // namespace dd::data
