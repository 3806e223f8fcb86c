// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/layers/mapdata.h"
#include "ui/page.h"

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimeEdit;
class QToolButton;

namespace dd::ui {

class MapView;

// The Map page: the district's layers (outline, towns and communities, cells, patrol sectors, incidents,
// teams on duty), a search box (cell code, community or town name, incident number), the cell panel,
// and the coverage (处处不留死角) and incident-density views. Everything is read from the store
// (data/layers/mapdata.h) and re-read on setContext (after another page changed the store).
class MapPage : public Page
{
    Q_OBJECT
public:
    explicit MapPage(QWidget *parent = nullptr);
    ~MapPage() override;

    void setContext(const PageContext &context) override;
    bool show(const QString &what) override;

    MapView *view() const { return m_view; }
    // Finds and centres on a cell code, community or town name, or incident number; false when none.
    bool search(const QString &text);
    void selectCell(int cell);
    // The cell panel's text (tests, screenshots).
    QString panelText() const;
    const data::MapData *mapData() const { return m_data.get(); }
    const std::optional<data::Coverage> &coverage() const { return m_coverage; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    // Reads the map data if setContext() came while the page was hidden (the console opens on the
    // Overview: reading 7,000 cells' shapes for a page nobody looks at doubled the start-up time).
    void ensureLoaded();
    void colouringChanged();
    void recomputeCoverage();
    void recomputeDensity();
    void exportUncovered();
    void showIncident(int incident);
    void updateStatus();

    PageContext m_context;
    bool m_stale = false; // a context arrived while hidden: reload when shown
    std::shared_ptr<const data::MapData> m_data;
    std::optional<data::Coverage> m_coverage;

    MapView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_colouring = nullptr;
    QToolButton *m_layersButton = nullptr;
    QStackedWidget *m_options = nullptr;
    QDateEdit *m_coverageDate = nullptr;
    QTimeEdit *m_coverageFrom = nullptr;
    QTimeEdit *m_coverageTo = nullptr;
    QPushButton *m_exportButton = nullptr;
    QDateEdit *m_densityFrom = nullptr;
    QDateEdit *m_densityTo = nullptr;
    QTextBrowser *m_panel = nullptr;
    QLabel *m_listTitle = nullptr;
    QListWidget *m_uncovered = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace dd::ui
