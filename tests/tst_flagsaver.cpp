#include "core/flagsaver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestFlagSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAValidImageWithAThumbnail();
    void replacesAnExistingFileWhole();
    void refusesABodyThatIsNotAnImage();
    void reportsTheSystemReasonWhenItCannotWrite();
    void choosesTheExtension_data();
    void choosesTheExtension();
};

namespace {

QByteArray pngBytes(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

void TestFlagSaver::savesAValidImageWithAThumbnail()
{
    QTemporaryDir dir;
    const QString destination = dir.filePath(u"new/sub"_s); // created on demand
    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({320, 240}, Qt::red), destination, u"br"_s, QString(), u"image/png"_s, {64, 64}});
    QVERIFY2(outcome.saved, qPrintable(outcome.error));
    QCOMPARE(outcome.filePath, QDir(destination).absoluteFilePath(u"br.png"_s));
    QCOMPARE(filesIn(destination), QStringList{u"br.png"_s});
    QCOMPARE(QImage(outcome.filePath).size(), QSize(320, 240));
    QCOMPARE(outcome.thumbnail.size(), QSize(64, 48));
}

void TestFlagSaver::replacesAnExistingFileWhole()
{
    QTemporaryDir dir;
    QFile old(dir.filePath(u"cn.gif"_s));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();

    const QByteArray body = pngBytes({10, 10}, Qt::blue);
    const SaveOutcome outcome = FlagSaver::saveAndDecode({body, dir.path(), u"cn"_s, u"gif"_s, {}, {}});
    QVERIFY2(outcome.saved, qPrintable(outcome.error));
    QVERIFY(outcome.thumbnail.isNull());
    QFile saved(dir.filePath(u"cn.gif"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), body);
    QCOMPARE(filesIn(dir.path()), QStringList{u"cn.gif"_s});
}

void TestFlagSaver::refusesABodyThatIsNotAnImage()
{
    QTemporaryDir dir;
    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {"<html>oops</html>"_ba, dir.path(), u"br"_s, u"png"_s, u"text/html; charset=utf-8"_s, {}});
    QVERIFY(!outcome.saved);
    QVERIFY(!outcome.decoded);
    QCOMPARE(outcome.error, u"Not an image (text/html, 17 bytes)"_s);
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestFlagSaver::reportsTheSystemReasonWhenItCannotWrite()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({8, 8}, Qt::green), blocker.fileName() + u"/flags"_s, u"br"_s, QString(), {}, {}});
    QVERIFY(!outcome.saved);
    QVERIFY(outcome.decoded);
    QVERIFY2(outcome.error.startsWith(u"Could not save br.png: "_s), qPrintable(outcome.error));
    QVERIFY2(outcome.error.size() > u"Could not save br.png: "_s.size(), qPrintable(outcome.error));
    QCOMPARE(filesIn(dir.path()), QStringList{u"file"_s});
}

void TestFlagSaver::choosesTheExtension_data()
{
    QTest::addColumn<QString>("urlExtension");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("decodedFormat");
    QTest::addColumn<QString>("expected");

    QTest::newRow("URL wins") << u"gif"_s << u"image/png"_s << "png"_ba << u"gif"_s;
    QTest::newRow("URL in upper case") << u"PNG"_s << QString() << QByteArray() << u"png"_s;
    QTest::newRow("content type") << QString() << u"image/png"_s << "gif"_ba << u"png"_s;
    QTest::newRow("content type with parameters") << u"php"_s << u"image/gif; q=1"_s << QByteArray() << u"gif"_s;
    QTest::newRow("decoded format") << QString() << u"text/html"_s << "gif"_ba << u"gif"_s;
    QTest::newRow("nothing known") << QString() << QString() << QByteArray() << u"img"_s;
}

void TestFlagSaver::choosesTheExtension()
{
    QFETCH(QString, urlExtension);
    QFETCH(QString, contentType);
    QFETCH(QByteArray, decodedFormat);
    QFETCH(QString, expected);
    QCOMPARE(FlagSaver::chooseExtension(urlExtension, contentType, decodedFormat), expected);
}

QTEST_GUILESS_MAIN(TestFlagSaver)
#include "tst_flagsaver.moc"
