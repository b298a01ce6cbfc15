<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
