// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace dd::data {
class Clock;
class Database;
class Session;
class Settings;
struct DistrictSummary;
} // namespace dd::data

namespace dd::ui {

// What a page works with; given by the main window whenever it changes (a database opened or
// closed, the same store changed by another page). Pointers are owned by the window and stay valid
// until the next setContext() call.
struct PageContext
{
    data::Database *db = nullptr;                     // null: no database open
    const data::DistrictSummary *summary = nullptr;  // null when db is null
    const data::Session *session = nullptr;          // never null; a default Session allows nothing
    const data::Clock *clock = nullptr;              // never null; "now" for on-duty, deadlines
    data::Settings *settings = nullptr;              // never null
};

// A page of the main window (Map, Roster, Dispatch, Reports, Sync). Each is its own class in its own
// folder; the window only creates them, hands them the context and switches between them.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The database, the signed-in user, the clock. Called with db == nullptr when no store is open.
    // Pages check the session's permissions (data::Action) before offering an action; the store
    // checks them again (AccessControl).
    virtual void setContext(const PageContext &context) = 0;

signals:
    // The page changed the store (a roster published, an incident dispatched): the window tells the
    // other pages, which reload what they show.
    void storeChanged();
    // Ask the window to show something on another page: "incident:<id>", "cell:<id>" on the map,
    // "roster:<squad id>:<date>" on the roster page, "dispatch:<incident id>" on the dispatch page.
    void showRequested(const QString &what);

public slots:
    // Show what showRequested() named, when it is this page's kind of thing; return whether it was.
    virtual bool show(const QString &what)
    {
        Q_UNUSED(what);
        return false;
    }
};

} // namespace dd::ui
