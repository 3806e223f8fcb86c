// SPDX-License-Identifier: GPL-3.0-or-later
// A small hand-made roster problem for the Roster page's tests (no store needed).
#pragma once

#include "scheduling/problem.h"
#include "ui/roster/rosterdocument.h"

#include <QColor>
#include <QDate>

namespace rosterpagetest {

namespace sch = dd::scheduling;

// Three officers over one week from Monday 2026-12-07; D (day) and N (night); a night may not be
// followed by a day shift; every day needs one officer on D. Officer 2 has leave on Wednesday.
struct Fixture
{
    sch::Problem problem;
    dd::ui::RosterLabels labels;

    Fixture()
    {
        problem.name = "fixture";
        problem.days = 7;
        problem.startWeekday = 0;
        sch::ShiftType d;
        d.id = "D";
        d.startMinute = 8 * 60;
        d.lengthMinutes = 8 * 60;
        sch::ShiftType n;
        n.id = "N";
        n.startMinute = 20 * 60;
        n.lengthMinutes = 12 * 60;
        n.night = true;
        n.cannotFollow = { 0 };
        problem.shifts = { d, n };
        for (int i = 0; i < 3; ++i) {
            sch::Officer o;
            o.id = "o" + std::to_string(i);
            o.name = o.id;
            o.maxShifts = { sch::kUnlimited, sch::kUnlimited };
            o.maxConsecutiveShifts = 5;
            problem.officers.push_back(o);
        }
        problem.officers[2].daysOff = { 2 };
        for (int day = 0; day < 7; ++day) {
            sch::Demand demand;
            demand.day = day;
            demand.shift = 0;
            demand.minimum = 1;
            demand.target = 1;
            problem.demands.push_back(demand);
        }
        labels.squadCode = QStringLiteral("JD102");
        labels.squadName = QStringLiteral("南翔中队");
        labels.firstDay = QDate(2026, 12, 7);
        labels.officers = { { QStringLiteral("o0"), QStringLiteral("JD01001"), QStringLiteral("王伟"), true },
                            { QStringLiteral("o1"), QStringLiteral("JD01002"), QStringLiteral("李娜"), true },
                            { QStringLiteral("o2"), QStringLiteral("JD01003"), QStringLiteral("张强"), false } };
        dd::ui::RosterLabels::ShiftLabel dl;
        dl.shiftCode = QStringLiteral("D");
        dl.shiftName = QStringLiteral("白班");
        dl.postShort = QStringLiteral("P01");
        dl.postName = QStringLiteral("第1巡查责任区");
        dl.colour = QColor(QStringLiteral("#2196f3"));
        dd::ui::RosterLabels::ShiftLabel nl = dl;
        nl.shiftCode = QStringLiteral("N");
        nl.shiftName = QStringLiteral("夜班");
        nl.colour = QColor(QStringLiteral("#3f51b5"));
        labels.shifts = { dl, nl };
        labels.absence = { {}, {}, { QString(), QString(), QStringLiteral("Annual"), QString(), QString(), QString(), QString() } };
    }

    // Officer 0 on D Monday to Friday, officer 1 on D at the weekend: every rule kept, every day covered.
    static sch::Roster goodRoster()
    {
        sch::Roster r(3, std::vector<int>(7, sch::kOff));
        for (int day = 0; day < 5; ++day)
            r[0][std::size_t(day)] = 0;
        r[1][5] = r[1][6] = 0;
        return r;
    }
};


} // namespace rosterpagetest
