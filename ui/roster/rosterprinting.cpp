// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/rosterprinting.h"

#include <QFile>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace dd::ui {

QString RosterPrinting::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Weekly:
        return tr("Weekly squad roster");
    case Kind::Daily:
        return tr("Daily duty sheet");
    case Kind::Officer:
        return tr("Officer's schedule");
    case Kind::Changes:
        return tr("Change notice");
    }
    return QString();
}

data::Result<int> RosterPrinting::paint(const Job &job, QPagedPaintDevice &device)
{
    switch (job.kind) {
    case Kind::Weekly:
        return print::printWeeklyRoster(job.data, device);
    case Kind::Daily:
        return print::printDailySheet(job.data, job.date.isValid() ? job.date : job.data.context.period.start, device);
    case Kind::Officer:
        return print::printOfficerSchedule(job.data, job.officerId, device);
    case Kind::Changes:
        return print::printChangeNotice(job.data.context, job.from, job.data.header, job.changes, job.data.printedAt,
                                        device);
    }
    return data::failure(tr("Printing: unknown kind of document"));
}

void RosterPrinting::preview(const Job &job, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(kindTitle(job.kind));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(kindTitle(job.kind)));
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&job, &error](QPrinter *p) {
        const data::Result<int> pages = paint(job, *p);
        if (!pages)
            error = pages.errorMessage();
    });
    dialog.resize(1000, 760);
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, kindTitle(job.kind), error);
}

data::Status RosterPrinting::exportPdf(const Job &job, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return data::failure(tr("%1: cannot write the PDF: %2").arg(path, file.errorString()));
    {
        const std::unique_ptr<QPdfWriter> writer = print::makeRosterPdfWriter(&file, kindTitle(job.kind));
        const data::Result<int> pages = paint(job, *writer);
        if (!pages) {
            file.cancelWriting();
            return data::failure(tr("%1: %2").arg(path, pages.errorMessage()));
        }
    }
    if (!file.commit())
        return data::failure(tr("%1: cannot write the PDF: %2").arg(path, file.errorString()));
    return data::success();
}

} // namespace dd::ui
