#include "runform.h"

#include "notelabel.h"
#include "numberbox.h"

#include "core/concurrencyscale.h"
#include "core/proxypolicy.h"
#include "core/savedflagindex.h"
#include "base/countrycodes.h"
#include "core/serverpreset.h"
#include "core/urltemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QHBoxLayout *rowLayout(QWidget *row)
{
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}


// Saving creates files (and QSaveFile's temporary ones) in the folder: that
// takes both write and search permission. QFileInfo asks access(), so root,
// who may write anywhere, and read-only file systems are both judged right.
bool canCreateFilesIn(const QFileInfo &folder)
{
    return folder.isWritable() && folder.isExecutable();
}

// A word quoted back in a message: a pasted paragraph must not fill the line.
QString shortened(const QString &typed)
{
    constexpr int longest = 12;
    return typed.size() <= longest ? typed : typed.left(longest - 1) + u'…';
}

} // namespace

QString RunForm::defaultDestination()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString base = downloads.isEmpty() ? QDir::homePath() : downloads;
    return QDir(base).filePath(u"qflags"_s);
}

RunForm::RunForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_layout = form;
    // The form lives in a side panel: a row too wide for it puts its field
    // under the label instead of widening the panel.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Labels with buddies, so each Alt+letter reaches its field.
    auto addRow = [this, form](const QString &text, QWidget *row, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, row);
    };
    // The notes under the fields span the panel's width: a narrow panel cuts
    // fewer of them. Each row is built before its buddy is read (argument
    // order is unspecified).
    QWidget *serverRow = buildServerRow();
    addRow(tr("&Server:"), serverRow, m_server);
    form->addRow(m_serverAddress);
    m_urlTemplate = new QLineEdit(this);
    m_urlTemplate->setObjectName(u"urlTemplate"_s);
    m_urlTemplate->setPlaceholderText(u"https://flagcdn.com/w320/{cc}.png"_s);
    m_urlTemplate->setToolTip(tr("Any server: {cc} is the lower-case country code, {CC} the upper-case one"));
    m_urlTemplate->setAccessibleName(tr("URL template"));
    addRow(tr("&URL template:"), m_urlTemplate, m_urlTemplate);
    m_templateStatus = new NoteLabel(u"templateStatus"_s, this);
    form->addRow(m_templateStatus);
    QWidget *builtInRow = buildBuiltInRow();
    addRow(tr("Built-in server:"), builtInRow, m_delayMin);
    QWidget *countriesRow = buildCountriesRow();
    addRow(tr("&Countries:"), countriesRow, m_codes);
    m_codesStatus = new NoteLabel(u"codesStatus"_s, this);
    form->addRow(m_codesStatus);
    addRow(tr("&Limit:"), m_limit, m_limit);
    QWidget *concurrencyRow = buildConcurrencyRow();
    addRow(tr("C&oncurrency:"), concurrencyRow, m_concurrencySlider);
    QWidget *destinationRow = buildDestinationRow();
    addRow(tr("Save &to:"), destinationRow, m_destination);
    m_destinationStatus = new NoteLabel(u"destinationStatus"_s, this);
    form->addRow(m_destinationStatus);
    m_conditionalGet = new QCheckBox(tr("&Keep unchanged flags"), this);
    m_conditionalGet->setObjectName(u"conditionalGet"_s);
    m_conditionalGet->setChecked(true);
    m_conditionalGet->setToolTip(tr("A flag an earlier run saved in this folder is asked for with its "
                                    "ETag and date (If-None-Match, If-Modified-Since): when the server "
                                    "answers 304 Not Modified, the file stays and is not downloaded again"));
    form->addRow(QString(), m_conditionalGet);
    connect(m_conditionalGet, &QCheckBox::toggled, this, &RunForm::revalidate);
    m_timeout = new DecimalBox(this);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(0.1, 3600);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(RunOptions::defaultTimeoutSeconds);
    m_timeout->setToolTip(tr("Give up on a request that receives nothing for this long while on the wire"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_retries = new IntegerBox(this);
    m_retries->setObjectName(u"retries"_s);
    m_retries->setRange(0, RunOptions::maxRetries);
    m_retries->setValue(RunOptions::defaultRetries);
    m_retries->setPrefix(tr("retry "));
    // "retry 1 time", "retry 2 times": the suffix follows the number.
    const auto retriesSuffix = [this](int retries) { m_retries->setSuffix(tr(" time(s)", nullptr, retries)); };
    connect(m_retries, &QSpinBox::valueChanged, this, retriesSuffix);
    retriesSuffix(m_retries->value());
    m_retries->setAccessibleName(tr("Retries"));
    m_retries->setToolTip(tr("Fresh requests after a failure that may pass: refused or reset "
                             "connections, timeouts, 408, 429, 500, 502, 503, 504"));
    auto *timeoutRow = new QWidget(this);
    auto *timeoutLayout = rowLayout(timeoutRow);
    timeoutLayout->addWidget(m_timeout, 1);
    timeoutLayout->addWidget(m_retries);
    addRow(tr("T&imeout:"), timeoutRow, m_timeout);
    m_numbersStatus = new NoteLabel(u"numbersStatus"_s, this);
    form->addRow(m_numbersStatus);
    m_proxy = new QLineEdit(this);
    m_proxy->setObjectName(u"proxy"_s);
    m_proxy->setClearButtonEnabled(true);
    m_proxy->setPlaceholderText(tr("as the environment says"));
    m_proxy->setToolTip(tr("Empty: the proxy that http_proxy, https_proxy and no_proxy name, else the "
                           "desktop's. \"none\": no proxy. Or one for this window: "
                           "http://[user:password@]host:port, or socks5://host:port. "
                           "A password is used, never shown, and not remembered."));
    m_proxy->setAccessibleName(tr("Proxy"));
    form->addRow(tr("Proxy:"), m_proxy);
    m_proxyStatus = new NoteLabel(u"proxyStatus"_s, this);
    form->addRow(m_proxyStatus);
    connect(m_proxy, &QLineEdit::textChanged, this, &RunForm::revalidate);
    form->addRow(tr("Names:"), buildNamesRow());

    // Browse too: a folder chosen during a run would change the field, not
    // where the run saves.
    m_lockedWhileRunning = {m_server, m_urlTemplate, m_builtInRow, m_codes, m_limit, m_destination,
                            m_browse, m_conditionalGet, m_strategy, m_proxy, m_timeout, m_retries, m_fetchNames, m_nameFiles};
    for (QWidget *row : findChildren<QPushButton *>(u"quickChoice"_s))
        m_lockedWhileRunning.append(row);

    connect(m_urlTemplate, &QLineEdit::textChanged, this, &RunForm::revalidate);
    connect(m_codes, &QLineEdit::textChanged, this, &RunForm::revalidate);
    connect(m_limit, &QSpinBox::valueChanged, this, &RunForm::revalidate);
    connect(m_destination, &QLineEdit::textChanged, this, &RunForm::revalidate);
    // A number box is checked as it is typed into, as the text fields are (its
    // own signals follow only its value); the timeout and the longest delay
    // also when they change, for the note on the two.
    for (QLineEdit *editor : {m_delayMin->editor(), m_delayMax->editor(), m_errorRate->editor(), m_limit->editor(),
                              m_concurrency->editor(), m_timeout->editor(), m_retries->editor()})
        connect(editor, &QLineEdit::textChanged, this, &RunForm::revalidate);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &RunForm::revalidate);
    connect(m_delayMax, &QDoubleSpinBox::valueChanged, this, &RunForm::revalidate);
    onServerChanged(0);
}

QWidget *RunForm::buildServerRow()
{
    auto *row = new QWidget(this);
    auto *layout = rowLayout(row);
    m_server = new QComboBox(row);
    m_server->setObjectName(u"server"_s);
    m_server->setAccessibleName(tr("Server"));
    m_server->addItem(tr("LOCAL — built-in server, fast"), u"LOCAL"_s);
    m_server->addItem(tr("DELAY — built-in server, slow answers"), u"DELAY"_s);
    m_server->addItem(tr("ERROR — built-in server, some 418 errors"), u"ERROR"_s);
    m_server->addItem(tr("REMOTE — fluentpython.com"), u"REMOTE"_s);
    m_server->addItem(tr("Custom URL template"), QString());
    // The panel is narrow: the list shows the whole names, the box what fits.
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_server->setMinimumContentsLength(16);
    m_serverAddress = new NoteLabel(u"serverAddress"_s, this);
    layout->addWidget(m_server, 1);
    connect(m_server, &QComboBox::currentIndexChanged, this, &RunForm::onServerChanged);
    return row;
}

QWidget *RunForm::buildBuiltInRow()
{
    m_builtInRow = new QWidget(this);
    auto *layout = new QVBoxLayout(m_builtInRow);
    layout->setContentsMargins(0, 0, 0, 0);
    auto makeSeconds = [this](const QString &name, const QString &accessibleName) {
        auto *box = new DecimalBox(m_builtInRow);
        box->setObjectName(name);
        box->setRange(0, 60);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" s"));
        box->setAccessibleName(accessibleName);
        // The two boxes push each other (min <= max, always). Typing 10 into
        // the longest delay must not pass through 1 and drag the shortest down.
        box->setKeyboardTracking(false);
        return box;
    };
    m_delayMin = makeSeconds(u"delayMin"_s, tr("Shortest delay"));
    m_delayMax = makeSeconds(u"delayMax"_s, tr("Longest delay"));
    m_errorRate = new IntegerBox(m_builtInRow);
    m_errorRate->setObjectName(u"errorRate"_s);
    m_errorRate->setRange(0, 100);
    m_errorRate->setSuffix(tr(" %"));
    m_errorRate->setAccessibleName(tr("Share of requests answered 418"));
    m_errorRate->setToolTip(tr("Share of requests the built-in server answers 418 I'm a teapot"));
    connect(m_delayMin, &QDoubleSpinBox::valueChanged, m_delayMax, [this](double min) {
        m_delayMax->setValue(std::max(min, m_delayMax->value()));
    });
    connect(m_delayMax, &QDoubleSpinBox::valueChanged, m_delayMin, [this](double max) {
        m_delayMin->setValue(std::min(max, m_delayMin->value()));
    });
    // Two short lines: the panel is narrow.
    auto *delays = new QHBoxLayout;
    delays->addWidget(new QLabel(tr("delay"), m_builtInRow));
    delays->addWidget(m_delayMin, 1);
    delays->addWidget(new QLabel(tr("to"), m_builtInRow));
    delays->addWidget(m_delayMax, 1);
    auto *errors = new QHBoxLayout;
    errors->addWidget(new QLabel(tr("errors"), m_builtInRow));
    errors->addWidget(m_errorRate, 1);
    errors->addWidget(new QLabel(tr("answered 418"), m_builtInRow), 1);
    layout->addLayout(delays);
    layout->addLayout(errors);
    return m_builtInRow;
}

QWidget *RunForm::buildCountriesRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_codes = new QLineEdit(row);
    m_codes->setObjectName(u"codes"_s);
    m_codes->setPlaceholderText(tr("empty: the 20 most populous"));
    m_codes->setToolTip(tr("Country codes or first letters, as on the command line: \"BR CN A\" "
                           "(A = AA to AZ), -a for all 194, -e for every code AA to ZZ; "
                           "empty for the 20 most populous"));
    m_codes->setAccessibleName(tr("Country codes"));
    layout->addWidget(m_codes);
    auto *quickChoices = new QHBoxLayout;
    layout->addLayout(quickChoices);
    const QList<QPair<QString, QString>> choices{
        {tr("Top 20"), QString()}, {tr("All 194"), u"-a"_s}, {tr("Every AA–ZZ"), u"-e"_s}};
    for (const auto &[label, text] : choices) {
        auto *button = new QPushButton(label, row);
        button->setObjectName(u"quickChoice"_s);
        connect(button, &QPushButton::clicked, m_codes, [this, text] { m_codes->setText(text); });
        quickChoices->addWidget(button);
    }
    m_limit = new IntegerBox(row);
    m_limit->setObjectName(u"limit"_s);
    m_limit->setRange(0, 676);
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setPrefix(tr("first "));
    m_limit->setAccessibleName(tr("Limit: only the first N codes"));
    m_limit->setToolTip(tr("Only the first N codes, after sorting"));
    return row;
}

QWidget *RunForm::buildDestinationRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_destination = new QLineEdit(defaultDestination(), row);
    m_destination->setObjectName(u"destination"_s);
    m_destination->setAccessibleName(tr("Destination folder"));
    m_browse = new QPushButton(tr("&Browse…"), row);
    m_browse->setObjectName(u"browse"_s);
    m_openFolder = new QPushButton(tr("Open fol&der"), row);
    m_openFolder->setObjectName(u"openFolder"_s);
    connect(m_browse, &QPushButton::clicked, this, &RunForm::chooseDestination);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { Q_EMIT openFolderRequested(m_destination->text().trimmed()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_browse);
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    layout->addWidget(m_destination);
    layout->addLayout(buttons);
    return row;
}

QWidget *RunForm::buildConcurrencyRow()
{
    auto *row = new QWidget(this);
    auto *layout = rowLayout(row);
    m_concurrencySlider = new QSlider(Qt::Horizontal, row);
    m_concurrencySlider->setObjectName(u"concurrencySlider"_s);
    m_concurrencySlider->setRange(0, ConcurrencyScale::positionCount() - 1);
    m_concurrencySlider->setAccessibleName(tr("Concurrency"));
    m_concurrencySlider->setToolTip(tr("Requests in flight at once: 1 to 30 step by step, then up to 1000"));
    m_concurrency = new IntegerBox(row);
    m_concurrency->setObjectName(u"concurrency"_s);
    m_concurrency->setRange(1, ConcurrencyScale::maxValue);
    m_concurrency->setAccessibleName(tr("Concurrency value"));
    m_concurrency->setSuffix(tr(" at once"));
    m_concurrency->setKeyboardTracking(false); // typing 500 must not pass through 5 and 50
    connect(m_concurrencySlider, &QSlider::valueChanged, m_concurrency, [this](int position) {
        m_concurrency->setValue(ConcurrencyScale::valueAt(position));
    });
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int value) {
        const QSignalBlocker blocker(m_concurrencySlider);
        m_concurrencySlider->setValue(ConcurrencyScale::positionOf(value));
        Q_EMIT concurrencyChanged(value);
    });
    m_concurrency->setValue(RunOptions::defaultMaxRequests);
    // Under the number it qualifies: 30 at once, on events or on threads.
    m_strategy = new QComboBox(row);
    m_strategy->setObjectName(u"strategy"_s);
    m_strategy->addItem(tr("on events"), NetworkStrategies::nameOf(NetworkStrategy::Events));
    m_strategy->addItem(tr("on threads"), NetworkStrategies::nameOf(NetworkStrategy::Threads));
    m_strategy->setItemData(0, tr("One event loop waits for every request (flags2_asyncio)"), Qt::ToolTipRole);
    m_strategy->setItemData(1, tr("Each request blocks a thread of its own, as many threads as the concurrency "
                                  "(flags2_threadpool)"),
                            Qt::ToolTipRole);
    m_strategy->setAccessibleName(tr("Strategy"));
    m_strategy->setToolTip(tr("How requests wait for their answers, the two ways of Fluent Python's flags2 "
                              "examples: on an event loop (asyncio), or each blocking a thread of a pool "
                              "(a thread pool), with as many threads as the concurrency"));
    // The slider keeps the row's width; the strategy goes on a line of its
    // own under it, as narrow as its words.
    auto *sliderLine = new QHBoxLayout;
    sliderLine->addWidget(m_concurrencySlider, 1);
    sliderLine->addWidget(m_concurrency);
    auto *strategyLine = new QHBoxLayout;
    strategyLine->addWidget(m_strategy);
    strategyLine->addStretch(1);
    auto *lines = new QVBoxLayout;
    lines->setContentsMargins(0, 0, 0, 0);
    lines->addLayout(sliderLine);
    lines->addLayout(strategyLine);
    layout->addLayout(lines, 1);
    return row;
}

void RunForm::onServerChanged(int index)
{
    const auto preset = ServerPreset::find(m_server->itemData(index).toString());
    const bool builtIn = preset && preset->builtIn;
    updateEnabledRows();
    if (builtIn) {
        m_delayMin->setValue(preset->delayMinSeconds);
        m_delayMax->setValue(preset->delayMaxSeconds);
        m_errorRate->setValue(qRound(preset->errorRate * 100));
    }
    showServerAddress(preset && !builtIn ? preset->urlTemplate : QString());
    revalidate();
}

QString RunForm::checkProxy()
{
    if (!m_proxy)
        return {}; // still being built
    const QString text = m_proxy->text().trimmed();
    if (text.isEmpty()) {
        m_proxyStatus->showNote(QString());
        return {};
    }
    QString reason;
    const std::optional<ProxyPolicy> policy = ProxyPolicy::fromOption(text, {}, &reason);
    if (!policy) {
        m_proxyStatus->showProblem(tr("Proxy: %1").arg(reason));
        return m_proxyStatus->text();
    }
    const QString name = ProxyPolicy::name(policy->proxyFor(QUrl(u"http://example.org/"_s)));
    m_proxyStatus->showNote(name.isEmpty() ? tr("No proxy, whatever the environment says")
                                           : tr("Every request goes through %1").arg(name));
    return {};
}

QString RunForm::checkNumbers()
{
    // A number out of its box's range stays as typed (NumberBox): say the range.
    QString problem;
    const auto check = [&problem](QAbstractSpinBox *box, const QString &range) {
        const bool right = box->hasAcceptableInput();
        box->setAccessibleDescription(right ? QString() : range);
        if (!right && problem.isEmpty())
            problem = range;
    };
    if (usesBuiltInServer()) {
        check(m_delayMin, tr("The shortest delay is %1 to %2 s").arg(m_delayMin->minimum()).arg(m_delayMin->maximum()));
        check(m_delayMax, tr("The longest delay is %1 to %2 s").arg(m_delayMax->minimum()).arg(m_delayMax->maximum()));
        check(m_errorRate, tr("The error rate is %1 to %2 %").arg(m_errorRate->minimum()).arg(m_errorRate->maximum()));
    }
    check(m_concurrency, tr("Concurrency is %1 to %2").arg(m_concurrency->minimum()).arg(m_concurrency->maximum()));
    check(m_timeout, tr("The timeout is %1 to %2 s").arg(m_timeout->minimum()).arg(m_timeout->maximum()));
    check(m_retries, tr("Retries are %1 to %2").arg(m_retries->minimum()).arg(m_retries->maximum()));
    if (!problem.isEmpty()) {
        m_numbersStatus->showProblem(problem);
    } else if (usesBuiltInServer() && m_delayMax->value() > m_timeout->value()) {
        // flags2's DELAY server is slower than its timeout on purpose: say so,
        // or the timeouts look like a broken server. (No quote of the
        // engine's message here: it has its own words, which change.)
        m_numbersStatus->showNote(tr("Answers can take up to %1 s, longer than the timeout: "
                                     "the slower requests will fail, on purpose.")
                                      .arg(m_delayMax->value()));
    } else {
        m_numbersStatus->showNote(QString());
    }
    return problem;
}

void RunForm::chooseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save flags to"),
                                                             m_destination->text());
    if (!folder.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(folder));
}

void RunForm::revalidate()
{
    // Every field is checked, so each shows its own line; Start names the first problem.
    const QString templateProblem = checkTemplate();
    const QString codesProblem = checkCodes();
    const QString destinationProblem = checkDestination();
    const QString numbersProblem = checkNumbers();
    const QString proxyProblem = checkProxy();
    QString problem = templateProblem;
    if (problem.isEmpty())
        problem = codesProblem;
    if (problem.isEmpty())
        problem = destinationProblem;
    if (problem.isEmpty())
        problem = numbersProblem;
    if (problem.isEmpty())
        problem = proxyProblem;
    if (problem != m_problem) {
        m_problem = problem;
        Q_EMIT problemChanged(m_problem);
    }
    Q_EMIT checked();
}

QString RunForm::checkTemplate()
{
    if (m_server->currentIndex() != customServerIndex)
        return {};
    QString problem;
    const auto urlTemplate = UrlTemplate::parse(m_urlTemplate->text().trimmed(), &problem);
    if (urlTemplate) {
        // What the template makes of a code, to check it by eye.
        m_templateStatus->showNote(tr("BR will be fetched from %1")
                                       .arg(urlTemplate->urlFor(u"BR"_s).toDisplayString()));
    } else {
        m_templateStatus->showProblem(problem);
    }
    m_urlTemplate->setAccessibleDescription(m_templateStatus->text());
    return problem;
}

QString RunForm::checkCodes()
{
    QString problem;
    CodeSelection selection = options().selection;
    // The form's own words, naming the word that is wrong; flags2's usage
    // message is for the command line.
    for (const QString &word : std::as_const(selection.arguments)) {
        if (!CountryCodes::isValidArgument(word)) {
            problem = tr("“%1” is not a country code: type two letters (BR), one letter "
                         "(B for BA to BZ), -a or -e")
                          .arg(shortened(word));
            break;
        }
    }
    // The limit's box is on this row: its range is said on this line.
    if (problem.isEmpty() && !m_limit->hasAcceptableInput())
        problem = tr("The limit is 1 to %1, or 0 for no limit").arg(m_limit->maximum());
    m_limit->setAccessibleDescription(m_limit->hasAcceptableInput() ? QString() : problem);
    const int limit = selection.limit;
    selection.limit = 0;
    const qsizetype available = problem.isEmpty() ? CountryCodes::expand(selection, &problem).size() : 0;
    m_codeCount = int(limit > 0 ? std::min<qsizetype>(limit, available) : available);
    if (!problem.isEmpty())
        m_codesStatus->showProblem(problem);
    else if (m_codeCount < available) // the limit cuts the list: say from what
        m_codesStatus->showNote(tr("The first %1 of %n flag(s) will be fetched", nullptr, int(available))
                                        .arg(m_codeCount));
    else
        m_codesStatus->showNote(tr("%n flag(s) will be fetched", nullptr, m_codeCount));
    m_codes->setAccessibleDescription(m_codesStatus->text());
    return problem;
}

QString RunForm::checkDestination()
{
    // Only stat() calls (QFileInfo) and the folder's small index of saved
    // flags: this runs on every keystroke.
    const QString path = m_destination->text().trimmed();
    const auto native = [](const QString &shown) { return QDir::toNativeSeparators(shown); };
    QString problem;
    QString note;
    if (m_activity == Activity::Sweep) {
        note = tr("The sweep saves into scratch folders; this one is not touched");
    } else if (m_running) {
        // Checked when the run started; now the field is locked and the folder fills.
        note = tr("Flags are saved here as they arrive");
    } else if (path.isEmpty()) {
        problem = tr("Choose a folder to save the flags in");
    } else if (QDir::isRelativePath(path)) {
        // A relative path would be relative to wherever a launcher happened to
        // start the window: refuse it, and offer the likeliest meaning.
        const QString home = QDir::homePath();
        const QString likely = path == u"~"_s || path.startsWith(u"~/"_s) ? home + path.mid(1)
                                                                         : QDir(home).filePath(path);
        problem = tr("Type the full path, such as %1").arg(native(QDir::cleanPath(likely)));
    } else if (const QFileInfo folder(path); folder.exists()) {
        if (!folder.isDir())
            problem = tr("This is a file, not a folder");
        else if (!canCreateFilesIn(folder))
            problem = tr("This folder is read-only for you: choose another one");
        else if (const qsizetype saved = m_conditionalGet && m_conditionalGet->isChecked()
                                             ? SavedFlagIndex::read(path).size() : 0)
            note = tr("%n flag(s) already here: downloaded again only if changed",
                      nullptr, int(saved));
        else
            note = tr("Flags already here are replaced when they arrive again");
    } else {
        // The engine creates the missing folders: the nearest part of the
        // path that exists must be a folder that takes new entries.
        QFileInfo existing(QDir::cleanPath(path));
        while (!existing.exists() && !existing.isSymLink() && !existing.isRoot())
            existing.setFile(existing.absolutePath());
        if (existing.isSymLink() && !existing.exists())
            problem = tr("Cannot create this folder: %1 is a broken link").arg(native(existing.filePath()));
        else if (!existing.isDir())
            problem = tr("Cannot create this folder: %1 is a file").arg(native(existing.filePath()));
        else if (!canCreateFilesIn(existing))
            problem = tr("Cannot create this folder: %1 is read-only for you").arg(native(existing.filePath()));
        else
            note = tr("This folder will be created");
    }
    if (problem.isEmpty())
        m_destinationStatus->showNote(note);
    else
        m_destinationStatus->showProblem(problem);
    m_destination->setAccessibleDescription(m_destinationStatus->text());
    // Opening a folder that is not there would silently do nothing. During a
    // run the folder is created as flags arrive.
    const bool exists = m_running || QFileInfo(path).isDir();
    m_openFolder->setEnabled(exists);
    m_openFolder->setToolTip(exists ? tr("Show the folder in your file manager")
                                    : tr("The folder does not exist yet"));
    return problem;
}

void RunForm::commitTypedValues()
{
    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>()) {
        if (box->hasAcceptableInput()) // else Qt would put the old value back without a word
            box->interpretText();
    }
}

bool RunForm::event(QEvent *event)
{
    // Back from the file manager: the folder may exist now, or have gone.
    // (The window passes WindowActivate on to its children; ActivationChange
    // only reaches the window itself.)
    if (event->type() == QEvent::WindowActivate && !m_running)
        revalidate();
    return QWidget::event(event);
}

QWidget *RunForm::buildNamesRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fetchNames = new QCheckBox(tr("Fetch country &names"), row);
    m_fetchNames->setObjectName(u"fetchNames"_s);
    m_fetchNames->setToolTip(tr("After each flag, ask the server for the country's name "
                                "({cc}/metadata.json, as flags3 does), under the same concurrency "
                                "limit. Without an answer, the system's name is shown."));
    m_nameFiles = new QCheckBox(tr("Name files b&y country"), row);
    m_nameFiles->setObjectName(u"nameFiles"_s);
    m_nameFiles->setToolTip(tr("Save \"Côte d'Ivoire.png\" instead of \"ci.png\". Names are made "
                               "safe for every file system; a name taken twice gets the code, "
                               "as in \"Congo (CD).png\"."));
    layout->addWidget(m_fetchNames);
    layout->addWidget(m_nameFiles);
    // Files named by country need the names.
    connect(m_nameFiles, &QCheckBox::toggled, this, [this](bool byName) {
        if (byName)
            m_fetchNames->setChecked(true);
        m_fetchNames->setEnabled(!m_running && !byName);
    });
    return row;
}

RunOptions RunForm::options() const
{
    RunOptions options;
    options.selection = CountryCodes::selectionFromText(m_codes->text());
    options.selection.limit = m_limit->value();
    const QString label = m_server->currentData().toString();
    options.serverLabel = label.isEmpty() ? u"LOCAL"_s : label;
    if (label.isEmpty())
        options.urlTemplate = m_urlTemplate->text().trimmed();
    options.maxRequests = m_concurrency->value();
    options.timeoutSeconds = m_timeout->value();
    options.retries = m_retries->value();
    options.destination = m_destination->text().trimmed();
    options.fileNaming = m_nameFiles->isChecked() ? FileNaming::ByCountryName : FileNaming::ByCode;
    options.fetchNames = m_fetchNames->isChecked() || m_nameFiles->isChecked();
    options.conditionalGet = m_conditionalGet->isChecked();
    options.strategies = {NetworkStrategies::fromName(m_strategy->currentData().toString())
                              .value_or(NetworkStrategy::Events)};
    options.minimumSpeed = m_minimumSpeed;
    options.proxy = m_proxy->text().trimmed();
    options.caCertificates = m_caCertificates;
    return options;
}

void RunForm::setOptions(const RunOptions &options)
{
    if (!options.urlTemplate.isEmpty()) {
        m_server->setCurrentIndex(customServerIndex);
        m_urlTemplate->setText(options.urlTemplate);
    } else {
        const int index = m_server->findData(options.serverLabel);
        m_server->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_codes->setText(CountryCodes::selectionToText(options.selection));
    m_limit->setValue(options.selection.limit);
    m_concurrency->setValue(options.maxRequests);
    m_timeout->setValue(options.timeoutSeconds);
    m_retries->setValue(options.retries);
    m_destination->setText(options.destination);
    m_nameFiles->setChecked(options.fileNaming == FileNaming::ByCountryName);
    m_fetchNames->setChecked(options.fetchNames || options.fileNaming == FileNaming::ByCountryName);
    m_conditionalGet->setChecked(options.conditionalGet);
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(NetworkStrategies::nameOf(options.strategy()))));
    m_minimumSpeed = options.minimumSpeed;
    m_proxy->setText(options.proxy);
    m_caCertificates = options.caCertificates;
    revalidate();
}

void RunForm::showServerAddress(const QString &address)
{
    // No empty line under the server while its address is unknown.
    m_serverAddress->showNote(address);
    m_layout->setRowVisible(m_serverAddress, !address.isEmpty());
}

double RunForm::delayMinSeconds() const { return m_delayMin->value(); }
double RunForm::delayMaxSeconds() const { return m_delayMax->value(); }
double RunForm::errorRate() const { return m_errorRate->value() / 100.0; }
int RunForm::concurrency() const { return m_concurrency->value(); }

void RunForm::setConcurrency(int concurrency) { m_concurrency->setValue(concurrency); }

bool RunForm::usesBuiltInServer() const
{
    const auto preset = ServerPreset::find(m_server->currentData().toString());
    return preset && preset->builtIn;
}

void RunForm::setServerAddress(const QString &address)
{
    showServerAddress(address);
}

void RunForm::setActivity(Activity activity)
{
    m_activity = activity;
    m_running = activity != Activity::Idle;
    for (QWidget *widget : std::as_const(m_lockedWhileRunning))
        widget->setEnabled(!m_running);
    m_concurrencySlider->setEnabled(activity != Activity::Sweep);
    m_concurrency->setEnabled(activity != Activity::Sweep);
    updateEnabledRows();
    revalidate(); // the run may have created the folder
}

void RunForm::updateEnabledRows()
{
    // Only the rows that apply to the chosen server are shown.
    const bool custom = m_server->currentIndex() == customServerIndex;
    m_layout->setRowVisible(m_urlTemplate, custom);
    m_layout->setRowVisible(m_templateStatus, custom);
    m_layout->setRowVisible(m_builtInRow, usesBuiltInServer());
    m_urlTemplate->setEnabled(!m_running && custom);
    m_fetchNames->setEnabled(!m_running && !m_nameFiles->isChecked());
    m_builtInRow->setEnabled(!m_running && usesBuiltInServer());
}

void RunForm::saveSettings(QSettings &settings) const
{
    const RunOptions current = options();
    settings.setValue(u"run/server"_s, m_server->currentData().toString());
    settings.setValue(u"run/urlTemplate"_s, m_urlTemplate->text());
    settings.setValue(u"run/codes"_s, m_codes->text());
    settings.setValue(u"run/limit"_s, current.selection.limit);
    settings.setValue(u"run/concurrency"_s, current.maxRequests);
    settings.setValue(u"run/timeout"_s, current.timeoutSeconds);
    settings.setValue(u"run/retries"_s, current.retries);
    settings.setValue(u"run/destination"_s, current.destination);
    settings.setValue(u"run/fetchNames"_s, current.fetchNames);
    settings.setValue(u"run/nameFiles"_s, current.fileNaming == FileNaming::ByCountryName);
    settings.setValue(u"run/conditionalGet"_s, current.conditionalGet);
    settings.setValue(u"run/strategy"_s, NetworkStrategies::nameOf(current.strategy()));
    // Without its password, which is used but never written anywhere.
    settings.setValue(u"run/proxy"_s, ProxyPolicy::withoutPassword(current.proxy));
    settings.setValue(u"server/delayMin"_s, delayMinSeconds());
    settings.setValue(u"server/delayMax"_s, delayMaxSeconds());
    settings.setValue(u"server/errorRate"_s, m_errorRate->value());
}

void RunForm::restoreSettings(const QSettings &settings)
{
    const int index = m_server->findData(settings.value(u"run/server"_s, u"LOCAL"_s).toString());
    m_server->setCurrentIndex(index < 0 ? 0 : index);
    m_urlTemplate->setText(settings.value(u"run/urlTemplate"_s).toString());
    m_codes->setText(settings.value(u"run/codes"_s).toString());
    m_limit->setValue(settings.value(u"run/limit"_s, 0).toInt());
    m_concurrency->setValue(settings.value(u"run/concurrency"_s, RunOptions::defaultMaxRequests).toInt());
    m_timeout->setValue(settings.value(u"run/timeout"_s, RunOptions::defaultTimeoutSeconds).toDouble());
    m_retries->setValue(settings.value(u"run/retries"_s, RunOptions::defaultRetries).toInt());
    m_destination->setText(settings.value(u"run/destination"_s, defaultDestination()).toString());
    m_fetchNames->setChecked(settings.value(u"run/fetchNames"_s, false).toBool());
    m_nameFiles->setChecked(settings.value(u"run/nameFiles"_s, false).toBool());
    m_conditionalGet->setChecked(settings.value(u"run/conditionalGet"_s, true).toBool());
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(settings.value(u"run/strategy"_s).toString())));
    m_proxy->setText(settings.value(u"run/proxy"_s).toString());
    if (usesBuiltInServer() && settings.contains(u"server/delayMin"_s)) {
        m_delayMax->setValue(settings.value(u"server/delayMax"_s).toDouble());
        m_delayMin->setValue(settings.value(u"server/delayMin"_s).toDouble());
        m_errorRate->setValue(settings.value(u"server/errorRate"_s).toInt());
    }
    revalidate();
}
