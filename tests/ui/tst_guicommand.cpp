// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk gui` as a process: a database that cannot be opened still gives a painted window (error
// view) and a clean exit, the screenshot option writes a picture, and usage errors exit with 2.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void quitsAfterFirstPaint();
    void screenshot();
    void usageError();

private:
    int run(const QStringList &args, QByteArray *errors = nullptr);
    QTemporaryDir m_dir;
};

void TestGuiCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

int TestGuiCommand::run(const QStringList &args, QByteArray *errors)
{
    QProcess process;
    process.start(
        QStringLiteral(DUTYDESK_EXECUTABLE),
        QStringList { QStringLiteral("gui"), QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("s.ini")) }
            + args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return -1;
    }
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestGuiCommand::quitsAfterFirstPaint()
{
    // Without the quit the process would run until the 60 s timeout (-1).
    QCOMPARE(run({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.sqlite")),
                   QStringLiteral("--quit-after-paint") }),
             0);
}

void TestGuiCommand::screenshot()
{
    const QString png = m_dir.filePath(QStringLiteral("window.png"));
    QByteArray errors;
    QCOMPARE(run({ QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.sqlite")),
                   QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("900x600") },
                 &errors),
             0);
    const QImage image(png);
    QVERIFY2(!image.isNull(), errors.constData());
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(900, 600));
}

void TestGuiCommand::usageError()
{
    QCOMPARE(run({ QStringLiteral("--no-such-option") }), 2);
    QCOMPARE(run({ QStringLiteral("stray-argument") }), 2);
}

QTEST_GUILESS_MAIN(TestGuiCommand)
#include "tst_guicommand.moc"
