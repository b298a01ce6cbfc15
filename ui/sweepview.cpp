#include "sweepview.h"

#include "notelabel.h"
#include "savefiledialog.h"
#include "sweepchartwidget.h"
#include "sweeptablemodel.h"

#include "base/formatting.h"
#include "core/concurrencysweep.h"
#include "core/sweeplevels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

SweepView::SweepView(RunController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);

    auto *controls = new QHBoxLayout;
    auto *label = new QLabel(tr("L&evels:"), this);
    m_levels = new QLineEdit(SweepLevels::defaultText(), this);
    m_levels->setObjectName(u"sweepLevels"_s);
    m_levels->setAccessibleName(tr("Concurrency levels"));
    m_levels->setToolTip(tr("Concurrency levels from 1 to 1000, separated by commas: each is a whole run "
                            "of the form's countries from its server, into a scratch folder"));
    label->setBuddy(m_levels);
    m_run = new QPushButton(tr("Run swee&p"), this);
    m_run->setObjectName(u"runSweep"_s);
    // No Alt+key of its own: the window's Cancel, above the tabs, does the same (and Esc).
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelSweep"_s);
    m_cancel->setToolTip(tr("Stop the sweep: the level on the wire is aborted, no other runs (Esc)"));
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"sweepProgress"_s);
    m_progress->setAccessibleName(tr("Sweep progress"));
    m_save = new QPushButton(tr("Export PN&G…"), this);
    m_save->setObjectName(u"saveSweepPng"_s);
    m_save->setToolTip(tr("Save the chart as a PNG image"));
    m_bothStrategies = new QCheckBox(tr("Events and threads"), this);
    m_bothStrategies->setObjectName(u"sweepBothStrategies"_s);
    m_bothStrategies->setToolTip(tr("Run each level twice, on one event loop and with a thread per request, "
                                    "and draw a line for each; the table gives each run's peak threads and "
                                    "memory. Off: the form's strategy alone."));
    controls->addWidget(label);
    controls->addWidget(m_levels, 1);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addWidget(m_save);
    layout->addLayout(controls);

    // Its own line: the row above is as wide as a netbook's half screen allows.
    layout->addWidget(m_bothStrategies);
    m_levelsNote = new NoteLabel(u"sweepLevelsNote"_s, this);
    layout->addWidget(m_levelsNote);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setWordWrap(true); // a long line takes two, never a wider window
    layout->addWidget(m_progress);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"sweepSplitter"_s);
    m_chart = new SweepChartWidget(splitter);
    m_chart->setObjectName(u"sweepChart"_s);
    m_model = new SweepTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"sweepTable"_s);
    m_table->setAccessibleName(tr("Sweep results"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    // Columns as wide as their widest value can be ("1000", "338.00"), so
    // they never elide; the chart takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < SweepTableModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        // The widest value each column can hold.
        QString widest = u"000.00"_s;
        switch (column) {
        case SweepTableModel::StrategyColumn: widest = tr("threads"); break;
        case SweepTableModel::LevelColumn:
        case SweepTableModel::OkColumn:
        case SweepTableModel::NotFoundColumn:
        case SweepTableModel::ErrorsColumn:
        case SweepTableModel::ThreadsColumn: widest = u"1000"_s; break;
        default: break;
        }
        const int columnWidth = std::max(metrics.horizontalAdvance(header), metrics.horizontalAdvance(widest))
                                + 2 * metrics.averageCharWidth();
        m_table->setColumnWidth(column, columnWidth);
        width += columnWidth;
    }
    // Narrower, it scrolls sideways: a small screen keeps room for the chart.
    m_table->setMinimumWidth(width / 5);
    m_table->setMaximumWidth(width);
    // Shown, the table gets its columns up to the memory's (the counts
    // scroll into view) and the chart the rest: showEvent().
    m_tableWidth = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column <= SweepTableModel::MemoryColumn; ++column)
        m_tableWidth += m_table->columnWidth(column);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);

    connect(m_levels, &QLineEdit::textChanged, this, &SweepView::checkLevels);
    connect(m_bothStrategies, &QCheckBox::toggled, this, &SweepView::checkLevels);
    connect(m_levels, &QLineEdit::returnPressed, m_run, &QPushButton::click);
    connect(m_run, &QPushButton::clicked, this, &SweepView::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SweepView::cancel);
    connect(m_save, &QPushButton::clicked, this, &SweepView::chooseAndSavePng);
    connect(&m_controller, &RunController::sweepProgressChanged, this, &SweepView::onProgress);
    connect(&m_controller, &RunController::sweepPointMeasured, this, &SweepView::onPoint);
    connect(&m_controller, &RunController::sweepFinished, this, &SweepView::onFinished);

    m_progress->setText(tr("Each level runs the form's countries from its server once, into a scratch folder "
                           "(the Save to folder is not touched)."));
    checkLevels();
}

std::optional<QList<int>> SweepView::levels() const
{
    QString error;
    return SweepLevels::parse(m_levels->text(), &error);
}

void SweepView::setLevelsText(const QString &text)
{
    m_levels->setText(text);
    checkLevels();
}

void SweepView::checkLevels()
{
    QString error;
    const auto levels = SweepLevels::parse(m_levels->text(), &error);
    if (levels) {
        const QString runs = strategyCount() > 1
            ? tr("%n run(s), one at each level with each strategy", nullptr, int(levels->size()) * 2)
            : tr("%n run(s), one at each level", nullptr, int(levels->size()));
        const qint64 estimate = estimatedMs();
        if (m_planJobs <= 0)
            m_levelsNote->showNote(runs);
        else if (estimate > 0)
            m_levelsNote->showNote(tr("%1, of %n flag(s) each: at least %2 at the server's delay", nullptr, m_planJobs)
                                       .arg(runs, Formatting::duration(estimate)));
        else
            m_levelsNote->showNote(tr("%1, of %n flag(s) each: how long depends on the server", nullptr, m_planJobs)
                                       .arg(runs));
    } else {
        m_levelsNote->showProblem(error);
    }
    showPlan();
    updateButtons();
}

void SweepView::setPlan(int jobs, qint64 requestMs, const QString &title)
{
    if (jobs == m_planJobs && requestMs == m_planRequestMs && title == m_planTitle)
        return;
    m_planJobs = jobs;
    m_planRequestMs = requestMs;
    m_planTitle = title;
    checkLevels();
}

qint64 SweepView::estimatedMs() const
{
    const auto planned = levels();
    if (!planned || m_planRequestMs <= 0)
        return 0;
    return strategyCount() * ConcurrencySweep::idealMs(m_planJobs, *planned, m_planRequestMs);
}

void SweepView::showPlan()
{
    // A sweep's own chart stays until the next sweep starts.
    if (isRunning() || !m_model->points().isEmpty())
        return;
    SweepChartData data;
    data.title = m_planTitle;
    data.levels = levels().value_or(QList<int>{});
    data.jobs = m_planJobs;
    data.requestMs = m_planRequestMs;
    m_chart->setData(data);
}

void SweepView::setRunAllowed(bool allowed, const QString &reason)
{
    m_runAllowed = allowed;
    m_notAllowedReason = reason;
    updateButtons();
}

void SweepView::updateButtons()
{
    const bool running = isRunning();
    const bool levelsRight = !m_levelsNote->showsProblem();
    m_run->setEnabled(!running && m_runAllowed && levelsRight);
    m_run->setToolTip(!levelsRight ? m_levelsNote->text()
                      : !m_runAllowed ? m_notAllowedReason
                                      : tr("Run the form's countries once at each level"));
    m_cancel->setEnabled(running);
    m_levels->setReadOnly(running);
    m_bothStrategies->setEnabled(!running);
    m_save->setEnabled(!m_model->points().isEmpty());
}

bool SweepView::start(SweepPlan plan, const QString &title)
{
    const auto typed = levels();
    if (!typed)
        return false;
    plan.levels = *typed;
    if (m_bothStrategies->isChecked())
        plan.strategies = {NetworkStrategy::Events, NetworkStrategy::Threads};
    if (!m_controller.startSweep(plan))
        return false;
    m_running = ConcurrencySweep::steps(plan);
    m_model->clear();
    SweepChartData data;
    data.title = title;
    data.levels = plan.levels;
    data.jobs = int(plan.jobs.size());
    data.requestMs = qRound64(plan.serverDelaySeconds * 1000.0);
    m_chart->setData(data);
    onProgress(0, int(m_running.size()), 0, data.jobs);
    updateButtons();
    Q_EMIT runningChanged(true);
    return true;
}

void SweepView::cancel()
{
    if (isRunning())
        m_controller.cancel();
}

void SweepView::onProgress(int levelIndex, int levelCount, int done, int total)
{
    const SweepStep step = m_running.value(levelIndex);
    const QString level = strategyCount() > 1 ? tr("%1 with %2")
                                                    .arg(step.level)
                                                    .arg(step.strategy == NetworkStrategy::Threads ? tr("threads")
                                                                                                  : tr("events"))
                                              : QString::number(step.level);
    const QString text = tr("Level %1 (%2 of %3): %4 of %5 flags")
                             .arg(level)
                             .arg(levelIndex + 1)
                             .arg(levelCount)
                             .arg(done)
                             .arg(total);
    m_progress->setText(text);
    Q_EMIT progressChanged(levelIndex * total + done, levelCount * total, text);
}

void SweepView::onPoint(const SweepPoint &point)
{
    m_model->append(point);
    SweepChartData data = m_chart->chart().data();
    data.points.append(point);
    m_chart->setData(data);
    updateButtons();
}

QString SweepView::speedUpText() const
{
    const QList<SweepPoint> points = m_model->points();
    if (points.size() < 2)
        return {};
    // Within one strategy: the first's lowest level against its highest.
    const SweepPoint &first = points.constFirst();
    const auto lastOfFirst = std::find_if(points.crbegin(), points.crend(), [&](const SweepPoint &point) {
        return point.strategy == first.strategy;
    });
    const SweepPoint &last = *lastOfFirst;
    if (&last == &first)
        return {};
    if (last.run.elapsedMs <= 0 || last.idealMs <= 0)
        return {};
    return tr("C = %1 took %2 s, C = %3 took %4 s: %5 times as fast, where the ideal is %6 times.")
        .arg(first.level)
        .arg(first.elapsedSeconds(), 0, 'f', 2)
        .arg(last.level)
        .arg(last.elapsedSeconds(), 0, 'f', 2)
        .arg(double(first.run.elapsedMs) / last.run.elapsedMs, 0, 'f', 1)
        .arg(double(first.idealMs) / last.idealMs, 0, 'f', 1);
}

void SweepView::onFinished(bool cancelled, const QString &error)
{
    const int measured = m_model->rowCount();
    QString text;
    if (!error.isEmpty())
        text = error;
    else if (cancelled)
        text = tr("Cancelled after %1 of %n run(s).", nullptr, int(m_running.size())).arg(measured);
    else
        text = tr("Done: %n run(s).", nullptr, measured);
    const QString speedUp = speedUpText();
    m_progress->setText(speedUp.isEmpty() ? text : text + u"  "_s + speedUp);
    updateButtons();
    Q_EMIT runningChanged(false);
    Q_EMIT sweepFinished(cancelled);
}

bool SweepView::savePng(const QString &path, QString *error) const
{
    return m_chart->chart().savePng(path, error);
}

void SweepView::chooseAndSavePng()
{
    const QString path = SaveFileDialog::ask(this, u"sweep"_s, tr("Save the sweep chart"),
                                             u"qflags-sweep.png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QString error; !savePng(path, &error))
        QMessageBox::warning(this, tr("Chart not saved"), error);
}

void SweepView::saveSettings(QSettings &settings) const
{
    settings.setValue(u"sweep/levels"_s, m_levels->text());
    settings.setValue(u"sweep/bothStrategies"_s, m_bothStrategies->isChecked());
}

void SweepView::setComparesStrategies(bool both)
{
    m_bothStrategies->setChecked(both);
}

void SweepView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitSet)
        return;
    m_splitSet = true;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int table = std::min(m_tableWidth, total / 2);
    m_splitter->setSizes({total - table, table});
}

int SweepView::highestLevel() const
{
    const QList<int> typed = levels().value_or(QList<int>{});
    return typed.isEmpty() ? 0 : *std::max_element(typed.cbegin(), typed.cend());
}

int SweepView::strategyCount() const
{
    return m_bothStrategies->isChecked() ? 2 : 1;
}

void SweepView::restoreSettings(const QSettings &settings)
{
    m_bothStrategies->setChecked(settings.value(u"sweep/bothStrategies"_s, false).toBool());
    m_levels->setText(settings.value(u"sweep/levels"_s, SweepLevels::defaultText()).toString());
}
