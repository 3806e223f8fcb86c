// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/reportdocument.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace dd::ui::print {

namespace {

const QColor kPalette[]
    = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f) };

QColor seriesColour(const data::ChartSeries &s, size_t index)
{
    // Fixed colours for the on-time chart, so green always means on time.
    if (s.key == QLatin1String("on_time"))
        return QColor(0x2c, 0xa0, 0x2c);
    if (s.key == QLatin1String("late"))
        return QColor(0xff, 0x7f, 0x0e);
    if (s.key == QLatin1String("open"))
        return QColor(0xd6, 0x27, 0x28);
    return kPalette[index % std::size(kPalette)];
}

// A "nice" axis step (1, 2, 5 × 10^n) giving about `ticks` intervals up to max.
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (raw <= m * magnitude)
            return std::max(1.0, m * magnitude);
    return std::max(1.0, 10 * magnitude);
}

QFont cjkFont(double points, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    // Qt 6.4 loses the digits of mixed Latin runs in the PDF text layer with shaping on (the page looks
    // right, but pdftotext and copy-paste miss them); CJK needs no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

ReportDocument::ReportDocument(QPagedPaintDevice *device, QString footer)
    : m_device(device)
    , m_footer(std::move(footer))
    , m_body(cjkFont(9.5))
    , m_small(cjkFont(8))
    , m_heading(cjkFont(12, true))
    , m_titleFont(cjkFont(17, true))
{
}

double ReportDocument::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

bool ReportDocument::render(const std::function<void(ReportDocument &)> &content)
{
    const QRectF paint = m_device->pageLayout().paintRectPixels(m_device->logicalDpiX());
    m_area = QRectF(0, 0, paint.width(), paint.height() - mm(8));
    // Pass 1: count pages.
    m_painter = nullptr;
    m_page = 1;
    m_y = 0;
    content(*this);
    m_total = m_page;
    // Pass 2: paint.
    QPainter painter;
    if (!painter.begin(m_device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    m_painter = &painter;
    m_page = 1;
    m_y = 0;
    content(*this);
    footer();
    painter.end();
    m_painter = nullptr;
    return true;
}

double ReportDocument::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF fm(font, m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void ReportDocument::newPage()
{
    if (m_painter) {
        footer();
        m_device->newPage();
    }
    ++m_page;
    m_y = 0;
}

void ReportDocument::footer()
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setFont(m_small);
    m_painter->setPen(QColor(0x60, 0x60, 0x60));
    const QRectF line(0, m_area.bottom() + mm(3), m_area.width(), mm(5));
    m_painter->drawLine(QPointF(0, line.top() - mm(1)), QPointF(m_area.width(), line.top() - mm(1)));
    m_painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(m_page).arg(m_total));
    m_painter->restore();
}

void ReportDocument::ensure(double height)
{
    if (m_y > 0 && m_y + height > m_area.height())
        newPage();
}

void ReportDocument::space(double millimetres)
{
    m_y += mm(millimetres);
}

void ReportDocument::pageBreak()
{
    if (m_y > 0)
        newPage();
}

void ReportDocument::title(const QString &text, const QString &subtitle)
{
    const double h = textHeight(text, m_titleFont, m_area.width());
    const double hs = subtitle.isEmpty() ? 0 : textHeight(subtitle, m_body, m_area.width());
    ensure(h + hs + mm(6));
    if (m_painter) {
        m_painter->setFont(m_titleFont);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_area.width(), h), Qt::AlignHCenter | Qt::TextWordWrap, text);
        if (!subtitle.isEmpty()) {
            m_painter->setFont(m_body);
            m_painter->drawText(QRectF(0, m_y + h + mm(1), m_area.width(), hs), Qt::AlignHCenter | Qt::TextWordWrap,
                                subtitle);
        }
    }
    m_y += h + hs + mm(6);
}

void ReportDocument::heading(const QString &text)
{
    const double h = textHeight(text, m_heading, m_area.width());
    ensure(h + mm(25)); // never a heading alone at the foot of a page
    m_y += mm(3);
    if (m_painter) {
        m_painter->setFont(m_heading);
        m_painter->setPen(QColor(0x10, 0x3a, 0x6b));
        m_painter->drawText(QRectF(0, m_y, m_area.width(), h), Qt::TextWordWrap, text);
        m_painter->drawLine(QPointF(0, m_y + h + mm(0.8)), QPointF(m_area.width(), m_y + h + mm(0.8)));
    }
    m_y += h + mm(3);
}

void ReportDocument::paragraph(const QString &text)
{
    const double h = textHeight(text, m_body, m_area.width());
    ensure(h);
    if (m_painter) {
        m_painter->setFont(m_body);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(0, m_y, m_area.width(), h), Qt::TextWordWrap, text);
    }
    m_y += h + mm(2);
}

void ReportDocument::note(const QString &text)
{
    const double h = textHeight(text, m_small, m_area.width());
    ensure(h);
    if (m_painter) {
        m_painter->setFont(m_small);
        m_painter->setPen(QColor(0x50, 0x50, 0x50));
        m_painter->drawText(QRectF(0, m_y, m_area.width(), h), Qt::TextWordWrap, text);
    }
    m_y += h + mm(2);
}

void ReportDocument::table(const ReportTable &t)
{
    const int columns = int(t.headers.size());
    if (columns == 0)
        return;
    std::vector<double> widths(size_t(columns), 1.0);
    if (int(t.widths.size()) == columns)
        widths = t.widths;
    double total = 0;
    for (double w : widths)
        total += w;
    std::vector<double> x(size_t(columns) + 1, 0);
    for (int c = 0; c < columns; ++c)
        x[size_t(c) + 1] = x[size_t(c)] + m_area.width() * widths[size_t(c)] / total;
    const auto numeric = [&t](int c) { return int(t.numeric.size()) > c ? bool(t.numeric[size_t(c)]) : c > 0; };
    const double pad = mm(1.2);
    const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        double h = 0;
        for (int c = 0; c < columns && c < cells.size(); ++c)
            h = std::max(h, textHeight(cells[c], font, x[size_t(c) + 1] - x[size_t(c)] - 2 * pad));
        return h + 2 * pad;
    };
    QFont bold = m_small;
    bold.setBold(true);
    const auto drawRow = [&](const QStringList &cells, const QFont &font, double h, bool header, bool shaded) {
        if (!m_painter)
            return;
        if (header || shaded)
            m_painter->fillRect(QRectF(0, m_y, m_area.width(), h),
                                header ? QColor(0xdd, 0xe6, 0xf0) : QColor(0xf5, 0xf5, 0xf5));
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        for (int c = 0; c < columns && c < cells.size(); ++c) {
            const QRectF cell(x[size_t(c)] + pad, m_y + pad, x[size_t(c) + 1] - x[size_t(c)] - 2 * pad, h - 2 * pad);
            m_painter->drawText(
                cell, Qt::TextWordWrap | Qt::AlignVCenter | (numeric(c) && !header ? Qt::AlignRight : Qt::AlignLeft),
                cells[c]);
        }
        m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0));
        m_painter->drawLine(QPointF(0, m_y + h), QPointF(m_area.width(), m_y + h));
    };
    const double headerHeight = rowHeight(t.headers, bold);
    const double firstRow = t.rows.empty() ? 0 : rowHeight(t.rows.front(), m_small);
    ensure(headerHeight + firstRow);
    drawRow(t.headers, bold, headerHeight, true, false);
    m_y += headerHeight;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const double h = rowHeight(t.rows[r], m_small);
        if (m_y + h > m_area.height()) {
            newPage();
            drawRow(t.headers, bold, headerHeight, true, false);
            m_y += headerHeight;
        }
        drawRow(t.rows[r], m_small, h, false, r % 2 == 1);
        m_y += h;
    }
    m_y += mm(3);
}

void ReportDocument::chart(const data::ChartData &data, ChartStyle style, double heightMm)
{
    const double h = mm(heightMm);
    ensure(h);
    if (m_painter)
        paintChart(*m_painter, QRectF(0, m_y, m_area.width(), h), data, style, m_small);
    m_y += h + mm(3);
}

void ReportDocument::paintChart(QPainter &p, const QRectF &rect, const data::ChartData &data, ChartStyle style,
                                const QFont &font)
{
    p.save();
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    const size_t n = data.categories.size();

    // Title and legend above the plot.
    QFont titleFont = font;
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3), Qt::AlignLeft | Qt::AlignVCenter, data.title);
    p.setFont(font);
    double legendX = rect.right();
    for (size_t s = data.series.size(); s-- > 0;) {
        if (data.series.size() == 1)
            break;
        const double w = fm.horizontalAdvance(data.series[s].label) + line * 1.6;
        legendX -= w;
        p.fillRect(QRectF(legendX, rect.top() + line * 1.4 + line * 0.25, line * 0.8, line * 0.5),
                   seriesColour(data.series[s], s));
        p.drawText(QRectF(legendX + line, rect.top() + line * 1.4, w, line), Qt::AlignLeft | Qt::AlignVCenter,
                   data.series[s].label);
    }

    double max = 0;
    for (size_t i = 0; i < n; ++i) {
        double stack = 0;
        for (const data::ChartSeries &s : data.series) {
            const double v = i < s.values.size() ? s.values[i] : 0;
            stack = style == ChartStyle::StackedBars ? stack + v : std::max(stack, v);
        }
        max = std::max(max, stack);
    }
    const double step = niceStep(max, 5);
    const double top = std::max(step, std::ceil(max / step) * step);

    const QLocale locale;
    const double yLabelWidth = fm.horizontalAdvance(locale.toString(qint64(top))) + line * 0.6;
    // Long category names (officers, categories) get a wider label band below the axis.
    double xLabelWidth = 0;
    for (const QString &c : data.categories)
        xLabelWidth = std::max(xLabelWidth, fm.horizontalAdvance(c));
    const QRectF plot(rect.left() + yLabelWidth, rect.top() + line * 2.8, rect.width() - yLabelWidth - line * 0.5,
                      rect.height() - line * 2.8 - line * 1.6);
    const double slot = n > 0 ? plot.width() / double(n) : plot.width();
    const bool rotate = n > 0 && xLabelWidth > slot * 0.95 && n <= 40;
    QRectF area = plot;
    if (rotate)
        area.setBottom(plot.bottom() - std::min(xLabelWidth * 0.75, plot.height() * 0.45));

    // Grid and y axis.
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    for (double v = 0; v <= top + 1e-9; v += step) {
        const double y = area.bottom() - v / top * area.height();
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.drawText(QRectF(rect.left(), y - line / 2, yLabelWidth - line * 0.3, line), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(qint64(v)));
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    }
    p.setPen(QPen(QColor(0x40, 0x40, 0x40), 0));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());

    // X labels: every k-th so that they do not collide.
    const size_t every
        = rotate ? 1 : std::max<size_t>(1, size_t(std::ceil((xLabelWidth + line) / std::max(1.0, slot))));
    for (size_t i = 0; i < n; i += every) {
        const double cx = area.left() + slot * (double(i) + 0.5);
        if (rotate) {
            p.save();
            p.translate(cx + line * 0.3, area.bottom() + line * 0.3);
            p.rotate(-45);
            const QString label
                = fm.elidedText(data.categories[i], Qt::ElideRight, (plot.bottom() - area.bottom()) * 1.35);
            p.drawText(QRectF(-xLabelWidth * 2, -line, xLabelWidth * 2, line), Qt::AlignRight | Qt::AlignVCenter,
                       label);
            p.restore();
        } else {
            p.drawText(QRectF(cx - slot * every / 2.0, area.bottom() + line * 0.2, slot * every, line),
                       Qt::AlignHCenter, data.categories[i]);
        }
    }

    // Data.
    const auto yOf = [&](double v) { return area.bottom() - v / top * area.height(); };
    if (style == ChartStyle::Lines) {
        for (size_t s = 0; s < data.series.size(); ++s) {
            QPainterPath path;
            for (size_t i = 0; i < n && i < data.series[s].values.size(); ++i) {
                const QPointF pt(area.left() + slot * (double(i) + 0.5), yOf(data.series[s].values[i]));
                i == 0 ? path.moveTo(pt) : path.lineTo(pt);
            }
            p.setPen(QPen(seriesColour(data.series[s], s), std::max(1.0, line * 0.12)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    } else {
        const size_t groups = style == ChartStyle::StackedBars ? 1 : std::max<size_t>(1, data.series.size());
        const double barWidth = slot * 0.75 / double(groups);
        for (size_t i = 0; i < n; ++i) {
            double base = 0;
            for (size_t s = 0; s < data.series.size(); ++s) {
                const double v = i < data.series[s].values.size() ? data.series[s].values[i] : 0;
                const double left = area.left() + slot * double(i) + slot * 0.125
                    + (style == ChartStyle::StackedBars ? 0 : barWidth * double(s));
                const QRectF bar(QPointF(left, yOf(base + v)), QPointF(left + barWidth, yOf(base)));
                p.fillRect(bar, seriesColour(data.series[s], s));
                if (style == ChartStyle::StackedBars)
                    base += v;
            }
        }
    }
    p.restore();
}

std::pair<QDate, QDate> quarterDates(const QString &quarter)
{
    const QString q = quarter.trimmed().toUpper();
    if (q.size() != 6 || q.at(4) != QLatin1Char('Q'))
        return {};
    bool okYear = false, okQ = false;
    const int year = q.left(4).toInt(&okYear);
    const int n = q.mid(5, 1).toInt(&okQ);
    if (!okYear || !okQ || n < 1 || n > 4 || year < 2000)
        return {};
    const QDate first(year, 3 * (n - 1) + 1, 1);
    return { first, first.addMonths(3).addDays(-1) };
}

QString quarterName(const QDate &firstDay)
{
    return QStringLiteral("%1Q%2").arg(firstDay.year()).arg((firstDay.month() - 1) / 3 + 1);
}

QString percent(double ratio)
{
    if (std::isnan(ratio))
        return QStringLiteral("—");
    return QLocale::c().toString(ratio * 100.0, 'f', 2) + QLatin1Char('%');
}

QString minutes(const data::DurationStats &stats, double data::DurationStats::*field)
{
    if (stats.count == 0)
        return QStringLiteral("—");
    const double m = stats.*field;
    if (m < 120)
        return ReportDocument::tr("%1 min").arg(QLocale::c().toString(m, 'f', 0));
    if (m < 48 * 60)
        return ReportDocument::tr("%1 h").arg(QLocale::c().toString(m / 60.0, 'f', 1));
    return ReportDocument::tr("%1 d").arg(QLocale::c().toString(m / 1440.0, 'f', 1));
}

} // namespace dd::ui::print
