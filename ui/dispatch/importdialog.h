// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/incidents/incidentimport.h"

#include <QDialog>
#include <QPointer>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dd::data {
class Clock;
class Session;
} // namespace dd::data

namespace dd::ui {

// Import of hotline work orders: pick a file and a saved mapping (per source), adjust which column
// feeds which field while looking at the first rows, save the mapping, import on a worker thread
// with progress and cancel, then read the summary and save the rejects.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &databasePath, const data::Session &session, const data::Clock &clock,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path); // also reads the preview
    void setMapping(const data::ImportMapping &mapping);
    data::ImportMapping mapping() const;
    void startImport();
    bool isRunning() const { return m_running; }
    const data::ImportReport *report() const { return m_report.get(); }

signals:
    void imported(); // the store changed
    void finished(bool ok, const QString &summary);

private:
    void readPreview();
    void fillColumnChoices();
    void saveRejects();

    QString m_databasePath;
    const data::Session &m_session;
    const data::Clock &m_clock;
    data::ImportMapping m_mapping;
    QStringList m_header;
    QLineEdit *m_file;
    QComboBox *m_mappingName;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QLineEdit *m_dateFormats;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QPushButton *m_rejectsButton;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    std::unique_ptr<data::ImportReport> m_report;
};

} // namespace dd::ui
