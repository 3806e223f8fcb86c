// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/session.h"
#include "data/reports/indicators.h"
#include "ui/page.h"

#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QThread;

class QPdfWriter;

namespace dd::ui {

class ChartPanel;

// The Reports page: filters (period, squad, category, source), the headline indicators, one tab per
// chart (QCustomPlot, with the numbers under it), the indicators per squad, and the two printed
// reports as PDF. Everything is computed by data::IndicatorEngine on a worker thread with its own
// connection; a newer request or Cancel drops an older result.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setContext(const PageContext &context) override;

    // Starts computing with the current filters (also on every filter change).
    void refresh();
    bool isComputing() const { return m_running != 0; }
    // Charts by object name: perDay, byCategory, onTime, arrival, closing, workload.
    ChartPanel *chart(const QString &name) const;
    data::ReportFilter currentFilter() const;
    void setPeriod(const QDate &from, const QDate &to); // sets the custom period and refreshes

signals:
    // The results of a refresh are shown (or its error); for tests and the status bar.
    void computed();
    // A printed report was written (error empty) or failed.
    void reportWritten(const QString &path, const QString &error);

public slots:
    // Writes the printed reports (the page asks for a file name when path is empty).
    void writeQuarterly(const QString &path = {});
    void writeDaily(const QString &path = {});

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Snapshot;
    void applyPreset(int index);
    void showSnapshot(const std::shared_ptr<Snapshot> &snapshot);
    void fillFilters(const Snapshot &snapshot);
    void runInThread(std::function<void()> work);
    QString askPdfPath(const QString &suggested);
    // Renders a PDF on a worker thread with its own store connection; status and reportWritten() after.
    void writePdf(const QString &path, const QString &title,
                  std::function<data::Status(data::Database &, QPdfWriter *)> render);

    PageContext m_context;
    data::Session m_session; // a copy for the worker threads
    quint64 m_job = 0;
    bool m_refreshPending = false; // asked while hidden: computed when the page is shown
    // Set to stop the running computation (Cancel, a newer refresh, closing the page).
    std::shared_ptr<std::atomic<bool>> m_stop;
    int m_running = 0;
    std::vector<QPointer<QThread>> m_threads;

    QComboBox *m_preset;
    QDateEdit *m_from, *m_to;
    QComboBox *m_squad, *m_category, *m_source;
    QPushButton *m_cancel;
    QLabel *m_status;
    QGridLayout *m_kpis;
    std::vector<QLabel *> m_kpiValues;
    QTabWidget *m_tabs;
    std::vector<ChartPanel *> m_charts;
    QTableWidget *m_squadTable;
    QLabel *m_rosterLine;
    bool m_filling = false;
};

} // namespace dd::ui
