// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mappage.h"

#include <QLabel>
#include <QLocale>

namespace dd::ui {

MapPage::MapPage(QWidget *parent)
    : PlaceholderPage(tr("Grid map"),
                      tr("The district's grid map: town, community and unit-grid-cell (网格) layers, incidents and "
                         "on-duty patrol teams drawn where they are; zoom, pan and search by cell code."),
                      parent)
{
    m_cells = addFact(tr("Unit grid cells:"), QStringLiteral("mapCellCount"));
    m_towns = addFact(tr("Towns and streets:"), QStringLiteral("mapTownCount"));
    m_crs = addFact(tr("Coordinate reference:"), QStringLiteral("mapCrs"));
    m_geometry = addFact(tr("Geometry:"), QStringLiteral("mapGeometry"));
}

void MapPage::setDistrict(const data::Database *, const data::DistrictSummary *summary)
{
    const QLocale locale;
    m_cells->setText(summary ? locale.toString(summary->cellCount) : noValue());
    m_towns->setText(summary ? locale.toString(int(summary->towns.size())) : noValue());
    m_crs->setText(summary && !summary->crs.isEmpty() ? summary->crs : noValue());
    if (!summary)
        m_geometry->setText(noValue());
    else if (summary->schematicGeometry)
        m_geometry->setText(tr("示意 / schematic: generated for demonstration, not official boundaries"));
    else
        m_geometry->setText(tr("imported grid layer"));
}

} // namespace dd::ui
