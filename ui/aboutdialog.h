// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <vector>

namespace dd::ui {

// Help → About DutyDesk: version, DutyDesk's licence, and the licence of every dependency and data
// source, shipped or used by the district server.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Component
    {
        QString name;
        QString version; // as built/linked where the code can know it
        QString licence; // SPDX identifier or plain words ("public domain")
        QString use; // what DutyDesk uses it for
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    static std::vector<Component> components();
    static QString html();
};

} // namespace dd::ui
