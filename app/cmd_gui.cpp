// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "data/settings.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/signin/consolesession.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace dd::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// Quits the application right after the first paint of any widget: the benchmark's end point
// ("process start to a painted main window"). The quit is queued so the paint pass completes.
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType()) {
            m_seen = true;
            // exit() rather than quit(): it also ends the sign-in dialog's own event loop.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return false;
    }

private:
    bool m_seen = false;
};

} // namespace

int runGui(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Open the DutyDesk console."));
    parser.addOption(databaseOption());
    // Hidden options for screenshots, benchmarks and tests; users never need them.
    const QCommandLineOption settingsFile
        = hidden({ QStringLiteral("settings"), tr("Use this INI file for settings."), QStringLiteral("INI") });
    const QCommandLineOption language
        = hidden({ QStringLiteral("language"), tr("Force a language (zh_CN, en)."), QStringLiteral("LANG") });
    const QCommandLineOption screenshot = hidden(
        { QStringLiteral("screenshot"), tr("Save a picture of the window and exit."), QStringLiteral("FILE") });
    const QCommandLineOption page
        = hidden({ QStringLiteral("page"), tr("Page to show first (1–6)."), QStringLiteral("N") });
    const QCommandLineOption size
        = hidden({ QStringLiteral("size"), tr("Window size for the screenshot."), QStringLiteral("WxH") });
    const QCommandLineOption dialog = hidden(
        { QStringLiteral("dialog"), tr("Screenshot a dialog instead: about, settings."), QStringLiteral("NAME") });
    const QCommandLineOption quitAfterPaint
        = hidden({ QStringLiteral("quit-after-paint"), tr("Exit after the first paint (benchmark).") });
    const QCommandLineOption credentials({ QStringLiteral("credentials") },
                                         tr("Sign in with user= and password= from FILE instead of the sign-in dialog "
                                            "(screenshots, benchmarks); the file must not be readable by others."),
                                         QStringLiteral("FILE"));
    parser.addOption(credentials);
    parser.addOptions({ settingsFile, language, screenshot, page, size, dialog, quitAfterPaint });
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("%1: unexpected argument '%2'").arg(args.value(0), parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    if (parser.isSet(language))
        ui::installTranslators(parser.value(language));
    ui::applyApplicationFont();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dutydesk.svg")));

    std::unique_ptr<data::Settings> settings = parser.isSet(settingsFile)
        ? std::make_unique<data::Settings>(parser.value(settingsFile))
        : std::make_unique<data::Settings>();
    const QString path
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : settings->databasePath();

    // The first painted window may be the sign-in dialog (the benchmark's end point without --credentials).
    FirstPaintQuitter quitter;
    if (parser.isSet(quitAfterPaint))
        qApp->installEventFilter(&quitter);

    // Nothing of the district is shown before a user signs in (docs/SECURITY.md). A screenshot run
    // cannot answer a dialog: it needs --credentials for a database that opens.
    ui::ConsoleSession::Outcome outcome = ui::ConsoleSession::Outcome::NoDatabase;
    QString signInError;
    const std::unique_ptr<ui::ConsoleSession> console = ui::ConsoleSession::begin(
        path, *settings, parser.value(credentials), !parser.isSet(screenshot), &outcome, &signInError);
    if (outcome == ui::ConsoleSession::Outcome::Cancelled)
        return ExitOk;
    if (outcome == ui::ConsoleSession::Outcome::Refused) {
        printErr(signInError);
        return ExitFailure;
    }

    ui::MainWindow window(*settings);
    // Another file is opened only at the next start, where its users sign in.
    window.setSwitchRequiresRestart(true);
    window.openDatabase(path); // failure shows the error view in the window; the console stays open
    if (console) {
        window.setSession(console->session()); // pages offer what the user's roles allow
        console->attach(&window); // Ctrl+L, idle lock, the Session menu
    }
    if (parser.isSet(page))
        window.showPage(ui::MainWindow::Page(parser.value(page).toInt() - 1));
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }

    if (parser.isSet(screenshot)) {
        window.show();
        const QString file = parser.value(screenshot);
        const QString dialogName = parser.value(dialog);
        int result = ExitOk;
        QTimer::singleShot(300, &window, [&] {
            QPixmap picture;
            if (dialogName == QLatin1String("about")) {
                ui::AboutDialog about(&window);
                about.show();
                picture = about.grab();
            } else if (dialogName == QLatin1String("settings")) {
                ui::SettingsDialog edit(*settings, &window);
                edit.show();
                picture = edit.grab();
            } else {
                picture = window.grab();
            }
            if (!picture.save(file)) {
                printErr(tr("%1: cannot write %2").arg(args.value(0), file));
                result = ExitFailure;
            }
            qApp->quit();
        });
        QApplication::exec();
        return result;
    }

    window.show();
    return QApplication::exec() == 0 ? ExitOk : ExitFailure;
}

} // namespace dd::app
