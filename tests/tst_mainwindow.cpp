// The window on the offscreen platform, driven as a user would: fill the
// form, click, wait, and read what the views show.

#include "mainwindow.h"
#include "runform.h"

#include "core/processresources.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void runFillsTheGridTheErrorsAndTheSummary();
    void sliderChangesTheLimitDuringARunAndCancelLeavesWholeFiles();
    void retryFailedRequeuesExactlyTheFailedCodes();
    void invalidInputDisablesStartWithTheReason();
    void settingsAreRemembered();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    void fillForm(const QString &server, const QString &codes, int concurrency);
    RunSummary clickAndWait(const QString &button);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_destination;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    ProcessResources::raiseOpenFileLimit();
    // Never touch the user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"qflags-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    // Objects created on one thread with a parent on another: a threading bug.
    QTest::failOnWarning(QRegularExpression(u"Cannot create children|different thread"_s));
    QSettings().clear();
    m_destination.remove();
    m_destination = QTemporaryDir();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::fillForm(const QString &server, const QString &codes, int concurrency)
{
    auto *servers = child<QComboBox>(u"server"_s);
    servers->setCurrentIndex(servers->findData(server));
    child<QLineEdit>(u"codes"_s)->setText(codes);
    child<QLineEdit>(u"destination"_s)->setText(m_destination.path());
    child<QSpinBox>(u"concurrency"_s)->setValue(concurrency);
}

RunSummary TestMainWindow::clickAndWait(const QString &button)
{
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<RunSummary>();
}

void TestMainWindow::runFillsTheGridTheErrorsAndTheSummary()
{
    fillForm(u"ERROR"_s, u"A B C"_s, 100);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    child<QSpinBox>(u"errorRate"_s)->setValue(30);
    QVERIFY(child<QPushButton>(u"start"_s)->isEnabled());

    const RunSummary summary = clickAndWait(u"start"_s);
    QCOMPARE(summary.total, 78);
    QVERIFY(summary.ok > 0);
    QVERIFY2(summary.errors > 0, "a 30 % error rate gave no errors");
    QCOMPARE(summary.done(), 78);

    QCOMPARE(child<QListView>(u"flagGrid"_s)->model()->rowCount(), summary.ok);
    QAbstractItemModel *errors = child<QTableView>(u"errorList"_s)->model();
    QCOMPARE(errors->rowCount(), summary.errors);
    int teapots = 0;
    for (int row = 0; row < errors->rowCount(); ++row)
        teapots += errors->index(row, 1).data().toString() == u"HTTP error 418 - I'm a teapot"_s;
    QVERIFY(teapots > 0);
    auto *progress = child<QProgressBar>(u"progress"_s);
    QCOMPARE(progress->maximum(), 78);
    QCOMPARE(progress->value(), 78);
    const QString text = child<QLabel>(u"summary"_s)->text();
    QVERIFY2(text.contains(u"%1 flags downloaded."_s.arg(summary.ok)), qPrintable(text));
    QVERIFY2(text.contains(u"%1 errors."_s.arg(summary.errors)), qPrintable(text));
    QVERIFY(text.contains(u"Elapsed time:"_s));
    QVERIFY(child<QPushButton>(u"start"_s)->isEnabled());
    QCOMPARE(QDir(m_destination.path()).entryList(QDir::Files).size(), summary.ok);
}

void TestMainWindow::sliderChangesTheLimitDuringARunAndCancelLeavesWholeFiles()
{
    fillForm(u"DELAY"_s, u"-e"_s, 5);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0.5);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0.5);
    QTest::mouseClick(child<QPushButton>(u"start"_s), Qt::LeftButton);
    BackgroundEngine *engine = m_window->engine();
    QVERIFY(engine->isRunning());
    QTRY_COMPARE(engine->inFlight(), 5);
    QVERIFY(!child<QPushButton>(u"start"_s)->isEnabled());

    auto *slider = child<QSlider>(u"concurrencySlider"_s);
    slider->setValue(slider->value() + 10); // 15 on the linear part of the scale
    QCOMPARE(child<QSpinBox>(u"concurrency"_s)->value(), 15);
    QCOMPARE(engine->maxConcurrent(), 15);
    QTRY_COMPARE(engine->inFlight(), 15);

    QTRY_VERIFY_WITH_TIMEOUT(child<QListView>(u"flagGrid"_s)->model()->rowCount() > 0, 10000);
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(finished.wait(10000));
    const RunSummary summary = finished.first().first().value<RunSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(child<QPushButton>(u"start"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"cancel"_s)->isEnabled());

    const QStringList files = QDir(m_destination.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), summary.ok);
    for (const QString &file : files)
        QVERIFY2(!QImage(m_destination.filePath(file)).isNull(), qPrintable(file));
}

void TestMainWindow::retryFailedRequeuesExactlyTheFailedCodes()
{
    fillForm(u"ERROR"_s, u"B"_s, 30);
    child<QDoubleSpinBox>(u"delayMax"_s)->setValue(0);
    child<QDoubleSpinBox>(u"delayMin"_s)->setValue(0);
    child<QSpinBox>(u"errorRate"_s)->setValue(50);
    const RunSummary first = clickAndWait(u"start"_s);
    QVERIFY(first.errors > 0);
    QAbstractItemModel *errors = child<QTableView>(u"errorList"_s)->model();
    QSet<QString> failed;
    for (int row = 0; row < errors->rowCount(); ++row)
        failed.insert(errors->index(row, 0).data().toString());
    QCOMPARE(failed.size(), first.errors);

    child<QSpinBox>(u"errorRate"_s)->setValue(0);
    QSet<QString> retried;
    connect(m_window->engine(), &BackgroundEngine::requestStarted, this,
            [&retried](const QString &code) { retried.insert(code); });
    const RunSummary second = clickAndWait(u"retry"_s);
    QCOMPARE(retried, failed);
    QCOMPARE(second.total, first.errors);
    QCOMPARE(second.errors, 0);
    QCOMPARE(second.ok + second.notFound, first.errors); // the set lacks a few B codes
    QCOMPARE(errors->rowCount(), 0);
    // A retry adds to the grid: the flags of both runs are there.
    QCOMPARE(child<QListView>(u"flagGrid"_s)->model()->rowCount(), first.ok + second.ok);
    QVERIFY(!child<QPushButton>(u"retry"_s)->isEnabled());
}

void TestMainWindow::invalidInputDisablesStartWithTheReason()
{
    auto *start = child<QPushButton>(u"start"_s);
    auto *servers = child<QComboBox>(u"server"_s);
    servers->setCurrentIndex(RunForm::customServerIndex);
    auto *urlTemplate = child<QLineEdit>(u"urlTemplate"_s);
    QVERIFY(urlTemplate->isEnabled());
    QTest::keyClicks(urlTemplate, u"http://example.org/flag.png"_s);
    QVERIFY(!start->isEnabled());
    auto *problem = child<QLabel>(u"templateProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"{cc}"_s), qPrintable(problem->text()));

    urlTemplate->setText(u"ftp://example.org/{cc}.png"_s);
    QVERIFY(!start->isEnabled());
    QVERIFY(problem->text().contains(u"http:// or https://"_s));

    urlTemplate->setText(u"http://127.0.0.1:1/{cc}.png"_s);
    QVERIFY(start->isEnabled());
    QVERIFY(problem->text().isEmpty());

    child<QLineEdit>(u"codes"_s)->setText(u"BR XYZ"_s);
    QVERIFY(!start->isEnabled());
    QVERIFY(child<QLabel>(u"codesStatus"_s)->text().contains(u"each CC argument must be A to Z or AA to ZZ"_s));
    child<QLineEdit>(u"codes"_s)->setText(u"BR X"_s);
    QVERIFY(start->isEnabled());
    QCOMPARE(child<QLabel>(u"codesStatus"_s)->text(), u"27 flags will be fetched"_s);
}

void TestMainWindow::settingsAreRemembered()
{
    fillForm(u"DELAY"_s, u"BR CN"_s, 42);
    child<QSpinBox>(u"limit"_s)->setValue(1);
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    const RunOptions options = m_window->form()->options();
    QCOMPARE(options.serverLabel, u"DELAY"_s);
    QCOMPARE(options.selection.arguments, (QStringList{u"BR"_s, u"CN"_s}));
    QCOMPARE(options.selection.limit, 1);
    QCOMPARE(options.maxRequests, 42);
    QCOMPARE(options.destination, m_destination.path());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
