// SPDX-License-Identifier: GPL-3.0-or-later
// A small page-layout helper for printed documents on a QPagedPaintDevice (QPdfWriter, QPrinter):
// millimetre coordinates, a page header repeated on every page, "第 x 页 共 y 页" in the footer, and
// blocks that move to the next page instead of being cut. Documents are laid out twice: once to count
// pages (no painting), once to paint, so "of y" is known on the first page.
//
//   PageLayout::run(device, header, [&](PageLayout &page) {
//       page.onNewPage = [&] { drawTableHeader(page); };   // repeated header rows
//       for (row : rows) { page.ensure(rowHeight); if (page.painting()) draw(row, page.y()); page.advance(rowHeight); }
//   });
#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>

class QPagedPaintDevice;

namespace dd::ui::print {

// The family used for every printed document: Noto Sans CJK SC (fonts-noto-cjk), embedded in the PDF.
QFont printFont(double pointSize, bool bold = false);

struct PageHeader
{
    QString title; // large, centred
    QStringList lines; // smaller, below the title (district, squad, period, version, …)
    QString footerLeft; // e.g. the document kind and the time it was printed
};

class PageLayout
{
public:
    // Lays out `body` twice on `device` (count, then paint). Returns the number of pages; 0 when the
    // device could not be painted on.
    static int run(QPagedPaintDevice &device, const PageHeader &header, const std::function<void(PageLayout &)> &body);

    bool painting() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; } // null while counting
    double mm(double millimetres) const { return millimetres * m_unitsPerMm; }
    // The area between the page header and the footer, in device units.
    QRectF content() const { return m_content; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return m_content.bottom() - m_y; }
    // Starts a new page when `height` does not fit below y (never on a fresh page).
    void ensure(double height);
    void newPage();
    int page() const { return m_page; }
    int pageCount() const { return m_total; }

    // Called at the top of every page after the first and after newPage(): repeat table headers here.
    std::function<void()> onNewPage;

    // Text fitted into a rectangle: shrinks the font down to 60 % and elides the rest, never overflows.
    void text(const QRectF &rect, const QString &text, const QFont &font, int flags = Qt::AlignCenter,
              const QColor &colour = Qt::black) const;

private:
    PageLayout(QPagedPaintDevice &device, QPainter *painter, const PageHeader &header, int total);
    void startPage();

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    const PageHeader &m_header;
    double m_unitsPerMm = 1;
    QRectF m_sheet; // the printable area, origin at its top left
    QRectF m_content;
    double m_y = 0;
    int m_page = 0; // 1-based
    int m_total = 0;
};

} // namespace dd::ui::print
