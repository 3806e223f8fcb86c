// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace dd::ui {

// Shown instead of the pages when the database cannot be opened: names the file, quotes the store's
// message, and offers the two ways out (open another file, create the demo district).
class DatabaseErrorView : public QWidget
{
    Q_OBJECT
public:
    explicit DatabaseErrorView(QWidget *parent = nullptr);

    void setError(const QString &path, const QString &message);
    QString path() const { return m_path; }
    QString message() const { return m_message; }

Q_SIGNALS:
    void openRequested();
    void createDemoRequested();

private:
    QLabel *m_fileLabel;
    QLabel *m_messageLabel;
    QString m_path;
    QString m_message;
};

} // namespace dd::ui
