// SPDX-License-Identifier: GPL-3.0-or-later
// QCustomPlot's header uses foreach (see ui/aboutdialog.cpp).
// clang-format off
#undef QT_NO_FOREACH
#include <qcustomplot.h>
// clang-format on

#include "ui/reports/chartpanel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

namespace dd::ui {

namespace {

const QColor kPalette[]
    = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f) };

QColor colourFor(const data::ChartSeries &s, size_t index)
{
    if (s.key == QLatin1String("on_time"))
        return QColor(0x2c, 0xa0, 0x2c);
    if (s.key == QLatin1String("late"))
        return QColor(0xff, 0x7f, 0x0e);
    if (s.key == QLatin1String("open"))
        return QColor(0xd6, 0x27, 0x28);
    return kPalette[index % std::size(kPalette)];
}

} // namespace

ChartPanel::ChartPanel(ChartKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_plot(new QCustomPlot(this))
    , m_table(new QTableWidget(this))
{
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumHeight(260);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->legend->setVisible(false);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0,
                                     new QCPTextElement(m_plot, QString(), QFont(font().family(), 11, QFont::Bold)));
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartPanel::showValues);

    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setMaximumHeight(190);

    auto *png = new QPushButton(tr("Save as PNG…"), this);
    png->setObjectName(QStringLiteral("savePng"));
    auto *pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("savePdf"));
    auto *reset = new QPushButton(tr("Whole range"), this);
    connect(png, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_plot->rescaleAxes();
        m_plot->xAxis->setRange(-0.6, double(m_data.categories.size()) - 0.4);
        m_plot->yAxis->setRangeLower(0);
        m_plot->replot();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(reset);
    buttons->addWidget(png);
    buttons->addWidget(pdf);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plot, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void ChartPanel::setData(const data::ChartData &data)
{
    m_data = data;
    m_plot->clearPlottables();
    if (auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0)))
        title->setText(data.title);

    const size_t n = data.categories.size();
    // Text ticks: every k-th label so that dates and names do not collide.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const size_t every = n > 31 ? size_t(std::ceil(double(n) / 16.0)) : 1;
    for (size_t i = 0; i < n; i += every)
        ticker->addTick(double(i), data.categories[i]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(n > 12 || m_kind == ChartKind::Bars ? 40 : 0);
    m_plot->xAxis->setLabel(data.xLabel);
    m_plot->yAxis->setLabel(data.yLabel);

    QVector<double> keys;
    for (size_t i = 0; i < n; ++i)
        keys.push_back(double(i));
    QCPBars *below = nullptr;
    const double width = m_kind == ChartKind::Bars && data.series.size() > 1 ? 0.8 / double(data.series.size()) : 0.7;
    for (size_t s = 0; s < data.series.size(); ++s) {
        const data::ChartSeries &series = data.series[s];
        const QVector<double> values(series.values.begin(), series.values.end());
        const QColor colour = colourFor(series, s);
        if (m_kind == ChartKind::Band) {
            QCPGraph *g = m_plot->addGraph();
            g->setName(series.label);
            g->setData(keys, values, true);
            if (s == 1) {
                g->setPen(QPen(kPalette[0], 2));
            } else {
                g->setPen(QPen(kPalette[0].lighter(150), 1));
                if (s == 2 && m_plot->graphCount() >= 3) {
                    QColor fill = kPalette[0];
                    fill.setAlpha(50);
                    g->setBrush(fill);
                    g->setChannelFillGraph(m_plot->graph(0));
                }
            }
        } else if (m_kind == ChartKind::Lines) {
            QCPGraph *g = m_plot->addGraph();
            g->setName(series.label);
            g->setPen(QPen(colour, 2));
            g->setData(keys, values, true);
        } else {
            auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
            bars->setName(series.label);
            bars->setPen(Qt::NoPen);
            bars->setBrush(colour);
            bars->setWidth(width);
            QVector<double> shifted = keys;
            if (m_kind == ChartKind::Bars && data.series.size() > 1)
                for (double &k : shifted)
                    k += (double(s) - double(data.series.size() - 1) / 2.0) * width;
            bars->setData(shifted, values, true);
            if (m_kind == ChartKind::StackedBars && below)
                bars->moveAbove(below);
            below = bars;
        }
    }
    m_plot->legend->setVisible(data.series.size() > 1);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(-0.6, double(n) - 0.4);
    double top = 0;
    for (size_t i = 0; i < n; ++i) {
        double stack = 0;
        for (const auto &s : data.series)
            stack = m_kind == ChartKind::StackedBars ? stack + s.values[i] : std::max(stack, s.values[i]);
        top = std::max(top, stack);
    }
    m_plot->yAxis->setRange(0, std::max(1.0, top * 1.1));
    m_plot->replot();

    // The numbers: one row per x position, one column per series.
    m_table->clear();
    m_table->setRowCount(int(n));
    m_table->setColumnCount(int(data.series.size()) + 1);
    QStringList headers { data.xLabel };
    for (const auto &s : data.series)
        headers << s.label;
    m_table->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (size_t i = 0; i < n; ++i) {
        m_table->setItem(int(i), 0, new QTableWidgetItem(data.categories[i]));
        for (size_t s = 0; s < data.series.size(); ++s) {
            auto *item = new QTableWidgetItem(locale.toString(data.series[s].values[i], 'f', 0));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(int(i), int(s) + 1, item);
        }
    }
    m_table->resizeColumnsToContents();
}

QString ChartPanel::valuesAt(double key) const
{
    const long i = std::lround(key);
    if (i < 0 || size_t(i) >= m_data.categories.size())
        return {};
    const QLocale locale;
    QStringList lines { m_data.categories[size_t(i)] };
    for (const auto &s : m_data.series)
        lines << tr("%1: %2").arg(s.label, locale.toString(s.values[size_t(i)], 'f', 0));
    return lines.join(QLatin1Char('\n'));
}

void ChartPanel::showValues(QMouseEvent *event)
{
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    const QString text = valuesAt(key);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

bool ChartPanel::savePng(const QString &path, int width, int height)
{
    return m_plot->savePng(path, width, height);
}

bool ChartPanel::savePdf(const QString &path, int width, int height)
{
    return m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("DutyDesk"), m_data.title);
}

void ChartPanel::saveAs(bool pdf)
{
    const QString filter = pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save chart as PDF") : tr("Save chart as PNG"),
                                                QString(), filter);
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (!(pdf ? savePdf(path) : savePng(path)))
        QMessageBox::warning(this, tr("Save chart"), tr("%1 could not be written.").arg(path));
}

} // namespace dd::ui
