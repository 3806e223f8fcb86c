// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/placeholderpage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace dd::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent)
    : Page(parent)
{
    auto *titleLabel = new QLabel(title, this);
    QFont big = titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    titleLabel->setFont(big);

    auto *purposeLabel = new QLabel(purpose, this);
    purposeLabel->setWordWrap(true);

    auto *laterLabel = new QLabel(tr("Coming in a later release. This version shows the figures already "
                                     "available from the database."),
                                  this);
    laterLabel->setObjectName(QStringLiteral("comingLaterLabel"));
    laterLabel->setWordWrap(true);
    laterLabel->setStyleSheet(QStringLiteral("QLabel { color: #6b6b6b; font-style: italic; }"));

    auto *factsBox = new QGroupBox(tr("Available now"), this);
    m_facts = new QFormLayout(factsBox);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel);
    layout->addWidget(purposeLabel);
    layout->addWidget(laterLabel);
    layout->addSpacing(12);
    layout->addWidget(factsBox);
    layout->addStretch(1);
}

QLabel *PlaceholderPage::addFact(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(noValue(), this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_facts->addRow(label, value);
    return value;
}

QString PlaceholderPage::noValue()
{
    return QStringLiteral("—");
}

} // namespace dd::ui
