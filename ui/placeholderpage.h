// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/districtrepository.h"
#include "ui/page.h"

class QFormLayout;
class QLabel;

namespace dd::data {
class Database;
}

namespace dd::ui {

// Common frame of the pages a later release fills (map, roster, dispatch, reports, sync): a title,
// what the page will hold, an honest "coming in a later release" line, and the real figures the
// store can already give, as a form of facts that subclasses keep up to date in setDistrict().
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent = nullptr);

    // Both null: no database open; subclasses show "—" for figures that need one. db is used during
    // the call only (GUI thread, cheap queries), never kept.
    virtual void setDistrict(const data::Database *db, const data::DistrictSummary *summary) = 0;
    void setContext(const PageContext &context) override { setDistrict(context.db, context.summary); }

protected:
    // Adds a row "label: value" to the facts form; the returned label is owned by the page.
    QLabel *addFact(const QString &label, const QString &objectName);
    static QString noValue();

private:
    QFormLayout *m_facts;
};

} // namespace dd::ui
