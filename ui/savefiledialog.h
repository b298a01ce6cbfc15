#pragma once

#include <QString>

class QWidget;

// "Save as..." for the files the window exports (reports, charts): asks for a
// name in the folder used last time for that kind of file, and remembers it.
namespace SaveFileDialog {

// kind: a short key ("report", "timeline") for the remembered folder.
// Returns the chosen path, with the first filter's extension added when the
// name has none of the filters' own; empty when the user cancelled.
QString ask(QWidget *parent, const QString &kind, const QString &caption,
            const QString &suggestedName, const QString &filters);

} // namespace SaveFileDialog
