// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/postrepository.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class PostTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::PostRepository)
};

Post::Kind kindFromText(const QString &text)
{
    if (text == QLatin1String("command_desk"))
        return Post::Kind::CommandDesk;
    if (text == QLatin1String("campaign"))
        return Post::Kind::Campaign;
    if (text == QLatin1String("event_zone"))
        return Post::Kind::EventZone;
    return Post::Kind::PatrolSector;
}

} // namespace

PostRepository::PostRepository(const Database &db)
    : m_db(db)
{
}

QString PostRepository::kindText(Post::Kind kind)
{
    switch (kind) {
    case Post::Kind::PatrolSector:
        return QStringLiteral("patrol_sector");
    case Post::Kind::CommandDesk:
        return QStringLiteral("command_desk");
    case Post::Kind::Campaign:
        return QStringLiteral("campaign");
    case Post::Kind::EventZone:
        return QStringLiteral("event_zone");
    }
    return QString();
}

Result<std::vector<Post>> PostRepository::bySquad(const QString &squadCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.id, p.code, p.name, s.code, p.kind, ifnull(p.grade, ''), p.topic, p.min_officers, p.min_certified,"
        " ifnull(p.required_skill, ''), (SELECT count(*) FROM post_cells pc WHERE pc.post_id = p.id)"
        " FROM posts p JOIN squads s ON s.id = p.squad_id WHERE s.code = ? AND p.active = 1 ORDER BY p.code"));
    q.addBindValue(squadCode);
    if (!q.exec())
        return failure(PostTr::tr("Cannot read the posts of squad %1: %2").arg(squadCode, q.lastError().text()));
    std::vector<Post> list;
    while (q.next())
        list.push_back(Post { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), kindFromText(q.value(4).toString()), q.value(5).toString(),
                              q.value(6).toString(), q.value(7).toInt(), q.value(8).toInt(), q.value(9).toString(),
                              q.value(10).toInt() });
    return list;
}

Result<std::vector<CoverageGap>> PostRepository::patrolCoverageGaps(const QString &squadCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.code, (SELECT count(*) FROM post_cells pc JOIN posts p ON p.id = pc.post_id"
        "   WHERE pc.cell_id = c.id AND p.kind = 'patrol_sector' AND p.active = 1 AND p.squad_id = s.id) AS n"
        " FROM grid_cells c JOIN squads s ON s.id = c.squad_id WHERE s.code = ? AND n <> 1 ORDER BY c.code"));
    q.addBindValue(squadCode);
    if (!q.exec())
        return failure(
            PostTr::tr("Cannot check the patrol coverage of squad %1: %2").arg(squadCode, q.lastError().text()));
    std::vector<CoverageGap> gaps;
    while (q.next())
        gaps.push_back(CoverageGap { q.value(0).toString(), q.value(1).toInt() });
    return gaps;
}

} // namespace dd::data
