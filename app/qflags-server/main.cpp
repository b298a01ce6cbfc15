#include "base/translations.h"
#include "base/processresources.h"
#include "server/contentsource.h"
#include "server/faultplan.h"
#include "server/flagserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this program's messages.
class ServerMain final
{
    Q_DECLARE_TR_FUNCTIONS(ServerMain)
};

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

[[noreturn]] void usageError(const QString &message)
{
    printLine(stderr, u"qflags-server: "_s + message);
    std::exit(2);
}

// SIGINT and SIGTERM end the event loop, so the server is destroyed and its
// sockets closed normally. A signal handler may only write(): a socket pair
// turns the signal into something the event loop can read.
int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalFds[0], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        return; // the default action still ends the process
    auto *notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action{};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

std::optional<double> parseSeconds(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0 && value <= 24 * 3600))
        return std::nullopt;
    return value;
}

// The command line: its options, and the server configuration they make.
class CommandLine final
{
public:
    CommandLine()
    {
        m_parser.setApplicationDescription(ServerMain::tr(
            "Serves country flags over HTTP, slowly or unreliably on request, "
            "for qflags and the flags2 examples."));
        m_parser.addHelpOption();
        m_parser.addVersionOption();
        m_parser.addOptions({m_root, m_delay, m_errorRate, m_fault, m_port, m_bind, m_seed, m_verbose});
    }

    // Exits with a one-line message and status 2 on a bad command line.
    FlagServerConfig parse(const QStringList &arguments)
    {
        if (!m_parser.parse(arguments))
            usageError(m_parser.errorText());
        if (m_parser.isSet(u"help"_s))
            m_parser.showHelp(0);
        if (m_parser.isSet(u"version"_s))
            m_parser.showVersion();
        if (!m_parser.positionalArguments().isEmpty()) {
            usageError(ServerMain::tr("unexpected argument: %1")
                           .arg(m_parser.positionalArguments().constFirst()));
        }

        FlagServerConfig config;
        config.port = 8001;
        config.verbose = m_parser.isSet(m_verbose);
        if (m_parser.isSet(m_root)) {
            config.rootDir = m_parser.value(m_root);
            if (!QFileInfo(config.rootDir).isDir())
                usageError(ServerMain::tr("--root must be a directory: %1").arg(config.rootDir));
        }
        if (m_parser.isSet(m_delay)) {
            const QStringList parts = m_parser.value(m_delay).split(u':');
            const auto min = parseSeconds(parts.constFirst());
            const auto max = parts.size() == 2 ? parseSeconds(parts.constLast()) : min;
            if (parts.size() > 2 || !min || !max || *min > *max) {
                usageError(ServerMain::tr(
                    "--delay must be SECONDS or MIN:MAX with 0 <= MIN <= MAX"));
            }
            config.delayMinSeconds = *min;
            config.delayMaxSeconds = *max;
        }
        if (m_parser.isSet(m_errorRate)) {
            bool ok = false;
            config.errorRate = m_parser.value(m_errorRate).toDouble(&ok);
            if (!ok || !(config.errorRate >= 0 && config.errorRate <= 1))
                usageError(ServerMain::tr("--error-rate must be a number from 0 to 1"));
        }
        for (const QString &text : m_parser.values(m_fault)) {
            QString error;
            const std::optional<FaultRule> rule = FaultPlan::parse(text, &error);
            if (!rule)
                usageError(error);
            config.faults.append(*rule);
        }
        if (m_parser.isSet(m_port)) {
            bool ok = false;
            const uint port = m_parser.value(m_port).toUInt(&ok);
            if (!ok || port > 65535)
                usageError(ServerMain::tr("--port must be a number from 0 to 65535"));
            config.port = quint16(port);
        }
        if (m_parser.isSet(m_bind)) {
            const QString address = m_parser.value(m_bind);
            if (address == u"localhost")
                config.bindAddress = QHostAddress(QHostAddress::LocalHost);
            else if (!config.bindAddress.setAddress(address))
                usageError(ServerMain::tr("--bind must be an IP address such as 127.0.0.1"));
        }
        if (m_parser.isSet(m_seed)) {
            bool ok = false;
            config.seed = m_parser.value(m_seed).toUInt(&ok);
            if (!ok)
                usageError(ServerMain::tr("--seed must be a number from 0 to 4294967295"));
        }
        return config;
    }

private:
    QCommandLineParser m_parser;
    const QCommandLineOption m_root{
        u"root"_s, ServerMain::tr("Serve the files under DIR instead of the embedded flag set."),
        u"DIR"_s};
    const QCommandLineOption m_delay{
        u"delay"_s,
        ServerMain::tr("Hold each answer MIN seconds, or a random time from MIN to MAX seconds."),
        u"MIN[:MAX]"_s};
    const QCommandLineOption m_errorRate{
        u"error-rate"_s, ServerMain::tr("Answer a fraction P (0 to 1) of requests 418."),
        u"P"_s};
    const QCommandLineOption m_fault{
        u"fault"_s,
        ServerMain::tr("Inject a fault into a fraction RATE (0 to 1, default 1) of requests; "
                       "repeat for several, the first that fires wins. NAME is one of: %1.")
            .arg(FaultPlan::namesForHelp()),
        u"NAME[:RATE]"_s};
    const QCommandLineOption m_port{
        u"port"_s, ServerMain::tr("Listen on port N (default 8001, 0 for any)."), u"N"_s};
    const QCommandLineOption m_bind{
        u"bind"_s, ServerMain::tr("Listen on ADDRESS (default 127.0.0.1)."), u"ADDRESS"_s};
    const QCommandLineOption m_seed{
        u"seed"_s, ServerMain::tr("Seed delays and errors with N, so runs repeat."), u"N"_s};
    const QCommandLineOption m_verbose{
        u"verbose"_s, ServerMain::tr("Log every request on stderr.")};
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qflags-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QFLAGS_VERSION));
    Translations::install();

    CommandLine commandLine;
    const FlagServerConfig config = commandLine.parse(QCoreApplication::arguments());

    // Every request held open is a socket: a thousand pass the usual 1024.
    ProcessResources::raiseOpenFileLimit();
    quitOnSignals(app);

    FlagServer server;
    QObject::connect(&server, &FlagServer::requestLogged, &app,
                     [](const QString &line) { printLine(stderr, line); });
    QString error;
    if (!server.listen(config, &error)) {
        printLine(stderr, u"qflags-server: "_s + error);
        return 1;
    }
    const QString base = server.baseUrl().toString();
    if (config.rootDir.isEmpty()) {
        printLine(stdout,
                  ServerMain::tr("Serving the embedded flag set (%1 flags) on %2/flags/{cc}/{cc}.png")
                      .arg(ContentSource::embeddedFlagCount())
                      .arg(base));
    } else {
        printLine(stdout, ServerMain::tr("Serving %1 on %2/")
                              .arg(QDir(config.rootDir).absolutePath(), base));
    }
    if (config.delayMaxSeconds > 0) {
        printLine(stdout, config.delayMinSeconds == config.delayMaxSeconds
                              ? ServerMain::tr("Each answer waits %1 s.").arg(config.delayMinSeconds)
                              : ServerMain::tr("Each answer waits %1 to %2 s.")
                                    .arg(config.delayMinSeconds)
                                    .arg(config.delayMaxSeconds));
    }
    if (config.errorRate > 0) {
        printLine(stdout, ServerMain::tr("%1 % of requests are answered 418 I'm a teapot.")
                              .arg(config.errorRate * 100));
    }
    if (!config.faults.isEmpty()) {
        QStringList faults;
        for (const FaultRule &rule : config.faults) {
            faults.append(ServerMain::tr("%1 (%2 %)")
                              .arg(FaultPlan::name(rule))
                              .arg(rule.rate * 100));
        }
        printLine(stdout, ServerMain::tr("Injected faults: %1.").arg(faults.join(u", "_s)));
    }
    return app.exec();
}
