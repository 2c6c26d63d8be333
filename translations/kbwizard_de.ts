<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>kb::ActiveUpdateIni</name>
    <message>
        <source>%1 is not an http(s) address: &quot;%2&quot;.</source>
        <translation>%1 ist keine http(s)-Adresse: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The component line %1 names no file.</source>
        <translation>Die Komponentenzeile %1 nennt keine Datei.</translation>
    </message>
    <message>
        <source>The size of %1 is not a number: &quot;%2&quot;.</source>
        <translation>Die Größe von %1 ist keine Zahl: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This is not an ActiveUpdate server.ini: it has no [Server] address and no component lines.</source>
        <translation>Dies ist keine ActiveUpdate-server.ini: Sie enthält weder eine [Server]-Adresse noch Komponentenzeilen.</translation>
    </message>
</context>
<context>
    <name>kb::AnsiCodePage</name>
    <message>
        <source>The file is not UTF-8 and this line holds bytes that are not text in the server&apos;s ANSI code page %1, so the wizard does not edit it (it is only shown). Check the file&apos;s encoding, or change it by hand.</source>
        <translation>Die Datei ist nicht UTF-8, und diese Zeile enthält Bytes, die in der ANSI-Codepage %1 des Servers kein Text sind; der Assistent ändert sie deshalb nicht (sie wird nur angezeigt). Prüfen Sie die Kodierung der Datei oder ändern Sie sie von Hand.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (the server&apos;s ANSI code page is %1) and the change would write characters the wizard can only encode as Windows-1252 into this line, so the wizard does not edit it. Change it by hand.</source>
        <translation>Die Datei ist nicht UTF-8 (die ANSI-Codepage des Servers ist %1), und die Änderung würde Zeichen in diese Zeile schreiben, die der Assistent nur als Windows-1252 kodieren kann; der Assistent ändert sie deshalb nicht. Ändern Sie sie von Hand.</translation>
    </message>
</context>
<context>
    <name>kb::AppcmdParser</name>
    <message>
        <source>appcmd was denied access to the IIS configuration: %1</source>
        <translation>appcmd wurde der Zugriff auf die IIS-Konfiguration verweigert: %1</translation>
    </message>
    <message>
        <source>appcmd reported: %1</source>
        <translation>appcmd meldete: %1</translation>
    </message>
    <message>
        <source>appcmd failed with exit code %1: %2</source>
        <translation>appcmd ist mit Exitcode %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not find the anonymous authentication settings in appcmd&apos;s output.</source>
        <translation>Die Einstellungen für die anonyme Authentifizierung wurden in der Ausgabe von appcmd nicht gefunden.</translation>
    </message>
    <message>
        <source>appcmd ended without confirming the change; its output was: %1</source>
        <translation>appcmd wurde beendet, ohne die Änderung zu bestätigen; seine Ausgabe war: %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
</context>
<context>
    <name>kb::ApplicationHostConfig</name>
    <message>
        <source>applicationHost.config is not readable XML (line %1: %2).</source>
        <translation>applicationHost.config ist kein lesbares XML (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>applicationHost.config has no site or application &quot;%1&quot;.</source>
        <translation>applicationHost.config enthält keine Website oder Anwendung &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kb::Archive</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot open the archive: %1</source>
        <translation>Das Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The destination folder does not exist.</source>
        <translation>Der Zielordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Es kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete: %1</source>
        <translation>Das Archiv ist beschädigt oder unvollständig: %1</translation>
    </message>
    <message>
        <source>The archive holds an entry outside its folder (&quot;%1&quot;); nothing was extracted.</source>
        <translation>Das Archiv enthält einen Eintrag außerhalb seines Ordners (&quot;%1&quot;); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive holds a link (&quot;%1&quot;); nothing was extracted.</source>
        <translation>Das Archiv enthält eine Verknüpfung (&quot;%1&quot;); es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Cannot create a folder.</source>
        <translation>Es kann kein Ordner erstellt werden.</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot;, which is not a regular file; nothing was extracted.</source>
        <translation>Das Archiv enthält &quot;%1&quot;, das keine reguläre Datei ist; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot; twice; nothing was extracted.</source>
        <translation>Das Archiv enthält &quot;%1&quot; doppelt; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (%1): %2</source>
        <translation>Das Archiv ist beschädigt oder unvollständig (%1): %2</translation>
    </message>
    <message>
        <source>Cannot write (is the disk full?): %1</source>
        <translation>Schreiben nicht möglich (ist der Datenträger voll?): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is incomplete: %L2 of %L3 bytes.</source>
        <translation>&quot;%1&quot; ist unvollständig: %L2 von %L3 Bytes.</translation>
    </message>
    <message>
        <source>A folder or link is in the way; nothing was extracted.</source>
        <translation>Ein Ordner oder eine Verknüpfung ist im Weg; es wurde nichts entpackt.</translation>
    </message>
    <message>
        <source>Cannot move the extracted file into place: %1</source>
        <translation>Die entpackte Datei kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name inside a zip file.</source>
        <translation>&quot;%1&quot; ist als Name innerhalb einer ZIP-Datei nicht zulässig.</translation>
    </message>
    <message>
        <source>Cannot create the zip file: %1</source>
        <translation>Die ZIP-Datei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot start the zip file: %1</source>
        <translation>Mit dem Schreiben der ZIP-Datei kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip file: %2</source>
        <translation>%1 kann nicht in die ZIP-Datei geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot finish the zip file: %1</source>
        <translation>Die ZIP-Datei kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the zip file: %1</source>
        <translation>Die ZIP-Datei kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a zip archive but %2 data; only zip archives (stored or deflated) are read.</source>
        <translation>%1 ist kein ZIP-Archiv, sondern %2-Daten; gelesen werden nur ZIP-Archive (gespeichert oder mit Deflate komprimiert).</translation>
    </message>
    <message>
        <source>%1 is not a complete zip archive (truncated, damaged or of another format): %2</source>
        <translation>%1 ist kein vollständiges ZIP-Archiv (abgeschnitten, beschädigt oder in einem anderen Format): %2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %L2 bytes; refused.</source>
        <translation>%1 würde auf mehr als %L2 Bytes entpackt; abgelehnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is encrypted or compressed with a method other than deflate (%3); nothing was extracted.</source>
        <translation>„%1“ in %2 ist verschlüsselt oder mit einem anderen Verfahren als Deflate komprimiert (%3); nichts wurde entpackt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the archive has no plain size; nothing was extracted.</source>
        <translation>„%1“ im Archiv hat keine einfache Größenangabe; nichts wurde entpackt.</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (%1): data out of order.</source>
        <translation>Das Archiv ist beschädigt oder unvollständig (%1): Daten in falscher Reihenfolge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more data than its declared size.</source>
        <translation>„%1“ enthält mehr Daten als seine angegebene Größe.</translation>
    </message>
</context>
<context>
    <name>kb::BackupStore</name>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot read the whole file.</source>
        <translation>Die Datei kann nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation>Der Sicherungsordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The file appeared after the preview was made; run the diagnosis again.</source>
        <translation>Die Datei ist erst nach dem Erstellen der Vorschau entstanden; führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <source>The file changed after the preview was made; run the diagnosis again.</source>
        <translation>Die Datei wurde nach dem Erstellen der Vorschau geändert; führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <source>The backup copy does not match the original; nothing was changed.</source>
        <translation>Die Sicherungskopie stimmt nicht mit dem Original überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>IIS site %1, anonymous authentication</source>
        <translation>IIS-Website %1, anonyme Authentifizierung</translation>
    </message>
    <message>
        <source>No backup set with the id &quot;%1&quot;.</source>
        <translation>Keine Sicherung mit der ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The backup manifest is damaged: %1</source>
        <translation>Das Manifest der Sicherung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The backup manifest names a file outside its folder.</source>
        <translation>Das Manifest der Sicherung nennt eine Datei außerhalb seines Ordners.</translation>
    </message>
    <message>
        <source>The backup manifest belongs to another set (%1).</source>
        <translation>Das Manifest gehört zu einer anderen Sicherung (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 was already undone.</source>
        <translation>Sicherung %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The backup copy of %1 is damaged (its SHA-256 differs from the manifest); nothing was restored.</source>
        <translation>Die Sicherungskopie von %1 ist beschädigt (ihr SHA-256 weicht vom Manifest ab); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 was changed after the fix was applied; undo would lose those changes, so nothing was restored. Use --force (or &quot;Undo anyway&quot;) to restore the backup regardless.</source>
        <translation>%1 wurde nach dem Anwenden der Korrektur geändert; beim Rückgängigmachen gingen diese Änderungen verloren, daher wurde nichts wiederhergestellt. Verwenden Sie --force (oder &quot;Trotzdem rückgängig machen&quot;), um die Sicherung dennoch wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restoring permissions needs the host backend.</source>
        <translation>Zum Wiederherstellen von Berechtigungen wird das Host-Backend benötigt.</translation>
    </message>
    <message>
        <source>Restored the permissions of %1.</source>
        <translation>Berechtigungen von %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring IIS settings needs the host backend.</source>
        <translation>Zum Wiederherstellen von IIS-Einstellungen wird das Host-Backend benötigt.</translation>
    </message>
    <message>
        <source>%1 is already gone.</source>
        <translation>%1 ist bereits entfernt.</translation>
    </message>
    <message>
        <source>%1 already holds its original content.</source>
        <translation>%1 hat bereits den ursprünglichen Inhalt.</translation>
    </message>
    <message>
        <source>Cannot remove the file the fix added: %1</source>
        <translation>Die von der Korrektur hinzugefügte Datei kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed %1, which the fix had added.</source>
        <translation>%1 entfernt (von der Korrektur hinzugefügt).</translation>
    </message>
    <message>
        <source>The backup copy is damaged; nothing was restored.</source>
        <translation>Die Sicherungskopie ist beschädigt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The restored file does not match the backup.</source>
        <translation>Die wiederhergestellte Datei stimmt nicht mit der Sicherung überein.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restarted the service %1.</source>
        <translation>Dienst %1 neu gestartet.</translation>
    </message>
    <message>
        <source>Could not restart the service %1: %2</source>
        <translation>Der Dienst %1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>An edit cannot both create and delete a file.</source>
        <translation>Eine Änderung kann eine Datei nicht zugleich erstellen und löschen.</translation>
    </message>
    <message>
        <source>%1, which the fix removed, exists again with other content (perhaps downloaded again by an update); undo would overwrite it, so nothing was restored. Use --force (or &quot;Undo anyway&quot;) to restore the backup regardless.</source>
        <translation>%1 wurde von der Korrektur entfernt, ist aber inzwischen mit anderem Inhalt wieder vorhanden (vielleicht durch ein Update erneut heruntergeladen); beim Rückgängigmachen würde die Datei überschrieben, daher wurde nichts wiederhergestellt. Verwenden Sie --force (oder &quot;Trotzdem rückgängig machen&quot;), um die Sicherung dennoch wiederherzustellen.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Restored %1, which the fix had removed.</source>
        <translation>%1 wiederhergestellt (von der Korrektur entfernt).</translation>
    </message>
    <message>
        <source>Cannot make the backup folder private to administrators: %1</source>
        <translation>Der Sicherungsordner kann nicht auf Administratoren beschränkt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot change its permissions</source>
        <translation>seine Berechtigungen können nicht geändert werden</translation>
    </message>
    <message>
        <source>The manifest of backup set %1 names %2, which the fix %3/%4 never changes; the set may have been tampered with. Undo refused; nothing was restored.</source>
        <translation>Das Manifest des Sicherungssatzes %1 nennt %2, was die Korrektur %3/%4 nie ändert; der Satz wurde möglicherweise manipuliert. Rückgängig machen verweigert; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Backup set %1 belongs to the installation %2, not to %3. Undo refused; nothing was restored.</source>
        <translation>Der Sicherungssatz %1 gehört zur Installation %2, nicht zu %3. Rückgängig machen verweigert; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>the permissions of %1</source>
        <translation>die Berechtigungen von %1</translation>
    </message>
    <message>
        <source>the IIS site %1</source>
        <translation>die IIS-Site %1</translation>
    </message>
    <message>
        <source>Backup set %1: %2 Undo refused; nothing was restored.</source>
        <translation>Sicherungssatz %1: %2 Rückgängig machen verweigert; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>den Dienst %1</translation>
    </message>
</context>
<context>
    <name>kb::CheckRunner</name>
    <message>
        <source>The check did not finish within %1 seconds.</source>
        <translation>Die Prüfung wurde nicht innerhalb von %1 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>kb::Cli</name>
    <message>
        <source>kbwizard: %1</source>
        <translation>kbwizard: %1</translation>
    </message>
    <message>
        <source>Run kbwizard --help for the options.</source>
        <translation>Rufen Sie kbwizard --help auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>kbwizard: error: %1</source>
        <translation>kbwizard: Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Backup sets in %1:</source>
        <translation>Sicherungen in %1:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>kbwizard: undo refused: %1</source>
        <translation>kbwizard: Rückgängigmachen abgelehnt: %1</translation>
    </message>
    <message>
        <source>Backup set %1 was restored.</source>
        <translation>Sicherung %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>no backup set with the id &quot;%1&quot; for this server.</source>
        <translation>keine Sicherung mit der ID &quot;%1&quot; für diesen Server.</translation>
    </message>
    <message>
        <source>Installation: %1 (%2 %3)</source>
        <translation>Installation: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>expected an object of steps, each an object of input values.</source>
        <translation>erwartet wird ein Objekt aus Schritten, jeder Schritt ein Objekt mit Eingabewerten.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be an object of input values.</source>
        <translation>der Wert von &quot;%1&quot; muss ein Objekt mit Eingabewerten sein.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>give either --root DIR or --demo [DIR].</source>
        <translation>geben Sie entweder --root DIR oder --demo [DIR] an.</translation>
    </message>
    <message>
        <source>give exactly one of --article, --list-backups or --undo.</source>
        <translation>geben Sie genau eine der Optionen --article, --list-backups oder --undo an.</translation>
    </message>
    <message>
        <source>--yes only goes with --fix.</source>
        <translation>--yes ist nur zusammen mit --fix zulässig.</translation>
    </message>
    <message>
        <source>--force only goes with --undo.</source>
        <translation>--force ist nur zusammen mit --undo zulässig.</translation>
    </message>
    <message>
        <source>Demo server copied to %1</source>
        <translation>Demo-Server kopiert nach %1</translation>
    </message>
    <message>
        <source>unknown host backend &quot;%1&quot;: use windows, demo or none.</source>
        <translation>unbekanntes Host-Backend &quot;%1&quot;: Verwenden Sie windows, demo oder none.</translation>
    </message>
    <message>
        <source>unknown article &quot;%1&quot; (known: %2, all).</source>
        <translation>unbekannter Artikel &quot;%1&quot; (bekannt: %2, all).</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot; for --fix.</source>
        <translation>unbekannter Schritt &quot;%1&quot; für --fix.</translation>
    </message>
    <message>
        <source>Skipped %1: it applies to %2 and no such installation was found under %3.</source>
        <translation>%1 übersprungen: Der Artikel gilt für %2, und unter %3 wurde keine solche Installation gefunden.</translation>
    </message>
    <message>
        <source>warning: %1 applies to %2, but the installation looks like %3.</source>
        <translation>Warnung: %1 gilt für %2, die Installation sieht aber nach %3 aus.</translation>
    </message>
    <message>
        <source>%1: nothing to fix.</source>
        <translation>%1: nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>--- Fix for %1: %2</source>
        <translation>--- Korrektur für %1: %2</translation>
    </message>
    <message>
        <source>%1: fixed and verified (backup set %2).</source>
        <translation>%1: korrigiert und überprüft (Sicherung %2).</translation>
    </message>
    <message>
        <source>%1: the fix failed: %2</source>
        <translation>%1: Die Korrektur ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Previews only: add --yes to apply (every change is backed up first).</source>
        <translation>Nur Vorschau: Mit --yes werden die Änderungen angewendet (jede Änderung wird vorher gesichert).</translation>
    </message>
    <message>
        <source>no installation under %1 matches the article.</source>
        <translation>keine Installation unter %1 passt zu dem Artikel.</translation>
    </message>
    <message>
        <source>Support bundle written to %1</source>
        <translation>Support-Paket geschrieben nach %1</translation>
    </message>
    <message>
        <source>--pdf needs a graphical application object (the kbwizard program creates one when --pdf is given).</source>
        <translation>--pdf benötigt ein grafisches Anwendungsobjekt (das Programm kbwizard erstellt eines, wenn --pdf angegeben ist).</translation>
    </message>
    <message>
        <source>%1: nothing left to change.</source>
        <translation>%1: Es gibt nichts mehr zu ändern.</translation>
    </message>
    <message>
        <source>%1: not fixed: its check could not read what it needs (see the error).</source>
        <translation>%1: nicht behoben: Die Prüfung konnte nicht lesen, was sie braucht (siehe Fehlermeldung).</translation>
    </message>
    <message>
        <source>(interrupted: the fix did not finish; undo it with --undo %1)</source>
        <translation>(unterbrochen: Die Korrektur wurde nicht abgeschlossen; machen Sie sie mit --undo %1 rückgängig)</translation>
    </message>
    <message>
        <source>kbwizard: warning: the fix of %1/%2 started %3 was interrupted before it finished; its backup is kept: undo it with --undo %4</source>
        <translation>kbwizard: Warnung: Die Korrektur von %1/%2, gestartet %3, wurde vor ihrem Ende unterbrochen; ihre Sicherung ist erhalten: machen Sie sie mit --undo %4 rückgängig</translation>
    </message>
    <message>
        <source>--apply takes the installation and the steps from the plan: give no --root, --demo, --article, --fix, --plan-out, --list-backups or --undo with it.</source>
        <translation>--apply nimmt die Installation und die Schritte aus dem Plan: geben Sie dazu kein --root, --demo, --article, --fix, --plan-out, --list-backups oder --undo an.</translation>
    </message>
    <message>
        <source>--apply changes the server: add --yes (the plan&apos;s previews are in the plan file).</source>
        <translation>--apply ändert den Server: Geben Sie --yes an (die Vorschauen des Plans stehen in der Plandatei).</translation>
    </message>
    <message>
        <source>--plan-out only goes with --fix.</source>
        <translation>--plan-out ist nur zusammen mit --fix zulässig.</translation>
    </message>
    <message>
        <source>--plan-out writes the plan and changes nothing: give no --yes with it.</source>
        <translation>--plan-out schreibt den Plan und ändert nichts: Geben Sie dazu kein --yes an.</translation>
    </message>
    <message>
        <source>--plan-out needs one article (--article ID).</source>
        <translation>--plan-out benötigt genau einen Artikel (--article ID).</translation>
    </message>
    <message>
        <source>%1: the article takes this step only if the problem persists after the earlier fixes; it is planned after them.</source>
        <translation>%1: Der Artikel sieht diesen Schritt nur vor, wenn das Problem nach den vorherigen Korrekturen weiterbesteht; er wird nach ihnen geplant.</translation>
    </message>
    <message>
        <source>Plan written to %1; nothing was changed. Apply it with: kbwizard --headless --apply %1 --yes</source>
        <translation>Plan geschrieben nach %1; es wurde nichts geändert. Anwenden mit: kbwizard --headless --apply %1 --yes</translation>
    </message>
    <message>
        <source>kbwizard: the plan was not applied: %1</source>
        <translation>kbwizard: Der Plan wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>the installation of the plan is no longer at %1.</source>
        <translation>die Installation des Plans befindet sich nicht mehr unter %1.</translation>
    </message>
    <message>
        <source>the plan names an unknown article &quot;%1&quot;.</source>
        <translation>der Plan nennt einen unbekannten Artikel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Applying the plan %1 (made %2) to %3.</source>
        <translation>Der Plan %1 (erstellt %2) wird auf %3 angewendet.</translation>
    </message>
    <message>
        <source>The graphical part of KB Wizard cannot be loaded from %1: %2</source>
        <translation>Der grafische Teil von KB Wizard kann nicht aus %1 geladen werden: %2</translation>
    </message>
    <message>
        <source>it belongs to another version.</source>
        <translation>er gehört zu einer anderen Version.</translation>
    </message>
</context>
<context>
    <name>kb::ConsoleSite</name>
    <message>
        <source>IIS configuration path &quot;%1&quot;</source>
        <translation>IIS-Konfigurationspfad &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kb::DemoHost</name>
    <message>
        <source>The demo host state is not valid JSON: %1</source>
        <translation>Der Zustand des Demo-Hosts ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet...</translation>
    </message>
    <message>
        <source>The service %1 is not installed (error 1060).</source>
        <translation>Der Dienst %1 ist nicht installiert (Fehler 1060).</translation>
    </message>
    <message>
        <source>Windows could not start %1: Error 1053, the service did not respond to the start or control request in a timely fashion.</source>
        <translation>Windows konnte %1 nicht starten: Fehler 1053, der Dienst antwortete nicht rechtzeitig auf die Start- oder Steuerungsanforderung.</translation>
    </message>
    <message>
        <source>Windows could not start %1 (error %2).</source>
        <translation>Windows konnte %1 nicht starten (Fehler %2).</translation>
    </message>
    <message>
        <source>Stopping %1...</source>
        <translation>%1 wird beendet...</translation>
    </message>
    <message>
        <source>The service %1 has not been started (error 1062).</source>
        <translation>Der Dienst %1 wurde nicht gestartet (Fehler 1062).</translation>
    </message>
    <message>
        <source>%1: The system cannot find the file specified.</source>
        <translation>%1: Das System kann die angegebene Datei nicht finden.</translation>
    </message>
    <message>
        <source>Unreadable ACL entry &quot;%1&quot; for %2.</source>
        <translation>Nicht lesbarer ACL-Eintrag &quot;%1&quot; für %2.</translation>
    </message>
    <message>
        <source>Invalid parameter &quot;%1:%2&quot;.</source>
        <translation>Ungültiger Parameter &quot;%1:%2&quot;.</translation>
    </message>
    <message>
        <source>The saved permissions belong to another folder.</source>
        <translation>Die gespeicherten Berechtigungen gehören zu einem anderen Ordner.</translation>
    </message>
    <message>
        <source>The IIS site &quot;%1&quot; does not exist.</source>
        <translation>Die IIS-Website &quot;%1&quot; existiert nicht.</translation>
    </message>
    <message>
        <source>demo host: &quot;elevated&quot;: true in host-state.json</source>
        <translation>Demo-Host: &quot;elevated&quot;: true in host-state.json</translation>
    </message>
    <message>
        <source>demo host: &quot;elevated&quot;: false in host-state.json</source>
        <translation>Demo-Host: &quot;elevated&quot;: false in host-state.json</translation>
    </message>
</context>
<context>
    <name>kb::DemoNetwork</name>
    <message>
        <source>The demo network could not listen on the loopback interface.</source>
        <translation>Das Demo-Netzwerk konnte nicht an der Loopback-Schnittstelle lauschen.</translation>
    </message>
    <message>
        <source>The host %1 has no valid address.</source>
        <translation>Der Host %1 hat keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The host %1 would be reached off this machine.</source>
        <translation>Die Verbindung zum Host %1 würde diesen Computer verlassen.</translation>
    </message>
    <message>
        <source>The service %1 must listen on a loopback address and port.</source>
        <translation>Der Dienst %1 muss an einer Loopback-Adresse und einem Port lauschen.</translation>
    </message>
    <message>
        <source>The host %1 names a site that is not a folder name: %2.</source>
        <translation>Der Host %1 nennt eine Site, die kein Ordnername ist: %2.</translation>
    </message>
</context>
<context>
    <name>kb::DemoSandbox</name>
    <message>
        <source>The folder for the demo server must be empty or not exist yet.</source>
        <translation>Der Ordner für den Demo-Server muss leer sein oder darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>This build contains no demo server.</source>
        <translation>Dieser Build enthält keinen Demo-Server.</translation>
    </message>
    <message>
        <source>The folder holds no demo server created by this program.</source>
        <translation>Der Ordner enthält keinen von diesem Programm erstellten Demo-Server.</translation>
    </message>
</context>
<context>
    <name>kb::DiagnosePage</name>
    <message>
        <source>%L1 ms</source>
        <extracomment>Duration of a check in milliseconds.</extracomment>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <extracomment>Duration of a check in seconds.</extracomment>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>The wizard runs the article&apos;s checks. Nothing is changed on the server. Select a step to see what was found.</source>
        <translation>Der Assistent führt die Prüfungen des Artikels aus. Am Server wird nichts geändert. Wählen Sie einen Schritt aus, um die Befunde zu sehen.</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <extracomment>Progress bar text: %v checks done of %m.</extracomment>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Stop checks</source>
        <translation>Prüfungen &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop checks</source>
        <translation>Prüfungen stoppen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Wiede&amp;rholen</translation>
    </message>
    <message>
        <source>Retry the checks</source>
        <translation>Prüfungen wiederholen</translation>
    </message>
    <message>
        <source>S&amp;teps of the article:</source>
        <translation>Schri&amp;tte des Artikels:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Steps of the article</source>
        <translation>Schritte des Artikels</translation>
    </message>
    <message>
        <source>Each step with its status, result and duration</source>
        <translation>Jeder Schritt mit Status, Ergebnis und Dauer</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>&amp;Befunde:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Evidence of the selected step: where, key, value found, value expected, note</source>
        <translation>Befunde des ausgewählten Schritts: Ort, Schlüssel, gefundener Wert, erwarteter Wert, Hinweis</translation>
    </message>
    <message>
        <source>Checking...</source>
        <extracomment>Status of a step whose check is still running.</extracomment>
        <translation>Wird geprüft...</translation>
    </message>
    <message>
        <source>Select a step to see why it matters and what was found.</source>
        <translation>Wählen Sie einen Schritt aus, um zu sehen, warum er wichtig ist und was gefunden wurde.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Result (%1):</source>
        <translation>Ergebnis (%1):</translation>
    </message>
    <message>
        <source>What to do by hand:</source>
        <translation>Manuell zu erledigen:</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run. First reason: %1</source>
        <translation>
            <numerusform>%n Prüfung konnte nicht ausgeführt werden. Erster Grund: %1</numerusform>
            <numerusform>%n Prüfungen konnten nicht ausgeführt werden. Erster Grund: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a symptom first.</source>
        <translation>Wählen Sie zuerst ein Symptom aus.</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; on %2...</source>
        <translation>&quot;%1&quot; wird auf %2 geprüft...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A status and how many steps have it, e.g. &quot;Failed: 2&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checked &quot;%1&quot; on %2. %3</source>
        <translation>&quot;%1&quot; auf %2 geprüft. %3</translation>
    </message>
    <message>
        <source>Stops the checks still running; their steps are shown as cancelled.</source>
        <translation>Hält die noch laufenden Prüfungen an; ihre Schritte werden als abgebrochen angezeigt.</translation>
    </message>
    <message>
        <source>Runs every check of the article again. Nothing on the server is changed.</source>
        <translation>Führt alle Prüfungen des Artikels erneut aus. Am Server wird nichts geändert.</translation>
    </message>
    <message>
        <source>Runs the checks again after an error.</source>
        <translation>Führt die Prüfungen nach einem Fehler erneut aus.</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <extracomment>%1 = step title, %2 = date and time the fix started</extracomment>
        <translation>%1, gestartet %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) did not finish (KB Wizard was closed or the computer stopped during the fix): %1. The files may hold the old or the new content; each backup is kept, so undo it on the Fix page under &quot;Undo earlier changes&quot;.</source>
        <translation>
            <numerusform>%n Korrektur wurde nicht abgeschlossen (KB Wizard wurde währenddessen geschlossen oder der Computer angehalten): %1. Die Dateien können den alten oder den neuen Inhalt enthalten; die Sicherung ist erhalten, machen Sie die Korrektur auf der Seite „Korrektur“ unter „Frühere Änderungen rückgängig machen“ rückgängig.</numerusform>
            <numerusform>%n Korrekturen wurden nicht abgeschlossen (KB Wizard wurde währenddessen geschlossen oder der Computer angehalten): %1. Die Dateien können den alten oder den neuen Inhalt enthalten; jede Sicherung ist erhalten, machen Sie die Korrekturen auf der Seite „Korrektur“ unter „Frühere Änderungen rückgängig machen“ rückgängig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::DownloadCacheCheck</name>
    <message>
        <source>Disk Cleaner</source>
        <translation>Disk Cleaner</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>There is no download cache index (%1): nothing downloaded is kept to check.</source>
        <translation>Es gibt keinen Index des Download-Cache (%1): Es sind keine heruntergeladenen Dateien zum Prüfen vorhanden.</translation>
    </message>
    <message>
        <source>The download cache index could not be read: %1</source>
        <translation>Der Index des Download-Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Bytes</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>beliebige Größe</translation>
    </message>
    <message>
        <source>index %1 line %2</source>
        <translation>Index %1, Zeile %2</translation>
    </message>
    <message>
        <source>(not in the cache: not downloaded yet)</source>
        <translation>(nicht im Cache: noch nicht heruntergeladen)</translation>
    </message>
    <message>
        <source>0 bytes (empty)</source>
        <translation>0 Bytes (leer)</translation>
    </message>
    <message>
        <source>%L1 bytes: truncated or wrong size</source>
        <translation>%L1 Bytes: abgeschnitten oder falsche Größe</translation>
    </message>
    <message>
        <source>%L1 bytes, %2 %3: checksum does not match</source>
        <translation>%L1 Bytes, %2 %3: Prüfsumme stimmt nicht überein</translation>
    </message>
    <message>
        <source>%L1 bytes, matches the index</source>
        <translation>%L1 Bytes, stimmt mit dem Index überein</translation>
    </message>
    <message numerus="yes">
        <source>The %n cached component file(s) match the cache&apos;s index.</source>
        <translation>
            <numerusform>%n zwischengespeicherte Komponentendatei stimmt mit dem Index des Cache überein.</numerusform>
            <numerusform>Alle %n zwischengespeicherten Komponentendateien stimmen mit dem Index des Cache überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Disk Cleaner on the server: &quot;%1&quot; %2, then start a manual update.</source>
        <translation>Führen Sie Disk Cleaner auf dem Server aus: &quot;%1&quot; %2, und starten Sie anschließend ein manuelles Update.</translation>
    </message>
    <message>
        <source>Disk Cleaner (TMDiskCleaner.exe) is not at %1: download it from Trend Micro (KB 1055066) and run it with %2, or delete the damaged files (and the .sig file beside each) so that the next update downloads them again; then start a manual update.</source>
        <translation>Disk Cleaner (TMDiskCleaner.exe) liegt nicht unter %1: Laden Sie das Tool bei Trend Micro herunter (KB 1055066) und führen Sie es mit %2 aus, oder löschen Sie die beschädigten Dateien (samt der jeweils zugehörigen .sig-Datei), damit das nächste Update sie neu herunterlädt; starten Sie anschließend ein manuelles Update.</translation>
    </message>
    <message numerus="yes">
        <source>%n component file(s) in the download cache are damaged: %1. </source>
        <translation>
            <numerusform>%n Komponentendatei im Download-Cache ist beschädigt: %1. </numerusform>
            <numerusform>%n Komponentendateien im Download-Cache sind beschädigt: %1. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::DownloadCacheFix</name>
    <message>
        <source>Remove the damaged files (and the .sig file beside each) from the ActiveUpdate download cache, after backing them up, so that the next update downloads them again.</source>
        <translation>Die beschädigten Dateien (samt der jeweils zugehörigen .sig-Datei) nach einer Sicherung aus dem ActiveUpdate-Download-Cache entfernen, damit das nächste Update sie neu herunterlädt.</translation>
    </message>
    <message>
        <source>%1 (outside the download cache, or its index)</source>
        <translation>%1 (außerhalb des Download-Cache oder seines Index)</translation>
    </message>
    <message>
        <source>%1 (not a plain file)</source>
        <translation>%1 (keine normale Datei)</translation>
    </message>
    <message>
        <source>None of the damaged files can be removed safely: %1. Clean the cache by hand or with Disk Cleaner.</source>
        <translation>Keine der beschädigten Dateien kann gefahrlos entfernt werden: %1. Bereinigen Sie den Cache von Hand oder mit Disk Cleaner.</translation>
    </message>
    <message>
        <source>The damaged files are removed from the download cache (backed up first); the next update downloads them again.</source>
        <translation>Die beschädigten Dateien werden aus dem Download-Cache entfernt (vorher gesichert); das nächste Update lädt sie neu herunter.</translation>
    </message>
    <message>
        <source>The .sig file beside each damaged file is removed with it, as the manual procedure does. Undo puts every file back as it was, unless an update has since written a new one at the same place.</source>
        <translation>Die zu jeder beschädigten Datei gehörende .sig-Datei wird mit entfernt, wie beim manuellen Vorgehen. Beim Rückgängigmachen wird jede Datei im ursprünglichen Zustand zurückgeschrieben, sofern nicht inzwischen ein Update eine neue Datei an derselben Stelle abgelegt hat.</translation>
    </message>
    <message>
        <source>Left alone (clean them by hand): %1.</source>
        <translation>Unverändert gelassen (von Hand bereinigen): %1.</translation>
    </message>
    <message>
        <source>Disk Cleaner is on the server: you may also run it yourself with &quot;%1&quot; %2. The wizard does not run it.</source>
        <extracomment>%1 = the tool&apos;s path, %2 = its arguments</extracomment>
        <translation>Disk Cleaner ist auf dem Server vorhanden: Sie können das Tool auch selbst mit &quot;%1&quot; %2 ausführen. Der Assistent führt es nicht aus.</translation>
    </message>
    <message>
        <source>Afterwards, start a manual update in the console.</source>
        <translation>Starten Sie anschließend in der Konsole ein manuelles Update.</translation>
    </message>
</context>
<context>
    <name>kb::ElevationCheckedFix</name>
    <message>
        <source>administrator rights</source>
        <translation>Administratorrechte</translation>
    </message>
    <message>
        <source>administrator rights on \\%1</source>
        <translation>Administratorrechte auf \\%1</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nein (%1)</translation>
    </message>
    <message>
        <source>yes: the fixes change permissions, IIS settings and services</source>
        <translation>ja: Die Korrekturen ändern Berechtigungen, IIS-Einstellungen und Dienste</translation>
    </message>
</context>
<context>
    <name>kb::Files</name>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot replace the file: %1</source>
        <translation>Die Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>The file is too large (%L1 bytes).</source>
        <translation>Die Datei ist zu groß (%L1 Bytes).</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Dies ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The file on disk does not hold what was written (read back: %L1 bytes of %L2).</source>
        <translation>Die Datei auf dem Datenträger enthält nicht, was geschrieben wurde (zurückgelesen: %L1 von %L2 Byte).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not the file that was checked (its SHA-256 changed); nothing was written.</source>
        <translation>%1 ist nicht die geprüfte Datei (ihr SHA-256 hat sich geändert); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>kb::FirewallCheck</name>
    <message>
        <source>update source set in %1</source>
        <translation>Update-Quelle, festgelegt in %1</translation>
    </message>
    <message>
        <source>from the server&apos;s settings</source>
        <translation>aus den Einstellungen des Servers</translation>
    </message>
    <message>
        <source>the server&apos;s proxy (allow the server to reach it)</source>
        <translation>Proxy des Servers (dem Server den Zugriff darauf erlauben)</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <source>resolves</source>
        <translation>wird aufgelöst</translation>
    </message>
    <message>
        <source>%1 (%L2 ms)</source>
        <extracomment>%1 = addresses, %2 = milliseconds</extracomment>
        <translation>%1 (%L2 ms)</translation>
    </message>
    <message>
        <source>allow these addresses</source>
        <translation>diese Adressen zulassen</translation>
    </message>
    <message>
        <source>allow %1</source>
        <translation>%1 zulassen</translation>
    </message>
    <message>
        <source>(host name not known)</source>
        <translation>(Hostname unbekannt)</translation>
    </message>
    <message>
        <source>the article lists this server, but its name was lost from the stored article; ask Trend Micro support for it</source>
        <translation>der Artikel nennt diesen Server, sein Name fehlt jedoch im gespeicherten Artikel; fragen Sie den Trend Micro Support danach</translation>
    </message>
    <message>
        <source>Allow-list for the Security Server&apos;s updates</source>
        <translation>Freigabeliste für die Updates des Security Server</translation>
    </message>
    <message>
        <source>DNS names to allow:</source>
        <translation>Freizugebende DNS-Namen:</translation>
    </message>
    <message>
        <source>IP address blocks to allow (the last octet from .0 to .255):</source>
        <translation>Freizugebende IP-Adressblöcke (letztes Oktett von .0 bis .255):</translation>
    </message>
    <message>
        <source>Names that did not resolve from this server:</source>
        <translation>Namen, die von diesem Server aus nicht aufgelöst wurden:</translation>
    </message>
    <message>
        <source>Also needed, names not known to this wizard (ask Trend Micro support):</source>
        <translation>Außerdem nötig, diesem Assistenten unbekannte Namen (fragen Sie den Trend Micro Support):</translation>
    </message>
    <message>
        <source>allow-list (copy for the firewall administrator)</source>
        <translation>Freigabeliste (Kopie für den Firewall-Administrator)</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) resolved; the allow-list below is ready to copy for the firewall administrator.</source>
        <translation>
            <numerusform>%n Name aufgelöst; die Freigabeliste unten kann für den Firewall-Administrator kopiert werden.</numerusform>
            <numerusform>%n Namen aufgelöst; die Freigabeliste unten kann für den Firewall-Administrator kopiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the names did not resolve from this server (shown below); the allow-list covers the others. Check the server&apos;s DNS settings.</source>
        <translation>
            <numerusform>%n der Namen wurde von diesem Server aus nicht aufgelöst (siehe unten); die Freigabeliste deckt die übrigen ab. Prüfen Sie die DNS-Einstellungen des Servers.</numerusform>
            <numerusform>%n der Namen wurden von diesem Server aus nicht aufgelöst (siehe unten); die Freigabeliste deckt die übrigen ab. Prüfen Sie die DNS-Einstellungen des Servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::FixBox</name>
    <message>
        <source>When checked, this fix is applied: %1</source>
        <translation>Wenn aktiviert, wird diese Korrektur angewendet: %1</translation>
    </message>
    <message>
        <source>Preview of the changes:</source>
        <translation>Vorschau der Änderungen:</translation>
    </message>
    <message>
        <source>Preview of the changes: %1</source>
        <translation>Vorschau der Änderungen: %1</translation>
    </message>
    <message>
        <source>Each changed file as a difference: lines starting with a minus are removed, lines starting with a plus are added. Then the other actions of the fix.</source>
        <translation>Jede geänderte Datei als Differenz: Zeilen mit einem Minus am Anfang werden entfernt, Zeilen mit einem Plus hinzugefügt. Danach die weiteren Aktionen der Korrektur.</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>This fix cannot be prepared yet:
%1</source>
        <translation>Diese Korrektur kann noch nicht vorbereitet werden:
%1</translation>
    </message>
    <message>
        <source>Waiting...</source>
        <translation>Warten...</translation>
    </message>
    <message>
        <source>Not applied: there is nothing to change.</source>
        <translation>Nicht angewendet: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Not applied: not selected.</source>
        <translation>Nicht angewendet: nicht ausgewählt.</translation>
    </message>
    <message>
        <source>Applying: backing up, writing, then checking again...</source>
        <translation>Wird angewendet: sichern, schreiben, dann erneut prüfen...</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <extracomment>Download progress: %1 = item (a file name), %2 = amount received so far.</extracomment>
        <translation>%1: bisher %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>Download progress: %1 = item (a file name), %2 = done, %3 = total (e.g. &quot;4.2 MB&quot;).</extracomment>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Applied and verified: the check passes now. Backup set: %1</source>
        <translation>Angewendet und überprüft: Die Prüfung ist jetzt erfolgreich. Sicherung: %1</translation>
    </message>
    <message>
        <source>Not fixed, rolled back: %1 The original files were put back (backup set %2).</source>
        <translation>Nicht behoben, zurückgesetzt: %1 Die ursprünglichen Dateien wurden zurückgeschrieben (Sicherung %2).</translation>
    </message>
    <message>
        <source>Applied, but not verified: %1 Backup set: %2</source>
        <translation>Angewendet, aber nicht bestätigt: %1 Sicherung: %2</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>%1 is a status word (Passed, Failed...), %2 what happened.</extracomment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Not applied: stopped before this fix.</source>
        <translation>Nicht angewendet: vor dieser Korrektur angehalten.</translation>
    </message>
    <message>
        <source>Undone – run the diagnosis again</source>
        <extracomment>The fix of this step was undone from the Undo tab.</extracomment>
        <translation>Rückgängig gemacht – führen Sie die Diagnose erneut aus</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <extracomment>%1 says why, e.g. &quot;an earlier fix in this batch already resolved it&quot;.</extracomment>
        <translation>Nichts zu ändern: %1</translation>
    </message>
</context>
<context>
    <name>kb::FixExecutor</name>
    <message>
        <source>Restart the service %1 and wait until it is running.</source>
        <translation>Den Dienst %1 neu starten und warten, bis er ausgeführt wird.</translation>
    </message>
    <message>
        <source>Start the service %1 and wait until it is running.</source>
        <translation>Den Dienst %1 starten und warten, bis er ausgeführt wird.</translation>
    </message>
    <message>
        <source>Grant %1 the rights %2 on %3 (the current permissions are saved first).</source>
        <translation>%1 die Rechte %2 für %3 erteilen (die aktuellen Berechtigungen werden vorher gesichert).</translation>
    </message>
    <message>
        <source>Set the anonymous identity of the IIS site %1 to the application pool identity.</source>
        <translation>Die anonyme Identität der IIS-Website %1 auf die Anwendungspoolidentität setzen.</translation>
    </message>
    <message>
        <source>Set the anonymous identity of the IIS site %1 to the user %2 (password not shown).</source>
        <translation>Die anonyme Identität der IIS-Website %1 auf den Benutzer %2 setzen (Kennwort wird nicht angezeigt).</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>Zuerst:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Danach:</translation>
    </message>
    <message>
        <source>Check the step %1 again.</source>
        <translation>Schritt %1 erneut prüfen.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>This fix needs the host backend: %1</source>
        <translation>Diese Korrektur benötigt das Host-Backend: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n file(s) to %1 and verified the copies.</source>
        <translation>
            <numerusform>%n Datei nach %1 gesichert und die Kopie überprüft.</numerusform>
            <numerusform>%n Dateien nach %1 gesichert und die Kopien überprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n new file(s) that undo will remove.</source>
        <translation>
            <numerusform>%n neue Datei erfasst, die beim Rückgängigmachen entfernt wird.</numerusform>
            <numerusform>%n neue Dateien erfasst, die beim Rückgängigmachen entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back failed: %1</source>
        <translation>Zurücksetzen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rolled back: the original files were restored.</source>
        <translation>Zurückgesetzt: Die ursprünglichen Dateien wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>The service %1 did not reach RUNNING (error %2).</source>
        <translation>Der Dienst %1 hat den Status RUNNING nicht erreicht (Fehler %2).</translation>
    </message>
    <message>
        <source>The check still fails after the fix: %1</source>
        <translation>Die Prüfung schlägt nach der Korrektur weiterhin fehl: %1</translation>
    </message>
    <message>
        <source>Verified: the check passes now.</source>
        <translation>Überprüft: Die Prüfung ist jetzt erfolgreich.</translation>
    </message>
    <message>
        <source>Checked %1 again (%2): %3</source>
        <translation>%1 erneut geprüft (%2): %3</translation>
    </message>
    <message>
        <source>Delete %1 (%L2 bytes; backed up first)</source>
        <extracomment>%1 = file path relative to PCCSRV, %2 = its size in bytes</extracomment>
        <translation>%1 löschen (%L2 Bytes; wird vorher gesichert)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n file(s) the fix removes; undo puts them back.</source>
        <translation>
            <numerusform>%n Datei erfasst, die die Korrektur entfernt; beim Rückgängigmachen wird sie zurückgeschrieben.</numerusform>
            <numerusform>%n Dateien erfasst, die die Korrektur entfernt; beim Rückgängigmachen werden sie zurückgeschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the file: %1</source>
        <translation>Die Datei kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The file is read-only. Nothing was changed. Clear its read-only attribute (in the file&apos;s Properties) and run the fix again.</source>
        <translation>Die Datei ist schreibgeschützt. Es wurde nichts geändert. Entfernen Sie das Attribut „Schreibgeschützt“ (in den Eigenschaften der Datei) und führen Sie die Korrektur erneut aus.</translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1. Another program may hold it open, or the folder is read-only. Nothing was changed.</source>
        <translation>Die Datei lässt sich nicht zum Schreiben öffnen: %1. Möglicherweise hält ein anderes Programm sie geöffnet, oder der Ordner ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup could not be made, so nothing was changed.</source>
        <translation>Die Sicherung konnte nicht erstellt werden, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The installation folder %1 cannot be opened; nothing was changed.</source>
        <translation>Der Installationsordner %1 kann nicht geöffnet werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Warning: the backup set&apos;s state could not be recorded (%1); it will be listed as interrupted, and undoing it is still safe.</source>
        <translation>Warnung: Der Zustand des Sicherungssatzes konnte nicht gespeichert werden (%1); er wird als unterbrochen aufgeführt, und ihn rückgängig zu machen ist weiterhin sicher.</translation>
    </message>
    <message>
        <source>Create %1 (%L2 bytes, SHA-256 %3)</source>
        <extracomment>%1 = file path relative to PCCSRV, %2 = size in bytes, %3 = SHA-256 in hex</extracomment>
        <translation>%1 anlegen (%L2 Byte, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Replace %1 (%L2 bytes, SHA-256 %3; the current file is backed up first)</source>
        <translation>%1 ersetzen (%L2 Byte, SHA-256 %3; die aktuelle Datei wird zuerst gesichert)</translation>
    </message>
</context>
<context>
    <name>kb::FixInputForm</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>Type the password again; the fix waits until both entries match.</source>
        <translation>Geben Sie das Kennwort erneut ein; die Korrektur wartet, bis beide Eingaben übereinstimmen.</translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Used by the fix &quot;%1&quot;; the preview shows its effect.</source>
        <extracomment>%1 = the title of the fix&apos;s step</extracomment>
        <translation>Wird von der Korrektur „%1“ verwendet; die Vorschau zeigt die Auswirkung.</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <extracomment>Label of the field where the password is typed a second time.</extracomment>
        <translation>Bestätigen:</translation>
    </message>
</context>
<context>
    <name>kb::FixOutcome</name>
    <message>
        <source>applied and verified</source>
        <translation>angewendet und überprüft</translation>
    </message>
    <message>
        <source>applied, not verified</source>
        <translation>angewendet, nicht überprüft</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>fehlgeschlagen, zurückgesetzt</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>applied, then undone</source>
        <translation>angewendet, dann rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>kb::FixPage</name>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Review the changes. Nothing is changed until you press &quot;Apply selected&quot;; every file is backed up first and checked again afterwards.</source>
        <translation>Prüfen Sie die Änderungen. Es wird erst etwas geändert, wenn Sie auf &quot;Auswahl übernehmen&quot; klicken; jede Datei wird vorher gesichert und danach erneut geprüft.</translation>
    </message>
    <message>
        <source>Changes to &amp;make</source>
        <translation>&amp;Geplante Änderungen</translation>
    </message>
    <message>
        <source>Undo &amp;earlier changes</source>
        <translation>Frühere Änderungen rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>Fixes and undo</source>
        <translation>Korrekturen und Rückgängigmachen</translation>
    </message>
    <message>
        <source>Progress of the fixes</source>
        <translation>Fortschritt der Korrekturen</translation>
    </message>
    <message>
        <source>%v of %m fixes</source>
        <extracomment>Progress bar text: %v fixes done of %m.</extracomment>
        <translation>%v von %m Korrekturen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) can be made. Clear the box of any you do not want.</source>
        <translation>
            <numerusform>%n Änderung kann vorgenommen werden. Entfernen Sie das Häkchen, wenn Sie sie nicht möchten.</numerusform>
            <numerusform>%n Änderungen können vorgenommen werden. Entfernen Sie das Häkchen bei allen, die Sie nicht möchten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: no check found a problem that KB Wizard can repair. Manual steps are listed in the report.</source>
        <translation>Nichts zu korrigieren: Keine Prüfung hat ein Problem gefunden, das KB Wizard beheben kann. Manuelle Schritte stehen im Bericht.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to fix automatically. %n problem(s) need work by hand or could not be checked: see the diagnosis and the report.</source>
        <translation>
            <numerusform>Nichts automatisch zu korrigieren. %n Problem muss von Hand behoben werden oder konnte nicht geprüft werden: siehe Diagnose und Bericht.</numerusform>
            <numerusform>Nichts automatisch zu korrigieren. %n Probleme müssen von Hand behoben werden oder konnten nicht geprüft werden: siehe Diagnose und Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue to the &amp;report</source>
        <translation>Weiter zum &amp;Bericht</translation>
    </message>
    <message>
        <source>Continue &amp;without fixing</source>
        <translation>Weiter &amp;ohne Korrektur</translation>
    </message>
    <message>
        <source>&amp;Apply selected</source>
        <translation>Auswahl &amp;übernehmen</translation>
    </message>
    <message>
        <source>Applying the fixes. Each file is backed up first.</source>
        <translation>Die Korrekturen werden angewendet. Jede Datei wird vorher gesichert.</translation>
    </message>
    <message>
        <source>The result of each fix is shown with it. The &quot;Undo earlier changes&quot; tab puts the saved files back if needed.</source>
        <translation>Das Ergebnis jeder Korrektur wird direkt dabei angezeigt. Über die Registerkarte &quot;Frühere Änderungen rückgängig machen&quot; lassen sich die gesicherten Dateien bei Bedarf zurückschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fix(es) applied and verified. The report lists every change and its backup set.</source>
        <translation>
            <numerusform>%1 von %n Korrektur angewendet und überprüft. Der Bericht führt jede Änderung mit ihrer Sicherung auf.</numerusform>
            <numerusform>%1 von %n Korrekturen angewendet und überprüft. Der Bericht führt jede Änderung mit ihrer Sicherung auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current step; nothing half-done is kept.</source>
        <translation>Wird nach dem aktuellen Schritt angehalten; es bleibt nichts halb erledigt zurück.</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Administratorrechte</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <extracomment>Button shown while fixes are applied: stop after the fix that is running.</extracomment>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop applying fixes</source>
        <translation>Anwenden der Korrekturen stoppen</translation>
    </message>
    <message>
        <source>Stops after the current step; nothing half-done is kept.</source>
        <translation>Hält nach dem aktuellen Schritt an; es bleibt nichts halb erledigt zurück.</translation>
    </message>
    <message>
        <source>The fixes were applied, and each step was checked again. Every change can be undone under &quot;Undo earlier changes&quot;.</source>
        <translation>Die Korrekturen wurden angewendet und jeder Schritt erneut geprüft. Jede Änderung lässt sich unter „Frühere Änderungen rückgängig machen“ zurücknehmen.</translation>
    </message>
    <message>
        <source>Applying the fixes: each file is backed up first; a fix that fails is rolled back.</source>
        <translation>Die Korrekturen werden angewendet: Jede Datei wird zuerst gesichert; eine fehlgeschlagene Korrektur wird zurückgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n other checked change(s) could not be applied; each says why.</source>
        <translation>
            <numerusform>%n weitere ausgewählte Änderung konnte nicht angewendet werden; sie nennt den Grund.</numerusform>
            <numerusform>%n weitere ausgewählte Änderungen konnten nicht angewendet werden; jede nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve plan...</source>
        <translation>Plan s&amp;peichern...</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <source>Saves the ticked changes with their exact differences as a plan file, to review and apply later (kbwizard --headless --apply PLAN). Passwords are not saved.</source>
        <translation>Speichert die ausgewählten Änderungen mit ihren genauen Differenzen als Plandatei, um sie zu prüfen und später anzuwenden (kbwizard --headless --apply PLAN). Kennwörter werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open plan...</source>
        <translation>Plan ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a saved plan</source>
        <translation>Einen gespeicherten Plan öffnen</translation>
    </message>
    <message>
        <source>Opens a saved plan for this server; it is used only if nothing it read has changed since it was made.</source>
        <translation>Öffnet einen gespeicherten Plan für diesen Server; er wird nur verwendet, wenn sich nichts, was er gelesen hat, seit seiner Erstellung geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s) follow only if the problem persists after these fixes (%1): run the diagnosis again after applying.</source>
        <extracomment>%1 = step ids. The article takes these steps only if the problem persists.</extracomment>
        <translation>
            <numerusform>%n weiterer Schritt folgt nur, wenn das Problem nach diesen Korrekturen weiterbesteht (%1): Führen Sie nach dem Anwenden die Diagnose erneut aus.</numerusform>
            <numerusform>%n weitere Schritte folgen nur, wenn das Problem nach diesen Korrekturen weiterbesteht (%1): Führen Sie nach dem Anwenden die Diagnose erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change is ticked, so there is no plan to save.</source>
        <translation>Keine Änderung ist ausgewählt, daher gibt es keinen Plan zu speichern.</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>erwartet wird ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This plan is for %1 on %2; the wizard works on %3 on %4.</source>
        <translation>Dieser Plan gilt für %1 auf %2; der Assistent arbeitet an %3 auf %4.</translation>
    </message>
    <message>
        <source>The plan fixes %1, which needs no fix now; run the diagnosis again or make a new plan.</source>
        <translation>Der Plan korrigiert %1, das jetzt keine Korrektur braucht; führen Sie die Diagnose erneut aus oder erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <source>Repair plans (*.json)</source>
        <translation>Reparaturpläne (*.json)</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>Der Plan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Plan saved to %1. Apply it later with the wizard (Open plan) or with kbwizard --headless --apply PLAN --yes.</source>
        <translation>Plan gespeichert nach %1. Wenden Sie ihn später mit dem Assistenten (Plan öffnen) oder mit kbwizard --headless --apply PLAN --yes an.</translation>
    </message>
    <message>
        <source>The plan was not opened: %1</source>
        <translation>Der Plan wurde nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Opened the plan %1: nothing it read has changed, and its fixes still plan the same. The ticked changes are exactly the plan&apos;s.</source>
        <translation>Plan %1 geöffnet: Nichts, was er gelesen hat, hat sich geändert, und seine Korrekturen planen noch dasselbe. Die ausgewählten Änderungen sind genau die des Plans.</translation>
    </message>
    <message>
        <source>Password for the saved plan</source>
        <extracomment>Title of the dialog that asks for a password a saved plan needs (plans never hold one)</extracomment>
        <translation>Kennwort für den gespeicherten Plan</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; needs &quot;%2&quot;, which a plan never holds; it is opened only when that is given.</source>
        <extracomment>%1 = step title, %2 = the password field&apos;s label</extracomment>
        <translation>Der Schritt „%1“ benötigt „%2“, das ein Plan nie enthält; er wird erst geöffnet, wenn es angegeben wird.</translation>
    </message>
</context>
<context>
    <name>kb::Host</name>
    <message>
        <source>No host backend: service, permission, IIS and registry checks need the Windows backend (run on the server, or use --host windows) or the demo server (--demo).</source>
        <translation>Kein Host-Backend: Prüfungen von Diensten, Berechtigungen, IIS und Registrierung benötigen das Windows-Backend (auf dem Server ausführen oder --host windows verwenden) oder den Demo-Server (--demo).</translation>
    </message>
    <message>
        <source>--host demo needs a demo server sandbox (see --demo).</source>
        <translation>--host demo benötigt eine Demo-Server-Sandbox (siehe --demo).</translation>
    </message>
    <message>
        <source>No host backend for %1.</source>
        <translation>Kein Host-Backend für %1.</translation>
    </message>
</context>
<context>
    <name>kb::IcaclsParser</name>
    <message>
        <source>Access to the permissions of %1 was denied: %2</source>
        <translation>Der Zugriff auf die Berechtigungen von %1 wurde verweigert: %2</translation>
    </message>
    <message>
        <source>%1 was not found: %2</source>
        <translation>%1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>icacls does not know the account: %1</source>
        <translation>icacls kennt das Konto nicht: %1</translation>
    </message>
    <message>
        <source>icacls rejected a parameter: %1</source>
        <translation>icacls hat einen Parameter abgelehnt: %1</translation>
    </message>
    <message>
        <source>icacls failed on %1 (exit code %2): %3</source>
        <translation>icacls ist bei %1 fehlgeschlagen (Exitcode %2): %3</translation>
    </message>
    <message>
        <source>Could not read the permissions of %1 from icacls&apos; output.</source>
        <translation>Die Berechtigungen von %1 konnten nicht aus der Ausgabe von icacls gelesen werden.</translation>
    </message>
    <message>
        <source>icacls ended without reporting that it processed %1; its output was: %2</source>
        <translation>icacls wurde beendet, ohne zu melden, dass es %1 verarbeitet hat; seine Ausgabe war: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
</context>
<context>
    <name>kb::IisAnonymousBackup</name>
    <message>
        <source>The saved IIS settings are damaged; nothing was restored.</source>
        <translation>Die gespeicherten IIS-Einstellungen sind beschädigt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>the application pool identity</source>
        <translation>Anwendungspoolidentität</translation>
    </message>
    <message>
        <source>the user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>The saved IIS settings belong to another site; nothing was restored.</source>
        <translation>Die gespeicherten IIS-Einstellungen gehören zu einer anderen Website; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The IIS site %1 already uses %2 for anonymous authentication.</source>
        <translation>Die IIS-Website %1 verwendet für die anonyme Authentifizierung bereits diese Identität: %2.</translation>
    </message>
    <message>
        <source>The IIS site %1 used the user %2 for anonymous authentication before the fix. Its password is stored encrypted and cannot be read back, so undo did not change the site. To go back, open IIS Manager, select the site %1, double-click Authentication, right-click Anonymous Authentication, choose Edit, select Specific user, click Set and type %2 and its password.</source>
        <translation>Die IIS-Website %1 verwendete vor der Korrektur den Benutzer %2 für die anonyme Authentifizierung. Dessen Kennwort ist verschlüsselt gespeichert und kann nicht ausgelesen werden, daher hat das Rückgängigmachen die Website nicht geändert. Um den alten Zustand herzustellen, öffnen Sie den IIS-Manager, wählen die Website %1 aus, doppelklicken auf &quot;Authentifizierung&quot;, klicken mit der rechten Maustaste auf &quot;Anonyme Authentifizierung&quot;, wählen &quot;Bearbeiten&quot;, dann &quot;Bestimmter Benutzer&quot;, klicken auf &quot;Festlegen&quot; und geben %2 und das zugehörige Kennwort ein.</translation>
    </message>
    <message>
        <source>Note: the IIS site %1 had been changed to %2 after the fix; it is put back anyway.</source>
        <translation>Hinweis: Die IIS-Website %1 wurde nach der Korrektur geändert (auf: %2); sie wird trotzdem zurückgesetzt.</translation>
    </message>
    <message>
        <source>Restored the anonymous identity of the IIS site %1: %2.</source>
        <translation>Anonyme Identität der IIS-Website %1 wiederhergestellt: %2.</translation>
    </message>
</context>
<context>
    <name>kb::IisAnonymousCheck</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>the application pool identity</source>
        <translation>Anwendungspoolidentität</translation>
    </message>
    <message>
        <source>the specific user %1 (a password is stored)</source>
        <translation>bestimmter Benutzer %1 (Kennwort gespeichert)</translation>
    </message>
    <message>
        <source>the specific user %1 (no password stored)</source>
        <translation>bestimmter Benutzer %1 (kein Kennwort gespeichert)</translation>
    </message>
    <message>
        <source>Could not read the Anonymous Authentication settings of the console site: %1</source>
        <translation>Die Einstellungen der anonymen Authentifizierung der Konsolen-Website konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>IIS site &quot;%1&quot;, Anonymous Authentication</source>
        <translation>IIS-Website &quot;%1&quot;, Anonyme Authentifizierung</translation>
    </message>
    <message>
        <source>enabled, a specific user</source>
        <translation>aktiviert, bestimmter Benutzer</translation>
    </message>
    <message>
        <source>site path [%1]</source>
        <translation>Website-Pfad [%1]</translation>
    </message>
    <message>
        <source>IIS site &quot;%1&quot;, configuration as read</source>
        <translation>IIS-Website &quot;%1&quot;, gelesene Konfiguration</translation>
    </message>
    <message>
        <source>Anonymous Authentication is disabled for the IIS site %1: the console cannot serve its login pages. Enable it in IIS Manager (Authentication, Anonymous Authentication, Enable).</source>
        <translation>Die anonyme Authentifizierung ist für die IIS-Website %1 deaktiviert: Die Konsole kann ihre Anmeldeseiten nicht ausliefern. Aktivieren Sie sie im IIS-Manager (Authentifizierung, Anonyme Authentifizierung, Aktivieren).</translation>
    </message>
    <message>
        <source>The IIS site %1 runs anonymous requests as the application pool identity; the article sets a specific user with its password.</source>
        <translation>Die IIS-Website %1 führt anonyme Anforderungen mit der Anwendungspoolidentität aus; der Artikel legt einen bestimmten Benutzer mit Kennwort fest.</translation>
    </message>
    <message>
        <source>The IIS site %1 runs anonymous requests as %2.</source>
        <translation>Die IIS-Website %1 führt anonyme Anforderungen mit folgender Identität aus: %2.</translation>
    </message>
</context>
<context>
    <name>kb::IisAnonymousFix</name>
    <message>
        <source>Set the console site&apos;s Anonymous Authentication to a specific user and password (the password goes to IIS only; it is never shown, logged or reported).</source>
        <translation>Die anonyme Authentifizierung der Konsolen-Website auf einen bestimmten Benutzer mit Kennwort setzen (das Kennwort geht nur an IIS; es wird nie angezeigt, protokolliert oder in Berichte übernommen).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The account IIS uses for the console&apos;s anonymous requests, as DOMAIN\user or SERVER\user. It needs Read and Write on PCCSRV\Temp.</source>
        <translation>Das Konto, das IIS für die anonymen Anforderungen der Konsole verwendet, als DOMÄNE\Benutzer oder SERVER\Benutzer. Es benötigt Lesen und Schreiben auf PCCSRV\Temp.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>The account&apos;s password. It is handed to IIS and kept nowhere else.</source>
        <translation>Das Kennwort des Kontos. Es wird an IIS übergeben und nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Kennwort bestätigen</translation>
    </message>
    <message>
        <source>The same password again.</source>
        <translation>Dasselbe Kennwort noch einmal.</translation>
    </message>
    <message>
        <source>Anonymous Authentication is disabled for the IIS site %1. Enable it in IIS Manager first (Authentication, Anonymous Authentication, Enable), then run the check again.</source>
        <translation>Die anonyme Authentifizierung ist für die IIS-Website %1 deaktiviert. Aktivieren Sie sie zuerst im IIS-Manager (Authentifizierung, Anonyme Authentifizierung, Aktivieren), und führen Sie dann die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Enter the user name IIS should use for the console.</source>
        <translation>Geben Sie den Benutzernamen ein, den IIS für die Konsole verwenden soll.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Geben Sie das Kennwort von %1 ein.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Kennwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Now: %1. The password reaches IIS through appcmd&apos;s standard input, never its command line, and is not written to any log, report or backup.</source>
        <translation>Aktuell: %1. Das Kennwort gelangt über die Standardeingabe von appcmd zu IIS, nie über die Befehlszeile, und wird in kein Protokoll, keinen Bericht und keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>Undo: the current user %1 has a stored password that cannot be read back (IIS keeps it encrypted). Undo will not be able to restore it; it will tell you how to type it again in IIS Manager.</source>
        <translation>Rückgängigmachen: Der aktuelle Benutzer %1 hat ein gespeichertes Kennwort, das nicht ausgelesen werden kann (IIS speichert es verschlüsselt). Es kann beim Rückgängigmachen nicht wiederhergestellt werden; Sie erhalten dann eine Anleitung, wie Sie es im IIS-Manager erneut eingeben.</translation>
    </message>
    <message>
        <source>Undo puts back %1.</source>
        <translation>Beim Rückgängigmachen wird diese Identität wiederhergestellt: %1.</translation>
    </message>
</context>
<context>
    <name>kb::IisLogFinder</name>
    <message>
        <source>IIS site &quot;%1&quot;</source>
        <translation>IIS-Website &quot;%1&quot;</translation>
    </message>
    <message>
        <source>site id %1: logs in W3SVC%1</source>
        <translation>Website-ID %1: Protokolle in W3SVC%1</translation>
    </message>
    <message>
        <source>the site&apos;s log folder in the IIS configuration</source>
        <translation>Protokollordner der Website in der IIS-Konfiguration</translation>
    </message>
    <message>
        <source>site id unknown (%1)</source>
        <translation>Website-ID unbekannt (%1)</translation>
    </message>
    <message>
        <source>site id unknown</source>
        <translation>Website-ID unbekannt</translation>
    </message>
    <message>
        <source>every W3SVC&lt;n&gt; folder is searched</source>
        <translation>alle W3SVC&lt;n&gt;-Ordner werden durchsucht</translation>
    </message>
    <message>
        <source>the W3SVC&lt;site id&gt; folder</source>
        <translation>der Ordner W3SVC&lt;Website-ID&gt;</translation>
    </message>
    <message>
        <source>IIS log folder %1</source>
        <translation>IIS-Protokollordner %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>cannot be reached from here</source>
        <translation>von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>no W3SVC%1 folder</source>
        <translation>kein Ordner W3SVC%1</translation>
    </message>
    <message>
        <source>no W3SVC folder</source>
        <translation>kein W3SVC-Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n log file(s)</source>
        <translation>
            <numerusform>%1: %n Protokolldatei</numerusform>
            <numerusform>%1: %n Protokolldateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IisLogsCheck</name>
    <message>
        <source>%1, changed %2</source>
        <translation>%1, geändert %2</translation>
    </message>
    <message>
        <source>newest: goes into the support bundle</source>
        <translation>neueste: kommt ins Support-Paket</translation>
    </message>
    <message>
        <source>No IIS log of the site %1 was found. Create the support bundle for the report, and run the Case Diagnostic Tool.</source>
        <translation>Es wurde kein IIS-Protokoll der Website %1 gefunden. Erstellen Sie das Support-Paket für den Bericht, und führen Sie das Case Diagnostic Tool aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n IIS log file(s) of the site %1 found. The support bundle takes the newest with passwords masked; also run the Case Diagnostic Tool.</source>
        <translation>
            <numerusform>%n IIS-Protokolldatei der Website %1 gefunden. Das Support-Paket übernimmt sie mit maskierten Kennwörtern; führen Sie außerdem das Case Diagnostic Tool aus.</numerusform>
            <numerusform>%n IIS-Protokolldateien der Website %1 gefunden. Das Support-Paket übernimmt die neueste mit maskierten Kennwörtern; führen Sie außerdem das Case Diagnostic Tool aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IniDocument</name>
    <message>
        <source>UTF-32 text is not supported in INI files.</source>
        <translation>UTF-32-Text wird in INI-Dateien nicht unterstützt.</translation>
    </message>
    <message>
        <source>UTF-16 big-endian text is not supported in INI files.</source>
        <translation>UTF-16-Text im Big-Endian-Format wird in INI-Dateien nicht unterstützt.</translation>
    </message>
    <message>
        <source>The file contains NUL characters (binary data), not INI text.</source>
        <translation>Die Datei enthält NUL-Zeichen (Binärdaten), keinen INI-Text.</translation>
    </message>
    <message>
        <source>Invalid UTF-16: a high surrogate without its low surrogate.</source>
        <translation>Ungültiges UTF-16: ein High-Surrogate ohne zugehöriges Low-Surrogate.</translation>
    </message>
    <message>
        <source>Invalid UTF-16: a low surrogate without its high surrogate.</source>
        <translation>Ungültiges UTF-16: ein Low-Surrogate ohne zugehöriges High-Surrogate.</translation>
    </message>
    <message>
        <source>The UTF-16 file has an odd number of bytes (truncated?).</source>
        <translation>Die UTF-16-Datei hat eine ungerade Anzahl von Bytes (abgeschnitten?).</translation>
    </message>
    <message>
        <source>The file contains NUL bytes (binary data, or UTF-16 without a byte order mark), not INI text.</source>
        <translation>Die Datei enthält NUL-Bytes (Binärdaten oder UTF-16 ohne Bytereihenfolge-Markierung), keinen INI-Text.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file contains the control character %1 (binary data or a damaged file), not INI text.</source>
        <extracomment>%1 = a control character code such as 0x01</extracomment>
        <translation>Die Datei enthält das Steuerzeichen %1 (Binärdaten oder eine beschädigte Datei), keinen INI-Text.</translation>
    </message>
    <message>
        <source>The line is longer than %L1 characters: this is not INI text (a damaged file, or one whose line breaks were lost).</source>
        <translation>Die Zeile ist länger als %L1 Zeichen: Das ist kein INI-Text (eine beschädigte Datei oder eine, deren Zeilenumbrüche verloren gingen).</translation>
    </message>
    <message>
        <source>This is not a regular file (a device or a pipe).</source>
        <translation>Dies ist keine normale Datei (ein Gerät oder eine Pipe).</translation>
    </message>
    <message>
        <source>The file is %L1 bytes long; INI files of the Security Server are far smaller, so it is not read (limit: %L2 MiB).</source>
        <extracomment>%L1 = the file&apos;s size in bytes, %L2 = the limit in MiB</extracomment>
        <translation>Die Datei ist %L1 Byte groß; INI-Dateien des Security Servers sind weit kleiner, deshalb wird sie nicht gelesen (Grenze: %L2 MiB).</translation>
    </message>
</context>
<context>
    <name>kb::IniFlagCheck</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation>(Datei fehlt)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>line %1; %2</source>
        <translation>Zeile %1; %2</translation>
    </message>
    <message>
        <source>line %1; candidate found by scanning (name matches %2); the fix asks before changing it</source>
        <translation>Zeile %1; Kandidat beim Durchsuchen gefunden (Name passt zu %2); die Korrektur fragt vor einer Änderung nach</translation>
    </message>
    <message>
        <source>line %1; similar name (matches %2), not checked: the expected keys are present</source>
        <translation>Zeile %1; ähnlicher Name (passt zu %2), nicht geprüft: Die erwarteten Schlüssel sind vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are not set to the value the article requires.</source>
        <translation>
            <numerusform>%n Eintrag ist nicht auf den Wert gesetzt, den der Artikel verlangt.</numerusform>
            <numerusform>%n Einträge sind nicht auf den Wert gesetzt, den der Artikel verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected key names were not all found; confirm the candidates before the fix changes them.</source>
        <translation>Nicht alle erwarteten Schlüsselnamen wurden gefunden; bestätigen Sie die Kandidaten, bevor die Korrektur sie ändert.</translation>
    </message>
    <message>
        <source>None of the expected entries (%1 in [%2]) is in %3, and no similar key was found. Check the Integrated Smart Protection Server settings in the web console.</source>
        <translation>Keiner der erwarteten Einträge (%1 in [%2]) ist in %3 vorhanden, und es wurde kein ähnlicher Schlüssel gefunden. Prüfen Sie die Einstellungen des Integrated Smart Protection Server in der Webkonsole.</translation>
    </message>
    <message>
        <source>The expected key names were not all found; the similar keys listed all hold %1.</source>
        <translation>Nicht alle erwarteten Schlüsselnamen wurden gefunden; die aufgeführten ähnlichen Schlüssel haben alle den Wert %1.</translation>
    </message>
    <message>
        <source>Every entry is set as the article requires.</source>
        <translation>Alle Einträge sind so gesetzt, wie der Artikel es verlangt.</translation>
    </message>
</context>
<context>
    <name>kb::IniFlagFix</name>
    <message>
        <source>[%1] %2 in %3 is &quot;%4&quot;. New value:</source>
        <extracomment>%1 section, %2 key, %3 file, %4 current value</extracomment>
        <translation>[%1] %2 in %3 ist &quot;%4&quot;. Neuer Wert:</translation>
    </message>
    <message>
        <source>The article says both entries must be %1. This key&apos;s name is the wizard&apos;s best reading (%2); choose &quot;%3&quot; to keep it unchanged.</source>
        <translation>Laut Artikel müssen beide Einträge %1 sein. Der Name dieses Schlüssels ist die beste Deutung des Assistenten (%2); wählen Sie &quot;%3&quot;, um ihn unverändert zu lassen.</translation>
    </message>
    <message>
        <source>This key was found by scanning the file for names matching %1; it may be one of the two entries the article means. Choose &quot;%2&quot; to change it, &quot;%3&quot; to leave it.</source>
        <translation>Dieser Schlüssel wurde beim Durchsuchen der Datei nach Namen gefunden, die zu %1 passen; möglicherweise ist er einer der beiden Einträge, die der Artikel meint. Wählen Sie &quot;%2&quot;, um ihn zu ändern, oder &quot;%3&quot;, um ihn beizubehalten.</translation>
    </message>
    <message>
        <source>No entry was chosen to be changed.</source>
        <translation>Es wurde kein Eintrag zum Ändern ausgewählt.</translation>
    </message>
    <message>
        <source>The key names are not confirmed from a real installation (%1); the preview shows exactly which lines change.</source>
        <translation>Die Schlüsselnamen sind nicht anhand einer echten Installation bestätigt (%1); die Vorschau zeigt genau, welche Zeilen sich ändern.</translation>
    </message>
    <message>
        <source>Left unchanged as chosen: %1</source>
        <translation>Wie gewählt unverändert gelassen: %1</translation>
    </message>
</context>
<context>
    <name>kb::IniValueCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation>(Datei fehlt)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ from what the article requires.</source>
        <translation>
            <numerusform>%n Einstellung weicht von den Vorgaben des Artikels ab.</numerusform>
            <numerusform>%n Einstellungen weichen von den Vorgaben des Artikels ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>All settings are as the article requires.</source>
        <translation>Alle Einstellungen entsprechen den Vorgaben des Artikels.</translation>
    </message>
</context>
<context>
    <name>kb::IniValueFix</name>
    <message>
        <source>Section of %1 to add %2=%3 to</source>
        <translation>Abschnitt von %1, in den %2=%3 eingefügt wird</translation>
    </message>
    <message>
        <source>The file has no [%1] section. The article only says to insert the line; [%1] is where ActiveUpdate keeps its download settings.</source>
        <translation>Die Datei hat keinen Abschnitt [%1]. Der Artikel sagt nur, dass die Zeile eingefügt werden soll; in [%1] verwaltet ActiveUpdate seine Download-Einstellungen.</translation>
    </message>
    <message>
        <source>Choose the section to add %1 to.</source>
        <translation>Wählen Sie den Abschnitt, in den %1 eingefügt werden soll.</translation>
    </message>
</context>
<context>
    <name>kb::Installation</name>
    <message>
        <source>The folder does not exist or cannot be opened.</source>
        <translation>Der Ordner existiert nicht oder kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No Worry-Free Business Security or OfficeScan server folder (PCCSRV) was found here.</source>
        <translation>Hier wurde kein Serverordner (PCCSRV) von Worry-Free Business Security oder OfficeScan gefunden.</translation>
    </message>
    <message>
        <source>The registry names no Worry-Free Business Security or OfficeScan server on this machine.</source>
        <translation>Laut Registrierung ist auf diesem Computer kein Worry-Free Business Security- oder OfficeScan-Server installiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name. Type it as SERVER or \\SERVER.</source>
        <translation>&quot;%1&quot; ist kein Servername. Geben Sie ihn als SERVER oder \\SERVER ein.</translation>
    </message>
    <message>
        <source>the server&apos;s registry (%1)</source>
        <translation>Registrierung des Servers (%1)</translation>
    </message>
    <message>
        <source>No Worry-Free Business Security or OfficeScan server folder was found on \\%1. Looked at: %2. Reading these folders needs administrator rights on %1 (the C$ share); or type the PCCSRV folder&apos;s network path.</source>
        <translation>Auf \\%1 wurde kein Serverordner von Worry-Free Business Security oder OfficeScan gefunden. Durchsucht: %2. Zum Lesen dieser Ordner sind Administratorrechte auf %1 nötig (Freigabe C$); alternativ geben Sie den Netzwerkpfad des PCCSRV-Ordners ein.</translation>
    </message>
</context>
<context>
    <name>kb::InstallationSearch</name>
    <message>
        <source>No earlier demo server was found.</source>
        <translation>Es wurde kein früherer Demo-Server gefunden.</translation>
    </message>
</context>
<context>
    <name>kb::InstallerCheck</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>nothing matching</source>
        <translation>keine Treffer</translation>
    </message>
    <message>
        <source>(folder absent)</source>
        <translation>(Ordner nicht vorhanden)</translation>
    </message>
    <message numerus="yes">
        <source>searched %n level(s) of subfolders; %1</source>
        <translation>
            <numerusform>%n Unterordnerebene durchsucht; %1</numerusform>
            <numerusform>%n Unterordnerebenen durchsucht; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>search stopped after %1 entries</source>
        <translation>Suche nach %1 Einträgen beendet</translation>
    </message>
</context>
<context>
    <name>kb::KbWizard</name>
    <message>
        <source>KB Wizard</source>
        <translation>KB Wizard</translation>
    </message>
    <message>
        <source>KB Wizard is applying a fix. It stops after the current fix; close the window when the Fix page says the fixes are done.</source>
        <translation>KB Wizard wendet gerade eine Korrektur an. Er hält nach der aktuellen Korrektur an; schließen Sie das Fenster, wenn die Seite &quot;Korrektur&quot; meldet, dass die Korrekturen abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Choose the Trend Micro server installation to repair. KB Wizard lists the installations it found; use &quot;Choose folder&quot; for another one (a local folder or a \\server\share path), or try everything safely on the demo server.</source>
        <translation>Wählen Sie die Trend Micro-Serverinstallation aus, die repariert werden soll. KB Wizard listet die gefundenen Installationen auf; über &quot;Ordner auswählen&quot; wählen Sie eine andere (einen lokalen Ordner oder einen Pfad \\server\freigabe), oder Sie probieren alles gefahrlos am Demo-Server aus.</translation>
    </message>
    <message>
        <source>Describe what goes wrong in a few words and pick the sentence that matches best. Each sentence belongs to a Trend Micro knowledge-base article; the wizard follows that article.</source>
        <translation>Beschreiben Sie das Problem in wenigen Worten, und wählen Sie den passendsten Satz aus. Jeder Satz gehört zu einem Knowledge-Base-Artikel von Trend Micro; der Assistent folgt diesem Artikel.</translation>
    </message>
    <message>
        <source>The wizard runs the article&apos;s checks without changing anything. Select a step to see why it matters and what was found. Manual steps tell you what to do by hand.</source>
        <translation>Der Assistent führt die Prüfungen des Artikels aus, ohne etwas zu ändern. Wählen Sie einen Schritt aus, um zu sehen, warum er wichtig ist und was gefunden wurde. Manuelle Schritte beschreiben, was Sie von Hand erledigen müssen.</translation>
    </message>
    <message>
        <source>Review each change before it is made: the preview shows every line that will change. &quot;Apply selected&quot; backs up each file first, makes the change and checks it again. Earlier changes can be undone from the Undo tab.</source>
        <translation>Prüfen Sie jede Änderung, bevor sie vorgenommen wird: Die Vorschau zeigt jede Zeile, die sich ändert. &quot;Auswahl übernehmen&quot; sichert zuerst jede Datei, nimmt die Änderung vor und prüft erneut. Frühere Änderungen lassen sich auf der Registerkarte &quot;Frühere Änderungen rückgängig machen&quot; zurücknehmen.</translation>
    </message>
    <message>
        <source>The report lists what was checked, what was found and what was changed, with the backup of every change. Save it or copy the summary into a support ticket. Passwords never appear in it.</source>
        <translation>Der Bericht zeigt, was geprüft, gefunden und geändert wurde, samt der Sicherung jeder Änderung. Speichern Sie ihn, oder kopieren Sie die Zusammenfassung in ein Support-Ticket. Kennwörter erscheinen darin nie.</translation>
    </message>
    <message>
        <source>KB Wizard Help</source>
        <translation>Hilfe zu KB Wizard</translation>
    </message>
    <message>
        <source>kbwizard: %1</source>
        <translation>kbwizard: %1</translation>
    </message>
    <message>
        <source>Unknown host backend &quot;%1&quot;: use windows, demo or none.</source>
        <translation>Unbekanntes Host-Backend &quot;%1&quot;: Verwenden Sie windows, demo oder none.</translation>
    </message>
    <message>
        <source>KB Wizard cannot start: %1</source>
        <translation>KB Wizard kann nicht starten: %1</translation>
    </message>
    <message>
        <source>KB Wizard is undoing a fix. Close the window when the Undo tab says it is done.</source>
        <translation>KB Wizard macht gerade eine Korrektur rückgängig. Schließen Sie das Fenster, wenn die Registerkarte &quot;Frühere Änderungen rückgängig machen&quot; meldet, dass der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Button that opens the list of user interface languages</extracomment>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Switches the language of the wizard and its reports.</source>
        <translation>Wechselt die Sprache des Assistenten und seiner Berichte.</translation>
    </message>
    <message>
        <source>Goes back to the previous page. Nothing applied is undone by it.</source>
        <translation>Geht zur vorherigen Seite zurück. Bereits Angewendetes wird dadurch nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Goes on to the next page.</source>
        <translation>Geht zur nächsten Seite weiter.</translation>
    </message>
    <message>
        <source>Applies the selected fixes, or goes on to the report when there is nothing left to apply.</source>
        <translation>Wendet die ausgewählten Korrekturen an oder geht zum Bericht weiter, wenn nichts mehr anzuwenden ist.</translation>
    </message>
    <message>
        <source>Closes KB Wizard.</source>
        <translation>Schließt KB Wizard.</translation>
    </message>
    <message>
        <source>Closes KB Wizard. Fixes already applied stay; their backups can be undone later.</source>
        <translation>Schließt KB Wizard. Bereits angewendete Korrekturen bleiben bestehen; ihre Sicherungen lassen sich später rückgängig machen.</translation>
    </message>
    <message>
        <source>Explains the current page.</source>
        <translation>Erklärt die aktuelle Seite.</translation>
    </message>
</context>
<context>
    <name>kb::LwcsStatusCheck</name>
    <message>
        <source>TCP port of the Web Reputation service</source>
        <translation>TCP-Port des Web Reputation-Dienstes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number; using %2</source>
        <translation>&quot;%1&quot; ist keine Portnummer; %2 wird verwendet</translation>
    </message>
    <message>
        <source>(absent); using %1</source>
        <translation>(nicht vorhanden); %1 wird verwendet</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation>Verbindung abgelehnt: An diesem Port lauscht nichts</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>no answer: nothing arrived for %L1 s</source>
        <translation>keine Antwort: %L1 s lang kam nichts an</translation>
    </message>
    <message>
        <source>no complete answer in time (timeout)</source>
        <translation>keine vollständige Antwort in der vorgesehenen Zeit (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the server name did not resolve: %1</source>
        <translation>der Servername wurde nicht aufgelöst: %1</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>GET %1 (no proxy)</source>
        <translation>GET %1 (ohne Proxy)</translation>
    </message>
    <message>
        <source>HTTP 200 with the status page</source>
        <translation>HTTP 200 mit der Statusseite</translation>
    </message>
    <message>
        <source>empty page</source>
        <translation>leere Seite</translation>
    </message>
    <message>
        <source>page text: %1</source>
        <translation>Seitentext: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The Local Web Classification Server answers on %1 port %2.</source>
        <translation>Der Local Web Classification Server antwortet auf %1, Port %2.</translation>
    </message>
    <message>
        <source>The status page answered %1 instead of 200. Check the web server log (IIS or Apache) on the server.</source>
        <translation>Die Statusseite antwortete mit %1 statt 200. Prüfen Sie das Webserver-Protokoll (IIS oder Apache) auf dem Server.</translation>
    </message>
    <message>
        <source>Nothing listens on %1 port %2 (connection refused): the Local Web Classification Server is not running, or it uses another port.</source>
        <translation>Auf %1, Port %2 lauscht nichts (Verbindung abgelehnt): Der Local Web Classification Server läuft nicht oder verwendet einen anderen Port.</translation>
    </message>
    <message>
        <source>No connection to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1, Port %2: %3</translation>
    </message>
    <message>
        <source>%1 port %2 accepted the connection but the status page did not answer in time: the service hangs or a firewall interferes.</source>
        <translation>%1, Port %2 hat die Verbindung angenommen, aber die Statusseite hat nicht rechtzeitig geantwortet: Der Dienst hängt, oder eine Firewall stört.</translation>
    </message>
    <message>
        <source>The server name %1 did not resolve.</source>
        <translation>Der Servername %1 wurde nicht aufgelöst.</translation>
    </message>
    <message>
        <source>The status page could not be read: %1</source>
        <translation>Die Statusseite konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kb::NameResolver</name>
    <message>
        <source>no proxy</source>
        <translation>kein Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>SOCKS4 proxy</source>
        <translation>SOCKS4-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = &quot;HTTP proxy&quot;, %2 = host:port</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (user %3)</source>
        <extracomment>%1 = &quot;HTTP proxy&quot;, %2 = host:port, %3 = user name (never the password)</extracomment>
        <translation>%1 %2 (Benutzer %3)</translation>
    </message>
    <message>
        <source>The name %1 was not found.</source>
        <extracomment>%1 = host name</extracomment>
        <translation>Der Name %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Looking up %1 took longer than %L2 ms.</source>
        <extracomment>%1 = host name, %2 = milliseconds</extracomment>
        <translation>Die Namensauflösung für %1 dauerte länger als %L2 ms.</translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2</source>
        <extracomment>%1 = host name, %2 = the system&apos;s error text</extracomment>
        <translation>Die Namensauflösung für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The demo does not reach the network: %1 is not one of its simulated addresses.</source>
        <extracomment>%1 = an IP address</extracomment>
        <translation>Die Demo greift nicht auf das Netzwerk zu: %1 ist keine ihrer simulierten Adressen.</translation>
    </message>
</context>
<context>
    <name>kb::NetProbe</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request took longer than the %L1 s allowed (%L2 bytes of the answer had arrived).</source>
        <extracomment>%1 = seconds, %2 = byte count</extracomment>
        <translation>Die Anforderung dauerte länger als die erlaubten %L1 s (%L2 Bytes der Antwort waren angekommen).</translation>
    </message>
    <message>
        <source>The %1 accepted the request but sent nothing back for %L2 s.</source>
        <extracomment>%1 = proxy description, %2 = seconds</extracomment>
        <translation>Der %1 hat die Anforderung angenommen, aber %L2 s lang nichts zurückgesendet.</translation>
    </message>
    <message>
        <source>The download stalled: no byte arrived for %L1 s after %L2 bytes.</source>
        <extracomment>%1 = seconds, %2 = byte count</extracomment>
        <translation>Der Download ist ins Stocken geraten: Nach %L2 Bytes kam %L1 s lang kein Byte mehr an.</translation>
    </message>
    <message>
        <source>The server accepted the request but sent nothing back for %L1 s.</source>
        <translation>Der Server hat die Anforderung angenommen, aber %L1 s lang nichts zurückgesendet.</translation>
    </message>
    <message>
        <source>The connection was closed before a complete answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>The connection was closed after %L1 of %L2 bytes.</source>
        <extracomment>%1 = bytes received, %2 = bytes announced</extracomment>
        <translation>Die Verbindung wurde nach %L1 von %L2 Bytes geschlossen.</translation>
    </message>
    <message>
        <source>The connection was closed after %L1 bytes, before the end of the answer.</source>
        <translation>Die Verbindung wurde nach %L1 Bytes geschlossen, vor dem Ende der Antwort.</translation>
    </message>
    <message>
        <source>The answer is not HTTP.</source>
        <translation>Die Antwort ist kein HTTP.</translation>
    </message>
    <message>
        <source>The %1 requires a user name and password (HTTP 407).</source>
        <translation>Der %1 verlangt Benutzername und Kennwort (HTTP 407).</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or password (HTTP 407).</source>
        <translation>Der %1 hat Benutzername oder Kennwort abgelehnt (HTTP 407).</translation>
    </message>
    <message>
        <source>The download could not be written to disk: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>Der Download konnte nicht auf den Datenträger geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The answer is larger than the %L1 bytes this check reads.</source>
        <extracomment>%1 = byte limit</extracomment>
        <translation>Die Antwort ist größer als die %L1 Bytes, die diese Prüfung liest.</translation>
    </message>
    <message>
        <source>The answer&apos;s chunked body is damaged.</source>
        <translation>Der in Chunks übertragene Inhalt der Antwort ist beschädigt.</translation>
    </message>
    <message>
        <source>The answer announces %L1 bytes, more than the %L2 bytes this check reads.</source>
        <extracomment>%1 = announced size, %2 = byte limit</extracomment>
        <translation>Die Antwort kündigt %L1 Bytes an, mehr als die %L2 Bytes, die diese Prüfung liest.</translation>
    </message>
    <message>
        <source>An answer arrived.</source>
        <translation>Eine Antwort ist eingegangen.</translation>
    </message>
    <message>
        <source>The name could not be resolved (DNS).</source>
        <translation>Der Name konnte nicht aufgelöst werden (DNS).</translation>
    </message>
    <message>
        <source>The TCP connection could not be opened.</source>
        <translation>Die TCP-Verbindung konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The proxy refused, could not be reached or did not answer.</source>
        <translation>Der Proxy hat abgelehnt, war nicht erreichbar oder hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The proxy rejected the user name or password.</source>
        <translation>Der Proxy hat Benutzername oder Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up.</source>
        <translation>Die sichere Verbindung (TLS) konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The whole request took longer than allowed.</source>
        <translation>Die gesamte Anforderung dauerte länger als erlaubt.</translation>
    </message>
    <message>
        <source>The other side stopped sending data.</source>
        <translation>Die Gegenseite hat aufgehört, Daten zu senden.</translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The answer was larger than allowed.</source>
        <translation>Die Antwort war größer als erlaubt.</translation>
    </message>
    <message>
        <source>The request took longer than the %L1 ms allowed while connecting to %2.</source>
        <translation>Die Anforderung dauerte beim Verbindungsaufbau zu %2 länger als die erlaubten %L1 ms.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) got no answer within %L3 ms: a firewall may drop the traffic.</source>
        <extracomment>%1 = host:port, %2 = address, %3 = milliseconds</extracomment>
        <translation>Der Verbindungsaufbau zu %1 (%2) erhielt innerhalb von %L3 ms keine Antwort: Möglicherweise verwirft eine Firewall den Datenverkehr.</translation>
    </message>
    <message>
        <source>Connection to %1 (%2) was refused: nothing accepts connections on that port.</source>
        <extracomment>%1 = host:port, %2 = address</extracomment>
        <translation>Die Verbindung zu %1 (%2) wurde abgelehnt: An diesem Port nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) failed: %3</source>
        <extracomment>%1 = host:port, %2 = address, %3 = system error</extracomment>
        <translation>Der Verbindungsaufbau zu %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The %1 cannot be reached: its name does not resolve. %2</source>
        <extracomment>%1 = proxy description, %2 = resolver error</extracomment>
        <translation>Der %1 ist nicht erreichbar: Sein Name wird nicht aufgelöst. %2</translation>
    </message>
    <message>
        <source>The %1 did not accept the connection within %L2 ms.</source>
        <translation>Der %1 hat die Verbindung nicht innerhalb von %L2 ms angenommen.</translation>
    </message>
    <message>
        <source>The %1 refused the connection: nothing accepts connections on that port.</source>
        <translation>Der %1 hat die Verbindung abgelehnt: An diesem Port nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>The %1 cannot be reached: %2</source>
        <translation>Der %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Not an http:// or https:// address: %1</source>
        <translation>Keine http://- oder https://-Adresse: %1</translation>
    </message>
    <message>
        <source>no answer to the handshake</source>
        <translation>keine Antwort auf den Handshake</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <extracomment>%1 = host, %2 = reasons</extracomment>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection was closed while the request was being sent.</source>
        <translation>Die Verbindung wurde geschlossen, während die Anforderung gesendet wurde.</translation>
    </message>
    <message>
        <source>More than %1 redirects; the last one pointed to %2.</source>
        <extracomment>%1 = count, %2 = URL</extracomment>
        <translation>Mehr als %1 Umleitungen; die letzte zeigte auf %2.</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or password (HTTP 401; without them it asks for them with 407).</source>
        <translation>Der %1 hat Benutzername oder Kennwort abgelehnt (HTTP 401; ohne Anmeldedaten fordert er sie mit 407 an).</translation>
    </message>
    <message>
        <source>The %1 closed the connection without answering.</source>
        <extracomment>%1 = proxy description (&quot;HTTP proxy host:port (user bob)&quot;)</extracomment>
        <translation>Der %1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The %1 accepted the connection but never answered.</source>
        <translation>Der %1 hat die Verbindung angenommen, aber nie geantwortet.</translation>
    </message>
    <message>
        <source>general failure</source>
        <translation>allgemeiner Fehler</translation>
    </message>
    <message>
        <source>connection not allowed by the proxy&apos;s rules</source>
        <translation>Verbindung durch die Regeln des Proxys nicht erlaubt</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>connection refused by the destination</source>
        <translation>Verbindung vom Ziel abgelehnt</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL abgelaufen</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>Befehl nicht unterstützt</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>Adresstyp nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown reply %1</source>
        <translation>unbekannte Antwort %1</translation>
    </message>
    <message>
        <source>The %1 did not answer as a SOCKS5 proxy.</source>
        <translation>Der %1 hat nicht wie ein SOCKS5-Proxy geantwortet.</translation>
    </message>
    <message>
        <source>The %1 requires a user name and password.</source>
        <translation>Der %1 verlangt Benutzername und Kennwort.</translation>
    </message>
    <message>
        <source>The %1 does not accept user name and password authentication.</source>
        <translation>Der %1 unterstützt keine Authentifizierung mit Benutzername und Kennwort.</translation>
    </message>
    <message>
        <source>The %1 closed the connection after the user name and password were sent: it rejected them.</source>
        <translation>Der %1 hat die Verbindung geschlossen, nachdem Benutzername und Kennwort gesendet wurden: Er hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or password.</source>
        <translation>Der %1 hat Benutzername oder Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>The %1 asked for an authentication method this wizard does not support.</source>
        <translation>Der %1 verlangt eine Authentifizierungsmethode, die dieser Assistent nicht unterstützt.</translation>
    </message>
    <message>
        <source>The %1 could not connect to %2: %3.</source>
        <extracomment>%1 = proxy, %2 = destination host:port, %3 = reason</extracomment>
        <translation>Der %1 konnte keine Verbindung zu %2 herstellen: %3.</translation>
    </message>
    <message>
        <source>The %1 sent an unexpected answer.</source>
        <translation>Der %1 hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <source>The %1 could not confirm the user (identd).</source>
        <translation>Der %1 konnte den Benutzer nicht bestätigen (identd).</translation>
    </message>
    <message>
        <source>The %1 rejected or failed the connection to %2.</source>
        <translation>Der %1 hat die Verbindung zu %2 abgelehnt oder nicht herstellen können.</translation>
    </message>
    <message>
        <source>The %1 refused the tunnel: %2.</source>
        <extracomment>%1 = proxy, %2 = HTTP status and reason</extracomment>
        <translation>Der %1 hat den Tunnel abgelehnt: %2.</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>It hung at the DNS stage: the name server did not answer.</source>
        <translation>Es hing bei der Namensauflösung (DNS): Der Namensserver antwortete nicht.</translation>
    </message>
    <message>
        <source>It hung at the connect stage: the TCP connection got no answer.</source>
        <translation>Es hing beim Verbindungsaufbau: Die TCP-Verbindung bekam keine Antwort.</translation>
    </message>
    <message>
        <source>It hung at the proxy stage: the proxy did not answer.</source>
        <translation>Es hing beim Proxy: Der Proxy antwortete nicht.</translation>
    </message>
    <message>
        <source>It hung at the TLS stage: the secure handshake got no answer.</source>
        <translation>Es hing beim TLS-Handshake: Der sichere Verbindungsaufbau bekam keine Antwort.</translation>
    </message>
    <message>
        <source>It hung at the first byte: the request was sent and no answer came.</source>
        <translation>Es hing beim ersten Byte: Die Anfrage wurde gesendet, aber es kam keine Antwort.</translation>
    </message>
    <message>
        <source>It hung while the answer was arriving.</source>
        <translation>Es hing, während die Antwort eintraf.</translation>
    </message>
    <message>
        <source>The download is larger than the %L1 bytes expected; stopped.</source>
        <translation>Der Download ist größer als die erwarteten %L1 Bytes; abgebrochen.</translation>
    </message>
    <message>
        <source>The download announces %L1 bytes, more than the %L2 bytes expected.</source>
        <translation>Der Download kündigt %L1 Bytes an, mehr als die erwarteten %L2 Bytes.</translation>
    </message>
    <message>
        <source>Too many redirects, or a redirect to another host or from https to http.</source>
        <translation>Zu viele Umleitungen, oder eine Umleitung zu einem anderen Host oder von https zu http.</translation>
    </message>
    <message>
        <source>The answer redirects to %1, another host than %2; not followed.</source>
        <extracomment>%1 = URL, %2 = host name</extracomment>
        <translation>Die Antwort leitet zu %1 um, einem anderen Host als %2; nicht gefolgt.</translation>
    </message>
    <message>
        <source>The answer redirects from https to %1, which is not encrypted; not followed.</source>
        <extracomment>%1 = URL</extracomment>
        <translation>Die Antwort leitet von https zu %1 um, das nicht verschlüsselt ist; nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>kb::PathGuard</name>
    <message>
        <source>%1 is a link (to %2); the wizard never writes, removes or changes permissions through a link. Nothing was changed.</source>
        <translation>%1 ist eine Verknüpfung (auf %2); der Assistent schreibt, löscht oder ändert Berechtigungen nie über eine Verknüpfung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>einen unbekannten Ort</translation>
    </message>
    <message>
        <source>%1 leads outside the installation folder (to %2); the wizard never changes anything outside it. Nothing was changed.</source>
        <translation>%1 führt aus dem Installationsordner hinaus (nach %2); der Assistent ändert nie etwas außerhalb davon. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>kb::PatternDownload</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Read server.ini from %1, download %2 from its Server.1 address, check them and unpack them in a temporary folder (%3 is not touched yet).</source>
        <translation>server.ini von %1 lesen, %2 von der dort angegebenen Server.1-Adresse herunterladen, prüfen und in einem temporären Ordner entpacken (%3 wird noch nicht angetastet).</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>the download stalled (no data arrived for too long)</source>
        <translation>der Download ist ins Stocken geraten (zu lange kamen keine Daten an)</translation>
    </message>
    <message>
        <source>the download took longer than allowed</source>
        <translation>der Download dauerte länger als erlaubt</translation>
    </message>
    <message>
        <source>the connection closed before the end: partial download</source>
        <translation>die Verbindung wurde vor dem Ende geschlossen: unvollständiger Download</translation>
    </message>
    <message>
        <source>the name did not resolve</source>
        <translation>der Name wurde nicht aufgelöst</translation>
    </message>
    <message>
        <source>Cannot save the download: %1</source>
        <translation>Der Download kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save %1 (is the disk full?): %2</source>
        <translation>%1 kann nicht gespeichert werden (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2.</source>
        <translation>Download von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Downloading %1 stopped after %L2 of %L3 bytes.</source>
        <translation>Download von %1 nach %L2 von %L3 Bytes abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has %L2 bytes, but server.ini gives its size as %3: the download is incomplete or not the file server.ini describes.</source>
        <translation>%1 hat %L2 Bytes, laut server.ini aber %3: Der Download ist unvollständig, oder es ist nicht die Datei, die server.ini beschreibt.</translation>
    </message>
    <message>
        <source>Cannot save %1 completely (is the disk full?).</source>
        <translation>%1 kann nicht vollständig gespeichert werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Es kann kein temporärer Ordner erstellt werden: %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>Lesen von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%n byte(s)).</source>
        <translation>
            <numerusform>%1 gelesen (%n Byte).</numerusform>
            <numerusform>%1 gelesen (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>server.ini has no Server.1 address to download from.</source>
        <translation>server.ini enthält keine Server.1-Adresse für den Download.</translation>
    </message>
    <message>
        <source>server.ini has no entry %1 (merge entries are not used).</source>
        <translation>server.ini enthält keinen Eintrag %1 (Merge-Einträge werden nicht verwendet).</translation>
    </message>
    <message>
        <source>server.ini line %1: %2 = %3, version %4, %L5 bytes.</source>
        <translation>server.ini, Zeile %1: %2 = %3, Version %4, %L5 Bytes.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n merge entry(ies) of server.ini, as the article says.</source>
        <translation>
            <numerusform>%n Merge-Eintrag in server.ini ignoriert, wie im Artikel beschrieben.</numerusform>
            <numerusform>%n Merge-Einträge in server.ini ignoriert, wie im Artikel beschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough free disk space for the download: about %L1 bytes needed, %2 free.</source>
        <translation>Nicht genügend freier Speicherplatz für den Download: etwa %L1 Bytes benötigt, %2 frei.</translation>
    </message>
    <message>
        <source>size as in server.ini</source>
        <translation>Größe wie in server.ini</translation>
    </message>
    <message>
        <source>%1 does not match the digest in server.ini (%2, got %3).</source>
        <translation>%1 stimmt nicht mit dem Hashwert in server.ini überein (%2, ermittelt: %3).</translation>
    </message>
    <message>
        <source>; digest matches</source>
        <translation>; Hashwert stimmt überein</translation>
    </message>
    <message>
        <source>Downloaded %1 (%L2 bytes; %3).</source>
        <translation>%1 heruntergeladen (%L2 Bytes; %3).</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked: %2</source>
        <translation>%1 kann nicht entpackt werden: %2</translation>
    </message>
    <message>
        <source>Both archives hold %1.</source>
        <translation>Beide Archive enthalten %1.</translation>
    </message>
    <message>
        <source>Unpacked %1: %2.</source>
        <translation>%1 entpackt: %2.</translation>
    </message>
    <message>
        <source>A folder is in the way of %1.</source>
        <translation>Ein Ordner steht %1 im Weg.</translation>
    </message>
    <message>
        <source>%1 is already up to date.</source>
        <translation>%1 ist bereits aktuell.</translation>
    </message>
    <message>
        <source>Not enough free disk space in %1: %L2 bytes needed, %3 free.</source>
        <translation>Nicht genügend freier Speicherplatz in %1: %L2 Bytes benötigt, %3 frei.</translation>
    </message>
    <message>
        <source>%1 is larger than the %L2 bytes server.ini gives as its size; the download was stopped.</source>
        <translation>%1 ist größer als die %L2 Bytes, die server.ini als Größe angibt; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>server.ini sends the download to %1, not to the update source&apos;s host %2 (over %3); refused.</source>
        <translation>server.ini leitet den Download zu %1 statt zum Host der Updatequelle %2 (über %3); abgelehnt.</translation>
    </message>
    <message>
        <source>server.ini line %1: %2 names &quot;%3&quot;, version &quot;%4&quot;; a relative path of plain names and a numeric version are expected.</source>
        <translation>server.ini Zeile %1: %2 nennt „%3“, Version „%4“; erwartet werden ein relativer Pfad aus einfachen Namen und eine numerische Version.</translation>
    </message>
    <message>
        <source>server.ini line %1 gives no size for %2; the download cannot be checked.</source>
        <translation>server.ini Zeile %1 gibt keine Größe für %2 an; der Download kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>server.ini line %1 gives %2 a size of %L3 bytes; the pattern download takes at most %L4 bytes in all.</source>
        <translation>server.ini Zeile %1 gibt für %2 eine Größe von %L3 Bytes an; der Pattern-Download lädt insgesamt höchstens %L4 Bytes.</translation>
    </message>
    <message>
        <source>%1 holds %2; only %3 (the pattern file of %4, version %5) is expected. Nothing was written.</source>
        <translation>%1 enthält %2; erwartet wird nur %3 (die Pattern-Datei von %4, Version %5). Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
</context>
<context>
    <name>kb::PatternDownloadFix</name>
    <message>
        <source>Update source for Web Reputation services (server.ini is read from there)</source>
        <translation>Update-Quelle für Web Reputation-Dienste (server.ini wird von dort gelesen)</translation>
    </message>
    <message>
        <source>%1 is not set. Copy the address from the web console: Administration &gt; Smart Protection &gt; Integrated Server, &quot;Update Source for Web Reputation services&quot;.</source>
        <translation>%1 ist nicht gesetzt. Kopieren Sie die Adresse aus der Webkonsole: Administration &gt; Smart Protection &gt; Integrated Server, &quot;Update Source for Web Reputation services&quot;.</translation>
    </message>
    <message>
        <source>Read from %1. Compare it with the web console: Administration &gt; Smart Protection &gt; Integrated Server, &quot;Update Source for Web Reputation services&quot;.</source>
        <translation>Gelesen aus %1. Vergleichen Sie den Wert mit der Webkonsole: Administration &gt; Smart Protection &gt; Integrated Server, &quot;Update Source for Web Reputation services&quot;.</translation>
    </message>
    <message>
        <source>Values in that file that look like an update source: %1</source>
        <translation>Werte in dieser Datei, die wie eine Update-Quelle aussehen: %1</translation>
    </message>
    <message>
        <source>Enter the update source for Web Reputation services.</source>
        <translation>Geben Sie die Update-Quelle für Web Reputation-Dienste ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>&quot;%1&quot; ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>Trend Micro signs each archive (a .sig file beside it), in a format this wizard does not know, so it cannot check that signature. It checks what server.ini states (size, and a digest where given), downloads only from the update source&apos;s host, and writes only the pattern files server.ini names (%1 with each component&apos;s version).</source>
        <translation>Trend Micro signiert jedes Archiv (eine .sig-Datei daneben) in einem Format, das dieser Assistent nicht kennt; er kann diese Signatur daher nicht prüfen. Er prüft, was server.ini angibt (Größe und, falls vorhanden, einen Hashwert), lädt nur vom Host der Updatequelle und schreibt nur die Pattern-Dateien, die server.ini nennt (%1 mit der Version der jeweiligen Komponente).</translation>
    </message>
    <message>
        <source>The update source uses http: server.ini and the archives travel unencrypted and unauthenticated, so whoever controls the network path could replace them. Prefer an https source where one is available.</source>
        <translation>Die Updatequelle verwendet http: server.ini und die Archive werden unverschlüsselt und ohne Authentifizierung übertragen; wer den Netzwerkweg kontrolliert, könnte sie ersetzen. Verwenden Sie nach Möglichkeit eine https-Quelle.</translation>
    </message>
</context>
<context>
    <name>kb::PatternFilesCheck</name>
    <message numerus="yes">
        <source>at least %n non-empty %1 file(s)</source>
        <translation>
            <numerusform>mindestens %n nicht leere Datei %1</numerusform>
            <numerusform>mindestens %n nicht leere Dateien %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 is missing.</source>
        <translation>Der Ordner %1 fehlt.</translation>
    </message>
    <message>
        <source>(folder missing)</source>
        <translation>(Ordner fehlt)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>empty: does not count</source>
        <translation>leer: zählt nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n usable file(s)</source>
        <translation>
            <numerusform>%n verwendbare Datei</numerusform>
            <numerusform>%n verwendbare Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n pattern file(s).</source>
        <translation>
            <numerusform>%1 enthält %n Pattern-Datei.</numerusform>
            <numerusform>%1 enthält %n Pattern-Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2 of the %n pattern file(s) the article expects.</source>
        <translation>
            <numerusform>%1 enthält %2 von %n Pattern-Datei, die der Artikel erwartet.</numerusform>
            <numerusform>%1 enthält %2 der %n Pattern-Dateien, die der Artikel erwartet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::ProbeReport</name>
    <message>
        <source>%L1 ms</source>
        <extracomment>a measured duration in milliseconds</extracomment>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>name lookup %1</source>
        <translation>Namensauflösung %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>proxy handshake %1</source>
        <translation>Proxy-Handshake %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>erstes Byte %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>failed here: %1</source>
        <translation>hier fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(nicht erreicht)</translation>
    </message>
    <message>
        <source>name lookup of the proxy %1</source>
        <extracomment>%1 = host name; &quot;proxy&quot; variant when the name is the proxy&apos;s</extracomment>
        <translation>Namensauflösung des Proxys %1</translation>
    </message>
    <message>
        <source>name lookup of %1</source>
        <translation>Namensauflösung von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>resolves</source>
        <translation>wird aufgelöst</translation>
    </message>
    <message>
        <source>TCP connect to %1:%2</source>
        <translation>TCP-Verbindung zu %1:%2</translation>
    </message>
    <message>
        <source>connects</source>
        <translation>Verbindung möglich</translation>
    </message>
    <message>
        <source>through the %1</source>
        <translation>über den %1</translation>
    </message>
    <message>
        <source>tunnel open (%1)</source>
        <translation>Tunnel offen (%1)</translation>
    </message>
    <message>
        <source>request forwarded</source>
        <translation>Anforderung weitergeleitet</translation>
    </message>
    <message>
        <source>the proxy forwards the request</source>
        <translation>der Proxy leitet die Anforderung weiter</translation>
    </message>
    <message>
        <source>TLS handshake with %1</source>
        <translation>TLS-Handshake mit %1</translation>
    </message>
    <message>
        <source>secure connection</source>
        <translation>sichere Verbindung</translation>
    </message>
    <message>
        <source>HTTP %1 %2, %L3 bytes; %4</source>
        <extracomment>%1 = HTTP status, %2 = reason, %3 = bytes, %4 = timings</extracomment>
        <translation>HTTP %1 %2, %L3 Bytes; %4</translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <source>HTTP 200 within %L1 s</source>
        <translation>HTTP 200 innerhalb von %L1 s</translation>
    </message>
    <message>
        <source>failed here: the server answered with an error status</source>
        <translation>hier fehlgeschlagen: Der Server antwortete mit einem Fehlerstatus</translation>
    </message>
</context>
<context>
    <name>kb::ProxyCheck</name>
    <message>
        <source>The proxy settings could not be read: %1</source>
        <translation>Die Proxy-Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No proxy is set for updates: the Security Server connects to the update source directly.</source>
        <translation>Für Updates ist kein Proxy festgelegt: Der Security Server verbindet sich direkt mit der Update-Quelle.</translation>
    </message>
    <message>
        <source>A proxy is switched on for updates, but its address or port is missing or not a number.</source>
        <translation>Für Updates ist ein Proxy aktiviert, aber Adresse oder Port fehlen, oder der Port ist keine Zahl.</translation>
    </message>
    <message>
        <source>The %1 forwarded the request: the update source answered through it.</source>
        <translation>Der %1 hat die Anforderung weitergeleitet: Die Update-Quelle hat über ihn geantwortet.</translation>
    </message>
    <message>
        <source>The %1 forwarded the request (the answer was HTTP %2; see the reachability step).</source>
        <translation>Der %1 hat die Anforderung weitergeleitet (die Antwort war HTTP %2; siehe Schritt zur Erreichbarkeit).</translation>
    </message>
    <message>
        <source>It did not ask for the password, so the stored password was not tested.</source>
        <translation>Er hat nicht nach dem Kennwort gefragt, daher wurde das gespeicherte Kennwort nicht getestet.</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or the password typed into the proxy form. Correct them in the console (Administration &gt; Global Settings &gt; Proxy).</source>
        <translation>Der %1 hat den Benutzernamen oder das im Proxy-Formular eingegebene Kennwort abgelehnt. Korrigieren Sie die Angaben in der Konsole (Administration &gt; Global Settings &gt; Proxy).</translation>
    </message>
    <message>
        <source>The %1 requires a user name and password, but the server has none set.</source>
        <translation>Der %1 verlangt Benutzername und Kennwort, auf dem Server sind aber keine festgelegt.</translation>
    </message>
    <message>
        <source>The %1 asks for the password. The server&apos;s stored password is encrypted and cannot be tested here: type it into the proxy form to test it (it is not saved).</source>
        <translation>Der %1 fragt nach dem Kennwort. Das auf dem Server gespeicherte Kennwort ist verschlüsselt und kann hier nicht getestet werden: Geben Sie es zum Testen in das Proxy-Formular ein (es wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>The proxy&apos;s name %1 does not resolve, so no update can go through it.</source>
        <translation>Der Name des Proxys, %1, wird nicht aufgelöst, daher kann kein Update über ihn laufen.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1:%2: the proxy address or port is wrong, or the proxy is not running.</source>
        <translation>An %1:%2 nimmt nichts Verbindungen an: Proxy-Adresse oder -Port ist falsch, oder der Proxy läuft nicht.</translation>
    </message>
    <message>
        <source>The %1 does not answer: it accepted the connection (or never completed it) and then stayed silent. Is it a proxy of this type?</source>
        <translation>Der %1 antwortet nicht: Er hat die Verbindung angenommen (oder nie vollständig aufgebaut) und dann geschwiegen. Ist es ein Proxy dieses Typs?</translation>
    </message>
    <message>
        <source>The %1 did not forward the request: %2</source>
        <translation>Der %1 hat die Anforderung nicht weitergeleitet: %2</translation>
    </message>
    <message>
        <source>The %1 works, but the update source could not be reached through it (%2). See the reachability step.</source>
        <translation>Der %1 funktioniert, aber die Update-Quelle war über ihn nicht erreichbar (%2). Siehe Schritt zur Erreichbarkeit.</translation>
    </message>
</context>
<context>
    <name>kb::ProxyFix</name>
    <message>
        <source>Write the proxy type, address, port and user name from the form into %1 (only keys the file already has), then test the update source through the proxy. The password is used for the test only and is never written: type it in the console (%2).</source>
        <translation>Proxy-Typ, Adresse, Port und Benutzername aus dem Formular in %1 schreiben (nur Schlüssel, die die Datei bereits enthält) und anschließend die Update-Quelle über den Proxy testen. Das Kennwort wird nur für den Test verwendet und nie geschrieben: Geben Sie es in der Konsole ein (%2).</translation>
    </message>
    <message>
        <source>Proxy protocol</source>
        <translation>Proxy-Protokoll</translation>
    </message>
    <message>
        <source>&quot;%1&quot; switches the proxy off: the server then connects to the update source directly.</source>
        <translation>&quot;%1&quot; schaltet den Proxy aus: Der Server verbindet sich dann direkt mit der Update-Quelle.</translation>
    </message>
    <message>
        <source>Proxy server name or IP address</source>
        <translation>Name oder IP-Adresse des Proxyservers</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>User name (empty: no authentication)</source>
        <translation>Benutzername (leer: keine Authentifizierung)</translation>
    </message>
    <message>
        <source>Password (only to test the connection)</source>
        <translation>Kennwort (nur zum Testen der Verbindung)</translation>
    </message>
    <message>
        <source>Used in memory to test the proxy, never saved, shown or reported. The product stores its own copy encrypted: type the password in the console (%1) afterwards.</source>
        <translation>Wird nur im Arbeitsspeicher zum Testen des Proxys verwendet, nie gespeichert, angezeigt oder in Berichte übernommen. Das Produkt speichert eine eigene, verschlüsselte Kopie: Geben Sie das Kennwort anschließend in der Konsole ein (%1).</translation>
    </message>
    <message>
        <source>Choose the proxy protocol: %1.</source>
        <translation>Wählen Sie das Proxy-Protokoll: %1.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s server name or IP address (no spaces, no &quot;http://&quot;).</source>
        <translation>Geben Sie den Servernamen oder die IP-Adresse des Proxys ein (ohne Leerzeichen, ohne &quot;http://&quot;).</translation>
    </message>
    <message>
        <source>Enter the proxy port, a number from 1 to 65535.</source>
        <translation>Geben Sie den Proxy-Port ein, eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>%1 has no %2 key in [%3]; the wizard does not add keys. Set it in the console (%4).</source>
        <translation>%1 enthält keinen Schlüssel %2 in [%3]; der Assistent fügt keine Schlüssel hinzu. Legen Sie den Wert in der Konsole fest (%4).</translation>
    </message>
    <message>
        <source>%1 cannot hold the value for %2.</source>
        <translation>%1 kann den Wert für %2 nicht aufnehmen.</translation>
    </message>
    <message>
        <source>%1 has no %2 key: switch the proxy off in the console (%3).</source>
        <translation>%1 enthält keinen Schlüssel %2: Schalten Sie den Proxy in der Konsole aus (%3).</translation>
    </message>
    <message>
        <source>%1 has no proxy address or port key the wizard could change: set the proxy in the console (%2).</source>
        <translation>%1 enthält keinen Schlüssel für Proxy-Adresse oder -Port, den der Assistent ändern könnte: Legen Sie den Proxy in der Konsole fest (%2).</translation>
    </message>
    <message>
        <source>The proxy is already switched off.</source>
        <translation>Der Proxy ist bereits ausgeschaltet.</translation>
    </message>
    <message>
        <source>The file already holds these proxy settings. A password typed in the form is used when the checks run again.</source>
        <translation>Die Datei enthält diese Proxy-Einstellungen bereits. Ein im Formular eingegebenes Kennwort wird verwendet, wenn die Prüfungen erneut laufen.</translation>
    </message>
    <message>
        <source>The password is not written (the product keeps it encrypted). After applying, type it in the console: %1.</source>
        <translation>Das Kennwort wird nicht geschrieben (das Produkt speichert es verschlüsselt). Geben Sie es nach dem Übernehmen in der Konsole ein: %1.</translation>
    </message>
    <message>
        <source>No password was typed, so the test after the change cannot check the password itself.</source>
        <translation>Es wurde kein Kennwort eingegeben, daher kann der Test nach der Änderung das Kennwort selbst nicht prüfen.</translation>
    </message>
</context>
<context>
    <name>kb::ReachabilityCheck</name>
    <message>
        <source>No update source was found in the server&apos;s settings, and version %1 has no known ActiveUpdate source.</source>
        <translation>In den Einstellungen des Servers wurde keine Update-Quelle gefunden, und für Version %1 ist keine ActiveUpdate-Quelle bekannt.</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>through the %1 (the server&apos;s own proxy setting)</source>
        <translation>über den %1 (die Proxy-Einstellung des Servers)</translation>
    </message>
    <message>
        <source>direct (no proxy set for updates)</source>
        <translation>direkt (kein Proxy für Updates festgelegt)</translation>
    </message>
    <message>
        <source>The update source answered: %1 (%2).</source>
        <translation>Die Update-Quelle hat geantwortet: %1 (%2).</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>name lookup (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>zu langsam</translation>
    </message>
    <message>
        <source>transfer stalled</source>
        <translation>Übertragung stockt</translation>
    </message>
    <message>
        <source>connection cut</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>The download of server.ini took longer than this check waits (%L1 s); the configured timeout (%L2 s) is longer, so the update may still complete.</source>
        <extracomment>%1 = seconds the check waited, %2 = configured seconds</extracomment>
        <translation>Der Download von server.ini dauerte länger, als diese Prüfung wartet (%L1 s); das konfigurierte Zeitlimit (%L2 s) ist länger, daher kann das Update trotzdem abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Too slow: %1 did not finish within the configured download timeout of %L2 s. Fix: step %3 (raise the timeout).</source>
        <extracomment>%1 = URL, %2 = configured seconds, %3 = step id</extracomment>
        <translation>Zu langsam: %1 wurde nicht innerhalb des konfigurierten Download-Zeitlimits von %L2 s abgeschlossen. Korrektur: Schritt %3 (Zeitlimit erhöhen).</translation>
    </message>
    <message>
        <source>Failed at the %1 stage: %2 Fix: step %3.</source>
        <extracomment>%1 = stage, %2 = explanation, %3 = step id</extracomment>
        <translation>Fehlgeschlagen in der Phase &quot;%1&quot;: %2 Korrektur: Schritt %3.</translation>
    </message>
    <message>
        <source>the source answered HTTP %1 %2.</source>
        <translation>die Quelle antwortete mit HTTP %1 %2.</translation>
    </message>
</context>
<context>
    <name>kb::RegParser</name>
    <message>
        <source>Access to the registry was denied: %1</source>
        <translation>Der Zugriff auf die Registrierung wurde verweigert: %1</translation>
    </message>
    <message>
        <source>reg query failed with exit code %1: %2</source>
        <translation>reg query ist mit Exitcode %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>reg query succeeded but printed no value named &quot;%1&quot;.</source>
        <translation>reg query war erfolgreich, hat aber keinen Wert namens &quot;%1&quot; ausgegeben.</translation>
    </message>
    <message>
        <source>reg query failed with a message the wizard does not know (not read as &quot;not found&quot;): %1</source>
        <translation>reg query ist mit einer Meldung fehlgeschlagen, die der Assistent nicht kennt (nicht als „nicht gefunden“ gewertet): %1</translation>
    </message>
</context>
<context>
    <name>kb::RepairPlan</name>
    <message>
        <source>Changed since the plan was made: %1. Nothing was changed; make the plan again from what is there now.</source>
        <translation>Seit der Erstellung des Plans geändert: %1. Es wurde nichts geändert; erstellen Sie den Plan neu aus dem aktuellen Stand.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This is not a KB Wizard repair plan (format %1, version %2).</source>
        <translation>Dies ist kein Reparaturplan von KB Wizard (Format %1, Version %2).</translation>
    </message>
    <message>
        <source>The plan was changed after it was made (its digest does not match its content). Nothing was changed; make the plan again.</source>
        <translation>Der Plan wurde nach seiner Erstellung verändert (sein Digest passt nicht zu seinem Inhalt). Es wurde nichts geändert; erstellen Sie den Plan neu.</translation>
    </message>
    <message>
        <source>The plan names no article or no installation.</source>
        <translation>Der Plan nennt keinen Artikel oder keine Installation.</translation>
    </message>
    <message>
        <source>The article %1 has no step %2.</source>
        <translation>Der Artikel %1 hat keinen Schritt %2.</translation>
    </message>
    <message>
        <source>The step %1 needs the password &quot;%2&quot;: give it in the --inputs file ({&quot;%1&quot;: {&quot;%2&quot;: &quot;...&quot;}}); plans never hold passwords.</source>
        <translation>Der Schritt %1 braucht das Kennwort &quot;%2&quot;: Geben Sie es in der --inputs-Datei an ({&quot;%1&quot;: {&quot;%2&quot;: &quot;...&quot;}}); Pläne enthalten nie Kennwörter.</translation>
    </message>
    <message>
        <source>The fix of %1 would now do something other than the plan shows. Nothing was changed; make the plan again.</source>
        <translation>Die Korrektur von %1 würde jetzt etwas anderes tun, als der Plan zeigt. Es wurde nichts geändert; erstellen Sie den Plan neu.</translation>
    </message>
</context>
<context>
    <name>kb::Report</name>
    <message>
        <source>KB Wizard report</source>
        <translation>KB Wizard-Bericht</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Host backend</source>
        <translation>Host-Backend</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Backup set:</source>
        <translation>Sicherung:</translation>
    </message>
    <message>
        <source>To undo:</source>
        <translation>Zum Rückgängigmachen:</translation>
    </message>
    <message>
        <source>Facts this article relies on</source>
        <translation>Fakten, auf denen dieser Artikel beruht</translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>Ausgeführt von: %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>available, not applied</source>
        <translation>verfügbar, nicht angewendet</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>By hand:</source>
        <translation>Manuell:</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (Build %2)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Tool-Version</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Date and time: %1</source>
        <translation>Datum und Uhrzeit: %1</translation>
    </message>
    <message>
        <source>Tool version: KB Wizard %1</source>
        <translation>Tool-Version: KB Wizard %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>report date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Still to do by hand</source>
        <translation>Noch von Hand zu erledigen</translation>
    </message>
    <message>
        <source>the demo server (a sandbox copy on this machine)</source>
        <translation>der Demo-Server (eine Sandbox-Kopie auf diesem Computer)</translation>
    </message>
    <message>
        <source>Windows (sc, icacls, appcmd, reg)</source>
        <translation>Windows (sc, icacls, appcmd, reg)</translation>
    </message>
    <message>
        <source>demo (the simulated host of the demo server)</source>
        <translation>Demo (der simulierte Host des Demo-Servers)</translation>
    </message>
    <message>
        <source>none (files only; services, permissions and IIS not checked)</source>
        <translation>keines (nur Dateien; Dienste, Berechtigungen und IIS werden nicht geprüft)</translation>
    </message>
    <message>
        <source>Evidence, step by step</source>
        <extracomment>Heading of the report&apos;s appendix: every step of every article with its evidence.</extracomment>
        <translation>Befunde, Schritt für Schritt</translation>
    </message>
    <message>
        <source>KB Wizard report: %1, %2</source>
        <translation>KB Wizard-Bericht: %1, %2</translation>
    </message>
    <message>
        <source>backup set %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>Not diagnosed.</source>
        <translation>Nicht diagnostiziert.</translation>
    </message>
    <message>
        <source>Not solved: %1.</source>
        <translation>Nicht gelöst: %1.</translation>
    </message>
    <message>
        <source>No failed check, but warnings: %1.</source>
        <translation>Keine Prüfung fehlgeschlagen, aber Warnungen: %1.</translation>
    </message>
    <message>
        <source>No problem found, but not every check ran: %1.</source>
        <translation>Kein Problem gefunden, aber nicht jede Prüfung lief: %1.</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Found %1; not compared with the versions the article covers.</source>
        <translation>Gefunden: %1; nicht mit den Versionen verglichen, für die der Artikel gilt.</translation>
    </message>
    <message>
        <source>Found %1; the article covers %2.</source>
        <translation>Gefunden: %1; der Artikel gilt für %2.</translation>
    </message>
    <message>
        <source>Found %1, which the article does not cover (it covers %2): treat its steps with care.</source>
        <translation>Gefunden: %1, wofür der Artikel nicht gilt (er gilt für %2): seine Schritte mit Vorsicht anwenden.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>No article was diagnosed.</source>
        <translation>Es wurde kein Artikel diagnostiziert.</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installation: %1</translation>
    </message>
</context>
<context>
    <name>kb::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What was checked, what was found and what was changed. Passwords and other secrets never appear in it.</source>
        <translation>Was geprüft, was gefunden und was geändert wurde. Kennwörter und andere geheime Daten erscheinen darin nie.</translation>
    </message>
    <message>
        <source>R&amp;eport:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Save H&amp;TML...</source>
        <translation>Als H&amp;TML speichern...</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Bericht als HTML speichern</translation>
    </message>
    <message>
        <source>Save &amp;JSON...</source>
        <translation>Als &amp;JSON speichern...</translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation>Bericht als JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>Zusammenfassung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copies the report as plain text, ready to paste into a support ticket.</source>
        <translation>Kopiert den Bericht als reinen Text, bereit zum Einfügen in ein Support-Ticket.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A status and how many steps have it, e.g. &quot;Failed: 2&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) applied and verified</source>
        <translation>
            <numerusform>%n Korrektur angewendet und überprüft</numerusform>
            <numerusform>%n Korrekturen angewendet und überprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Die Zusammenfassung wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The support bundle was not saved: %1</source>
        <translation>Das Support-Paket wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Support bundle saved to %1. Attach it to your support case.</source>
        <translation>Support-Paket gespeichert unter %1. Hängen Sie es an Ihren Supportfall an.</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Druck&amp;vorschau...</translation>
    </message>
    <message>
        <source>Show the printed pages before printing</source>
        <translation>Die Druckseiten vor dem Drucken anzeigen</translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation>Als &amp;PDF speichern...</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save te&amp;xt...</source>
        <translation>Als Te&amp;xt speichern...</translation>
    </message>
    <message>
        <source>Save the report as plain text</source>
        <translation>Bericht als reinen Text speichern</translation>
    </message>
    <message>
        <source>Save a support bundle for Trend Micro</source>
        <translation>Support-Paket für Trend Micro speichern</translation>
    </message>
    <message>
        <source>A zip with this report and the newest IIS logs of the console, passwords masked, to attach to a support case.</source>
        <translation>Eine ZIP-Datei mit diesem Bericht und den neuesten IIS-Protokollen der Konsole, Kennwörter maskiert, zum Anhängen an einen Supportfall.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Writing the support bundle...</source>
        <translation>Support-Paket wird geschrieben...</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Der Bericht wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates &quot;4 fixes applied and verified&quot; from &quot;5 manual steps still open&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>The whole report: the summary, the manual steps still open, and each step with what was found and fixed.</source>
        <translation>Der ganze Bericht: die Zusammenfassung, die noch offenen manuellen Schritte und jeder Schritt mit Befunden und Korrekturen.</translation>
    </message>
    <message>
        <source>Prints the report on one of this computer&apos;s printers.</source>
        <translation>Druckt den Bericht auf einem Drucker dieses Computers.</translation>
    </message>
    <message>
        <source>Opens a preview of the printed pages, with page numbers, from which they can be printed.</source>
        <translation>Öffnet eine Vorschau der Druckseiten mit Seitenzahlen, aus der gedruckt werden kann.</translation>
    </message>
    <message>
        <source>Saves the report as a PDF file for a ticket; passwords are never in it.</source>
        <translation>Speichert den Bericht als PDF-Datei für ein Ticket; Kennwörter sind nie darin enthalten.</translation>
    </message>
    <message>
        <source>Saves the report as a web page that opens in any browser; passwords are never in it.</source>
        <translation>Speichert den Bericht als Webseite, die sich in jedem Browser öffnen lässt; Kennwörter sind nie darin enthalten.</translation>
    </message>
    <message>
        <source>Saves the report as a text file, for tickets and e-mail; passwords are never in it.</source>
        <translation>Speichert den Bericht als Textdatei für Tickets und E-Mail; Kennwörter sind nie darin enthalten.</translation>
    </message>
    <message>
        <source>Saves the report as JSON for scripts and ticket systems; passwords are never in it.</source>
        <translation>Speichert den Bericht als JSON für Skripte und Ticketsysteme; Kennwörter sind nie darin enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still to do by hand (see the report)</source>
        <translation>
            <numerusform>%n Aufgabe noch von Hand zu erledigen (siehe Bericht)</numerusform>
            <numerusform>%n Aufgaben noch von Hand zu erledigen (siehe Bericht)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;support bundle...</source>
        <translation>S&amp;upport-Paket speichern...</translation>
    </message>
</context>
<context>
    <name>kb::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Footer of every printed report page.</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn.</source>
        <translation>die PDF-Datei konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>kb::ScParser</name>
    <message>
        <source>Access to service %1 was denied (error 5). Run the wizard as an administrator.</source>
        <translation>Der Zugriff auf den Dienst %1 wurde verweigert (Fehler 5). Führen Sie den Assistenten als Administrator aus.</translation>
    </message>
    <message>
        <source>Service %1 did not respond to the start or control request in time (error 1053).</source>
        <translation>Der Dienst %1 hat nicht rechtzeitig auf die Start- oder Steuerungsanforderung reagiert (Fehler 1053).</translation>
    </message>
    <message>
        <source>Service %1 is already running (error 1056).</source>
        <translation>Der Dienst %1 wird bereits ausgeführt (Fehler 1056).</translation>
    </message>
    <message>
        <source>Service %1 is disabled and cannot be started (error 1058).</source>
        <translation>Der Dienst %1 ist deaktiviert und kann nicht gestartet werden (Fehler 1058).</translation>
    </message>
    <message>
        <source>Service %1 is not installed (error 1060).</source>
        <translation>Der Dienst %1 ist nicht installiert (Fehler 1060).</translation>
    </message>
    <message>
        <source>Service %1 has not been started (error 1062).</source>
        <translation>Der Dienst %1 wurde nicht gestartet (Fehler 1062).</translation>
    </message>
    <message>
        <source>The service control request for %1 failed with error %2.</source>
        <translation>Die Dienststeuerungsanforderung für %1 ist mit Fehler %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not read the state of service %1 from sc&apos;s output.</source>
        <translation>Der Zustand des Dienstes %1 konnte nicht aus der Ausgabe von sc gelesen werden.</translation>
    </message>
</context>
<context>
    <name>kb::ServiceAdvice</name>
    <message>
        <source>Windows refused because your account has no administrator rights on %1. What to do: run the wizard with an account that is an administrator on %1 (a domain account), or run it on the server itself as an administrator.</source>
        <translation>Windows hat abgelehnt, weil Ihr Konto keine Administratorrechte auf %1 hat. Abhilfe: Führen Sie den Assistenten mit einem Konto aus, das Administrator auf %1 ist (ein Domänenkonto), oder führen Sie ihn auf dem Server selbst als Administrator aus.</translation>
    </message>
    <message>
        <source>Windows refused because the wizard is not running as an administrator. What to do: close the wizard, right-click it, choose &quot;Run as administrator&quot; and try again.</source>
        <translation>Windows hat abgelehnt, weil der Assistent nicht als Administrator ausgeführt wird. Abhilfe: Schließen Sie den Assistenten, klicken Sie mit der rechten Maustaste darauf, wählen Sie &quot;Als Administrator ausführen&quot;, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Windows asked %1 to start or stop and the service did not answer in time. It may still be busy, or it may be stuck. What to do: wait a minute and run the check again; if %1 stays stopped, open Event Viewer (Windows Logs &gt; System) and read the Service Control Manager entry for it; if it hangs in a pending state, restart the server. Trend Micro support asks for that entry.</source>
        <translation>Windows hat %1 zum Starten oder Beenden aufgefordert, aber der Dienst hat nicht rechtzeitig geantwortet. Er ist möglicherweise noch beschäftigt, oder er hängt. Abhilfe: Warten Sie eine Minute, und führen Sie die Prüfung erneut aus; bleibt %1 beendet, öffnen Sie die Ereignisanzeige (Windows-Protokolle &gt; System) und lesen Sie den zugehörigen Eintrag der Quelle &quot;Service Control Manager&quot;; hängt der Dienst in einem ausstehenden Zustand, starten Sie den Server neu. Der Trend Micro Support fragt nach diesem Eintrag.</translation>
    </message>
    <message>
        <source>%1 is disabled. What to do: open Services (services.msc), set its startup type to Automatic, then try again.</source>
        <translation>%1 ist deaktiviert. Abhilfe: Öffnen Sie &quot;Dienste&quot; (services.msc), setzen Sie den Starttyp auf &quot;Automatisch&quot;, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not installed on this server. What to do: check that this is the server the product is installed on; reinstall or repair the product if the service is missing.</source>
        <translation>%1 ist auf diesem Server nicht installiert. Abhilfe: Prüfen Sie, ob dies der Server ist, auf dem das Produkt installiert ist; installieren oder reparieren Sie das Produkt, wenn der Dienst fehlt.</translation>
    </message>
    <message>
        <source>%1 started and then ended by itself. What to do: read its entry in Event Viewer (Windows Logs &gt; Application and System) and send it to Trend Micro support with the report.</source>
        <translation>%1 wurde gestartet und hat sich dann selbst beendet. Abhilfe: Lesen Sie den zugehörigen Eintrag in der Ereignisanzeige (Windows-Protokolle &gt; Anwendung und System), und senden Sie ihn zusammen mit dem Bericht an den Trend Micro Support.</translation>
    </message>
    <message>
        <source>%1 could not log on with its account (wrong or expired password). What to do: in Services (services.msc), open %1, Log On tab, enter the account&apos;s current password, then try again.</source>
        <translation>%1 konnte sich nicht mit seinem Konto anmelden (falsches oder abgelaufenes Kennwort). Abhilfe: Öffnen Sie in &quot;Dienste&quot; (services.msc) den Dienst %1, Registerkarte &quot;Anmelden&quot;, geben Sie das aktuelle Kennwort des Kontos ein, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached. What to do: check its name, that it is switched on, and that the firewall allows remote service management.</source>
        <translation>Der Server %1 war nicht erreichbar. Abhilfe: Prüfen Sie den Namen, ob der Server eingeschaltet ist und ob die Firewall die Remotedienstverwaltung zulässt.</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(dieser Computer)</translation>
    </message>
</context>
<context>
    <name>kb::ServiceStateCheck</name>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>not installed (error 1060)</source>
        <translation>nicht installiert (Fehler 1060)</translation>
    </message>
    <message>
        <source>last exit code %1</source>
        <translation>letzter Exitcode %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) are not running.</source>
        <translation>
            <numerusform>%n Dienst wird nicht ausgeführt.</numerusform>
            <numerusform>%n Dienste werden nicht ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>All services are running.</source>
        <translation>Alle Dienste werden ausgeführt.</translation>
    </message>
</context>
<context>
    <name>kb::Session</name>
    <message>
        <source>The step %1 has no automatic fix.</source>
        <translation>Der Schritt %1 hat keine automatische Korrektur.</translation>
    </message>
    <message>
        <source>Nothing left to change: an earlier fix in this batch already resolved it.</source>
        <translation>Nichts mehr zu ändern: Eine frühere Korrektur in diesem Durchlauf hat das Problem bereits behoben.</translation>
    </message>
    <message>
        <source>The fix was undone; run the diagnosis again.</source>
        <translation>Die Korrektur wurde rückgängig gemacht; führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <source>Unknown article &quot;%1&quot;.</source>
        <translation>Unbekannter Artikel &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kb::SourceAgreementCheck</name>
    <message>
        <source>the same source in every file</source>
        <translation>in jeder Datei dieselbe Quelle</translation>
    </message>
    <message>
        <source>None of the files holds the update source under a known key; the lines found by scanning are shown.</source>
        <translation>Keine der Dateien enthält die Update-Quelle unter einem bekannten Schlüssel; angezeigt werden die beim Durchsuchen gefundenen Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) name the same update source, %1.</source>
        <translation>
            <numerusform>%n Datei nennt dieselbe Update-Quelle: %1.</numerusform>
            <numerusform>%n Dateien nennen dieselbe Update-Quelle: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update-source settings disagree: %1.</source>
        <extracomment>%1 = list &quot;file key=value; file key=value&quot;</extracomment>
        <translation>Die Einstellungen für die Update-Quelle stimmen nicht überein: %1.</translation>
    </message>
</context>
<context>
    <name>kb::Status</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Manueller Schritt</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>kb::SupportBundle</name>
    <message>
        <source>Cannot read the IIS log: %1</source>
        <translation>Das IIS-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>IIS site: %1 (W3SVC%2)</source>
        <translation>IIS-Website: %1 (W3SVC%2)</translation>
    </message>
    <message>
        <source>IIS site: %1 (site id unknown: every W3SVC folder searched)</source>
        <translation>IIS-Website: %1 (Website-ID unbekannt: alle W3SVC-Ordner durchsucht)</translation>
    </message>
    <message>
        <source>KB Wizard support bundle</source>
        <translation>KB Wizard-Support-Paket</translation>
    </message>
    <message>
        <source>report.json, report.txt, report.html: the wizard&apos;s report (checks, evidence, fixes, backups).</source>
        <translation>report.json, report.txt, report.html: der Bericht des Assistenten (Prüfungen, Befunde, Korrekturen, Sicherungen).</translation>
    </message>
    <message>
        <source> (last part only)</source>
        <translation> (nur der letzte Teil)</translation>
    </message>
    <message>
        <source>No IIS log of the console site was found.</source>
        <translation>Es wurde kein IIS-Protokoll der Konsolen-Website gefunden.</translation>
    </message>
    <message>
        <source>Not included: %1 is a link; the wizard does not follow links in the log folder.</source>
        <translation>Nicht enthalten: %1 ist eine Verknüpfung; der Assistent folgt Verknüpfungen im Protokollordner nicht.</translation>
    </message>
    <message>
        <source>Passwords and password-like values (keys named like password, pwd, token, sid or session), passwords in URLs, authorization headers, cookies and encrypted values were replaced by %1 in every file.</source>
        <translation>Kennwörter und kennwortähnliche Werte (Schlüssel mit Namen wie password, pwd, token, sid oder session), Kennwörter in URLs, Authorization-Header, Cookies und verschlüsselte Werte wurden in allen Dateien durch %1 ersetzt.</translation>
    </message>
</context>
<context>
    <name>kb::SymptomPage</name>
    <message>
        <source>What is the problem?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <source>Type a few words about what goes wrong, then choose the sentence that fits best. The wizard follows the Trend Micro article behind it.</source>
        <translation>Geben Sie ein paar Stichworte zum Problem ein, und wählen Sie dann den passendsten Satz aus. Der Assistent folgt dem zugehörigen Trend Micro-Artikel.</translation>
    </message>
    <message>
        <source>&amp;Describe the problem:</source>
        <translation>Problem &amp;beschreiben:</translation>
    </message>
    <message>
        <source>Describe the problem...</source>
        <translation>Problem beschreiben...</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>Problem beschreiben</translation>
    </message>
    <message>
        <source>Filters the list of symptoms below</source>
        <translation>Filtert die Liste der Symptome darunter</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>S&amp;ymptome:</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Each symptom with the article that handles it</source>
        <translation>Jedes Symptom mit dem Artikel, der es behandelt</translation>
    </message>
    <message>
        <source>Article: %1 (for %2)</source>
        <translation>Artikel: %1 (für %2)</translation>
    </message>
    <message>
        <source>Article: %1 (for %2: the wizard switches to that installation)</source>
        <extracomment>Article line of a symptom whose article is for another product than the chosen installation.</extracomment>
        <translation>Artikel: %1 (für %2: Der Assistent wechselt zu dieser Installation)</translation>
    </message>
    <message>
        <source>Article: %1 (for %2, which was not found: it may not apply)</source>
        <translation>Artikel: %1 (für %2, nicht gefunden: gilt möglicherweise nicht)</translation>
    </message>
    <message>
        <source>No symptom matches &quot;%1&quot;. Try other words, or clear the field to see every symptom.</source>
        <translation>Kein Symptom passt zu &quot;%1&quot;. Versuchen Sie andere Wörter, oder leeren Sie das Feld, um alle Symptome zu sehen.</translation>
    </message>
    <message>
        <source>Choose a symptom to continue.</source>
        <translation>Wählen Sie ein Symptom aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>The checks will run on %1.</source>
        <translation>Die Prüfungen laufen auf %1.</translation>
    </message>
    <message>
        <source>This article is for %1. The wizard will use the %2 installation in %3.</source>
        <translation>Dieser Artikel gilt für %1. Der Assistent verwendet die Installation von %2 in %3.</translation>
    </message>
    <message>
        <source>This article is for %1, but no such installation was found. The checks will run on the selected installation (%2) and may not apply to it.</source>
        <translation>Dieser Artikel gilt für %1, aber eine solche Installation wurde nicht gefunden. Die Prüfungen laufen auf der ausgewählten Installation (%2) und treffen darauf möglicherweise nicht zu.</translation>
    </message>
    <message>
        <source>The %1 installation cannot be used: %2</source>
        <translation>Die Installation von %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>kb::TargetPage</name>
    <message>
        <source>Windows registry</source>
        <translation>Windows-Registrierung</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>Folder you chose</source>
        <extracomment>How an installation was found: in a folder the user chose.</extracomment>
        <translation>Ausgewählter Ordner</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (Build %2)</translation>
    </message>
    <message>
        <source>Choose the server installation</source>
        <translation>Serverinstallation auswählen</translation>
    </message>
    <message>
        <source>KB Wizard looked for Trend Micro Security Server installations. Choose the one to repair, add another folder, or try everything on the demo server.</source>
        <translation>KB Wizard hat nach Installationen des Trend Micro Security Server gesucht. Wählen Sie die zu reparierende aus, fügen Sie einen anderen Ordner hinzu, oder probieren Sie alles am Demo-Server aus.</translation>
    </message>
    <message>
        <source>&amp;Installations found:</source>
        <translation>&amp;Gefundene Installationen:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Installations found</source>
        <translation>Gefundene Installationen</translation>
    </message>
    <message>
        <source>Product, version, folder and how each installation was found</source>
        <translation>Produkt, Version, Ordner und wie jede Installation gefunden wurde</translation>
    </message>
    <message>
        <source>Selected installation</source>
        <translation>Ausgewählte Installation</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Version read from:</source>
        <translation>Version gelesen aus:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Backups are kept in:</source>
        <translation>Sicherungen liegen in:</translation>
    </message>
    <message>
        <source>Another installation</source>
        <translation>Andere Installation</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>C:\Program Files (x86)\Trend Micro\Security Server or \\server\share\...</source>
        <translation>C:\Program Files (x86)\Trend Micro\Security Server oder \\server\freigabe\...</translation>
    </message>
    <message>
        <source>Folder of another installation</source>
        <translation>Ordner einer anderen Installation</translation>
    </message>
    <message>
        <source>A local folder or a \\server\share path; press Enter or Use to look for installations in it</source>
        <translation>Ein lokaler Ordner oder ein Pfad \\server\freigabe; drücken Sie die Eingabetaste oder &quot;Verwenden&quot;, um darin nach Installationen zu suchen</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <extracomment>Button: look for installations in the folder typed next to it.</extracomment>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>Use the typed folder</source>
        <translation>Eingegebenen Ordner verwenden</translation>
    </message>
    <message>
        <source>Ch&amp;oose folder...</source>
        <translation>Ordner a&amp;uswählen...</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Use the &amp;demo server</source>
        <translation>&amp;Demo-Server verwenden</translation>
    </message>
    <message>
        <source>Use the demo server</source>
        <translation>Demo-Server verwenden</translation>
    </message>
    <message>
        <source>A copy of a broken server made for trying KB Wizard safely. Nothing on this computer is changed.</source>
        <translation>Eine Kopie eines defekten Servers, um KB Wizard gefahrlos auszuprobieren. Auf diesem Computer wird nichts geändert.</translation>
    </message>
    <message>
        <source>Continue the &amp;last demo</source>
        <translation>Letzte Demo fort&amp;setzen</translation>
    </message>
    <message>
        <source>Continue the last demo</source>
        <translation>Letzte Demo fortsetzen</translation>
    </message>
    <message>
        <source>Open the demo server copy used last time, with its changes and backups.</source>
        <translation>Öffnet die zuletzt verwendete Kopie des Demo-Servers mit ihren Änderungen und Sicherungen.</translation>
    </message>
    <message>
        <source>No installation was found on this computer. Choose the folder of the server, or try the demo server.</source>
        <translation>Auf diesem Computer wurde keine Installation gefunden. Wählen Sie den Ordner des Servers aus, oder probieren Sie den Demo-Server aus.</translation>
    </message>
    <message>
        <source>Select the installation to repair in the list above.</source>
        <translation>Wählen Sie oben in der Liste die Installation aus, die repariert werden soll.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>This folder cannot be used:
%1</source>
        <translation>Dieser Ordner kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>Looking for installations in %1...</source>
        <translation>Suche nach Installationen in %1...</translation>
    </message>
    <message>
        <source>Choose the folder of the installation</source>
        <translation>Ordner der Installation auswählen</translation>
    </message>
    <message>
        <source>Opening the last demo server...</source>
        <translation>Letzter Demo-Server wird geöffnet...</translation>
    </message>
    <message>
        <source>Copying the demo server...</source>
        <translation>Demo-Server wird kopiert...</translation>
    </message>
    <message>
        <source>This installation cannot be used:
%1</source>
        <translation>Diese Installation kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>%1, its registry</source>
        <extracomment>How an installation was found: %1 = \SERVER, through its registry.</extracomment>
        <translation>%1, laut Registrierung</translation>
    </message>
    <message>
        <source>%1, default folder</source>
        <extracomment>How an installation was found: %1 = \SERVER, in a default install folder.</extracomment>
        <translation>%1, Standardordner</translation>
    </message>
    <message>
        <source>Ser&amp;ver name:</source>
        <extracomment>Label of the field for a remote server&apos;s name (SBS01 or \SBS01).</extracomment>
        <translation>Se&amp;rvername:</translation>
    </message>
    <message>
        <source>SBS01 or \\SBS01</source>
        <translation>SBS01 oder \\SBS01</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>The name of a remote server; press Enter or Connect to look for installations on it through its C$ share</source>
        <translation>Der Name eines Remoteservers; drücken Sie die Eingabetaste oder klicken Sie auf &quot;Verbinden&quot;, um über dessen Freigabe C$ nach Installationen zu suchen</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Mit dem Server verbinden</translation>
    </message>
    <message>
        <source>Reading the server&apos;s folders needs administrator rights on it (the C$ share).</source>
        <translation>Zum Lesen der Serverordner sind Administratorrechte auf dem Server nötig (Freigabe C$).</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Administratorrechte</translation>
    </message>
    <message>
        <source>No installation can be used on %1:
%2</source>
        <extracomment>%1 = the server name as typed, %2 = the engine&apos;s reason (where it looked).</extracomment>
        <translation>Auf %1 ist keine verwendbare Installation vorhanden:
%2</translation>
    </message>
    <message>
        <source>Looking for installations on %1...</source>
        <translation>Installationen auf %1 werden gesucht...</translation>
    </message>
    <message>
        <source>Looks for Security Server installations in the folder typed next to it.</source>
        <translation>Sucht im daneben eingegebenen Ordner nach Security-Server-Installationen.</translation>
    </message>
    <message>
        <source>Opens a folder dialog to pick the installation&apos;s folder, on this computer or on a share.</source>
        <translation>Öffnet einen Ordnerdialog, um den Ordner der Installation auszuwählen, auf diesem Computer oder auf einer Freigabe.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <extracomment>Button: look for installations on the server named next to it.</extracomment>
        <translation>Ver&amp;binden</translation>
    </message>
</context>
<context>
    <name>kb::TempFolderAclCheck</name>
    <message>
        <source>Windows version</source>
        <translation>Windows-Version</translation>
    </message>
    <message>
        <source>account the web console runs as</source>
        <translation>Konto, unter dem die Webkonsole läuft</translation>
    </message>
    <message>
        <source>Windows version unknown: assumed 2008 or later</source>
        <translation>Windows-Version unbekannt: 2008 oder höher angenommen</translation>
    </message>
    <message>
        <source>computer name unknown, so IUSR_&lt;server&gt; could not be formed: %1 used</source>
        <translation>Computername unbekannt, daher konnte IUSR_&lt;server&gt; nicht gebildet werden: %1 verwendet</translation>
    </message>
    <message>
        <source>Windows 2000/2003</source>
        <translation>Windows 2000/2003</translation>
    </message>
    <message>
        <source>Windows 2008 or later</source>
        <translation>Windows 2008 oder höher</translation>
    </message>
    <message>
        <source>Read and Write (Allow)</source>
        <translation>Lesen und Schreiben (Zulassen)</translation>
    </message>
    <message>
        <source>a group %1 belongs to [%2]</source>
        <translation>eine Gruppe, der %1 angehört [%2]</translation>
    </message>
    <message>
        <source>inherit-only (IO): applies to the files and folders inside, not to the folder itself</source>
        <translation>Nur vererben (IO): gilt für die Dateien und Ordner darin, nicht für den Ordner selbst</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>Verweigern-Eintrag</translation>
    </message>
    <message>
        <source>inherited from the parent folder</source>
        <translation>vom übergeordneten Ordner geerbt</translation>
    </message>
    <message>
        <source>no entry for %1 or a group it belongs to</source>
        <translation>kein Eintrag für %1 oder eine Gruppe, der das Konto angehört</translation>
    </message>
    <message>
        <source>groups whose entries count for %1</source>
        <translation>Gruppen, deren Einträge für %1 gelten</translation>
    </message>
    <message>
        <source>Could not read the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 may read and write %2.</source>
        <translation>%1 darf %2 lesen und schreiben.</translation>
    </message>
    <message>
        <source>A Deny entry forbids %1 to %2 %3: %4. Deny entries win over Allow entries, so the console cannot use the folder.</source>
        <translation>Ein Verweigern-Eintrag untersagt %1, %3 zu %2: %4. Verweigern-Einträge haben Vorrang vor Zulassen-Einträgen, daher kann die Konsole den Ordner nicht verwenden.</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>%1 may read %2 but not write to it; the console stores its session files there.</source>
        <translation>%1 darf %2 lesen, aber nicht darin schreiben; die Konsole legt dort ihre Sitzungsdateien ab.</translation>
    </message>
    <message>
        <source>%1 may write to %2 but not read it.</source>
        <translation>%1 darf in %2 schreiben, den Ordner aber nicht lesen.</translation>
    </message>
    <message>
        <source>%1 has neither Read nor Write permission on %2.</source>
        <translation>%1 hat für %2 weder die Berechtigung Lesen noch Schreiben.</translation>
    </message>
</context>
<context>
    <name>kb::TempFolderAclFix</name>
    <message>
        <source>Give the IIS account (%1 on Windows 2008 and later, %2 on Windows 2000/2003) Read and Write on PCCSRV\%3, after saving the folder&apos;s current permissions.</source>
        <translation>Dem IIS-Konto (%1 unter Windows 2008 und höher, %2 unter Windows 2000/2003) Lesen und Schreiben auf PCCSRV\%3 erteilen, nachdem die aktuellen Berechtigungen des Ordners gesichert wurden.</translation>
    </message>
    <message>
        <source>%1 may already read and write %2.</source>
        <translation>%1 darf %2 bereits lesen und schreiben.</translation>
    </message>
    <message>
        <source>%1 has a Deny entry (%2). Granting Read and Write would not help, because Windows applies Deny entries first, and the wizard does not remove Deny entries. Remove it by hand: right-click the folder, Properties, Security, Advanced, select the Deny entry, Remove (if it is inherited, remove it on the parent folder), then run the check again.</source>
        <translation>%1 hat einen Verweigern-Eintrag (%2). Lesen und Schreiben zu erteilen würde nicht helfen, weil Windows Verweigern-Einträge zuerst anwendet, und der Assistent entfernt keine Verweigern-Einträge. Entfernen Sie ihn von Hand: Klicken Sie mit der rechten Maustaste auf den Ordner, dann auf &quot;Eigenschaften&quot;, &quot;Sicherheit&quot;, &quot;Erweitert&quot;, wählen Sie den Verweigern-Eintrag aus, klicken Sie auf &quot;Entfernen&quot; (ist er geerbt, entfernen Sie ihn am übergeordneten Ordner), und führen Sie dann die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The current permissions of %1 are saved first (icacls /save) and undo puts them back exactly (icacls /restore).</source>
        <translation>Die aktuellen Berechtigungen von %1 werden zuerst gesichert (icacls /save), und beim Rückgängigmachen werden sie exakt wiederhergestellt (icacls /restore).</translation>
    </message>
    <message>
        <source>(OI)(CI) lets the files and folders the console creates inside %1 inherit the permission.</source>
        <translation>(OI)(CI) sorgt dafür, dass die Dateien und Ordner, die die Konsole in %1 anlegt, die Berechtigung erben.</translation>
    </message>
</context>
<context>
    <name>kb::ToolRunner</name>
    <message>
        <source>The program &quot;%1&quot; is not one the wizard may run (allowed: %2).</source>
        <translation>Das Programm &quot;%1&quot; darf vom Assistenten nicht ausgeführt werden (erlaubt: %2).</translation>
    </message>
    <message>
        <source>Refused to run %1: a password would have appeared on its command line.</source>
        <translation>Ausführung von %1 abgelehnt: Ein Kennwort wäre in der Befehlszeile erschienen.</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; was not found (looked in: %2).</source>
        <translation>Das Programm &quot;%1&quot; wurde nicht gefunden (gesucht in: %2).</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden beendet und daher abgebrochen.</translation>
    </message>
    <message>
        <source>%1 ended abnormally: %2</source>
        <translation>%1 wurde abnormal beendet: %2</translation>
    </message>
</context>
<context>
    <name>kb::UndoPanel</name>
    <message>
        <source>Interrupted</source>
        <extracomment>State of a backup set: the fix was interrupted before it finished.</extracomment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Every fix saved the files it changed in a backup set. Undo puts the saved files back byte for byte and restarts the services the fix restarted.</source>
        <translation>Jede Korrektur hat die von ihr geänderten Dateien in einer Sicherung abgelegt. Beim Rückgängigmachen werden die gesicherten Dateien byteweise identisch zurückgeschrieben und die Dienste neu gestartet, die die Korrektur neu gestartet hat.</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Backup sets</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Earlier fixes of this installation that can be undone</source>
        <translation>Frühere Korrekturen dieser Installation, die rückgängig gemacht werden können</translation>
    </message>
    <message>
        <source>&amp;Undo...</source>
        <translation>&amp;Rückgängig machen...</translation>
    </message>
    <message>
        <source>Undo the selected backup set</source>
        <translation>Ausgewählte Sicherung rückgängig machen</translation>
    </message>
    <message>
        <source>Re&amp;load list</source>
        <translation>Liste &amp;neu laden</translation>
    </message>
    <message>
        <source>Reload the list of backup sets</source>
        <translation>Liste der Sicherungen neu laden</translation>
    </message>
    <message>
        <source>No backup sets yet for this installation. They are kept in %1.</source>
        <translation>Für diese Installation gibt es noch keine Sicherungen. Sie werden unter %1 abgelegt.</translation>
    </message>
    <message>
        <source>A backup set could not be read: %1</source>
        <translation>Eine Sicherung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Undoing backup set %1...</source>
        <translation>Sicherung %1 wird rückgängig gemacht...</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Files of backup set %1 changed after the fix.</source>
        <translation>Dateien der Sicherung %1 wurden nach der Korrektur geändert.</translation>
    </message>
    <message>
        <source>%1

Undo anyway puts the saved files back and loses those later changes.</source>
        <translation>%1

&quot;Trotzdem rückgängig machen&quot; schreibt die gesicherten Dateien zurück; die späteren Änderungen gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Undo &amp;anyway</source>
        <translation>&amp;Trotzdem rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup set %1 was restored. Run the diagnosis again to confirm (Back, then Run again).</source>
        <translation>Sicherung %1 wurde wiederhergestellt. Führen Sie die Diagnose zur Bestätigung erneut aus (&quot;Zurück&quot;, dann &quot;Erneut ausführen&quot;).</translation>
    </message>
</context>
<context>
    <name>kb::UpdateConfig</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>(file not readable)</source>
        <translation>(Datei nicht lesbar)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>checked key %1 in section [%2] of file %3; %4</source>
        <translation>Schlüssel %1 in Abschnitt [%2] der Datei %3 geprüft; %4</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1; found by scanning for values containing &quot;%2&quot;: whether the product reads this key is not known [inferred]</source>
        <translation>Zeile %1; gefunden beim Durchsuchen nach Werten mit &quot;%2&quot;: Ob das Produkt diesen Schlüssel liest, ist nicht bekannt [inferred]</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>stored encrypted by the product; never shown</source>
        <translation>vom Produkt verschlüsselt gespeichert; wird nie angezeigt</translation>
    </message>
    <message>
        <source>never shown</source>
        <translation>wird nie angezeigt</translation>
    </message>
    <message>
        <source>(any section)</source>
        <translation>(beliebiger Abschnitt)</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>not set: assuming the default of %L1 s</source>
        <translation>nicht gesetzt: Standardwert %L1 s angenommen</translation>
    </message>
</context>
<context>
    <name>kb::UpdateSourceCheck</name>
    <message>
        <source>detected version</source>
        <translation>erkannte Version</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>ActiveUpdate source for version %1</source>
        <translation>ActiveUpdate-Quelle für Version %1</translation>
    </message>
    <message>
        <source>(version not in the table)</source>
        <translation>(Version nicht in der Tabelle)</translation>
    </message>
    <message>
        <source>No known setting holds the update source. The lines shown were found by scanning; confirm in the console (Updates &gt; Source) which one is used.</source>
        <translation>Keine bekannte Einstellung enthält die Update-Quelle. Die angezeigten Zeilen wurden beim Durchsuchen gefunden; prüfen Sie in der Konsole (Updates &gt; Source), welche verwendet wird.</translation>
    </message>
    <message>
        <source>The update source is %1, but version &quot;%2&quot; has no known ActiveUpdate source to compare with.</source>
        <translation>Die Update-Quelle ist %1, aber für Version &quot;%2&quot; ist keine ActiveUpdate-Quelle zum Vergleich bekannt.</translation>
    </message>
    <message>
        <source>The update source is the ActiveUpdate source for version %1.</source>
        <translation>Die Update-Quelle ist die ActiveUpdate-Quelle für Version %1.</translation>
    </message>
    <message>
        <source>The update source %1 is the ActiveUpdate source for version %2, but this server is version %3. The source for %3 is %4.</source>
        <extracomment>%1 = URL, %2 = its version, %3 = the server&apos;s version, %4 = the right URL</extracomment>
        <translation>Die Update-Quelle %1 ist die ActiveUpdate-Quelle für Version %2, dieser Server hat aber Version %3. Die Quelle für %3 ist %4.</translation>
    </message>
    <message>
        <source>The update source is a custom source, %1, and it answers. It is kept.</source>
        <translation>Die Update-Quelle ist eine benutzerdefinierte Quelle, %1, und sie antwortet. Sie wird beibehalten.</translation>
    </message>
    <message>
        <source>The custom update source %1 does not answer (%2). Switch to the ActiveUpdate source %3 or enter another source.</source>
        <translation>Die benutzerdefinierte Update-Quelle %1 antwortet nicht (%2). Wechseln Sie zur ActiveUpdate-Quelle %3, oder geben Sie eine andere Quelle ein.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>kb::UpdateSourceFix</name>
    <message>
        <source>Switch the update source in %1 %2 to the chosen one: by default the ActiveUpdate source for the detected version; a custom source is kept unless you pick another.</source>
        <translation>Die Update-Quelle in %1 %2 auf die gewählte umstellen: standardmäßig die ActiveUpdate-Quelle für die erkannte Version; eine benutzerdefinierte Quelle bleibt erhalten, sofern Sie keine andere wählen.</translation>
    </message>
    <message>
        <source>Set the other files&apos; update-source lines (%1) to the chosen source, by default the one the update source step settles on.</source>
        <translation>Die Zeilen mit der Update-Quelle in den anderen Dateien (%1) auf die gewählte Quelle setzen, standardmäßig auf die, die der Schritt &quot;Update-Quelle für diese Version&quot; festlegt.</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>Update-Quelle</translation>
    </message>
    <message>
        <source>The ActiveUpdate source for version %1 is %2.</source>
        <translation>Die ActiveUpdate-Quelle für Version %1 ist %2.</translation>
    </message>
    <message>
        <source>Or another update source (URL; leave empty to use the choice above)</source>
        <translation>Oder eine andere Update-Quelle (URL; leer lassen, um die obige Auswahl zu verwenden)</translation>
    </message>
    <message>
        <source>For example an intranet mirror: http://server:port/path.</source>
        <translation>Zum Beispiel ein Spiegelserver im Intranet: http://server:port/pfad.</translation>
    </message>
    <message>
        <source>Change %1 [%2] %3 (line %4), now &quot;%5&quot;?</source>
        <extracomment>%1 = file, %2 = section, %3 = key, %4 = line, %5 = value</extracomment>
        <translation>%1 [%2] %3 (Zeile %4) ändern, derzeit &quot;%5&quot;?</translation>
    </message>
    <message>
        <source>No known key holds the update source. This line was found by scanning for values containing &quot;%1&quot;; change it only if you know the product reads its update source there.</source>
        <translation>Kein bekannter Schlüssel enthält die Update-Quelle. Diese Zeile wurde beim Durchsuchen nach Werten mit &quot;%1&quot; gefunden; ändern Sie sie nur, wenn Sie wissen, dass das Produkt seine Update-Quelle dort liest.</translation>
    </message>
    <message>
        <source>Enter the update source as an http:// or https:// address.</source>
        <translation>Geben Sie die Update-Quelle als http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>%1 cannot hold this address.</source>
        <translation>%1 kann diese Adresse nicht aufnehmen.</translation>
    </message>
    <message>
        <source>The update source already is %1.</source>
        <translation>Die Update-Quelle ist bereits %1.</translation>
    </message>
    <message>
        <source>No line was chosen: no known key holds the update source; tick the line to change.</source>
        <translation>Keine Zeile ausgewählt: Kein bekannter Schlüssel enthält die Update-Quelle; setzen Sie ein Häkchen bei der Zeile, die geändert werden soll.</translation>
    </message>
    <message>
        <source>The other files already name %1.</source>
        <translation>Die anderen Dateien nennen bereits %1.</translation>
    </message>
    <message>
        <source>%1 differ: the update-source settings step sets them.</source>
        <translation>Abweichend: %1; diese Werte setzt der Schritt &quot;Einstellungen der Update-Quelle stimmen überein&quot;.</translation>
    </message>
    <message>
        <source>%1 differs: the update source step switches it.</source>
        <translation>Abweichend: %1; dies stellt der Schritt &quot;Update-Quelle für diese Version&quot; um.</translation>
    </message>
    <message>
        <source>%1 still name another source: the update-source settings step sets them.</source>
        <translation>Noch eine andere Quelle in: %1; diese Werte setzt der Schritt &quot;Einstellungen der Update-Quelle stimmen überein&quot;.</translation>
    </message>
    <message>
        <source>%1 names another source: the update source step switches it.</source>
        <translation>Andere Quelle in: %1; dies stellt der Schritt &quot;Update-Quelle für diese Version&quot; um.</translation>
    </message>
    <message>
        <source>%1 %2=%3 is left as it is: what its values mean is not known for sure.</source>
        <translation>%1 %2=%3 bleibt unverändert: Was die Werte bedeuten, ist nicht sicher bekannt.</translation>
    </message>
    <message>
        <source>After the change, start a manual update in the console to confirm that the server downloads from %1.</source>
        <translation>Starten Sie nach der Änderung ein manuelles Update in der Konsole, um zu bestätigen, dass der Server von %1 herunterlädt.</translation>
    </message>
</context>
<context>
    <name>kb::WindowsHost</name>
    <message>
        <source>Waiting for %1 to stop...</source>
        <translation>Warten, bis %1 beendet ist...</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet...</translation>
    </message>
    <message>
        <source>Stopping %1...</source>
        <translation>%1 wird beendet...</translation>
    </message>
    <message>
        <source>Could not read the state of service %1 from sc&apos;s output.</source>
        <translation>Der Zustand des Dienstes %1 konnte nicht aus der Ausgabe von sc gelesen werden.</translation>
    </message>
    <message>
        <source>Service %1 did not reach %2 in time (last state: %3).</source>
        <translation>Der Dienst %1 hat %2 nicht rechtzeitig erreicht (letzter Zustand: %3).</translation>
    </message>
    <message>
        <source>Service %1 stopped while starting (exit code %2).</source>
        <translation>Der Dienst %1 wurde beim Starten beendet (Exitcode %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission icacls can grant.</source>
        <translation>&quot;%1&quot; ist keine Berechtigung, die icacls erteilen kann.</translation>
    </message>
    <message>
        <source>icacls reported success but wrote no ACL backup to %1.</source>
        <translation>icacls meldete Erfolg, hat aber keine ACL-Sicherung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot restore the permissions of %1: it has no parent folder.</source>
        <translation>Die Berechtigungen von %1 können nicht wiederhergestellt werden: Es gibt keinen übergeordneten Ordner.</translation>
    </message>
    <message>
        <source>IIS settings can only be read on the server itself, or through %1 with administrator rights on %2 (%3).</source>
        <translation>IIS-Einstellungen können nur auf dem Server selbst gelesen werden oder über %1 mit Administratorrechten auf %2 (%3).</translation>
    </message>
    <message>
        <source>IIS settings can only be changed on the server itself.</source>
        <translation>IIS-Einstellungen können nur auf dem Server selbst geändert werden.</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>appcmd could not list the site %1: %2</source>
        <translation>appcmd konnte die Website %1 nicht auflisten: %2</translation>
    </message>
</context>
<context>
    <name>kb::articles</name>
    <message>
        <source>Run the Case Diagnostic Tool (CDT) on the server: download it from Trend Micro&apos;s knowledge base (&quot;Using the CDT to collect all the information needed by Trend Micro Technical Support&quot;), reproduce the problem while it records, and send its log together with this report to Trend Micro Technical Support.</source>
        <translation>Führen Sie das Case Diagnostic Tool (CDT) auf dem Server aus: Laden Sie es aus der Knowledge Base von Trend Micro herunter (&quot;Using the CDT to collect all the information needed by Trend Micro Technical Support&quot;), reproduzieren Sie das Problem, während es aufzeichnet, und senden Sie das Protokoll zusammen mit diesem Bericht an den Technischen Support von Trend Micro.</translation>
    </message>
</context>
<context>
    <name>kb::articles::ReputationReconnecting</name>
    <message>
        <source>%1 [inferred]</source>
        <translation>%1 [inferred]</translation>
    </message>
    <message>
        <source>section and key name</source>
        <translation>Abschnitt und Schlüsselname</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>default %1 [article]</source>
        <translation>Standard %1 [article]</translation>
    </message>
    <message>
        <source>Error 1053 means the service did not answer the start request in time: the Local Web Classification Server is damaged or cannot load its patterns. The article&apos;s remedy is to uninstall and reinstall the Integrated Smart Protection Server with the ISPS tool (step isps-tool), then to check LWCS\wcspatterns (step wcspatterns).</source>
        <translation>Fehler 1053 bedeutet, dass der Dienst nicht rechtzeitig auf die Startanforderung geantwortet hat: Der Local Web Classification Server ist beschädigt oder kann seine Pattern-Dateien nicht laden. Die Lösung laut Artikel: den Integrated Smart Protection Server mit dem ISPS-Tool deinstallieren und neu installieren (Schritt isps-tool) und danach LWCS\wcspatterns prüfen (Schritt wcspatterns).</translation>
    </message>
    <message>
        <source>The service is not installed: reinstall the Integrated Smart Protection Server with the ISPS tool (step isps-tool).</source>
        <translation>Der Dienst ist nicht installiert: Installieren Sie den Integrated Smart Protection Server mit dem ISPS-Tool neu (Schritt isps-tool).</translation>
    </message>
    <message>
        <source>Reputation Service shows &quot;Reconnecting&quot;</source>
        <translation>Reputation-Dienst zeigt &quot;Reconnecting&quot;</translation>
    </message>
    <message>
        <source>OfficeScan agents show the Web Reputation service as &quot;Reconnecting&quot; while the Integrated Smart Protection Server is used (knowledge-base article 004).</source>
        <translation>OfficeScan-Agents zeigen den Web Reputation-Dienst als &quot;Reconnecting&quot; an, während der Integrated Smart Protection Server verwendet wird (Knowledge-Base-Artikel 004).</translation>
    </message>
    <message>
        <source>Agents show a red X and &quot;Reputation service reconnecting&quot;</source>
        <translation>Agents zeigen ein rotes X und &quot;Reputation service reconnecting&quot;</translation>
    </message>
    <message>
        <source>&quot;Unable to connect to the Smart Protection server&quot; when testing the Integrated Server</source>
        <translation>&quot;Unable to connect to the Smart Protection server&quot; beim Testen des Integrated Server</translation>
    </message>
    <message>
        <source>The Local Web Classification service does not start (Error 1053)</source>
        <translation>Der Local Web Classification-Dienst startet nicht (Fehler 1053)</translation>
    </message>
    <message>
        <source>server configuration file</source>
        <translation>Serverkonfigurationsdatei</translation>
    </message>
    <message>
        <source>section of the Web Reputation entries</source>
        <translation>Abschnitt der Web Reputation-Einträge</translation>
    </message>
    <message>
        <source>entry &quot;integrated server installed&quot;</source>
        <translation>Eintrag &quot;Integrated Server installiert&quot;</translation>
    </message>
    <message>
        <source>entry &quot;enabled for Web Reputation&quot;</source>
        <translation>Eintrag &quot;für Web Reputation aktiviert&quot;</translation>
    </message>
    <message>
        <source>value of both entries</source>
        <translation>Wert beider Einträge</translation>
    </message>
    <message>
        <source>other keys offered for confirmation</source>
        <translation>weitere zur Bestätigung angebotene Schlüssel</translation>
    </message>
    <message>
        <source>master service</source>
        <translation>Master-Dienst</translation>
    </message>
    <message>
        <source>Local Web Classification Server service</source>
        <translation>Dienst des Local Web Classification Server</translation>
    </message>
    <message>
        <source>status page port entry</source>
        <translation>Eintrag für den Port der Statusseite</translation>
    </message>
    <message>
        <source>default status page port</source>
        <translation>Standardport der Statusseite</translation>
    </message>
    <message>
        <source>status pages (no proxy)</source>
        <translation>Statusseiten (ohne Proxy)</translation>
    </message>
    <message>
        <source>ISPS installer: folders and file names searched</source>
        <translation>ISPS-Installer: durchsuchte Ordner und Dateinamen</translation>
    </message>
    <message>
        <source>release that includes the ISPS installer</source>
        <translation>Release, das den ISPS-Installer enthält</translation>
    </message>
    <message>
        <source>pattern folder</source>
        <translation>Pattern-Ordner</translation>
    </message>
    <message>
        <source>pattern files expected</source>
        <translation>erwartete Pattern-Dateien</translation>
    </message>
    <message>
        <source>update source of the Integrated Server</source>
        <translation>Update-Quelle des Integrated Server</translation>
    </message>
    <message>
        <source>server.ini entries to download</source>
        <translation>herunterzuladende server.ini-Einträge</translation>
    </message>
    <message>
        <source>server.ini layout: [Server] Server.1, P.&lt;id&gt;=path,version,size</source>
        <translation>Aufbau der server.ini: [Server] Server.1, P.&lt;id&gt;=Pfad,Version,Größe</translation>
    </message>
    <message>
        <source>archive layout: pattern files at the top level; a hex 4th field is a digest</source>
        <translation>Aufbau der Archive: Pattern-Dateien auf oberster Ebene; ein hexadezimales 4. Feld ist ein Hashwert</translation>
    </message>
    <message>
        <source>Web Reputation entries in ofcserver.ini</source>
        <translation>Web Reputation-Einträge in ofcserver.ini</translation>
    </message>
    <message>
        <source>The article first makes sure the two entries of %1 that mark the Integrated Smart Protection Server as installed and enabled for Web Reputation are both set to %2. Their names are not certain, so similar keys are listed too.</source>
        <translation>Der Artikel stellt zuerst sicher, dass die beiden Einträge in %1, die den Integrated Smart Protection Server als installiert und für Web Reputation aktiviert kennzeichnen, beide auf %2 gesetzt sind. Ihre Namen sind nicht sicher bekannt, daher werden auch ähnliche Schlüssel aufgeführt.</translation>
    </message>
    <message>
        <source>Set the confirmed entries to %1 in %2, then restart the OfficeScan Master Service (%3).</source>
        <translation>Die bestätigten Einträge in %2 auf %1 setzen, dann den OfficeScan Master Service (%3) neu starten.</translation>
    </message>
    <message>
        <source>Web Reputation queries from agents are answered by this service; when it is stopped or corrupted the agents show &quot;Reconnecting&quot;.</source>
        <translation>Dieser Dienst beantwortet die Web Reputation-Abfragen der Agents; ist er beendet oder beschädigt, zeigen die Agents &quot;Reconnecting&quot; an.</translation>
    </message>
    <message>
        <source>Start %1 and wait until it is running. If Windows answers with Error 1053 (the service did not respond in time), the service is corrupted: reinstall the Integrated Smart Protection Server with the ISPS tool.</source>
        <translation>%1 starten und warten, bis der Dienst ausgeführt wird. Antwortet Windows mit Fehler 1053 (der Dienst hat nicht rechtzeitig reagiert), ist der Dienst beschädigt: Installieren Sie den Integrated Smart Protection Server mit dem ISPS-Tool neu.</translation>
    </message>
    <message>
        <source>If the service does not start (Error 1053) or is not installed, reinstall the Integrated Smart Protection Server with the ISPS tool (step isps-tool), then check the pattern files (step wcspatterns).</source>
        <translation>Startet der Dienst nicht (Fehler 1053) oder ist er nicht installiert, installieren Sie den Integrated Smart Protection Server mit dem ISPS-Tool neu (Schritt isps-tool), und prüfen Sie dann die Pattern-Dateien (Schritt wcspatterns).</translation>
    </message>
    <message>
        <source>Web Reputation status page</source>
        <translation>Statusseite von Web Reputation</translation>
    </message>
    <message>
        <source>Agents query the Local Web Classification Server over HTTP. The article opens its status page from a browser without a proxy: an answer with the status page means the connection is OK.</source>
        <translation>Die Agents fragen den Local Web Classification Server über HTTP ab. Der Artikel öffnet dessen Statusseite in einem Browser ohne Proxy: Wird die Statusseite angezeigt, ist die Verbindung in Ordnung.</translation>
    </message>
    <message>
        <source>If it fails, check the connection between the agents and the server (a firewall on the Web Reputation port) and the web server log (IIS or Apache).</source>
        <translation>Schlägt dies fehl, prüfen Sie die Verbindung zwischen den Agents und dem Server (eine Firewall am Web Reputation-Port) sowie das Webserver-Protokoll (IIS oder Apache).</translation>
    </message>
    <message>
        <source>ISPS installer</source>
        <translation>ISPS-Installer</translation>
    </message>
    <message>
        <source>A corrupted or missing Local Web Classification service is repaired by uninstalling and reinstalling the Integrated Smart Protection Server with the ISPS tool.</source>
        <translation>Ein beschädigter oder fehlender Local Web Classification-Dienst wird repariert, indem der Integrated Smart Protection Server mit dem ISPS-Tool deinstalliert und neu installiert wird.</translation>
    </message>
    <message>
        <source>ISPS installer or tool</source>
        <translation>ISPS-Installer oder -Tool</translation>
    </message>
    <message>
        <source>folders and file names</source>
        <translation>Ordner und Dateinamen</translation>
    </message>
    <message>
        <source>Found an ISPS installer (%1). If the Local Web Classification service still fails, use it to uninstall and then reinstall the Integrated Smart Protection Server.</source>
        <translation>ISPS-Installer gefunden (%1). Falls der Local Web Classification-Dienst weiterhin fehlschlägt, deinstallieren Sie damit den Integrated Smart Protection Server, und installieren Sie ihn anschließend neu.</translation>
    </message>
    <message>
        <source>No ISPS installer was found on the server. %1 already includes the ISPS installer: install that service pack instead of the standalone hot fix, or ask Trend Micro support for the ISPS tool. Then uninstall and reinstall the Integrated Smart Protection Server with it.</source>
        <translation>Auf dem Server wurde kein ISPS-Installer gefunden. %1 enthält den ISPS-Installer bereits: Installieren Sie dieses Service Pack statt des eigenständigen Hotfix, oder fordern Sie das ISPS-Tool beim Trend Micro Support an. Deinstallieren Sie damit anschließend den Integrated Smart Protection Server, und installieren Sie ihn neu.</translation>
    </message>
    <message>
        <source>Run the ISPS tool to uninstall, then reinstall, the Integrated Smart Protection Server. If that does not fix the issue, continue with the pattern files (step wcspatterns).</source>
        <translation>Deinstallieren Sie den Integrated Smart Protection Server mit dem ISPS-Tool, und installieren Sie ihn dann neu. Wenn das Problem dadurch nicht behoben wird, fahren Sie mit den Pattern-Dateien fort (Schritt wcspatterns).</translation>
    </message>
    <message>
        <source>Web Reputation pattern files</source>
        <translation>Pattern-Dateien für Web Reputation</translation>
    </message>
    <message>
        <source>The Local Web Classification Server needs its two pattern files (%1) in %2; when one is missing, the service cannot answer and agents show &quot;Reconnecting&quot;.</source>
        <translation>Der Local Web Classification Server benötigt seine zwei Pattern-Dateien (%1) in %2; fehlt eine davon, kann der Dienst nicht antworten, und die Agents zeigen &quot;Reconnecting&quot; an.</translation>
    </message>
    <message>
        <source>Read server.ini from the Integrated Server&apos;s update source, download %1 from its Server.1 address, check and unpack them into %2 (backed up first), restart %3 and check the status page again.</source>
        <translation>server.ini von der Update-Quelle des Integrated Server lesen, %1 von der dort angegebenen Server.1-Adresse herunterladen, prüfen und nach %2 entpacken (vorher gesichert), %3 neu starten und die Statusseite erneut prüfen.</translation>
    </message>
    <message>
        <source>Nothing in %1 changes until both archives are downloaded, checked against server.ini and unpacked; a failed or cancelled download leaves it as it was.</source>
        <translation>In %1 ändert sich nichts, bevor beide Archive heruntergeladen, mit server.ini abgeglichen und entpackt sind; ein fehlgeschlagener oder abgebrochener Download lässt den Ordner unverändert.</translation>
    </message>
    <message>
        <source>The download goes directly to the update source, without a proxy.</source>
        <translation>Der Download erfolgt direkt von der Update-Quelle, ohne Proxy.</translation>
    </message>
    <message>
        <source>If %1 then cannot start (Error 1053), the new files are removed again: reinstall the Integrated Smart Protection Server first (step isps-tool).</source>
        <translation>Kann %1 danach nicht starten (Fehler 1053), werden die neuen Dateien wieder entfernt: Installieren Sie zuerst den Integrated Smart Protection Server neu (Schritt isps-tool).</translation>
    </message>
    <message>
        <source>Afterwards, log in to the web console and test the connection of the Integrated Server: it should now succeed.</source>
        <translation>Melden Sie sich anschließend an der Webkonsole an, und testen Sie die Verbindung zum Integrated Server: Sie sollte jetzt erfolgreich sein.</translation>
    </message>
</context>
<context>
    <name>kb::articles::SessionTimeout</name>
    <message>
        <source>IUSR_&lt;server&gt; on Windows 2000/2003, IIS_IUSRS on 2008 and later [article]</source>
        <translation>IUSR_&lt;server&gt; unter Windows 2000/2003, IIS_IUSRS unter 2008 und höher [article]</translation>
    </message>
    <message>
        <source>IIS 7 and later</source>
        <translation>IIS 7 und höher</translation>
    </message>
    <message>
        <source>IIS 7.0, as the article writes it</source>
        <translation>IIS 7.0, wie im Artikel angegeben</translation>
    </message>
    <message>
        <source>IIS 6</source>
        <translation>IIS 6</translation>
    </message>
    <message>
        <source>article; u_ex inferred</source>
        <translation>article; u_ex inferred</translation>
    </message>
    <message>
        <source>&quot;Session has timed out&quot; when logging in to the console</source>
        <translation>&quot;Session has timed out&quot; bei der Anmeldung an der Konsole</translation>
    </message>
    <message>
        <source>After entering the right password the Worry-Free Business Security console says the session has timed out (knowledge-base article 002).</source>
        <translation>Nach Eingabe des richtigen Kennworts meldet die Konsole von Worry-Free Business Security, dass die Sitzung abgelaufen ist (Knowledge-Base-Artikel 002).</translation>
    </message>
    <message>
        <source>I cannot log in to the web console</source>
        <translation>Ich kann mich nicht an der Webkonsole anmelden</translation>
    </message>
    <message>
        <source>&quot;Your Worry-Free Business Security Advanced Session has timed out. Please login again.&quot;</source>
        <translation>&quot;Your Worry-Free Business Security Advanced Session has timed out. Please login again.&quot;</translation>
    </message>
    <message>
        <source>The console login page comes back after entering the right password</source>
        <translation>Nach Eingabe des richtigen Kennworts erscheint wieder die Anmeldeseite der Konsole</translation>
    </message>
    <message>
        <source>temporary folder</source>
        <translation>temporärer Ordner</translation>
    </message>
    <message>
        <source>account on Windows 2000/2003</source>
        <translation>Konto unter Windows 2000/2003</translation>
    </message>
    <message>
        <source>account on Windows 2008 and later</source>
        <translation>Konto unter Windows 2008 und höher</translation>
    </message>
    <message>
        <source>first Windows version with IIS_IUSRS (CurrentVersion)</source>
        <translation>erste Windows-Version mit IIS_IUSRS (CurrentVersion)</translation>
    </message>
    <message>
        <source>rights granted</source>
        <translation>erteilte Rechte</translation>
    </message>
    <message>
        <source>groups whose entries apply to the account</source>
        <translation>Gruppen, deren Einträge für das Konto gelten</translation>
    </message>
    <message>
        <source>IIS web site of the console</source>
        <translation>IIS-Website der Konsole</translation>
    </message>
    <message>
        <source>IIS configuration path tried next</source>
        <translation>als Nächstes versuchter IIS-Konfigurationspfad</translation>
    </message>
    <message>
        <source>web service</source>
        <translation>Webdienst</translation>
    </message>
    <message>
        <source>master service</source>
        <translation>Master-Dienst</translation>
    </message>
    <message>
        <source>IIS 7 and later log folder</source>
        <translation>Protokollordner ab IIS 7</translation>
    </message>
    <message>
        <source>IIS 7.0 log folder as the article writes it</source>
        <translation>Protokollordner von IIS 7.0, wie im Artikel angegeben</translation>
    </message>
    <message>
        <source>IIS 6 log folder</source>
        <translation>Protokollordner von IIS 6</translation>
    </message>
    <message>
        <source>log file names</source>
        <translation>Namen der Protokolldateien</translation>
    </message>
    <message>
        <source>UTF-8 log file names</source>
        <translation>Namen der UTF-8-Protokolldateien</translation>
    </message>
    <message>
        <source>IIS account may read and write PCCSRV\Temp</source>
        <translation>IIS-Konto darf PCCSRV\Temp lesen und schreiben</translation>
    </message>
    <message>
        <source>The console keeps its session files in PCCSRV\Temp. When the IIS account (IIS_IUSRS, or IUSR_&lt;server&gt; on Windows 2000/2003) cannot read and write there, every login ends with &quot;Session has timed out&quot;.</source>
        <translation>Die Konsole legt ihre Sitzungsdateien in PCCSRV\Temp ab. Wenn das IIS-Konto (IIS_IUSRS bzw. IUSR_&lt;server&gt; unter Windows 2000/2003) dort nicht lesen und schreiben kann, endet jede Anmeldung mit &quot;Session has timed out&quot;.</translation>
    </message>
    <message>
        <source>Console site&apos;s anonymous user</source>
        <translation>Anonymer Benutzer der Konsolen-Website</translation>
    </message>
    <message>
        <source>If the folder permissions are right and the console still times out, the article sets the OfficeScan web site&apos;s Anonymous Authentication to a specific user with its password.</source>
        <translation>Sind die Ordnerberechtigungen korrekt und läuft die Sitzung der Konsole trotzdem ab, setzt der Artikel die anonyme Authentifizierung der OfficeScan-Website auf einen bestimmten Benutzer mit Kennwort.</translation>
    </message>
    <message>
        <source>After changing the anonymous user, restart the web server and the master service (next step).</source>
        <translation>Starten Sie nach dem Ändern des anonymen Benutzers den Webserver und den Master-Dienst neu (nächster Schritt).</translation>
    </message>
    <message>
        <source>Web server and master service running</source>
        <translation>Webserver und Master-Dienst laufen</translation>
    </message>
    <message>
        <source>The console needs both the World Wide Web Publishing Service and the Security Server master service; the article restarts both after a change.</source>
        <translation>Die Konsole benötigt sowohl den WWW-Publishingdienst als auch den Master-Dienst des Security Server; der Artikel startet nach einer Änderung beide neu.</translation>
    </message>
    <message>
        <source>Restart %1, then %2, waiting until each is running.</source>
        <translation>%1 und danach %2 neu starten und jeweils warten, bis der Dienst ausgeführt wird.</translation>
    </message>
    <message>
        <source>Information for Trend Micro support</source>
        <translation>Informationen für den Trend Micro Support</translation>
    </message>
    <message>
        <source>If you still cannot log in, Trend Micro support needs the Case Diagnostic Tool log and the IIS log of the console site.</source>
        <translation>Wenn Sie sich weiterhin nicht anmelden können, benötigt der Trend Micro Support das Protokoll des Case Diagnostic Tool und das IIS-Protokoll der Konsolen-Website.</translation>
    </message>
    <message>
        <source>Create the support bundle (the report and the newest IIS logs of the console site, passwords masked) and send it to Trend Micro support.</source>
        <translation>Erstellen Sie das Support-Paket (den Bericht und die neuesten IIS-Protokolle der Konsolen-Website, Kennwörter maskiert), und senden Sie es an den Trend Micro Support.</translation>
    </message>
</context>
<context>
    <name>kb::articles::UpdateFailure</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>any section; added to [%1] when absent [inferred]</source>
        <translation>beliebiger Abschnitt; wird in [%1] hinzugefügt, wenn nicht vorhanden [inferred]</translation>
    </message>
    <message>
        <source>%1 (Site Duplication)</source>
        <translation>%1 (Site Duplication)</translation>
    </message>
    <message>
        <source>%1 = Smart Duplication</source>
        <translation>%1 = Smart Duplication</translation>
    </message>
    <message>
        <source>key name [inferred]</source>
        <translation>Schlüsselname [inferred]</translation>
    </message>
    <message>
        <source>file [article], section and key [inferred]</source>
        <translation>Datei [article], Abschnitt und Schlüssel [inferred]</translation>
    </message>
    <message>
        <source>0 = Trend Micro ActiveUpdate, 1 = another source [inferred]; shown, never changed</source>
        <translation>0 = Trend Micro ActiveUpdate, 1 = andere Quelle [inferred]; wird angezeigt, nie geändert</translation>
    </message>
    <message>
        <source>host &lt;code&gt;-p.activeupdate.trendmicro.com [inferred] from the public OfficeScan pattern</source>
        <translation>Host &lt;code&gt;-p.activeupdate.trendmicro.com [inferred], abgeleitet aus dem öffentlichen OfficeScan-Namensschema</translation>
    </message>
    <message>
        <source>6.0 is not among the versions the article covers (7.0 to 10.0)</source>
        <translation>6.0 gehört nicht zu den Versionen, die der Artikel abdeckt (7.0 bis 10.0)</translation>
    </message>
    <message>
        <source>key [article]</source>
        <translation>Schlüssel [article]</translation>
    </message>
    <message>
        <source>read as seconds, %L1 s when absent [inferred]</source>
        <translation>als Sekunden gelesen, %L1 s, wenn nicht vorhanden [inferred]</translation>
    </message>
    <message>
        <source>checked in section %1 of file %2; file, section and key [inferred]</source>
        <translation>geprüft in Abschnitt %1 der Datei %2; Datei, Abschnitt und Schlüssel [inferred]</translation>
    </message>
    <message>
        <source>key name [public]</source>
        <translation>Schlüsselname [public]</translation>
    </message>
    <message>
        <source>The Security Server is not updating</source>
        <translation>Security Server führt keine Updates durch</translation>
    </message>
    <message>
        <source>Troubleshooting Security Server update issues in Worry-Free Business Security 7.0 to 10.0 (knowledge-base article 000).</source>
        <translation>Fehlerbehebung bei Update-Problemen des Security Server in Worry-Free Business Security 7.0 bis 10.0 (Knowledge-Base-Artikel 000).</translation>
    </message>
    <message>
        <source>Manual update works but scheduled update does not</source>
        <translation>Manuelles Update funktioniert, zeitgesteuertes Update nicht</translation>
    </message>
    <message>
        <source>&quot;The Security Server was unable to reach the update source&quot;</source>
        <translation>&quot;The Security Server was unable to reach the update source&quot;</translation>
    </message>
    <message>
        <source>Update shows &quot;100% Not completed&quot;</source>
        <translation>Update zeigt &quot;100% Not completed&quot;</translation>
    </message>
    <message>
        <source>&quot;Generic failure on source network&quot;</source>
        <translation>&quot;Generic failure on source network&quot;</translation>
    </message>
    <message>
        <source>ActiveUpdate settings file</source>
        <translation>ActiveUpdate-Einstellungsdatei</translation>
    </message>
    <message>
        <source>download timeout</source>
        <translation>Download-Zeitlimit</translation>
    </message>
    <message>
        <source>section that gets the timeout when it is absent</source>
        <translation>Abschnitt, der das Zeitlimit erhält, wenn es fehlt</translation>
    </message>
    <message>
        <source>component settings file</source>
        <translation>Komponenten-Einstellungsdatei</translation>
    </message>
    <message>
        <source>duplication keys</source>
        <translation>Duplication-Schlüssel</translation>
    </message>
    <message>
        <source>keep each key&apos;s own spelling when replacing 80 by 0</source>
        <translation>beim Ersetzen von 80 durch 0 die Schreibweise jedes Schlüssels beibehalten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>master service</source>
        <translation>Master-Dienst</translation>
    </message>
    <message>
        <source>download timeout unit, and its value when absent</source>
        <translation>Einheit des Download-Zeitlimits und sein Wert, wenn es fehlt</translation>
    </message>
    <message>
        <source>seconds; %L1 s</source>
        <translation>Sekunden; %L1 s</translation>
    </message>
    <message>
        <source>proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>proxy password key (encrypted by the product, never written)</source>
        <translation>Schlüssel für das Proxy-Kennwort (vom Produkt verschlüsselt, wird nie geschrieben)</translation>
    </message>
    <message>
        <source>proxy types as stored</source>
        <translation>Proxy-Typen, wie gespeichert</translation>
    </message>
    <message>
        <source>update source line</source>
        <translation>Zeile mit der Update-Quelle</translation>
    </message>
    <message>
        <source>update source type</source>
        <translation>Typ der Update-Quelle</translation>
    </message>
    <message>
        <source>ActiveUpdate source for %1</source>
        <translation>ActiveUpdate-Quelle für %1</translation>
    </message>
    <message>
        <source>host names for the firewall</source>
        <translation>Hostnamen für die Firewall</translation>
    </message>
    <message>
        <source>license server</source>
        <translation>Lizenzserver</translation>
    </message>
    <message>
        <source>download cache, its index and checksum list</source>
        <translation>Download-Cache, sein Index und die Prüfsummenliste</translation>
    </message>
    <message>
        <source>Disk Cleaner location</source>
        <translation>Speicherort von Disk Cleaner</translation>
    </message>
    <message>
        <source>Update download timeout</source>
        <translation>Download-Zeitlimit für Updates</translation>
    </message>
    <message>
        <source>Slow downloads from the update source time out and the update fails. The article raises the ActiveUpdate timeout to %1.</source>
        <translation>Langsame Downloads von der Update-Quelle überschreiten das Zeitlimit, und das Update schlägt fehl. Der Artikel erhöht das ActiveUpdate-Zeitlimit auf %1.</translation>
    </message>
    <message>
        <source>Set timeout=%1 in %2 (raised where it is; added when absent).</source>
        <translation>timeout=%1 in %2 setzen (ein vorhandener Wert wird erhöht; fehlt er, wird er hinzugefügt).</translation>
    </message>
    <message>
        <source>After the fix, start a manual update and check that it completes.</source>
        <translation>Starten Sie nach der Korrektur ein manuelles Update, und prüfen Sie, ob es abgeschlossen wird.</translation>
    </message>
    <message>
        <source>The server&apos;s proxy for updates</source>
        <translation>Proxy des Servers für Updates</translation>
    </message>
    <message>
        <source>The scheduled update runs as the Security Server service, so it uses the proxy set in the server&apos;s own settings, not the browser&apos;s: a manual update from a browser session can work while the scheduled one fails. A wrong address, port or password stops it.</source>
        <translation>Das zeitgesteuerte Update läuft als Dienst des Security Server und verwendet daher den Proxy aus den Einstellungen des Servers, nicht den des Browsers: Ein manuelles Update aus einer Browsersitzung kann funktionieren, während das zeitgesteuerte fehlschlägt. Eine falsche Adresse, ein falscher Port oder ein falsches Kennwort verhindern es.</translation>
    </message>
    <message>
        <source>Type the proxy password in the console (Administration &gt; Global Settings &gt; Proxy): the product stores it encrypted, so the wizard never writes it.</source>
        <translation>Geben Sie das Proxy-Kennwort in der Konsole ein (Administration &gt; Global Settings &gt; Proxy): Das Produkt speichert es verschlüsselt, daher schreibt der Assistent es nie.</translation>
    </message>
    <message>
        <source>Can the server reach the update source?</source>
        <translation>Kann der Server die Update-Quelle erreichen?</translation>
    </message>
    <message>
        <source>&quot;Unable to reach the update source&quot; and &quot;Generic failure on source network&quot; mean one stage of the download failed: name lookup, connection, proxy, TLS, the server&apos;s answer, or time. This step finds which, and how long each stage took.</source>
        <translation>&quot;Unable to reach the update source&quot; und &quot;Generic failure on source network&quot; bedeuten, dass eine Phase des Downloads fehlgeschlagen ist: Namensauflösung, Verbindung, Proxy, TLS, die Antwort des Servers oder die Zeit. Dieser Schritt ermittelt, welche es war und wie lange jede Phase gedauert hat.</translation>
    </message>
    <message>
        <source>Update source for this version</source>
        <translation>Update-Quelle für diese Version</translation>
    </message>
    <message>
        <source>Each Worry-Free version downloads from its own ActiveUpdate source; a source for another version, or a custom source that does not answer, leaves the server without updates.</source>
        <translation>Jede Worry-Free-Version lädt von ihrer eigenen ActiveUpdate-Quelle herunter; eine Quelle für eine andere Version oder eine benutzerdefinierte Quelle, die nicht antwortet, lässt den Server ohne Updates.</translation>
    </message>
    <message>
        <source>Firewall allow-list</source>
        <translation>Freigabeliste für die Firewall</translation>
    </message>
    <message>
        <source>A firewall that blocks Trend Micro&apos;s servers stops the download. The article resolves each server name and allows its address block (the last octet from .0 to .255).</source>
        <translation>Eine Firewall, die die Server von Trend Micro blockiert, verhindert den Download. Der Artikel löst jeden Servernamen auf und gibt dessen Adressblock frei (letztes Oktett von .0 bis .255).</translation>
    </message>
    <message>
        <source>ActiveUpdate (pattern and engine downloads)</source>
        <translation>ActiveUpdate (Download von Pattern und Engine)</translation>
    </message>
    <message>
        <source>name [inferred]</source>
        <translation>Name [inferred]</translation>
    </message>
    <message>
        <source>license update</source>
        <translation>Lizenz-Update</translation>
    </message>
    <message>
        <source>name [public] for other Trend Micro products</source>
        <translation>Name [public] für andere Trend Micro-Produkte</translation>
    </message>
    <message>
        <source>Smart Scan (Smart Protection Network)</source>
        <translation>Smart Scan (Smart Protection Network)</translation>
    </message>
    <message>
        <source>antispam update server</source>
        <translation>Update-Server für Anti-Spam</translation>
    </message>
    <message>
        <source>AutoUpdate server</source>
        <translation>AutoUpdate-Server</translation>
    </message>
    <message>
        <source>Outbreak Prevention Policy (OPP) server</source>
        <translation>Server für Outbreak Prevention Policy (OPP)</translation>
    </message>
    <message>
        <source>Give the allow-list to the firewall administrator; after the change, run this step again.</source>
        <translation>Geben Sie die Freigabeliste an den Firewall-Administrator weiter; führen Sie diesen Schritt nach der Änderung erneut aus.</translation>
    </message>
    <message>
        <source>Update source settings agree</source>
        <translation>Einstellungen der Update-Quelle stimmen überein</translation>
    </message>
    <message>
        <source>The update source is stored in several files; when they disagree, parts of the server download from a different source than the console shows.</source>
        <translation>Die Update-Quelle ist in mehreren Dateien gespeichert; stimmen sie nicht überein, laden Teile des Servers von einer anderen Quelle herunter, als die Konsole anzeigt.</translation>
    </message>
    <message>
        <source>Damaged files in the download cache</source>
        <translation>Beschädigte Dateien im Download-Cache</translation>
    </message>
    <message>
        <source>A truncated or empty pattern file in the server&apos;s download cache makes every update stop at &quot;100% Not completed&quot;. The article cleans the cache with Disk Cleaner.</source>
        <translation>Eine abgeschnittene oder leere Pattern-Datei im Download-Cache des Servers lässt jedes Update bei &quot;100% Not completed&quot; stehen bleiben. Der Artikel bereinigt den Cache mit Disk Cleaner.</translation>
    </message>
    <message>
        <source>cache folder, index and checksum list [inferred]</source>
        <translation>Cache-Ordner, Index und Prüfsummenliste [inferred]</translation>
    </message>
    <message>
        <source>TMDiskCleaner.exe [public]; its folder on the server [inferred]</source>
        <translation>TMDiskCleaner.exe [public]; sein Ordner auf dem Server [inferred]</translation>
    </message>
    <message>
        <source>Smart Duplication of components</source>
        <translation>Smart Duplication der Komponenten</translation>
    </message>
    <message>
        <source>With Smart Duplication (%1) the server keeps every component version to download only increments; switching to Site Duplication (%2) downloads full patterns instead, which resolves corrupted increments.</source>
        <translation>Mit Smart Duplication (%1) behält der Server jede Komponentenversion, um nur Inkremente herunterzuladen; der Wechsel zu Site Duplication (%2) lädt stattdessen vollständige Pattern-Dateien herunter, was beschädigte Inkremente behebt.</translation>
    </message>
    <message>
        <source>Replace every DuplicationAction/DuplicateAction value of %1 with %2 in %3, keeping each key&apos;s own spelling, then restart the Security Server master service.</source>
        <translation>Jeden DuplicationAction/DuplicateAction-Wert %1 in %3 durch %2 ersetzen, unter Beibehaltung der Schreibweise jedes Schlüssels, dann den Master-Dienst des Security Server neu starten.</translation>
    </message>
    <message>
        <source>Trade-off: Site Duplication uses more bandwidth on every update but less disk space on the server.</source>
        <translation>Abwägung: Site Duplication verbraucht bei jedem Update mehr Bandbreite, aber weniger Speicherplatz auf dem Server.</translation>
    </message>
    <message>
        <source>Information for Trend Micro support</source>
        <translation>Informationen für den Trend Micro Support</translation>
    </message>
    <message>
        <source>If updates still fail, Trend Micro support needs the Case Diagnostic Tool log and this report.</source>
        <translation>Wenn Updates weiterhin fehlschlagen, benötigt der Trend Micro Support das Protokoll des Case Diagnostic Tool und diesen Bericht.</translation>
    </message>
    <message>
        <source>removing a damaged cache file and its .sig makes the next update download it again</source>
        <translation>das Entfernen einer beschädigten Cache-Datei samt ihrer .sig-Datei bewirkt, dass das nächste Update sie neu herunterlädt</translation>
    </message>
    <message>
        <source>Instead of the fix, you can run Disk Cleaner (TMDiskCleaner.exe %1, from Trend Micro KB 1055066) on the server, or delete the damaged files this step lists together with their .sig files; then start a manual update so they are downloaded again.</source>
        <translation>Statt der Korrektur können Sie Disk Cleaner (TMDiskCleaner.exe %1, aus Trend Micro KB 1055066) auf dem Server ausführen oder die in diesem Schritt aufgeführten beschädigten Dateien samt ihrer .sig-Dateien löschen; starten Sie anschließend ein manuelles Update, damit sie neu heruntergeladen werden.</translation>
    </message>
</context>
</TS>
