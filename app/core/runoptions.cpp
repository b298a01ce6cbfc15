#include "runoptions.h"

#include "serverpreset.h"
#include "urltemplate.h"

#include "base/formatting.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RunOptionsParser", text, disambiguation, n);
}

std::optional<int> readPositiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

int RunOptions::effectiveConcurrency(qsizetype codeCount) const
{
    const qsizetype limit = std::min<qsizetype>(maxRequests, maxConcurrency);
    return int(std::max<qsizetype>(1, std::min(limit, codeCount)));
}

RunOptionsParser::RunOptionsParser(QCommandLineParser &parser, const QString &defaultFolder, Program program)
    : m_parser(parser)
    , m_all({u"a"_s, u"all"_s}, tr("get all available flags (the 194 of the flags2 set)"))
    , m_every({u"e"_s, u"every"_s}, tr("get flags for every possible code (AA...ZZ)"))
    , m_limit({u"l"_s, u"limit"_s}, tr("limit to N first codes"), u"N"_s)
    , m_maxRequests({u"m"_s, u"max_req"_s, u"max-req"_s},
                    tr("maximum concurrent requests (default=%1, at most %2)")
                        .arg(RunOptions::defaultMaxRequests)
                        .arg(maxConcurrency),
                    u"CONCURRENT"_s)
    , m_server({u"s"_s, u"server"_s},
               tr("server to hit; one of %1 (default=LOCAL)").arg(ServerPreset::labels()),
               u"LABEL"_s)
    , m_url(u"url"_s,
            tr("any other server: a URL template with {cc} (lower case) or {CC} (upper case)"),
            u"TEMPLATE"_s)
    , m_timeout(u"timeout"_s,
                tr("seconds a request may wait for data while on the wire (default=%1)")
                    .arg(RunOptions::defaultTimeoutSeconds),
                u"SECONDS"_s)
    , m_retries(u"retries"_s,
                tr("fresh requests after a transient failure: refused, reset, timeout, 408, 429, "
                   "500, 502, 503, 504 (default=%1)")
                    .arg(RunOptions::defaultRetries),
                u"N"_s)
    , m_destination({u"d"_s, u"dest"_s},
                    tr("folder to save flags in (default=%1)").arg(defaultFolder), u"DIR"_s)
    , m_verbose({u"v"_s, u"verbose"_s}, tr("output detailed progress info"))
    , m_names(u"names"_s,
              tr("also fetch each country's name (flags3: {cc}/metadata.json next to the flag)"))
    , m_nameFiles(u"name-files"_s,
                  tr("save flags under their country's name (\"Côte d'Ivoire.png\"); implies --names"))
    , m_noConditional(u"no-conditional"_s,
                      tr("download every flag again, even one saved by an earlier run that the server "
                         "says is unchanged (by default such a flag is asked for with its ETag and "
                         "Last-Modified, and a 304 keeps the file)"))
    , m_speedLimit(u"speed-limit"_s,
                   tr("cut short a transfer that brings fewer than BYTES per second for --speed-time "
                      "seconds, and retry it like a timeout; 0 for no minimum (default=%1)")
                       .arg(MinimumSpeed{}.bytesPerSecond),
                   u"BYTES"_s)
    , m_speedTime(u"speed-time"_s,
                  tr("how long a transfer may stay under --speed-limit (default=%1)")
                      .arg(MinimumSpeed{}.window.count() / 1000),
                  u"SECONDS"_s)
    , m_proxy(u"proxy"_s,
              tr("send every request through this proxy (http://[USER:PASSWORD@]HOST:PORT or socks5://...), "
                 "or none; by default the one http_proxy, https_proxy and no_proxy name, else the desktop's"),
              u"URL"_s)
    , m_continue(u"continue"_s,
                 tr("finish a run that was cancelled or killed: fetch only the codes of the selection "
                    "whose flag is not in the destination yet"))
    , m_caCertificates(u"cacert"_s,
                       tr("also trust the CA certificates in FILE (PEM) for this run, beside the system's"),
                       u"FILE"_s)
    , m_strategy(u"strategy"_s,
                 tr("how requests wait for their answers: events (on an event loop, as flags2_asyncio; "
                    "the default) or threads (a blocking request on a thread each, as flags2_threadpool); "
                    "with --sweep, events,threads runs each level both ways"),
                 u"NAME"_s)
{
    if (program == Program::Window) {
        m_verbose.setFlags(QCommandLineOption::HiddenFromHelp);
        m_continue.setFlags(QCommandLineOption::HiddenFromHelp); // the window has its own Continue
    }
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.addOptions({m_all, m_every, m_limit, m_maxRequests, m_server, m_url, m_timeout,
                       m_retries, m_destination, m_verbose, m_names, m_nameFiles, m_noConditional,
                       m_speedLimit, m_speedTime, m_proxy, m_continue, m_caCertificates, m_strategy});
    parser.addPositionalArgument(u"CC"_s, tr("country code or 1st letter (eg. B for BA...BZ)"),
                                 u"[CC ...]"_s);
}

std::optional<RunOptions> RunOptionsParser::read(QString *error, const RunOptions &base) const
{
    RunOptions options = base;
    const bool codesGiven = m_parser.isSet(m_all) || m_parser.isSet(m_every)
                            || !m_parser.positionalArguments().isEmpty();
    if (codesGiven) {
        options.selection.arguments = m_parser.positionalArguments();
        options.selection.all = m_parser.isSet(m_all);
        options.selection.every = m_parser.isSet(m_every);
    }
    options.verbose = options.verbose || m_parser.isSet(m_verbose);
    if (m_parser.isSet(m_nameFiles))
        options.fileNaming = FileNaming::ByCountryName;
    options.fetchNames = options.fetchNames || m_parser.isSet(m_names)
                         || options.fileNaming == FileNaming::ByCountryName;
    options.conditionalGet = options.conditionalGet && !m_parser.isSet(m_noConditional);
    options.onlyMissing = options.onlyMissing || m_parser.isSet(m_continue);

    if (m_parser.isSet(m_maxRequests)) {
        const auto value = readPositiveInt(m_parser.value(m_maxRequests));
        if (!value || *value < 1) {
            *error = tr("*** Usage error: --max_req CONCURRENT must be a whole number >= 1");
            return std::nullopt;
        }
        options.maxRequests = *value;
    }
    if (m_parser.isSet(m_limit)) {
        const auto value = readPositiveInt(m_parser.value(m_limit));
        if (!value || *value < 1) {
            *error = tr("*** Usage error: --limit N must be a whole number >= 1");
            return std::nullopt;
        }
        options.selection.limit = *value;
    }
    if (m_parser.isSet(m_server)) {
        const auto preset = ServerPreset::find(m_parser.value(m_server));
        if (!preset) {
            *error = tr("*** Usage error: --server LABEL must be one of %1")
                         .arg(ServerPreset::labels());
            return std::nullopt;
        }
        options.serverLabel = preset->label;
        options.urlTemplate.clear();
    }
    if (m_parser.isSet(m_url)) {
        QString reason;
        if (!UrlTemplate::parse(m_parser.value(m_url), &reason)) {
            *error = tr("*** Usage error: --url: %1").arg(reason);
            return std::nullopt;
        }
        options.urlTemplate = m_parser.value(m_url).trimmed();
    }
    if (m_parser.isSet(m_timeout)) {
        bool ok = false;
        const double seconds = m_parser.value(m_timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0.0 || seconds > 3600.0) {
            *error = tr("*** Usage error: --timeout SECONDS must be a number above 0 and at most 3600");
            return std::nullopt;
        }
        options.timeoutSeconds = seconds;
    }
    if (m_parser.isSet(m_speedLimit)) {
        bool ok = false;
        const qlonglong bytes = m_parser.value(m_speedLimit).toLongLong(&ok);
        if (!ok || bytes < 0) {
            *error = tr("*** Usage error: --speed-limit BYTES must be a whole number >= 0 (0: no minimum)");
            return std::nullopt;
        }
        options.minimumSpeed.bytesPerSecond = bytes;
    }
    if (m_parser.isSet(m_speedTime)) {
        bool ok = false;
        const double seconds = m_parser.value(m_speedTime).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0.0 || seconds > 3600.0) {
            *error = tr("*** Usage error: --speed-time SECONDS must be a number above 0 and at most 3600");
            return std::nullopt;
        }
        options.minimumSpeed.window = std::chrono::milliseconds(qRound64(seconds * 1000.0));
    }
    if (m_parser.isSet(m_proxy)) {
        QString reason;
        // Never the value itself in the message: it may hold a password.
        if (!ProxyPolicy::fromOption(m_parser.value(m_proxy), {}, &reason)) {
            *error = tr("*** Usage error: --proxy: %1").arg(reason);
            return std::nullopt;
        }
        options.proxy = m_parser.value(m_proxy).trimmed();
    }
    if (m_parser.isSet(m_retries)) {
        const auto value = readPositiveInt(m_parser.value(m_retries));
        if (!value || *value < 0 || *value > RunOptions::maxRetries) {
            *error = tr("*** Usage error: --retries N must be from 0 to %1").arg(RunOptions::maxRetries);
            return std::nullopt;
        }
        options.retries = *value;
    }
    if (m_parser.isSet(m_destination)) {
        options.destination = m_parser.value(m_destination);
        if (options.destination.trimmed().isEmpty()) {
            *error = tr("*** Usage error: --dest DIR must not be empty");
            return std::nullopt;
        }
    }
    if (m_parser.isSet(m_caCertificates)) {
        // Read now, so that a wrong file is a usage error before anything is
        // fetched, not a TLS failure for every code. Given more than once,
        // every file counts.
        QList<QSslCertificate> certificates;
        for (const QString &path : m_parser.values(m_caCertificates)) {
            if (path.isEmpty()) {
                *error = tr("*** Usage error: --cacert FILE must not be empty");
                return std::nullopt;
            }
            QString reason;
            const QList<QSslCertificate> read = readCaCertificates(path, &reason);
            if (read.isEmpty()) {
                *error = tr("*** Usage error: --cacert %1: %2").arg(path, reason);
                return std::nullopt;
            }
            certificates += read;
        }
        options.caCertificates = certificates;
    }
    if (m_parser.isSet(m_strategy)) {
        QList<NetworkStrategy> strategies;
        for (const QString &name : m_parser.value(m_strategy).split(u',')) {
            const std::optional<NetworkStrategy> strategy = NetworkStrategies::fromName(name.trimmed());
            if (!strategy || strategies.contains(*strategy)) {
                *error = tr("*** Usage error: --strategy takes events, threads or events,threads: %1")
                             .arg(m_parser.value(m_strategy));
                return std::nullopt;
            }
            strategies.append(*strategy);
        }
        options.strategies = strategies;
    }
    // Only what was given here is judged: a remembered selection is the
    // window's to explain.
    QString codesError;
    if ((codesGiven || m_parser.isSet(m_limit))
        && CountryCodes::expand(options.selection, &codesError).isEmpty()) {
        *error = tr("*** Usage error: %1").arg(codesError);
        return std::nullopt;
    }
    return options;
}

EngineSettings RunOptions::engineSettings(int concurrency, const QProcessEnvironment &environment) const
{
    EngineSettings settings;
    settings.maxConcurrent = concurrency;
    settings.timeout = std::chrono::milliseconds(qRound64(timeoutSeconds * 1000.0));
    settings.retries = retries;
    settings.destinationDir = destination;
    settings.fetchCountryNames = fetchNames;
    settings.fileNaming = fileNaming;
    settings.conditionalGet = conditionalGet;
    settings.minimumSpeed = minimumSpeed;
    QString ignored; // checked when read
    settings.proxy = proxy.isEmpty() ? ProxyPolicy::fromEnvironment(environment)
                                     : ProxyPolicy::fromOption(proxy, environment, &ignored)
                                           .value_or(ProxyPolicy::fromEnvironment(environment));
    settings.extraCaCertificates = caCertificates;
    settings.strategy = strategy();
    return settings;
}

QString RunOptionsParser::usageLine(const QString &programName, const QString &moreOptions, Program program)
{
    return tr("usage: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL]%2 [-d DIR] "
              "[--url TEMPLATE] [--timeout SECONDS] [--retries N] [--names] [--name-files] [--no-conditional] "
              "[--speed-limit BYTES] [--speed-time SECONDS] [--proxy URL] [--continue] [--cacert FILE] "
              "[--strategy NAME]%3 "
              "[CC ...]")
        .arg(programName, program == Program::CommandLine ? u" [-v]"_s : QString(), moreOptions);
}

QList<QSslCertificate> RunOptionsParser::readCaCertificates(const QString &path, QString *reason)
{
    // The bundle of every CA a Debian system trusts is about 200 KiB. Read no
    // more than this, whatever the file claims (a file under /proc says 0).
    constexpr qint64 maxBytes = 8 * 1024 * 1024;
    const QFileInfo info(path);
    if (!info.exists()) {
        *reason = info.isSymLink() ? tr("a link to %1, which does not exist").arg(info.symLinkTarget())
                                   : tr("no such file");
        return {};
    }
    if (info.isDir()) {
        *reason = tr("a folder, not a file (PEM expected)");
        return {};
    }
    // A device or a pipe could be read for ever.
    if (!info.isFile()) {
        *reason = tr("not a regular file (PEM expected)");
        return {};
    }
    const auto tooLarge = [&](qint64 bytes) {
        *reason = tr("too large for a file of certificates (%1, at most %2)")
                      .arg(Formatting::dataSize(bytes), Formatting::dataSize(maxBytes));
    };
    if (info.size() > maxBytes) {
        tooLarge(info.size());
        return {};
    }
    // QFile says only "Permission denied", as an open error like any other.
    if (!info.isReadable()) {
        *reason = tr("no permission to read it");
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = tr("cannot read it: %1").arg(file.errorString());
        return {};
    }
    const QByteArray pem = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *reason = tr("cannot read it: %1").arg(file.errorString());
        return {};
    }
    if (pem.size() > maxBytes) {
        tooLarge(pem.size());
        return {};
    }
    if (pem.trimmed().isEmpty()) {
        *reason = tr("the file is empty (PEM expected)");
        return {};
    }
    // Block by block: Qt skips a block it cannot decode without a word, and
    // a damaged CA would then surface as a TLS failure for every code.
    static constexpr QByteArrayView begin = "-----BEGIN CERTIFICATE-----";
    static constexpr QByteArrayView end = "-----END CERTIFICATE-----";
    QList<QSslCertificate> certificates;
    for (qsizetype from = pem.indexOf(begin); from >= 0; from = pem.indexOf(begin, from)) {
        const int number = int(certificates.size()) + 1;
        const qsizetype endAt = pem.indexOf(end, from);
        if (endAt < 0) {
            *reason = tr("certificate %1 in it has no end line (%2)").arg(number).arg(QString::fromLatin1(end));
            return {};
        }
        const qsizetype blockEnd = endAt + end.size();
        const QList<QSslCertificate> one = QSslCertificate::fromData(pem.mid(from, blockEnd - from), QSsl::Pem);
        if (one.size() != 1 || one.constFirst().isNull()) {
            *reason = tr("certificate %1 in it is damaged (PEM expected)").arg(number);
            return {};
        }
        certificates += one.constFirst();
        from = blockEnd;
    }
    if (certificates.isEmpty())
        *reason = tr("no certificate in it (PEM expected)");
    return certificates;
}
