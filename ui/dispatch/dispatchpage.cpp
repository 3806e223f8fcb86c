// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dispatch/dispatchpage.h"

#include "data/categoryrepository.h"

#include <QLabel>
#include <QLocale>
#include <map>
#include <set>

namespace dd::ui {

DispatchPage::DispatchPage(QWidget *parent)
    : PlaceholderPage(tr("Incident dispatch"),
                      tr("Incidents (案件/诉件) from the 12345 and 12319 hotlines, transfers and patrol findings: "
                         "located in a grid cell, given to the responsible squad, dispatched (派遣) to an on-duty "
                         "team, and followed through every workflow step against its time limit."),
                      parent)
{
    m_cells = addFact(tr("Grid cells incidents can be located in:"), QStringLiteral("dispatchCellCount"));
    m_squads = addFact(tr("Squads that receive incidents:"), QStringLiteral("dispatchSquadCount"));
    m_categories = addFact(tr("Incident categories:"), QStringLiteral("dispatchCategories"));
}

void DispatchPage::setDistrict(const data::Database *db, const data::DistrictSummary *summary)
{
    m_categories->setText(db ? categoriesText(*db) : noValue());
    const QLocale locale;
    m_cells->setText(summary ? locale.toString(summary->cellCount) : noValue());
    m_squads->setText(summary ? locale.toString(int(summary->squads.size())) : noValue());
}

QString DispatchPage::categoriesText(const data::Database &db)
{
    const auto categories = data::CategoryRepository(db).all();
    if (!categories)
        return categories.errorMessage();
    std::map<data::LimitClock, int> byClock;
    std::set<QString> majorClasses;
    bool unverified = false;
    for (const data::IncidentCategory &category : categories.value()) {
        ++byClock[category.limit.clock];
        majorClasses.insert(category.majorClassCode);
        unverified = unverified || category.unverified;
    }
    const QLocale locale;
    QStringList clocks;
    for (const auto &[clock, count] : byClock)
        clocks << tr("%1 × %2").arg(data::CategoryRepository::clockLabel(clock), locale.toString(count));
    QString text = tr("%1 in %2 major classes; time limits counted in: %3")
                       .arg(locale.toString(int(categories->size())), locale.toString(int(majorClasses.size())),
                            clocks.join(tr(", ")));
    if (unverified)
        text += QLatin1Char(' ') + tr("(an unverified transcription of GB/T 47678.5; editable)");
    return text;
}

} // namespace dd::ui
