#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

// What --sweep and --sweep-png ask for.
struct SweepRequest
{
    QList<int> levels;   // empty: no sweep, a plain run
    QString pngPath;     // empty: no chart
    bool requested() const { return !levels.isEmpty(); }
};

// Declares --sweep LEVELS and --sweep-png FILE on the CLI's parser and reads
// them back. The window has its own Sweep tab, so these are the CLI's alone.
class CliSweepOptions final
{
public:
    explicit CliSweepOptions(QCommandLineParser &parser);

    // Call after parser.parse(). Returns nothing, with *error set to the
    // message to print before the usage line, for a usage error.
    std::optional<SweepRequest> read(QString *error) const;

    // Before any application object exists: whether a chart is asked for.
    // Drawing text takes a QGuiApplication, which main() then makes instead.
    static bool wantsImage(int argc, char *argv[]);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_sweep;
    QCommandLineOption m_png;
};
