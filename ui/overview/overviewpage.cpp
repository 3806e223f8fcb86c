// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/overviewpage.h"

#include "ui/overview/squadtablemodel.h"
#include "ui/overview/towntablemodel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, int sortRole, const QString &objectName, QWidget *parent)
{
    // Sorting goes through a proxy so the models keep the summary's order (by code) as their truth.
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // The CJK fallback font has a tall line; the default row height would show a third fewer squads.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return view;
}

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_schematicLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_squadModel(new SquadTableModel(this))
    , m_townModel(new TownTableModel(this))
    , m_squadView(makeTable(m_squadModel, SquadTableModel::SortRole, QStringLiteral("squadTable"), this))
    , m_townView(makeTable(m_townModel, TownTableModel::SortRole, QStringLiteral("townTable"), this))
{
    m_nameLabel->setObjectName(QStringLiteral("districtNameLabel"));
    m_codeLabel->setObjectName(QStringLiteral("districtCodeLabel"));
    m_schematicLabel->setObjectName(QStringLiteral("schematicLabel"));
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_squadModel->setObjectName(QStringLiteral("squadModel"));
    m_townModel->setObjectName(QStringLiteral("townModel"));

    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_schematicLabel->setWordWrap(true);
    m_schematicLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_totalsLabel->setWordWrap(true);
    m_totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(boxed(tr("Squads"), m_squadView, splitter));
    splitter->addWidget(boxed(tr("Towns and streets"), m_townView, splitter));
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_schematicLabel);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(splitter, 1);

    setDistrict(nullptr);
}

void OverviewPage::setDistrict(const data::DistrictSummary *summary)
{
    if (!summary) {
        m_squadModel->clear();
        m_townModel->clear();
        m_nameLabel->setText(tr("No database open"));
        m_codeLabel->clear();
        m_schematicLabel->hide();
        m_totalsLabel->clear();
        return;
    }
    m_squadModel->setData(*summary);
    m_townModel->setData(*summary);
    m_nameLabel->setText(summary->name);
    m_codeLabel->setText(tr("Administrative code %1").arg(summary->code));
    m_schematicLabel->setVisible(summary->schematicGeometry);
    m_schematicLabel->setText(tr("Geometry: 示意 / schematic — the town areas and grid cells are generated "
                                 "for demonstration, not official boundaries."));
    const QLocale locale;
    m_totalsLabel->setText(tr("%1 towns and streets · %2 communities · %3 squads · %4 officers · %5 grid cells")
                               .arg(locale.toString(int(summary->towns.size())),
                                    locale.toString(m_townModel->totalCommunities()),
                                    locale.toString(int(summary->squads.size())),
                                    locale.toString(summary->officerCount), locale.toString(summary->cellCount)));
}

} // namespace dd::ui
