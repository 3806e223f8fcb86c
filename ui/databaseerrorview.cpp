// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/databaseerrorview.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dd::ui {

DatabaseErrorView::DatabaseErrorView(QWidget *parent)
    : QWidget(parent)
    , m_fileLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("databaseErrorView"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));

    auto *title = new QLabel(tr("The database could not be opened"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    m_fileLabel->setObjectName(QStringLiteral("errorFileLabel"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("errorMessageLabel"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setWordWrap(true);

    auto *hint = new QLabel(tr("Nothing was created or changed. Open another database, or create the demo district "
                               "(Jiading, schematic geometry) to look around."),
                            this);
    hint->setWordWrap(true);

    auto *open = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open database…"), this);
    auto *demo = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("Create demo database…"), this);
    open->setObjectName(QStringLiteral("errorOpenButton"));
    demo->setObjectName(QStringLiteral("errorDemoButton"));
    connect(open, &QPushButton::clicked, this, &DatabaseErrorView::openRequested);
    connect(demo, &QPushButton::clicked, this, &DatabaseErrorView::createDemoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(demo);
    buttons->addStretch(1);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(m_fileLabel);
    text->addWidget(m_messageLabel);
    text->addSpacing(8);
    text->addWidget(hint);
    text->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    outer->setContentsMargins(48, 24, 48, 24);
}

void DatabaseErrorView::setError(const QString &path, const QString &message)
{
    m_path = path;
    m_message = message;
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    m_messageLabel->setText(message);
}

} // namespace dd::ui
