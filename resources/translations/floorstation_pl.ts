<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActingProofPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/acting_proof.py" line="26"/>
        <source>%s: scan your badge, or type your PIN, to act at this terminal.</source>
        <translation>%s: zeskanuj swój identyfikator albo wpisz PIN, aby działać na tym terminalu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/acting_proof.py" line="27"/>
        <source>Act</source>
        <translation>Działaj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/acting_proof.py" line="50"/>
        <source>%s acts at this terminal now.</source>
        <translation>%s działa teraz na tym terminalu.</translation>
    </message>
</context>
<context>
    <name>AdminClosePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="64"/>
        <source>Close terminal</source>
        <translation>Zamknij terminal</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <location filename="../../src/floorstation/ui/admin_gate.py" line="32"/>
        <source>Open
settings</source>
        <translation>Otwórz
ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/admin_gate.py" line="34"/>
        <source>Settings: admin only</source>
        <translation>Ustawienia: tylko administrator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/admin_gate.py" line="39"/>
        <source>Close the terminal</source>
        <translation>Zamknięcie terminala</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="25"/>
        <source>Admin: tap your name or scan your badge</source>
        <translation>Administrator: dotknij swojego nazwiska lub zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="32"/>
        <source>Admin PIN</source>
        <translation>PIN administratora</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="40"/>
        <source>Tap your name or scan your badge first.</source>
        <translation>Najpierw dotknij swojego nazwiska lub zeskanuj identyfikator.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="156"/>
        <source>Read last</source>
        <extracomment>How often the camera&apos;s state is read again while the panel is on screen (milliseconds).</extracomment>
        <translation>Ostatni odczyt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="157"/>
        <source>Use this scan</source>
        <translation>Użyj tego odczytu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="164"/>
        <source>No camera is set up at this station.</source>
        <translation>Na tej stacji nie ustawiono kamery.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="165"/>
        <source>Add a [[camera]] table to station.toml and restart the terminal.</source>
        <translation>Dodaj tabelę [[camera]] do station.toml i uruchom terminal ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="167"/>
        <source>Camera %s has not started yet.</source>
        <translation>Kamera %s jeszcze nie wystartowała.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="168"/>
        <source>It starts a moment after the terminal; if it never does, restart the terminal.</source>
        <translation>Startuje chwilę po terminalu; jeśli nie wystartuje, uruchom terminal ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="170"/>
        <source>Camera %s is connected: the picture is live.</source>
        <translation>Kamera %s jest podłączona: obraz na żywo.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="171"/>
        <source>Hold the label flat, about a hand&apos;s width from the lens, until it is read.</source>
        <translation>Trzymaj etykietę płasko, około szerokości dłoni od obiektywu, aż zostanie odczytana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="173"/>
        <source>Camera %s is connected, but no pictures have come yet.</source>
        <translation>Kamera %s jest podłączona, ale nie przysłała jeszcze obrazu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="174"/>
        <source>Wait a few seconds; if the picture stays dark, check the lens cover and the light.</source>
        <translation>Poczekaj kilka sekund; jeśli obraz pozostaje ciemny, sprawdź osłonę obiektywu i oświetlenie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="176"/>
        <source>Camera %s sends no pictures: %s</source>
        <translation>Kamera %s nie przesyła obrazu: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="177"/>
        <source>Check its cable (or the network for an IP camera); it is looked for again by itself.</source>
        <translation>Sprawdź jej kabel (albo sieć dla kamery IP); terminal sam szuka jej ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="179"/>
        <source>Camera %s cannot be used: %s</source>
        <translation>Kamery %s nie można użyć: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="181"/>
        <source>Check that no other program uses it and that the terminal may open it; then restart the terminal. If it stays, call maintenance.</source>
        <translation>Sprawdź, czy nie używa jej inny program i czy terminal ma do niej dostęp; potem uruchom terminal ponownie. Jeśli to nie pomoże, wezwij utrzymanie ruchu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="196"/>
        <source>nothing yet</source>
        <translation>jeszcze nic</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="197"/>
        <source>Hold a label in front of the camera.</source>
        <translation>Przytrzymaj etykietę przed kamerą.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="201"/>
        <source>Not a code this station knows.</source>
        <translation>Tego kodu ta stacja nie zna.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="204"/>
        <source>a badge</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="205"/>
        <source>a lot</source>
        <translation>partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="206"/>
        <source>a pallet</source>
        <translation>paleta</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="207"/>
        <source>a machine</source>
        <translation>maszyna</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="208"/>
        <source>a task</source>
        <translation>zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="209"/>
        <source>a supplier&apos;s label</source>
        <translation>etykieta dostawcy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="212"/>
        <source>This is %s: %s</source>
        <translation>To jest %s: %s</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/camera_preview.py" line="99"/>
        <source>No picture from the camera</source>
        <translation>Brak obrazu z kamery</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="45"/>
        <source>Scrap by reason (tap a reason, type how many)</source>
        <translation>Braki wg przyczyny (dotknij przyczyny, wpisz ilość)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="36"/>
        <source>Record count</source>
        <translation>Zapisz zliczenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="74"/>
        <source>Good: %s</source>
        <translation>Dobre: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="75"/>
        <source>Rework: %s</source>
        <translation>Poprawki: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/count_panels.py" line="86"/>
        <source>Type a quantity first: tap Good, Rework or a scrap reason, then the number.</source>
        <translation>Najpierw wpisz ilość: dotknij Dobre, Poprawki lub przyczyny braków, potem liczbę.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../src/floorstation/ui/crash.py" line="66"/>
        <source>the station&apos;s log</source>
        <translation>dziennik stacji</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/crash.py" line="69"/>
        <source>Something went wrong inside floorstation (%s). What you did last may not be recorded: check it on the screen and do it again if it is missing. If it keeps happening, call IT (details: %s).</source>
        <translation>W floorstation wystąpił nieoczekiwany błąd (%s). Ostatnia czynność mogła nie zostać zapisana: sprawdź ją na ekranie i powtórz, jeśli jej brakuje. Jeśli to się powtarza, wezwij dział IT (szczegóły: %s).</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="61"/>
        <source>Demo codes</source>
        <translation>Kody demo</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="62"/>
        <source>Type a code…</source>
        <translation>Wpisz kod…</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="85"/>
        <source>Badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="86"/>
        <source>Lots</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="87"/>
        <source>Machines</source>
        <translation>Maszyny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="88"/>
        <source>Pallets</source>
        <translation>Palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="113"/>
        <source>Scan it</source>
        <translation>Zeskanuj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/demo_panel.py" line="116"/>
        <source>Type what the label says</source>
        <translation>Wpisz to, co jest na etykiecie</translation>
    </message>
</context>
<context>
    <name>DispatchScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="94"/>
        <source>Load a shipment</source>
        <translation>Załadunek wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="95"/>
        <source>Customer</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="96"/>
        <source>New shipment</source>
        <translation>Nowa wysyłka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="97"/>
        <source>Type an SSCC</source>
        <translation>Wpisz SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="104"/>
        <source>Dispatch</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="145"/>
        <source>lot %s in it is RECALLED: do not load</source>
        <translation>zawiera partię %s, która jest WYCOFANA: nie ładować</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="147"/>
        <source>lot %s in it is ON HOLD: do not load</source>
        <translation>zawiera partię %s, która jest WSTRZYMANA: nie ładować</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="158"/>
        <source>Shipment: %s</source>
        <translation>Wysyłka: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="159"/>
        <source>On shipment %s: %n pallet(s)</source>
        <translation>
            <numerusform>Na wysyłce %s: %n paleta</numerusform>
            <numerusform>Na wysyłce %s: %n palety</numerusform>
            <numerusform>Na wysyłce %s: %n palet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="162"/>
        <source>Scan each pallet&apos;s SSCC as it is loaded – for %s</source>
        <translation>Skanuj SSCC każdej ładowanej palety – dla: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="164"/>
        <source>Choose the customer, then scan each pallet&apos;s SSCC as it is loaded.</source>
        <translation>Wybierz odbiorcę, potem skanuj SSCC każdej ładowanej palety.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="166"/>
        <source>Ready to ship: %n pallet(s)</source>
        <translation>
            <numerusform>Gotowe do wysyłki: %n paleta</numerusform>
            <numerusform>Gotowe do wysyłki: %n palety</numerusform>
            <numerusform>Gotowe do wysyłki: %n palet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="180"/>
        <source>Shipment %s is for %s: start a new shipment for another customer.</source>
        <translation>Wysyłka %s jest dla: %s. Dla innego odbiorcy rozpocznij nową wysyłkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="196"/>
        <source>Use this number</source>
        <translation>Użyj tego numeru</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="200"/>
        <source>Shipment number</source>
        <translation>Numer wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="208"/>
        <source>Load it</source>
        <translation>Załaduj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="211"/>
        <source>SSCC from the pallet card (18 digits)</source>
        <translation>SSCC z karty paletowej (18 cyfr)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="224"/>
        <source>Choose the customer first, then scan the pallet again.</source>
        <translation>Najpierw wybierz odbiorcę, potem zeskanuj paletę ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="229"/>
        <source>Pallet %s loaded for %s on %s.</source>
        <translation>Paleta %s załadowana dla: %s, wysyłka %s.</translation>
    </message>
</context>
<context>
    <name>EnrolmentScans</name>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="71"/>
        <source>That is an enrolment code, but this terminal runs without a plant server.</source>
        <translation>To jest kod rejestracji, ale ten terminal działa bez serwera zakładu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="74"/>
        <source>Enrolling already: wait for the server&apos;s answer.</source>
        <translation>Rejestracja już trwa: zaczekaj na odpowiedź serwera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="80"/>
        <source>This station is already enrolled with %s. To enrol it again, open Settings with an admin PIN and scan the code there.</source>
        <translation>To stanowisko jest już zarejestrowane na serwerze %s. Aby zarejestrować je ponownie, otwórz Ustawienia PIN-em administratora i zeskanuj kod tam.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="89"/>
        <source>Enrolling station %s with the server at %s …</source>
        <translation>Rejestrowanie stanowiska %s na serwerze %s …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/enrolment.py" line="98"/>
        <source>Enrolled: this terminal is station %s of the server at %s. Its records now go to the plant.</source>
        <translation>Zarejestrowano: ten terminal to stanowisko %s serwera %s. Jego zapisy trafiają teraz do zakładu.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="39"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="44"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="603"/>
        <source>Badge &apos;{badge}&apos; is not known here.</source>
        <translation>Identyfikator &apos;{badge}&apos; nie jest tu znany.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="40"/>
        <source>Ask your shift lead to register your badge.</source>
        <translation>Poproś brygadzistę o zarejestrowanie identyfikatora.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="45"/>
        <source>Scan the shift lead&apos;s badge.</source>
        <translation>Zeskanuj identyfikator brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="49"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="54"/>
        <source>Unknown operator &apos;{operator}&apos;.</source>
        <translation>Nieznany pracownik &apos;{operator}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="50"/>
        <source>Pick your name from the list.</source>
        <translation>Wybierz swoje nazwisko z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="55"/>
        <source>Sign in with your badge.</source>
        <translation>Zaloguj się identyfikatorem.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="59"/>
        <source>No badge or name was given.</source>
        <translation>Nie podano identyfikatora ani nazwiska.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="60"/>
        <source>Scan your badge or pick your name.</source>
        <translation>Zeskanuj identyfikator albo wybierz swoje nazwisko.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="64"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="69"/>
        <source>{name} is not active.</source>
        <translation>{name} nie jest aktywny(-a).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="65"/>
        <source>Ask your shift lead.</source>
        <translation>Zapytaj brygadzistę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="70"/>
        <source>Ask another shift lead.</source>
        <translation>Poproś innego brygadzistę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="74"/>
        <source>{name} is not signed in at this station.</source>
        <translation>{name} nie jest zalogowany(-a) na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="75"/>
        <source>Scan your badge to sign in first.</source>
        <translation>Najpierw zaloguj się, skanując identyfikator.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="79"/>
        <source>{name} has no PIN set.</source>
        <translation>{name} nie ma ustawionego PIN-u.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="80"/>
        <source>Sign in with your badge, or ask an admin to set a PIN.</source>
        <translation>Zaloguj się identyfikatorem albo poproś administratora o ustawienie PIN-u.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="84"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="89"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="94"/>
        <source>Wrong PIN for {name}.</source>
        <translation>Błędny PIN dla: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="85"/>
        <source>Type your PIN again.</source>
        <translation>Wpisz PIN ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="119"/>
        <source>{name} cannot {action}: it needs the {role} role.</source>
        <translation>{name} nie może: {action} – potrzebna jest rola: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="120"/>
        <source>Ask a {first_role} to do it with their badge.</source>
        <translation>Poproś o to osobę z rolą {first_role} (jej identyfikatorem).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="125"/>
        <source>Unknown task &apos;{task}&apos;.</source>
        <translation>Nieznane zadanie &apos;{task}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="126"/>
        <source>Pick the task from the machine&apos;s queue or scan its code.</source>
        <translation>Wybierz zadanie z kolejki maszyny albo zeskanuj jego kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="130"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="135"/>
        <source>{name} is already working on task {task}.</source>
        <translation>{name} pracuje już przy zadaniu {task}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="131"/>
        <source>Stop that task, or sign out of it, before starting another.</source>
        <translation>Zatrzymaj tamto zadanie albo wypisz się z niego, zanim zaczniesz inne.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="136"/>
        <source>Nothing to do.</source>
        <translation>Nic nie trzeba robić.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="155"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="160"/>
        <source>Task {task} is paused.</source>
        <translation>Zadanie {task} jest wstrzymane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="156"/>
        <source>Press Resume to continue it.</source>
        <translation>Naciśnij Wznów, aby je kontynuować.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="161"/>
        <source>Press Resume first.</source>
        <translation>Najpierw naciśnij Wznów.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="165"/>
        <source>Task {task} is not running.</source>
        <translation>Zadanie {task} nie jest w toku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="166"/>
        <source>Press Start first.</source>
        <translation>Najpierw naciśnij Start.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="170"/>
        <source>Task {task} is not paused.</source>
        <translation>Zadanie {task} nie jest wstrzymane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="171"/>
        <source>Nothing to resume.</source>
        <translation>Nie ma czego wznawiać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="175"/>
        <source>Unknown pause reason &apos;{reason}&apos;.</source>
        <translation>Nieznany powód pauzy &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="176"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="181"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="470"/>
        <source>Pick a reason from the list.</source>
        <translation>Wybierz powód z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="180"/>
        <source>Unknown scrap reason &apos;{reason}&apos;.</source>
        <translation>Nieznany powód braku &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="185"/>
        <source>{qty} is more than ten times the planned {planned} for {order}.</source>
        <translation>{qty} to ponad dziesięć razy więcej niż planowane {planned} dla {order}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="186"/>
        <source>Check the quantities and enter them again.</source>
        <translation>Sprawdź ilości i wpisz je ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="212"/>
        <source>{machine} is out of order ({reasons}); no task can be started on it.</source>
        <translation>{machine} ma awarię ({reasons}); nie można na niej rozpocząć żadnego zadania.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="213"/>
        <source>Maintenance must put it back in service first.</source>
        <translation>Najpierw utrzymanie ruchu musi przywrócić ją do pracy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="217"/>
        <source>Product &apos;{product}&apos; of {order} is not in master data.</source>
        <translation>Wyrobu &apos;{product}&apos; ze zlecenia {order} nie ma w danych podstawowych.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="218"/>
        <source>Ask the office.</source>
        <translation>Zapytaj biuro.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="223"/>
        <source>A {what} is required.</source>
        <translation>Wymagane: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="224"/>
        <source>Choose or type the {what}.</source>
        <translation>Wybierz lub wpisz: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="228"/>
        <source>The {what} must be a number.</source>
        <translation>{what}: musi być liczbą.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="229"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="234"/>
        <source>Type it on the keypad.</source>
        <translation>Wpisz ją na klawiaturze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="233"/>
        <source>The {what} &apos;{value}&apos; is not a number.</source>
        <translation>{what}: &apos;{value}&apos; nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="238"/>
        <source>The {what} must be more than zero (got {value}).</source>
        <translation>{what}: musi być większa od zera (podano {value}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="239"/>
        <source>Enter the quantity you actually used or made.</source>
        <translation>Wpisz ilość faktycznie zużytą lub wyprodukowaną.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="243"/>
        <source>The {what} {value} is more than {limit} and cannot be right.</source>
        <translation>{what}: {value} to więcej niż {limit} – to nie może być prawda.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="244"/>
        <source>Check the number and enter it again.</source>
        <translation>Sprawdź liczbę i wpisz ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="248"/>
        <source>The {what} {value} has more than three decimals.</source>
        <translation>{what}: {value} ma więcej niż trzy miejsca po przecinku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="249"/>
        <source>Round it to three decimals.</source>
        <translation>Zaokrąglij do trzech miejsc po przecinku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="254"/>
        <source>Say it in fewer words.</source>
        <translation>Napisz to krócej.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="259"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="264"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="269"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="642"/>
        <source>Lot &apos;{lot}&apos; is not known at this station.</source>
        <translation>Partia &apos;{lot}&apos; nie jest znana na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="260"/>
        <source>Check the label; a new supplier lot must be received at goods-in first.</source>
        <translation>Sprawdź etykietę; nową partię dostawcy trzeba najpierw przyjąć na przyjęciu towaru.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="265"/>
        <source>Scan the lot card again.</source>
        <translation>Zeskanuj kartę partii ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="270"/>
        <source>Check the lot code.</source>
        <translation>Sprawdź kod partii.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="274"/>
        <source>No task is running: {task} is {status}.</source>
        <translation>Żadne zadanie nie jest w toku: {task} – {status}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="275"/>
        <source>Start (or resume) the task before scanning lots into it.</source>
        <translation>Rozpocznij (lub wznów) zadanie, zanim zeskanujesz do niego partie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="279"/>
        <source>Lot {lot} has nothing left on record.</source>
        <translation>W ewidencji partii {lot} nic nie zostało.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="280"/>
        <source>Enter the quantity you used.</source>
        <translation>Wpisz zużytą ilość.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="284"/>
        <source>&apos;{reason}&apos; is not an override reason in master data.</source>
        <translation>„{reason}” nie jest powodem odstępstwa w danych podstawowych.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="285"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="305"/>
        <source>Pick the reason from the list.</source>
        <translation>Wybierz powód z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="289"/>
        <source>&apos;{reason}&apos; is not a reason to override {rules}.</source>
        <translation>„{reason}” nie jest powodem do pominięcia reguły: {rules}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="290"/>
        <source>Pick a reason that fits what was refused.</source>
        <translation>Wybierz powód, który pasuje do tego, co zostało odrzucone.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="294"/>
        <source>{name} may not override all of {rules} with &apos;{reason}&apos;.</source>
        <translation>{name} nie może pominąć wszystkich reguł ({rules}) z powodem „{reason}”.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="295"/>
        <source>Ask someone who may override each of them to sign.</source>
        <translation>Poproś o podpis osobę, która może pominąć każdą z nich.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="309"/>
        <source>Lot {lot} was already scanned into {task} {seconds} s ago ({qty}).</source>
        <translation>Partia {lot} została już zeskanowana do {task} {seconds} s temu ({qty}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="310"/>
        <source>Was that the same lot scanned twice? Confirm only if you really used it again.</source>
        <translation>Czy to ta sama partia zeskanowana dwa razy? Potwierdź tylko, jeśli naprawdę użyto jej ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="314"/>
        <source>Material &apos;{material}&apos; is not in master data.</source>
        <translation>Materiału &apos;{material}&apos; nie ma w danych podstawowych.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="315"/>
        <source>Check the label, or ask the office.</source>
        <translation>Sprawdź etykietę albo zapytaj biuro.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="319"/>
        <source>&apos;{code}&apos; is not a lot or pallet known at this station.</source>
        <translation>&apos;{code}&apos; nie jest partią ani paletą znaną na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="320"/>
        <source>Check the code and try again.</source>
        <translation>Sprawdź kod i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="325"/>
        <source>This is {what}, not a supplier&apos;s GS1 label with a GTIN.</source>
        <translation>To jest {what}, a nie etykieta GS1 dostawcy z numerem GTIN.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="326"/>
        <source>Scan the barcode that holds the GTIN (01), the lot (10) and the expiry date (17).</source>
        <translation>Zeskanuj kod kreskowy z numerem GTIN (01), partią (10) i datą ważności (17).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="332"/>
        <source>The label does not say how many arrived (no count (30) or (37)).</source>
        <translation>Etykieta nie podaje, ile przyszło (brak liczby (30) lub (37)).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="333"/>
        <source>Enter the quantity.</source>
        <translation>Wpisz ilość.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="337"/>
        <source>No material in master data has the GTIN {gtin}.</source>
        <translation>Żaden materiał w danych podstawowych nie ma numeru GTIN {gtin}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="338"/>
        <source>Ask the office to add this GTIN to the material, or receive the lot by hand.</source>
        <translation>Poproś biuro o dodanie tego GTIN do materiału albo przyjmij partię ręcznie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="342"/>
        <source>The label has no lot number (10), and {material} is lot-tracked.</source>
        <translation>Etykieta nie ma numeru partii (10), a {material} jest śledzony partiami.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="343"/>
        <source>Scan the barcode with the lot number, or receive the lot by hand and type it.</source>
        <translation>Zeskanuj kod z numerem partii albo przyjmij partię ręcznie i wpisz go.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="347"/>
        <source>Supplier lot {supplier_lot} of {material} was already received here as lot {lot}.</source>
        <translation>Partia dostawcy {supplier_lot} materiału {material} została już tu przyjęta jako partia {lot}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="350"/>
        <source>Do not receive it twice: put the label aside, or ask the office if this is a second delivery.</source>
        <translation>Nie przyjmuj jej dwa razy: odłóż etykietę albo zapytaj biuro, czy to druga dostawa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="356"/>
        <source>Supplier lot &apos;{supplier_lot}&apos; is not a lot number.</source>
        <translation>Partia dostawcy &apos;{supplier_lot}&apos; nie jest numerem partii.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="357"/>
        <source>Scan the supplier&apos;s label again.</source>
        <translation>Zeskanuj etykietę dostawcy ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="361"/>
        <source>Supplier lot &apos;{supplier_lot}&apos; has characters no GS1 label carries.</source>
        <translation>Partia dostawcy &apos;{supplier_lot}&apos; ma znaki, których nie ma na żadnej etykiecie GS1.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="362"/>
        <source>Type it again.</source>
        <translation>Wpisz ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="367"/>
        <source>Pallet {sscc} cannot be loaded: it contains lot {lot}, which is RECALLED.</source>
        <translation>Palety {sscc} nie można załadować: zawiera partię {lot}, która jest WYCOFANA.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="368"/>
        <source>Put the pallet aside in quarantine and call quality.</source>
        <translation>Odstaw paletę do strefy kwarantanny i wezwij dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="372"/>
        <source>Pallet {sscc} cannot be loaded: it contains lot {lot}, which is ON HOLD by quality.</source>
        <translation>Palety {sscc} nie można załadować: zawiera partię {lot}, którą dział jakości WSTRZYMAŁ.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="375"/>
        <source>Put the pallet aside until quality releases lot {lot}.</source>
        <translation>Odstaw paletę, dopóki dział jakości nie zwolni partii {lot}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="379"/>
        <source>Lot {lot} is {status}; it cannot be put on a pallet.</source>
        <translation>Partia {lot} – {status}; nie można jej położyć na palecie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="380"/>
        <source>Ask quality to release it first.</source>
        <translation>Najpierw poproś dział jakości o jej zwolnienie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="384"/>
        <source>Lot {lot} has {free} not yet on a pallet, less than {qty}.</source>
        <translation>Partia {lot} ma poza paletami tylko {free}, mniej niż {qty}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="385"/>
        <source>Enter a smaller quantity, or report the production first (Stop with the good quantity).</source>
        <translation>Wpisz mniejszą ilość albo najpierw zgłoś produkcję (Stop z ilością dobrą).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="391"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="396"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="401"/>
        <source>Pallet &apos;{sscc}&apos; is not known at this station.</source>
        <translation>Paleta &apos;{sscc}&apos; nie jest znana na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="392"/>
        <source>Scan the pallet card&apos;s SSCC.</source>
        <translation>Zeskanuj SSCC z karty palety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="397"/>
        <source>Scan the SSCC on the pallet card.</source>
        <translation>Zeskanuj SSCC na karcie palety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="402"/>
        <source>Build the pallet first.</source>
        <translation>Najpierw zbuduj paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="407"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment} at station {station} on {when}.</source>
        <translation>Paleta {sscc} została już wysłana do {customer} w wysyłce {shipment} na stanowisku {station} ({when}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="414"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment} at this station on {when}.</source>
        <translation>Paleta {sscc} została już wysłana do {customer} w wysyłce {shipment} na tym stanowisku ({when}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="421"/>
        <source>Pallet {sscc} was voided at station {station} on {when} ({reason}); it cannot ship.</source>
        <translation>Paleta {sscc} została unieważniona na stanowisku {station} ({when}, powód: {reason}); nie może zostać wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="428"/>
        <source>Pallet {sscc} was voided at this station on {when} ({reason}); it cannot ship.</source>
        <translation>Paleta {sscc} została unieważniona na tym stanowisku ({when}, powód: {reason}); nie może zostać wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="433"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment}.</source>
        <translation>Paleta {sscc} została już wysłana do {customer} w wysyłce {shipment}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="410"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="417"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="434"/>
        <source>Check the pallet card; each pallet ships once.</source>
        <translation>Sprawdź kartę palety; każda paleta jest wysyłana raz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="438"/>
        <source>Pallet {sscc} is void; it cannot ship.</source>
        <translation>Paleta {sscc} jest unieważniona; nie może zostać wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="424"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="429"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="439"/>
        <source>Take its card off; the shift lead builds a new pallet for the goods.</source>
        <translation>Zdejmij jej kartę; brygadzista zbuduje dla towaru nową paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="443"/>
        <source>Pallet {sscc} is void; its card is not printed again.</source>
        <translation>Paleta {sscc} jest unieważniona; jej karta nie jest drukowana ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="444"/>
        <source>Build a new pallet.</source>
        <translation>Zbuduj nową paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="448"/>
        <source>Pallet {sscc} is {status}; only a pallet that has not shipped can be voided.</source>
        <translation>Paleta {sscc} – {status}; unieważnić można tylko paletę, która nie została wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="449"/>
        <source>A shipped pallet is returned through the customer, not voided.</source>
        <translation>Wysłaną paletę zwraca się przez odbiorcę, nie unieważnia.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="453"/>
        <source>Unknown customer &apos;{customer}&apos;.</source>
        <translation>Nieznany odbiorca &apos;{customer}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="454"/>
        <source>Pick the customer from the list.</source>
        <translation>Wybierz odbiorcę z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="459"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="464"/>
        <source>Unknown machine &apos;{machine}&apos;.</source>
        <translation>Nieznana maszyna &apos;{machine}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="460"/>
        <source>Pick the machine from the list or scan its code.</source>
        <translation>Wybierz maszynę z listy albo zeskanuj jej kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="465"/>
        <source>Pick the machine from the list.</source>
        <translation>Wybierz maszynę z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="469"/>
        <source>Unknown out-of-order reason &apos;{reason}&apos;.</source>
        <translation>Nieznany powód awarii &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="474"/>
        <source>No out-of-order mark was chosen to clear.</source>
        <translation>Nie wybrano żadnego zgłoszenia awarii do zamknięcia.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="475"/>
        <source>Tick the marks you have fixed.</source>
        <translation>Zaznacz zgłoszenia, które zostały naprawione.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="479"/>
        <source>Mark {mark} is not open on {machine}.</source>
        <translation>Zgłoszenie {mark} nie jest otwarte na {machine}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="480"/>
        <source>Refresh the list of open marks and try again.</source>
        <translation>Odśwież listę otwartych zgłoszeń i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="485"/>
        <source>A {card} card for {subject} was already printed or is waiting for its printer.</source>
        <translation>Karta ({card}) dla {subject} została już wydrukowana albo czeka na drukarkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="486"/>
        <source>Choose Reprint to print it again; it will say REPRINT.</source>
        <translation>Wybierz Duplikat, aby wydrukować ją ponownie; będzie oznaczona DUPLIKAT.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="490"/>
        <source>This station has no printer named &apos;{printer}&apos; (it has: {names}).</source>
        <translation>Ta stacja nie ma drukarki o nazwie &apos;{printer}&apos; (ma: {names}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="28"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="491"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="498"/>
        <source>Add a [[printer]] with its role to station.toml (docs/printers.md), or give a printer URL.</source>
        <translation>Dodaj [[printer]] z jej rolą do station.toml (docs/printers.md) albo podaj adres URL drukarki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="497"/>
        <source>No printer of this station prints {card} cards.</source>
        <translation>Żadna drukarka tej stacji nie drukuje kart typu: {card}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="504"/>
        <source>There is no print job &apos;{job}&apos;.</source>
        <translation>Nie ma zlecenia wydruku &apos;{job}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="505"/>
        <source>List the jobs with &apos;floorstation print jobs&apos;.</source>
        <translation>Wyświetl zlecenia poleceniem &apos;floorstation print jobs&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="509"/>
        <source>Print job {job} is {state}.</source>
        <translation>Zlecenie wydruku {job} – {state}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="510"/>
        <source>Only waiting or stuck jobs can change.</source>
        <translation>Zmienić można tylko zlecenia oczekujące lub zablokowane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="514"/>
        <source>Printer {printer} cannot be reached: {cause}.</source>
        <translation>Drukarka {printer} jest nieosiągalna: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="515"/>
        <source>Check that it is on and connected.</source>
        <translation>Sprawdź, czy jest włączona i podłączona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="558"/>
        <source>Printer {printer} is out of paper.</source>
        <translation>W drukarce {printer} skończył się papier.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="559"/>
        <source>Load paper; the card then prints by itself.</source>
        <translation>Włóż papier; karta wydrukuje się wtedy sama.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="563"/>
        <source>Printer {printer} has its cover open.</source>
        <translation>Drukarka {printer} ma otwartą pokrywę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="564"/>
        <source>Close the cover.</source>
        <translation>Zamknij pokrywę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="568"/>
        <source>Printer {printer} is offline.</source>
        <translation>Drukarka {printer} jest w trybie offline.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="569"/>
        <source>Check the printer&apos;s lights and paper.</source>
        <translation>Sprawdź kontrolki i papier drukarki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="573"/>
        <source>Printer {printer} cannot be written: {cause}.</source>
        <translation>Nie można pisać do drukarki {printer}: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="574"/>
        <source>Is it plugged in?</source>
        <translation>Czy jest podłączona?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="578"/>
        <source>Printer {printer} is {problem}.</source>
        <translation>Drukarka {printer}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="579"/>
        <source>The card prints once it is ready.</source>
        <translation>Karta wydrukuje się, gdy drukarka będzie gotowa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="598"/>
        <source>The station stopped while sending this card; check whether it came out.</source>
        <translation>Stacja przerwała pracę podczas wysyłania tej karty; sprawdź, czy wyszła.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="859"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="864"/>
        <source>Use another lot, or ask a quality person to sign its use with a reason.</source>
        <translation>Użyj innej partii albo poproś pracownika działu jakości o podpisanie jej użycia z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1016"/>
        <source>&apos;{code}&apos; is not known at this station.</source>
        <translation>&apos;{code}&apos; nie jest znany na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1064"/>
        <source>&apos;{code}&apos; reads as a {kind}, but no such {kind} is known here.</source>
        <translation>&apos;{code}&apos; wygląda na: {kind}, ale nic takiego nie jest tu znane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="981"/>
        <source>({ai}) {title} {value} has a wrong check digit (it should end in {expected}): the label is misprinted or was misread.</source>
        <translation>({ai}) {title} {value} ma błędną cyfrę kontrolną (powinna kończyć się na {expected}): etykieta jest źle wydrukowana albo źle odczytana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="27"/>
        <source>The server refused {what} ({status}): {message}</source>
        <translation>Serwer odrzucił {what} ({status}): {message}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="31"/>
        <source>Scan the label again.</source>
        <translation>Zeskanuj etykietę ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="32"/>
        <source>Make a new code for this station on the office&apos;s Stations page and scan it.</source>
        <translation>Utwórz nowy kod dla tego stanowiska na stronie „Stanowiska” w biurze i zeskanuj go.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="33"/>
        <source>Update floorstation on this station to the server&apos;s version.</source>
        <translation>Zaktualizuj floorstation na tej stacji do wersji serwera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="90"/>
        <source>Type your PIN again ({left} more tries before it locks for a minute).</source>
        <translation>Wpisz PIN ponownie (jeszcze {left} próby, zanim PIN zostanie zablokowany na minutę).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="95"/>
        <source>Type your PIN again (1 more try before it locks for a minute).</source>
        <translation>Wpisz PIN ponownie (jeszcze 1 próba, zanim PIN zostanie zablokowany na minutę).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="99"/>
        <source>Wrong PIN for {name}: the PIN is now locked for a minute.</source>
        <translation>Błędny PIN dla: {name} – PIN jest teraz zablokowany na minutę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="100"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="105"/>
        <source>Try again at {until}; if the PIN is forgotten, ask an admin.</source>
        <translation>Spróbuj ponownie o {until}; jeśli PIN został zapomniany, poproś administratora.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="104"/>
        <source>{name}&apos;s PIN is locked for {seconds} s more after {tries} wrong PINs.</source>
        <translation>PIN osoby {name} jest zablokowany jeszcze przez {seconds} s (po {tries} błędnych PIN-ach).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="109"/>
        <source>{name} scans their badge or types their PIN to act here.</source>
        <translation>{name}: zeskanuj swój identyfikator albo wpisz PIN, aby tu działać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="110"/>
        <source>A tap on a name is enough only right after that person&apos;s badge scan or PIN.</source>
        <translation>Dotknięcie nazwiska wystarcza tylko zaraz po zeskanowaniu identyfikatora albo wpisaniu PIN-u przez tę osobę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="114"/>
        <source>This badge is not {name}&apos;s.</source>
        <translation>Ten identyfikator nie należy do: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="115"/>
        <source>{name} scans their own badge, or types their PIN.</source>
        <translation>{name}: zeskanuj własny identyfikator albo wpisz swój PIN.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="140"/>
        <source>Work order {order} is on hold.</source>
        <translation>Zlecenie {order} jest wstrzymane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="141"/>
        <source>Ask your shift lead; its tasks can be started once the order is released again.</source>
        <translation>Zapytaj brygadzistę; zadania tego zlecenia można rozpocząć, gdy zostanie ponownie zwolnione.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="145"/>
        <source>Work order {order} is closed.</source>
        <translation>Zlecenie {order} jest zamknięte.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="146"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="151"/>
        <source>Pick another task from the machine&apos;s queue.</source>
        <translation>Wybierz inne zadanie z kolejki maszyny.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="150"/>
        <source>Work order {order} was cancelled.</source>
        <translation>Zlecenie {order} zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="190"/>
        <source>Task {task} is finished: its operation was reported done.</source>
        <translation>Zadanie {task} jest zakończone: jego operację zgłoszono jako wykonaną.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="191"/>
        <source>Pick another task from the machine&apos;s queue, or ask the office to reopen the order.</source>
        <translation>Wybierz inne zadanie z kolejki maszyny albo poproś biuro o ponowne otwarcie zlecenia.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="197"/>
        <source>Nothing to count: every quantity is zero.</source>
        <translation>Nie ma czego zliczyć: każda ilość wynosi zero.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="198"/>
        <source>Type the good, scrap or rework quantity first.</source>
        <translation>Najpierw wpisz ilość dobrych, braków lub poprawek.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="202"/>
        <source>The note is {length} characters long; at most {limit} fit.</source>
        <translation>Notatka ma {length} znaków; mieści się najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="203"/>
        <source>Shorten the note and save it again.</source>
        <translation>Skróć notatkę i zapisz ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="207"/>
        <source>That handover note is not on record.</source>
        <translation>Tej notatki przekazania nie ma w zapisach.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="208"/>
        <source>Nothing to do: open the task again to see the current notes.</source>
        <translation>Nic do zrobienia: otwórz zadanie ponownie, aby zobaczyć aktualne notatki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="253"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>Powód ma więcej niż {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="299"/>
        <source>Lot {older} (expires {expiry}) expires before {lot} and is on hand.</source>
        <translation>Partia {older} (ważna do {expiry}) traci ważność przed {lot} i jest na stanie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="300"/>
        <source>Use the older lot first, or say why you use this one.</source>
        <translation>Najpierw użyj starszej partii albo podaj, dlaczego używasz tej.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="304"/>
        <source>&apos;{reason}&apos; is not a reason for using a later-expiring lot.</source>
        <translation>„{reason}” nie jest powodem użycia partii o późniejszej ważności.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="519"/>
        <source>Printer at {address} does not answer.</source>
        <translation>Drukarka {address} nie odpowiada.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="520"/>
        <source>Check that it is on and connected; the card waits in the queue.</source>
        <translation>Sprawdź, czy jest włączona i podłączona; karta czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="524"/>
        <source>Printer at {address} did not answer in time.</source>
        <translation>Drukarka {address} nie odpowiedziała na czas.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="525"/>
        <source>Check that it is on, connected and not busy; the card waits in the queue.</source>
        <translation>Sprawdź, czy jest włączona, podłączona i nie jest zajęta; karta czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="529"/>
        <source>The network does not know the printer&apos;s address {host}.</source>
        <translation>Sieć nie zna adresu drukarki {host}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="530"/>
        <source>Ask IT to check the printer&apos;s address in the station&apos;s settings; the card waits in the queue.</source>
        <translation>Poproś dział IT o sprawdzenie adresu drukarki w ustawieniach stanowiska; karta czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="536"/>
        <source>Printer at {address} cannot be reached from this station.</source>
        <translation>Drukarka {address} jest nieosiągalna z tego stanowiska.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="537"/>
        <source>Check the network cables of the station and the printer; the card waits in the queue.</source>
        <translation>Sprawdź kable sieciowe stanowiska i drukarki; karta czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="543"/>
        <source>Printer at {address} broke off the connection.</source>
        <translation>Drukarka {address} zerwała połączenie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="544"/>
        <source>Check that it is on and ready; the card waits in the queue.</source>
        <translation>Sprawdź, czy jest włączona i gotowa; karta czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="548"/>
        <source>Printer {address} is not plugged in.</source>
        <translation>Drukarka {address} nie jest podłączona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="549"/>
        <source>Plug it in and switch it on; the card waits in the queue.</source>
        <translation>Podłącz ją i włącz; karta czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="553"/>
        <source>This station may not use printer {address}.</source>
        <translation>To stanowisko nie ma dostępu do drukarki {address}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="554"/>
        <source>Ask IT to give the station access to the printer; the card waits in the queue.</source>
        <translation>Poproś dział IT o dostęp stanowiska do drukarki; karta czeka w kolejce.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="583"/>
        <source>Printer {printer} names an unknown ESC/POS profile &apos;{profile}&apos;: {cause}.</source>
        <translation>Drukarka {printer} podaje nieznany profil ESC/POS &apos;{profile}&apos;: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="584"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="594"/>
        <source>Ask the shift lead to fix the printer in the station&apos;s settings.</source>
        <translation>Poproś brygadzistę o poprawienie drukarki w ustawieniach stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="588"/>
        <source>Printing to CUPS needs pycups, which this station does not have.</source>
        <translation>Drukowanie przez CUPS wymaga pakietu pycups, którego ta stacja nie ma.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="589"/>
        <source>Ask IT to install python-escpos[cups] on this station.</source>
        <translation>Poproś dział IT o zainstalowanie python-escpos[cups] na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="593"/>
        <source>{printer}: a USB printer is named VID:PID in hex, e.g. 04b8:0202.</source>
        <translation>{printer}: drukarkę USB podaje się jako VID:PID szesnastkowo, np. 04b8:0202.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="711"/>
        <source>The server refused event {event} (seq {seq}): {field}: {reason}</source>
        <translation>Serwer odrzucił zdarzenie {event} (nr {seq}): {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="712"/>
        <source>It stays here with the events after it, which wait; tell the server admin.</source>
        <translation>Zostaje na stanowisku razem z kolejnymi zdarzeniami, które czekają; powiadom administratora serwera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="732"/>
        <source>This enrolment code is for station {other}, but this terminal is {station}.</source>
        <translation>Ten kod rejestracji jest dla stanowiska {other}, a ten terminal to {station}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="733"/>
        <source>On the office&apos;s Stations page, make a code for {station} and scan that one.</source>
        <translation>Na stronie „Stanowiska” w biurze utwórz kod dla {station} i zeskanuj go.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="737"/>
        <source>This enrolment code does not say which server to enrol with.</source>
        <translation>Ten kod rejestracji nie podaje, na którym serwerze się zarejestrować.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="738"/>
        <source>Scan the QR code on the office&apos;s Stations page (or make one with --server-url).</source>
        <translation>Zeskanuj kod QR ze strony „Stanowiska” w biurze (albo utwórz go z --server-url).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="742"/>
        <source>The server at {server} cannot be reached; this station is not enrolled.</source>
        <translation>Serwer {server} jest nieosiągalny; to stanowisko nie jest zarejestrowane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="743"/>
        <source>Check the network cable or Wi-Fi and that the server runs, then scan the code again.</source>
        <translation>Sprawdź kabel sieciowy lub Wi-Fi oraz czy serwer działa, potem zeskanuj kod ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="749"/>
        <source>This enrolment code has expired.</source>
        <translation>Ten kod rejestracji wygasł.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="754"/>
        <source>This enrolment code has already been used.</source>
        <translation>Ten kod rejestracji został już użyty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="759"/>
        <source>The server at {server} does not know this enrolment code.</source>
        <translation>Serwer {server} nie zna tego kodu rejestracji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="764"/>
        <source>Cannot reach the server at {url}: {cause}.</source>
        <translation>Brak połączenia z serwerem {url}: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="765"/>
        <source>Check the URL and network.</source>
        <translation>Sprawdź adres i sieć.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="769"/>
        <source>The server asks for event {seq}, which this station already sent before.</source>
        <translation>Serwer prosi o zdarzenie {seq}, które ta stacja już wcześniej wysłała.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="770"/>
        <source>Call IT: the server&apos;s copy of this station&apos;s events is behind.</source>
        <translation>Wezwij dział IT: kopia zdarzeń tej stacji na serwerze jest nieaktualna.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="774"/>
        <source>The server answered for epoch {answered} to a batch of epoch {epoch}.</source>
        <translation>Serwer odpowiedział dla epoki {answered} na paczkę z epoki {epoch}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="775"/>
        <source>Call IT; the events stay safe on this station.</source>
        <translation>Wezwij dział IT; zdarzenia są bezpieczne na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="797"/>
        <source>{path} cannot be read: {cause}.</source>
        <translation>Nie można odczytać {path}: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="798"/>
        <source>Enroll the station again.</source>
        <translation>Zarejestruj stację ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="802"/>
        <source>The server gave this station an SSCC block it cannot use: {cause}</source>
        <translation>Serwer przydzielił tej stacji blok SSCC, którego nie da się użyć: {cause}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="803"/>
        <source>Ask the server admin to check the plant&apos;s GS1 company prefix and SSCC block size.</source>
        <translation>Poproś administratora serwera o sprawdzenie prefiksu firmy GS1 zakładu i wielkości bloku SSCC.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="809"/>
        <source>The server sent a {entity} without {name}; this station cannot read it.</source>
        <translation>Serwer przysłał {entity} bez {name}; ta stacja nie może tego odczytać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="814"/>
        <source>The server sent {name}={value}, which is not a whole number.</source>
        <translation>Serwer przysłał {name}={value}, co nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="819"/>
        <source>The server sent a pallet in state {state}, which this station does not know.</source>
        <translation>Serwer przysłał paletę w stanie {state}, którego ta stacja nie zna.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="824"/>
        <source>The server sent changes of an unknown kind {entity}.</source>
        <translation>Serwer przysłał zmiany nieznanego rodzaju {entity}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="829"/>
        <source>The server sent master data this station cannot read: {cause}.</source>
        <translation>Serwer przysłał dane podstawowe, których ta stacja nie może odczytać: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="835"/>
        <source>Lot code &apos;{lot}&apos; is longer than GS1&apos;s {limit} characters.</source>
        <translation>Kod partii &apos;{lot}&apos; jest dłuższy niż {limit} znaków dozwolonych przez GS1.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="836"/>
        <source>Ask the shift lead to shorten the machine code or the lot-code pattern.</source>
        <translation>Poproś brygadzistę o skrócenie kodu maszyny lub wzorca kodu partii.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="840"/>
        <source>Lot code &apos;{lot}&apos; has characters GS1 does not allow in a lot number.</source>
        <translation>Kod partii &apos;{lot}&apos; zawiera znaki niedozwolone przez GS1 w numerze partii.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="841"/>
        <source>Ask the shift lead to fix the machine code or the lot-code pattern.</source>
        <translation>Poproś brygadzistę o poprawienie kodu maszyny lub wzorca kodu partii.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="846"/>
        <source>Lot {lot} is RECALLED and must not be used.</source>
        <translation>Partia {lot} jest WYCOFANA i nie wolno jej używać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="847"/>
        <source>Put it aside in the quarantine area and tell quality.</source>
        <translation>Odłóż ją do strefy kwarantanny i powiadom dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="851"/>
        <source>Lot {lot} is {material}, which is not in the bill of materials of {task} (it needs {needs}).</source>
        <translation>Partia {lot} to {material}, którego nie ma w recepturze {task} (potrzebne: {needs}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="854"/>
        <source>Scan a lot of the right material.</source>
        <translation>Zeskanuj partię właściwego materiału.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="858"/>
        <source>Lot {lot} is ON HOLD by quality.</source>
        <translation>Partia {lot} jest WSTRZYMANA przez dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="863"/>
        <source>Lot {lot} is ON HOLD by quality ({by}, {at}: {why}).</source>
        <translation>Partia {lot} jest WSTRZYMANA przez dział jakości ({by}, {at}: {why}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="868"/>
        <source>Lot {lot} expired on {date}.</source>
        <translation>Partia {lot} straciła ważność {date}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="869"/>
        <source>Use a lot that has not expired, or ask a shift lead to override with a reason.</source>
        <translation>Użyj partii ważnej albo poproś brygadzistę o zgodę z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="873"/>
        <source>Machine {machine} is marked out of order.</source>
        <translation>Maszyna {machine} ma zgłoszoną awarię.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="874"/>
        <source>Wait until maintenance puts it back in service, or ask a shift lead to override.</source>
        <translation>Poczekaj, aż utrzymanie ruchu przywróci ją do pracy, albo poproś brygadzistę o zgodę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="878"/>
        <source>Lot {lot} has only {left} left on record, less than {qty}.</source>
        <translation>Według zapisów w partii {lot} zostało tylko {left}, mniej niż {qty}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="879"/>
        <source>Check the quantity; if the lot really holds more, a shift lead must override.</source>
        <translation>Sprawdź ilość; jeśli w partii naprawdę jest więcej, potrzebna jest zgoda brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="883"/>
        <source>This lot expired on {date}; it cannot be received.</source>
        <translation>Ta partia straciła ważność {date}; nie można jej przyjąć.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="884"/>
        <source>Refuse the delivery, or call quality.</source>
        <translation>Odmów przyjęcia dostawy albo wezwij dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="888"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="893"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="898"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="905"/>
        <source>This lot cannot be used.</source>
        <translation>Tej partii nie można użyć.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="889"/>
        <source>A shift lead may override with their badge or PIN and a reason.</source>
        <translation>Brygadzista może wyrazić zgodę swoim identyfikatorem lub PIN-em, podając powód.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="894"/>
        <source>A quality person may sign this with their badge or name, their PIN and a reason.</source>
        <translation>Może to podpisać pracownik działu jakości: identyfikatorem lub nazwiskiem, swoim PIN-em i z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="899"/>
        <source>Someone allowed to override every refusal here must sign with their PIN and a reason.</source>
        <translation>Musi to podpisać PIN-em, z podaniem powodu, osoba uprawniona do pominięcia każdej z tych odmów.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="906"/>
        <source>This cannot be overridden at the station; put the lot aside and call quality.</source>
        <translation>Na stanowisku nie można tego obejść: odłóż partię i wezwij dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="911"/>
        <source>&apos;{code}&apos; is not a code this station knows.</source>
        <translation>&apos;{code}&apos; nie jest kodem znanym tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="912"/>
        <source>Scan the right label; if it is the right one, ask the shift lead to check the scanner.</source>
        <translation>Zeskanuj właściwą etykietę; jeśli to ta właściwa, poproś brygadzistę o sprawdzenie skanera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="918"/>
        <source>{digits} looks like {what}, but its check digit is wrong (it should end in {expected}): the label is misprinted or was misread.</source>
        <translation>{digits} wygląda na {what}, ale ma błędną cyfrę kontrolną (powinien kończyć się na {expected}): etykieta jest źle wydrukowana albo została źle odczytana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="923"/>
        <source>Scan it again.</source>
        <translation>Zeskanuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="927"/>
        <source>The scan is {length} characters long; no label this station reads is that long.</source>
        <translation>Skan ma {length} znaków; żadna etykieta czytana przez tę stację nie jest tak długa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="928"/>
        <source>A key may be stuck, or text was pasted into the scanner input.</source>
        <translation>Może zaciął się klawisz albo wklejono tekst do wejścia skanera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="932"/>
        <source>The scan is empty: the scanner sent only its prefix or suffix.</source>
        <translation>Skan jest pusty: skaner wysłał tylko swój prefiks lub sufiks.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="935"/>
        <source>The scan is empty: a GS1 symbol with no data.</source>
        <translation>Skan jest pusty: symbol GS1 bez danych.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="938"/>
        <source>This is an ISO/IEC 15434 envelope, a format this station does not read.</source>
        <translation>To koperta ISO/IEC 15434 – format, którego ta stacja nie czyta.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="939"/>
        <source>Scan the GS1 barcode on the label instead.</source>
        <translation>Zeskanuj zamiast tego kod GS1 z etykiety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="943"/>
        <source>The scan has characters no barcode label carries ({sample}).</source>
        <translation>Skan zawiera znaki, których nie ma na żadnej etykiecie z kodem ({sample}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="944"/>
        <source>The scanner&apos;s keyboard country probably does not match this PC&apos;s: ask the shift lead to set it.</source>
        <translation>Układ klawiatury skanera prawdopodobnie nie pasuje do układu tego komputera: poproś brygadzistę o ustawienie go.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="950"/>
        <source>The scan holds control characters or binary data, not text.</source>
        <translation>Skan zawiera znaki sterujące lub dane binarne, a nie tekst.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="951"/>
        <source>Scan the right label, or ask the shift lead to check the scanner&apos;s settings.</source>
        <translation>Zeskanuj właściwą etykietę albo poproś brygadzistę o sprawdzenie ustawień skanera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="953"/>
        <source>&apos;{aim}&apos; is not a symbology identifier.</source>
        <translation>&apos;{aim}&apos; nie jest identyfikatorem symboliki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="956"/>
        <source>This web address is not a GS1 Digital Link.</source>
        <translation>Ten adres internetowy nie jest odnośnikiem GS1 Digital Link.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="957"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="962"/>
        <source>Scan the label&apos;s GS1 barcode instead.</source>
        <translation>Zeskanuj zamiast tego kod GS1 z etykiety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="961"/>
        <source>A web address in a {symbology} is not a GS1 Digital Link.</source>
        <translation>Adres internetowy w kodzie {symbology} nie jest odnośnikiem GS1 Digital Link.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="966"/>
        <source>&apos;{lot}&apos; is not a lot code of this station (they look like {example}).</source>
        <translation>&apos;{lot}&apos; nie jest kodem partii tej stacji (wyglądają jak {example}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="971"/>
        <source>A {symbology} should hold 8, 12, 13 or 14 digits, not &apos;{code}&apos;.</source>
        <translation>Kod {symbology} powinien mieć 8, 12, 13 lub 14 cyfr, a nie &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="976"/>
        <source>&apos;{code}&apos; is not a valid {kind} code.</source>
        <translation>&apos;{code}&apos; nie jest prawidłowym kodem ({kind}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="989"/>
        <source>The scan &apos;{code}&apos; was not used: finish or cancel what is open first.</source>
        <translation>Skan &apos;{code}&apos; nie został użyty: najpierw dokończ albo anuluj to, co jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="990"/>
        <source>Then scan it again.</source>
        <translation>Potem zeskanuj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="994"/>
        <source>The scan &apos;{code}&apos; was not used: nobody is signed in.</source>
        <translation>Skan &apos;{code}&apos; nie został użyty: nikt nie jest zalogowany.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="995"/>
        <source>Scan your badge first, then scan it again.</source>
        <translation>Najpierw zeskanuj swój identyfikator, potem zeskanuj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="997"/>
        <source>({ai}) {title}: {value} is not a real date (YYMMDD).</source>
        <translation>({ai}) {title}: {value} nie jest prawdziwą datą (RRMMDD).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="998"/>
        <source>({ai}) {title} is empty.</source>
        <translation>({ai}) {title} jest puste.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1001"/>
        <source>The label&apos;s GS1 data cannot be read.</source>
        <translation>Nie można odczytać danych GS1 z etykiety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1002"/>
        <source>Scan it again; if it fails again, the label is damaged or misprinted.</source>
        <translation>Zeskanuj ponownie; jeśli znów się nie uda, etykieta jest uszkodzona albo źle wydrukowana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1006"/>
        <source>({ai}) {title} &apos;{value}&apos; may be several fields run together.</source>
        <translation>({ai}) {title} &apos;{value}&apos; może być kilkoma polami złączonymi w jedno.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1007"/>
        <source>The scanner does not send the GS separator; ask the shift lead to set it up (Ctrl+] or serial).</source>
        <translation>Skaner nie wysyła separatora GS; poproś brygadzistę o ustawienie go (Ctrl+] albo tryb szeregowy).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1013"/>
        <source>The label&apos;s GS1 fields do not belong together.</source>
        <translation>Pola GS1 na etykiecie do siebie nie pasują.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1014"/>
        <source>The label is misprinted; receive the goods by hand or ask the supplier.</source>
        <translation>Etykieta jest źle wydrukowana; przyjmij towar ręcznie albo zapytaj dostawcę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1018"/>
        <source>No image folder at {path}.</source>
        <translation>Brak folderu z obrazami: {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1021"/>
        <source>No images in {path}.</source>
        <translation>Brak obrazów w {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1022"/>
        <source>Add .png or .jpg files.</source>
        <translation>Dodaj pliki .png lub .jpg.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1024"/>
        <source>No video file at {path}.</source>
        <translation>Brak pliku wideo: {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1027"/>
        <source>{path} cannot be played as a video.</source>
        <translation>Nie można odtworzyć {path} jako wideo.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1028"/>
        <source>Use MJPG .avi or .mp4.</source>
        <translation>Użyj pliku MJPG .avi lub .mp4.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1032"/>
        <source>No camera at {camera}.</source>
        <translation>Brak kamery pod {camera}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1033"/>
        <source>Check the cable.</source>
        <translation>Sprawdź kabel.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1037"/>
        <source>Camera {camera} cannot be opened.</source>
        <translation>Nie można otworzyć kamery {camera}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1038"/>
        <source>Is another program using it? Ask the shift lead to check the camera.</source>
        <translation>Czy używa jej inny program? Poproś brygadzistę o sprawdzenie kamery.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1040"/>
        <source>No picture from {camera}.</source>
        <translation>Brak obrazu z {camera}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1044"/>
        <source>The {card} card of {subject} does not fit {printer}: its barcode needs {needed} mm, the paper has {paper} mm.</source>
        <translation>Karta ({card}) dla {subject} nie mieści się na: {printer} – jej kod kreskowy potrzebuje {needed} mm, papier ma {paper} mm.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1049"/>
        <source>Print it on a printer with at least {least} mm of printable width.</source>
        <translation>Wydrukuj ją na drukarce o szerokości druku co najmniej {least} mm.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1053"/>
        <source>The {card} card of {subject} does not fit {printer}: it needs a label {needed} mm tall, the printer&apos;s is {paper} mm.</source>
        <translation>Karta ({card}) dla {subject} nie mieści się na: {printer} – potrzebuje etykiety o wysokości {needed} mm, a drukarka ma {paper} mm.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1058"/>
        <source>Print it on a printer with labels at least {least} mm tall, or leave lines off the card.</source>
        <translation>Wydrukuj ją na drukarce z etykietami o wysokości co najmniej {least} mm albo usuń z karty część wierszy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1069"/>
        <source>The disk is full: this was NOT recorded. Everything recorded before is kept.</source>
        <translation>Dysk jest pełny: to NIE zostało zapisane. Wszystko, co zapisano wcześniej, jest zachowane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1070"/>
        <source>Ask IT to free space on the station&apos;s disk, then do it again. Looking things up still works.</source>
        <translation>Poproś dział IT o zwolnienie miejsca na dysku stacji, a potem powtórz czynność. Wyszukiwanie nadal działa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1076"/>
        <source>The station&apos;s database {path} is damaged: nothing more can be recorded.</source>
        <translation>Baza danych stacji {path} jest uszkodzona: nie można już nic zapisać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1077"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1084"/>
        <source>Call IT: the station must be restored from its backup (&apos;floorstation restore&apos;).</source>
        <translation>Wezwij dział IT: stację trzeba przywrócić z kopii zapasowej („floorstation restore”).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1081"/>
        <source>The station&apos;s database {path} has lost the events of station {station} (up to number {seq}).</source>
        <translation>Baza danych stacji {path} utraciła zdarzenia stacji {station} (do numeru {seq}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1094"/>
        <source>lot recalled</source>
        <extracomment>The order a refusal lists its reasons in: what makes the lot unusable for sure, then why it is the wrong one, then what a shift lead may decide, then what the quantity typed says. A rule as the success message names an override of it.</extracomment>
        <translation>partia wycofana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1095"/>
        <source>not in the bill of materials</source>
        <translation>spoza receptury</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1096"/>
        <source>lot on hold</source>
        <translation>partia wstrzymana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1097"/>
        <source>lot expired</source>
        <translation>partia przeterminowana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1098"/>
        <source>machine out of order</source>
        <translation>awaria maszyny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1099"/>
        <source>more than the lot holds</source>
        <translation>więcej, niż jest w partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1105"/>
        <source>quantity</source>
        <extracomment>The core&apos;s own English words that appear as facts in its sentences (a state, a role, what a number is for).</extracomment>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1106"/>
        <source>good quantity</source>
        <translation>Ilość dobra</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1107"/>
        <source>scrap quantity</source>
        <translation>Ilość braków</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1108"/>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1109"/>
        <source>pause reason</source>
        <translation>powód pauzy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1110"/>
        <source>scrap reason</source>
        <translation>powód braku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1111"/>
        <source>shipment number</source>
        <translation>numer wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1112"/>
        <source>reason for the override</source>
        <translation>powód obejścia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1113"/>
        <source>idle</source>
        <translation>bezczynne</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1114"/>
        <source>stopped</source>
        <translation>zatrzymane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1115"/>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1116"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1117"/>
        <source>done</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1118"/>
        <source>HOLD</source>
        <translation>WSTRZYMANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1119"/>
        <source>RECALLED</source>
        <translation>WYCOFANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1120"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1121"/>
        <source>voided</source>
        <translation>unieważniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1122"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1123"/>
        <source>printing</source>
        <translation>w druku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1124"/>
        <source>pallet</source>
        <translation>karta palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1125"/>
        <source>lot</source>
        <translation>karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1126"/>
        <source>shift lead</source>
        <translation>brygadzista</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1127"/>
        <source>maintenance</source>
        <translation>utrzymanie ruchu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1128"/>
        <source>quality</source>
        <translation>dział jakości</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1129"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1130"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1131"/>
        <source>build pallets</source>
        <translation>budować palet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1132"/>
        <source>void pallets</source>
        <translation>unieważniać palet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1133"/>
        <source>put a machine back in service</source>
        <translation>przywrócić maszyny do pracy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1134"/>
        <source>override a refusal</source>
        <translation>obejść odmowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1135"/>
        <source>sign the use of a lot on hold</source>
        <translation>podpisać użycia wstrzymanej partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1136"/>
        <source>put lots on hold</source>
        <translation>wstrzymywać partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1137"/>
        <source>release lots</source>
        <translation>zwalniać partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1138"/>
        <source>open the settings</source>
        <translation>otworzyć ustawień</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1139"/>
        <source>close the terminal</source>
        <translation>zamknąć terminala</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1140"/>
        <source>a badge</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1141"/>
        <source>a machine code</source>
        <translation>kod maszyny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1142"/>
        <source>a task code</source>
        <translation>kod zadania</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1143"/>
        <source>one of our lot codes</source>
        <translation>jeden z naszych kodów partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1144"/>
        <source>a pallet&apos;s SSCC</source>
        <translation>SSCC palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1145"/>
        <source>an SSCC</source>
        <translation>SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1146"/>
        <source>this printer</source>
        <translation>ta drukarka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1147"/>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1148"/>
        <source>out of paper</source>
        <translation>bez papieru</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1149"/>
        <source>open (print head up)</source>
        <translation>otwarta (głowica podniesiona)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1150"/>
        <source>a GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1151"/>
        <source>the enrollment</source>
        <translation>rejestrację</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1152"/>
        <source>the download of changes</source>
        <translation>pobieranie zmian</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1153"/>
        <source>the snapshot download</source>
        <translation>pobieranie pełnej kopii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1154"/>
        <source>the heartbeat</source>
        <translation>sygnał życia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1155"/>
        <source>badge</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1156"/>
        <source>machine</source>
        <translation>maszyna</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1157"/>
        <source>task</source>
        <translation>zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="1158"/>
        <source>SSCC</source>
        <translation>SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="23"/>
        <source>Wait a minute, then sign again with the right PIN; if the PIN is forgotten, ask an admin.</source>
        <translation>Odczekaj minutę i podpisz ponownie właściwym PIN-em; jeśli PIN został zapomniany, poproś administratora.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="26"/>
        <source>The server refused events {first}..{last} ({status}): {message}</source>
        <translation>Serwer odrzucił zdarzenia {first}..{last} ({status}): {message}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="604"/>
        <source>Scan your badge again, or tap your name.</source>
        <translation>Zeskanuj identyfikator ponownie albo dotknij swojego nazwiska.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="608"/>
        <source>{name} is not active and cannot sign.</source>
        <translation>{name} nie jest aktywny(-a) i nie może podpisywać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="609"/>
        <source>Ask someone else to sign.</source>
        <translation>Poproś kogoś innego o podpis.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="613"/>
        <source>Signing is locked for {name} for {seconds} s more after {tries} wrong PINs.</source>
        <translation>Podpisywanie jest zablokowane dla: {name} jeszcze przez {seconds} s (po {tries} błędnych PIN-ach).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="618"/>
        <source>{name} has no PIN set and cannot sign.</source>
        <translation>{name} nie ma ustawionego PIN-u i nie może podpisywać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="619"/>
        <source>Ask an admin to set a PIN, or ask someone else.</source>
        <translation>Poproś administratora o ustawienie PIN-u albo poproś kogoś innego.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="623"/>
        <source>Wrong PIN for {name}: nothing was signed or recorded. Signing is now locked for {name} for a minute.</source>
        <translation>Błędny PIN dla: {name} – nic nie zostało podpisane ani zapisane. Podpisywanie jest teraz zablokowane dla: {name} na minutę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="631"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="636"/>
        <source>Wrong PIN for {name}: nothing was signed or recorded.</source>
        <translation>Błędny PIN dla: {name} – nic nie zostało podpisane ani zapisane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="632"/>
        <source>Type the PIN again (1 more try before signing locks for a minute).</source>
        <translation>Wpisz PIN ponownie (jeszcze 1 próba, zanim podpisywanie zostanie zablokowane na minutę).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="637"/>
        <source>Type the PIN again ({left} more tries before signing locks for a minute).</source>
        <translation>Wpisz PIN ponownie (jeszcze {left} próby, zanim podpisywanie zostanie zablokowane na minutę).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="643"/>
        <source>Scan the lot card or type the code again.</source>
        <translation>Zeskanuj kartę partii albo wpisz kod ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="647"/>
        <source>Lot {lot} is RECALLED; a recall is not changed at a terminal.</source>
        <translation>Partia {lot} jest WYCOFANA; wycofania nie zmienia się na terminalu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="648"/>
        <source>Keep it in quarantine; quality undoes a recall centrally on the server.</source>
        <translation>Trzymaj ją w kwarantannie; dział jakości cofa wycofanie centralnie na serwerze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="652"/>
        <source>Lot {lot} is already on hold.</source>
        <translation>Partia {lot} jest już wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="653"/>
        <source>Nothing to do; release it when it is cleared.</source>
        <translation>Nic do zrobienia; zwolnij ją, gdy zostanie wyjaśniona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="657"/>
        <source>Lot {lot} is not on hold.</source>
        <translation>Partia {lot} nie jest wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="658"/>
        <source>Nothing to release; hold it first if it is suspect.</source>
        <translation>Nie ma czego zwalniać; jeśli budzi wątpliwości, najpierw ją wstrzymaj.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="662"/>
        <source>A reason is required.</source>
        <translation>Potrzebny jest powód.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="663"/>
        <source>Tap a reason or type one.</source>
        <translation>Wybierz powód lub go wpisz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="668"/>
        <source>This station has used all its SSCC serials ({first}-{last}).</source>
        <translation>Ta stacja wykorzystała już wszystkie swoje numery SSCC ({first}-{last}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="669"/>
        <source>Ask IT to give the station a new SSCC range.</source>
        <translation>Poproś dział IT o nowy zakres SSCC dla stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="674"/>
        <source>{where}: mode {mode} is not a station mode.</source>
        <translation>{where}: tryb {mode} nie jest trybem stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="675"/>
        <source>Set mode in the [station] table to one of: &quot;production&quot;, &quot;goods_in&quot;, &quot;dispatch&quot;.</source>
        <translation>Ustaw mode w tabeli [station] na jeden z: &quot;production&quot;, &quot;goods_in&quot;, &quot;dispatch&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="679"/>
        <source>No station configuration at {path}.</source>
        <translation>Brak konfiguracji stacji w {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="680"/>
        <source>Run &apos;floorstation init&apos; (or &apos;floorstation init --demo&apos;) to create one.</source>
        <translation>Uruchom &apos;floorstation init&apos; (lub &apos;floorstation init --demo&apos;), aby ją utworzyć.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="684"/>
        <source>{path} is not valid TOML: {cause}.</source>
        <translation>{path} nie jest poprawnym plikiem TOML: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="685"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="690"/>
        <source>Fix the file.</source>
        <translation>Popraw plik.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="689"/>
        <source>{path} has no [station] table.</source>
        <translation>{path} nie ma tabeli [station].</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="696"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="717"/>
        <source>Enroll this station again: floorstation enroll --server URL --code CODE.</source>
        <translation>Zarejestruj tę stację ponownie: floorstation enroll --server URL --code KOD.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="701"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="722"/>
        <source>The server refused this station; ask the server admin.</source>
        <translation>Serwer odrzucił tę stację; zapytaj administratora serwera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="706"/>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="727"/>
        <source>The request was too large for the server.</source>
        <translation>Żądanie było dla serwera za duże.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="777"/>
        <source>The server did not answer: {cause}.</source>
        <translation>Serwer nie odpowiedział: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="780"/>
        <source>The server is busy or in trouble ({status}); trying again in {wait} s.</source>
        <translation>Serwer jest zajęty lub ma problem ({status}); kolejna próba za {wait} s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="782"/>
        <source>The server is busy or in trouble ({status}); trying again later.</source>
        <translation>Serwer jest zajęty lub ma problem ({status}); kolejna próba później.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="785"/>
        <source>This station is not enrolled with a server yet; its events stay here until it is.</source>
        <translation>Ta stacja nie jest jeszcze zarejestrowana na serwerze; jej zdarzenia czekają tutaj, aż będzie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="791"/>
        <source>{path} holds the token of station {other}, but this is {station}.</source>
        <translation>{path} zawiera token stacji {other}, a to jest {station}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="792"/>
        <source>Enroll this station with its own code.</source>
        <translation>Zarejestruj tę stację jej własnym kodem.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_wordings.py" line="794"/>
        <source>No sync worker is running.</source>
        <translation>Synchronizacja nie działa.</translation>
    </message>
</context>
<context>
    <name>GenealogyView</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="261"/>
        <source>built</source>
        <extracomment>Vertical room of one line&apos;s words where it leaves a box (more lines out of one box make the box taller). Below this the text is too small to read at arm&apos;s length: the picture scrolls (drag it) instead.</extracomment>
        <translation>utworzona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="262"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="263"/>
        <source>void</source>
        <translation>unieważniona</translation>
    </message>
</context>
<context>
    <name>GoodsInPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="54"/>
        <source>Material: %s</source>
        <translation>Materiał: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="55"/>
        <source>Supplier lot: %s</source>
        <translation>Partia dostawcy: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="55"/>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="56"/>
        <source>none on the label</source>
        <translation>brak na etykiecie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="56"/>
        <source>Expiry: %s</source>
        <translation>Termin ważności: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="57"/>
        <source>Quantity on the label: %s</source>
        <translation>Ilość na etykiecie: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="59"/>
        <source>The label has no quantity: type it on the keypad.</source>
        <translation>Etykieta nie podaje ilości: wpisz ją na klawiaturze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="77"/>
        <source>Print lot card</source>
        <translation>Drukuj kartę partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="80"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="86"/>
        <source>Receive</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="94"/>
        <source>Use the label&apos;s count: %s</source>
        <translation>Użyj ilości z etykiety: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="107"/>
        <source>Supplier lot %s was already received here as lot %s: it is not received twice.</source>
        <translation>Partia dostawcy %s została już tu przyjęta jako partia %s: nie przyjmuje się jej drugi raz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="112"/>
        <source>Sign in first: scan your badge, then scan the label again.</source>
        <translation>Najpierw się zaloguj: zeskanuj identyfikator, a potem ponownie etykietę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="116"/>
        <source>Received by: %s</source>
        <translation>Przyjmuje: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="153"/>
        <source>Received as lot %s.</source>
        <translation>Przyjęto jako partię %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="156"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="179"/>
        <source>The lot card for %s is on its way to the printer.</source>
        <translation>Karta partii %s została wysłana do drukarki.</translation>
    </message>
</context>
<context>
    <name>GoodsInScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="88"/>
        <source>Goods in</source>
        <translation>Przyjęcie towaru</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="91"/>
        <source>Scan a supplier label</source>
        <translation>Zeskanuj etykietę dostawcy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="92"/>
        <source>Nothing received here today yet.</source>
        <translation>Dziś nic tu jeszcze nie przyjęto.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="95"/>
        <source>Each lot received gets our lot card on %s.</source>
        <translation>Każda przyjęta partia dostaje naszą kartę partii z drukarki %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="98"/>
        <source>No lot-card printer is set up at this station: preview the card and print it elsewhere.</source>
        <translation>Na tym stanowisku nie ustawiono drukarki kart partii: obejrzyj kartę i wydrukuj ją gdzie indziej.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="101"/>
        <source>No lot-card printer is set up at this station.</source>
        <translation>Na tym stanowisku nie ustawiono drukarki kart partii.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="136"/>
        <source>Received today: %n lot(s)</source>
        <translation>
            <numerusform>Przyjęto dziś: %n partię</numerusform>
            <numerusform>Przyjęto dziś: %n partie</numerusform>
            <numerusform>Przyjęto dziś: %n partii</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="145"/>
        <source>Goods in: %s</source>
        <translation>Przyjęcie towaru: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="151"/>
        <source>Received as lot %s. No lot-card printer is set up here: preview its card in the list.</source>
        <translation>Przyjęto jako partię %s. Nie ustawiono tu drukarki kart partii: obejrzyj jej kartę na liście.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="164"/>
        <source>The lot card for %s is on its way to the printer.</source>
        <translation>Karta partii %s została wysłana do drukarki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="187"/>
        <source>Lot card %s</source>
        <translation>Karta partii %s</translation>
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
        <translation>Przeczytane: dalej</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="143"/>
        <source>No tasks are planned on this machine.</source>
        <translation>Na tej maszynie nie zaplanowano zadań.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="149"/>
        <source>Home</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="191"/>
        <source>Queue of %s (%s), by priority, then due date</source>
        <translation>Kolejka %s (%s), według priorytetu, potem terminu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="196"/>
        <source>a note from the previous shift waits</source>
        <translation>czeka notatka od poprzedniej zmiany</translation>
    </message>
</context>
<context>
    <name>KeptLabels</name>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="128"/>
        <source>Goods in: %s</source>
        <translation>Przyjęcie towaru: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="130"/>
        <source>(+%d)</source>
        <translation>(+%d)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="133"/>
        <source>Tap to receive</source>
        <translation>Dotknij, aby przyjąć</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keyboard.py" line="74"/>
        <source>space</source>
        <translation>spacja</translation>
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
        <translation>Kasuj</translation>
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
        <translation>Awaria</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="153"/>
        <source>What is wrong with %s?</source>
        <translation>Co się stało z %s?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="154"/>
        <source>Note: %s</source>
        <translation>Notatka: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="154"/>
        <source>Add a note (optional)</source>
        <translation>Dodaj notatkę (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="155"/>
        <source>Mark %s out of order</source>
        <translation>Zgłoś awarię %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="159"/>
        <source>Open marks on %s: %s</source>
        <translation>Otwarte zgłoszenia na %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="159"/>
        <source>%s has no open marks.</source>
        <translation>%s nie ma otwartych zgłoszeń.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="162"/>
        <source>Back in service:
clear %s marks</source>
        <translation>Sprawna:
zamknij zgłoszenia (%s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="163"/>
        <source>Back in service:
clear 1 mark</source>
        <translation>Sprawna:
zamknij 1 zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="168"/>
        <source>Only maintenance puts a machine back in service.</source>
        <translation>Tylko utrzymanie ruchu przywraca maszynę do pracy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="175"/>
        <source>Use this note</source>
        <translation>Użyj tej notatki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="175"/>
        <source>Note for maintenance</source>
        <translation>Notatka dla utrzymania ruchu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="192"/>
        <source>%s is marked out of order. Maintenance is told.</source>
        <translation>%s: zgłoszono awarię. Utrzymanie ruchu zostało powiadomione.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="205"/>
        <source>%s goes back in service: 1 mark is cleared.</source>
        <translation>%s wraca do pracy: zostaje usunięte 1 zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="207"/>
        <source>%s goes back in service: %s marks are cleared.</source>
        <translation>%s wraca do pracy: zgłoszenia do usunięcia: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="212"/>
        <source>Sign: %s back in service</source>
        <translation>Podpis: %s wraca do pracy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="220"/>
        <source>Cleared %s; %s raised meanwhile stay open (not seen when you cleared).</source>
        <translation>Zamknięto: %s; zgłoszone w międzyczasie (%s) pozostają otwarte (nie były widoczne przy zamykaniu).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="223"/>
        <source>%s is back in service.</source>
        <translation>%s znowu jest sprawna.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="493"/>
        <source>Goods in: %s</source>
        <translation>Przyjęcie towaru: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="285"/>
        <source>floorstation – %s</source>
        <extracomment>How often the station view, sync state and device health are read again (seconds). The side menu, in order of use at a machine; on a short screen the last ones go under &quot;More&quot;. A goods-in station&apos;s menu starts with its own screen (elsewhere a supplier&apos;s label opens goods-in anyway).</extracomment>
        <translation>floorstation – %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="342"/>
        <source>Scan a badge, lot, machine or pallet label at any time.</source>
        <translation>W każdej chwili możesz zeskanować identyfikator, partię, maszynę lub etykietę palety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="295"/>
        <source>The terminal speaks English now.</source>
        <translation>Terminal jest teraz po angielsku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="295"/>
        <source>Language changed.</source>
        <translation>Terminal jest teraz po polsku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="324"/>
        <source>No task is running here: open one from the queue.</source>
        <translation>Tu nie trwa żadne zadanie: otwórz je z kolejki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="346"/>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="355"/>
        <source>Something went wrong inside floorstation (%s). Try again; if it keeps happening, tell the shift lead.</source>
        <translation>Wewnętrzny błąd floorstation (%s). Spróbuj jeszcze raz; jeśli się powtarza, powiedz brygadziście.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="392"/>
        <source>The server set this terminal&apos;s mode: %s.</source>
        <translation>Serwer ustawił tryb tego terminala: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="394"/>
        <source>The server changed this station&apos;s settings: restart the terminal to use them.</source>
        <translation>Serwer zmienił ustawienia tego stanowiska: uruchom terminal ponownie, aby ich użyć.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="402"/>
        <source>demo panel</source>
        <translation>panel demo</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="93"/>
        <source>Still signed in after the restart: %s. Tap your name at the top to act, then open your task.</source>
        <translation>Po ponownym uruchomieniu nadal zalogowani: %s. Dotknij swojego imienia u góry, a potem otwórz swoje zadanie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="114"/>
        <source>Back after a restart: %s, your task %s is open.</source>
        <translation>Po ponownym uruchomieniu: %s, Twoje zadanie %s jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="118"/>
        <source>Back after a restart: %s is still signed in.</source>
        <translation>Po ponownym uruchomieniu: %s jest nadal zalogowany(-a).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_outcomes.py" line="129"/>
        <source>This terminal now shows %s.</source>
        <translation>Terminal pokazuje teraz %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_outcomes.py" line="167"/>
        <source>Scan not recognised: %s</source>
        <translation>Nie rozpoznano skanu: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/scan_outcomes.py" line="180"/>
        <source>Supplier label %s kept for goods in: tap it below the screen when you want to receive it.</source>
        <translation>Etykieta dostawcy %s odłożona do przyjęcia: dotknij jej pod ekranem, gdy zechcesz przyjąć towar.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/stray_typing.py" line="34"/>
        <source>Typed &quot;%s&quot;, but no field is open to take it: tap the field first, then type.</source>
        <extracomment>Typing that reached no field is pointed out this long after the last key (milliseconds).</extracomment>
        <translation>Wpisano „%s”, ale żadne pole nie jest otwarte: najpierw dotknij pola, potem pisz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="463"/>
        <source>Print queue</source>
        <translation>Kolejka wydruku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="469"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="484"/>
        <source>This terminal is a %s now.</source>
        <translation>Ten terminal działa teraz jako: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="49"/>
        <source>Signed out after no one touched the terminal: %s.</source>
        <extracomment>How often the terminal looks whether a shift ended or someone was not seen for the idle time (milliseconds).</extracomment>
        <translation>Wylogowano, bo nikt nie dotykał terminala: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="67"/>
        <source>The shift ended: everyone was signed out. Scan your badge to sign in.</source>
        <translation>Zmiana się skończyła: wszyscy zostali wylogowani. Zeskanuj identyfikator, aby się zalogować.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/people_watch.py" line="76"/>
        <source>Signed out after a while without being seen here: %s.</source>
        <translation>Wylogowano po dłuższym czasie bez obecności przy terminalu: %s.</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/nav_rail.py" line="42"/>
        <source>More …</source>
        <translation>Więcej …</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/overlay.py" line="54"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/overlay.py" line="54"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>PalletCardPreview</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="73"/>
        <source>Build or pick a pallet
to see its card</source>
        <translation>Utwórz lub wybierz paletę,
aby zobaczyć jej kartę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="94"/>
        <source>PALLET CARD</source>
        <translation>KARTA PALETOWA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="99"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="101"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="112"/>
        <source>GS1-128 barcode here on the printed card</source>
        <translation>Tu na wydrukowanej karcie kod kreskowy GS1-128</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="142"/>
        <source>VOID</source>
        <translation>UNIEWAŻNIONA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pallet_card.py" line="142"/>
        <source>REPRINT</source>
        <translation>DUPLIKAT</translation>
    </message>
</context>
<context>
    <name>PalletScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="134"/>
        <source>Build a pallet</source>
        <extracomment>Without a printer set up, a card printed by other means is recorded with this printer name.</extracomment>
        <translation>Tworzenie palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="135"/>
        <source>Lot: scan its card or tap it</source>
        <translation>Partia: zeskanuj jej kartę lub dotknij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="136"/>
        <source>Build pallet</source>
        <translation>Utwórz paletę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="137"/>
        <source>Lot card</source>
        <translation>Karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="138"/>
        <source>Void</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="139"/>
        <source>Pallets built here</source>
        <translation>Palety utworzone tutaj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="145"/>
        <source>Pallet</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="168"/>
        <source>%s free</source>
        <translation>wolne: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="212"/>
        <source>Only a shift lead builds and voids pallets: scan a shift lead&apos;s badge.</source>
        <translation>Palety tworzy i unieważnia tylko brygadzista: zeskanuj identyfikator brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="219"/>
        <source>Quantity: %s %s</source>
        <translation>Ilość: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="225"/>
        <source>Record reprint</source>
        <translation>Zapisz duplikat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="225"/>
        <source>Record card printed</source>
        <translation>Zapisz wydruk karty</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="227"/>
        <source>Reprint card</source>
        <translation>Drukuj duplikat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="227"/>
        <source>Print card</source>
        <translation>Drukuj kartę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="235"/>
        <source>Printer: %s</source>
        <translation>Drukarka: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="238"/>
        <source>Cards print on %s.</source>
        <translation>Karty drukuje: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="240"/>
        <source>No printer is set up here: print the card by other means, then record it.</source>
        <translation>Tu nie skonfigurowano drukarki: wydrukuj kartę w inny sposób, potem zapisz wydruk.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="289"/>
        <source>Use this quantity</source>
        <translation>Użyj tej ilości</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="295"/>
        <source>How much of %s goes on the pallet?</source>
        <translation>Ile z %s idzie na paletę?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="295"/>
        <source>the lot</source>
        <translation>partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="312"/>
        <source>Pallet %s built: %s %s of %s.</source>
        <translation>Utworzono paletę %s: %s %s z partii %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="341"/>
        <source>pallet card</source>
        <translation>karta paletowa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="341"/>
        <source>lot card</source>
        <translation>karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="342"/>
        <source>The %s for %s was printed before. Print it again?</source>
        <translation>Ta %s (%s) była już drukowana. Wydrukować ją ponownie?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="346"/>
        <source>Reprint?</source>
        <translation>Duplikat?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="369"/>
        <source>Reprint of the card for %s recorded.</source>
        <translation>Zapisano duplikat karty dla %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="369"/>
        <source>Card for %s recorded.</source>
        <translation>Zapisano wydruk karty dla %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="390"/>
        <source>The reprint of the card for %s</source>
        <translation>Duplikat karty dla %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="390"/>
        <source>The card for %s</source>
        <translation>Karta dla %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="393"/>
        <source>%s is waiting for printer %s.</source>
        <translation>%s czeka na drukarkę %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="394"/>
        <source>%s is printing on %s …</source>
        <translation>%s: drukowanie na %s …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="395"/>
        <source>%s was printed on %s.</source>
        <translation>%s: wydrukowano na %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="396"/>
        <source>%s cannot print on %s.</source>
        <translation>%s: nie da się wydrukować na %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="397"/>
        <source>%s may not have come out of %s: check the printer.</source>
        <translation>%s: mogła nie wyjść z drukarki %s – sprawdź drukarkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="398"/>
        <source>%s was cancelled (%s).</source>
        <translation>%s: anulowano (%s).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="404"/>
        <source>It prints by itself once the printer is ready.</source>
        <translation>Wydrukuje się sama, gdy drukarka będzie gotowa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="420"/>
        <source>Void pallet %s</source>
        <translation>Unieważnij paletę %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="428"/>
        <source>Tap a reason or type one, then void.</source>
        <translation>Wybierz lub wpisz powód, potem unieważnij.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="434"/>
        <source>Pallet %s is voided because: %s</source>
        <translation>Paleta %s zostaje unieważniona, powód: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="438"/>
        <source>Sign: void pallet %s</source>
        <translation>Podpis: unieważnienie palety %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="444"/>
        <source>Pallet %s is void: %s %s of %s are free for a new pallet.</source>
        <translation>Paleta %s unieważniona: %s %s z partii %s można dać na nową paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="458"/>
        <source>Lot %s has nothing left to put on a pallet here.</source>
        <translation>Z partii %s nie zostało tu nic do położenia na paletę.</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="30"/>
        <source>Why are you stopping? One tap pauses the task.</source>
        <translation>Dlaczego przerywasz? Jedno dotknięcie wstrzymuje zadanie.</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pin_entry.py" line="51"/>
        <source>Type your PIN</source>
        <translation>Wpisz swój PIN</translation>
    </message>
</context>
<context>
    <name>PrintJobsPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="146"/>
        <source>Back to the list</source>
        <extracomment>How often the open jobs are read again while the panel is on screen (milliseconds).</extracomment>
        <translation>Wróć do listy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="155"/>
        <source>No printer is set up at this terminal (see [[printer]] in station.toml).</source>
        <translation>Na tym terminalu nie ustawiono drukarki (zob. [[printer]] w station.toml).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="158"/>
        <source>Reading the print queue …</source>
        <translation>Odczyt kolejki wydruku …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="161"/>
        <source>Every card has printed: nothing is waiting.</source>
        <translation>Wszystkie karty wydrukowane: nic nie czeka.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="163"/>
        <source>%n card(s) not printed yet</source>
        <translation>
            <numerusform>%n karta jeszcze niewydrukowana</numerusform>
            <numerusform>%n karty jeszcze niewydrukowane</numerusform>
            <numerusform>%n kart jeszcze niewydrukowanych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="166"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="167"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="177"/>
        <source>Pallet card %s</source>
        <translation>Karta palety %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="179"/>
        <source>Lot card %s</source>
        <translation>Karta partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="180"/>
        <source>REPRINT</source>
        <translation>DUPLIKAT</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="184"/>
        <source>waiting for the printer</source>
        <translation>czeka na drukarkę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="184"/>
        <source>waiting to print</source>
        <translation>czeka na wydruk</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="186"/>
        <source>printing</source>
        <translation>drukuje się</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="187"/>
        <source>may have printed</source>
        <translation>mogła się wydrukować</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="188"/>
        <source>cannot print</source>
        <translation>nie da się wydrukować</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="189"/>
        <source>printed</source>
        <translation>wydrukowana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="190"/>
        <source>cancelled</source>
        <translation>anulowana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="201"/>
        <source>queued just now</source>
        <translation>w kolejce od chwili</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="203"/>
        <source>queued %n min ago</source>
        <translation>
            <numerusform>w kolejce od %n min</numerusform>
            <numerusform>w kolejce od %n min</numerusform>
            <numerusform>w kolejce od %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="204"/>
        <source>queued %n h ago</source>
        <translation>
            <numerusform>w kolejce od %n godz.</numerusform>
            <numerusform>w kolejce od %n godz.</numerusform>
            <numerusform>w kolejce od %n godz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="208"/>
        <source>on %s</source>
        <translation>na %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="212"/>
        <source>The station stopped while sending this card: look at the printer before you retry.</source>
        <translation>Stacja przerwała pracę podczas wysyłania tej karty: zanim ponowisz, zajrzyj do drukarki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="234"/>
        <source>Print %s again?</source>
        <translation>Wydrukować ponownie: %s?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="237"/>
        <source>The station stopped while sending it, so it may have come out already. Look at the printer: print it again only if no card came out, or there will be two.</source>
        <translation>Stacja przerwała pracę podczas wysyłania, więc karta mogła już wyjść. Zajrzyj do drukarki: drukuj ponownie tylko wtedy, gdy żadna karta nie wyszła, inaczej będą dwie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="241"/>
        <source>No, leave it</source>
        <translation>Nie, zostaw</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="242"/>
        <source>Yes, no card came out:
print it again</source>
        <translation>Tak, karta nie wyszła:
drukuj ponownie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="244"/>
        <source>Did %s come out of the printer?</source>
        <translation>Czy %s wyszła z drukarki?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="247"/>
        <source>Yes: the job is closed and the card is recorded as printed. No: the job is closed and nothing is recorded; print the card again from its screen when you need it.</source>
        <translation>Tak: zlecenie zostaje zamknięte, a karta zapisana jako wydrukowana. Nie: zlecenie zostaje zamknięte i nic nie jest zapisane; wydrukuj kartę ponownie z jej ekranu, gdy będzie potrzebna.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="251"/>
        <source>No, nothing came out</source>
        <translation>Nie, nic nie wyszło</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="252"/>
        <source>Yes, it printed</source>
        <translation>Tak, wydrukowała się</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="278"/>
        <source>%s goes to %s again now.</source>
        <translation>%s idzie teraz ponownie do drukarki %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="295"/>
        <source>%s was taken out of the print queue.</source>
        <translation>%s została usunięta z kolejki wydruku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/print_jobs.py" line="303"/>
        <source>%s is recorded as printed.</source>
        <translation>%s jest zapisana jako wydrukowana.</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="95"/>
        <source>Quality</source>
        <translation>Jakość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="98"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="99"/>
        <source>Hold the lot</source>
        <translation>Wstrzymaj partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="100"/>
        <source>Release the lot</source>
        <translation>Zwolnij partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="128"/>
        <source>Show the lot</source>
        <translation>Pokaż partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="128"/>
        <source>Lot code</source>
        <translation>Kod partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="150"/>
        <source>RELEASED</source>
        <translation>ZWOLNIONA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="151"/>
        <source>ON HOLD</source>
        <translation>WSTRZYMANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="152"/>
        <source>RECALLED</source>
        <translation>WYCOFANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="156"/>
        <source>Lot: scan its label or tap to type</source>
        <translation>Partia: zeskanuj etykietę lub dotknij, by wpisać</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="161"/>
        <source>Scan a lot label, or tap the box above to type its code.</source>
        <translation>Zeskanuj etykietę partii albo dotknij pola powyżej, by wpisać jej kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="167"/>
        <source>Lot %s · %s</source>
        <translation>Partia %s · %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="170"/>
        <source>Held by %s on %s: %s</source>
        <translation>Wstrzymał(a): %s, %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="171"/>
        <source>Released by %s on %s: %s</source>
        <translation>Zwolnił(a): %s, %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="176"/>
        <source>A recall is undone only centrally by quality on the server.</source>
        <translation>Wycofanie odwołuje tylko dział jakości centralnie, na serwerze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="188"/>
        <source>Use this reason</source>
        <translation>Użyj tego powodu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="188"/>
        <source>Reason, in your words</source>
        <translation>Powód, własnymi słowami</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="202"/>
        <source>Reason: %s</source>
        <translation>Powód: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="202"/>
        <source>Type another reason</source>
        <translation>Wpisz inny powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="209"/>
        <source>Only quality holds or releases a lot: a quality person must sign in and do it.</source>
        <translation>Partię wstrzymuje i zwalnia tylko dział jakości: osoba z jakości musi się zalogować i to zrobić.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="213"/>
        <source>Lot %s is recalled: it is not released here.</source>
        <translation>Partia %s jest wycofana: nie zwalnia się jej tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="215"/>
        <source>Tap a reason or type one.</source>
        <translation>Wybierz powód lub go wpisz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="230"/>
        <source>Lot %s goes on hold.</source>
        <translation>Partia %s zostaje wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="230"/>
        <source>Lot %s is released.</source>
        <translation>Partia %s zostaje zwolniona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="234"/>
        <source>Sign: hold lot %s</source>
        <translation>Podpis: wstrzymanie partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="234"/>
        <source>Sign: release lot %s</source>
        <translation>Podpis: zwolnienie partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="245"/>
        <source>Lot %s is on hold: it cannot be used until released.</source>
        <translation>Partia %s jest wstrzymana: nie można jej użyć, dopóki nie zostanie zwolniona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="247"/>
        <source>Lot %s is released: it may be used again.</source>
        <translation>Partia %s jest zwolniona: można jej znów używać.</translation>
    </message>
</context>
<context>
    <name>QuantityPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="129"/>
        <source>The next lot you scan records this quantity. Without it, the quantity comes from the BOM.</source>
        <translation>Następna zeskanowana partia zapisze tę ilość. Bez niej ilość pochodzi z receptury.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="142"/>
        <source>Use for
next scan</source>
        <translation>Użyj przy
nast. skanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="151"/>
        <source>Use the BOM quantity</source>
        <translation>Ilość z receptury</translation>
    </message>
</context>
<context>
    <name>QueueCard</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="71"/>
        <source>done %s / %s %s</source>
        <translation>zrobiono %s / %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="80"/>
        <source>BOM</source>
        <translation>Receptura</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="83"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="107"/>
        <source>due %s</source>
        <translation>termin %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="107"/>
        <source>no due date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="109"/>
        <source>priority %s</source>
        <translation>priorytet %s</translation>
    </message>
</context>
<context>
    <name>ReceiptRow</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="34"/>
        <source>no expiry</source>
        <translation>bez daty ważności</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="37"/>
        <source>supplier lot %s · %s %s · expires %s</source>
        <translation>partia dostawcy %s · %s %s · ważna do %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="43"/>
        <source>Reprint card</source>
        <translation>Drukuj kartę ponownie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="43"/>
        <source>Print card</source>
        <translation>Drukuj kartę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in.py" line="46"/>
        <source>Preview card</source>
        <translation>Podgląd karty</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="148"/>
        <source>Nobody may override this at the station.</source>
        <translation>Nikt nie może tego pominąć na stanowisku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="150"/>
        <source>A quality person may sign this.</source>
        <translation>Może to podpisać pracownik działu jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="152"/>
        <source>A shift lead may override.</source>
        <translation>Kierownik zmiany może to pominąć.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="154"/>
        <source>May override: %s.</source>
        <translation>Może pominąć: %s.</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="64"/>
        <source>No override reason of the plant&apos;s answers all of these together: put the lot aside.</source>
        <translation>Żaden powód odstępstwa w zakładzie nie obejmuje wszystkich tych odmów naraz: odłóż partię.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="73"/>
        <source>Put the lot aside</source>
        <translation>Odłóż partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="77"/>
        <source>Quality signature</source>
        <translation>Podpis działu jakości</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="79"/>
        <source>Shift lead override</source>
        <translation>Zgoda brygadzisty</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="81"/>
        <source>Override</source>
        <translation>Odstępstwo</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="95"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="134"/>
        <source>Pick the reason for the override.</source>
        <translation>Wybierz powód zgody.</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="174"/>
        <source>No, it was one scan</source>
        <translation>Nie, to jeden skan</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="176"/>
        <source>Yes, record it again</source>
        <translation>Tak, zapisz ponownie</translation>
    </message>
</context>
<context>
    <name>ReprintPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="27"/>
        <source>The new card says REPRINT, and the log records it as a reprint.</source>
        <translation>Nowa karta ma napis DUPLIKAT, a dziennik zapisze ją jako duplikat.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="30"/>
        <source>No, keep the card I have</source>
        <translation>Nie, zostaw obecną kartę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="32"/>
        <source>Yes, reprint</source>
        <translation>Tak, drukuj duplikat</translation>
    </message>
</context>
<context>
    <name>ScanToast</name>
    <message>
        <location filename="../../src/floorstation/ui/scan_feedback.py" line="52"/>
        <source>Read: %s</source>
        <translation>Odczytano: %s</translation>
    </message>
</context>
<context>
    <name>ScreenContext</name>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="139"/>
        <source>Scan your badge first (or sign in with your name and PIN).</source>
        <translation>Najpierw zeskanuj identyfikator (albo zaloguj się nazwiskiem i PIN-em).</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="149"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="152"/>
        <source>Settings (admin)</source>
        <translation>Ustawienia (administrator)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="153"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="155"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="156"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="317"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="157"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="328"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="158"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="159"/>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="163"/>
        <source>Print queue</source>
        <translation>Kolejka wydruku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="164"/>
        <source>Camera picture</source>
        <translation>Obraz z kamery</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="232"/>
        <source>locked: bound to the event log</source>
        <translation>zablokowane: związane z dziennikiem zdarzeń</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="235"/>
        <source>Station id</source>
        <translation>Id stanowiska</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="236"/>
        <source>Log epoch</source>
        <translation>Epoka dziennika</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="237"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="238"/>
        <source>Station code (goods-in lots)</source>
        <translation>Kod stanowiska (partie przyjęć)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="239"/>
        <source>Machines</source>
        <translation>Maszyny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="239"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="240"/>
        <source>SSCC range</source>
        <translation>Zakres SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="241"/>
        <source>Lot codes</source>
        <translation>Kody partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="244"/>
        <source>Idle sign-out</source>
        <translation>Wylogowanie bezczynnych</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="245"/>
        <source>after %s s</source>
        <translation>po %s s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="247"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="351"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="249"/>
        <source>PIN after a badge scan</source>
        <translation>PIN po skanie identyfikatora</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="249"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="326"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="249"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="326"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="252"/>
        <source>The station id and the epoch are part of every event this station recorded: changing them would fork its log, so they never change here. The rest is set in station.toml and read when the terminal starts.</source>
        <translation>Id stanowiska i epoka są częścią każdego zdarzenia zapisanego na tym stanowisku: ich zmiana rozszczepiłaby dziennik, więc nie zmienia się ich tutaj. Resztę ustawia się w station.toml; terminal czyta go przy starcie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="258"/>
        <source>Warning: this station makes SSCCs from the default range of station.toml. Another station left on it makes the same SSCCs: enroll this station with the server, which gives it a block of its own.</source>
        <translation>Uwaga: to stanowisko nadaje numery SSCC z domyślnego zakresu ze station.toml. Inne stanowisko z tym samym zakresem nada te same numery: zarejestruj to stanowisko na serwerze, który przydzieli mu własną pulę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="273"/>
        <source>given by the server at enrollment</source>
        <translation>przydzielony przez serwer przy rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="275"/>
        <source>from station.toml: not enrolled</source>
        <translation>ze station.toml: stanowisko niezarejestrowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="282"/>
        <source>ready</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="283"/>
        <source>listening</source>
        <translation>nasłuchuje</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="284"/>
        <source>set up</source>
        <translation>skonfigurowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="285"/>
        <source>disconnected</source>
        <translation>odłączone</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="286"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="287"/>
        <source>not configured</source>
        <translation>nieskonfigurowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="290"/>
        <source>keyboard scanner</source>
        <translation>skaner klawiaturowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="291"/>
        <source>serial scanner</source>
        <translation>skaner szeregowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="292"/>
        <source>USB scanner</source>
        <translation>skaner USB</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="293"/>
        <source>scanner</source>
        <translation>skaner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="294"/>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="295"/>
        <source>printer</source>
        <translation>drukarka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="308"/>
        <source>not watched</source>
        <translation>nieobserwowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="317"/>
        <source>none set up in station.toml</source>
        <translation>żadne nie są ustawione w station.toml</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="318"/>
        <source>Live states; scanners, cameras and printers are set up in station.toml.</source>
        <translation>Stany na żywo; skanery, kamery i drukarki ustawia się w station.toml.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="324"/>
        <source>checking …</source>
        <translation>sprawdzanie …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="324"/>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="328"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="329"/>
        <source>Enrolled</source>
        <translation>Zarejestrowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="336"/>
        <source>No sync worker runs on this terminal.</source>
        <translation>Na tym terminalu nie działa synchronizacja.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="339"/>
        <source>Nothing is lost: the refused events stay on this station and are offered again every round, and the events after them wait behind them. Tell the server admin what the server said above; sync goes on by itself once the server takes them.</source>
        <translation>Nic nie zginęło: odrzucone zdarzenia zostają na tej stacji i są wysyłane ponownie w każdej rundzie, a późniejsze czekają za nimi. Przekaż administratorowi serwera, co serwer odpowiedział (powyżej); synchronizacja ruszy sama, gdy serwer je przyjmie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="345"/>
        <source>Nothing is lost: the events stay on this station and go up by themselves once the server answers. If it lasts, check the network and ask IT whether the server is running.</source>
        <translation>Nic nie zginęło: zdarzenia zostają na tej stacji i zostaną wysłane same, gdy serwer odpowie. Jeśli to trwa, sprawdź sieć i zapytaj dział IT, czy serwer działa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="349"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="358"/>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="349"/>
        <source>online</source>
        <translation>w sieci</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="349"/>
        <source>offline</source>
        <translation>poza siecią</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="350"/>
        <source>Events not synced yet</source>
        <translation>Zdarzenia jeszcze niewysłane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="351"/>
        <source>Last full sync</source>
        <translation>Ostatnia pełna synchronizacja</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="352"/>
        <source>Last problem</source>
        <translation>Ostatni problem</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="355"/>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="358"/>
        <source>sync is not set up</source>
        <translation>synchronizacja nie jest ustawiona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="361"/>
        <source>To enrol this station (again), scan the QR code the office shows for it while this page is open.</source>
        <translation>Aby (ponownie) zarejestrować to stanowisko, zeskanuj przy otwartej stronie kod QR, który biuro dla niego pokazuje.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="369"/>
        <source>This terminal&apos;s version</source>
        <translation>Wersja tego terminala</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="370"/>
        <source>The plant runs</source>
        <translation>Wersja zakładu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="370"/>
        <source>not heard from the server yet</source>
        <translation>brak jeszcze odpowiedzi serwera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="374"/>
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="374"/>
        <source>This terminal is behind the plant: ask IT to update it.</source>
        <translation>Ten terminal ma starszą wersję niż zakład: poproś dział IT o aktualizację.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="379"/>
        <source>not used: %s</source>
        <translation>nieużywane: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="381"/>
        <source>restart the terminal to use: %s</source>
        <translation>uruchom terminal ponownie, aby użyć: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="383"/>
        <source>in use (station.toml overrides them key by key)</source>
        <translation>w użyciu (station.toml ma pierwszeństwo klucz po kluczu)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="384"/>
        <source>Settings from the server</source>
        <translation>Ustawienia z serwera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="395"/>
        <source>The terminal&apos;s language (the whole screen changes at once):</source>
        <translation>Język terminala (cały ekran zmienia się od razu):</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="409"/>
        <source>Not installed: %s (run &apos;make translations&apos;).</source>
        <translation>Nie zainstalowano: %s (uruchom &apos;make translations&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="420"/>
        <source>What this terminal is for (the screen people land on after signing in):</source>
        <translation>Do czego służy ten terminal (ekran widoczny po zalogowaniu):</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="432"/>
        <source>Every other screen stays in the menu. The mode is remembered in station.toml.</source>
        <translation>Pozostałe ekrany zostają w menu. Tryb jest zapamiętywany w station.toml.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="450"/>
        <source>That language is not installed on this terminal.</source>
        <translation>Tego języka nie zainstalowano na tym terminalu.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="106"/>
        <source>Scan your badge</source>
        <translation>Zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="107"/>
        <source>… or tap your name and type your PIN</source>
        <translation>… albo dotknij swojego nazwiska i wpisz PIN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="108"/>
        <source>Signed in here</source>
        <translation>Zalogowani tutaj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="109"/>
        <source>Nobody yet.</source>
        <translation>Jeszcze nikt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="110"/>
        <source>Close terminal (admin)</source>
        <translation>Zamknij terminal (administrator)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="112"/>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="159"/>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="115"/>
        <source>Not enrolled with the plant&apos;s server yet: records stay here. To enrol, scan the QR code the office shows for this station.</source>
        <translation>Jeszcze niezarejestrowane na serwerze zakładu: zapisy zostają tutaj. Aby zarejestrować, zeskanuj kod QR, który biuro pokazuje dla tego stanowiska.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="126"/>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="171"/>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="171"/>
        <source>PIN for %s</source>
        <translation>PIN dla: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="174"/>
        <source>Sign in: %s</source>
        <translation>Logowanie: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="209"/>
        <source>A note from the previous shift is waiting: open the task to read it.</source>
        <translation>Czeka notatka od poprzedniej zmiany: otwórz zadanie, aby ją przeczytać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="217"/>
        <source>%s: signed in. Scan a supplier label to receive a lot.</source>
        <translation>%s: zalogowano. Zeskanuj etykietę dostawcy, aby przyjąć partię.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="219"/>
        <source>%s: signed in. Choose the customer, then scan each pallet as it is loaded.</source>
        <translation>%s: zalogowano. Wybierz klienta, a potem skanuj każdą ładowaną paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="221"/>
        <source>%s: signed in. Tap a task to work on it.</source>
        <translation>%s: zalogowano. Dotknij zadania, aby nad nim pracować.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="223"/>
        <source>%s: signed in. Open Out of order to mark a machine down or put it back in service.</source>
        <translation>%s: zalogowano. Otwórz Awarię, aby zgłosić awarię maszyny albo przywrócić ją do pracy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="225"/>
        <source>%s: signed in. Scan a lot or pallet to trace it; Quality holds and releases lots.</source>
        <translation>%s: zalogowano. Zeskanuj partię lub paletę, aby ją prześledzić; w Jakości wstrzymasz i zwolnisz partie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="226"/>
        <source>%s: signed in.</source>
        <translation>%s: zalogowano.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="235"/>
        <source>%s: signed out.</source>
        <translation>%s: wylogowano.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="23"/>
        <source>I approve this override</source>
        <translation>Zatwierdzam to obejście</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="24"/>
        <source>I confirm the machine is fixed</source>
        <translation>Potwierdzam, że maszyna jest naprawiona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="25"/>
        <source>Lot held</source>
        <translation>Partia wstrzymana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="26"/>
        <source>Lot released</source>
        <translation>Partia zwolniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="27"/>
        <source>Pallet voided</source>
        <translation>Paleta unieważniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="34"/>
        <source>shift lead</source>
        <translation>brygadzista</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="35"/>
        <source>maintenance</source>
        <translation>utrzymanie ruchu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="36"/>
        <source>quality</source>
        <translation>jakość</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="67"/>
        <source>PIN of the person signing</source>
        <translation>PIN osoby podpisującej</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="68"/>
        <source>Sign</source>
        <translation>Podpisz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="78"/>
        <source>Signing means: “%s”</source>
        <translation>Podpis oznacza: „%s”</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="80"/>
        <source>Who signs (%s): scan your badge or tap your name, then type your PIN.</source>
        <translation>Kto podpisuje (%s): zeskanuj identyfikator lub dotknij swojego nazwiska, potem wpisz PIN.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="97"/>
        <source>Scan your badge or tap your name first, then type your PIN.</source>
        <translation>Najpierw zeskanuj identyfikator lub dotknij swojego nazwiska, potem wpisz PIN.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="196"/>
        <source>Nobody signed in: scan your badge</source>
        <extracomment>Chips shown at most; the rest are summed up in a &quot;+N&quot; chip that leads to the sign-in screen.</extracomment>
        <translation>Nikt nie jest zalogowany: zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="205"/>
        <source>RUNNING</source>
        <translation>PRACA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="206"/>
        <source>IDLE</source>
        <translation>POSTÓJ</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="207"/>
        <source>PAUSED</source>
        <translation>PAUZA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="208"/>
        <source>OUT OF ORDER</source>
        <translation>AWARIA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="293"/>
        <source>sync not set up</source>
        <translation>synchronizacja nieustawiona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="299"/>
        <source>online</source>
        <translation>w sieci</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="304"/>
        <source>Sync: refused – see settings</source>
        <translation>Synchronizacja: odrzucona – zobacz ustawienia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="295"/>
        <source>server not answering · %n to send</source>
        <translation>
            <numerusform>serwer nie odpowiada · %n do wysłania</numerusform>
            <numerusform>serwer nie odpowiada · %n do wysłania</numerusform>
            <numerusform>serwer nie odpowiada · %n do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="297"/>
        <source>Waiting %1 s for the server&apos;s answer.</source>
        <translation>Od %1 s czekam na odpowiedź serwera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="299"/>
        <source>online · %n to send</source>
        <translation>
            <numerusform>w sieci · %n do wysłania</numerusform>
            <numerusform>w sieci · %n do wysłania</numerusform>
            <numerusform>w sieci · %n do wysłania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="306"/>
        <source>offline · %n to send</source>
        <translation>
            <numerusform>poza siecią · %n do wysłania</numerusform>
            <numerusform>poza siecią · %n do wysłania</numerusform>
            <numerusform>poza siecią · %n do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="306"/>
        <source>offline</source>
        <translation>poza siecią</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="320"/>
        <source>Update due: %1</source>
        <translation>Aktualizacja: %1</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="323"/>
        <source>This terminal runs %1; ask IT to update it. Nothing recorded here is lost by the update.</source>
        <translation>Ten terminal ma wersję %1; poproś dział IT o aktualizację. Aktualizacja nie usuwa niczego, co tu zapisano.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="327"/>
        <source>Restart due</source>
        <translation>Wymagany restart</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="328"/>
        <source>The server changed this station&apos;s settings; they take effect when it starts again.</source>
        <translation>Serwer zmienił ustawienia tego stanowiska; zaczną obowiązywać po ponownym uruchomieniu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="342"/>
        <source>Clock is %n min off – call IT</source>
        <translation>
            <numerusform>Zegar odbiega o %n min – zadzwoń do IT</numerusform>
            <numerusform>Zegar odbiega o %n min – zadzwoń do IT</numerusform>
            <numerusform>Zegar odbiega o %n min – zadzwoń do IT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="344"/>
        <source>Clock is %n days off – call IT</source>
        <translation>
            <numerusform>Zegar odbiega o %n dzień – zadzwoń do IT</numerusform>
            <numerusform>Zegar odbiega o %n dni – zadzwoń do IT</numerusform>
            <numerusform>Zegar odbiega o %n dni – zadzwoń do IT</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="347"/>
        <source>The server does not take holds and releases from a terminal whose clock is this far off.</source>
        <translation>Serwer nie przyjmuje blokad ani zwolnień partii z terminala, którego zegar odbiega tak bardzo.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="354"/>
        <source>Scanner</source>
        <translation>Skaner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="354"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="354"/>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="356"/>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="357"/>
        <source>listening</source>
        <translation>nasłuchuje</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="358"/>
        <source>set up</source>
        <translation>skonfigurowana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="359"/>
        <source>disconnected</source>
        <translation>odłączona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="360"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="361"/>
        <source>not configured</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="63"/>
        <source>Scrap reason</source>
        <translation>Powód braków</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="54"/>
        <source>Stop for now</source>
        <translation>Zatrzymaj na razie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="71"/>
        <source>Operation finished</source>
        <translation>Operacja zakończona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="87"/>
        <source>Good: %s %s</source>
        <translation>Dobre: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="88"/>
        <source>Scrap: %s %s</source>
        <translation>Braki: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="96"/>
        <source>Pick the scrap reason, then press Stop again.</source>
        <translation>Wybierz powód braków i naciśnij Stop jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>TaskScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="174"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="175"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="176"/>
        <source>Count</source>
        <translation>Zlicz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="177"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="178"/>
        <source>Type a
lot code</source>
        <translation>Wpisz
kod partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="179"/>
        <source>New lot</source>
        <translation>Nowa partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="180"/>
        <source>Scan the lots you use</source>
        <translation>Skanuj zużywane partie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>Time</source>
        <translation>Godz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="181"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="185"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="207"/>
        <source>No task open: pick one from the machine&apos;s queue on Home.</source>
        <translation>Nie otwarto zadania: wybierz je z kolejki maszyny na ekranie głównym.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="226"/>
        <source>%s (%s) on %s · done %s / %s %s</source>
        <translation>%s (%s) na %s · zrobiono %s / %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="228"/>
        <source>scrap %s</source>
        <translation>braki %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="229"/>
        <source>rework %s</source>
        <translation>poprawki %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="230"/>
        <source>crew: %s</source>
        <translation>zespół: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="233"/>
        <source>Production lot: %s</source>
        <translation>Partia produkcyjna: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="233"/>
        <source>opens at Start</source>
        <translation>otworzy się przy Start</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="243"/>
        <source>, expires %s</source>
        <translation>, ważna do %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="245"/>
        <source>&amp;nbsp;&amp;nbsp;use first: &lt;b&gt;%s&lt;/b&gt;%s%s</source>
        <translation>&amp;nbsp;&amp;nbsp;użyj najpierw: &lt;b&gt;%s&lt;/b&gt;%s%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="247"/>
        <source>no usable lot on record</source>
        <translation>brak partii, której można użyć</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="248"/>
        <source>This task uses no materials.</source>
        <translation>To zadanie nie zużywa materiałów.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="274"/>
        <source>A note from the previous shift</source>
        <translation>Notatka od poprzedniej zmiany</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="297"/>
        <source>Join</source>
        <translation>Dołącz</translation>
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
        <translation>Następny skan:
%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="305"/>
        <source>Next scan:
BOM quantity</source>
        <translation>Następny skan:
ilość z receptury</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="333"/>
        <source>Started %s.</source>
        <translation>Rozpoczęto %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="338"/>
        <source>Paused.</source>
        <translation>Wstrzymano.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="340"/>
        <source>Pause %s</source>
        <translation>Pauza: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="343"/>
        <source>Resumed.</source>
        <translation>Wznowiono.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="352"/>
        <source>Count for %s: what did you make since the last count?</source>
        <translation>Zliczenie dla %s: co zrobiono od ostatniego zliczenia?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="361"/>
        <source>Counted: %s good, %s scrap, %s rework.</source>
        <translation>Zliczono: %s dobrych, %s braków, %s poprawek.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="382"/>
        <source>Stop %s: anything not counted yet?</source>
        <translation>Zatrzymaj %s: coś jeszcze niezliczone?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="386"/>
        <source>Operation finished: %s good, %s scrap.</source>
        <translation>Operacja zakończona: %s dobrych, %s braków.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="388"/>
        <source>Stopped for now: %s good, %s scrap.</source>
        <translation>Zatrzymano na razie: %s dobrych, %s braków.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="438"/>
        <source>Note left for whoever takes over.</source>
        <translation>Zostawiono notatkę dla następnej osoby.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="442"/>
        <source>A note for whoever takes over? (Cancel: no note)</source>
        <translation>Notatka dla następnej osoby? (Anuluj: bez notatki)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="444"/>
        <source>Leave note</source>
        <translation>Zostaw notatkę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="449"/>
        <source>A new production lot is open.</source>
        <translation>Otwarto nową partię produkcyjną.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="455"/>
        <source>Quantity for the next scan</source>
        <translation>Ilość dla następnego skanu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="463"/>
        <source>Use this lot</source>
        <translation>Użyj tej partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="466"/>
        <source>Type the lot code from the label</source>
        <translation>Wpisz kod partii z etykiety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="522"/>
        <source>How much of lot %s did you use?</source>
        <translation>Ile partii %s zużyto?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="549"/>
        <source>Used %s %s of %s</source>
        <translation>Zużyto %s %s z partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="551"/>
        <source>(override: %s)</source>
        <translation>(za zgodą: %s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="553"/>
        <source>%s more than the lot has on record, within the plant&apos;s tolerance: tell your shift lead.</source>
        <translation>O %s więcej, niż partia ma według ewidencji, w granicach tolerancji zakładu: powiedz kierownikowi zmiany.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="558"/>
        <source>Older lot %s not used: %s.</source>
        <translation>Starsza partia %s nie użyta: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="589"/>
        <source>Lot %s expires before %s: why not use it?</source>
        <translation>Partia %s traci ważność przed %s: dlaczego nie ona?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="595"/>
        <source>Lot %s cannot be used</source>
        <translation>Partii %s nie można użyć</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="600"/>
        <source>Same lot again?</source>
        <translation>Ta sama partia jeszcze raz?</translation>
    </message>
</context>
<context>
    <name>TraceScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="96"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="118"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="135"/>
        <source>Trace</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="97"/>
        <source>Hold / release</source>
        <translation>Wstrzymaj / zwolnij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="98"/>
        <source>Picture</source>
        <translation>Schemat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="99"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="102"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="103"/>
        <source>From</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="104"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="105"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="106"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="107"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="108"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="114"/>
        <source>Scan a lot or pallet label, or tap the box above to type its code.</source>
        <translation>Zeskanuj etykietę partii lub palety albo dotknij pola powyżej, aby wpisać kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="125"/>
        <source>Lot or SSCC: tap to type</source>
        <translation>Partia lub SSCC: dotknij, aby wpisać</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="138"/>
        <source>Lot code or SSCC</source>
        <translation>Kod partii lub SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="190"/>
        <source>, expires %s</source>
        <translation>, ważna do %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="191"/>
        <source>Lot %s (%s)</source>
        <translation>Partia %s (%s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="193"/>
        <source>Pallet %s holds</source>
        <translation>Paleta %s zawiera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/trace.py" line="196"/>
        <source>%n link(s) back</source>
        <translation>
            <numerusform>%n powiązanie wstecz</numerusform>
            <numerusform>%n powiązania wstecz</numerusform>
            <numerusform>%n powiązań wstecz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/trace.py" line="197"/>
        <source>%n forward</source>
        <translation>
            <numerusform>%n w przód</numerusform>
            <numerusform>%n w przód</numerusform>
            <numerusform>%n w przód</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/trace.py" line="198"/>
        <source>%n pallet(s)</source>
        <translation>
            <numerusform>%n paleta</numerusform>
            <numerusform>%n palety</numerusform>
            <numerusform>%n palet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="203"/>
        <source>customers: %s</source>
        <translation>odbiorcy: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="215"/>
        <source>sources: this station, the server (asked %s)</source>
        <translation>źródła: ta stacja, serwer (zapytany %s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="219"/>
        <source>sources: this station, plant copy of %s</source>
        <translation>źródła: ta stacja, kopia zakładu z %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="221"/>
        <source>sources: this station (no plant copy yet)</source>
        <translation>źródła: ta stacja (brak jeszcze kopii zakładu)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="223"/>
        <source>; server not reachable</source>
        <translation>; serwer nieosiągalny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="226"/>
        <source>plant copy</source>
        <translation>kopia zakładu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="226"/>
        <source>server</source>
        <translation>serwer</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="232"/>
        <source>released</source>
        <translation>zwolniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="233"/>
        <source>on hold</source>
        <translation>wstrzymana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="234"/>
        <source>recalled</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="235"/>
        <source>built</source>
        <translation>utworzona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="236"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="237"/>
        <source>void</source>
        <translation>unieważniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="244"/>
        <source>back</source>
        <translation>wstecz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="244"/>
        <source>forward</source>
        <translation>w przód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="261"/>
        <source>pallet</source>
        <translation>paleta</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="26"/>
        <location filename="../../src/floorstation/ui/locale_text.py" line="27"/>
        <source>pcs</source>
        <extracomment>Units of measure as master data writes them, said in the terminal&apos;s language.</extracomment>
        <translation>szt.</translation>
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
        <translation>rolka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="35"/>
        <source>box</source>
        <translation>pudełko</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/locale_text.py" line="36"/>
        <source>case</source>
        <translation>karton</translation>
    </message>
</context>
<context>
    <name>UsedQuantityPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="198"/>
        <source>Left on record: %s</source>
        <translation>Pozostało według ewidencji: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="187"/>
        <source>not in the bill of materials</source>
        <translation>spoza receptury</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="201"/>
        <source>BOM need for the rest of the order: %s</source>
        <translation>Zapotrzebowanie wg BOM na resztę zlecenia: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="190"/>
        <source>Type the quantity you used, or confirm the proposal.</source>
        <translation>Wpisz zużytą ilość albo potwierdź propozycję.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="192"/>
        <source>Nothing of this lot is left on record: type the quantity you used.</source>
        <translation>Według ewidencji z tej partii nic nie zostało: wpisz zużytą ilość.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="204"/>
        <source>Record</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="205"/>
        <source>Type the quantity you used.</source>
        <translation>Wpisz zużytą ilość.</translation>
    </message>
</context>
<context>
    <name>VoidPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="56"/>
        <source>Pallet %s will be void: its quantity goes back to the lot and its card must not be used.</source>
        <translation>Paleta %s zostanie unieważniona: jej ilość wraca do partii, a jej karty nie wolno już używać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="60"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="62"/>
        <source>Void pallet</source>
        <translation>Unieważnij paletę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="69"/>
        <source>Wrong quantity</source>
        <translation>Zła ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="69"/>
        <source>Damaged goods</source>
        <translation>Uszkodzony towar</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet_panels.py" line="69"/>
        <source>Card unreadable</source>
        <translation>Nieczytelna karta</translation>
    </message>
</context>
<context>
    <name>WhoActs</name>
    <message>
        <location filename="../../src/floorstation/ui/who_acts.py" line="31"/>
        <source>%s acts at this terminal now.</source>
        <translation>%s działa teraz na tym terminalu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/who_acts.py" line="37"/>
        <source>Who acts: %s</source>
        <translation>Kto działa: %s</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="60"/>
        <source>keyboard</source>
        <extracomment>Seconds a request may wait for the server&apos;s answer before the strip stops saying &quot;online&quot;. How each device state (``domain.devices.DeviceState``) looks on the strip (the theme&apos;s ``device`` looks). With several scanners, the best state wins (one working scanner is enough to scan).</extracomment>
        <translation>klawiatura</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="62"/>
        <source>not started</source>
        <translation>nieuruchomione</translation>
    </message>
</context>
<context>
    <name>mode</name>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="32"/>
        <source>Production station</source>
        <translation>Stanowisko produkcyjne</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="33"/>
        <source>Goods-in station</source>
        <translation>Stanowisko przyjęcia towaru</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screen_context.py" line="34"/>
        <source>Dispatch station</source>
        <translation>Stanowisko wysyłki</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="23"/>
        <source>RUNNING</source>
        <translation>PRACA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="24"/>
        <source>IDLE</source>
        <translation>POSTÓJ</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="25"/>
        <source>PAUSED</source>
        <translation>PAUZA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="26"/>
        <source>OUT OF ORDER</source>
        <translation>AWARIA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="34"/>
        <source>ORDER ON HOLD</source>
        <translation>ZLECENIE WSTRZYMANE</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="35"/>
        <source>ORDER CLOSED</source>
        <translation>ZLECENIE ZAMKNIĘTE</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="36"/>
        <source>ORDER CANCELLED</source>
        <translation>ZLECENIE ANULOWANE</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="53"/>
        <source>per %s: </source>
        <translation>na %s: </translation>
    </message>
</context>
</TS>
