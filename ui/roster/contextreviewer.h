// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/roster/rosterplanner.h"
#include "ui/roster/rosterdocument.h"

#include <QStringList>

namespace dd::ui {

// Joins the Roster page's document to the store's planning service (data/roster): the document's
// scheduler shifts are the context's shift types (buildProblem), and after every edit the posts and
// patrol teams are assigned (assignPosts, keeping the posts of unchanged cells) and the roster is
// checked with checkRoster(), which adds the post-level rules (cover per post, post skills, teams) to
// the scheduler's. The assignments of the last review are what the page saves and publishes.
class ContextReviewer
{
public:
    explicit ContextReviewer(data::RosterContext context, std::vector<data::Assignment> shown = {});

    const data::RosterContext &context() const { return m_context; }
    // Reviews the document's roster; called by the document after each change (GUI thread).
    RosterReview review(const RosterDocument &document);
    // The cells of the last review with posts, teams and locks.
    const std::vector<data::Assignment> &assignments() const { return m_assignments; }

    // What the page shows for the context's indices.
    static RosterLabels labels(const data::RosterContext &context);
    // checkDemand() in words, one line each (post, day, skill).
    static QStringList demandWarnings(const data::RosterContext &context);

private:
    data::RosterContext m_context;
    std::vector<data::Assignment> m_assignments;
};

} // namespace dd::ui
