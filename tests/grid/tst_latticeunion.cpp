// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/latticeunion.h"

#include <QTest>
#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/is_valid.hpp>
#include <boost/geometry/algorithms/within.hpp>
#include <random>
#include <string>

namespace bg = boost::geometry;
using dd::grid::LatticeCell;
using dd::grid::MultiPolygon;
using dd::grid::Point;

namespace {

// "#" marks a cell; rows are written from north to south, separated by ';'.
std::vector<LatticeCell> parsePicture(const QString &picture)
{
    std::vector<LatticeCell> cells;
    const QStringList rows = picture.split(QLatin1Char(';'));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            if (rows[r].at(c) == QLatin1Char('#'))
                cells.push_back({ static_cast<int>(c), static_cast<int>(rows.size() - 1 - r) });
        }
    }
    return cells;
}

// Reference: 4-connected groups by flood fill.
int componentCount(const std::vector<LatticeCell> &cells)
{
    std::vector<int> seen(cells.size(), 0);
    int groups = 0;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (seen[i])
            continue;
        ++groups;
        std::vector<std::size_t> stack { i };
        seen[i] = 1;
        while (!stack.empty()) {
            const LatticeCell c = cells[stack.back()];
            stack.pop_back();
            for (std::size_t j = 0; j < cells.size(); ++j) {
                const int d = std::abs(cells[j].column - c.column) + std::abs(cells[j].row - c.row);
                if (!seen[j] && d == 1) {
                    seen[j] = 1;
                    stack.push_back(j);
                }
            }
        }
    }
    return groups;
}

std::size_t holeCount(const MultiPolygon &shape)
{
    std::size_t holes = 0;
    for (const auto &polygon : shape)
        holes += polygon.inners().size();
    return holes;
}

void checkExact(const std::vector<LatticeCell> &cells, int width, int height, const MultiPolygon &shape)
{
    std::string reason;
    QVERIFY2(bg::is_valid(shape, reason), reason.c_str());
    QCOMPARE(bg::area(shape), static_cast<double>(cells.size()));
    for (int x = -1; x <= width; ++x) {
        for (int y = -1; y <= height; ++y) {
            const bool member = std::find(cells.begin(), cells.end(), LatticeCell { x, y }) != cells.end();
            const Point centre(x + 0.5, y + 0.5);
            QVERIFY2(bg::within(centre, shape) == member, qPrintable(QStringLiteral("cell %1,%2").arg(x).arg(y)));
        }
    }
}

} // namespace

class TestLatticeUnion : public QObject
{
    Q_OBJECT

private slots:
    void pictures_data();
    void pictures();
    void randomSets();
    void ringsAreSimplified();
};

void TestLatticeUnion::pictures_data()
{
    QTest::addColumn<QString>("picture");
    QTest::addColumn<int>("polygons");
    QTest::addColumn<int>("holes");
    QTest::newRow("one cell") << QStringLiteral("#") << 1 << 0;
    QTest::newRow("bar") << QStringLiteral("###") << 1 << 0;
    QTest::newRow("two apart") << QStringLiteral("#.#") << 2 << 0;
    QTest::newRow("diagonal pinch") << QStringLiteral("#.;.#") << 2 << 0;
    QTest::newRow("ring with hole") << QStringLiteral("###;#.#;###") << 1 << 1;
    QTest::newRow("hole touching exterior at a corner") << QStringLiteral("###.;#.##;####") << 1 << 1;
    QTest::newRow("two holes touching at a corner") << QStringLiteral("####;#.##;##.#;####") << 1 << 2;
    QTest::newRow("island in a lake") << QStringLiteral("#####;#...#;#.#.#;#...#;#####") << 2 << 1;
    QTest::newRow("chain of diagonal cells") << QStringLiteral("#...;.#..;..#.;...#") << 4 << 0;
    QTest::newRow("checkerboard") << QStringLiteral("#.#;.#.;#.#") << 5 << 0;
}

void TestLatticeUnion::pictures()
{
    QFETCH(QString, picture);
    QFETCH(int, polygons);
    QFETCH(int, holes);
    const std::vector<LatticeCell> cells = parsePicture(picture);
    const MultiPolygon shape = dd::grid::latticeUnion(cells);
    QCOMPARE(static_cast<int>(shape.size()), polygons);
    QCOMPARE(static_cast<int>(holeCount(shape)), holes);
    checkExact(cells, 6, 6, shape);
}

void TestLatticeUnion::randomSets()
{
    // Random sets are full of pinches and holes: the union must stay exact and valid.
    std::mt19937 random(12345);
    for (int round = 0; round < 300; ++round) {
        const int size = 3 + round % 7;
        const double density = 0.3 + 0.4 * ((round * 37) % 100) / 100.0;
        std::vector<LatticeCell> cells;
        for (int x = 0; x < size; ++x) {
            for (int y = 0; y < size; ++y) {
                if (random() % 1000 < density * 1000)
                    cells.push_back({ x, y });
            }
        }
        const MultiPolygon shape = dd::grid::latticeUnion(cells);
        QCOMPARE(static_cast<int>(shape.size()), componentCount(cells));
        checkExact(cells, size, size, shape);
        if (QTest::currentTestFailed()) {
            qWarning() << "round" << round;
            return;
        }
    }
}

void TestLatticeUnion::ringsAreSimplified()
{
    // A 5×3 block is one rectangle: 4 corners plus the closing point, no collinear vertices.
    const MultiPolygon shape = dd::grid::latticeUnion(parsePicture(QStringLiteral("#####;#####;#####")));
    QCOMPARE(shape.size(), std::size_t(1));
    QCOMPARE(shape[0].outer().size(), std::size_t(5));
    QCOMPARE(bg::area(shape), 15.0);
    QVERIFY(dd::grid::latticeUnion({}).empty());
    // Duplicates are ignored.
    QCOMPARE(bg::area(dd::grid::latticeUnion({ { 0, 0 }, { 0, 0 }, { 1, 0 } })), 2.0);
}

QTEST_GUILESS_MAIN(TestLatticeUnion)
#include "tst_latticeunion.moc"
