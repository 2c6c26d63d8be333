<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>kb::DiagnosePage</name>
    <message numerus="yes">
        <source>%n fix(es) did not finish (KB Wizard was closed or the computer stopped during the fix): %1. The files may hold the old or the new content; each backup is kept, so undo it on the Fix page under &quot;Undo earlier changes&quot;.</source>
        <translation>
            <numerusform>%n fix did not finish (KB Wizard was closed or the computer stopped during the fix): %1. The files may hold the old or the new content; each backup is kept, so undo it on the Fix page under &quot;Undo earlier changes&quot;.</numerusform>
            <numerusform>%n fixes did not finish (KB Wizard was closed or the computer stopped during the fix): %1. The files may hold the old or the new content; each backup is kept, so undo it on the Fix page under &quot;Undo earlier changes&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run. First reason: %1</source>
        <translation>
            <numerusform>%n check could not run. First reason: %1</numerusform>
            <numerusform>%n checks could not run. First reason: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::DownloadCacheCheck</name>
    <message numerus="yes">
        <source>The %n cached component file(s) match the cache&apos;s index.</source>
        <translation>
            <numerusform>The %n cached component file matches the cache&apos;s index.</numerusform>
            <numerusform>The %n cached component files match the cache&apos;s index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component file(s) in the download cache are damaged: %1. </source>
        <translation>
            <numerusform>%n component file in the download cache is damaged: %1. </numerusform>
            <numerusform>%n component files in the download cache are damaged: %1. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::FirewallCheck</name>
    <message numerus="yes">
        <source>%n name(s) resolved; the allow-list below is ready to copy for the firewall administrator.</source>
        <translation>
            <numerusform>%n name resolved; the allow-list below is ready to copy for the firewall administrator.</numerusform>
            <numerusform>%n names resolved; the allow-list below is ready to copy for the firewall administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the names did not resolve from this server (shown below); the allow-list covers the others. Check the server&apos;s DNS settings.</source>
        <translation>
            <numerusform>%n of the names did not resolve from this server (shown below); the allow-list covers the others. Check the server&apos;s DNS settings.</numerusform>
            <numerusform>%n of the names did not resolve from this server (shown below); the allow-list covers the others. Check the server&apos;s DNS settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::FixExecutor</name>
    <message numerus="yes">
        <source>Backed up %n file(s) to %1 and verified the copies.</source>
        <translation>
            <numerusform>Backed up %n file to %1 and verified the copies.</numerusform>
            <numerusform>Backed up %n files to %1 and verified the copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n new file(s) that undo will remove.</source>
        <translation>
            <numerusform>Recorded %n new file that undo will remove.</numerusform>
            <numerusform>Recorded %n new files that undo will remove.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n file(s) the fix removes; undo puts them back.</source>
        <translation>
            <numerusform>Recorded %n file the fix removes; undo puts it back.</numerusform>
            <numerusform>Recorded %n files the fix removes; undo puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::FixPage</name>
    <message numerus="yes">
        <source>%n change(s) can be made. Clear the box of any you do not want.</source>
        <translation>
            <numerusform>%n change can be made. Clear the box of any you do not want.</numerusform>
            <numerusform>%n changes can be made. Clear the box of any you do not want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to fix automatically. %n problem(s) need work by hand or could not be checked: see the diagnosis and the report.</source>
        <translation>
            <numerusform>Nothing to fix automatically. %n problem needs work by hand or could not be checked: see the diagnosis and the report.</numerusform>
            <numerusform>Nothing to fix automatically. %n problems need work by hand or could not be checked: see the diagnosis and the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fix(es) applied and verified. The report lists every change and its backup set.</source>
        <translation>
            <numerusform>%1 of %n fix applied and verified. The report lists every change and its backup set.</numerusform>
            <numerusform>%1 of %n fixes applied and verified. The report lists every change and its backup set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other checked change(s) could not be applied; each says why.</source>
        <translation>
            <numerusform>%n other checked change could not be applied; it says why.</numerusform>
            <numerusform>%n other checked changes could not be applied; each says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s) follow only if the problem persists after these fixes (%1): run the diagnosis again after applying.</source>
        <extracomment>%1 = step ids. The article takes these steps only if the problem persists.</extracomment>
        <translation>
            <numerusform>%n more step follows only if the problem persists after these fixes (%1): run the diagnosis again after applying.</numerusform>
            <numerusform>%n more steps follow only if the problem persists after these fixes (%1): run the diagnosis again after applying.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IisLogFinder</name>
    <message numerus="yes">
        <source>%1: %n log file(s)</source>
        <translation>
            <numerusform>%1: %n log file</numerusform>
            <numerusform>%1: %n log files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IisLogsCheck</name>
    <message numerus="yes">
        <source>%n IIS log file(s) of the site %1 found. The support bundle takes the newest with passwords masked; also run the Case Diagnostic Tool.</source>
        <translation>
            <numerusform>%n IIS log file of the site %1 found. The support bundle takes the newest with passwords masked; also run the Case Diagnostic Tool.</numerusform>
            <numerusform>%n IIS log files of the site %1 found. The support bundle takes the newest with passwords masked; also run the Case Diagnostic Tool.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IniFlagCheck</name>
    <message numerus="yes">
        <source>%n entry(ies) are not set to the value the article requires.</source>
        <translation>
            <numerusform>%n entry is not set to the value the article requires.</numerusform>
            <numerusform>%n entries are not set to the value the article requires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IniValueCheck</name>
    <message numerus="yes">
        <source>%n setting(s) differ from what the article requires.</source>
        <translation>
            <numerusform>%n setting differs from what the article requires.</numerusform>
            <numerusform>%n settings differ from what the article requires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::InstallerCheck</name>
    <message numerus="yes">
        <source>searched %n level(s) of subfolders; %1</source>
        <translation>
            <numerusform>searched %n level of subfolders; %1</numerusform>
            <numerusform>searched %n levels of subfolders; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::PatternDownload</name>
    <message numerus="yes">
        <source>Read %1 (%n byte(s)).</source>
        <translation>
            <numerusform>Read %1 (%n byte).</numerusform>
            <numerusform>Read %1 (%n bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n merge entry(ies) of server.ini, as the article says.</source>
        <translation>
            <numerusform>Ignored %n merge entry of server.ini, as the article says.</numerusform>
            <numerusform>Ignored %n merge entries of server.ini, as the article says.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::PatternFilesCheck</name>
    <message numerus="yes">
        <source>at least %n non-empty %1 file(s)</source>
        <translation>
            <numerusform>at least %n non-empty %1 file</numerusform>
            <numerusform>at least %n non-empty %1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usable file(s)</source>
        <translation>
            <numerusform>%n usable file</numerusform>
            <numerusform>%n usable files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n pattern file(s).</source>
        <translation>
            <numerusform>%1 holds %n pattern file.</numerusform>
            <numerusform>%1 holds %n pattern files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2 of the %n pattern file(s) the article expects.</source>
        <translation>
            <numerusform>%1 holds %2 of the %n pattern file the article expects.</numerusform>
            <numerusform>%1 holds %2 of the %n pattern files the article expects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::ReportPage</name>
    <message numerus="yes">
        <source>%n fix(es) applied and verified</source>
        <translation>
            <numerusform>%n fix applied and verified</numerusform>
            <numerusform>%n fixes applied and verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still to do by hand (see the report)</source>
        <translation>
            <numerusform>%n thing still to do by hand (see the report)</numerusform>
            <numerusform>%n things still to do by hand (see the report)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::ServiceStateCheck</name>
    <message numerus="yes">
        <source>%n service(s) are not running.</source>
        <translation>
            <numerusform>%n service is not running.</numerusform>
            <numerusform>%n services are not running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::SourceAgreementCheck</name>
    <message numerus="yes">
        <source>%n file(s) name the same update source, %1.</source>
        <translation>
            <numerusform>%n file names the same update source, %1.</numerusform>
            <numerusform>%n files name the same update source, %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
