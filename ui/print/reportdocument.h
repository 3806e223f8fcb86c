// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/reports/indicators.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace dd::ui::print {

// A table for ReportDocument: header row repeated on every page the table spans.
struct ReportTable
{
    QStringList headers;
    std::vector<QStringList> rows;
    std::vector<double> widths; // relative column widths; empty = equal
    std::vector<bool> numeric; // right-aligned columns; empty = first column text, the rest numbers
};

enum class ChartStyle { Lines, Bars, StackedBars };

// A flowing report on a paged device (A4 PDF): title, headings, wrapped paragraphs, tables that break
// across pages, charts drawn with QPainter (vector), and a footer "<footer> — page x of y" on every
// page. The content function runs twice, first to count pages, then to paint: it must be
// deterministic. Text uses Noto Sans CJK SC (fonts-noto-cjk), embedded by the PDF writer.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::print::ReportDocument)

public:
    ReportDocument(QPagedPaintDevice *device, QString footer);

    // False when the painter cannot start on the device (an unwritable file).
    bool render(const std::function<void(ReportDocument &)> &content);
    int pageCount() const { return m_total; }

    void title(const QString &text, const QString &subtitle = {});
    void heading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text); // smaller, grey
    void table(const ReportTable &table);
    void chart(const data::ChartData &data, ChartStyle style, double heightMm = 70);
    void space(double mm);
    void pageBreak();

    // Draws a chart into any rectangle (also used for the page's preview images).
    static void paintChart(QPainter &painter, const QRectF &rect, const data::ChartData &data, ChartStyle style,
                           const QFont &font);

private:
    double mm(double millimetres) const;
    void ensure(double height);
    void newPage();
    void footer();
    double textHeight(const QString &text, const QFont &font, double width) const;

    QPagedPaintDevice *m_device;
    QString m_footer;
    QPainter *m_painter = nullptr; // null while counting pages
    QRectF m_area; // the printable area minus the footer, device units
    double m_y = 0;
    int m_page = 1, m_total = 0;
    QFont m_body, m_small, m_heading, m_titleFont;
};

// "2026Q3" → first and last day; invalid dates when the text is not a quarter.
std::pair<QDate, QDate> quarterDates(const QString &quarter);
QString quarterName(const QDate &firstDay); // "2026Q3"

// Shared formatting of the indicator values.
QString percent(double ratio); // "97.5%" or "—"
QString minutes(const data::DurationStats &stats, double data::DurationStats::*field); // "1.5 h", "35 min", "—"

} // namespace dd::ui::print
