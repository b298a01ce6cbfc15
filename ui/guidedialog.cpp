#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("qflags Guide"));
    setObjectName(u"guide"_s);
    auto *layout = new QVBoxLayout(this);
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(u"guideText"_s);
    browser->setOpenExternalLinks(true);
    browser->setHtml(text());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    // Readable lines, and no taller than a small screen.
    resize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 26);
}

QString GuideDialog::text()
{
    const QStringList parts{
        tr("<h3>What qflags does</h3>"
           "<p>qflags downloads country flags, many at a time, and shows them as they arrive. "
           "It is the desktop form of the flags2 examples of <i>Fluent Python</i>: the same servers, "
           "the same country codes, the same counts.</p>"),
        tr("<h3>Why concurrency helps</h3>"
           "<p>A download spends nearly all its time waiting: for the connection, for the server to "
           "answer, for the bytes to travel. The computer is idle meanwhile. With one request at a "
           "time, 20 flags from a server that takes a second to answer take 20 seconds; with 20 in "
           "flight at once, about one second. Concurrency does not make a request faster: it stops "
           "the waits from adding up.</p>"
           "<p>It has limits. Past a point the server, the network or the disk becomes the "
           "bottleneck, and some servers refuse clients that open too many connections. The "
           "<b>Sweep</b> tab measures where that point is.</p>"),
        tr("<h3>The window</h3>"
           "<ul>"
           "<li><b>Settings</b> (F9 shows or hides it): the server, the countries, where to save, "
           "and <b>Concurrency</b>, the number of requests in flight at once. Concurrency can be "
           "changed during a run.</li>"
           "<li><b>Flags</b>: each flag as it is saved. Double-click one to open it.</li>"
           "<li><b>Timeline</b>: one bar per request, from the moment it was queued to the moment "
           "its file was saved, split into its phases as a browser's network panel shows them: "
           "queued (waiting for a slot under the concurrency), blocked (waiting for a connection), "
           "connect or TLS (a new connection: a request on a connection already open has none), "
           "wait (the server thinking) and receive (the bytes arriving). With low concurrency the "
           "bars form a staircase; with high concurrency they start together. The summary says "
           "where the run's time went, and <b>File ▸ Save as HAR</b> writes every request for a "
           "browser's HAR viewer.</li>"
           "<li><b>Sweep</b>: the same run at several concurrency levels, timed, against the ideal "
           "time for the server's delay. Tick <b>Events and threads</b> to run each level both "
           "ways: against a server that only waits, both lines follow the ideal (waiting costs "
           "neither anything), while the table's Threads and Peak MiB show what the waiting costs: "
           "a few threads for the event loop, one thread per request for the pool. That cost is "
           "why a thread pool is kept small.</li>"
           "<li><b>Errors</b> (F8): what went wrong with each code, in words.</li>"
           "<li>The <b>status bar</b>: flags downloaded, not found and failed, requests in flight, "
           "time and rate.</li>"
           "</ul>"),
        tr("<h3>The servers</h3>"
           "<ul>"
           "<li><b>LOCAL</b>: a server built into qflags, on this computer, answering at once.</li>"
           "<li><b>DELAY</b>: the same server, waiting before each answer, as a distant server "
           "would. This is where concurrency shows.</li>"
           "<li><b>ERROR</b>: the same server, failing some requests on purpose with "
           "<i>418 I'm a teapot</i>. <b>Retry Failed</b> fetches them again.</li>"
           "<li><b>REMOTE</b>: the book's own server on the internet.</li>"
           "<li><b>Custom URL template</b>: any server; {cc} stands for the lower-case country "
           "code, {CC} for the upper-case one.</li>"
           "</ul>"),
        tr("<h3>When a run stops</h3>"
           "<p><b>Cancel</b> (Esc) aborts the requests on the wire; flags being saved are finished, "
           "so no half-written file is ever left. <b>Continue</b> then fetches the codes that did "
           "not finish. <b>Retry Failed</b> fetches the codes that failed. <b>Save Report</b> "
           "writes every code's result and times as CSV or JSON.</p>"),
    };
    return parts.join(QString());
}
