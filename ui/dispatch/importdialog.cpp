// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dispatch/importdialog.h"

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace dd::ui {

ImportDialog::ImportDialog(const QString &databasePath, const data::Session &session, const data::Clock &clock,
                           QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_session(session)
    , m_clock(clock)
{
    setWindowTitle(tr("Import hotline work orders"));
    resize(900, 640);
    auto *form = new QFormLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    m_mappingName = new QComboBox;
    m_mappingName->setObjectName(QStringLiteral("importMapping"));
    m_mappingName->addItems(data::ImportMapping::savedNames());
    auto *saveMapping = new QPushButton(tr("Save mapping &as…"));
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mappingName, 1);
    mappingRow->addWidget(saveMapping);
    form->addRow(tr("&Mapping (per source):"), mappingRow);
    m_format = new QComboBox;
    m_format->addItems({ QStringLiteral("csv"), QStringLiteral("json") });
    m_encoding = new QComboBox;
    m_encoding->addItems({ QStringLiteral("auto"), QStringLiteral("UTF-8"), QStringLiteral("GB18030") });
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(new QLabel(tr("Encoding:")));
    formatRow->addWidget(m_encoding);
    formatRow->addStretch();
    form->addRow(tr("Format:"), formatRow);
    m_dateFormats = new QLineEdit;
    m_dateFormats->setToolTip(tr("Qt date formats separated by “;”, tried in order; ISO 8601 is always accepted."));
    form->addRow(tr("&Date formats:"), m_dateFormats);

    m_columns = new QTableWidget(0, 2);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({ tr("Field"), tr("Column in the file") });
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_columns, 2);
    tables->addWidget(m_preview, 5);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_importButton = new QPushButton(tr("&Import"));
    m_importButton->setObjectName(QStringLiteral("importStart"));
    m_cancelButton = new QPushButton(tr("Cancel import"));
    m_cancelButton->setEnabled(false);
    m_rejectsButton = new QPushButton(tr("Save &rejects…"));
    m_rejectsButton->setEnabled(false);
    auto *close = new QPushButton(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_rejectsButton);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tables, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Work orders"), QString(),
                                                          tr("Work orders (*.csv *.json);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::readPreview);
    connect(m_mappingName, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        auto loaded = data::ImportMapping::load(name);
        if (loaded)
            setMapping(loaded.value());
        else
            m_status->setText(loaded.errorMessage());
    });
    connect(m_format, &QComboBox::currentTextChanged, this, &ImportDialog::readPreview);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &ImportDialog::readPreview);
    connect(saveMapping, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save mapping"), tr("Name (one per source):"),
                                                   QLineEdit::Normal, m_mappingName->currentText(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        data::ImportMapping m = mapping();
        m.name = name.trimmed();
        const data::Status saved = m.save();
        m_status->setText(saved ? tr("Mapping “%1” saved in %2.").arg(m.name, data::ImportMapping::directory())
                                : saved.errorMessage());
        if (saved && m_mappingName->findText(m.name) < 0)
            m_mappingName->addItem(m.name);
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_rejectsButton, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    if (m_mappingName->count() > 0) {
        auto loaded = data::ImportMapping::load(m_mappingName->currentText());
        if (loaded)
            setMapping(loaded.value());
    }
}

ImportDialog::~ImportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    readPreview();
}

void ImportDialog::setMapping(const data::ImportMapping &mapping)
{
    m_mapping = mapping;
    m_format->setCurrentText(mapping.format);
    m_encoding->setCurrentText(mapping.encoding);
    m_dateFormats->setText(mapping.dateFormats.join(QStringLiteral("; ")));
    fillColumnChoices();
}

data::ImportMapping ImportDialog::mapping() const
{
    data::ImportMapping m = m_mapping;
    m.format = m_format->currentText();
    m.encoding = m_encoding->currentText();
    m.dateFormats.clear();
    for (const QString &f : m_dateFormats->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        m.dateFormats << f.trimmed();
    m.columns.clear();
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(r, 1));
        if (combo && combo->currentIndex() > 0)
            m.columns.insert(m_columns->item(r, 0)->data(Qt::UserRole).toString(), combo->currentText());
    }
    return m;
}

void ImportDialog::readPreview()
{
    QFile f(m_file->text());
    if (m_file->text().isEmpty() || !f.open(QIODevice::ReadOnly)) {
        m_status->setText(m_file->text().isEmpty() ? QString() : tr("%1: %2").arg(m_file->text(), f.errorString()));
        return;
    }
    data::ImportMapping m = mapping();
    auto table = data::IncidentImporter::readTable(f.read(4 << 20), m, QFileInfo(f).fileName());
    if (!table) {
        m_status->setText(table.errorMessage());
        return;
    }
    m_header = table->header;
    m_preview->clear();
    const int rows = std::min<int>(20, int(table->rows.size()));
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(m_header);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        lines << QString::number(table->lines[size_t(r)]);
        for (int c = 0; c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(table->rows[size_t(r)].value(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_status->setText(tr("%1 rows read as %2; the first %3 are shown with their line numbers.")
                          .arg(table->rows.size())
                          .arg(table->encoding)
                          .arg(rows));
    fillColumnChoices();
}

void ImportDialog::fillColumnChoices()
{
    const QStringList fields = data::ImportMapping::fields();
    m_columns->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        auto *item = new QTableWidgetItem(fields[r]);
        item->setData(Qt::UserRole, fields[r]);
        item->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(r, 0, item);
        auto *combo = new QComboBox;
        combo->addItem(tr("(not in the file)"));
        QStringList choices = m_header;
        const QString mapped = m_mapping.columns.value(fields[r]);
        if (!mapped.isEmpty() && !choices.contains(mapped))
            choices << mapped;
        combo->addItems(choices);
        if (!mapped.isEmpty())
            combo->setCurrentText(mapped);
        m_columns->setCellWidget(r, 1, combo);
    }
}

void ImportDialog::startImport()
{
    if (m_running)
        return;
    const data::ImportMapping m = mapping();
    const QString path = m_file->text();
    m_running = true;
    m_report.reset();
    m_importButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_rejectsButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const data::Session session = m_session;
    const data::Clock *clock = &m_clock;
    const QString dbPath = m_databasePath;
    QPointer<ImportDialog> self(this);
    // The worker opens its own connection (a Database belongs to the thread that opened it).
    QThread *thread = QThread::create([=] {
        auto finish = [self](std::shared_ptr<data::Result<data::ImportReport>> result) {
            QMetaObject::invokeMethod(qApp, [self, result] {
                if (!self)
                    return;
                self->m_running = false;
                self->m_importButton->setEnabled(true);
                self->m_cancelButton->setEnabled(false);
                self->m_progress->hide();
                if (!*result) {
                    self->m_status->setText(result->errorMessage());
                    emit self->finished(false, result->errorMessage());
                    return;
                }
                self->m_report = std::make_unique<data::ImportReport>(result->value());
                const data::ImportReport &r = *self->m_report;
                QString summary = tr("imported: %1, updated: %2, unchanged: %3, rejected: %4 (%5 ms)")
                                      .arg(r.imported)
                                      .arg(r.updated)
                                      .arg(r.unchanged)
                                      .arg(r.rejections.size())
                                      .arg(r.milliseconds);
                for (size_t i = 0; i < std::min<size_t>(8, r.rejections.size()); ++i)
                    summary += QLatin1Char('\n')
                        + tr("line %1: %2").arg(r.rejections[i].line).arg(r.rejections[i].reason);
                self->m_status->setText(summary);
                self->m_rejectsButton->setEnabled(!r.rejections.empty());
                if (r.imported + r.updated > 0)
                    emit self->imported();
                emit self->finished(true, summary);
            });
        };
        auto db = data::Database::open(dbPath);
        if (!db) {
            finish(std::make_shared<data::Result<data::ImportReport>>(data::failure(db.errorMessage())));
            return;
        }
        data::IncidentImporter importer(*db.value(), *clock);
        auto result = importer.importFile(session, path, m, [self, cancel](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (self)
                    self->m_progress->setValue(total > 0 ? done * 100 / total : 0);
            });
            return !cancel->load();
        });
        finish(std::make_shared<data::Result<data::ImportReport>>(std::move(result)));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ImportDialog::saveRejects()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rejects"), m_file->text() + QStringLiteral(".rejects.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_status->setText(tr("%1: %2").arg(path, out.errorString()));
        return;
    }
    const data::Status written = data::IncidentImporter::writeRejects(*m_report, out);
    m_status->setText(written ? tr("Rejects written to %1.").arg(path) : written.errorMessage());
}

} // namespace dd::ui
