#include "destinationtrouble.h"
#include "testfiles.h"

#include "base/formatting.h"
#include "core/flagsaver.h"
#include "core/savedflagindex.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace DestinationTrouble;

class TestFlagSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theIndexOfSavedFlagsRoundTrips();
    void theFilesWinOverTheIndex();
    void aCorruptIndexReadsAsEmpty();
    void aKeptFileIsReadNotWritten();
    void savesAValidImageWithAThumbnail();
    void replacesAnExistingFileWhole();
    void refusesABodyThatIsNotAnImage();
    void neverWritesThroughALink();
    void refusesAStemThatLeavesTheFolder_data();
    void refusesAStemThatLeavesTheFolder();
    void explainsAFileInTheWayOfTheFolder();
    void explainsAFolderInTheWayOfTheFile();
    void explainsAFolderItMayNotWriteTo_data();
    void explainsAFolderItMayNotWriteTo();
    void explainsAReadOnlyDisk();
    void keepsTheOldFileWhenTheDiskIsFull_data();
    void keepsTheOldFileWhenTheDiskIsFull();
    void explainsAFileOverTheSizeLimit();
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

// Noise does not compress: a PNG of about 3 * side * side bytes.
QByteArray noisyPngBytes(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator random{quint32(side)};
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.setPixel(x, y, random.generate() | 0xff000000u);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Files of every kind, hidden ones too: QSaveFile's temporary is br.png.XXXXXX.

// Qt's QSaveFile buffers 16 KiB before it writes: smaller files reach the disk
// only when it is committed.
constexpr qint64 qtWriteBuffer = 16 * 1024;
constexpr qint64 roomLeft = 8 * 1024;

} // namespace

void TestFlagSaver::savesAValidImageWithAThumbnail()
{
    QTemporaryDir dir;
    const QString destination = dir.filePath(u"new/sub"_s); // created on demand
    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({320, 240}, Qt::red), destination, u"br"_s, QString(), u"image/png"_s, {64, 64}});
    QVERIFY2(outcome.saved(), qPrintable(outcome.verdict.message));
    QCOMPARE(outcome.filePath, QDir(destination).absoluteFilePath(u"br.png"_s));
    QCOMPARE(entriesIn(destination), QStringList{u"br.png"_s});
    QCOMPARE(QImage(outcome.filePath).size(), QSize(320, 240));
    QCOMPARE(outcome.thumbnail.size(), QSize(64, 48));
}

void TestFlagSaver::neverWritesThroughALink()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(u"precious.txt"_s);
    QFile precious(target);
    QVERIFY(precious.open(QIODevice::WriteOnly) && precious.write("keep me") == 7);
    precious.close();
    QVERIFY(QFile::link(target, dir.filePath(u"br.png"_s)));
    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({10, 10}, Qt::red), dir.path(), u"br"_s, u"png"_s, u"image/png"_s, {}});
    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.message, u"Could not save br.png: a link of that name is in the way"_s);
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), "keep me"_ba);
    QVERIFY(QFileInfo(dir.filePath(u"br.png"_s)).isSymLink());
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
    QVERIFY2(outcome.saved(), qPrintable(outcome.verdict.message));
    QVERIFY(outcome.thumbnail.isNull());
    QFile saved(dir.filePath(u"cn.gif"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), body);
    QCOMPARE(entriesIn(dir.path()), QStringList{u"cn.gif"_s});
}

void TestFlagSaver::refusesABodyThatIsNotAnImage()
{
    QTemporaryDir dir;
    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {"<html>oops</html>"_ba, dir.path(), u"br"_s, u"png"_s, u"text/html; charset=utf-8"_s, {}});
    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.failure, FailureKind::NotAnImage);
    QCOMPARE(outcome.verdict.message, u"Not an image (text/html, 17 bytes)"_s);
    QVERIFY(entriesIn(dir.path()).isEmpty());
}

void TestFlagSaver::refusesAStemThatLeavesTheFolder_data()
{
    QTest::addColumn<QString>("stem");
    QTest::newRow("parent") << u"../evil"_s;
    QTest::newRow("sub folder") << u"a/b"_s;
    QTest::newRow("backslash") << u"..\\evil"_s;
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("empty") << QString();
}

// Stems made from a server's country names are made safe before they get
// here; the saver still writes nowhere but in the folder itself.
void TestFlagSaver::refusesAStemThatLeavesTheFolder()
{
    QFETCH(QString, stem);
    QTemporaryDir top;
    const QString destination = top.filePath(u"in/dest"_s);
    QVERIFY(QDir().mkpath(destination + u"/a"_s));
    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({10, 10}, Qt::red), destination, stem, u"png"_s, u"image/png"_s, {}});
    QVERIFY(!outcome.saved());
    QVERIFY2(outcome.verdict.message.contains(u"is not a plain file name"_s), qPrintable(outcome.verdict.message));
    QCOMPARE(entriesIn(destination), QStringList{u"a"_s});
    QVERIFY(entriesIn(destination + u"/a"_s).isEmpty());
    QCOMPARE(entriesIn(top.filePath(u"in"_s)), QStringList{u"dest"_s});
}

void TestFlagSaver::explainsAFileInTheWayOfTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"file"_s), {}));

    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({8, 8}, Qt::green), dir.filePath(u"file/flags"_s), u"br"_s, QString(), {}, {}});
    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.failure, FailureKind::SaveFailed);
    QCOMPARE(outcome.verdict.message, u"Could not save br.png: %1 is a file, not a folder"_s.arg(dir.filePath(u"file"_s)));
    QCOMPARE(entriesIn(dir.path()), QStringList{u"file"_s});
}

void TestFlagSaver::explainsAFolderInTheWayOfTheFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"br.png"_s));

    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({8, 8}, Qt::green), dir.path(), u"br"_s, u"png"_s, {}, {}});
    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.message, u"Could not save br.png: a folder of that name is in the way"_s);
    QCOMPARE(entriesIn(dir.path()), QStringList{u"br.png"_s});
    QVERIFY(entriesIn(dir.filePath(u"br.png"_s)).isEmpty());
}

void TestFlagSaver::explainsAFolderItMayNotWriteTo_data()
{
    QTest::addColumn<QString>("subfolder");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the folder") << QString() << u"no permission to write in %1"_s;
    QTest::newRow("a folder to create in it") << u"new/sub"_s << u"no permission to create the folder %1"_s;
}

void TestFlagSaver::explainsAFolderItMayNotWriteTo()
{
    QFETCH(QString, subfolder);
    QFETCH(QString, expected);
    UnwritableFolder folder;
    QVERIFY(folder.isValid());
    QVERIFY2(!QFile(folder.path() + u"/probe"_s).open(QIODevice::WriteOnly), "the folder takes files");

    const QString destination = subfolder.isEmpty() ? folder.path() : folder.path() + u'/' + subfolder;
    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({8, 8}, Qt::green), destination, u"br"_s, u"png"_s, {}, {}});
    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.failure, FailureKind::SaveFailed);
    QCOMPARE(outcome.verdict.message, u"Could not save br.png: "_s + expected.arg(destination));
    QVERIFY(entriesIn(folder.path()).isEmpty());
}

void TestFlagSaver::explainsAReadOnlyDisk()
{
    SmallDisk disk(64 * 1024, /*readOnly=*/true);
    if (!disk.isValid())
        QSKIP("This process may not mount a read-only disk here (it needs root)");

    const SaveOutcome outcome = FlagSaver::saveAndDecode(
        {pngBytes({8, 8}, Qt::green), disk.path(), u"br"_s, u"png"_s, {}, {}});
    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.message, u"Could not save br.png: %1 is on a read-only disk"_s.arg(disk.path()));
    QVERIFY(entriesIn(disk.path()).isEmpty());
}

void TestFlagSaver::keepsTheOldFileWhenTheDiskIsFull_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<bool>("withinQtBuffer");
    // Within Qt's buffer nothing is written until commit(); beyond it, write() fails.
    QTest::newRow("smaller than Qt's write buffer") << 56 << true;
    QTest::newRow("larger than Qt's write buffer") << 120 << false;
}

void TestFlagSaver::keepsTheOldFileWhenTheDiskIsFull()
{
    QFETCH(int, side);
    QFETCH(bool, withinQtBuffer);
    const QByteArray body = noisyPngBytes(side);
    QVERIFY2(body.size() > roomLeft, "the new flag fits in the room left");
    QCOMPARE(body.size() < qtWriteBuffer, withinQtBuffer);

    FullDisk disk(roomLeft);
    QVERIFY(disk.isValid());
    qInfo("full disk: %s", disk.kind() == FullDisk::Tmpfs ? "a tmpfs filled up" : "a file size limit (no mount here)");
    const QByteArray old = pngBytes({4, 4}, Qt::red);
    QVERIFY(writeFile(disk.path() + u"/br.png"_s, old));
    QVERIFY(disk.fill());
    const QStringList before = entriesIn(disk.path());

    disk.engage();
    const SaveOutcome outcome = FlagSaver::saveAndDecode({body, disk.path(), u"br"_s, u"png"_s, {}, {}});
    disk.release();

    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.failure, FailureKind::SaveFailed);
    if (disk.kind() == FullDisk::Tmpfs)
        QCOMPARE(outcome.verdict.message, u"Could not save br.png: the disk is full"_s);
    else
        QCOMPARE(outcome.verdict.message,
                 u"Could not save br.png: the file (%1) is over the file size limit (ulimit -f) of 8.0 KiB"_s
                     .arg(Formatting::dataSize(body.size())));
    // No temporary file, and the older flag whole.
    QCOMPARE(entriesIn(disk.path()), before);
    QCOMPARE(readFile(disk.path() + u"/br.png"_s), old);
}

void TestFlagSaver::explainsAFileOverTheSizeLimit()
{
    QTemporaryDir dir;
    const QByteArray body = noisyPngBytes(56);
    QVERIFY(body.size() > roomLeft);
    SaveOutcome outcome;
    {
        const FileSizeLimit limit(roomLeft);
        QVERIFY(limit.isActive());
        outcome = FlagSaver::saveAndDecode({body, dir.path(), u"br"_s, u"png"_s, {}, {}});
    }
    QVERIFY(!outcome.saved());
    QCOMPARE(outcome.verdict.message,
             u"Could not save br.png: the file (%1) is over the file size limit (ulimit -f) of 8.0 KiB"_s
                 .arg(Formatting::dataSize(body.size())));
    QVERIFY(entriesIn(dir.path()).isEmpty());
}

namespace {

// Saves a flag into dir as a run does and returns its index entry.
SavedFlag saveFlag(const QString &dir, const QString &code)
{
    SaveRequest request;
    request.body = pngBytes(QSize(30, 20), Qt::green);
    request.destinationDir = dir;
    request.fileStem = code.toLower();
    const SaveOutcome saved = FlagSaver::saveAndDecode(request);
    SavedFlag flag;
    flag.code = code;
    flag.url = QUrl(u"http://flags.test/%1.png"_s.arg(code.toLower()));
    flag.fileName = QFileInfo(saved.filePath).fileName();
    flag.etag = "\"" + code.toLatin1() + "\"";
    flag.lastModified = "Mon, 01 Jan 2024 00:00:00 GMT";
    flag.fileBytes = saved.fileBytes;
    flag.fileModifiedMs = saved.fileModifiedMs;
    return flag;
}

} // namespace

void TestFlagSaver::theIndexOfSavedFlagsRoundTrips()
{
    QTemporaryDir dir;
    SavedFlagIndex index;
    const SavedFlag br = saveFlag(dir.path(), u"BR"_s);
    QCOMPARE(br.fileBytes, QFileInfo(dir.filePath(u"br.png"_s)).size());
    index.record(br);
    index.record(saveFlag(dir.path(), u"CN"_s));
    QString reason;
    QVERIFY2(index.write(dir.path(), &reason), qPrintable(reason));
    QVERIFY(QFileInfo::exists(dir.filePath(u".qflags-index.json"_s)));
    const SavedFlagIndex read = SavedFlagIndex::read(dir.path());
    QCOMPARE(read.size(), 2);
    QCOMPARE(*read.find(u"br"_s, br.url), br);
    // Validators belong to their URL alone.
    QVERIFY(!read.find(u"BR"_s, QUrl(u"http://elsewhere.test/br.png"_s)));
    QCOMPARE(read.toJson(), index.toJson());
}

void TestFlagSaver::theFilesWinOverTheIndex()
{
    QTemporaryDir dir;
    SavedFlagIndex index;
    for (const QString &code : {u"BR"_s, u"CN"_s, u"FR"_s, u"DE"_s})
        index.record(saveFlag(dir.path(), code));
    SavedFlag outside = saveFlag(dir.path(), u"IN"_s);
    outside.fileName = u"../in.png"_s;
    index.record(outside);
    QString reason;
    QVERIFY(index.write(dir.path(), &reason));
    QVERIFY(QFile::remove(dir.filePath(u"cn.png"_s)));                 // removed by hand
    QVERIFY(writeFile(dir.filePath(u"fr.png"_s), pngBytes(QSize(8, 8), Qt::blue))); // replaced by hand
    QVERIFY(setModified(dir.filePath(u"de.png"_s), QDateTime::currentDateTimeUtc().addSecs(-3600))); // touched
    const SavedFlagIndex read = SavedFlagIndex::read(dir.path());
    QCOMPARE(read.size(), 1);
    QVERIFY(read.find(u"BR"_s, QUrl(u"http://flags.test/br.png"_s)));
}

void TestFlagSaver::aCorruptIndexReadsAsEmpty()
{
    QTemporaryDir dir;
    saveFlag(dir.path(), u"BR"_s);
    for (const QByteArray &junk : {"{not json"_ba, "[]"_ba, R"({"qflags_index": 99, "flags": []})"_ba, ""_ba}) {
        QVERIFY(writeFile(dir.filePath(u".qflags-index.json"_s), junk));
        QVERIFY2(SavedFlagIndex::read(dir.path()).isEmpty(), junk.constData());
    }
    QVERIFY(SavedFlagIndex::read(dir.filePath(u"missing"_s)).isEmpty());
}

void TestFlagSaver::aKeptFileIsReadNotWritten()
{
    QTemporaryDir dir;
    const SavedFlag br = saveFlag(dir.path(), u"BR"_s);
    const QString path = dir.filePath(br.fileName);
    const QDateTime before = QFileInfo(path).lastModified();
    SaveRequest request;
    request.keptFile = path;
    request.thumbnailSize = QSize(15, 15);
    const SaveOutcome kept = FlagSaver::saveAndDecode(request);
    QVERIFY(kept.saved());
    QCOMPARE(kept.filePath, path);
    QCOMPARE(kept.thumbnail.size(), QSize(15, 10));
    QCOMPARE(QFileInfo(path).lastModified(), before);
    QCOMPARE(filesIn(dir.path()), QStringList{u"br.png"_s});

    QVERIFY(writeFile(path, "not an image"));
    const SaveOutcome broken = FlagSaver::saveAndDecode(request);
    QVERIFY(!broken.saved());
    QCOMPARE(broken.verdict.failure, FailureKind::NotAnImage);
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
