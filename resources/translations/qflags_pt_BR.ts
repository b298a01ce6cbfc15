<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file (%1) is over the file size limit (ulimit -f) of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file (%1) is too large for this disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>the image could not be encoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutputOptions</name>
    <message>
        <source>Also write the run as a table: CSV when FILE ends in .csv, JSON when in .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the run, save its request timeline as a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of one run, one whole run per concurrency level (into scratch folders; --dest is not touched), and a table of elapsed time, flags per second and the ideal, e.g. 1,6,30,100,1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sweep: also draw the sweep&apos;s chart into FILE (.png).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --report FILE must end in .csv or .json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --timeline-png FILE must end in .png: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --sweep LEVELS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --report and --timeline-png describe one run, not a --sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --sweep-png FILE needs --sweep LEVELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sweep-png FILE must be a file name ending in .png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>cannot save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (-v lists every code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 like  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the timeline %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be fetched from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep over %1 concurrency levels: %2 (each a whole run into a scratch folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal: ceil(N/C) x %1 s, the server&apos;s mean delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal: ceil(N/C) x one request&apos;s time, measured at the first level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 levels measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be fetched from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcurrencySweep</name>
    <message>
        <source>Cannot make a scratch folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>The embedded flag set is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCodes</name>
    <message>
        <source>--limit N must be &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each CC argument must be A to Z or AA to ZZ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryMetadata</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;country&quot; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;country&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;country&quot; field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country name is too long (%1 characters; at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadEngine</name>
    <message>
        <source>, retried once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, retried %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.json not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country name from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the flag: the save failed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorListModel</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureClassifier</name>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped sending for %1 s after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still not complete after %1 s (%2): the server sends too slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response too large: over the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect to %1 (only http and https, never from https to http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the test server fails some requests on purpose: fetch them again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection dropped by the server after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server timed out waiting for the request (408)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad gateway (502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server busy (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway timed out (504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection dropped by the server before it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused an insecure redirect (HTTPS to HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <source>unknown fault &apos;%1&apos;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &apos;%1&apos; needs a status code, one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &apos;%1&apos; has too many parts: use NAME[:RATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &apos;%1&apos; has a bad rate: use a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagGridModel</name>
    <message>
        <source>Flag of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 ms on the wire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagSaver</name>
    <message>
        <source>The server sent an empty body (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the name is not a plain file name in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: a folder of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: a link of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagSite</name>
    <message>
        <source>Unknown server %1: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags2Report</name>
    <message>
        <source>%1 site: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for 1 flag: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for %1 flags: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection will be used.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concurrent connections will be used.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OK (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flag downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flags downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retried after a transient failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 flags were not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time: %1s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>qflags Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;What qflags does&lt;/h3&gt;&lt;p&gt;qflags downloads country flags, many at a time, and shows them as they arrive. It is the desktop form of the flags2 examples of &lt;i&gt;Fluent Python&lt;/i&gt;: the same servers, the same country codes, the same counts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why concurrency helps&lt;/h3&gt;&lt;p&gt;A download spends nearly all its time waiting: for the connection, for the server to answer, for the bytes to travel. The computer is idle meanwhile. With one request at a time, 20 flags from a server that takes a second to answer take 20 seconds; with 20 in flight at once, about one second. Concurrency does not make a request faster: it stops the waits from adding up.&lt;/p&gt;&lt;p&gt;It has limits. Past a point the server, the network or the disk becomes the bottleneck, and some servers refuse clients that open too many connections. The &lt;b&gt;Sweep&lt;/b&gt; tab measures where that point is.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The window&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; (F9 shows or hides it): the server, the countries, where to save, and &lt;b&gt;Concurrency&lt;/b&gt;, the number of requests in flight at once. Concurrency can be changed during a run.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flags&lt;/b&gt;: each flag as it is saved. Double-click one to open it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Timeline&lt;/b&gt;: one bar per request, from the moment it was queued to the moment its file was saved. With low concurrency the bars form a staircase; with high concurrency they start together.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sweep&lt;/b&gt;: the same run at several concurrency levels, timed, against the ideal time for the server&apos;s delay.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Errors&lt;/b&gt; (F8): what went wrong with each code, in words.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;status bar&lt;/b&gt;: flags downloaded, not found and failed, requests in flight, time and rate.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The servers&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LOCAL&lt;/b&gt;: a server built into qflags, on this computer, answering at once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DELAY&lt;/b&gt;: the same server, waiting before each answer, as a distant server would. This is where concurrency shows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERROR&lt;/b&gt;: the same server, failing some requests on purpose with &lt;i&gt;418 I&apos;m a teapot&lt;/i&gt;. &lt;b&gt;Retry Failed&lt;/b&gt; fetches them again.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMOTE&lt;/b&gt;: the book&apos;s own server on the internet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Custom URL template&lt;/b&gt;: any server; {cc} stands for the lower-case country code, {CC} for the upper-case one.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;When a run stops&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Cancel&lt;/b&gt; (Esc) aborts the requests on the wire; flags being saved are finished, so no half-written file is ever left. &lt;b&gt;Continue&lt;/b&gt; then fetches the codes that did not finish. &lt;b&gt;Retry Failed&lt;/b&gt; fetches the codes that failed. &lt;b&gt;Save Report&lt;/b&gt; writes every code&apos;s result and times as CSV or JSON.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: requests on the wire are aborted, saves finish (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the codes the cancelled run did not finish, into the same folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qflags &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About qflags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fl&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About qflags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;qflags %1&lt;/h3&gt;&lt;p&gt;Downloads country flags concurrently and shows them as they arrive: the desktop form of the flags2 examples of &lt;i&gt;Fluent Python&lt;/i&gt;, 2nd edition, by Luciano Ramalho (chapters 20 and 21).&lt;/p&gt;&lt;p&gt;The built-in server&apos;s flags are Debian&apos;s iso-flags-png-320x240 (public domain); their country names come from Debian&apos;s iso-codes. The REMOTE server is the book&apos;s, fluentpython.com.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a long sweep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This sweep will take at least %1: each level fetches all %n flag(s), and the lowest levels wait for the server&apos;s delay many times over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer countries, a shorter delay, or leaving out the lowest levels make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 was cancelled on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were cancelled on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 never started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  retried %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  cancelled %1  ·  not started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  cancelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1  ·  not found %2  ·  errors %3%4  ·  in flight %5 of %6  ·  %7 s  ·  %8 flags/s%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start downloading (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetch the %n code(s) the cancelled run did not finish, into the same folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A run is going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the codes that failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QHttp</name>
    <message>
        <source>SSL handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server: {cc} is the lower-case country code, {CC} the upper-case one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a request that receives nothing for this long while on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh requests after a failure that may pass: refused or reset connections, timeouts, 408, 429, 500, 502, 503, 504</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL — built-in server, fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELAY — built-in server, slow answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR — built-in server, some 418 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOTE — fluentpython.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests answered 418</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of requests the built-in server answers 418 I&apos;m a teapot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered 418</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the 20 most populous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes or first letters, as on the command line: &quot;BR CN A&quot; (A = AA to AZ), -a for all 194, -e for every code AA to ZZ; empty for the 20 most populous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All 194</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every AA–ZZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: only the first N codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first N codes, after sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once: 1 to 30 step by step, then up to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest delay is %1 to %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest delay is %1 to %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error rate is %1 to %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency is %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout is %1 to %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries are %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers can take up to %1 s, longer than the timeout: the slower requests will fail, on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save flags to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BR will be fetched from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code: type two letters (BR), one letter (B for BA to BZ), -a or -e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is 1 to %1, or 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 flags will be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 flag will be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flags will be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags are saved here as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to save the flags in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the full path, such as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is read-only for you: choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags already here are replaced when they arrive again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create this folder: %1 is a broken link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create this folder: %1 is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create this folder: %1 is read-only for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch country &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each flag, ask the server for the country&apos;s name ({cc}/metadata.json, as flags3 does), under the same concurrency limit. Without an answer, the system&apos;s name is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name files b&amp;y country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &quot;Côte d&apos;Ivoire.png&quot; instead of &quot;ci.png&quot;. Names are made safe for every file system; a name taken twice gets the code, as in &quot;Congo (CD).png&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOptionsParser</name>
    <message>
        <source>get all available flags (the 194 of the flags2 set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get flags for every possible code (AA...ZZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit to N first codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum concurrent requests (default=%1, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server to hit; one of %1 (default=LOCAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any other server: a URL template with {cc} (lower case) or {CC} (upper case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds a request may wait for data while on the wire (default=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh requests after a transient failure: refused, reset, timeout, 408, 429, 500, 502, 503, 504 (default=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder to save flags in (default=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output detailed progress info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also fetch each country&apos;s name (flags3: {cc}/metadata.json next to the flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save flags under their country&apos;s name (&quot;Côte d&apos;Ivoire.png&quot;); implies --names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM) for this run, beside the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country code or 1st letter (eg. B for BA...BZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --max_req CONCURRENT must be a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --limit N must be a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --server LABEL must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --timeout SECONDS must be a number above 0 and at most 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --retries N must be from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --dest DIR must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --cacert FILE must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --cacert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL]%2 [-d DIR] [--url TEMPLATE] [--timeout SECONDS] [--retries N] [--names] [--name-files] [--cacert FILE]%3 [CC ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a file of certificates (%1, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 in it has no end line (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 in it is damaged (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate in it (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>a report is saved as .csv or .json, not as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is not the report&apos;s header (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;results&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report is a .csv or .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown result &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or the code is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>Serves country flags over HTTP, slowly or unreliably on request, for qflags and the flags2 examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root must be a directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delay must be SECONDS or MIN:MAX with 0 &lt;= MIN &lt;= MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--error-rate must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind must be an IP address such as 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the files under DIR instead of the embedded flag set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold each answer MIN seconds, or a random time from MIN to MAX seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a fraction P (0 to 1) of requests 418.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault into a fraction RATE (0 to 1, default 1) of requests; repeat for several, the first that fires wins. NAME is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on port N (default 8001, 0 for any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on ADDRESS (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed delays and errors with N, so runs repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every request on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the embedded flag set (%1 flags) on %2/flags/{cc}/{cc}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1 on %2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer waits %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer waits %1 to %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of requests are answered 418 I&apos;m a teapot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected faults: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message>
        <source>1 flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers delayed %1 to %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers delayed %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % answered 418</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep · %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal: the N = %1 requests go in waves of C at a time, each wave as long as one request (measured at the first level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s, one request&apos;s time measured at C = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s, the server&apos;s mean delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal = ⌈N/C⌉ × %1: the N = %2 requests go in waves of C at a time. From C = N on, all are on the wire at once and the run takes one wave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that timed out or failed were retried: that time is not in the ideal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal ⌈N/C⌉ × %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C = N = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each level is a whole run; its point appears here when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency C: requests on the wire at once (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepChartWidget</name>
    <message>
        <source>Sweep chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepLevels</name>
    <message>
        <source>Give at least one concurrency level, such as 1,6,30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level is missing between two commas in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a concurrency level: give whole numbers from 1 to %2, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency level %1 is out of range: each level must be from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepTableModel</name>
    <message>
        <source>Concurrency: requests on the wire at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the whole run took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags saved per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the server&apos;s delay alone would take: ⌈N/C⌉ waves of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes the server has no flag for (404): OK, not found and errors add up to N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes that failed after their retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>L&amp;evels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency levels from 1 to 1000, separated by commas: each is a whole run of the form&apos;s countries from its server, into a scratch folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run swee&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sweep: the level on the wire is aborted, no other runs (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each level runs the form&apos;s countries from its server once, into a scratch folder (the Save to folder is not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), one at each level</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n flag(s) each: at least %2 at the server&apos;s delay</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n flag(s) each: how long depends on the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run the form&apos;s countries once at each level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (%2 of %3): %4 of %5 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C = %1 took %2 s, C = %3 took %4 s: %5 times as fast, where the ideal is %6 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: 1 level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sweep chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Request timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued 0.000 s to %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 s to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1 s to %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at most %2 on the wire, %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole run (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: rows · Ctrl+wheel or +/−: zoom · Shift+wheel or ←/→: time · hover a bar for its times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlTemplate</name>
    <message>
        <source>Enter a URL template, such as https://flagcdn.com/w320/{cc}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder %1: use {cc} (lower-case code) or {CC} (upper-case code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template must contain {cc} (lower-case code) or {CC} (upper-case code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL template is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Download flags for country codes concurrently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download country flags concurrently and watch them arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start downloading at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a concurrency sweep at once at these levels, e.g. 1,6,30,100 (instead of --start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Usage error: --sweep LEVELS: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
