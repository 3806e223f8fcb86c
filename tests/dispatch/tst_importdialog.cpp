// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog offscreen: the built-in mapping fills the column choices from the file's header,
// the preview shows the rows with their line numbers, and the import runs on a worker thread (its
// own connection) and reports what the command line reports.
#include "data/auth/role.h"
#include "dispatchfixture.h"
#include "ui/dispatch/importdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dd::data;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void mapsPreviewsAndImportsOnAWorker()
    {
        dispatchtest::Store store;
        QVERIFY(store.open());
        const Session centre = store.session(QStringLiteral("t.centre"), { { Role::CentreDispatcher, QString() } });
        const QString path = store.db->path();
        dd::ui::ImportDialog dialog(path, centre, store.clock);
        dialog.setMapping(ImportMapping::load(QStringLiteral("hotline-12345")).value());
        dialog.setFile(QStringLiteral(DUTYDESK_SOURCE_DIR "/tests/dispatch/data/sample_12345_gb18030.csv"));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("工单编号"));
        QCOMPARE(preview->verticalHeaderItem(11)->text(), QStringLiteral("13")); // the multi-line record
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("GB18030")));
        // The mapping shown is the mapping used: every field of the built-in one found in the file.
        const ImportMapping shown = dialog.mapping();
        QCOMPARE(shown.columns.value(QStringLiteral("ticket_no")), QStringLiteral("工单编号"));
        QCOMPARE(shown.columns.size(), 14);
        QSignalSpy finished(&dialog, &dd::ui::ImportDialog::finished);
        dialog.startImport();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.front().at(0).toBool());
        QVERIFY(dialog.report());
        QCOMPARE(dialog.report()->imported, 26);
        QCOMPARE(dialog.report()->updated, 1);
        QCOMPARE(int(dialog.report()->rejections.size()), 4);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(DISTINCT incident_id) FROM incident_events WHERE note LIKE 'import:%'")).toInt(), 26);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
