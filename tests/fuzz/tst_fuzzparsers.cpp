#include "fuzzbodies.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Per parser, after its seeds. Each mutated input runs in microseconds to a
// few hundred; the total stays within seconds even under ASan and UBSan.
constexpr int mutationsPerParser = 10000;
// Inputs past the 8 KiB head limits, not much further.
constexpr qsizetype maxInputSize = 20000;

// The seeds and dictionaries scripts/fuzz gives libFuzzer, read from the
// source tree (tests/fuzz/CMakeLists.txt passes the folder).
QString fuzzFile(const QString &relativePath)
{
    return QString::fromUtf8(QFLAGS_FUZZ_DIR) + u'/' + relativePath;
}

QList<QByteArray> readSeeds(const QString &name)
{
    const QDir folder(fuzzFile(u"corpus/"_s + name));
    QList<QByteArray> seeds;
    for (const QString &file : folder.entryList(QDir::Files, QDir::Name)) {
        QFile seed(folder.filePath(file));
        if (seed.open(QIODevice::ReadOnly))
            seeds.append(seed.readAll());
    }
    return seeds;
}

// One libFuzzer dictionary entry: "text" or name="text", with \\, \" and \xNN.
QByteArray readDictionaryEntry(QByteArrayView line)
{
    const qsizetype open = line.indexOf('"');
    const qsizetype close = line.lastIndexOf('"');
    if (open < 0 || close <= open)
        return {};
    const QByteArrayView quoted = line.sliced(open + 1, close - open - 1);
    QByteArray entry;
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        if (quoted[i] != '\\' || i + 1 == quoted.size()) {
            entry += quoted[i];
        } else if (quoted[i + 1] == 'x' && i + 3 < quoted.size()) {
            entry += char(quoted.sliced(i + 2, 2).toByteArray().toInt(nullptr, 16));
            i += 3;
        } else {
            entry += quoted[++i];
        }
    }
    return entry;
}

QList<QByteArray> readDictionary(const QString &name)
{
    QFile file(fuzzFile(u"dict/"_s + name + u".dict"_s));
    QList<QByteArray> tokens;
    if (!file.open(QIODevice::ReadOnly))
        return tokens;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QByteArray entry = line.startsWith('#') ? QByteArray() : readDictionaryEntry(line);
        if (!entry.isEmpty())
            tokens.append(entry);
    }
    return tokens;
}

// libFuzzer's kinds of mutation without its coverage feedback: a seed, then
// a few random edits. The fixed seed makes every run the same run.
class Mutator final
{
public:
    Mutator(quint32 seed, QList<QByteArray> seeds, QList<QByteArray> tokens)
        : m_random(seed), m_seeds(std::move(seeds)), m_tokens(std::move(tokens))
    {
    }

    QByteArray next()
    {
        QByteArray input = pick(m_seeds);
        for (int edits = 1 + below(4); edits > 0; --edits)
            mutate(input);
        input.truncate(maxInputSize);
        return input;
    }

private:
    int below(qsizetype bound) { return bound > 0 ? m_random.bounded(int(bound)) : 0; }
    const QByteArray &pick(const QList<QByteArray> &list) { return list.at(below(list.size())); }
    const QByteArray &token() { return pick(m_tokens); }
    char randomByte() { return char(below(256)); }

    void mutate(QByteArray &input)
    {
        const qsizetype at = below(input.size() + 1);
        const qsizetype span = qMin<qsizetype>(1 + below(16), input.size() - at);
        switch (below(9)) {
        case 0:
            if (at < input.size())
                input[at] = char(input[at] ^ (1 << below(8)));
            break;
        case 1:
            if (at < input.size())
                input[at] = randomByte();
            break;
        case 2:
            input.insert(at, randomByte());
            break;
        case 3:
            input.remove(at, span);
            break;
        case 4:
            input.insert(below(input.size() + 1), input.mid(at, span));
            break;
        case 5:
            input = input.first(at) + splicedTail();
            break;
        case 6:
            input.insert(at, token());
            break;
        case 7:
            input.insert(at, longRun());
            break;
        default:
            input.truncate(at);
            break;
        }
    }

    // The end of another seed, to join with the start of this input.
    QByteArray splicedTail()
    {
        const QByteArray &other = pick(m_seeds);
        return other.sliced(below(other.size() + 1));
    }

    // Runs long enough to pass the parsers' limits (8 KiB heads).
    QByteArray longRun()
    {
        const int count = 100 + below(9000);
        const QByteArray unit = below(2) ? QByteArray(1, randomByte()) : token();
        return unit.repeated(qMax<qsizetype>(1, count / unit.size()));
    }

    QRandomGenerator m_random;
    QList<QByteArray> m_seeds;
    QList<QByteArray> m_tokens;
};

} // namespace

class TestFuzzParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsAndMutations_data();
    void seedsAndMutations();
};

void TestFuzzParsers::seedsAndMutations_data()
{
    QTest::addColumn<int>("index");
    const QList<FuzzBody> bodies = fuzzBodies();
    for (int i = 0; i < bodies.size(); ++i)
        QTest::newRow(bodies[i].name) << i;
}

// A crash or a broken invariant aborts the process, and with it the test.
void TestFuzzParsers::seedsAndMutations()
{
    QFETCH(int, index);
    const FuzzBody body = fuzzBodies().at(index);
    const QString name = QString::fromUtf8(body.name);
    const QList<QByteArray> seeds = readSeeds(name);
    const QList<QByteArray> tokens = readDictionary(name);
    // A wrong path must fail, not pass with nothing run.
    QVERIFY2(!seeds.isEmpty(), qPrintable(u"no seeds in "_s + fuzzFile(u"corpus/"_s + name)));
    QVERIFY2(!tokens.isEmpty(), qPrintable(u"no dictionary for "_s + name));

    const auto run = [&body](const QByteArray &input) {
        setFuzzInputForReport(input);
        return body.run(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    };
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &seed : seeds)
        QCOMPARE(run(seed), 0);
    Mutator mutator(20240917u + quint32(index), seeds, tokens);
    for (int i = 0; i < mutationsPerParser; ++i)
        QCOMPARE(run(mutator.next()), 0);
    setFuzzInputForReport({});
    qInfo("%s: %lld seeds and %d mutations in %lld ms", body.name,
          static_cast<long long>(seeds.size()), mutationsPerParser,
          static_cast<long long>(timer.elapsed()));
}

QTEST_APPLESS_MAIN(TestFuzzParsers)

#include "tst_fuzzparsers.moc"
