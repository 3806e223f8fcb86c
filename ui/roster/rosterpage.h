// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/roster/rostertypes.h"
#include "ui/page.h"
#include "ui/roster/rosterprinting.h"

#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace dd::ui {

class ContextReviewer;
class RosterEditor;

// Duty rosters (排班) of one squad for a week (from Monday) or a month: pick the squad (only those the
// session may see) and the period, plan, edit, re-plan, save the draft, publish (confirmation with hard
// violations, recorded), see and compare versions, print. The roster itself is a RosterEditor; the
// store is reached through data::RosterRepository only.
class RosterPage : public Page
{
    Q_OBJECT
public:
    enum class PeriodKind { Week, Month };

    explicit RosterPage(QWidget *parent = nullptr);
    ~RosterPage() override;

    void setContext(const PageContext &context) override;
    // "roster:<squad id or code>:<yyyy-MM-dd>": shows that squad's week containing the date.
    bool show(const QString &what) override;

    RosterEditor *editor() const { return m_editor; }

    // The squad (code) and period shown; selecting reloads.
    QString squadCode() const;
    data::RosterPeriod period() const { return m_period; }
    bool selectSquad(const QString &code);
    void setPeriod(PeriodKind kind, const QDate &anyDay);

    // The version shown (0 when nothing is stored for the period) and whether it is the draft.
    int shownVersion() const { return m_shown.version; }
    bool showingDraft() const { return m_shown.id.isEmpty() ? false : !m_shown.published; }
    const std::vector<data::RosterHeader> &versions() const { return m_versions; }
    // The last message of the page (a refusal, an error, "published version 3"), for the status line and tests.
    QString lastMessage() const;

    // What a printout of the shown roster needs (the version shown, its cells as edited); the Daily kind
    // prints the day of the current cell, the Officer kind its officer. Fails when nothing is loaded,
    // or for Changes when the shown version has no earlier one.
    data::Result<RosterPrinting::Job> printJob(RosterPrinting::Kind kind) const;
    bool exportPdf(RosterPrinting::Kind kind, const QString &path);

public slots:
    void reload();
    void printPreview(RosterPrinting::Kind kind);
    void exportPdfAs(RosterPrinting::Kind kind);
    // Saves the roster as the period's draft; returns success (the message says why not).
    bool saveDraft();
    // Saves and publishes; with hard violations asks first unless `confirmed` (tests, the CLI path).
    bool publish(bool confirmed = false);
    void compareVersions();
    void editDemand();
    void editLeave();
    void previousPeriod();
    void nextPeriod();

private:
    void buildUi();
    void loadSquads();
    void squadChanged();
    void periodKindChanged();
    void dateChanged();
    void versionChosen(int index);
    void loadVersion(const QString &rosterId);
    void updateHeader();
    void updateActions();
    void setMessage(const QString &text, bool error = false);
    bool mayEdit() const;
    bool mayPublish() const;
    void reloadKeepingRoster();

    PageContext m_context;
    data::RosterPeriod m_period;
    PeriodKind m_kind = PeriodKind::Week;
    std::shared_ptr<ContextReviewer> m_reviewer;
    std::vector<data::RosterHeader> m_versions;
    data::RosterHeader m_shown;               // the version shown; empty id when nothing stored
    std::vector<data::ReplanFlag> m_flags;
    bool m_dirty = false;                     // edited since loaded or saved
    bool m_loading = false;

    QComboBox *m_squad = nullptr;
    QComboBox *m_periodKind = nullptr;
    QDateEdit *m_date = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_save = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_print = nullptr;
    QAction *m_demand = nullptr;
    QAction *m_leave = nullptr;
    RosterEditor *m_editor = nullptr;
};

} // namespace dd::ui
