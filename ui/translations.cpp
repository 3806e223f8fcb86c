// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dd::ui {

namespace {

// Both translators live as children of the application so a second call (tests switch languages)
// replaces them instead of stacking a new pair on top.
QTranslator *replaceTranslator(const char *objectName)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (auto *old = app->findChild<QTranslator *>(QString::fromLatin1(objectName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(app);
    translator->setObjectName(QString::fromLatin1(objectName));
    return translator;
}

} // namespace

QString installTranslators(const QString &language)
{
    if (!QCoreApplication::instance())
        return QString();
    QTranslator *ours = replaceTranslator("dutydesk_translator");
    QTranslator *qt = replaceTranslator("dutydesk_qtbase_translator");

    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the forced language too

    // English is the source language: there is no dutydesk_en.qm, and QTranslator would otherwise
    // fall back through the locale's UI languages (a zh_CN system with "en" forced must stay English).
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        delete ours;
        delete qt;
        return QStringLiteral("en");
    }

    bool loaded = false;
    if (ours->load(locale, QStringLiteral("dutydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        loaded = true;
    } else {
        delete ours;
    }
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return loaded ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace dd::ui
