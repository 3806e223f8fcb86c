// SPDX-License-Identifier: GPL-3.0-or-later
// A small squad for the roster tests, on top of the account fixture: squad JD102 (s1) with 20 active
// officers (5 dispatchers, 16 certified), the demo's six shift types, a command-room desk, two patrol
// sectors and a campaign, and a signed-in squad leader of JD102.
#pragma once

#include "../auth/authfixture.h"
#include "data/roster/rosterrepository.h"

#include <QSqlQuery>

namespace rostertest {

inline QString fixtureSql()
{
    QString sql = QStringLiteral(
        "INSERT INTO shift_types (id, code, name, start_minute, length_minutes, crosses_midnight, colour, desk, updated_at, last_writer) VALUES "
        "('sE', 'E', '早班', 420, 480, 0, '#4caf50', 0, 'T', 'c'),"
        "('sD', 'D', '白班', 510, 510, 0, '#2196f3', 0, 'T', 'c'),"
        "('sM', 'M', '中班', 720, 480, 0, '#ff9800', 0, 'T', 'c'),"
        "('sN', 'N', '夜班', 1200, 720, 1, '#3f51b5', 0, 'T', 'c'),"
        "('sCD', 'CD', '指挥室日班', 480, 720, 0, '#009688', 1, 'T', 'c'),"
        "('sCN', 'CN', '指挥室夜班', 1200, 720, 1, '#673ab7', 1, 'T', 'c');\n"
        "INSERT INTO posts (id, squad_id, code, name, kind, min_officers, min_certified, required_skill, updated_at, last_writer) VALUES "
        "('pCMD', 's1', 'JD102-CMD', '南翔中队指挥室', 'command_desk', 1, 0, 'dispatcher', 'T', 'c'),"
        "('pP1', 's1', 'JD102-P01', '南翔中队第1巡查责任区', 'patrol_sector', 2, 2, NULL, 'T', 'c'),"
        "('pP2', 's1', 'JD102-P02', '南翔中队第2巡查责任区', 'patrol_sector', 2, 2, NULL, 'T', 'c'),"
        "('pC1', 's1', 'JD102-C01', '南翔中队垃圾分类', 'campaign', 2, 2, NULL, 'T', 'c');\n");
    const char *names[] = { "王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴霞",
                            "徐强", "孙悦", "马超", "朱琳", "胡斌", "郭婷", "何平", "林峰", "高燕", "罗刚" };
    // o1, o2 exist in the account fixture (王伟, 李娜); the others are added, o3 belongs to squad s2.
    sql += QStringLiteral("UPDATE officers SET certified = 1, dispatcher = 1 WHERE id IN ('o1', 'o2');\n");
    for (int i = 3; i <= 20; ++i) {
        const bool dispatcher = i <= 5;
        const bool certified = i <= 16;
        sql += QStringLiteral("INSERT INTO officers (id, badge_no, name, squad_id, certified, dispatcher, phone, "
                              "updated_at, last_writer) VALUES ('r%1', 'JD102%2', '%3', 's1', %4, %5, '1390000%2', 'T', 'c');\n")
                   .arg(i)
                   .arg(i, 4, 10, QLatin1Char('0'))
                   .arg(QString::fromUtf8(names[i - 1]))
                   .arg(certified ? 1 : 0)
                   .arg(dispatcher ? 1 : 0);
    }
    return sql;
}

struct Store : authtest::Store
{
    dd::data::Session leader;

    bool openRoster()
    {
        if (!open())
            return false;
        if (dd::data::Status s = db->executeScript(fixtureSql().toUtf8()); !s) {
            qWarning() << s.errorMessage();
            return false;
        }
        if (!addUser(QStringLiteral("leader"), dd::data::Role::SquadLeader, QStringLiteral("JD102")))
            return false;
        leader = signInChanged(QStringLiteral("leader"));
        return leader.isValid();
    }

    dd::data::RosterRepository repo() { return dd::data::RosterRepository(*db, clock); }

    // A small template: the desk around the clock, one patrol team per sector on D and one on N (P1),
    // the campaign on weekdays.
    std::vector<dd::data::DemandTemplateRow> smallTemplate() const
    {
        using dd::data::DayKind;
        std::vector<dd::data::DemandTemplateRow> rows;
        const QString cert = QStringLiteral("certified");
        for (DayKind k : { DayKind::Weekday, DayKind::Weekend, DayKind::Holiday }) {
            rows.push_back({ k, QStringLiteral("pCMD"), QStringLiteral("sCD"), 1, 1, QStringLiteral("dispatcher"), 1 });
            rows.push_back({ k, QStringLiteral("pCMD"), QStringLiteral("sCN"), 1, 1, QStringLiteral("dispatcher"), 1 });
            rows.push_back({ k, QStringLiteral("pP1"), QStringLiteral("sD"), 2, 3, cert, 2 });
            rows.push_back({ k, QStringLiteral("pP2"), QStringLiteral("sD"), 2, 2, cert, 2 });
            rows.push_back({ k, QStringLiteral("pP1"), QStringLiteral("sN"), 2, 2, cert, 2 });
            if (k == DayKind::Weekday)
                rows.push_back({ k, QStringLiteral("pC1"), QStringLiteral("sE"), 2, 2, cert, 2 });
        }
        return rows;
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }
};

} // namespace rostertest
