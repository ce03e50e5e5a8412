<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActingProofPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/acting_proof.py" line="26"/>
        <source>%s: scan your badge, or type your PIN, to act at this terminal.</source>
        <translation>%s: Ausweis scannen oder PIN eingeben, um an diesem Terminal zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/acting_proof.py" line="27"/>
        <source>Act</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/acting_proof.py" line="50"/>
        <source>%s acts at this terminal now.</source>
        <translation>%s arbeitet jetzt an diesem Terminal.</translation>
    </message>
</context>
<context>
    <name>AdminClosePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="64"/>
        <source>Close terminal</source>
        <translation>Terminal schließen</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <location filename="../../src/floorstation/ui/admin_gate.py" line="32"/>
        <source>Open
settings</source>
        <translation>Einstellungen
öffnen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/admin_gate.py" line="34"/>
        <source>Settings: admin only</source>
        <translation>Einstellungen: nur Admin</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/admin_gate.py" line="39"/>
        <source>Close the terminal</source>
        <translation>Terminal schließen</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="25"/>
        <source>Admin: tap your name or scan your badge</source>
        <translation>Admin: Namen antippen oder Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="32"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="40"/>
        <source>Tap your name or scan your badge first.</source>
        <translation>Zuerst Namen antippen oder Ausweis scannen.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="156"/>
        <source>Read last</source>
        <extracomment>How often the camera&apos;s state is read again while the panel is on screen (milliseconds).</extracomment>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="157"/>
        <source>Use this scan</source>
        <translation>Diesen Scan verwenden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="164"/>
        <source>No camera is set up at this station.</source>
        <translation>An dieser Station ist keine Kamera eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="165"/>
        <source>Add a [[camera]] table to station.toml and restart the terminal.</source>
        <translation>Eine [[camera]]-Tabelle in station.toml eintragen und das Terminal neu starten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="167"/>
        <source>Camera %s has not started yet.</source>
        <translation>Kamera %s ist noch nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="168"/>
        <source>It starts a moment after the terminal; if it never does, restart the terminal.</source>
        <translation>Sie startet kurz nach dem Terminal; wenn nicht, das Terminal neu starten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="170"/>
        <source>Camera %s is connected: the picture is live.</source>
        <translation>Kamera %s ist verbunden: das Bild ist live.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="171"/>
        <source>Hold the label flat, about a hand&apos;s width from the lens, until it is read.</source>
        <translation>Das Etikett flach, etwa eine Handbreit vor dem Objektiv halten, bis es gelesen ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="173"/>
        <source>Camera %s is connected, but no pictures have come yet.</source>
        <translation>Kamera %s ist verbunden, liefert aber noch keine Bilder.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="174"/>
        <source>Wait a few seconds; if the picture stays dark, check the lens cover and the light.</source>
        <translation>Einige Sekunden warten; bleibt das Bild dunkel, Objektivdeckel und Licht prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="176"/>
        <source>Camera %s sends no pictures: %s</source>
        <translation>Kamera %s liefert keine Bilder: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="177"/>
        <source>Check its cable (or the network for an IP camera); it is looked for again by itself.</source>
        <translation>Kabel prüfen (bei einer IP-Kamera das Netzwerk); sie wird automatisch erneut gesucht.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="179"/>
        <source>Camera %s cannot be used: %s</source>
        <translation>Kamera %s kann nicht verwendet werden: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="181"/>
        <source>Check that no other program uses it and that the terminal may open it; then restart the terminal. If it stays, call maintenance.</source>
        <translation>Prüfen, dass kein anderes Programm sie benutzt und das Terminal sie öffnen darf; dann das Terminal neu starten. Bleibt der Fehler, die Instandhaltung rufen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="196"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="197"/>
        <source>Hold a label in front of the camera.</source>
        <translation>Ein Etikett vor die Kamera halten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="201"/>
        <source>Not a code this station knows.</source>
        <translation>Kein Code, den diese Station kennt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="204"/>
        <source>a badge</source>
        <translation>ein Ausweis</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="205"/>
        <source>a lot</source>
        <translation>eine Charge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="206"/>
        <source>a pallet</source>
        <translation>eine Palette</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="207"/>
        <source>a machine</source>
        <translation>eine Maschine</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="208"/>
        <source>a task</source>
        <translation>ein Auftrag</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="209"/>
        <source>a supplier&apos;s label</source>
        <translation>ein Lieferantenetikett</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="212"/>
        <source>This is %s: %s</source>
        <translation>Das ist %s: %s</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/camera_preview.py" line="99"/>
        <source>No picture from the camera</source>
        <translation>Kein Bild von der Kamera</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="45"/>
        <source>Scrap by reason (tap a reason, type how many)</source>
        <translation>Ausschuss nach Grund (Grund antippen, Menge eingeben)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="36"/>
        <source>Record count</source>
        <translation>Zählung speichern</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="74"/>
        <source>Good: %s</source>
        <translation>Gut: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="75"/>
        <source>Rework: %s</source>
        <translation>Nacharbeit: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="86"/>
        <source>Type a quantity first: tap Good, Rework or a scrap reason, then the number.</source>
        <translation>Zuerst eine Menge eingeben: Gut, Nacharbeit oder einen Ausschussgrund antippen, dann die Zahl.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../src/floorstation/ui/crash.py" line="66"/>
        <source>the station&apos;s log</source>
        <translation>das Protokoll der Station</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/crash.py" line="69"/>
        <source>Something went wrong inside floorstation (%s). What you did last may not be recorded: check it on the screen and do it again if it is missing. If it keeps happening, call IT (details: %s).</source>
        <translation>In floorstation ist ein unerwarteter Fehler aufgetreten (%s). Ihre letzte Aktion wurde möglicherweise nicht gespeichert: Prüfen Sie sie auf dem Bildschirm und wiederholen Sie sie, falls sie fehlt. Wenn das wieder passiert, rufen Sie die IT (Details: %s).</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="61"/>
        <source>Demo codes</source>
        <translation>Demo-Codes</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="62"/>
        <source>Type a code…</source>
        <translation>Code eingeben…</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="85"/>
        <source>Badges</source>
        <translation>Ausweise</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="86"/>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="87"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="88"/>
        <source>Pallets</source>
        <translation>Paletten</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="113"/>
        <source>Scan it</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="116"/>
        <source>Type what the label says</source>
        <translation>Eingeben, was auf dem Etikett steht</translation>
    </message>
</context>
<context>
    <name>DispatchScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="94"/>
        <source>Load a shipment</source>
        <translation>Sendung verladen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="95"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="96"/>
        <source>New shipment</source>
        <translation>Neue Sendung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="97"/>
        <source>Type an SSCC</source>
        <translation>SSCC eingeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="104"/>
        <source>Dispatch</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="145"/>
        <source>lot %s in it is RECALLED: do not load</source>
        <translation>enthält Charge %s, die ZURÜCKGERUFEN ist: nicht verladen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="147"/>
        <source>lot %s in it is ON HOLD: do not load</source>
        <translation>enthält Charge %s, die GESPERRT ist: nicht verladen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="158"/>
        <source>Shipment: %s</source>
        <translation>Sendung: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="159"/>
        <source>On shipment %s: %n pallet(s)</source>
        <translation>
            <numerusform>In Sendung %s: %n Palette</numerusform>
            <numerusform>In Sendung %s: %n Paletten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="162"/>
        <source>Scan each pallet&apos;s SSCC as it is loaded – for %s</source>
        <translation>Die SSCC jeder Palette beim Verladen scannen – für %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="164"/>
        <source>Choose the customer, then scan each pallet&apos;s SSCC as it is loaded.</source>
        <translation>Kunden wählen, dann die SSCC jeder Palette beim Verladen scannen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="166"/>
        <source>Ready to ship: %n pallet(s)</source>
        <translation>
            <numerusform>Versandbereit: %n Palette</numerusform>
            <numerusform>Versandbereit: %n Paletten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="180"/>
        <source>Shipment %s is for %s: start a new shipment for another customer.</source>
        <translation>Sendung %s ist für %s: für einen anderen Kunden eine neue Sendung beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="196"/>
        <source>Use this number</source>
        <translation>Diese Nummer verwenden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="200"/>
        <source>Shipment number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="208"/>
        <source>Load it</source>
        <translation>Verladen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="211"/>
        <source>SSCC from the pallet card (18 digits)</source>
        <translation>SSCC von der Palettenkarte (18 Ziffern)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="224"/>
        <source>Choose the customer first, then scan the pallet again.</source>
        <translation>Zuerst den Kunden wählen, dann die Palette erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="229"/>
        <source>Pallet %s loaded for %s on %s.</source>
        <translation>Palette %s für %s in Sendung %s verladen.</translation>
    </message>
</context>
<context>
    <name>EnrolmentScans</name>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="71"/>
        <source>That is an enrolment code, but this terminal runs without a plant server.</source>
        <translation>Das ist ein Anmeldecode, aber dieses Terminal läuft ohne Werksserver.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="74"/>
        <source>Enrolling already: wait for the server&apos;s answer.</source>
        <translation>Die Anmeldung läuft bereits: Warten Sie auf die Antwort des Servers.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="80"/>
        <source>This station is already enrolled with %s. To enrol it again, open Settings with an admin PIN and scan the code there.</source>
        <translation>Diese Station ist bereits bei %s angemeldet. Um sie neu anzumelden, öffnen Sie die Einstellungen mit einer Admin-PIN und scannen Sie den Code dort.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="89"/>
        <source>Enrolling station %s with the server at %s …</source>
        <translation>Station %s wird beim Server %s angemeldet …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="98"/>
        <source>Enrolled: this terminal is station %s of the server at %s. Its records now go to the plant.</source>
        <translation>Angemeldet: Dieses Terminal ist Station %s des Servers %s. Seine Buchungen gehen jetzt an das Werk.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="23"/>
        <source>Wait a minute, then sign again with the right PIN; if the PIN is forgotten, ask an admin.</source>
        <translation>Eine Minute warten, dann mit der richtigen PIN erneut unterschreiben; ist die PIN vergessen, einen Admin fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="26"/>
        <source>The server refused events {first}..{last} ({status}): {message}</source>
        <translation>Der Server hat die Ereignisse {first}..{last} abgelehnt ({status}): {message}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="27"/>
        <source>The server refused {what} ({status}): {message}</source>
        <translation>Der Server hat {what} abgelehnt ({status}): {message}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="28"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="491"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="498"/>
        <source>Add a [[printer]] with its role to station.toml (docs/printers.md), or give a printer URL.</source>
        <translation>Einen [[printer]] mit seiner Rolle in station.toml eintragen (docs/printers.md) oder eine Drucker-URL angeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="31"/>
        <source>Scan the label again.</source>
        <translation>Das Etikett erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="32"/>
        <source>Make a new code for this station on the office&apos;s Stations page and scan it.</source>
        <translation>Erstellen Sie auf der Seite „Stationen“ im Büro einen neuen Code für diese Station und scannen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="33"/>
        <source>Update floorstation on this station to the server&apos;s version.</source>
        <translation>floorstation auf dieser Station auf die Version des Servers aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="39"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="44"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="603"/>
        <source>Badge &apos;{badge}&apos; is not known here.</source>
        <translation>Ausweis &apos;{badge}&apos; ist hier nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="40"/>
        <source>Ask your shift lead to register your badge.</source>
        <translation>Den Schichtleiter bitten, den Ausweis zu registrieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="45"/>
        <source>Scan the shift lead&apos;s badge.</source>
        <translation>Den Ausweis des Schichtleiters scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="49"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="54"/>
        <source>Unknown operator &apos;{operator}&apos;.</source>
        <translation>Unbekannter Bediener &apos;{operator}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="50"/>
        <source>Pick your name from the list.</source>
        <translation>Den eigenen Namen aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="55"/>
        <source>Sign in with your badge.</source>
        <translation>Mit dem Ausweis anmelden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="59"/>
        <source>No badge or name was given.</source>
        <translation>Kein Ausweis und kein Name angegeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="60"/>
        <source>Scan your badge or pick your name.</source>
        <translation>Ausweis scannen oder Namen wählen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="64"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="69"/>
        <source>{name} is not active.</source>
        <translation>{name} ist nicht aktiv.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="65"/>
        <source>Ask your shift lead.</source>
        <translation>Den Schichtleiter fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="70"/>
        <source>Ask another shift lead.</source>
        <translation>Einen anderen Schichtleiter fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="74"/>
        <source>{name} is not signed in at this station.</source>
        <translation>{name} ist an dieser Station nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="75"/>
        <source>Scan your badge to sign in first.</source>
        <translation>Zuerst den Ausweis scannen, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="79"/>
        <source>{name} has no PIN set.</source>
        <translation>Für {name} ist keine PIN hinterlegt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="80"/>
        <source>Sign in with your badge, or ask an admin to set a PIN.</source>
        <translation>Mit dem Ausweis anmelden oder einen Admin bitten, eine PIN zu setzen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="84"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="89"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="94"/>
        <source>Wrong PIN for {name}.</source>
        <translation>Falsche PIN für {name}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="85"/>
        <source>Type your PIN again.</source>
        <translation>PIN erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="90"/>
        <source>Type your PIN again ({left} more tries before it locks for a minute).</source>
        <translation>PIN erneut eingeben (noch {left} Versuche, bevor sie für eine Minute gesperrt wird).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="95"/>
        <source>Type your PIN again (1 more try before it locks for a minute).</source>
        <translation>PIN erneut eingeben (noch 1 Versuch, bevor sie für eine Minute gesperrt wird).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="99"/>
        <source>Wrong PIN for {name}: the PIN is now locked for a minute.</source>
        <translation>Falsche PIN für {name}: die PIN ist jetzt eine Minute gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="100"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="105"/>
        <source>Try again at {until}; if the PIN is forgotten, ask an admin.</source>
        <translation>Um {until} erneut versuchen; ist die PIN vergessen, einen Admin fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="104"/>
        <source>{name}&apos;s PIN is locked for {seconds} s more after {tries} wrong PINs.</source>
        <translation>Die PIN von {name} ist nach {tries} falschen PINs noch {seconds} s gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="109"/>
        <source>{name} scans their badge or types their PIN to act here.</source>
        <translation>{name}: Ausweis scannen oder PIN eingeben, um hier zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="110"/>
        <source>A tap on a name is enough only right after that person&apos;s badge scan or PIN.</source>
        <translation>Antippen des Namens genügt nur direkt nach Ausweisscan oder PIN dieser Person.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="114"/>
        <source>This badge is not {name}&apos;s.</source>
        <translation>Dieser Ausweis gehört nicht {name}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="115"/>
        <source>{name} scans their own badge, or types their PIN.</source>
        <translation>{name}: den eigenen Ausweis scannen oder die eigene PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="119"/>
        <source>{name} cannot {action}: it needs the {role} role.</source>
        <translation>{name} darf nicht: {action} – dafür ist die Rolle {role} nötig.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="120"/>
        <source>Ask a {first_role} to do it with their badge.</source>
        <translation>Eine Person mit der Rolle {first_role} bitten, es mit ihrem Ausweis zu tun.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="125"/>
        <source>Unknown task &apos;{task}&apos;.</source>
        <translation>Unbekannter Auftrag &apos;{task}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="126"/>
        <source>Pick the task from the machine&apos;s queue or scan its code.</source>
        <translation>Den Auftrag aus der Warteschlange der Maschine wählen oder seinen Code scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="130"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="135"/>
        <source>{name} is already working on task {task}.</source>
        <translation>{name} arbeitet bereits an Auftrag {task}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="131"/>
        <source>Stop that task, or sign out of it, before starting another.</source>
        <translation>Diesen Auftrag stoppen oder sich abmelden, bevor ein anderer begonnen wird.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="136"/>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="140"/>
        <source>Work order {order} is on hold.</source>
        <translation>Der Auftrag {order} ist angehalten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="141"/>
        <source>Ask your shift lead; its tasks can be started once the order is released again.</source>
        <translation>Fragen Sie Ihre Schichtleitung; seine Aufgaben können gestartet werden, sobald der Auftrag wieder freigegeben ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="145"/>
        <source>Work order {order} is closed.</source>
        <translation>Der Auftrag {order} ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="146"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="151"/>
        <source>Pick another task from the machine&apos;s queue.</source>
        <translation>Wählen Sie eine andere Aufgabe aus der Warteschlange der Maschine.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="150"/>
        <source>Work order {order} was cancelled.</source>
        <translation>Der Auftrag {order} wurde storniert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="155"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="160"/>
        <source>Task {task} is paused.</source>
        <translation>Auftrag {task} ist pausiert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="156"/>
        <source>Press Resume to continue it.</source>
        <translation>Fortsetzen drücken, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="161"/>
        <source>Press Resume first.</source>
        <translation>Zuerst Fortsetzen drücken.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="165"/>
        <source>Task {task} is not running.</source>
        <translation>Auftrag {task} läuft nicht.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="166"/>
        <source>Press Start first.</source>
        <translation>Zuerst Start drücken.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="170"/>
        <source>Task {task} is not paused.</source>
        <translation>Auftrag {task} ist nicht pausiert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="171"/>
        <source>Nothing to resume.</source>
        <translation>Nichts fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="175"/>
        <source>Unknown pause reason &apos;{reason}&apos;.</source>
        <translation>Unbekannter Pausengrund &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="176"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="181"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="470"/>
        <source>Pick a reason from the list.</source>
        <translation>Einen Grund aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="180"/>
        <source>Unknown scrap reason &apos;{reason}&apos;.</source>
        <translation>Unbekannter Ausschussgrund &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="185"/>
        <source>{qty} is more than ten times the planned {planned} for {order}.</source>
        <translation>{qty} ist mehr als das Zehnfache der geplanten Menge {planned} für {order}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="186"/>
        <source>Check the quantities and enter them again.</source>
        <translation>Mengen prüfen und erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="190"/>
        <source>Task {task} is finished: its operation was reported done.</source>
        <translation>Auftrag {task} ist abgeschlossen: sein Arbeitsgang wurde als fertig gemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="191"/>
        <source>Pick another task from the machine&apos;s queue, or ask the office to reopen the order.</source>
        <translation>Einen anderen Auftrag aus der Warteschlange der Maschine wählen oder das Büro bitten, den Auftrag wieder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="197"/>
        <source>Nothing to count: every quantity is zero.</source>
        <translation>Nichts zu zählen: jede Menge ist null.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="198"/>
        <source>Type the good, scrap or rework quantity first.</source>
        <translation>Zuerst die Menge Gut, Ausschuss oder Nacharbeit eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="202"/>
        <source>The note is {length} characters long; at most {limit} fit.</source>
        <translation>Die Notiz ist {length} Zeichen lang; höchstens {limit} passen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="203"/>
        <source>Shorten the note and save it again.</source>
        <translation>Die Notiz kürzen und erneut speichern.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="207"/>
        <source>That handover note is not on record.</source>
        <translation>Diese Übergabenotiz ist nicht erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="208"/>
        <source>Nothing to do: open the task again to see the current notes.</source>
        <translation>Nichts zu tun: den Auftrag erneut öffnen, um die aktuellen Notizen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="212"/>
        <source>{machine} is out of order ({reasons}); no task can be started on it.</source>
        <translation>{machine} ist außer Betrieb ({reasons}); darauf kann kein Auftrag gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="213"/>
        <source>Maintenance must put it back in service first.</source>
        <translation>Die Instandhaltung muss sie zuerst wieder in Betrieb nehmen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="217"/>
        <source>Product &apos;{product}&apos; of {order} is not in master data.</source>
        <translation>Produkt &apos;{product}&apos; von {order} ist nicht in den Stammdaten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="218"/>
        <source>Ask the office.</source>
        <translation>Das Büro fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="223"/>
        <source>A {what} is required.</source>
        <translation>{what}: Angabe erforderlich.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="224"/>
        <source>Choose or type the {what}.</source>
        <translation>{what} wählen oder eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="228"/>
        <source>The {what} must be a number.</source>
        <translation>{what}: muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="229"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="234"/>
        <source>Type it on the keypad.</source>
        <translation>Auf dem Ziffernblock eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="233"/>
        <source>The {what} &apos;{value}&apos; is not a number.</source>
        <translation>{what}: &apos;{value}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="238"/>
        <source>The {what} must be more than zero (got {value}).</source>
        <translation>{what}: muss größer als null sein (eingegeben: {value}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="239"/>
        <source>Enter the quantity you actually used or made.</source>
        <translation>Die tatsächlich verbrauchte oder gefertigte Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="243"/>
        <source>The {what} {value} is more than {limit} and cannot be right.</source>
        <translation>{what}: {value} ist mehr als {limit} und kann nicht stimmen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="244"/>
        <source>Check the number and enter it again.</source>
        <translation>Zahl prüfen und erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="248"/>
        <source>The {what} {value} has more than three decimals.</source>
        <translation>{what}: {value} hat mehr als drei Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="249"/>
        <source>Round it to three decimals.</source>
        <translation>Auf drei Nachkommastellen runden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="253"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>Der Grund ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="254"/>
        <source>Say it in fewer words.</source>
        <translation>Mit weniger Worten sagen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="259"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="264"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="269"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="642"/>
        <source>Lot &apos;{lot}&apos; is not known at this station.</source>
        <translation>Charge &apos;{lot}&apos; ist an dieser Station nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="260"/>
        <source>Check the label; a new supplier lot must be received at goods-in first.</source>
        <translation>Etikett prüfen; eine neue Lieferantencharge muss zuerst im Wareneingang erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="265"/>
        <source>Scan the lot card again.</source>
        <translation>Die Chargenkarte erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="270"/>
        <source>Check the lot code.</source>
        <translation>Chargencode prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="274"/>
        <source>No task is running: {task} is {status}.</source>
        <translation>Kein Auftrag läuft: {task} ist {status}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="275"/>
        <source>Start (or resume) the task before scanning lots into it.</source>
        <translation>Den Auftrag starten (oder fortsetzen), bevor Chargen dafür gescannt werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="279"/>
        <source>Lot {lot} has nothing left on record.</source>
        <translation>Laut Bestand ist von Charge {lot} nichts mehr übrig.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="280"/>
        <source>Enter the quantity you used.</source>
        <translation>Die verbrauchte Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="284"/>
        <source>&apos;{reason}&apos; is not an override reason in master data.</source>
        <translation>&apos;{reason}&apos; ist kein Freigabegrund in den Stammdaten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="285"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="305"/>
        <source>Pick the reason from the list.</source>
        <translation>Den Grund aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="289"/>
        <source>&apos;{reason}&apos; is not a reason to override {rules}.</source>
        <translation>&apos;{reason}&apos; ist kein Grund zur Freigabe bei: {rules}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="290"/>
        <source>Pick a reason that fits what was refused.</source>
        <translation>Einen Grund wählen, der zur Ablehnung passt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="294"/>
        <source>{name} may not override all of {rules} with &apos;{reason}&apos;.</source>
        <translation>{name} darf nicht jede dieser Ablehnungen ({rules}) mit &apos;{reason}&apos; freigeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="295"/>
        <source>Ask someone who may override each of them to sign.</source>
        <translation>Jemanden um die Unterschrift bitten, der jede davon freigeben darf.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="299"/>
        <source>Lot {older} (expires {expiry}) expires before {lot} and is on hand.</source>
        <translation>Charge {older} (verfällt {expiry}) verfällt vor {lot} und ist vorrätig.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="300"/>
        <source>Use the older lot first, or say why you use this one.</source>
        <translation>Verwenden Sie zuerst die ältere Charge, oder sagen Sie, warum Sie diese verwenden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="304"/>
        <source>&apos;{reason}&apos; is not a reason for using a later-expiring lot.</source>
        <translation>„{reason}“ ist kein Grund, eine später verfallende Charge zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="309"/>
        <source>Lot {lot} was already scanned into {task} {seconds} s ago ({qty}).</source>
        <translation>Charge {lot} wurde vor {seconds} s bereits für {task} gescannt ({qty}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="310"/>
        <source>Was that the same lot scanned twice? Confirm only if you really used it again.</source>
        <translation>Wurde dieselbe Charge zweimal gescannt? Nur bestätigen, wenn sie wirklich erneut verbraucht wurde.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="314"/>
        <source>Material &apos;{material}&apos; is not in master data.</source>
        <translation>Material &apos;{material}&apos; ist nicht in den Stammdaten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="315"/>
        <source>Check the label, or ask the office.</source>
        <translation>Etikett prüfen oder das Büro fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="319"/>
        <source>&apos;{code}&apos; is not a lot or pallet known at this station.</source>
        <translation>&apos;{code}&apos; ist keine Charge und keine Palette, die diese Station kennt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="320"/>
        <source>Check the code and try again.</source>
        <translation>Code prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="325"/>
        <source>This is {what}, not a supplier&apos;s GS1 label with a GTIN.</source>
        <translation>Das ist {what}, kein GS1-Lieferantenetikett mit GTIN.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="326"/>
        <source>Scan the barcode that holds the GTIN (01), the lot (10) and the expiry date (17).</source>
        <translation>Den Barcode mit GTIN (01), Charge (10) und Verfallsdatum (17) scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="332"/>
        <source>The label does not say how many arrived (no count (30) or (37)).</source>
        <translation>Das Etikett nennt keine Menge (keine Anzahl (30) oder (37)).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="333"/>
        <source>Enter the quantity.</source>
        <translation>Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="337"/>
        <source>No material in master data has the GTIN {gtin}.</source>
        <translation>Kein Material in den Stammdaten hat die GTIN {gtin}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="338"/>
        <source>Ask the office to add this GTIN to the material, or receive the lot by hand.</source>
        <translation>Das Büro bitten, diese GTIN beim Material einzutragen, oder die Charge von Hand erfassen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="342"/>
        <source>The label has no lot number (10), and {material} is lot-tracked.</source>
        <translation>Das Etikett hat keine Chargennummer (10), und {material} wird chargengeführt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="343"/>
        <source>Scan the barcode with the lot number, or receive the lot by hand and type it.</source>
        <translation>Den Barcode mit der Chargennummer scannen oder die Charge von Hand erfassen und eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="347"/>
        <source>Supplier lot {supplier_lot} of {material} was already received here as lot {lot}.</source>
        <translation>Lieferantencharge {supplier_lot} von {material} wurde hier bereits als Charge {lot} erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="350"/>
        <source>Do not receive it twice: put the label aside, or ask the office if this is a second delivery.</source>
        <translation>Nicht doppelt erfassen: Etikett beiseitelegen oder das Büro fragen, ob es eine zweite Lieferung ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="356"/>
        <source>Supplier lot &apos;{supplier_lot}&apos; is not a lot number.</source>
        <translation>Lieferantencharge &apos;{supplier_lot}&apos; ist keine Chargennummer.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="357"/>
        <source>Scan the supplier&apos;s label again.</source>
        <translation>Das Lieferantenetikett erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="361"/>
        <source>Supplier lot &apos;{supplier_lot}&apos; has characters no GS1 label carries.</source>
        <translation>Lieferantencharge &apos;{supplier_lot}&apos; enthält Zeichen, die auf keinem GS1-Etikett stehen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="362"/>
        <source>Type it again.</source>
        <translation>Erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="367"/>
        <source>Pallet {sscc} cannot be loaded: it contains lot {lot}, which is RECALLED.</source>
        <translation>Palette {sscc} kann nicht verladen werden: sie enthält Charge {lot}, die ZURÜCKGERUFEN ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="368"/>
        <source>Put the pallet aside in quarantine and call quality.</source>
        <translation>Die Palette in Quarantäne stellen und die Qualitätssicherung rufen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="372"/>
        <source>Pallet {sscc} cannot be loaded: it contains lot {lot}, which is ON HOLD by quality.</source>
        <translation>Palette {sscc} kann nicht verladen werden: sie enthält Charge {lot}, die von der Qualitätssicherung GESPERRT ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="375"/>
        <source>Put the pallet aside until quality releases lot {lot}.</source>
        <translation>Die Palette beiseitestellen, bis die Qualitätssicherung Charge {lot} freigibt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="379"/>
        <source>Lot {lot} is {status}; it cannot be put on a pallet.</source>
        <translation>Charge {lot} ist {status}; sie kann nicht palettiert werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="380"/>
        <source>Ask quality to release it first.</source>
        <translation>Zuerst die Qualitätssicherung um Freigabe bitten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="384"/>
        <source>Lot {lot} has {free} not yet on a pallet, less than {qty}.</source>
        <translation>Von Charge {lot} sind nur {free} noch nicht palettiert, weniger als {qty}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="385"/>
        <source>Enter a smaller quantity, or report the production first (Stop with the good quantity).</source>
        <translation>Eine kleinere Menge eingeben oder zuerst die Produktion melden (Stopp mit der Gutmenge).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="391"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="396"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="401"/>
        <source>Pallet &apos;{sscc}&apos; is not known at this station.</source>
        <translation>Palette &apos;{sscc}&apos; ist an dieser Station nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="392"/>
        <source>Scan the pallet card&apos;s SSCC.</source>
        <translation>Die SSCC der Palettenkarte scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="397"/>
        <source>Scan the SSCC on the pallet card.</source>
        <translation>Die SSCC auf der Palettenkarte scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="402"/>
        <source>Build the pallet first.</source>
        <translation>Zuerst die Palette bilden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="407"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment} at station {station} on {when}.</source>
        <translation>Palette {sscc} wurde bereits an {customer} mit Sendung {shipment} an Station {station} versandt ({when}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="410"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="417"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="434"/>
        <source>Check the pallet card; each pallet ships once.</source>
        <translation>Palettenkarte prüfen; jede Palette wird nur einmal versandt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="414"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment} at this station on {when}.</source>
        <translation>Palette {sscc} wurde bereits an {customer} mit Sendung {shipment} an dieser Station versandt ({when}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="421"/>
        <source>Pallet {sscc} was voided at station {station} on {when} ({reason}); it cannot ship.</source>
        <translation>Palette {sscc} wurde an Station {station} storniert ({when}, {reason}); sie kann nicht versandt werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="424"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="429"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="439"/>
        <source>Take its card off; the shift lead builds a new pallet for the goods.</source>
        <translation>Ihre Karte abnehmen; der Schichtleiter bildet eine neue Palette für die Ware.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="428"/>
        <source>Pallet {sscc} was voided at this station on {when} ({reason}); it cannot ship.</source>
        <translation>Palette {sscc} wurde an dieser Station storniert ({when}, {reason}); sie kann nicht versandt werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="433"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment}.</source>
        <translation>Palette {sscc} wurde bereits an {customer} mit Sendung {shipment} versandt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="438"/>
        <source>Pallet {sscc} is void; it cannot ship.</source>
        <translation>Palette {sscc} ist storniert; sie kann nicht versandt werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="443"/>
        <source>Pallet {sscc} is void; its card is not printed again.</source>
        <translation>Palette {sscc} ist storniert; ihre Karte wird nicht erneut gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="444"/>
        <source>Build a new pallet.</source>
        <translation>Eine neue Palette bilden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="448"/>
        <source>Pallet {sscc} is {status}; only a pallet that has not shipped can be voided.</source>
        <translation>Palette {sscc} ist {status}; nur eine nicht versandte Palette kann storniert werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="449"/>
        <source>A shipped pallet is returned through the customer, not voided.</source>
        <translation>Eine versandte Palette kommt über den Kunden zurück und wird nicht storniert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="453"/>
        <source>Unknown customer &apos;{customer}&apos;.</source>
        <translation>Unbekannter Kunde &apos;{customer}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="454"/>
        <source>Pick the customer from the list.</source>
        <translation>Den Kunden aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="459"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="464"/>
        <source>Unknown machine &apos;{machine}&apos;.</source>
        <translation>Unbekannte Maschine &apos;{machine}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="460"/>
        <source>Pick the machine from the list or scan its code.</source>
        <translation>Die Maschine aus der Liste wählen oder ihren Code scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="465"/>
        <source>Pick the machine from the list.</source>
        <translation>Die Maschine aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="469"/>
        <source>Unknown out-of-order reason &apos;{reason}&apos;.</source>
        <translation>Unbekannter Störungsgrund &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="474"/>
        <source>No out-of-order mark was chosen to clear.</source>
        <translation>Keine Störmeldung zum Aufheben gewählt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="475"/>
        <source>Tick the marks you have fixed.</source>
        <translation>Die behobenen Störmeldungen ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="479"/>
        <source>Mark {mark} is not open on {machine}.</source>
        <translation>Störmeldung {mark} ist an {machine} nicht offen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="480"/>
        <source>Refresh the list of open marks and try again.</source>
        <translation>Liste der offenen Störmeldungen aktualisieren und erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="485"/>
        <source>A {card} card for {subject} was already printed or is waiting for its printer.</source>
        <translation>Eine Karte ({card}) für {subject} wurde bereits gedruckt oder wartet auf ihren Drucker.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="486"/>
        <source>Choose Reprint to print it again; it will say REPRINT.</source>
        <translation>Nachdruck wählen, um sie erneut zu drucken; sie trägt dann den Vermerk NACHDRUCK.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="490"/>
        <source>This station has no printer named &apos;{printer}&apos; (it has: {names}).</source>
        <translation>Diese Station hat keinen Drucker namens &apos;{printer}&apos; (vorhanden: {names}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="497"/>
        <source>No printer of this station prints {card} cards.</source>
        <translation>Kein Drucker dieser Station druckt Karten vom Typ {card}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="504"/>
        <source>There is no print job &apos;{job}&apos;.</source>
        <translation>Es gibt keinen Druckauftrag &apos;{job}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="505"/>
        <source>List the jobs with &apos;floorstation print jobs&apos;.</source>
        <translation>Die Aufträge mit &apos;floorstation print jobs&apos; auflisten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="509"/>
        <source>Print job {job} is {state}.</source>
        <translation>Druckauftrag {job} ist {state}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="510"/>
        <source>Only waiting or stuck jobs can change.</source>
        <translation>Nur wartende oder hängende Aufträge können geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="514"/>
        <source>Printer {printer} cannot be reached: {cause}.</source>
        <translation>Drucker {printer} ist nicht erreichbar: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="515"/>
        <source>Check that it is on and connected.</source>
        <translation>Prüfen, ob er eingeschaltet und angeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="519"/>
        <source>Printer at {address} does not answer.</source>
        <translation>Der Drucker unter {address} antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="520"/>
        <source>Check that it is on and connected; the card waits in the queue.</source>
        <translation>Prüfen, ob er eingeschaltet und angeschlossen ist; die Karte wartet in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="524"/>
        <source>Printer at {address} did not answer in time.</source>
        <translation>Der Drucker unter {address} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="525"/>
        <source>Check that it is on, connected and not busy; the card waits in the queue.</source>
        <translation>Prüfen, ob er eingeschaltet, angeschlossen und nicht belegt ist; die Karte wartet in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="529"/>
        <source>The network does not know the printer&apos;s address {host}.</source>
        <translation>Das Netzwerk kennt die Druckeradresse {host} nicht.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="530"/>
        <source>Ask IT to check the printer&apos;s address in the station&apos;s settings; the card waits in the queue.</source>
        <translation>Die IT bitten, die Druckeradresse in den Einstellungen der Station zu prüfen; die Karte wartet in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="536"/>
        <source>Printer at {address} cannot be reached from this station.</source>
        <translation>Der Drucker unter {address} ist von dieser Station aus nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="537"/>
        <source>Check the network cables of the station and the printer; the card waits in the queue.</source>
        <translation>Die Netzwerkkabel der Station und des Druckers prüfen; die Karte wartet in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="543"/>
        <source>Printer at {address} broke off the connection.</source>
        <translation>Der Drucker unter {address} hat die Verbindung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="544"/>
        <source>Check that it is on and ready; the card waits in the queue.</source>
        <translation>Prüfen, ob er eingeschaltet und bereit ist; die Karte wartet in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="548"/>
        <source>Printer {address} is not plugged in.</source>
        <translation>Der Drucker {address} ist nicht angeschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="549"/>
        <source>Plug it in and switch it on; the card waits in the queue.</source>
        <translation>Anschließen und einschalten; die Karte wartet in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="553"/>
        <source>This station may not use printer {address}.</source>
        <translation>Diese Station darf den Drucker {address} nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="554"/>
        <source>Ask IT to give the station access to the printer; the card waits in the queue.</source>
        <translation>Die IT bitten, der Station Zugriff auf den Drucker zu geben; die Karte wartet in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="558"/>
        <source>Printer {printer} is out of paper.</source>
        <translation>Drucker {printer} hat kein Papier.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="559"/>
        <source>Load paper; the card then prints by itself.</source>
        <translation>Papier einlegen; die Karte wird dann von selbst gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="563"/>
        <source>Printer {printer} has its cover open.</source>
        <translation>Beim Drucker {printer} ist die Abdeckung offen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="564"/>
        <source>Close the cover.</source>
        <translation>Abdeckung schließen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="568"/>
        <source>Printer {printer} is offline.</source>
        <translation>Drucker {printer} ist offline.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="569"/>
        <source>Check the printer&apos;s lights and paper.</source>
        <translation>Anzeigen und Papier des Druckers prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="573"/>
        <source>Printer {printer} cannot be written: {cause}.</source>
        <translation>Auf Drucker {printer} kann nicht geschrieben werden: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="574"/>
        <source>Is it plugged in?</source>
        <translation>Ist er angeschlossen?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="578"/>
        <source>Printer {printer} is {problem}.</source>
        <translation>Drucker {printer}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="579"/>
        <source>The card prints once it is ready.</source>
        <translation>Die Karte wird gedruckt, sobald er bereit ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="583"/>
        <source>Printer {printer} names an unknown ESC/POS profile &apos;{profile}&apos;: {cause}.</source>
        <translation>Drucker {printer} nennt ein unbekanntes ESC/POS-Profil &apos;{profile}&apos;: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="584"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="594"/>
        <source>Ask the shift lead to fix the printer in the station&apos;s settings.</source>
        <translation>Den Schichtleiter bitten, den Drucker in den Stationseinstellungen zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="588"/>
        <source>Printing to CUPS needs pycups, which this station does not have.</source>
        <translation>Drucken über CUPS braucht pycups, das auf dieser Station fehlt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="589"/>
        <source>Ask IT to install python-escpos[cups] on this station.</source>
        <translation>Die IT bitten, python-escpos[cups] auf dieser Station zu installieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="593"/>
        <source>{printer}: a USB printer is named VID:PID in hex, e.g. 04b8:0202.</source>
        <translation>{printer}: ein USB-Drucker wird als VID:PID hexadezimal angegeben, z. B. 04b8:0202.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="598"/>
        <source>The station stopped while sending this card; check whether it came out.</source>
        <translation>Die Station wurde beim Senden dieser Karte beendet; prüfen, ob sie herausgekommen ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="604"/>
        <source>Scan your badge again, or tap your name.</source>
        <translation>Ausweis erneut scannen oder Namen antippen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="608"/>
        <source>{name} is not active and cannot sign.</source>
        <translation>{name} ist nicht aktiv und kann nicht unterschreiben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="609"/>
        <source>Ask someone else to sign.</source>
        <translation>Jemand anderen um die Unterschrift bitten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="613"/>
        <source>Signing is locked for {name} for {seconds} s more after {tries} wrong PINs.</source>
        <translation>Unterschreiben ist für {name} nach {tries} falschen PINs noch {seconds} s gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="618"/>
        <source>{name} has no PIN set and cannot sign.</source>
        <translation>Für {name} ist keine PIN hinterlegt; Unterschreiben ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="619"/>
        <source>Ask an admin to set a PIN, or ask someone else.</source>
        <translation>Einen Admin bitten, eine PIN zu setzen, oder jemand anderen fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="623"/>
        <source>Wrong PIN for {name}: nothing was signed or recorded. Signing is now locked for {name} for a minute.</source>
        <translation>Falsche PIN für {name}: nichts wurde unterschrieben oder erfasst. Unterschreiben ist für {name} jetzt eine Minute gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="631"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="636"/>
        <source>Wrong PIN for {name}: nothing was signed or recorded.</source>
        <translation>Falsche PIN für {name}: nichts wurde unterschrieben oder erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="632"/>
        <source>Type the PIN again (1 more try before signing locks for a minute).</source>
        <translation>PIN erneut eingeben (noch 1 Versuch, bevor Unterschreiben für eine Minute gesperrt wird).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="637"/>
        <source>Type the PIN again ({left} more tries before signing locks for a minute).</source>
        <translation>PIN erneut eingeben (noch {left} Versuche, bevor Unterschreiben für eine Minute gesperrt wird).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="643"/>
        <source>Scan the lot card or type the code again.</source>
        <translation>Die Chargenkarte scannen oder den Code erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="647"/>
        <source>Lot {lot} is RECALLED; a recall is not changed at a terminal.</source>
        <translation>Charge {lot} ist ZURÜCKGERUFEN; ein Rückruf wird nicht am Terminal geändert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="648"/>
        <source>Keep it in quarantine; quality undoes a recall centrally on the server.</source>
        <translation>In Quarantäne lassen; die Qualitätssicherung hebt einen Rückruf zentral auf dem Server auf.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="652"/>
        <source>Lot {lot} is already on hold.</source>
        <translation>Charge {lot} ist bereits gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="653"/>
        <source>Nothing to do; release it when it is cleared.</source>
        <translation>Nichts zu tun; freigeben, wenn sie geklärt ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="657"/>
        <source>Lot {lot} is not on hold.</source>
        <translation>Charge {lot} ist nicht gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="658"/>
        <source>Nothing to release; hold it first if it is suspect.</source>
        <translation>Nichts freizugeben; zuerst sperren, wenn sie verdächtig ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="662"/>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="663"/>
        <source>Tap a reason or type one.</source>
        <translation>Einen Grund antippen oder eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="668"/>
        <source>This station has used all its SSCC serials ({first}-{last}).</source>
        <translation>Diese Station hat alle ihre SSCC-Seriennummern verbraucht ({first}-{last}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="669"/>
        <source>Ask IT to give the station a new SSCC range.</source>
        <translation>Die IT um einen neuen SSCC-Bereich für die Station bitten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="674"/>
        <source>{where}: mode {mode} is not a station mode.</source>
        <translation>{where}: Modus {mode} ist kein Stationsmodus.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="675"/>
        <source>Set mode in the [station] table to one of: &quot;production&quot;, &quot;goods_in&quot;, &quot;dispatch&quot;.</source>
        <translation>mode in der Tabelle [station] auf einen dieser Werte setzen: &quot;production&quot;, &quot;goods_in&quot;, &quot;dispatch&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="679"/>
        <source>No station configuration at {path}.</source>
        <translation>Keine Stationskonfiguration unter {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="680"/>
        <source>Run &apos;floorstation init&apos; (or &apos;floorstation init --demo&apos;) to create one.</source>
        <translation>&apos;floorstation init&apos; (oder &apos;floorstation init --demo&apos;) ausführen, um eine anzulegen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="684"/>
        <source>{path} is not valid TOML: {cause}.</source>
        <translation>{path} ist kein gültiges TOML: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="685"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="690"/>
        <source>Fix the file.</source>
        <translation>Die Datei korrigieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="689"/>
        <source>{path} has no [station] table.</source>
        <translation>{path} hat keine Tabelle [station].</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="696"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="717"/>
        <source>Enroll this station again: floorstation enroll --server URL --code CODE.</source>
        <translation>Diese Station erneut registrieren: floorstation enroll --server URL --code CODE.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="701"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="722"/>
        <source>The server refused this station; ask the server admin.</source>
        <translation>Der Server hat diese Station abgelehnt; den Server-Admin fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="706"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="727"/>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war für den Server zu groß.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="711"/>
        <source>The server refused event {event} (seq {seq}): {field}: {reason}</source>
        <translation>Der Server hat das Ereignis {event} (Nr. {seq}) abgelehnt: {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="712"/>
        <source>It stays here with the events after it, which wait; tell the server admin.</source>
        <translation>Es bleibt hier, die Ereignisse danach warten; sagen Sie es dem Server-Administrator.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="732"/>
        <source>This enrolment code is for station {other}, but this terminal is {station}.</source>
        <translation>Dieser Anmeldecode ist für Station {other}, dieses Terminal ist aber {station}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="733"/>
        <source>On the office&apos;s Stations page, make a code for {station} and scan that one.</source>
        <translation>Erstellen Sie auf der Seite „Stationen“ im Büro einen Code für {station} und scannen Sie diesen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="737"/>
        <source>This enrolment code does not say which server to enrol with.</source>
        <translation>Dieser Anmeldecode nennt keinen Server, bei dem angemeldet werden soll.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="738"/>
        <source>Scan the QR code on the office&apos;s Stations page (or make one with --server-url).</source>
        <translation>Scannen Sie den QR-Code von der Seite „Stationen“ im Büro (oder erstellen Sie einen mit --server-url).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="742"/>
        <source>The server at {server} cannot be reached; this station is not enrolled.</source>
        <translation>Der Server {server} ist nicht erreichbar; diese Station ist nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="743"/>
        <source>Check the network cable or Wi-Fi and that the server runs, then scan the code again.</source>
        <translation>Prüfen Sie Netzwerkkabel oder WLAN und ob der Server läuft, dann scannen Sie den Code erneut.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="749"/>
        <source>This enrolment code has expired.</source>
        <translation>Dieser Anmeldecode ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="754"/>
        <source>This enrolment code has already been used.</source>
        <translation>Dieser Anmeldecode wurde bereits verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="759"/>
        <source>The server at {server} does not know this enrolment code.</source>
        <translation>Der Server {server} kennt diesen Anmeldecode nicht.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="764"/>
        <source>Cannot reach the server at {url}: {cause}.</source>
        <translation>Server unter {url} nicht erreichbar: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="765"/>
        <source>Check the URL and network.</source>
        <translation>Adresse und Netzwerk prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="769"/>
        <source>The server asks for event {seq}, which this station already sent before.</source>
        <translation>Der Server verlangt Ereignis {seq}, das diese Station bereits gesendet hat.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="770"/>
        <source>Call IT: the server&apos;s copy of this station&apos;s events is behind.</source>
        <translation>Die IT rufen: die Kopie der Ereignisse dieser Station auf dem Server ist veraltet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="774"/>
        <source>The server answered for epoch {answered} to a batch of epoch {epoch}.</source>
        <translation>Der Server hat für Epoche {answered} auf ein Paket der Epoche {epoch} geantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="775"/>
        <source>Call IT; the events stay safe on this station.</source>
        <translation>Die IT rufen; die Ereignisse bleiben auf dieser Station sicher.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="777"/>
        <source>The server did not answer: {cause}.</source>
        <translation>Der Server hat nicht geantwortet: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="780"/>
        <source>The server is busy or in trouble ({status}); trying again in {wait} s.</source>
        <translation>Der Server ist ausgelastet oder gestört ({status}); neuer Versuch in {wait} s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="782"/>
        <source>The server is busy or in trouble ({status}); trying again later.</source>
        <translation>Der Server ist ausgelastet oder gestört ({status}); neuer Versuch später.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="785"/>
        <source>This station is not enrolled with a server yet; its events stay here until it is.</source>
        <translation>Diese Station ist noch bei keinem Server registriert; ihre Ereignisse bleiben hier, bis sie es ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="791"/>
        <source>{path} holds the token of station {other}, but this is {station}.</source>
        <translation>{path} enthält das Token der Station {other}, dies ist aber {station}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="792"/>
        <source>Enroll this station with its own code.</source>
        <translation>Diese Station mit ihrem eigenen Code registrieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="794"/>
        <source>No sync worker is running.</source>
        <translation>Es läuft keine Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="797"/>
        <source>{path} cannot be read: {cause}.</source>
        <translation>{path} kann nicht gelesen werden: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="798"/>
        <source>Enroll the station again.</source>
        <translation>Die Station erneut registrieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="802"/>
        <source>The server gave this station an SSCC block it cannot use: {cause}</source>
        <translation>Der Server hat dieser Station einen unbrauchbaren SSCC-Block zugeteilt: {cause}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="803"/>
        <source>Ask the server admin to check the plant&apos;s GS1 company prefix and SSCC block size.</source>
        <translation>Den Server-Admin bitten, das GS1-Firmenpräfix des Werks und die SSCC-Blockgröße zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="809"/>
        <source>The server sent a {entity} without {name}; this station cannot read it.</source>
        <translation>Der Server hat {entity} ohne {name} gesendet; diese Station kann es nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="814"/>
        <source>The server sent {name}={value}, which is not a whole number.</source>
        <translation>Der Server hat {name}={value} gesendet, das ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="819"/>
        <source>The server sent a pallet in state {state}, which this station does not know.</source>
        <translation>Der Server hat eine Palette im Zustand {state} gesendet, den diese Station nicht kennt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="824"/>
        <source>The server sent changes of an unknown kind {entity}.</source>
        <translation>Der Server hat Änderungen unbekannter Art gesendet: {entity}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="829"/>
        <source>The server sent master data this station cannot read: {cause}.</source>
        <translation>Der Server hat Stammdaten gesendet, die diese Station nicht lesen kann: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="835"/>
        <source>Lot code &apos;{lot}&apos; is longer than GS1&apos;s {limit} characters.</source>
        <translation>Chargencode &apos;{lot}&apos; ist länger als die {limit} Zeichen, die GS1 erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="836"/>
        <source>Ask the shift lead to shorten the machine code or the lot-code pattern.</source>
        <translation>Den Schichtleiter bitten, den Maschinencode oder das Chargencode-Muster zu kürzen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="840"/>
        <source>Lot code &apos;{lot}&apos; has characters GS1 does not allow in a lot number.</source>
        <translation>Chargencode &apos;{lot}&apos; enthält Zeichen, die GS1 in einer Chargennummer nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="841"/>
        <source>Ask the shift lead to fix the machine code or the lot-code pattern.</source>
        <translation>Den Schichtleiter bitten, den Maschinencode oder das Chargencode-Muster zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="846"/>
        <source>Lot {lot} is RECALLED and must not be used.</source>
        <translation>Charge {lot} ist ZURÜCKGERUFEN und darf nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="847"/>
        <source>Put it aside in the quarantine area and tell quality.</source>
        <translation>In den Quarantänebereich legen und die Qualitätssicherung informieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="851"/>
        <source>Lot {lot} is {material}, which is not in the bill of materials of {task} (it needs {needs}).</source>
        <translation>Charge {lot} ist {material}, das nicht in der Stückliste von {task} steht (benötigt: {needs}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="854"/>
        <source>Scan a lot of the right material.</source>
        <translation>Eine Charge des richtigen Materials scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="858"/>
        <source>Lot {lot} is ON HOLD by quality.</source>
        <translation>Charge {lot} ist von der Qualitätssicherung GESPERRT.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="859"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="864"/>
        <source>Use another lot, or ask a quality person to sign its use with a reason.</source>
        <translation>Eine andere Charge verwenden oder eine Person der Qualitätssicherung bitten, die Verwendung mit Begründung zu unterschreiben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="863"/>
        <source>Lot {lot} is ON HOLD by quality ({by}, {at}: {why}).</source>
        <translation>Charge {lot} ist von der Qualitätssicherung GESPERRT ({by}, {at}: {why}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="868"/>
        <source>Lot {lot} expired on {date}.</source>
        <translation>Charge {lot} ist am {date} abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="869"/>
        <source>Use a lot that has not expired, or ask a shift lead to override with a reason.</source>
        <translation>Eine nicht abgelaufene Charge verwenden oder einen Schichtleiter um Freigabe mit Begründung bitten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="873"/>
        <source>Machine {machine} is marked out of order.</source>
        <translation>Maschine {machine} ist als außer Betrieb gemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="874"/>
        <source>Wait until maintenance puts it back in service, or ask a shift lead to override.</source>
        <translation>Warten, bis die Instandhaltung sie wieder in Betrieb nimmt, oder einen Schichtleiter um Freigabe bitten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="878"/>
        <source>Lot {lot} has only {left} left on record, less than {qty}.</source>
        <translation>Laut Bestand hat Charge {lot} nur noch {left}, weniger als {qty}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="879"/>
        <source>Check the quantity; if the lot really holds more, a shift lead must override.</source>
        <translation>Menge prüfen; wenn die Charge wirklich mehr enthält, muss ein Schichtleiter freigeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="883"/>
        <source>This lot expired on {date}; it cannot be received.</source>
        <translation>Diese Charge ist am {date} abgelaufen; sie kann nicht angenommen werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="884"/>
        <source>Refuse the delivery, or call quality.</source>
        <translation>Die Lieferung ablehnen oder die Qualitätssicherung rufen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="888"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="893"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="898"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="905"/>
        <source>This lot cannot be used.</source>
        <translation>Diese Charge kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="889"/>
        <source>A shift lead may override with their badge or PIN and a reason.</source>
        <translation>Ein Schichtleiter kann mit Ausweis oder PIN und einer Begründung freigeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="894"/>
        <source>A quality person may sign this with their badge or name, their PIN and a reason.</source>
        <translation>Eine Person der Qualitätssicherung kann dies mit Ausweis oder Namen, PIN und Begründung unterschreiben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="899"/>
        <source>Someone allowed to override every refusal here must sign with their PIN and a reason.</source>
        <translation>Jemand, der jede dieser Ablehnungen freigeben darf, muss mit PIN und Begründung unterschreiben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="906"/>
        <source>This cannot be overridden at the station; put the lot aside and call quality.</source>
        <translation>Das kann an der Station nicht freigegeben werden; die Charge beiseitelegen und die Qualitätssicherung rufen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="911"/>
        <source>&apos;{code}&apos; is not a code this station knows.</source>
        <translation>&apos;{code}&apos; ist kein Code, den diese Station kennt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="912"/>
        <source>Scan the right label; if it is the right one, ask the shift lead to check the scanner.</source>
        <translation>Das richtige Etikett scannen; ist es das richtige, den Schichtleiter bitten, den Scanner zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="918"/>
        <source>{digits} looks like {what}, but its check digit is wrong (it should end in {expected}): the label is misprinted or was misread.</source>
        <translation>{digits} sieht aus wie {what}, hat aber eine falsche Prüfziffer (sie sollte auf {expected} enden): das Etikett ist fehlerhaft gedruckt oder wurde falsch gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="923"/>
        <source>Scan it again.</source>
        <translation>Erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="927"/>
        <source>The scan is {length} characters long; no label this station reads is that long.</source>
        <translation>Der Scan ist {length} Zeichen lang; kein Etikett, das diese Station liest, ist so lang.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="928"/>
        <source>A key may be stuck, or text was pasted into the scanner input.</source>
        <translation>Vielleicht klemmt eine Taste, oder es wurde Text in die Scannereingabe eingefügt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="932"/>
        <source>The scan is empty: the scanner sent only its prefix or suffix.</source>
        <translation>Der Scan ist leer: der Scanner hat nur sein Präfix oder Suffix gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="935"/>
        <source>The scan is empty: a GS1 symbol with no data.</source>
        <translation>Der Scan ist leer: ein GS1-Symbol ohne Daten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="938"/>
        <source>This is an ISO/IEC 15434 envelope, a format this station does not read.</source>
        <translation>Das ist ein ISO/IEC-15434-Umschlag, ein Format, das diese Station nicht liest.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="939"/>
        <source>Scan the GS1 barcode on the label instead.</source>
        <translation>Stattdessen den GS1-Barcode auf dem Etikett scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="943"/>
        <source>The scan has characters no barcode label carries ({sample}).</source>
        <translation>Der Scan enthält Zeichen, die auf keinem Barcode-Etikett stehen ({sample}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="944"/>
        <source>The scanner&apos;s keyboard country probably does not match this PC&apos;s: ask the shift lead to set it.</source>
        <translation>Das Tastaturland des Scanners passt wahrscheinlich nicht zu diesem PC: den Schichtleiter bitten, es einzustellen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="950"/>
        <source>The scan holds control characters or binary data, not text.</source>
        <translation>Der Scan enthält Steuerzeichen oder Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="951"/>
        <source>Scan the right label, or ask the shift lead to check the scanner&apos;s settings.</source>
        <translation>Das richtige Etikett scannen oder den Schichtleiter bitten, die Scannereinstellungen zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="953"/>
        <source>&apos;{aim}&apos; is not a symbology identifier.</source>
        <translation>&apos;{aim}&apos; ist keine Symbologie-Kennung.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="956"/>
        <source>This web address is not a GS1 Digital Link.</source>
        <translation>Diese Webadresse ist kein GS1 Digital Link.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="957"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="962"/>
        <source>Scan the label&apos;s GS1 barcode instead.</source>
        <translation>Stattdessen den GS1-Barcode des Etiketts scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="961"/>
        <source>A web address in a {symbology} is not a GS1 Digital Link.</source>
        <translation>Eine Webadresse in einem {symbology} ist kein GS1 Digital Link.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="966"/>
        <source>&apos;{lot}&apos; is not a lot code of this station (they look like {example}).</source>
        <translation>&apos;{lot}&apos; ist kein Chargencode dieser Station (sie sehen aus wie {example}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="971"/>
        <source>A {symbology} should hold 8, 12, 13 or 14 digits, not &apos;{code}&apos;.</source>
        <translation>Ein {symbology} sollte 8, 12, 13 oder 14 Ziffern enthalten, nicht &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="976"/>
        <source>&apos;{code}&apos; is not a valid {kind} code.</source>
        <translation>&apos;{code}&apos; ist kein gültiger Code ({kind}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="981"/>
        <source>({ai}) {title} {value} has a wrong check digit (it should end in {expected}): the label is misprinted or was misread.</source>
        <translation>({ai}) {title} {value} hat eine falsche Prüfziffer (sie sollte auf {expected} enden): das Etikett ist fehlerhaft gedruckt oder wurde falsch gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="989"/>
        <source>The scan &apos;{code}&apos; was not used: finish or cancel what is open first.</source>
        <translation>Der Scan &apos;{code}&apos; wurde nicht verwendet: zuerst das Offene abschließen oder abbrechen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="990"/>
        <source>Then scan it again.</source>
        <translation>Dann erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="994"/>
        <source>The scan &apos;{code}&apos; was not used: nobody is signed in.</source>
        <translation>Der Scan &apos;{code}&apos; wurde nicht verwendet: niemand ist angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="995"/>
        <source>Scan your badge first, then scan it again.</source>
        <translation>Zuerst den Ausweis scannen, dann den Code erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="997"/>
        <source>({ai}) {title}: {value} is not a real date (YYMMDD).</source>
        <translation>({ai}) {title}: {value} ist kein gültiges Datum (JJMMTT).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="998"/>
        <source>({ai}) {title} is empty.</source>
        <translation>({ai}) {title} ist leer.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1001"/>
        <source>The label&apos;s GS1 data cannot be read.</source>
        <translation>Die GS1-Daten des Etiketts können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1002"/>
        <source>Scan it again; if it fails again, the label is damaged or misprinted.</source>
        <translation>Erneut scannen; schlägt es wieder fehl, ist das Etikett beschädigt oder fehlerhaft gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1006"/>
        <source>({ai}) {title} &apos;{value}&apos; may be several fields run together.</source>
        <translation>({ai}) {title} &apos;{value}&apos; sind vielleicht mehrere zusammengelaufene Felder.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1007"/>
        <source>The scanner does not send the GS separator; ask the shift lead to set it up (Ctrl+] or serial).</source>
        <translation>Der Scanner sendet das GS-Trennzeichen nicht; den Schichtleiter bitten, es einzurichten (Strg+] oder seriell).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1013"/>
        <source>The label&apos;s GS1 fields do not belong together.</source>
        <translation>Die GS1-Felder des Etiketts passen nicht zusammen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1014"/>
        <source>The label is misprinted; receive the goods by hand or ask the supplier.</source>
        <translation>Das Etikett ist fehlerhaft gedruckt; die Ware von Hand erfassen oder den Lieferanten fragen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1016"/>
        <source>&apos;{code}&apos; is not known at this station.</source>
        <translation>&apos;{code}&apos; ist an dieser Station nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1018"/>
        <source>No image folder at {path}.</source>
        <translation>Kein Bildordner unter {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1021"/>
        <source>No images in {path}.</source>
        <translation>Keine Bilder in {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1022"/>
        <source>Add .png or .jpg files.</source>
        <translation>.png- oder .jpg-Dateien hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1024"/>
        <source>No video file at {path}.</source>
        <translation>Keine Videodatei unter {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1027"/>
        <source>{path} cannot be played as a video.</source>
        <translation>{path} kann nicht als Video abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1028"/>
        <source>Use MJPG .avi or .mp4.</source>
        <translation>MJPG-.avi oder .mp4 verwenden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1032"/>
        <source>No camera at {camera}.</source>
        <translation>Keine Kamera an {camera}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1033"/>
        <source>Check the cable.</source>
        <translation>Kabel prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1037"/>
        <source>Camera {camera} cannot be opened.</source>
        <translation>Kamera {camera} kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1038"/>
        <source>Is another program using it? Ask the shift lead to check the camera.</source>
        <translation>Benutzt ein anderes Programm sie? Den Schichtleiter bitten, die Kamera zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1040"/>
        <source>No picture from {camera}.</source>
        <translation>Kein Bild von {camera}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1044"/>
        <source>The {card} card of {subject} does not fit {printer}: its barcode needs {needed} mm, the paper has {paper} mm.</source>
        <translation>Die Karte ({card}) für {subject} passt nicht auf {printer}: ihr Barcode braucht {needed} mm, das Papier hat {paper} mm.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1049"/>
        <source>Print it on a printer with at least {least} mm of printable width.</source>
        <translation>Auf einem Drucker mit mindestens {least} mm Druckbreite drucken.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1053"/>
        <source>The {card} card of {subject} does not fit {printer}: it needs a label {needed} mm tall, the printer&apos;s is {paper} mm.</source>
        <translation>Die Karte ({card}) für {subject} passt nicht auf {printer}: sie braucht ein {needed} mm hohes Etikett, das des Druckers ist {paper} mm hoch.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1058"/>
        <source>Print it on a printer with labels at least {least} mm tall, or leave lines off the card.</source>
        <translation>Auf einem Drucker mit mindestens {least} mm hohen Etiketten drucken oder Zeilen auf der Karte weglassen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1064"/>
        <source>&apos;{code}&apos; reads as a {kind}, but no such {kind} is known here.</source>
        <translation>&apos;{code}&apos; wird als {kind} gelesen, aber hier ist nichts dergleichen bekannt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1069"/>
        <source>The disk is full: this was NOT recorded. Everything recorded before is kept.</source>
        <translation>Der Datenträger ist voll: Dies wurde NICHT gespeichert. Alles bisher Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1070"/>
        <source>Ask IT to free space on the station&apos;s disk, then do it again. Looking things up still works.</source>
        <translation>Bitten Sie die IT, auf dem Datenträger der Station Platz zu schaffen, und wiederholen Sie es dann. Nachschlagen funktioniert weiterhin.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1076"/>
        <source>The station&apos;s database {path} is damaged: nothing more can be recorded.</source>
        <translation>Die Datenbank der Station {path} ist beschädigt: Es kann nichts mehr gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1077"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1084"/>
        <source>Call IT: the station must be restored from its backup (&apos;floorstation restore&apos;).</source>
        <translation>Rufen Sie die IT: Die Station muss aus ihrer Sicherung wiederhergestellt werden („floorstation restore“).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1081"/>
        <source>The station&apos;s database {path} has lost the events of station {station} (up to number {seq}).</source>
        <translation>Die Datenbank der Station {path} hat die Ereignisse der Station {station} verloren (bis Nummer {seq}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1094"/>
        <source>lot recalled</source>
        <extracomment>The order a refusal lists its reasons in: what makes the lot unusable for sure, then why it is the wrong one, then what a shift lead may decide, then what the quantity typed says. A rule as the success message names an override of it.</extracomment>
        <translation>Charge zurückgerufen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1095"/>
        <source>not in the bill of materials</source>
        <translation>nicht in der Stückliste</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1096"/>
        <source>lot on hold</source>
        <translation>Charge gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1097"/>
        <source>lot expired</source>
        <translation>Charge abgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1098"/>
        <source>machine out of order</source>
        <translation>Maschine außer Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1099"/>
        <source>more than the lot holds</source>
        <translation>mehr als die Charge enthält</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1105"/>
        <source>quantity</source>
        <extracomment>The core&apos;s own English words that appear as facts in its sentences (a state, a role, what a number is for).</extracomment>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1106"/>
        <source>good quantity</source>
        <translation>Gutmenge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1107"/>
        <source>scrap quantity</source>
        <translation>Ausschussmenge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1108"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1109"/>
        <source>pause reason</source>
        <translation>Pausengrund</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1110"/>
        <source>scrap reason</source>
        <translation>Ausschussgrund</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1111"/>
        <source>shipment number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1112"/>
        <source>reason for the override</source>
        <translation>Grund der Freigabe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1113"/>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1114"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1115"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1116"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1117"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1118"/>
        <source>HOLD</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1119"/>
        <source>RECALLED</source>
        <translation>ZURÜCKGERUFEN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1120"/>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1121"/>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1122"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1123"/>
        <source>printing</source>
        <translation>im Druck</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1124"/>
        <source>pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1125"/>
        <source>lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1126"/>
        <source>shift lead</source>
        <translation>Schichtleiter</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1127"/>
        <source>maintenance</source>
        <translation>Instandhaltung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1128"/>
        <source>quality</source>
        <translation>Qualitätssicherung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1129"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1130"/>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1131"/>
        <source>build pallets</source>
        <translation>Paletten bilden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1132"/>
        <source>void pallets</source>
        <translation>Paletten stornieren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1133"/>
        <source>put a machine back in service</source>
        <translation>eine Maschine wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1134"/>
        <source>override a refusal</source>
        <translation>eine Ablehnung freigeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1135"/>
        <source>sign the use of a lot on hold</source>
        <translation>die Verwendung einer gesperrten Charge unterschreiben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1136"/>
        <source>put lots on hold</source>
        <translation>Chargen sperren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1137"/>
        <source>release lots</source>
        <translation>Chargen freigeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1138"/>
        <source>open the settings</source>
        <translation>die Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1139"/>
        <source>close the terminal</source>
        <translation>das Terminal schließen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1140"/>
        <source>a badge</source>
        <translation>ein Ausweis</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1141"/>
        <source>a machine code</source>
        <translation>ein Maschinencode</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1142"/>
        <source>a task code</source>
        <translation>ein Auftragscode</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1143"/>
        <source>one of our lot codes</source>
        <translation>einer unserer Chargencodes</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1144"/>
        <source>a pallet&apos;s SSCC</source>
        <translation>die SSCC einer Palette</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1145"/>
        <source>an SSCC</source>
        <translation>eine SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1146"/>
        <source>this printer</source>
        <translation>dieser Drucker</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1147"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1148"/>
        <source>out of paper</source>
        <translation>kein Papier</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1149"/>
        <source>open (print head up)</source>
        <translation>offen (Druckkopf oben)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1150"/>
        <source>a GTIN</source>
        <translation>eine GTIN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1151"/>
        <source>the enrollment</source>
        <translation>die Registrierung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1152"/>
        <source>the download of changes</source>
        <translation>das Herunterladen der Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1153"/>
        <source>the snapshot download</source>
        <translation>das Herunterladen des Gesamtstands</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1154"/>
        <source>the heartbeat</source>
        <translation>das Lebenszeichen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1155"/>
        <source>badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1156"/>
        <source>machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1157"/>
        <source>task</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1158"/>
        <source>SSCC</source>
        <translation>SSCC</translation>
    </message>
</context>
<context>
    <name>GenealogyView</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="261"/>
        <source>built</source>
        <extracomment>Vertical room of one line&apos;s words where it leaves a box (more lines out of one box make the box taller). Below this the text is too small to read at arm&apos;s length: the picture scrolls (drag it) instead.</extracomment>
        <translation>gebildet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="262"/>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="263"/>
        <source>void</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>GoodsInPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="54"/>
        <source>Material: %s</source>
        <translation>Material: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="55"/>
        <source>Supplier lot: %s</source>
        <translation>Lieferantencharge: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="55"/>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="56"/>
        <source>none on the label</source>
        <translation>keines auf dem Etikett</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="56"/>
        <source>Expiry: %s</source>
        <translation>Verfall: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="57"/>
        <source>Quantity on the label: %s</source>
        <translation>Menge auf dem Etikett: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="59"/>
        <source>The label has no quantity: type it on the keypad.</source>
        <translation>Das Etikett nennt keine Menge: auf dem Ziffernblock eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="77"/>
        <source>Print lot card</source>
        <translation>Chargenkarte drucken</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="80"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="86"/>
        <source>Receive</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="94"/>
        <source>Use the label&apos;s count: %s</source>
        <translation>Menge vom Etikett verwenden: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="107"/>
        <source>Supplier lot %s was already received here as lot %s: it is not received twice.</source>
        <translation>Lieferantencharge %s wurde hier bereits als Charge %s angenommen: sie wird nicht doppelt angenommen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="112"/>
        <source>Sign in first: scan your badge, then scan the label again.</source>
        <translation>Zuerst anmelden: Ausweis scannen, dann das Etikett erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="116"/>
        <source>Received by: %s</source>
        <translation>Angenommen von: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="153"/>
        <source>Received as lot %s.</source>
        <translation>Als Charge %s angenommen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="156"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="179"/>
        <source>The lot card for %s is on its way to the printer.</source>
        <translation>Die Chargenkarte für %s ist unterwegs zum Drucker.</translation>
    </message>
</context>
<context>
    <name>GoodsInScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="88"/>
        <source>Goods in</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="91"/>
        <source>Scan a supplier label</source>
        <translation>Ein Lieferantenetikett scannen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="92"/>
        <source>Nothing received here today yet.</source>
        <translation>Heute wurde hier noch nichts angenommen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="95"/>
        <source>Each lot received gets our lot card on %s.</source>
        <translation>Jede angenommene Charge bekommt unsere Chargenkarte auf %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="98"/>
        <source>No lot-card printer is set up at this station: preview the card and print it elsewhere.</source>
        <translation>An dieser Station ist kein Chargenkartendrucker eingerichtet: die Karte in der Vorschau ansehen und anderswo drucken.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="101"/>
        <source>No lot-card printer is set up at this station.</source>
        <translation>An dieser Station ist kein Chargenkartendrucker eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="136"/>
        <source>Received today: %n lot(s)</source>
        <translation>
            <numerusform>Heute angenommen: %n Charge</numerusform>
            <numerusform>Heute angenommen: %n Chargen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="145"/>
        <source>Goods in: %s</source>
        <translation>Wareneingang: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="151"/>
        <source>Received as lot %s. No lot-card printer is set up here: preview its card in the list.</source>
        <translation>Als Charge %s angenommen. Hier ist kein Chargenkartendrucker eingerichtet: die Karte in der Liste als Vorschau ansehen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="164"/>
        <source>The lot card for %s is on its way to the printer.</source>
        <translation>Die Chargenkarte für %s ist unterwegs zum Drucker.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="187"/>
        <source>Lot card %s</source>
        <translation>Chargenkarte %s</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="114"/>
        <source>%s, %s:</source>
        <translation>%s, %s:</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="127"/>
        <source>Read it: carry on</source>
        <translation>Gelesen: weiter</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="143"/>
        <source>No tasks are planned on this machine.</source>
        <translation>Für diese Maschine sind keine Aufträge geplant.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="149"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="191"/>
        <source>Queue of %s (%s), by priority, then due date</source>
        <translation>Warteschlange von %s (%s), nach Priorität, dann Fälligkeit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="196"/>
        <source>a note from the previous shift waits</source>
        <translation>eine Notiz der vorigen Schicht wartet</translation>
    </message>
</context>
<context>
    <name>KeptLabels</name>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="128"/>
        <source>Goods in: %s</source>
        <translation>Wareneingang: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="130"/>
        <source>(+%d)</source>
        <translation>(+%d)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="133"/>
        <source>Tap to receive</source>
        <translation>Zum Annehmen antippen</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keyboard.py" line="74"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keyboard.py" line="75"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keypad.py" line="86"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keypad.py" line="87"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MachineDownScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="92"/>
        <source>Out of order</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="153"/>
        <source>What is wrong with %s?</source>
        <translation>Was fehlt %s?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="154"/>
        <source>Note: %s</source>
        <translation>Notiz: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="154"/>
        <source>Add a note (optional)</source>
        <translation>Notiz hinzufügen (optional)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="155"/>
        <source>Mark %s out of order</source>
        <translation>%s als außer Betrieb melden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="159"/>
        <source>Open marks on %s: %s</source>
        <translation>Offene Störmeldungen an %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="159"/>
        <source>%s has no open marks.</source>
        <translation>%s hat keine offenen Störmeldungen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="162"/>
        <source>Back in service:
clear %s marks</source>
        <translation>Wieder in Betrieb:
%s Störmeldungen aufheben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="163"/>
        <source>Back in service:
clear 1 mark</source>
        <translation>Wieder in Betrieb:
1 Störmeldung aufheben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="168"/>
        <source>Only maintenance puts a machine back in service.</source>
        <translation>Nur die Instandhaltung nimmt eine Maschine wieder in Betrieb.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="175"/>
        <source>Note for maintenance</source>
        <translation>Notiz für die Instandhaltung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="175"/>
        <source>Use this note</source>
        <translation>Diese Notiz verwenden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="192"/>
        <source>%s is marked out of order. Maintenance is told.</source>
        <translation>%s ist als außer Betrieb gemeldet. Die Instandhaltung ist informiert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="205"/>
        <source>%s goes back in service: 1 mark is cleared.</source>
        <translation>%s geht wieder in Betrieb: 1 Störmeldung ist aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="207"/>
        <source>%s goes back in service: %s marks are cleared.</source>
        <translation>%s geht wieder in Betrieb: %s Störmeldungen sind aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="212"/>
        <source>Sign: %s back in service</source>
        <translation>Unterschreiben: %s wieder in Betrieb</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="220"/>
        <source>Cleared %s; %s raised meanwhile stay open (not seen when you cleared).</source>
        <translation>%s aufgehoben; inzwischen gemeldete %s bleiben offen (beim Aufheben nicht gesehen).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="223"/>
        <source>%s is back in service.</source>
        <translation>%s ist wieder in Betrieb.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="285"/>
        <source>floorstation – %s</source>
        <extracomment>How often the station view, sync state and device health are read again (seconds). The side menu, in order of use at a machine; on a short screen the last ones go under &quot;More&quot;. A goods-in station&apos;s menu starts with its own screen (elsewhere a supplier&apos;s label opens goods-in anyway).</extracomment>
        <translation>floorstation – %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="295"/>
        <source>The terminal speaks English now.</source>
        <translation>Das Terminal spricht jetzt Englisch.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="295"/>
        <source>Language changed.</source>
        <translation>Das Terminal spricht jetzt Deutsch.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="342"/>
        <source>Scan a badge, lot, machine or pallet label at any time.</source>
        <translation>Jederzeit einen Ausweis, eine Charge, eine Maschine oder ein Palettenetikett scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="324"/>
        <source>No task is running here: open one from the queue.</source>
        <translation>Hier läuft kein Auftrag: einen aus der Warteschlange öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="346"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="355"/>
        <source>Something went wrong inside floorstation (%s). Try again; if it keeps happening, tell the shift lead.</source>
        <translation>In floorstation ist etwas schiefgegangen (%s). Erneut versuchen; passiert es wieder, dem Schichtleiter Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="392"/>
        <source>The server set this terminal&apos;s mode: %s.</source>
        <translation>Der Server hat den Modus dieses Terminals festgelegt: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="394"/>
        <source>The server changed this station&apos;s settings: restart the terminal to use them.</source>
        <translation>Der Server hat die Einstellungen dieser Station geändert: Starten Sie das Terminal neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="402"/>
        <source>demo panel</source>
        <translation>Demo-Tafel</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="93"/>
        <source>Still signed in after the restart: %s. Tap your name at the top to act, then open your task.</source>
        <translation>Nach dem Neustart noch angemeldet: %s. Oben auf den eigenen Namen tippen, dann die eigene Aufgabe öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="114"/>
        <source>Back after a restart: %s, your task %s is open.</source>
        <translation>Nach einem Neustart zurück: %s, Aufgabe %s ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="118"/>
        <source>Back after a restart: %s is still signed in.</source>
        <translation>Nach einem Neustart zurück: %s ist noch angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_outcomes.py" line="129"/>
        <source>This terminal now shows %s.</source>
        <translation>Dieses Terminal zeigt jetzt %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_outcomes.py" line="167"/>
        <source>Scan not recognised: %s</source>
        <translation>Scan nicht erkannt: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_outcomes.py" line="180"/>
        <source>Supplier label %s kept for goods in: tap it below the screen when you want to receive it.</source>
        <translation>Lieferantenetikett %s für den Wareneingang vorgemerkt: zum Annehmen unten am Bildschirm antippen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/stray_typing.py" line="34"/>
        <source>Typed &quot;%s&quot;, but no field is open to take it: tap the field first, then type.</source>
        <extracomment>Typing that reached no field is pointed out this long after the last key (milliseconds).</extracomment>
        <translation>„%s“ eingegeben, aber kein Feld ist dafür offen: zuerst das Feld antippen, dann eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="463"/>
        <source>Print queue</source>
        <translation>Druckwarteschlange</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="469"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="484"/>
        <source>This terminal is a %s now.</source>
        <translation>Dieses Terminal ist jetzt: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="493"/>
        <source>Goods in: %s</source>
        <translation>Wareneingang: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="49"/>
        <source>Signed out after no one touched the terminal: %s.</source>
        <extracomment>How often the terminal looks whether a shift ended or someone was not seen for the idle time (milliseconds).</extracomment>
        <translation>Abgemeldet, weil niemand das Terminal berührt hat: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="67"/>
        <source>The shift ended: everyone was signed out. Scan your badge to sign in.</source>
        <translation>Die Schicht ist zu Ende: alle wurden abgemeldet. Zum Anmelden den Ausweis scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="76"/>
        <source>Signed out after a while without being seen here: %s.</source>
        <translation>Abgemeldet nach längerer Zeit ohne Aktivität hier: %s.</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/nav_rail.py" line="42"/>
        <source>More …</source>
        <translation>Mehr …</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/overlay.py" line="54"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/overlay.py" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PalletCardPreview</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="73"/>
        <source>Build or pick a pallet
to see its card</source>
        <translation>Palette bilden oder wählen,
um ihre Karte zu sehen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="94"/>
        <source>PALLET CARD</source>
        <translation>PALETTENKARTE</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="99"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="101"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="112"/>
        <source>GS1-128 barcode here on the printed card</source>
        <translation>GS1-128-Barcode hier auf der gedruckten Karte</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="142"/>
        <source>VOID</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="142"/>
        <source>REPRINT</source>
        <translation>NACHDRUCK</translation>
    </message>
</context>
<context>
    <name>PalletScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="134"/>
        <source>Build a pallet</source>
        <extracomment>Without a printer set up, a card printed by other means is recorded with this printer name.</extracomment>
        <translation>Palette bilden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="135"/>
        <source>Lot: scan its card or tap it</source>
        <translation>Charge: Karte scannen oder antippen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="136"/>
        <source>Build pallet</source>
        <translation>Palette bilden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="137"/>
        <source>Lot card</source>
        <translation>Chargenkarte</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="138"/>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="139"/>
        <source>Pallets built here</source>
        <translation>Hier gebildete Paletten</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="145"/>
        <source>Pallet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="168"/>
        <source>%s free</source>
        <translation>%s frei</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="212"/>
        <source>Only a shift lead builds and voids pallets: scan a shift lead&apos;s badge.</source>
        <translation>Nur ein Schichtleiter bildet und storniert Paletten: den Ausweis eines Schichtleiters scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="219"/>
        <source>Quantity: %s %s</source>
        <translation>Menge: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="225"/>
        <source>Record reprint</source>
        <translation>Nachdruck erfassen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="225"/>
        <source>Record card printed</source>
        <translation>Gedruckte Karte erfassen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="227"/>
        <source>Reprint card</source>
        <translation>Karte nachdrucken</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="227"/>
        <source>Print card</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="235"/>
        <source>Printer: %s</source>
        <translation>Drucker: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="238"/>
        <source>Cards print on %s.</source>
        <translation>Karten werden auf %s gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="240"/>
        <source>No printer is set up here: print the card by other means, then record it.</source>
        <translation>Hier ist kein Drucker eingerichtet: die Karte anderweitig drucken und dann erfassen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="289"/>
        <source>Use this quantity</source>
        <translation>Diese Menge verwenden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="295"/>
        <source>How much of %s goes on the pallet?</source>
        <translation>Wie viel von %s kommt auf die Palette?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="295"/>
        <source>the lot</source>
        <translation>der Charge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="312"/>
        <source>Pallet %s built: %s %s of %s.</source>
        <translation>Palette %s gebildet: %s %s von %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="341"/>
        <source>pallet card</source>
        <translation>Palettenkarte</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="341"/>
        <source>lot card</source>
        <translation>Chargenkarte</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="342"/>
        <source>The %s for %s was printed before. Print it again?</source>
        <translation>Die %s für %s wurde schon gedruckt. Erneut drucken?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="346"/>
        <source>Reprint?</source>
        <translation>Nachdrucken?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="369"/>
        <source>Reprint of the card for %s recorded.</source>
        <translation>Nachdruck der Karte für %s erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="369"/>
        <source>Card for %s recorded.</source>
        <translation>Karte für %s erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="390"/>
        <source>The reprint of the card for %s</source>
        <translation>Der Nachdruck der Karte für %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="390"/>
        <source>The card for %s</source>
        <translation>Die Karte für %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="393"/>
        <source>%s is waiting for printer %s.</source>
        <translation>%s wartet auf Drucker %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="394"/>
        <source>%s is printing on %s …</source>
        <translation>%s wird auf %s gedruckt …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="395"/>
        <source>%s was printed on %s.</source>
        <translation>%s wurde auf %s gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="396"/>
        <source>%s cannot print on %s.</source>
        <translation>%s kann auf %s nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="397"/>
        <source>%s may not have come out of %s: check the printer.</source>
        <translation>%s ist aus %s vielleicht nicht herausgekommen: den Drucker prüfen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="398"/>
        <source>%s was cancelled (%s).</source>
        <translation>%s wurde abgebrochen (%s).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="404"/>
        <source>It prints by itself once the printer is ready.</source>
        <translation>Sie wird von selbst gedruckt, sobald der Drucker bereit ist.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="420"/>
        <source>Void pallet %s</source>
        <translation>Palette %s stornieren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="428"/>
        <source>Tap a reason or type one, then void.</source>
        <translation>Einen Grund antippen oder eingeben, dann stornieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="434"/>
        <source>Pallet %s is voided because: %s</source>
        <translation>Palette %s wird storniert, weil: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="438"/>
        <source>Sign: void pallet %s</source>
        <translation>Unterschreiben: Palette %s stornieren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="444"/>
        <source>Pallet %s is void: %s %s of %s are free for a new pallet.</source>
        <translation>Palette %s ist storniert: %s %s von %s sind frei für eine neue Palette.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="458"/>
        <source>Lot %s has nothing left to put on a pallet here.</source>
        <translation>Von Charge %s ist hier nichts mehr zum Palettieren übrig.</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="30"/>
        <source>Why are you stopping? One tap pauses the task.</source>
        <translation>Warum wird angehalten? Ein Tippen pausiert den Auftrag.</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pin_entry.py" line="51"/>
        <source>Type your PIN</source>
        <translation>PIN eingeben</translation>
    </message>
</context>
<context>
    <name>PrintJobsPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="146"/>
        <source>Back to the list</source>
        <extracomment>How often the open jobs are read again while the panel is on screen (milliseconds).</extracomment>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="155"/>
        <source>No printer is set up at this terminal (see [[printer]] in station.toml).</source>
        <translation>An diesem Terminal ist kein Drucker eingerichtet (siehe [[printer]] in station.toml).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="158"/>
        <source>Reading the print queue …</source>
        <translation>Druckwarteschlange wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="161"/>
        <source>Every card has printed: nothing is waiting.</source>
        <translation>Alle Karten sind gedruckt: nichts wartet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="163"/>
        <source>%n card(s) not printed yet</source>
        <translation>
            <numerusform>%n Karte noch nicht gedruckt</numerusform>
            <numerusform>%n Karten noch nicht gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="166"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="167"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="177"/>
        <source>Pallet card %s</source>
        <translation>Palettenkarte %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="179"/>
        <source>Lot card %s</source>
        <translation>Chargenkarte %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="180"/>
        <source>REPRINT</source>
        <translation>NACHDRUCK</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="184"/>
        <source>waiting for the printer</source>
        <translation>wartet auf den Drucker</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="184"/>
        <source>waiting to print</source>
        <translation>wartet auf den Druck</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="186"/>
        <source>printing</source>
        <translation>im Druck</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="187"/>
        <source>may have printed</source>
        <translation>vielleicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="188"/>
        <source>cannot print</source>
        <translation>kann nicht drucken</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="189"/>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="190"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="201"/>
        <source>queued just now</source>
        <translation>gerade eingereiht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="203"/>
        <source>queued %n min ago</source>
        <translation>
            <numerusform>vor %n Min. eingereiht</numerusform>
            <numerusform>vor %n Min. eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="204"/>
        <source>queued %n h ago</source>
        <translation>
            <numerusform>vor %n Std. eingereiht</numerusform>
            <numerusform>vor %n Std. eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="208"/>
        <source>on %s</source>
        <translation>auf %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="212"/>
        <source>The station stopped while sending this card: look at the printer before you retry.</source>
        <translation>Die Station wurde beim Senden dieser Karte beendet: vor einem neuen Versuch den Drucker ansehen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="234"/>
        <source>Print %s again?</source>
        <translation>%s erneut drucken?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="237"/>
        <source>The station stopped while sending it, so it may have come out already. Look at the printer: print it again only if no card came out, or there will be two.</source>
        <translation>Die Station wurde beim Senden beendet, die Karte ist also vielleicht schon heraus. Den Drucker ansehen: nur erneut drucken, wenn keine Karte herausgekommen ist, sonst gibt es zwei.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="241"/>
        <source>No, leave it</source>
        <translation>Nein, so lassen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="242"/>
        <source>Yes, no card came out:
print it again</source>
        <translation>Ja, keine Karte kam heraus:
erneut drucken</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="244"/>
        <source>Did %s come out of the printer?</source>
        <translation>Ist %s aus dem Drucker gekommen?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="247"/>
        <source>Yes: the job is closed and the card is recorded as printed. No: the job is closed and nothing is recorded; print the card again from its screen when you need it.</source>
        <translation>Ja: der Auftrag wird geschlossen und die Karte als gedruckt erfasst. Nein: der Auftrag wird geschlossen und nichts erfasst; die Karte bei Bedarf von ihrem Bildschirm aus erneut drucken.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="251"/>
        <source>No, nothing came out</source>
        <translation>Nein, nichts kam heraus</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="252"/>
        <source>Yes, it printed</source>
        <translation>Ja, sie wurde gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="278"/>
        <source>%s goes to %s again now.</source>
        <translation>%s geht jetzt erneut an %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="295"/>
        <source>%s was taken out of the print queue.</source>
        <translation>%s wurde aus der Druckwarteschlange genommen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="303"/>
        <source>%s is recorded as printed.</source>
        <translation>%s ist als gedruckt erfasst.</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="95"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="98"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="99"/>
        <source>Hold the lot</source>
        <translation>Charge sperren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="100"/>
        <source>Release the lot</source>
        <translation>Charge freigeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="128"/>
        <source>Lot code</source>
        <translation>Chargencode</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="128"/>
        <source>Show the lot</source>
        <translation>Charge anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="150"/>
        <source>RELEASED</source>
        <translation>FREIGEGEBEN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="151"/>
        <source>ON HOLD</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="152"/>
        <source>RECALLED</source>
        <translation>ZURÜCKGERUFEN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="156"/>
        <source>Lot: scan its label or tap to type</source>
        <translation>Charge: Etikett scannen oder zum Eingeben antippen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="161"/>
        <source>Scan a lot label, or tap the box above to type its code.</source>
        <translation>Ein Chargenetikett scannen oder oben in das Feld tippen, um den Code einzugeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="167"/>
        <source>Lot %s · %s</source>
        <translation>Charge %s · %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="170"/>
        <source>Held by %s on %s: %s</source>
        <translation>Gesperrt von %s am %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="171"/>
        <source>Released by %s on %s: %s</source>
        <translation>Freigegeben von %s am %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="176"/>
        <source>A recall is undone only centrally by quality on the server.</source>
        <translation>Ein Rückruf wird nur zentral von der Qualitätssicherung auf dem Server aufgehoben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="188"/>
        <source>Reason, in your words</source>
        <translation>Grund, in eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="188"/>
        <source>Use this reason</source>
        <translation>Diesen Grund verwenden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="202"/>
        <source>Reason: %s</source>
        <translation>Grund: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="202"/>
        <source>Type another reason</source>
        <translation>Anderen Grund eingeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="209"/>
        <source>Only quality holds or releases a lot: a quality person must sign in and do it.</source>
        <translation>Nur die Qualitätssicherung sperrt oder gibt eine Charge frei: eine Person der Qualitätssicherung muss sich anmelden und es tun.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="213"/>
        <source>Lot %s is recalled: it is not released here.</source>
        <translation>Charge %s ist zurückgerufen: sie wird hier nicht freigegeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="215"/>
        <source>Tap a reason or type one.</source>
        <translation>Einen Grund antippen oder eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="230"/>
        <source>Lot %s goes on hold.</source>
        <translation>Charge %s wird gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="230"/>
        <source>Lot %s is released.</source>
        <translation>Charge %s ist freigegeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="234"/>
        <source>Sign: hold lot %s</source>
        <translation>Unterschreiben: Charge %s sperren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="234"/>
        <source>Sign: release lot %s</source>
        <translation>Unterschreiben: Charge %s freigeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="245"/>
        <source>Lot %s is on hold: it cannot be used until released.</source>
        <translation>Charge %s ist gesperrt: sie kann bis zur Freigabe nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="247"/>
        <source>Lot %s is released: it may be used again.</source>
        <translation>Charge %s ist freigegeben: sie darf wieder verwendet werden.</translation>
    </message>
</context>
<context>
    <name>QuantityPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="129"/>
        <source>The next lot you scan records this quantity. Without it, the quantity comes from the BOM.</source>
        <translation>Die nächste gescannte Charge erfasst diese Menge. Ohne sie kommt die Menge aus der Stückliste.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="142"/>
        <source>Use for
next scan</source>
        <translation>Für den
nächsten Scan</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="151"/>
        <source>Use the BOM quantity</source>
        <translation>Menge laut Stückliste verwenden</translation>
    </message>
</context>
<context>
    <name>QueueCard</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="71"/>
        <source>done %s / %s %s</source>
        <translation>fertig %s / %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="80"/>
        <source>BOM</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="83"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="107"/>
        <source>due %s</source>
        <translation>fällig %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="107"/>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="109"/>
        <source>priority %s</source>
        <translation>Priorität %s</translation>
    </message>
</context>
<context>
    <name>ReceiptRow</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="34"/>
        <source>no expiry</source>
        <translation>kein Verfall</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="37"/>
        <source>supplier lot %s · %s %s · expires %s</source>
        <translation>Lieferantencharge %s · %s %s · verfällt %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="43"/>
        <source>Reprint card</source>
        <translation>Karte nachdrucken</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="43"/>
        <source>Print card</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="46"/>
        <source>Preview card</source>
        <translation>Kartenvorschau</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="148"/>
        <source>Nobody may override this at the station.</source>
        <translation>Niemand darf dies an der Station freigeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="150"/>
        <source>A quality person may sign this.</source>
        <translation>Eine Person der Qualitätssicherung kann dies unterschreiben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="152"/>
        <source>A shift lead may override.</source>
        <translation>Ein Schichtleiter kann freigeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="154"/>
        <source>May override: %s.</source>
        <translation>Darf freigeben: %s.</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="64"/>
        <source>No override reason of the plant&apos;s answers all of these together: put the lot aside.</source>
        <translation>Kein Freigabegrund des Werks deckt all dies zusammen ab: die Charge beiseitelegen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="73"/>
        <source>Put the lot aside</source>
        <translation>Charge beiseitelegen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="77"/>
        <source>Quality signature</source>
        <translation>Unterschrift Qualitätssicherung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="79"/>
        <source>Shift lead override</source>
        <translation>Freigabe durch Schichtleiter</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="81"/>
        <source>Override</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="95"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="134"/>
        <source>Pick the reason for the override.</source>
        <translation>Den Grund der Freigabe wählen.</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="174"/>
        <source>No, it was one scan</source>
        <translation>Nein, es war ein Scan</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="176"/>
        <source>Yes, record it again</source>
        <translation>Ja, erneut erfassen</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="27"/>
        <source>The new card says REPRINT, and the log records it as a reprint.</source>
        <translation>Die neue Karte trägt den Vermerk NACHDRUCK, und das Protokoll erfasst sie als Nachdruck.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="30"/>
        <source>No, keep the card I have</source>
        <translation>Nein, die vorhandene Karte behalten</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="32"/>
        <source>Yes, reprint</source>
        <translation>Ja, nachdrucken</translation>
    </message>
</context>
<context>
    <name>ScanToast</name>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="52"/>
        <source>Read: %s</source>
        <translation>Gelesen: %s</translation>
    </message>
</context>
<context>
    <name>ScreenContext</name>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="139"/>
        <source>Scan your badge first (or sign in with your name and PIN).</source>
        <translation>Zuerst den Ausweis scannen (oder mit Namen und PIN anmelden).</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="149"/>
        <source>Settings</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="152"/>
        <source>Settings (admin)</source>
        <translation>Einstellungen (Admin)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="153"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="155"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="156"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="317"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="157"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="328"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="158"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="159"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="163"/>
        <source>Print queue</source>
        <translation>Druckwarteschlange</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="164"/>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="232"/>
        <source>locked: bound to the event log</source>
        <translation>gesperrt: an das Ereignisprotokoll gebunden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="235"/>
        <source>Station id</source>
        <translation>Stations-ID</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="236"/>
        <source>Log epoch</source>
        <translation>Protokollepoche</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="237"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="238"/>
        <source>Station code (goods-in lots)</source>
        <translation>Stationscode (Wareneingangschargen)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="239"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="239"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="240"/>
        <source>SSCC range</source>
        <translation>SSCC-Bereich</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="241"/>
        <source>Lot codes</source>
        <translation>Chargencodes</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="244"/>
        <source>Idle sign-out</source>
        <translation>Abmeldung bei Untätigkeit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="245"/>
        <source>after %s s</source>
        <translation>nach %s s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="247"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="351"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="249"/>
        <source>PIN after a badge scan</source>
        <translation>PIN nach Ausweisscan</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="249"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="326"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="249"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="326"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="252"/>
        <source>The station id and the epoch are part of every event this station recorded: changing them would fork its log, so they never change here. The rest is set in station.toml and read when the terminal starts.</source>
        <translation>Stations-ID und Epoche sind Teil jedes Ereignisses, das diese Station erfasst hat: eine Änderung würde ihr Protokoll aufspalten, daher ändern sie sich hier nie. Der Rest wird in station.toml eingestellt und beim Start des Terminals gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="258"/>
        <source>Warning: this station makes SSCCs from the default range of station.toml. Another station left on it makes the same SSCCs: enroll this station with the server, which gives it a block of its own.</source>
        <translation>Achtung: diese Station bildet SSCCs aus dem Standardbereich von station.toml. Eine andere Station mit demselben Bereich bildet dieselben SSCCs: diese Station beim Server registrieren, der ihr einen eigenen Block gibt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="273"/>
        <source>given by the server at enrollment</source>
        <translation>vom Server bei der Registrierung vergeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="275"/>
        <source>from station.toml: not enrolled</source>
        <translation>aus station.toml: nicht registriert</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="282"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="283"/>
        <source>listening</source>
        <translation>hört zu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="284"/>
        <source>set up</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="285"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="286"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="287"/>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="290"/>
        <source>keyboard scanner</source>
        <translation>Tastaturscanner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="291"/>
        <source>serial scanner</source>
        <translation>serieller Scanner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="292"/>
        <source>USB scanner</source>
        <translation>USB-Scanner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="293"/>
        <source>scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="294"/>
        <source>camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="295"/>
        <source>printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="308"/>
        <source>not watched</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="317"/>
        <source>none set up in station.toml</source>
        <translation>keiner in station.toml eingerichtet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="318"/>
        <source>Live states; scanners, cameras and printers are set up in station.toml.</source>
        <translation>Aktuelle Zustände; Scanner, Kameras und Drucker werden in station.toml eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="324"/>
        <source>checking …</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="324"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="328"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="329"/>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="336"/>
        <source>No sync worker runs on this terminal.</source>
        <translation>Auf diesem Terminal läuft keine Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="339"/>
        <source>Nothing is lost: the refused events stay on this station and are offered again every round, and the events after them wait behind them. Tell the server admin what the server said above; sync goes on by itself once the server takes them.</source>
        <translation>Nichts geht verloren: die abgelehnten Ereignisse bleiben auf dieser Station und werden in jeder Runde erneut angeboten; die späteren warten dahinter. Dem Server-Admin mitteilen, was der Server oben gesagt hat; die Synchronisierung geht von selbst weiter, sobald der Server sie annimmt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="345"/>
        <source>Nothing is lost: the events stay on this station and go up by themselves once the server answers. If it lasts, check the network and ask IT whether the server is running.</source>
        <translation>Nichts geht verloren: die Ereignisse bleiben auf dieser Station und werden von selbst gesendet, sobald der Server antwortet. Dauert es an, das Netzwerk prüfen und die IT fragen, ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="349"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="358"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="349"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="349"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="350"/>
        <source>Events not synced yet</source>
        <translation>Noch nicht synchronisierte Ereignisse</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="351"/>
        <source>Last full sync</source>
        <translation>Letzte vollständige Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="352"/>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="355"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="358"/>
        <source>sync is not set up</source>
        <translation>Synchronisierung ist nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="361"/>
        <source>To enrol this station (again), scan the QR code the office shows for it while this page is open.</source>
        <translation>Um diese Station (neu) anzumelden, scannen Sie bei geöffneter Seite den QR-Code, den das Büro für sie anzeigt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="369"/>
        <source>This terminal&apos;s version</source>
        <translation>Version dieses Terminals</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="370"/>
        <source>The plant runs</source>
        <translation>Das Werk verwendet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="370"/>
        <source>not heard from the server yet</source>
        <translation>noch keine Antwort vom Server</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="374"/>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="374"/>
        <source>This terminal is behind the plant: ask IT to update it.</source>
        <translation>Dieses Terminal ist älter als die Werksversion: Bitten Sie die IT, es zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="379"/>
        <source>not used: %s</source>
        <translation>nicht verwendet: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="381"/>
        <source>restart the terminal to use: %s</source>
        <translation>Terminal neu starten, um zu verwenden: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="383"/>
        <source>in use (station.toml overrides them key by key)</source>
        <translation>in Gebrauch (station.toml hat Vorrang, Schlüssel für Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="384"/>
        <source>Settings from the server</source>
        <translation>Einstellungen vom Server</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="395"/>
        <source>The terminal&apos;s language (the whole screen changes at once):</source>
        <translation>Sprache des Terminals (der ganze Bildschirm wechselt sofort):</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="409"/>
        <source>Not installed: %s (run &apos;make translations&apos;).</source>
        <translation>Nicht installiert: %s (&apos;make translations&apos; ausführen).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="420"/>
        <source>What this terminal is for (the screen people land on after signing in):</source>
        <translation>Wofür dieses Terminal da ist (der Bildschirm nach der Anmeldung):</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="432"/>
        <source>Every other screen stays in the menu. The mode is remembered in station.toml.</source>
        <translation>Alle anderen Bildschirme bleiben im Menü. Der Modus wird in station.toml gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="450"/>
        <source>That language is not installed on this terminal.</source>
        <translation>Diese Sprache ist auf diesem Terminal nicht installiert.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="106"/>
        <source>Scan your badge</source>
        <translation>Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="107"/>
        <source>… or tap your name and type your PIN</source>
        <translation>… oder Namen antippen und PIN eingeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="108"/>
        <source>Signed in here</source>
        <translation>Hier angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="109"/>
        <source>Nobody yet.</source>
        <translation>Noch niemand.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="110"/>
        <source>Close terminal (admin)</source>
        <translation>Terminal schließen (Admin)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="112"/>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="159"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="115"/>
        <source>Not enrolled with the plant&apos;s server yet: records stay here. To enrol, scan the QR code the office shows for this station.</source>
        <translation>Noch nicht beim Werksserver angemeldet: Die Buchungen bleiben hier. Zum Anmelden den QR-Code scannen, den das Büro für diese Station anzeigt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="126"/>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="171"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="171"/>
        <source>PIN for %s</source>
        <translation>PIN für %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="174"/>
        <source>Sign in: %s</source>
        <translation>Anmelden: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="209"/>
        <source>A note from the previous shift is waiting: open the task to read it.</source>
        <translation>Eine Notiz der vorigen Schicht wartet: den Auftrag öffnen, um sie zu lesen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="217"/>
        <source>%s: signed in. Scan a supplier label to receive a lot.</source>
        <translation>%s: angemeldet. Ein Lieferantenetikett scannen, um eine Charge anzunehmen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="219"/>
        <source>%s: signed in. Choose the customer, then scan each pallet as it is loaded.</source>
        <translation>%s: angemeldet. Den Kunden wählen, dann jede Palette beim Verladen scannen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="221"/>
        <source>%s: signed in. Tap a task to work on it.</source>
        <translation>%s: angemeldet. Einen Auftrag antippen, um daran zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="223"/>
        <source>%s: signed in. Open Out of order to mark a machine down or put it back in service.</source>
        <translation>%s: angemeldet. Störung öffnen, um eine Maschine als außer Betrieb zu melden oder wieder in Betrieb zu nehmen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="225"/>
        <source>%s: signed in. Scan a lot or pallet to trace it; Quality holds and releases lots.</source>
        <translation>%s: angemeldet. Eine Charge oder Palette scannen, um sie zu verfolgen; unter Qualität Chargen sperren und freigeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="226"/>
        <source>%s: signed in.</source>
        <translation>%s: angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="235"/>
        <source>%s: signed out.</source>
        <translation>%s: abgemeldet.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="23"/>
        <source>I approve this override</source>
        <translation>Ich genehmige diese Freigabe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="24"/>
        <source>I confirm the machine is fixed</source>
        <translation>Ich bestätige, dass die Maschine repariert ist</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="25"/>
        <source>Lot held</source>
        <translation>Charge gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="26"/>
        <source>Lot released</source>
        <translation>Charge freigegeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="27"/>
        <source>Pallet voided</source>
        <translation>Palette storniert</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="34"/>
        <source>shift lead</source>
        <translation>Schichtleiter</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="35"/>
        <source>maintenance</source>
        <translation>Instandhaltung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="36"/>
        <source>quality</source>
        <translation>Qualitätssicherung</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="67"/>
        <source>PIN of the person signing</source>
        <translation>PIN der unterschreibenden Person</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="68"/>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="78"/>
        <source>Signing means: “%s”</source>
        <translation>Unterschreiben bedeutet: „%s“</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="80"/>
        <source>Who signs (%s): scan your badge or tap your name, then type your PIN.</source>
        <translation>Wer unterschreibt (%s): Ausweis scannen oder Namen antippen, dann PIN eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="97"/>
        <source>Scan your badge or tap your name first, then type your PIN.</source>
        <translation>Zuerst Ausweis scannen oder Namen antippen, dann PIN eingeben.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="196"/>
        <source>Nobody signed in: scan your badge</source>
        <extracomment>Chips shown at most; the rest are summed up in a &quot;+N&quot; chip that leads to the sign-in screen.</extracomment>
        <translation>Niemand angemeldet: Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="205"/>
        <source>RUNNING</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="206"/>
        <source>IDLE</source>
        <translation>UNTÄTIG</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="207"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="208"/>
        <source>OUT OF ORDER</source>
        <translation>AUSSER BETRIEB</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="293"/>
        <source>sync not set up</source>
        <translation>Synchronisierung nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="299"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="304"/>
        <source>Sync: refused – see settings</source>
        <translation>Synchronisierung: abgelehnt – siehe Einstellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="295"/>
        <source>server not answering · %n to send</source>
        <translation>
            <numerusform>Server antwortet nicht · %n zu senden</numerusform>
            <numerusform>Server antwortet nicht · %n zu senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="297"/>
        <source>Waiting %1 s for the server&apos;s answer.</source>
        <translation>Wartet seit %1 s auf die Antwort des Servers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="299"/>
        <source>online · %n to send</source>
        <translation>
            <numerusform>online · %n zu senden</numerusform>
            <numerusform>online · %n zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="306"/>
        <source>offline · %n to send</source>
        <translation>
            <numerusform>offline · %n zu senden</numerusform>
            <numerusform>offline · %n zu senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="306"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="320"/>
        <source>Update due: %1</source>
        <translation>Update fällig: %1</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="323"/>
        <source>This terminal runs %1; ask IT to update it. Nothing recorded here is lost by the update.</source>
        <translation>Dieses Terminal verwendet %1; bitten Sie die IT, es zu aktualisieren. Durch die Aktualisierung geht nichts verloren, was hier gebucht wurde.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="327"/>
        <source>Restart due</source>
        <translation>Neustart nötig</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="328"/>
        <source>The server changed this station&apos;s settings; they take effect when it starts again.</source>
        <translation>Der Server hat die Einstellungen dieser Station geändert; sie gelten ab dem nächsten Start.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="342"/>
        <source>Clock is %n min off – call IT</source>
        <translation>
            <numerusform>Uhr weicht %n Min. ab – IT rufen</numerusform>
            <numerusform>Uhr weicht %n Min. ab – IT rufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="344"/>
        <source>Clock is %n days off – call IT</source>
        <translation>
            <numerusform>Uhr weicht %n Tag ab – IT rufen</numerusform>
            <numerusform>Uhr weicht %n Tage ab – IT rufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="347"/>
        <source>The server does not take holds and releases from a terminal whose clock is this far off.</source>
        <translation>Der Server nimmt keine Sperren und Freigaben von einem Terminal an, dessen Uhr so weit abweicht.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="354"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="354"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="354"/>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="356"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="357"/>
        <source>listening</source>
        <translation>hört zu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="358"/>
        <source>set up</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="359"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="360"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="361"/>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="63"/>
        <source>Scrap reason</source>
        <translation>Ausschussgrund</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="54"/>
        <source>Stop for now</source>
        <translation>Vorerst stoppen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="71"/>
        <source>Operation finished</source>
        <translation>Arbeitsgang fertig</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="87"/>
        <source>Good: %s %s</source>
        <translation>Gut: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="88"/>
        <source>Scrap: %s %s</source>
        <translation>Ausschuss: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="96"/>
        <source>Pick the scrap reason, then press Stop again.</source>
        <translation>Den Ausschussgrund wählen, dann erneut Stopp drücken.</translation>
    </message>
</context>
<context>
    <name>TaskScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="174"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="175"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="176"/>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="177"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="178"/>
        <source>Type a
lot code</source>
        <translation>Chargencode
eingeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="179"/>
        <source>New lot</source>
        <translation>Neue Charge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="180"/>
        <source>Scan the lots you use</source>
        <translation>Verwendete Chargen scannen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="185"/>
        <source>Task</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="207"/>
        <source>No task open: pick one from the machine&apos;s queue on Home.</source>
        <translation>Kein Auftrag offen: einen aus der Warteschlange der Maschine auf Start wählen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="226"/>
        <source>%s (%s) on %s · done %s / %s %s</source>
        <translation>%s (%s) auf %s · fertig %s / %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="228"/>
        <source>scrap %s</source>
        <translation>Ausschuss %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="229"/>
        <source>rework %s</source>
        <translation>Nacharbeit %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="230"/>
        <source>crew: %s</source>
        <translation>Team: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="233"/>
        <source>Production lot: %s</source>
        <translation>Fertigungscharge: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="233"/>
        <source>opens at Start</source>
        <translation>wird bei Start eröffnet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="243"/>
        <source>, expires %s</source>
        <translation>, verfällt %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="245"/>
        <source>&amp;nbsp;&amp;nbsp;use first: &lt;b&gt;%s&lt;/b&gt;%s%s</source>
        <translation>&amp;nbsp;&amp;nbsp;zuerst verwenden: &lt;b&gt;%s&lt;/b&gt;%s%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="247"/>
        <source>no usable lot on record</source>
        <translation>keine verwendbare Charge im Bestand</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="248"/>
        <source>This task uses no materials.</source>
        <translation>Dieser Auftrag verbraucht kein Material.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="274"/>
        <source>A note from the previous shift</source>
        <translation>Eine Notiz der vorigen Schicht</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="297"/>
        <source>Join</source>
        <translation>Mitmachen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="297"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="305"/>
        <source>Next scan:
%s</source>
        <translation>Nächster Scan:
%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="305"/>
        <source>Next scan:
BOM quantity</source>
        <translation>Nächster Scan:
Menge laut Stückliste</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="333"/>
        <source>Started %s.</source>
        <translation>%s gestartet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="338"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="340"/>
        <source>Pause %s</source>
        <translation>%s pausieren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="343"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="352"/>
        <source>Count for %s: what did you make since the last count?</source>
        <translation>Zählung für %s: was wurde seit der letzten Zählung gefertigt?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="361"/>
        <source>Counted: %s good, %s scrap, %s rework.</source>
        <translation>Gezählt: %s gut, %s Ausschuss, %s Nacharbeit.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="382"/>
        <source>Stop %s: anything not counted yet?</source>
        <translation>%s stoppen: noch etwas nicht gezählt?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="386"/>
        <source>Operation finished: %s good, %s scrap.</source>
        <translation>Arbeitsgang fertig: %s gut, %s Ausschuss.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="388"/>
        <source>Stopped for now: %s good, %s scrap.</source>
        <translation>Vorerst gestoppt: %s gut, %s Ausschuss.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="438"/>
        <source>Note left for whoever takes over.</source>
        <translation>Notiz für die Übernahme hinterlassen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="442"/>
        <source>A note for whoever takes over? (Cancel: no note)</source>
        <translation>Eine Notiz für die Übernahme? (Abbrechen: keine Notiz)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="444"/>
        <source>Leave note</source>
        <translation>Notiz hinterlassen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="449"/>
        <source>A new production lot is open.</source>
        <translation>Eine neue Fertigungscharge ist eröffnet.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="455"/>
        <source>Quantity for the next scan</source>
        <translation>Menge für den nächsten Scan</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="463"/>
        <source>Use this lot</source>
        <translation>Diese Charge verwenden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="466"/>
        <source>Type the lot code from the label</source>
        <translation>Den Chargencode vom Etikett eingeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="522"/>
        <source>How much of lot %s did you use?</source>
        <translation>Wie viel von Charge %s wurde verbraucht?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="549"/>
        <source>Used %s %s of %s</source>
        <translation>%s %s von %s verbraucht</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="551"/>
        <source>(override: %s)</source>
        <translation>(Freigabe: %s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="553"/>
        <source>%s more than the lot has on record, within the plant&apos;s tolerance: tell your shift lead.</source>
        <translation>%s mehr als laut Bestand in der Charge, innerhalb der Toleranz des Werks: dem Schichtleiter Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="558"/>
        <source>Older lot %s not used: %s.</source>
        <translation>Ältere Charge %s nicht verwendet: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="589"/>
        <source>Lot %s expires before %s: why not use it?</source>
        <translation>Charge %s verfällt vor %s: warum nicht diese?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="595"/>
        <source>Lot %s cannot be used</source>
        <translation>Charge %s kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="600"/>
        <source>Same lot again?</source>
        <translation>Dieselbe Charge noch einmal?</translation>
    </message>
</context>
<context>
    <name>TraceScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="96"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="118"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="135"/>
        <source>Trace</source>
        <translation>Verfolgung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="97"/>
        <source>Hold / release</source>
        <translation>Sperren / freigeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="98"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="99"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="102"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="103"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="104"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="105"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="106"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="107"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="108"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="114"/>
        <source>Scan a lot or pallet label, or tap the box above to type its code.</source>
        <translation>Ein Chargen- oder Palettenetikett scannen oder oben in das Feld tippen, um den Code einzugeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="125"/>
        <source>Lot or SSCC: tap to type</source>
        <translation>Charge oder SSCC: zum Eingeben antippen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="138"/>
        <source>Lot code or SSCC</source>
        <translation>Chargencode oder SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="190"/>
        <source>, expires %s</source>
        <translation>, verfällt %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="191"/>
        <source>Lot %s (%s)</source>
        <translation>Charge %s (%s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="193"/>
        <source>Pallet %s holds</source>
        <translation>Palette %s enthält</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/trace.py" line="196"/>
        <source>%n link(s) back</source>
        <translation>
            <numerusform>%n Verknüpfung rückwärts</numerusform>
            <numerusform>%n Verknüpfungen rückwärts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/trace.py" line="197"/>
        <source>%n forward</source>
        <translation>
            <numerusform>%n vorwärts</numerusform>
            <numerusform>%n vorwärts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/trace.py" line="198"/>
        <source>%n pallet(s)</source>
        <translation>
            <numerusform>%n Palette</numerusform>
            <numerusform>%n Paletten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="203"/>
        <source>customers: %s</source>
        <translation>Kunden: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="215"/>
        <source>sources: this station, the server (asked %s)</source>
        <translation>Quellen: diese Station, der Server (gefragt %s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="219"/>
        <source>sources: this station, plant copy of %s</source>
        <translation>Quellen: diese Station, Werkskopie vom %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="221"/>
        <source>sources: this station (no plant copy yet)</source>
        <translation>Quellen: diese Station (noch keine Werkskopie)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="223"/>
        <source>; server not reachable</source>
        <translation>; Server nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="226"/>
        <source>plant copy</source>
        <translation>Werkskopie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="226"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="232"/>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="233"/>
        <source>on hold</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="234"/>
        <source>recalled</source>
        <translation>zurückgerufen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="235"/>
        <source>built</source>
        <translation>gebildet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="236"/>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="237"/>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="244"/>
        <source>back</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="244"/>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="261"/>
        <source>pallet</source>
        <translation>Palette</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="26"/>
        <location filename="../../src/floorstation/ui/locale_text.py" line="27"/>
        <source>pcs</source>
        <extracomment>Units of measure as master data writes them, said in the terminal&apos;s language.</extracomment>
        <translation>Stk.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="28"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="29"/>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="30"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="31"/>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="32"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="33"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="34"/>
        <source>roll</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="35"/>
        <source>box</source>
        <translation>Schachtel</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="36"/>
        <source>case</source>
        <translation>Karton</translation>
    </message>
</context>
<context>
    <name>UsedQuantityPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="198"/>
        <source>Left on record: %s</source>
        <translation>Laut Bestand übrig: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="187"/>
        <source>not in the bill of materials</source>
        <translation>nicht in der Stückliste</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="201"/>
        <source>BOM need for the rest of the order: %s</source>
        <translation>Bedarf laut Stückliste für den restlichen Auftrag: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="190"/>
        <source>Type the quantity you used, or confirm the proposal.</source>
        <translation>Die verbrauchte Menge eingeben oder den Vorschlag bestätigen.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="192"/>
        <source>Nothing of this lot is left on record: type the quantity you used.</source>
        <translation>Laut Bestand ist von dieser Charge nichts übrig: die verbrauchte Menge eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="204"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="205"/>
        <source>Type the quantity you used.</source>
        <translation>Die verbrauchte Menge eingeben.</translation>
    </message>
</context>
<context>
    <name>VoidPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="56"/>
        <source>Pallet %s will be void: its quantity goes back to the lot and its card must not be used.</source>
        <translation>Palette %s wird storniert: ihre Menge geht an die Charge zurück, und ihre Karte darf nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="60"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="62"/>
        <source>Void pallet</source>
        <translation>Palette stornieren</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="69"/>
        <source>Wrong quantity</source>
        <translation>Falsche Menge</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="69"/>
        <source>Damaged goods</source>
        <translation>Beschädigte Ware</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="69"/>
        <source>Card unreadable</source>
        <translation>Karte unlesbar</translation>
    </message>
</context>
<context>
    <name>WhoActs</name>
    <message>
        <location filename="../../src/floorstation/ui/who_acts.py" line="31"/>
        <source>%s acts at this terminal now.</source>
        <translation>%s arbeitet jetzt an diesem Terminal.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/who_acts.py" line="37"/>
        <source>Who acts: %s</source>
        <translation>Am Terminal: %s</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="60"/>
        <source>keyboard</source>
        <extracomment>Seconds a request may wait for the server&apos;s answer before the strip stops saying &quot;online&quot;. How each device state (``domain.devices.DeviceState``) looks on the strip (the theme&apos;s ``device`` looks). With several scanners, the best state wins (one working scanner is enough to scan).</extracomment>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="62"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
</context>
<context>
    <name>mode</name>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="32"/>
        <source>Production station</source>
        <translation>Produktionsstation</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="33"/>
        <source>Goods-in station</source>
        <translation>Wareneingangsstation</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="34"/>
        <source>Dispatch station</source>
        <translation>Versandstation</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="23"/>
        <source>RUNNING</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="24"/>
        <source>IDLE</source>
        <translation>UNTÄTIG</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="25"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="26"/>
        <source>OUT OF ORDER</source>
        <translation>AUSSER BETRIEB</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="34"/>
        <source>ORDER ON HOLD</source>
        <translation>AUFTRAG ANGEHALTEN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="35"/>
        <source>ORDER CLOSED</source>
        <translation>AUFTRAG ABGESCHLOSSEN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="36"/>
        <source>ORDER CANCELLED</source>
        <translation>AUFTRAG STORNIERT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="53"/>
        <source>per %s: </source>
        <translation>je %s: </translation>
    </message>
</context>
</TS>
