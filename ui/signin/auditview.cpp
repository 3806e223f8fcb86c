// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/auditview.h"

#include "data/clock.h"
#include "ui/signin/audittablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dd::ui {

AuditView::AuditView(data::Database &db, const data::Session &session, const data::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
    , m_clock(clock)
{
    const QDate today = m_clock.now().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-7), this);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("everyone"));
    m_action = new QComboBox(this);
    m_action->setEditable(true);
    m_action->addItem(tr("all actions"), QString());
    for (const char *prefix :
         { "signin.", "unlock.", "account.", "role.", "session.", "personal.", "access.", "audit." })
        m_action->addItem(QString::fromLatin1(prefix) + QStringLiteral("*"), QString::fromLatin1(prefix));
    data::Result<QStringList> actions = data::AuditLog(m_db, m_clock).actions(m_session);
    if (actions)
        for (const QString &a : actions.value())
            m_action->addItem(a, a);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("record or detail contains…"));
    auto *apply = new QPushButton(tr("&Filter"), this);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    connect(apply, &QPushButton::clicked, this, &AuditView::refresh);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditView::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditView::refresh);
    connect(exportButton, &QPushButton::clicked, this, &AuditView::chooseExportFile);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action);
    filters->addWidget(m_text, 1);
    filters->addWidget(apply);
    filters->addWidget(exportButton);

    m_model = new AuditTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    refresh();
}

data::AuditFilter AuditView::filter() const
{
    data::AuditFilter f;
    f.from = m_from->date().startOfDay();
    f.to = m_to->date().addDays(1).startOfDay(); // the whole last day
    f.userName = m_user->text().trimmed();
    const int index = m_action->currentIndex();
    const QString typed = m_action->currentText().trimmed();
    f.action = index >= 0 && m_action->itemText(index) == typed ? m_action->itemData(index).toString() : typed;
    f.text = m_text->text().trimmed();
    return f;
}

void AuditView::setFilter(const data::AuditFilter &f)
{
    if (f.from.isValid())
        m_from->setDate(f.from.toLocalTime().date());
    if (f.to.isValid())
        m_to->setDate(f.to.toLocalTime().addMSecs(-1).date());
    m_user->setText(f.userName);
    m_action->setCurrentText(f.action);
    m_text->setText(f.text);
}

void AuditView::refresh()
{
    data::Result<std::vector<data::AuditEntry>> entries = data::AuditLog(m_db, m_clock).query(m_session, filter());
    if (!entries) {
        m_model->setEntries({});
        m_status->setText(entries.errorMessage());
        return;
    }
    m_status->setText(tr("%n entries", nullptr, int(entries->size())));
    m_model->setEntries(std::move(entries.value()));
    m_table->resizeColumnsToContents();
}

QString AuditView::status() const
{
    return m_status->text();
}

QString AuditView::exportCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    data::Result<int> rows = data::AuditLog(m_db, m_clock).exportCsv(m_session, filter(), file);
    if (!rows) {
        file.remove();
        return rows.errorMessage();
    }
    m_status->setText(tr("%n entries exported to %1", nullptr, rows.value()).arg(path));
    return QString();
}

void AuditView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), QStringLiteral("audit.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (!error.isEmpty())
        m_status->setText(error);
}

} // namespace dd::ui
