#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

// What the command line writes besides flags, and whether it sweeps.
struct CliOutputs
{
    QString reportFile;   // --report: .csv or .json; empty: none
    QString timelinePng;  // --timeline-png; empty: none
    QString harFile;      // --har: every request as an HTTP Archive; empty: none
    QList<int> sweepLevels; // --sweep; empty: one plain run
    QString sweepPng;     // --sweep-png; empty: none
    QString sweepReport;  // --sweep-report: a row per run, .csv; empty: none
    bool sweepRequested() const { return !sweepLevels.isEmpty(); }
};

// Declares --report, --timeline-png, --har, --sweep, --sweep-png and
// --sweep-report on the CLI's
// parser and reads them back. The window has buttons for these, so they are
// the CLI's alone (RunOptionsParser holds what both share).
class CliOutputOptions final
{
public:
    explicit CliOutputOptions(QCommandLineParser &parser);

    // Call after parser.parse(). Returns nothing, with *error set to the
    // message to print before the usage line, for a usage error.
    std::optional<CliOutputs> read(QString *error) const;

    // Before any application object exists: whether an image is asked for.
    // Drawing text takes a QGuiApplication, which main() then makes instead.
    static bool wantsImage(int argc, char *argv[]);

    // " [--report FILE] ... [--sweep-png FILE] [--sweep-report FILE]"
    static QString usageText();

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_report;
    QCommandLineOption m_timelinePng;
    QCommandLineOption m_har;
    QCommandLineOption m_sweep;
    QCommandLineOption m_sweepPng;
    QCommandLineOption m_sweepReport;
};
