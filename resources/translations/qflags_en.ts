<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliRun</name>
    <message numerus="yes">
        <source>Nothing to fetch: all %n flag(s) are already in %1.</source>
        <translation>
            <numerusform>Nothing to fetch: all %n flag are already in %1.</numerusform>
            <numerusform>Nothing to fetch: all %n flags are already in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing: %1 of %n flag(s) already in %2, %3 to fetch.</source>
        <translation>
            <numerusform>Continuing: %1 of %n flag already in %2, %3 to fetch.</numerusform>
            <numerusform>Continuing: %1 of %n flags already in %2, %3 to fetch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Strategy threads: each request blocks a thread of its own, %n thread(s).</source>
        <translation>
            <numerusform>Strategy threads: each request blocks a thread of its own, %n thread.</numerusform>
            <numerusform>Strategy threads: each request blocks a thread of its own, %n threads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message numerus="yes">
        <source>Cancelled: %1 of %n run(s) measured.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n run measured.</numerusform>
            <numerusform>Cancelled: %1 of %n runs measured.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadEngine</name>
    <message numerus="yes">
        <source>, retried %n time(s)</source>
        <translation>
            <numerusform>, retried once</numerusform>
            <numerusform>, retried %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureClassifier</name>
    <message numerus="yes">
        <source>%1 of %n byte(s)</source>
        <translation>
            <numerusform>%1 of %n byte</numerusform>
            <numerusform>%1 of %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flags2Report</name>
    <message numerus="yes">
        <source>Searching for %n flag(s): %1
</source>
        <translation>
            <numerusform>Searching for %n flag: %1
</numerusform>
            <numerusform>Searching for %n flags: %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent connection(s) will be used.
</source>
        <translation>
            <numerusform>%n connection will be used.
</numerusform>
            <numerusform>%n concurrent connections will be used.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 flag(s) downloaded.</source>
        <translation>
            <numerusform>%1 flag downloaded.</numerusform>
            <numerusform>%1 flags downloaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s).</source>
        <translation>
            <numerusform>%1 error.</numerusform>
            <numerusform>%1 errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n flag(s) were not fetched.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n flag were not fetched.</numerusform>
            <numerusform>Cancelled: %1 of %n flags were not fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 not found.</source>
        <translation>
            <numerusform>%1 not found.</numerusform>
            <numerusform>%1 not found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unchanged.</source>
        <translation>
            <numerusform>%1 unchanged.</numerusform>
            <numerusform>%1 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarLog</name>
    <message numerus="yes">
        <source>%1 %2, %n flag(s) at concurrency %3</source>
        <translation>
            <numerusform>%1 %2, %n flag at concurrency %3</numerusform>
            <numerusform>%1 %2, %n flags at concurrency %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HAR file saved to %1 (%n request(s))</source>
        <translation>
            <numerusform>HAR file saved to %1 (%n request)</numerusform>
            <numerusform>HAR file saved to %1 (%n requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errors (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sweep will take at least %1: each level fetches all %n flag(s), and the lowest levels wait for the server&apos;s delay many times over.</source>
        <translation>
            <numerusform>This sweep will take at least %1: each level fetches all %n flag, and the lowest levels wait for the server&apos;s delay many times over.</numerusform>
            <numerusform>This sweep will take at least %1: each level fetches all %n flags, and the lowest levels wait for the server&apos;s delay many times over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetch the %n code(s) the cancelled run did not finish, into the same folder</source>
        <translation>
            <numerusform>Fetch the %n code the cancelled run did not finish, into the same folder</numerusform>
            <numerusform>Fetch the %n codes the cancelled run did not finish, into the same folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was cancelled on the wire</source>
        <translation>
            <numerusform>%n was cancelled on the wire</numerusform>
            <numerusform>%n were cancelled on the wire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cancelled (%n)</source>
        <translation>
            <numerusform>, cancelled (%n)</numerusform>
            <numerusform>, cancelled (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n code(s) so far: %1 downloaded, %2 not found, %3 errors, %4 not fetched</source>
        <translation>
            <numerusform>All %n code so far: %1 downloaded, %2 not found, %3 errors, %4 not fetched</numerusform>
            <numerusform>All %n codes so far: %1 downloaded, %2 not found, %3 errors, %4 not fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The threads strategy needs %n thread(s) at once, one per request.</source>
        <translation>
            <numerusform>The threads strategy needs %n thread at once, one per request.</numerusform>
            <numerusform>The threads strategy needs %n threads at once, one per request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message numerus="yes">
        <source>The first %1 of %n flag(s) will be fetched</source>
        <translation>
            <numerusform>The first %1 of %n flag will be fetched</numerusform>
            <numerusform>The first %1 of %n flags will be fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) will be fetched</source>
        <translation>
            <numerusform>%n flag will be fetched</numerusform>
            <numerusform>%n flags will be fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) already here: downloaded again only if changed</source>
        <translation>
            <numerusform>%n flag already here: downloaded again only if changed</numerusform>
            <numerusform>%n flags already here: downloaded again only if changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message numerus="yes">
        <source>%n run(s), one at each level</source>
        <translation>
            <numerusform>%n run, one at each level</numerusform>
            <numerusform>%n runs, one at each level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n flag(s) each: at least %2 at the server&apos;s delay</source>
        <translation>
            <numerusform>%1, of %n flag each: at least %2 at the server&apos;s delay</numerusform>
            <numerusform>%1, of %n flags each: at least %2 at the server&apos;s delay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n flag(s) each: how long depends on the server</source>
        <translation>
            <numerusform>%1, of %n flag each: how long depends on the server</numerusform>
            <numerusform>%1, of %n flags each: how long depends on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), one at each level with each strategy</source>
        <translation>
            <numerusform>%n run, one at each level with each strategy</numerusform>
            <numerusform>%n runs, one at each level with each strategy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n run(s).</source>
        <translation>
            <numerusform>Cancelled after %1 of %n run.</numerusform>
            <numerusform>Cancelled after %1 of %n runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s).</source>
        <translation>
            <numerusform>Done: %n run.</numerusform>
            <numerusform>Done: %n runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
</context>
</TS>
