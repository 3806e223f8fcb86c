// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/print/rosterprint.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace dd::ui {

// The Roster page's printing: one of roster-core's generators (ui/print) painted into a print preview
// (then any printer) or into a PDF file. The same generators serve `dutydesk roster print`.
class RosterPrinting
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::RosterPrinting)
public:
    enum class Kind { Weekly, Daily, Officer, Changes };

    struct Job
    {
        Kind kind = Kind::Weekly;
        print::RosterPrintData data;
        QDate date;                    // Daily: the day
        QString officerId;             // Officer: whose schedule
        data::RosterHeader from;       // Changes: the two versions and what differs
        std::vector<data::AssignmentChange> changes;
    };

    // Paints the job on any paged device; the number of pages or the generator's error.
    static data::Result<int> paint(const Job &job, QPagedPaintDevice &device);
    // Shows a print preview (modal) from which the user prints on any printer.
    static void preview(const Job &job, QWidget *parent);
    // Writes the job as a PDF file; an error names the file.
    static data::Status exportPdf(const Job &job, const QString &path);
    static QString kindTitle(Kind kind);
};

} // namespace dd::ui
