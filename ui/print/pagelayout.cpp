// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/pagelayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>

namespace dd::ui::print {

namespace {
class PageTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::print::PageLayout)
};
} // namespace

QFont printFont(double pointSize, bool bold)
{
    // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK SC: with Noto CJK alone,
    // Qt's PDF output maps the digits of mixed Latin text to glyphs without a Unicode entry, so
    // pdftotext (and search, copy) lose them.
    QFont f;
    f.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC") });
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

PageLayout::PageLayout(QPagedPaintDevice &device, QPainter *painter, const PageHeader &header, int total)
    : m_device(device)
    , m_painter(painter)
    , m_header(header)
    , m_total(total)
{
    m_unitsPerMm = device.logicalDpiY() / 25.4;
    const QPageLayout layout = device.pageLayout();
    const QRect paint = layout.paintRectPixels(device.logicalDpiY());
    m_sheet = QRectF(0, 0, paint.width(), paint.height());
}

int PageLayout::run(QPagedPaintDevice &device, const PageHeader &header, const std::function<void(PageLayout &)> &body)
{
    PageLayout counting(device, nullptr, header, 0);
    counting.startPage();
    body(counting);
    const int total = counting.m_page;
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    PageLayout painting(device, &painter, header, total);
    painting.startPage();
    body(painting);
    painter.end();
    return total;
}

void PageLayout::startPage()
{
    ++m_page;
    const QFont titleFont = printFont(15, true);
    const QFont lineFont = printFont(9);
    const QFont footFont = printFont(8);
    const double titleH = mm(8);
    const double lineH = mm(4.6);
    double y = 0;
    if (m_painter) {
        text(QRectF(0, y, m_sheet.width(), titleH), m_header.title, titleFont, Qt::AlignCenter);
    }
    y += titleH;
    // Header lines two to a row: left and right.
    for (int i = 0; i < m_header.lines.size(); i += 2) {
        if (m_painter) {
            text(QRectF(0, y, m_sheet.width() / 2, lineH), m_header.lines.at(i), lineFont, Qt::AlignLeft | Qt::AlignVCenter);
            if (i + 1 < m_header.lines.size())
                text(QRectF(m_sheet.width() / 2, y, m_sheet.width() / 2, lineH), m_header.lines.at(i + 1), lineFont,
                     Qt::AlignRight | Qt::AlignVCenter);
        }
        y += lineH;
    }
    y += mm(1.5);
    const double footH = mm(6);
    if (m_painter) {
        m_painter->setPen(QPen(Qt::black, mm(0.3)));
        m_painter->drawLine(QPointF(0, y - mm(0.8)), QPointF(m_sheet.width(), y - mm(0.8)));
        const QRectF foot(0, m_sheet.height() - footH, m_sheet.width(), footH);
        text(foot, m_header.footerLeft, footFont, Qt::AlignLeft | Qt::AlignVCenter);
        text(foot, PageTr::tr("Page %1 of %2").arg(m_page).arg(m_total), footFont, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_content = QRectF(0, y, m_sheet.width(), m_sheet.height() - footH - mm(1) - y);
    m_y = m_content.top();
}

void PageLayout::newPage()
{
    if (m_painter)
        m_device.newPage();
    startPage();
    if (onNewPage)
        onNewPage();
}

void PageLayout::ensure(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top() + 0.5)
        newPage();
}

void PageLayout::text(const QRectF &rect, const QString &s, const QFont &font, int flags, const QColor &colour) const
{
    if (!m_painter || s.isEmpty())
        return;
    QFont f = font;
    const double pad = mm(0.6);
    const QRectF inner = rect.adjusted(pad, 0, -pad, 0);
    QFontMetricsF fm(f, &m_device);
    const double base = f.pointSizeF();
    while ((fm.horizontalAdvance(s) > inner.width() || fm.height() > inner.height()) && f.pointSizeF() > base * 0.6) {
        f.setPointSizeF(f.pointSizeF() * 0.92);
        fm = QFontMetricsF(f, &m_device);
    }
    const QString shown = fm.horizontalAdvance(s) > inner.width() ? fm.elidedText(s, Qt::ElideRight, inner.width()) : s;
    m_painter->save();
    m_painter->setFont(f);
    m_painter->setPen(colour);
    m_painter->drawText(inner, flags, shown);
    m_painter->restore();
}

} // namespace dd::ui::print
