// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk user add|passwd|disable|enable|unlock|list`: account administration from the command line,
// and the credentials every data-changing subcommand asks for (signInForCommand).
#include "app/commandline.h"
#include "app/commands.h"
#include "data/auth/accountrepository.h"
#include "data/auth/authenticator.h"
#include "data/auth/credentialsfile.h"
#include "data/auth/session.h"
#include "data/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace dd::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

// Reads one line from the terminal; without echo for passwords.
QString prompt(const QString &question, bool secret)
{
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool hide = secret && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return QString::fromLocal8Bit(line);
}

// The new password for `add` and `passwd`: from the credentials file, else asked twice.
std::optional<QString> newPassword(const std::optional<data::Credentials> &file, const QString &userName)
{
    if (file && !file->newPassword.isEmpty())
        return file->newPassword;
    if (!stdinIsTerminal()) {
        printErr(tr("user: no new password: put new_password=… in the --credentials file, or run from a terminal."));
        return std::nullopt;
    }
    const QString first = prompt(tr("New password for %1: ").arg(userName), true);
    const QString second = prompt(tr("Repeat the new password: "), true);
    if (first != second) {
        printErr(tr("user: the two passwords differ; nothing was changed."));
        return std::nullopt;
    }
    return first;
}

QString grantsText(const std::vector<data::RoleGrant> &grants)
{
    QStringList parts;
    for (const data::RoleGrant &g : grants)
        parts << (g.squadCode.isEmpty() ? data::roleKey(g.role)
                                        : data::roleKey(g.role) + QLatin1Char('@') + g.squadCode);
    return parts.join(QLatin1Char(','));
}

} // namespace

QCommandLineOption credentialsOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("credentials") },
                              tr("Read user=, password= (and new_password=) from FILE instead of asking; the file "
                                 "must not be readable by others."),
                              QStringLiteral("FILE"));
}

namespace {

// The acting user's name and password: from --credentials FILE, else asked on the terminal.
data::Result<data::Credentials> actingCredentials(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("credentials")))
        return data::CredentialsFile::read(parser.value(QStringLiteral("credentials")));
    if (!stdinIsTerminal())
        return data::failure(tr("This command changes data and needs a signed-in user: give --credentials FILE, "
                                "or run it from a terminal."));
    data::Credentials c;
    c.userName = prompt(tr("User name: "), false).trimmed();
    c.password = prompt(tr("Password: "), true);
    return c;
}

} // namespace

data::Result<data::Session> signInForCommand(data::Database &db, const QCommandLineParser &parser)
{
    data::Result<data::Credentials> c = actingCredentials(parser);
    if (!c)
        return data::failure(c.errorMessage());
    data::Result<data::Session> session = data::Authenticator(db).signIn(c->userName, c->password);
    if (session && session->mustChangePassword())
        return data::failure(tr("%1 must change the password first: sign in to the console, or run "
                                "`dutydesk user passwd %1`.")
                                 .arg(c->userName));
    return session;
}

int runUser(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage accounts.\n"
           "  add NAME --role ROLE [--squad CODE]   create a user (the password must be changed at first sign-in)\n"
           "  passwd NAME                           set a password (your own, or anyone's as administrator)\n"
           "  disable NAME | enable NAME            stop or allow sign-in\n"
           "  unlock NAME                           lift a lock after failed attempts\n"
           "  grant NAME --role ROLE [--squad CODE] give a role; revoke NAME … takes it away\n"
           "  list [--json]                         show every account\n"
           "Roles: district_admin, supervisor, centre_dispatcher, squad_leader, squad_dispatcher, officer.\n"
           "On a new database, `user add --role district_admin NAME` creates the first administrator without "
           "credentials."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("add, passwd, disable, enable, unlock, grant, revoke or list."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user name."), QStringLiteral("[NAME]"));
    parser.addOption(databaseOption());
    parser.addOption(credentialsOption());
    const QCommandLineOption roleOption(QStringList { QStringLiteral("role") },
                                        tr("Role of the new user (repeatable)."), QStringLiteral("ROLE"));
    const QCommandLineOption squadOption(QStringList { QStringLiteral("squad") },
                                         tr("Squad code for squad roles, e.g. JD102."), QStringLiteral("CODE"));
    const QCommandLineOption nameOption(QStringList { QStringLiteral("display-name") },
                                        tr("Name shown in the console."), QStringLiteral("TEXT"));
    const QCommandLineOption officerOption(QStringList { QStringLiteral("officer") },
                                           tr("Link to the officer with this badge number."), QStringLiteral("BADGE"));
    const QCommandLineOption jsonOption(QStringList { QStringLiteral("json") }, tr("list: print JSON."));
    parser.addOptions({ roleOption, squadOption, nameOption, officerOption, jsonOption });
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList kActions
        = { QStringLiteral("add"),    QStringLiteral("passwd"), QStringLiteral("disable"), QStringLiteral("enable"),
            QStringLiteral("unlock"), QStringLiteral("grant"),  QStringLiteral("revoke"),  QStringLiteral("list") };
    if (!kActions.contains(action)) {
        printErr(tr("user: expected one of add, passwd, disable, enable, unlock, grant, revoke, list (see dutydesk "
                    "user --help)."));
        return ExitUsage;
    }
    const bool needsName = action != QLatin1String("list");
    if (positional.size() != (needsName ? 2 : 1)) {
        printErr(needsName ? tr("user %1: expected exactly one user NAME.").arg(action)
                           : tr("user list: unexpected argument '%1'.").arg(positional.value(1)));
        return ExitUsage;
    }
    const QString userName = positional.value(1);

    std::vector<data::RoleGrant> grants;
    const bool rolesNeeded
        = action == QLatin1String("add") || action == QLatin1String("grant") || action == QLatin1String("revoke");
    if (rolesNeeded) {
        const QStringList roles = parser.values(roleOption);
        if (roles.isEmpty()) {
            printErr(tr("user %1: give at least one --role.").arg(action));
            return ExitUsage;
        }
        for (const QString &key : roles) {
            const std::optional<data::Role> role = data::roleFromKey(key);
            if (!role) {
                printErr(tr("user %1: unknown role '%2'.").arg(action, key));
                return ExitUsage;
            }
            grants.push_back(data::RoleGrant { *role, QString(),
                                               data::roleNeedsSquad(*role) ? parser.value(squadOption) : QString() });
        }
    }

    // A fresh install's first administrator may create the database file.
    const QString path = databasePath(parser);
    const bool mayCreate = action == QLatin1String("add") && !QFileInfo::exists(path);
    auto db = data::Database::open(
        path, mayCreate ? data::Database::Mode::CreateIfMissing : data::Database::Mode::OpenExisting);
    if (!db) {
        printErr(db.errorMessage());
        return ExitDatabase;
    }
    data::AccountRepository accounts(*db.value());

    std::optional<data::Credentials> file;
    if (parser.isSet(credentialsOption())) {
        auto read = data::CredentialsFile::read(parser.value(credentialsOption()));
        if (!read) {
            printErr(read.errorMessage());
            return ExitInput;
        }
        file = read.value();
    }

    if (action == QLatin1String("add")) {
        data::NewAccount account;
        account.userName = userName;
        account.displayName = parser.value(nameOption);
        account.officerBadge = parser.value(officerOption);
        account.roles = grants;
        auto hasAdmin = accounts.hasAdministrator();
        if (!hasAdmin) {
            printErr(hasAdmin.errorMessage());
            return ExitDatabase;
        }
        if (!hasAdmin.value()) {
            const std::optional<QString> password = newPassword(file, userName);
            if (!password)
                return ExitFailure;
            auto made = accounts.createFirstAdministrator(account, *password);
            if (!made) {
                printErr(tr("user add: %1").arg(made.errorMessage()));
                return ExitFailure;
            }
            printOut(tr("Created %1, the first district administrator.").arg(userName));
            return ExitOk;
        }
    }

    if (action == QLatin1String("passwd")) {
        data::Result<data::Credentials> acting = actingCredentials(parser);
        if (!acting) {
            printErr(acting.errorMessage());
            return ExitFailure;
        }
        // One's own password (also when a change is forced): the current password is the credential.
        if (acting->userName == userName) {
            const std::optional<QString> password = newPassword(file, userName);
            if (!password)
                return ExitFailure;
            auto changed = data::Authenticator(*db.value()).changePassword(userName, acting->password, *password);
            if (!changed) {
                printErr(tr("user passwd: %1").arg(changed.errorMessage()));
                return ExitFailure;
            }
            printOut(tr("Password of %1 changed.").arg(userName));
            return ExitOk;
        }
        // Someone else's: an administrator's reset.
        auto admin = data::Authenticator(*db.value()).signIn(acting->userName, acting->password);
        if (!admin || admin->mustChangePassword()) {
            printErr(admin ? tr("%1 must change the password first.").arg(acting->userName) : admin.errorMessage());
            return ExitFailure;
        }
        const std::optional<QString> password = newPassword(file, userName);
        if (!password)
            return ExitFailure;
        data::Status reset = accounts.resetPassword(admin.value(), userName, *password);
        if (!reset) {
            printErr(tr("user passwd: %1").arg(reset.errorMessage()));
            return ExitFailure;
        }
        printOut(tr("Password of %1 reset; it must be changed at the next sign-in.").arg(userName));
        return ExitOk;
    }

    auto session = signInForCommand(*db.value(), parser);
    if (!session) {
        printErr(session.errorMessage());
        return ExitFailure;
    }

    data::Status done = data::success();
    QString message;
    if (action == QLatin1String("add")) {
        const std::optional<QString> password = newPassword(file, userName);
        if (!password)
            return ExitFailure;
        auto made = accounts.create(
            session.value(),
            data::NewAccount { userName, parser.value(nameOption), parser.value(officerOption), grants }, *password);
        done = made ? data::success() : data::Status(data::failure(made.errorMessage()));
        message = tr("Created %1 (%2); the password must be changed at the first sign-in.")
                      .arg(userName, grantsText(grants));
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool enable = action == QLatin1String("enable");
        done = accounts.setActive(session.value(), userName, enable);
        message = enable ? tr("%1 may sign in again.").arg(userName) : tr("%1 can no longer sign in.").arg(userName);
    } else if (action == QLatin1String("unlock")) {
        done = accounts.unlock(session.value(), userName);
        message = tr("%1 is unlocked.").arg(userName);
    } else if (action == QLatin1String("grant") || action == QLatin1String("revoke")) {
        const bool grant = action == QLatin1String("grant");
        for (const data::RoleGrant &g : grants) {
            done = grant ? accounts.grantRole(session.value(), userName, g)
                         : accounts.revokeRole(session.value(), userName, g);
            if (!done)
                break;
        }
        message = grant ? tr("%1 now holds %2.").arg(userName, grantsText(grants))
                        : tr("%1 no longer holds %2.").arg(userName, grantsText(grants));
    } else {
        auto list = accounts.list(session.value());
        if (!list) {
            printErr(list.errorMessage());
            return ExitFailure;
        }
        if (parser.isSet(jsonOption)) {
            QJsonArray rows;
            for (const data::Account &a : list.value()) {
                QJsonObject o;
                o.insert(QStringLiteral("user"), a.userName);
                o.insert(QStringLiteral("display_name"), a.displayName);
                o.insert(QStringLiteral("roles"), grantsText(a.roles));
                o.insert(QStringLiteral("active"), a.active);
                o.insert(QStringLiteral("has_password"), a.hasPassword);
                o.insert(QStringLiteral("must_change_password"), a.mustChangePassword);
                o.insert(QStringLiteral("locked"), a.lockedUntil.isValid());
                rows.append(o);
            }
            printOut(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        } else {
            QString text;
            for (const data::Account &a : list.value()) {
                QStringList state;
                state << (a.active ? tr("active") : tr("disabled"));
                if (!a.hasPassword)
                    state << tr("no password");
                if (a.mustChangePassword)
                    state << tr("must change password");
                if (a.lockedUntil.isValid())
                    state << tr("locked");
                text += QStringLiteral("%1  %2  %3  %4\n")
                            .arg(a.userName.leftJustified(16), a.displayName.leftJustified(12),
                                 grantsText(a.roles).leftJustified(28), state.join(QStringLiteral(", ")));
            }
            printOut(text);
        }
        return ExitOk;
    }
    if (!done) {
        printErr(tr("user %1: %2").arg(action, done.errorMessage()));
        return ExitFailure;
    }
    printOut(message);
    return ExitOk;
}

} // namespace dd::app
