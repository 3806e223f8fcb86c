// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/incidents/incidentrepository.h"
#include "data/incidents/recommender.h"
#include "ui/page.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace dd::ui {

class IncidentBoardModel;

// The dispatcher's page: counts and filters on top, the queue of open incidents by time to deadline
// with countdowns (on track / due soon / overdue), and for the selected incident its details and
// history as a timeline, the ranked officers and teams on duty with the reasons (assign with one
// key), and the workflow's actions (each asks for a reason when the table says so). Also the intake
// form, the import dialog and the day's figures per squad. Keyboard: N new, I import, Enter assign
// the first recommendation, A arrive, H handle, F feedback, V verify, C close, W rework, E extend,
// S suspend, R resume, U return, X cancel, M show on the map, F5 reload.
class DispatchPage : public Page
{
    Q_OBJECT
public:
    explicit DispatchPage(QWidget *parent = nullptr);
    ~DispatchPage() override;

    void setContext(const PageContext &context) override;
    bool show(const QString &what) override;

    // For tests and the window.
    IncidentBoardModel *boardModel() const { return m_model; }
    QTableView *boardView() const { return m_board; }
    QString selectedIncident() const;
    bool selectIncident(const QString &incidentId);
    // Takes a transition on the selected incident; without a reason the user is asked when needed.
    data::Status takeTransition(data::EventKind kind, const QString &reason = QString(),
                                const QDateTime &newDeadline = QDateTime());
    // Assigns the selected incident to the candidate at this rank (dispatch, or reassign).
    data::Status assign(int rank);
    const std::optional<data::Recommendation> &recommendation() const { return m_recommendation; }
    QString countsText() const;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void fillFilters();
    void selectionChanged();
    void showDetail();
    void showRecommendation(); // now if the page is visible, else when it is shown
    void computeRecommendation();
    void showFigures();
    void updateActions();
    void tick();
    void newIncident(std::optional<std::pair<double, double>> at = std::nullopt);
    void openImport();
    data::BoardFilter filter() const;

    PageContext m_context;
    std::unique_ptr<data::IncidentRepository> m_repository;
    std::unique_ptr<data::Recommender> m_recommender;
    std::optional<data::Recommendation> m_recommendation;
    // The recommendation (on-duty query, cell graph: the page's heaviest read) waits until the page is
    // seen; the console opens on the Overview.
    bool m_recommendationPending = false;
    std::optional<data::Incident> m_incident;
    std::vector<data::IncidentCategory> m_categories;

    QLabel *m_counts;
    QLabel *m_message;
    QComboBox *m_squadFilter;
    QComboBox *m_sourceFilter;
    QComboBox *m_categoryFilter;
    QComboBox *m_stateFilter;
    IncidentBoardModel *m_model;
    QTableView *m_board;
    QTabWidget *m_tabs;
    QTextBrowser *m_detail;
    QTreeWidget *m_candidates;
    QLabel *m_recommendationNote;
    QTableWidget *m_figures;
    QLabel *m_figuresTitle;
    QWidget *m_actionBar;
    std::vector<std::pair<data::EventKind, QAction *>> m_actions;
    QAction *m_assignAction = nullptr;
    QAction *m_revealAction = nullptr;
    QTimer *m_timer;
    bool m_reporterRevealed = false;
};

} // namespace dd::ui
