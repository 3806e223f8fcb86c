// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/rosterpage.h"

#include "data/postrepository.h"

#include <QLabel>
#include <QLocale>

namespace dd::ui {

RosterPage::RosterPage(QWidget *parent)
    : PlaceholderPage(tr("Duty rosters"),
                      tr("Weekly and monthly duty rosters (排班) for each squad: shifts and posts, leave and "
                         "requests, every rule checked with an explanation, a solver that proposes a roster, "
                         "and publishing with a printed roster."),
                      parent)
{
    m_squads = addFact(tr("Squads:"), QStringLiteral("rosterSquadCount"));
    m_officers = addFact(tr("Active officers:"), QStringLiteral("rosterOfficerCount"));
    m_average = addFact(tr("Officers per squad (average):"), QStringLiteral("rosterAverage"));
    m_posts = addFact(tr("Posts to staff:"), QStringLiteral("rosterPosts"));
}

void RosterPage::setDistrict(const data::Database *db, const data::DistrictSummary *summary)
{
    m_posts->setText(db && summary ? postsText(*db, *summary) : noValue());
    const QLocale locale;
    const int squads = summary ? int(summary->squads.size()) : 0;
    m_squads->setText(summary ? locale.toString(squads) : noValue());
    m_officers->setText(summary ? locale.toString(summary->officerCount) : noValue());
    m_average->setText(summary && squads > 0 ? locale.toString(double(summary->officerCount) / squads, 'f', 1)
                                             : noValue());
}

QString RosterPage::postsText(const data::Database &db, const data::DistrictSummary &summary)
{
    // Demand comes from posts; counting them per kind shows what a roster will have to cover.
    const data::PostRepository posts(db);
    int total = 0, sectors = 0, desks = 0, campaigns = 0, zones = 0;
    for (const data::SquadSummary &squad : summary.squads) {
        const auto squadPosts = posts.bySquad(squad.code);
        if (!squadPosts)
            return squadPosts.errorMessage();
        for (const data::Post &post : squadPosts.value()) {
            ++total;
            switch (post.kind) {
            case data::Post::Kind::PatrolSector:
                ++sectors;
                break;
            case data::Post::Kind::CommandDesk:
                ++desks;
                break;
            case data::Post::Kind::Campaign:
                ++campaigns;
                break;
            case data::Post::Kind::EventZone:
                ++zones;
                break;
            }
        }
    }
    const QLocale locale;
    return tr("%1: %2 patrol sectors, %3 command-room desks, %4 campaigns, %5 event-support zones")
        .arg(locale.toString(total), locale.toString(sectors), locale.toString(desks), locale.toString(campaigns),
             locale.toString(zones));
}

} // namespace dd::ui
