// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/credentialsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dd::data {

namespace {
class CredentialsTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::CredentialsFile)
};
} // namespace

Result<Credentials> CredentialsFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return failure(CredentialsTr::tr("%1: no such credentials file.").arg(path));
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (info.permissions() & others)
        return failure(CredentialsTr::tr("%1: the credentials file may be read by other users; "
                                         "make it private first (chmod 600).")
                           .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return failure(CredentialsTr::tr("%1: cannot read the credentials file (%2).").arg(path, file.errorString()));
    Credentials c;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            return failure(CredentialsTr::tr("%1:%2: expected key=value.").arg(path).arg(lineNo));
        const QString key = line.left(eq).trimmed();
        // Passwords are taken as written: spaces inside and around them count.
        const QString value = line.mid(eq + 1);
        if (key == QLatin1String("user"))
            c.userName = value.trimmed();
        else if (key == QLatin1String("password"))
            c.password = value;
        else if (key == QLatin1String("new_password"))
            c.newPassword = value;
        else
            return failure(CredentialsTr::tr("%1:%2: unknown key \"%3\" (expected user, password or new_password).")
                               .arg(path)
                               .arg(lineNo)
                               .arg(key));
    }
    return c;
}

} // namespace dd::data
