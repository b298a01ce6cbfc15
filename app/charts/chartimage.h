#pragma once

#include <QString>

class QImage;

// Charts leave the program as PNG files, from the window and from the CLI.
namespace ChartImage {

// Encodes image as PNG and writes it whole or not at all: false with the
// reason in plain words ("the disk is full").
bool savePng(const QImage &image, const QString &path, QString *reason);

// True when path ends in .png, in any case.
bool isPngName(const QString &path);

} // namespace ChartImage
