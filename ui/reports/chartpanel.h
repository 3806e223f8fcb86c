// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/reports/indicators.h"

#include <QWidget>

class QCustomPlot;
class QTableWidget;

namespace dd::ui {

enum class ChartKind { Lines, Bars, StackedBars, Band }; // Band: series min, mean, max

// One chart of the Reports page: a QCustomPlot (hover shows the values under the mouse, drag and
// wheel move and zoom the horizontal range), the numbers in a table under it, and buttons to save
// the chart as PNG or as vector PDF.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(ChartKind kind, QWidget *parent = nullptr);

    void setData(const data::ChartData &data);
    const data::ChartData &data() const { return m_data; }
    QCustomPlot *plot() const { return m_plot; }
    QTableWidget *table() const { return m_table; }

    // The chart as the user sees it, written to a file; false (and nothing written) on failure.
    bool savePng(const QString &path, int width = 1200, int height = 600);
    bool savePdf(const QString &path, int width = 1000, int height = 500);
    // The text shown on hover at plot x coordinate `key` (for tests and the tooltip).
    QString valuesAt(double key) const;

private:
    void saveAs(bool pdf);
    void showValues(QMouseEvent *event);

    ChartKind m_kind;
    data::ChartData m_data;
    QCustomPlot *m_plot;
    QTableWidget *m_table;
};

} // namespace dd::ui
