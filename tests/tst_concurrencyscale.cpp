#include "core/concurrencyscale.h"

#include <QtTest>

class TestConcurrencyScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneToThirtyAreStepsOfOne();
    void reachesAThousandAndRisesAllTheWay();
    void findsThePositionOfAValue();
};

void TestConcurrencyScale::oneToThirtyAreStepsOfOne()
{
    for (int value = 1; value <= 30; ++value) {
        QCOMPARE(ConcurrencyScale::valueAt(value - 1), value);
        QCOMPARE(ConcurrencyScale::positionOf(value), value - 1);
    }
}

void TestConcurrencyScale::reachesAThousandAndRisesAllTheWay()
{
    const int last = ConcurrencyScale::positionCount() - 1;
    QCOMPARE(ConcurrencyScale::valueAt(last), 1000);
    QCOMPARE(ConcurrencyScale::valueAt(last + 5), 1000); // clamped
    QCOMPARE(ConcurrencyScale::valueAt(-3), 1);
    for (int position = 1; position <= last; ++position)
        QVERIFY2(ConcurrencyScale::valueAt(position) > ConcurrencyScale::valueAt(position - 1),
                 qPrintable(QString::number(position)));
    // Most of the slider is not spent on the hundreds.
    QVERIFY(ConcurrencyScale::positionOf(100) < last * 3 / 4);
}

void TestConcurrencyScale::findsThePositionOfAValue()
{
    for (int position = 0; position < ConcurrencyScale::positionCount(); ++position)
        QCOMPARE(ConcurrencyScale::positionOf(ConcurrencyScale::valueAt(position)), position);
    // A value between two positions goes to the nearer one.
    const int position = ConcurrencyScale::positionOf(100);
    QVERIFY(std::abs(ConcurrencyScale::valueAt(position) - 100) <= 5);
    QCOMPARE(ConcurrencyScale::positionOf(5000), ConcurrencyScale::positionCount() - 1);
}

QTEST_APPLESS_MAIN(TestConcurrencyScale)
#include "tst_concurrencyscale.moc"
