// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the Map page for docs/images (QWidget::grab on the offscreen platform):
//   map_screens DB USER PASSWORD OUTDIR [YYYY-MM-DDTHH:MM local time for "now"]
#include "data/auth/authenticator.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/settings.h"
#include "ui/map/mappage.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPixmap>
#include <QTimeZone>
#include <cstdio>

using namespace dd;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: map_screens DB USER PASSWORD OUTDIR [LOCAL-NOW]\n");
        return 2;
    }
    auto db = data::Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    data::ManualClock clock;
    if (args.size() > 5)
        clock.set(QDateTime::fromString(args[5], Qt::ISODate).toTimeZone(QTimeZone("Asia/Shanghai")));
    else
        clock.set(QDateTime::currentDateTimeUtc());
    clock.set(QDateTime(QDateTime::fromString(args.value(5), Qt::ISODate).date(),
                        QDateTime::fromString(args.value(5), Qt::ISODate).time(), QTimeZone("Asia/Shanghai"))
                  .toUTC());
    if (!clock.now().isValid())
        clock.set(QDateTime::currentDateTimeUtc());
    auto session = data::Authenticator(*db.value(), data::Clock::system()).signIn(args[2], args[3]);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.errorMessage()));
        return 1;
    }
    data::Settings settings(QDir(args[4]).filePath(QStringLiteral(".map_screens.ini")));
    ui::MapPage page;
    page.resize(1400, 860);
    ui::PageContext context;
    context.db = db.value().get();
    context.session = &session.value();
    context.clock = &clock;
    context.settings = &settings;
    page.setContext(context);
    static_cast<QWidget &>(page).show();
    app.processEvents();
    auto save = [&](const QString &name) {
        app.processEvents();
        const QString path = QDir(args[4]).filePath(name);
        page.grab().save(path);
        std::printf("%s\n", qPrintable(path));
    };
    save(QStringLiteral("map-district.png"));
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("mapColouring"));
    combo->setCurrentIndex(combo->findData(int(ui::MapView::Colouring::Coverage)));
    save(QStringLiteral("map-coverage.png"));
    combo->setCurrentIndex(combo->findData(int(ui::MapView::Colouring::Density)));
    save(QStringLiteral("map-density.png"));
    combo->setCurrentIndex(combo->findData(int(ui::MapView::Colouring::Sectors)));
    // A cell in the middle of the first open incident's cell, or the middle cell, close up.
    const data::MapData *map = page.mapData();
    int cell = int(map->cells.size() / 2);
    for (const data::MapIncident &i : map->incidents) {
        if (i.open && i.cell >= 0) {
            cell = i.cell;
            break;
        }
    }
    page.search(map->cells[std::size_t(cell)].code);
    save(QStringLiteral("map-cell.png"));
    page.view()->zoomBy(0.25, QPointF(page.view()->width() / 2.0, page.view()->height() / 2.0));
    save(QStringLiteral("map-community.png"));
    return 0;
}
