<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AdminClosePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="64"/>
        <source>Close terminal</source>
        <translation>Zamknij terminal</translation>
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
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="152"/>
        <source>Read last</source>
        <extracomment>How often the camera&apos;s state is read again while the panel is on screen (milliseconds).</extracomment>
        <translation>Ostatni odczyt</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="153"/>
        <source>Use this scan</source>
        <translation>Użyj tego odczytu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="160"/>
        <source>No camera is set up at this station.</source>
        <translation>Na tej stacji nie ustawiono kamery.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="161"/>
        <source>Add a [[camera]] table to station.toml and restart the terminal.</source>
        <translation>Dodaj tabelę [[camera]] do station.toml i uruchom terminal ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="163"/>
        <source>Camera %s has not started yet.</source>
        <translation>Kamera %s jeszcze nie wystartowała.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="164"/>
        <source>It starts a moment after the terminal; if it never does, restart the terminal.</source>
        <translation>Startuje chwilę po terminalu; jeśli nie wystartuje, uruchom terminal ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="166"/>
        <source>Camera %s is connected: the picture is live.</source>
        <translation>Kamera %s jest podłączona: obraz na żywo.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="167"/>
        <source>Hold the label flat, about a hand&apos;s width from the lens, until it is read.</source>
        <translation>Trzymaj etykietę płasko, około szerokości dłoni od obiektywu, aż zostanie odczytana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="169"/>
        <source>Camera %s is connected, but no pictures have come yet.</source>
        <translation>Kamera %s jest podłączona, ale nie przysłała jeszcze obrazu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="170"/>
        <source>Wait a few seconds; if the picture stays dark, check the lens cover and the light.</source>
        <translation>Poczekaj kilka sekund; jeśli obraz pozostaje ciemny, sprawdź osłonę obiektywu i oświetlenie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="172"/>
        <source>Camera %s sends no pictures: %s</source>
        <translation>Kamera %s nie przesyła obrazu: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="173"/>
        <source>Check its cable (or the network for an IP camera); it is looked for again by itself.</source>
        <translation>Sprawdź jej kabel (albo sieć dla kamery IP); terminal sam szuka jej ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="175"/>
        <source>Camera %s cannot be used: %s</source>
        <translation>Kamery %s nie można użyć: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="177"/>
        <source>Check that no other program uses it and that the terminal may open it; then restart the terminal. If it stays, call maintenance.</source>
        <translation>Sprawdź, czy nie używa jej inny program i czy terminal ma do niej dostęp; potem uruchom terminal ponownie. Jeśli to nie pomoże, wezwij utrzymanie ruchu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="192"/>
        <source>nothing yet</source>
        <translation>jeszcze nic</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="193"/>
        <source>Hold a label in front of the camera.</source>
        <translation>Przytrzymaj etykietę przed kamerą.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="197"/>
        <source>Not a code this station knows.</source>
        <translation>Tego kodu ta stacja nie zna.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="200"/>
        <source>a badge</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="201"/>
        <source>a lot</source>
        <translation>partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="202"/>
        <source>a pallet</source>
        <translation>paleta</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="203"/>
        <source>a machine</source>
        <translation>maszyna</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="204"/>
        <source>a task</source>
        <translation>zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="205"/>
        <source>a supplier&apos;s label</source>
        <translation>etykieta dostawcy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/camera_panel.py" line="208"/>
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
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="90"/>
        <source>Load a shipment</source>
        <translation>Załadunek wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="91"/>
        <source>Customer</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="92"/>
        <source>New shipment</source>
        <translation>Nowa wysyłka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="93"/>
        <source>Type an SSCC</source>
        <translation>Wpisz SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="100"/>
        <source>Dispatch</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="144"/>
        <source>Shipment: %s</source>
        <translation>Wysyłka: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="145"/>
        <source>On shipment %s: %n pallet(s)</source>
        <translation>
            <numerusform>Na wysyłce %s: %n paleta</numerusform>
            <numerusform>Na wysyłce %s: %n palety</numerusform>
            <numerusform>Na wysyłce %s: %n palet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="148"/>
        <source>Scan each pallet&apos;s SSCC as it is loaded – for %s</source>
        <translation>Skanuj SSCC każdej ładowanej palety – dla: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="150"/>
        <source>Choose the customer, then scan each pallet&apos;s SSCC as it is loaded.</source>
        <translation>Wybierz odbiorcę, potem skanuj SSCC każdej ładowanej palety.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="152"/>
        <source>Ready to ship: %n pallet(s)</source>
        <translation>
            <numerusform>Gotowe do wysyłki: %n paleta</numerusform>
            <numerusform>Gotowe do wysyłki: %n palety</numerusform>
            <numerusform>Gotowe do wysyłki: %n palet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="166"/>
        <source>Shipment %s is for %s: start a new shipment for another customer.</source>
        <translation>Wysyłka %s jest dla: %s. Dla innego odbiorcy rozpocznij nową wysyłkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="182"/>
        <source>Use this number</source>
        <translation>Użyj tego numeru</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="186"/>
        <source>Shipment number</source>
        <translation>Numer wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="194"/>
        <source>Load it</source>
        <translation>Załaduj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="197"/>
        <source>SSCC from the pallet card (18 digits)</source>
        <translation>SSCC z karty paletowej (18 cyfr)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="210"/>
        <source>Choose the customer first, then scan the pallet again.</source>
        <translation>Najpierw wybierz odbiorcę, potem zeskanuj paletę ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="215"/>
        <source>Pallet %s loaded for %s on %s.</source>
        <translation>Paleta %s załadowana dla: %s, wysyłka %s.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="46"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="51"/>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="26"/>
        <source>Badge &apos;{badge}&apos; is not known here.</source>
        <translation>Identyfikator &apos;{badge}&apos; nie jest tu znany.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="47"/>
        <source>Ask your shift lead to register your badge.</source>
        <translation>Poproś brygadzistę o zarejestrowanie identyfikatora.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="52"/>
        <source>Scan the shift lead&apos;s badge.</source>
        <translation>Zeskanuj identyfikator brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="56"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="61"/>
        <source>Unknown operator &apos;{operator}&apos;.</source>
        <translation>Nieznany pracownik &apos;{operator}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="57"/>
        <source>Pick your name from the list.</source>
        <translation>Wybierz swoje nazwisko z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="62"/>
        <source>Sign in with your badge.</source>
        <translation>Zaloguj się identyfikatorem.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="66"/>
        <source>No badge or name was given.</source>
        <translation>Nie podano identyfikatora ani nazwiska.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="67"/>
        <source>Scan your badge or pick your name.</source>
        <translation>Zeskanuj identyfikator albo wybierz swoje nazwisko.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="71"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="76"/>
        <source>{name} is not active.</source>
        <translation>{name} nie jest aktywny(-a).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="72"/>
        <source>Ask your shift lead.</source>
        <translation>Zapytaj brygadzistę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="77"/>
        <source>Ask another shift lead.</source>
        <translation>Poproś innego brygadzistę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="81"/>
        <source>{name} is not signed in at this station.</source>
        <translation>{name} nie jest zalogowany(-a) na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="82"/>
        <source>Scan your badge to sign in first.</source>
        <translation>Najpierw zaloguj się, skanując identyfikator.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="86"/>
        <source>{name} has no PIN set.</source>
        <translation>{name} nie ma ustawionego PIN-u.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="87"/>
        <source>Sign in with your badge, or ask an admin to set a PIN.</source>
        <translation>Zaloguj się identyfikatorem albo poproś administratora o ustawienie PIN-u.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="91"/>
        <source>Wrong PIN for {name}.</source>
        <translation>Błędny PIN dla: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="92"/>
        <source>Type your PIN again.</source>
        <translation>Wpisz PIN ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="96"/>
        <source>{name} cannot {action}: it needs the {role} role.</source>
        <translation>{name} nie może: {action} – potrzebna jest rola: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="97"/>
        <source>Ask a {first_role} to do it with their badge.</source>
        <translation>Poproś o to osobę z rolą {first_role} (jej identyfikatorem).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="102"/>
        <source>Unknown task &apos;{task}&apos;.</source>
        <translation>Nieznane zadanie &apos;{task}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="103"/>
        <source>Pick the task from the machine&apos;s queue or scan its code.</source>
        <translation>Wybierz zadanie z kolejki maszyny albo zeskanuj jego kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="107"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="112"/>
        <source>{name} is already working on task {task}.</source>
        <translation>{name} pracuje już przy zadaniu {task}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="108"/>
        <source>Stop that task, or sign out of it, before starting another.</source>
        <translation>Zatrzymaj tamto zadanie albo wypisz się z niego, zanim zaczniesz inne.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="113"/>
        <source>Nothing to do.</source>
        <translation>Nic nie trzeba robić.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="117"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="122"/>
        <source>Task {task} is paused.</source>
        <translation>Zadanie {task} jest wstrzymane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="118"/>
        <source>Press Resume to continue it.</source>
        <translation>Naciśnij Wznów, aby je kontynuować.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="123"/>
        <source>Press Resume first.</source>
        <translation>Najpierw naciśnij Wznów.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="127"/>
        <source>Task {task} is not running.</source>
        <translation>Zadanie {task} nie jest w toku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="128"/>
        <source>Press Start first.</source>
        <translation>Najpierw naciśnij Start.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="132"/>
        <source>Task {task} is not paused.</source>
        <translation>Zadanie {task} nie jest wstrzymane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="133"/>
        <source>Nothing to resume.</source>
        <translation>Nie ma czego wznawiać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="137"/>
        <source>Unknown pause reason &apos;{reason}&apos;.</source>
        <translation>Nieznany powód pauzy &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="138"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="143"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="373"/>
        <source>Pick a reason from the list.</source>
        <translation>Wybierz powód z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="142"/>
        <source>Unknown scrap reason &apos;{reason}&apos;.</source>
        <translation>Nieznany powód braku &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="147"/>
        <source>{qty} is more than ten times the planned {planned} for {order}.</source>
        <translation>{qty} to ponad dziesięć razy więcej niż planowane {planned} dla {order}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="148"/>
        <source>Check the quantities and enter them again.</source>
        <translation>Sprawdź ilości i wpisz je ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="152"/>
        <source>{machine} is out of order ({reasons}); no task can be started on it.</source>
        <translation>{machine} ma awarię ({reasons}); nie można na niej rozpocząć żadnego zadania.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="153"/>
        <source>Maintenance must put it back in service first.</source>
        <translation>Najpierw utrzymanie ruchu musi przywrócić ją do pracy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="157"/>
        <source>Product &apos;{product}&apos; of {order} is not in master data.</source>
        <translation>Wyrobu &apos;{product}&apos; ze zlecenia {order} nie ma w danych podstawowych.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="158"/>
        <source>Ask the office.</source>
        <translation>Zapytaj biuro.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="163"/>
        <source>A {what} is required.</source>
        <translation>Wymagane: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="164"/>
        <source>Choose or type the {what}.</source>
        <translation>Wybierz lub wpisz: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="168"/>
        <source>The {what} must be a number.</source>
        <translation>{what}: musi być liczbą.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="169"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="174"/>
        <source>Type it on the keypad.</source>
        <translation>Wpisz ją na klawiaturze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="173"/>
        <source>The {what} &apos;{value}&apos; is not a number.</source>
        <translation>{what}: &apos;{value}&apos; nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="178"/>
        <source>The {what} must be more than zero (got {value}).</source>
        <translation>{what}: musi być większa od zera (podano {value}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="179"/>
        <source>Enter the quantity you actually used or made.</source>
        <translation>Wpisz ilość faktycznie zużytą lub wyprodukowaną.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="183"/>
        <source>The {what} {value} is more than {limit} and cannot be right.</source>
        <translation>{what}: {value} to więcej niż {limit} – to nie może być prawda.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="184"/>
        <source>Check the number and enter it again.</source>
        <translation>Sprawdź liczbę i wpisz ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="188"/>
        <source>The {what} {value} has more than three decimals.</source>
        <translation>{what}: {value} ma więcej niż trzy miejsca po przecinku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="189"/>
        <source>Round it to three decimals.</source>
        <translation>Zaokrąglij do trzech miejsc po przecinku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="193"/>
        <source>The reason is longer than 200 characters.</source>
        <translation>Powód ma więcej niż 200 znaków.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="194"/>
        <source>Say it in fewer words.</source>
        <translation>Napisz to krócej.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="199"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="204"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="209"/>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="65"/>
        <source>Lot &apos;{lot}&apos; is not known at this station.</source>
        <translation>Partia &apos;{lot}&apos; nie jest znana na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="200"/>
        <source>Check the label; a new supplier lot must be received at goods-in first.</source>
        <translation>Sprawdź etykietę; nową partię dostawcy trzeba najpierw przyjąć na przyjęciu towaru.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="205"/>
        <source>Scan the lot card again.</source>
        <translation>Zeskanuj kartę partii ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="210"/>
        <source>Check the lot code.</source>
        <translation>Sprawdź kod partii.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="214"/>
        <source>No task is running: {task} is {status}.</source>
        <translation>Żadne zadanie nie jest w toku: {task} – {status}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="215"/>
        <source>Start (or resume) the task before scanning lots into it.</source>
        <translation>Rozpocznij (lub wznów) zadanie, zanim zeskanujesz do niego partie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="219"/>
        <source>Lot {lot} has nothing left on record.</source>
        <translation>W ewidencji partii {lot} nic nie zostało.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="220"/>
        <source>Enter the quantity you used.</source>
        <translation>Wpisz zużytą ilość.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="224"/>
        <source>Lot {lot} was already scanned into {task} {seconds} s ago ({qty}).</source>
        <translation>Partia {lot} została już zeskanowana do {task} {seconds} s temu ({qty}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="225"/>
        <source>Was that the same lot scanned twice? Confirm only if you really used it again.</source>
        <translation>Czy to ta sama partia zeskanowana dwa razy? Potwierdź tylko, jeśli naprawdę użyto jej ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="229"/>
        <source>Material &apos;{material}&apos; is not in master data.</source>
        <translation>Materiału &apos;{material}&apos; nie ma w danych podstawowych.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="230"/>
        <source>Check the label, or ask the office.</source>
        <translation>Sprawdź etykietę albo zapytaj biuro.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="234"/>
        <source>&apos;{code}&apos; is not a lot or pallet known at this station.</source>
        <translation>&apos;{code}&apos; nie jest partią ani paletą znaną na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="235"/>
        <source>Check the code and try again.</source>
        <translation>Sprawdź kod i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="240"/>
        <source>This is {what}, not a supplier&apos;s GS1 label with a GTIN.</source>
        <translation>To jest {what}, a nie etykieta GS1 dostawcy z numerem GTIN.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="241"/>
        <source>Scan the barcode that holds the GTIN (01), the lot (10) and the expiry date (17).</source>
        <translation>Zeskanuj kod kreskowy z numerem GTIN (01), partią (10) i datą ważności (17).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="247"/>
        <source>The label does not say how many arrived (no count (30) or (37)).</source>
        <translation>Etykieta nie podaje, ile przyszło (brak liczby (30) lub (37)).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="248"/>
        <source>Enter the quantity.</source>
        <translation>Wpisz ilość.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="252"/>
        <source>No material in master data has the GTIN {gtin}.</source>
        <translation>Żaden materiał w danych podstawowych nie ma numeru GTIN {gtin}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="253"/>
        <source>Ask the office to add this GTIN to the material, or receive the lot by hand.</source>
        <translation>Poproś biuro o dodanie tego GTIN do materiału albo przyjmij partię ręcznie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="257"/>
        <source>The label has no lot number (10), and {material} is lot-tracked.</source>
        <translation>Etykieta nie ma numeru partii (10), a {material} jest śledzony partiami.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="258"/>
        <source>Scan the barcode with the lot number, or receive the lot by hand and type it.</source>
        <translation>Zeskanuj kod z numerem partii albo przyjmij partię ręcznie i wpisz go.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="262"/>
        <source>Supplier lot {supplier_lot} of {material} was already received here as lot {lot}.</source>
        <translation>Partia dostawcy {supplier_lot} materiału {material} została już tu przyjęta jako partia {lot}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="265"/>
        <source>Do not receive it twice: put the label aside, or ask the office if this is a second delivery.</source>
        <translation>Nie przyjmuj jej dwa razy: odłóż etykietę albo zapytaj biuro, czy to druga dostawa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="271"/>
        <source>Supplier lot &apos;{supplier_lot}&apos; is not a lot number.</source>
        <translation>Partia dostawcy &apos;{supplier_lot}&apos; nie jest numerem partii.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="272"/>
        <source>Scan the supplier&apos;s label again.</source>
        <translation>Zeskanuj etykietę dostawcy ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="276"/>
        <source>Supplier lot &apos;{supplier_lot}&apos; has characters no GS1 label carries.</source>
        <translation>Partia dostawcy &apos;{supplier_lot}&apos; ma znaki, których nie ma na żadnej etykiecie GS1.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="277"/>
        <source>Type it again.</source>
        <translation>Wpisz ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="282"/>
        <source>Lot {lot} is {status}; it cannot be put on a pallet.</source>
        <translation>Partia {lot} – {status}; nie można jej położyć na palecie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="283"/>
        <source>Ask quality to release it first.</source>
        <translation>Najpierw poproś dział jakości o jej zwolnienie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="287"/>
        <source>Lot {lot} has {free} not yet on a pallet, less than {qty}.</source>
        <translation>Partia {lot} ma poza paletami tylko {free}, mniej niż {qty}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="288"/>
        <source>Enter a smaller quantity, or report the production first (Stop with the good quantity).</source>
        <translation>Wpisz mniejszą ilość albo najpierw zgłoś produkcję (Stop z ilością dobrą).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="294"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="299"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="304"/>
        <source>Pallet &apos;{sscc}&apos; is not known at this station.</source>
        <translation>Paleta &apos;{sscc}&apos; nie jest znana na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="295"/>
        <source>Scan the pallet card&apos;s SSCC.</source>
        <translation>Zeskanuj SSCC z karty palety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="300"/>
        <source>Scan the SSCC on the pallet card.</source>
        <translation>Zeskanuj SSCC na karcie palety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="305"/>
        <source>Build the pallet first.</source>
        <translation>Najpierw zbuduj paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="310"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment} at station {station} on {when}.</source>
        <translation>Paleta {sscc} została już wysłana do {customer} w wysyłce {shipment} na stanowisku {station} ({when}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="317"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment} at this station on {when}.</source>
        <translation>Paleta {sscc} została już wysłana do {customer} w wysyłce {shipment} na tym stanowisku ({when}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="324"/>
        <source>Pallet {sscc} was voided at station {station} on {when} ({reason}); it cannot ship.</source>
        <translation>Paleta {sscc} została unieważniona na stanowisku {station} ({when}, powód: {reason}); nie może zostać wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="331"/>
        <source>Pallet {sscc} was voided at this station on {when} ({reason}); it cannot ship.</source>
        <translation>Paleta {sscc} została unieważniona na tym stanowisku ({when}, powód: {reason}); nie może zostać wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="336"/>
        <source>Pallet {sscc} was already shipped to {customer} on {shipment}.</source>
        <translation>Paleta {sscc} została już wysłana do {customer} w wysyłce {shipment}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="313"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="320"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="337"/>
        <source>Check the pallet card; each pallet ships once.</source>
        <translation>Sprawdź kartę palety; każda paleta jest wysyłana raz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="341"/>
        <source>Pallet {sscc} is void; it cannot ship.</source>
        <translation>Paleta {sscc} jest unieważniona; nie może zostać wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="327"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="332"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="342"/>
        <source>Take its card off; the shift lead builds a new pallet for the goods.</source>
        <translation>Zdejmij jej kartę; brygadzista zbuduje dla towaru nową paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="346"/>
        <source>Pallet {sscc} is void; its card is not printed again.</source>
        <translation>Paleta {sscc} jest unieważniona; jej karta nie jest drukowana ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="347"/>
        <source>Build a new pallet.</source>
        <translation>Zbuduj nową paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="351"/>
        <source>Pallet {sscc} is {status}; only a pallet that has not shipped can be voided.</source>
        <translation>Paleta {sscc} – {status}; unieważnić można tylko paletę, która nie została wysłana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="352"/>
        <source>A shipped pallet is returned through the customer, not voided.</source>
        <translation>Wysłaną paletę zwraca się przez odbiorcę, nie unieważnia.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="356"/>
        <source>Unknown customer &apos;{customer}&apos;.</source>
        <translation>Nieznany odbiorca &apos;{customer}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="357"/>
        <source>Pick the customer from the list.</source>
        <translation>Wybierz odbiorcę z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="362"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="367"/>
        <source>Unknown machine &apos;{machine}&apos;.</source>
        <translation>Nieznana maszyna &apos;{machine}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="363"/>
        <source>Pick the machine from the list or scan its code.</source>
        <translation>Wybierz maszynę z listy albo zeskanuj jej kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="368"/>
        <source>Pick the machine from the list.</source>
        <translation>Wybierz maszynę z listy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="372"/>
        <source>Unknown out-of-order reason &apos;{reason}&apos;.</source>
        <translation>Nieznany powód awarii &apos;{reason}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="377"/>
        <source>No out-of-order mark was chosen to clear.</source>
        <translation>Nie wybrano żadnego zgłoszenia awarii do zamknięcia.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="378"/>
        <source>Tick the marks you have fixed.</source>
        <translation>Zaznacz zgłoszenia, które zostały naprawione.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="382"/>
        <source>Mark {mark} is not open on {machine}.</source>
        <translation>Zgłoszenie {mark} nie jest otwarte na {machine}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="383"/>
        <source>Refresh the list of open marks and try again.</source>
        <translation>Odśwież listę otwartych zgłoszeń i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="388"/>
        <source>A {card} card for {subject} was already printed or is waiting for its printer.</source>
        <translation>Karta ({card}) dla {subject} została już wydrukowana albo czeka na drukarkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="389"/>
        <source>Choose Reprint to print it again; it will say REPRINT.</source>
        <translation>Wybierz Duplikat, aby wydrukować ją ponownie; będzie oznaczona DUPLIKAT.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="393"/>
        <source>This station has no printer named &apos;{printer}&apos; (it has: {names}).</source>
        <translation>Ta stacja nie ma drukarki o nazwie &apos;{printer}&apos; (ma: {names}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="394"/>
        <location filename="../../src/floorstation/ui/error_texts.py" line="401"/>
        <source>Add a [[printer]] with its role to station.toml (docs/printers.md), or give a printer URL.</source>
        <translation>Dodaj [[printer]] z jej rolą do station.toml (docs/printers.md) albo podaj adres URL drukarki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="400"/>
        <source>No printer of this station prints {card} cards.</source>
        <translation>Żadna drukarka tej stacji nie drukuje kart typu: {card}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="407"/>
        <source>There is no print job &apos;{job}&apos;.</source>
        <translation>Nie ma zlecenia wydruku &apos;{job}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="408"/>
        <source>List the jobs with &apos;floorstation print jobs&apos;.</source>
        <translation>Wyświetl zlecenia poleceniem &apos;floorstation print jobs&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="412"/>
        <source>Print job {job} is {state}.</source>
        <translation>Zlecenie wydruku {job} – {state}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="413"/>
        <source>Only waiting or stuck jobs can change.</source>
        <translation>Zmienić można tylko zlecenia oczekujące lub zablokowane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="417"/>
        <source>Printer {printer} cannot be reached: {cause}.</source>
        <translation>Drukarka {printer} jest nieosiągalna: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="418"/>
        <source>Check that it is on and connected.</source>
        <translation>Sprawdź, czy jest włączona i podłączona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="422"/>
        <source>Printer {printer} is out of paper.</source>
        <translation>W drukarce {printer} skończył się papier.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="423"/>
        <source>Load paper; the card then prints by itself.</source>
        <translation>Włóż papier; karta wydrukuje się wtedy sama.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="427"/>
        <source>Printer {printer} has its cover open.</source>
        <translation>Drukarka {printer} ma otwartą pokrywę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="428"/>
        <source>Close the cover.</source>
        <translation>Zamknij pokrywę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="432"/>
        <source>Printer {printer} is offline.</source>
        <translation>Drukarka {printer} jest w trybie offline.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="433"/>
        <source>Check the printer&apos;s lights and paper.</source>
        <translation>Sprawdź kontrolki i papier drukarki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="437"/>
        <source>Printer {printer} cannot be written: {cause}.</source>
        <translation>Nie można pisać do drukarki {printer}: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="438"/>
        <source>Is it plugged in?</source>
        <translation>Czy jest podłączona?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="442"/>
        <source>Printer {printer} is {problem}.</source>
        <translation>Drukarka {printer}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="443"/>
        <source>The card prints once it is ready.</source>
        <translation>Karta wydrukuje się, gdy drukarka będzie gotowa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="447"/>
        <source>The station stopped while sending this card; check whether it came out.</source>
        <translation>Stacja przerwała pracę podczas wysyłania tej karty; sprawdź, czy wyszła.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="450"/>
        <source>&apos;{code}&apos; is not known at this station.</source>
        <translation>&apos;{code}&apos; nie jest znany na tej stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="453"/>
        <source>&apos;{code}&apos; reads as a {kind}, but no such {kind} is known here.</source>
        <translation>&apos;{code}&apos; wygląda na: {kind}, ale nic takiego nie jest tu znane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="457"/>
        <source>({ai}) {title} {value} has a wrong check digit (it should end in {expected}): the label is misprinted or was misread.</source>
        <translation>({ai}) {title} {value} ma błędną cyfrę kontrolną (powinna kończyć się na {expected}): etykieta jest źle wydrukowana albo źle odczytana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="463"/>
        <source>({ai}) {title}: {value} is not a real date (YYMMDD).</source>
        <translation>({ai}) {title}: {value} nie jest prawdziwą datą (RRMMDD).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="474"/>
        <source>quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="475"/>
        <source>good quantity</source>
        <translation>Ilość dobra</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="476"/>
        <source>scrap quantity</source>
        <translation>Ilość braków</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="477"/>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="478"/>
        <source>pause reason</source>
        <translation>powód pauzy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="479"/>
        <source>scrap reason</source>
        <translation>powód braku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="480"/>
        <source>shipment number</source>
        <translation>numer wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="481"/>
        <source>reason for the override</source>
        <translation>powód obejścia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="482"/>
        <source>idle</source>
        <translation>bezczynne</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="483"/>
        <source>stopped</source>
        <translation>zatrzymane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="484"/>
        <source>paused</source>
        <translation>wstrzymane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="485"/>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="486"/>
        <source>done</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="487"/>
        <source>HOLD</source>
        <translation>WSTRZYMANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="488"/>
        <source>RECALLED</source>
        <translation>WYCOFANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="489"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="490"/>
        <source>voided</source>
        <translation>unieważniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="491"/>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="492"/>
        <source>printing</source>
        <translation>w druku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="493"/>
        <source>pallet</source>
        <translation>karta palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="494"/>
        <source>lot</source>
        <translation>karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="495"/>
        <source>shift lead</source>
        <translation>brygadzista</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="496"/>
        <source>maintenance</source>
        <translation>utrzymanie ruchu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="497"/>
        <source>quality</source>
        <translation>dział jakości</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="498"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="499"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="500"/>
        <source>build pallets</source>
        <translation>budować palet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="501"/>
        <source>void pallets</source>
        <translation>unieważniać palet</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="502"/>
        <source>put a machine back in service</source>
        <translation>przywrócić maszyny do pracy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="503"/>
        <source>override a refusal</source>
        <translation>obejść odmowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="504"/>
        <source>put lots on hold</source>
        <translation>wstrzymywać partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="505"/>
        <source>release lots</source>
        <translation>zwalniać partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="506"/>
        <source>open the settings</source>
        <translation>otworzyć ustawień</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="507"/>
        <source>close the terminal</source>
        <translation>zamknąć terminala</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="508"/>
        <source>a badge</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="509"/>
        <source>a machine code</source>
        <translation>kod maszyny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="510"/>
        <source>a task code</source>
        <translation>kod zadania</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="511"/>
        <source>one of our lot codes</source>
        <translation>jeden z naszych kodów partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="512"/>
        <source>a pallet&apos;s SSCC</source>
        <translation>SSCC palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="513"/>
        <source>badge</source>
        <translation>identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="514"/>
        <source>machine</source>
        <translation>maszyna</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="515"/>
        <source>task</source>
        <translation>zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="516"/>
        <source>SSCC</source>
        <translation>SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/error_texts.py" line="522"/>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="17"/>
        <source>Wait a minute, then sign again with the right PIN; if the PIN is forgotten, ask an admin.</source>
        <translation>Odczekaj minutę i podpisz ponownie właściwym PIN-em; jeśli PIN został zapomniany, poproś administratora.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="20"/>
        <source>The server refused events {first}..{last} ({status}): {message}</source>
        <translation>Serwer odrzucił zdarzenia {first}..{last} ({status}): {message}</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="27"/>
        <source>Scan your badge again, or tap your name.</source>
        <translation>Zeskanuj identyfikator ponownie albo dotknij swojego nazwiska.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="31"/>
        <source>{name} is not active and cannot sign.</source>
        <translation>{name} nie jest aktywny(-a) i nie może podpisywać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="32"/>
        <source>Ask someone else to sign.</source>
        <translation>Poproś kogoś innego o podpis.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="36"/>
        <source>Signing is locked for {name} for {seconds} s more after {tries} wrong PINs.</source>
        <translation>Podpisywanie jest zablokowane dla: {name} jeszcze przez {seconds} s (po {tries} błędnych PIN-ach).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="41"/>
        <source>{name} has no PIN set and cannot sign.</source>
        <translation>{name} nie ma ustawionego PIN-u i nie może podpisywać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="42"/>
        <source>Ask an admin to set a PIN, or ask someone else.</source>
        <translation>Poproś administratora o ustawienie PIN-u albo poproś kogoś innego.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="46"/>
        <source>Wrong PIN for {name}: nothing was signed or recorded. Signing is now locked for {name} for a minute.</source>
        <translation>Błędny PIN dla: {name} – nic nie zostało podpisane ani zapisane. Podpisywanie jest teraz zablokowane dla: {name} na minutę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="54"/>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="59"/>
        <source>Wrong PIN for {name}: nothing was signed or recorded.</source>
        <translation>Błędny PIN dla: {name} – nic nie zostało podpisane ani zapisane.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="55"/>
        <source>Type the PIN again (1 more try before signing locks for a minute).</source>
        <translation>Wpisz PIN ponownie (jeszcze 1 próba, zanim podpisywanie zostanie zablokowane na minutę).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="60"/>
        <source>Type the PIN again ({left} more tries before signing locks for a minute).</source>
        <translation>Wpisz PIN ponownie (jeszcze {left} próby, zanim podpisywanie zostanie zablokowane na minutę).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="66"/>
        <source>Scan the lot card or type the code again.</source>
        <translation>Zeskanuj kartę partii albo wpisz kod ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="70"/>
        <source>Lot {lot} is RECALLED; a recall is not changed at a terminal.</source>
        <translation>Partia {lot} jest WYCOFANA; wycofania nie zmienia się na terminalu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="71"/>
        <source>Keep it in quarantine; quality undoes a recall centrally on the server.</source>
        <translation>Trzymaj ją w kwarantannie; dział jakości cofa wycofanie centralnie na serwerze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="75"/>
        <source>Lot {lot} is already on hold.</source>
        <translation>Partia {lot} jest już wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="76"/>
        <source>Nothing to do; release it when it is cleared.</source>
        <translation>Nic do zrobienia; zwolnij ją, gdy zostanie wyjaśniona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="80"/>
        <source>Lot {lot} is not on hold.</source>
        <translation>Partia {lot} nie jest wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="81"/>
        <source>Nothing to release; hold it first if it is suspect.</source>
        <translation>Nie ma czego zwalniać; jeśli budzi wątpliwości, najpierw ją wstrzymaj.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="85"/>
        <source>A reason is required.</source>
        <translation>Potrzebny jest powód.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="86"/>
        <source>Tap a reason or type one.</source>
        <translation>Wybierz powód lub go wpisz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="91"/>
        <source>This station has used all its SSCC serials ({first}-{last}).</source>
        <translation>Ta stacja wykorzystała już wszystkie swoje numery SSCC ({first}-{last}).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="92"/>
        <source>Ask IT to give the station a new SSCC range.</source>
        <translation>Poproś dział IT o nowy zakres SSCC dla stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="97"/>
        <source>{where}: mode {mode} is not a station mode.</source>
        <translation>{where}: tryb {mode} nie jest trybem stacji.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="98"/>
        <source>Set mode in the [station] table to one of: &quot;production&quot;, &quot;goods_in&quot;, &quot;dispatch&quot;.</source>
        <translation>Ustaw mode w tabeli [station] na jeden z: &quot;production&quot;, &quot;goods_in&quot;, &quot;dispatch&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="102"/>
        <source>No station configuration at {path}.</source>
        <translation>Brak konfiguracji stacji w {path}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="103"/>
        <source>Run &apos;floorstation init&apos; (or &apos;floorstation init --demo&apos;) to create one.</source>
        <translation>Uruchom &apos;floorstation init&apos; (lub &apos;floorstation init --demo&apos;), aby ją utworzyć.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="107"/>
        <source>{path} is not valid TOML: {cause}.</source>
        <translation>{path} nie jest poprawnym plikiem TOML: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="108"/>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="113"/>
        <source>Fix the file.</source>
        <translation>Popraw plik.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="112"/>
        <source>{path} has no [station] table.</source>
        <translation>{path} nie ma tabeli [station].</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="119"/>
        <source>Enroll this station again: floorstation enroll --server URL --code CODE.</source>
        <translation>Zarejestruj tę stację ponownie: floorstation enroll --server URL --code KOD.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="124"/>
        <source>The server refused this station; ask the server admin.</source>
        <translation>Serwer odrzucił tę stację; zapytaj administratora serwera.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="129"/>
        <source>The request was too large for the server.</source>
        <translation>Żądanie było dla serwera za duże.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="132"/>
        <source>The server did not answer: {cause}.</source>
        <translation>Serwer nie odpowiedział: {cause}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="135"/>
        <source>The server is busy or in trouble ({status}); trying again in {wait} s.</source>
        <translation>Serwer jest zajęty lub ma problem ({status}); kolejna próba za {wait} s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="138"/>
        <source>The server is busy or in trouble ({status}); trying again later.</source>
        <translation>Serwer jest zajęty lub ma problem ({status}); kolejna próba później.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="142"/>
        <source>This station is not enrolled with a server yet; its events stay here until it is.</source>
        <translation>Ta stacja nie jest jeszcze zarejestrowana na serwerze; jej zdarzenia czekają tutaj, aż będzie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="148"/>
        <source>{path} holds the token of station {other}, but this is {station}.</source>
        <translation>{path} zawiera token stacji {other}, a to jest {station}.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="149"/>
        <source>Enroll this station with its own code.</source>
        <translation>Zarejestruj tę stację jej własnym kodem.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/signing_wordings.py" line="151"/>
        <source>No sync worker is running.</source>
        <translation>Synchronizacja nie działa.</translation>
    </message>
</context>
<context>
    <name>GenealogyView</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="257"/>
        <source>built</source>
        <extracomment>Vertical room of one line&apos;s words where it leaves a box (more lines out of one box make the box taller). Below this the text is too small to read at arm&apos;s length: the picture scrolls (drag it) instead.</extracomment>
        <translation>utworzona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="258"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="259"/>
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
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="101"/>
        <source>Supplier lot %s was already received here as lot %s: it is not received twice.</source>
        <translation>Partia dostawcy %s została już tu przyjęta jako partia %s: nie przyjmuje się jej drugi raz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="106"/>
        <source>Sign in first: scan your badge, then scan the label again.</source>
        <translation>Najpierw się zaloguj: zeskanuj identyfikator, a potem ponownie etykietę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="110"/>
        <source>Received by: %s</source>
        <translation>Przyjmuje: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="139"/>
        <source>Received as lot %s.</source>
        <translation>Przyjęto jako partię %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="142"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="165"/>
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
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="114"/>
        <source>No tasks are planned on this machine.</source>
        <translation>Na tej maszynie nie zaplanowano zadań.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="120"/>
        <source>Home</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="161"/>
        <source>Queue of %s (%s), in schedule order</source>
        <translation>Kolejka %s (%s), w kolejności planu</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keyboard.py" line="69"/>
        <source>space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keyboard.py" line="70"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keypad.py" line="83"/>
        <source>Clear</source>
        <translation>Kasuj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keypad.py" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MachineDownScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="91"/>
        <source>Out of order</source>
        <translation>Awaria</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="152"/>
        <source>What is wrong with %s?</source>
        <translation>Co się stało z %s?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="153"/>
        <source>Note: %s</source>
        <translation>Notatka: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="153"/>
        <source>Add a note (optional)</source>
        <translation>Dodaj notatkę (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="154"/>
        <source>Mark %s out of order</source>
        <translation>Zgłoś awarię %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="158"/>
        <source>Open marks on %s: %s</source>
        <translation>Otwarte zgłoszenia na %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="158"/>
        <source>%s has no open marks.</source>
        <translation>%s nie ma otwartych zgłoszeń.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="161"/>
        <source>Back in service:
clear %s marks</source>
        <translation>Sprawna:
zamknij zgłoszenia (%s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="162"/>
        <source>Back in service:
clear 1 mark</source>
        <translation>Sprawna:
zamknij 1 zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="167"/>
        <source>Only maintenance puts a machine back in service.</source>
        <translation>Tylko utrzymanie ruchu przywraca maszynę do pracy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="174"/>
        <source>Use this note</source>
        <translation>Użyj tej notatki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="174"/>
        <source>Note for maintenance</source>
        <translation>Notatka dla utrzymania ruchu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="191"/>
        <source>%s is marked out of order. Maintenance is told.</source>
        <translation>%s: zgłoszono awarię. Utrzymanie ruchu zostało powiadomione.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="204"/>
        <source>%s goes back in service: 1 mark is cleared.</source>
        <translation>%s wraca do pracy: zostaje usunięte 1 zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="206"/>
        <source>%s goes back in service: %s marks are cleared.</source>
        <translation>%s wraca do pracy: zgłoszenia do usunięcia: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="211"/>
        <source>Sign: %s back in service</source>
        <translation>Podpis: %s wraca do pracy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="219"/>
        <source>Cleared %s; %s raised meanwhile stay open (not seen when you cleared).</source>
        <translation>Zamknięto: %s; zgłoszone w międzyczasie (%s) pozostają otwarte (nie były widoczne przy zamykaniu).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="222"/>
        <source>%s is back in service.</source>
        <translation>%s znowu jest sprawna.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="519"/>
        <source>Goods in: %s</source>
        <translation>Przyjęcie towaru: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="275"/>
        <source>floorstation – %s</source>
        <extracomment>How often the station view, sync state and device health are read again (seconds). How often the sync state is read: a server that stopped answering shows within a few seconds. The side menu, in order of use at a machine; on a short screen the last ones go under &quot;More&quot;. A goods-in station&apos;s menu starts with its own screen (elsewhere a supplier&apos;s label opens goods-in anyway).</extracomment>
        <translation>floorstation – %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="332"/>
        <source>Scan a badge, lot, machine or pallet label at any time.</source>
        <translation>W każdej chwili możesz zeskanować identyfikator, partię, maszynę lub etykietę palety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="285"/>
        <source>The terminal speaks English now.</source>
        <translation>Terminal jest teraz po angielsku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="285"/>
        <source>Language changed.</source>
        <translation>Terminal jest teraz po polsku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="314"/>
        <source>No task is running here: open one from the queue.</source>
        <translation>Tu nie trwa żadne zadanie: otwórz je z kolejki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="336"/>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="345"/>
        <source>Something went wrong inside floorstation (%s). Try again; if it keeps happening, tell the shift lead.</source>
        <translation>Wewnętrzny błąd floorstation (%s). Spróbuj jeszcze raz; jeśli się powtarza, powiedz brygadziście.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="389"/>
        <source>demo panel</source>
        <translation>panel demo</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="413"/>
        <source>Still signed in after the restart: %s. Tap your name at the top to act, then open your task.</source>
        <translation>Po ponownym uruchomieniu nadal zalogowani: %s. Dotknij swojego imienia u góry, a potem otwórz swoje zadanie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="431"/>
        <source>Back after a restart: %s, your task %s is open.</source>
        <translation>Po ponownym uruchomieniu: %s, Twoje zadanie %s jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="434"/>
        <source>Back after a restart: %s is still signed in.</source>
        <translation>Po ponownym uruchomieniu: %s jest nadal zalogowany(-a).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="470"/>
        <source>This terminal now shows %s.</source>
        <translation>Terminal pokazuje teraz %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="484"/>
        <source>Scan not recognised: %s</source>
        <translation>Nie rozpoznano skanu: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="500"/>
        <source>Print queue</source>
        <translation>Kolejka wydruku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="504"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="515"/>
        <source>This terminal is a %s now.</source>
        <translation>Ten terminal działa teraz jako: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="527"/>
        <source>Signed out after no one touched the terminal: %s.</source>
        <translation>Wylogowano, bo nikt nie dotykał terminala: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="535"/>
        <source>Open
settings</source>
        <translation>Otwórz
ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="537"/>
        <source>Settings: admin only</source>
        <translation>Ustawienia: tylko administrator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="542"/>
        <source>Close the terminal</source>
        <translation>Zamknięcie terminala</translation>
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
        <location filename="../../src/floorstation/ui/widgets/overlay.py" line="49"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/overlay.py" line="49"/>
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
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="130"/>
        <source>Build a pallet</source>
        <extracomment>Without a printer set up, a card printed by other means is recorded with this printer name.</extracomment>
        <translation>Tworzenie palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="131"/>
        <source>Lot: scan its card or tap it</source>
        <translation>Partia: zeskanuj jej kartę lub dotknij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="132"/>
        <source>Build pallet</source>
        <translation>Utwórz paletę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="133"/>
        <source>Lot card</source>
        <translation>Karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="134"/>
        <source>Void</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="135"/>
        <source>Pallets built here</source>
        <translation>Palety utworzone tutaj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="141"/>
        <source>Pallet</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="164"/>
        <source>%s free</source>
        <translation>wolne: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="208"/>
        <source>Only a shift lead builds and voids pallets: scan a shift lead&apos;s badge.</source>
        <translation>Palety tworzy i unieważnia tylko brygadzista: zeskanuj identyfikator brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="216"/>
        <source>Quantity: %s %s</source>
        <translation>Ilość: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="222"/>
        <source>Record reprint</source>
        <translation>Zapisz duplikat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="222"/>
        <source>Record card printed</source>
        <translation>Zapisz wydruk karty</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="224"/>
        <source>Reprint card</source>
        <translation>Drukuj duplikat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="224"/>
        <source>Print card</source>
        <translation>Drukuj kartę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="232"/>
        <source>Printer: %s</source>
        <translation>Drukarka: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="235"/>
        <source>Cards print on %s.</source>
        <translation>Karty drukuje: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="237"/>
        <source>No printer is set up here: print the card by other means, then record it.</source>
        <translation>Tu nie skonfigurowano drukarki: wydrukuj kartę w inny sposób, potem zapisz wydruk.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="286"/>
        <source>Use this quantity</source>
        <translation>Użyj tej ilości</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="292"/>
        <source>How much of %s goes on the pallet?</source>
        <translation>Ile z %s idzie na paletę?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="292"/>
        <source>the lot</source>
        <translation>partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="309"/>
        <source>Pallet %s built: %s %s of %s.</source>
        <translation>Utworzono paletę %s: %s %s z partii %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="338"/>
        <source>pallet card</source>
        <translation>karta paletowa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="338"/>
        <source>lot card</source>
        <translation>karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="339"/>
        <source>The %s for %s was printed before. Print it again?</source>
        <translation>Ta %s (%s) była już drukowana. Wydrukować ją ponownie?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="343"/>
        <source>Reprint?</source>
        <translation>Duplikat?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="366"/>
        <source>Reprint of the card for %s recorded.</source>
        <translation>Zapisano duplikat karty dla %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="366"/>
        <source>Card for %s recorded.</source>
        <translation>Zapisano wydruk karty dla %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="387"/>
        <source>The reprint of the card for %s</source>
        <translation>Duplikat karty dla %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="387"/>
        <source>The card for %s</source>
        <translation>Karta dla %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="390"/>
        <source>%s is waiting for printer %s.</source>
        <translation>%s czeka na drukarkę %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="391"/>
        <source>%s is printing on %s …</source>
        <translation>%s: drukowanie na %s …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="392"/>
        <source>%s was printed on %s.</source>
        <translation>%s: wydrukowano na %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="393"/>
        <source>%s cannot print on %s.</source>
        <translation>%s: nie da się wydrukować na %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="394"/>
        <source>%s may not have come out of %s: check the printer.</source>
        <translation>%s: mogła nie wyjść z drukarki %s – sprawdź drukarkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="395"/>
        <source>%s was cancelled (%s).</source>
        <translation>%s: anulowano (%s).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="401"/>
        <source>It prints by itself once the printer is ready.</source>
        <translation>Wydrukuje się sama, gdy drukarka będzie gotowa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="417"/>
        <source>Void pallet %s</source>
        <translation>Unieważnij paletę %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="425"/>
        <source>Tap a reason or type one, then void.</source>
        <translation>Wybierz lub wpisz powód, potem unieważnij.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="431"/>
        <source>Pallet %s is voided because: %s</source>
        <translation>Paleta %s zostaje unieważniona, powód: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="435"/>
        <source>Sign: void pallet %s</source>
        <translation>Podpis: unieważnienie palety %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="441"/>
        <source>Pallet %s is void: %s %s of %s are free for a new pallet.</source>
        <translation>Paleta %s unieważniona: %s %s z partii %s można dać na nową paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="455"/>
        <source>Lot %s has nothing left to put on a pallet here.</source>
        <translation>Z partii %s nie zostało tu nic do położenia na paletę.</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="26"/>
        <source>Why are you stopping? One tap pauses the task.</source>
        <translation>Dlaczego przerywasz? Jedno dotknięcie wstrzymuje zadanie.</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pin_entry.py" line="49"/>
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
        <location filename="../../src/floorstation/ui/screens/quality.py" line="94"/>
        <source>Quality</source>
        <translation>Jakość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="97"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="98"/>
        <source>Hold the lot</source>
        <translation>Wstrzymaj partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="99"/>
        <source>Release the lot</source>
        <translation>Zwolnij partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="127"/>
        <source>Show the lot</source>
        <translation>Pokaż partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="127"/>
        <source>Lot code</source>
        <translation>Kod partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="149"/>
        <source>RELEASED</source>
        <translation>ZWOLNIONA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="150"/>
        <source>ON HOLD</source>
        <translation>WSTRZYMANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="151"/>
        <source>RECALLED</source>
        <translation>WYCOFANA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="155"/>
        <source>Lot: scan its label or tap to type</source>
        <translation>Partia: zeskanuj etykietę lub dotknij, by wpisać</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="160"/>
        <source>Scan a lot label, or tap the box above to type its code.</source>
        <translation>Zeskanuj etykietę partii albo dotknij pola powyżej, by wpisać jej kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="166"/>
        <source>Lot %s · %s</source>
        <translation>Partia %s · %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="169"/>
        <source>Held by %s on %s: %s</source>
        <translation>Wstrzymał(a): %s, %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="170"/>
        <source>Released by %s on %s: %s</source>
        <translation>Zwolnił(a): %s, %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="174"/>
        <source>A recall is undone only centrally by quality on the server.</source>
        <translation>Wycofanie odwołuje tylko dział jakości centralnie, na serwerze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="186"/>
        <source>Use this reason</source>
        <translation>Użyj tego powodu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="186"/>
        <source>Reason, in your words</source>
        <translation>Powód, własnymi słowami</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="200"/>
        <source>Reason: %s</source>
        <translation>Powód: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="200"/>
        <source>Type another reason</source>
        <translation>Wpisz inny powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="207"/>
        <source>Only quality holds or releases a lot: a quality person must sign in and do it.</source>
        <translation>Partię wstrzymuje i zwalnia tylko dział jakości: osoba z jakości musi się zalogować i to zrobić.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="211"/>
        <source>Lot %s is recalled: it is not released here.</source>
        <translation>Partia %s jest wycofana: nie zwalnia się jej tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="213"/>
        <source>Tap a reason or type one.</source>
        <translation>Wybierz powód lub go wpisz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="228"/>
        <source>Lot %s goes on hold.</source>
        <translation>Partia %s zostaje wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="228"/>
        <source>Lot %s is released.</source>
        <translation>Partia %s zostaje zwolniona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="232"/>
        <source>Sign: hold lot %s</source>
        <translation>Podpis: wstrzymanie partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="232"/>
        <source>Sign: release lot %s</source>
        <translation>Podpis: zwolnienie partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="243"/>
        <source>Lot %s is on hold: it cannot be used until released.</source>
        <translation>Partia %s jest wstrzymana: nie można jej użyć, dopóki nie zostanie zwolniona.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/quality.py" line="245"/>
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
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="133"/>
        <source>Use for
next scan</source>
        <translation>Użyj przy
nast. skanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="137"/>
        <source>Use the BOM quantity</source>
        <translation>Ilość z receptury</translation>
    </message>
</context>
<context>
    <name>QueueCard</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="54"/>
        <source>done %s / %s %s</source>
        <translation>zrobiono %s / %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="61"/>
        <source>BOM</source>
        <translation>Receptura</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="64"/>
        <source>Open</source>
        <translation>Otwórz</translation>
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
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="35"/>
        <source>Lot %s is RECALLED and must not be used.</source>
        <translation>Partia %s jest WYCOFANA i nie wolno jej używać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="36"/>
        <source>Put it aside in the quarantine area and tell quality.</source>
        <translation>Odłóż ją do strefy kwarantanny i powiadom dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="40"/>
        <source>Lot %s is ON HOLD by quality (%s, %s: %s).</source>
        <translation>Partia %s jest WSTRZYMANA przez dział jakości (%s, %s: %s).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="43"/>
        <source>Lot %s is ON HOLD by quality.</source>
        <translation>Partia %s jest WSTRZYMANA przez dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="47"/>
        <source>Use another lot, or ask a shift lead to override with a reason.</source>
        <translation>Użyj innej partii albo poproś brygadzistę o zgodę z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="51"/>
        <source>Lot %s expired on %s.</source>
        <translation>Partia %s straciła ważność %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="52"/>
        <source>Use a lot that has not expired, or ask a shift lead to override with a reason.</source>
        <translation>Użyj partii ważnej albo poproś brygadzistę o zgodę z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="58"/>
        <source>Lot %s is %s, which is not in the bill of materials of %s (it needs %s).</source>
        <translation>Partia %s to %s, którego nie ma w recepturze %s (potrzebne: %s).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="62"/>
        <source>Scan a lot of the right material.</source>
        <translation>Zeskanuj partię właściwego materiału.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="66"/>
        <source>Machine %s is marked out of order.</source>
        <translation>Maszyna %s ma zgłoszoną awarię.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="67"/>
        <source>Wait until maintenance puts it back in service, or ask a shift lead to override.</source>
        <translation>Poczekaj, aż utrzymanie ruchu przywróci ją do pracy, albo poproś brygadzistę o zgodę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="73"/>
        <source>Lot %s has only %s left on record, less than %s.</source>
        <translation>Według zapisów w partii %s zostało tylko %s, mniej niż %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="75"/>
        <source>Check the quantity; if the lot really holds more, a shift lead must override.</source>
        <translation>Sprawdź ilość; jeśli w partii naprawdę jest więcej, potrzebna jest zgoda brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="92"/>
        <source>A shift lead may override with their badge or PIN and a reason.</source>
        <translation>Brygadzista może wyrazić zgodę swoim identyfikatorem lub PIN-em, podając powód.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="93"/>
        <source>This cannot be overridden at the station; put the lot aside and call quality.</source>
        <translation>Na stanowisku nie można tego obejść: odłóż partię i wezwij dział jakości.</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="55"/>
        <source>Put the lot aside</source>
        <translation>Odłóż partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="58"/>
        <source>Shift lead override</source>
        <translation>Zgoda brygadzisty</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="69"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="105"/>
        <source>Pick the reason for the override.</source>
        <translation>Wybierz powód zgody.</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="132"/>
        <source>No, it was one scan</source>
        <translation>Nie, to jeden skan</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="134"/>
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
    <name>SettingsScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="147"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="150"/>
        <source>Settings (admin)</source>
        <translation>Ustawienia (administrator)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="151"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="153"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="154"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="311"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="155"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="322"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="156"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="157"/>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="161"/>
        <source>Print queue</source>
        <translation>Kolejka wydruku</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="162"/>
        <source>Camera picture</source>
        <translation>Obraz z kamery</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="225"/>
        <source>locked: bound to the event log</source>
        <translation>zablokowane: związane z dziennikiem zdarzeń</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="228"/>
        <source>Station id</source>
        <translation>Id stanowiska</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="229"/>
        <source>Log epoch</source>
        <translation>Epoka dziennika</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="230"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="231"/>
        <source>Station code (goods-in lots)</source>
        <translation>Kod stanowiska (partie przyjęć)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="232"/>
        <source>Machines</source>
        <translation>Maszyny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="232"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="233"/>
        <source>SSCC range</source>
        <translation>Zakres SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="234"/>
        <source>Lot codes</source>
        <translation>Kody partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="237"/>
        <source>Idle sign-out</source>
        <translation>Wylogowanie bezczynnych</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="238"/>
        <source>after %s s</source>
        <translation>po %s s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="240"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="345"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="242"/>
        <source>PIN after a badge scan</source>
        <translation>PIN po skanie identyfikatora</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="242"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="320"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="242"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="320"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="245"/>
        <source>The station id and the epoch are part of every event this station recorded: changing them would fork its log, so they never change here. The rest is set in station.toml and read when the terminal starts.</source>
        <translation>Id stanowiska i epoka są częścią każdego zdarzenia zapisanego na tym stanowisku: ich zmiana rozszczepiłaby dziennik, więc nie zmienia się ich tutaj. Resztę ustawia się w station.toml; terminal czyta go przy starcie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="251"/>
        <source>Warning: this station makes SSCCs from the default range of station.toml. Another station left on it makes the same SSCCs: enroll this station with the server, which gives it a block of its own.</source>
        <translation>Uwaga: to stanowisko nadaje numery SSCC z domyślnego zakresu ze station.toml. Inne stanowisko z tym samym zakresem nada te same numery: zarejestruj to stanowisko na serwerze, który przydzieli mu własną pulę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="266"/>
        <source>given by the server at enrollment</source>
        <translation>przydzielony przez serwer przy rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="268"/>
        <source>from station.toml: not enrolled</source>
        <translation>ze station.toml: stanowisko niezarejestrowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="275"/>
        <source>ready</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="276"/>
        <source>listening</source>
        <translation>nasłuchuje</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="277"/>
        <source>set up</source>
        <translation>skonfigurowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="278"/>
        <source>disconnected</source>
        <translation>odłączone</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="279"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="280"/>
        <source>not configured</source>
        <translation>nieskonfigurowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="283"/>
        <source>keyboard scanner</source>
        <translation>skaner klawiaturowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="284"/>
        <source>serial scanner</source>
        <translation>skaner szeregowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="285"/>
        <source>USB scanner</source>
        <translation>skaner USB</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="286"/>
        <source>scanner</source>
        <translation>skaner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="287"/>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="288"/>
        <source>printer</source>
        <translation>drukarka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="302"/>
        <source>not watched</source>
        <translation>nieobserwowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="311"/>
        <source>none set up in station.toml</source>
        <translation>żadne nie są ustawione w station.toml</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="312"/>
        <source>Live states; scanners, cameras and printers are set up in station.toml.</source>
        <translation>Stany na żywo; skanery, kamery i drukarki ustawia się w station.toml.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="318"/>
        <source>checking …</source>
        <translation>sprawdzanie …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="318"/>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="322"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="323"/>
        <source>Enrolled</source>
        <translation>Zarejestrowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="330"/>
        <source>No sync worker runs on this terminal.</source>
        <translation>Na tym terminalu nie działa synchronizacja.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="333"/>
        <source>Nothing is lost: the refused events stay on this station and are offered again every round, and the events after them wait behind them. Tell the server admin what the server said above; sync goes on by itself once the server takes them.</source>
        <translation>Nic nie zginęło: odrzucone zdarzenia zostają na tej stacji i są wysyłane ponownie w każdej rundzie, a późniejsze czekają za nimi. Przekaż administratorowi serwera, co serwer odpowiedział (powyżej); synchronizacja ruszy sama, gdy serwer je przyjmie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="339"/>
        <source>Nothing is lost: the events stay on this station and go up by themselves once the server answers. If it lasts, check the network and ask IT whether the server is running.</source>
        <translation>Nic nie zginęło: zdarzenia zostają na tej stacji i zostaną wysłane same, gdy serwer odpowie. Jeśli to trwa, sprawdź sieć i zapytaj dział IT, czy serwer działa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="343"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="351"/>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="343"/>
        <source>online</source>
        <translation>w sieci</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="343"/>
        <source>offline</source>
        <translation>poza siecią</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="344"/>
        <source>Events not synced yet</source>
        <translation>Zdarzenia jeszcze niewysłane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="345"/>
        <source>Last full sync</source>
        <translation>Ostatnia pełna synchronizacja</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="346"/>
        <source>Last problem</source>
        <translation>Ostatni problem</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="349"/>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="351"/>
        <source>sync is not set up</source>
        <translation>synchronizacja nie jest ustawiona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="363"/>
        <source>The terminal&apos;s language (the whole screen changes at once):</source>
        <translation>Język terminala (cały ekran zmienia się od razu):</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="377"/>
        <source>Not installed: %s (run &apos;make translations&apos;).</source>
        <translation>Nie zainstalowano: %s (uruchom &apos;make translations&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="388"/>
        <source>What this terminal is for (the screen people land on after signing in):</source>
        <translation>Do czego służy ten terminal (ekran widoczny po zalogowaniu):</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="400"/>
        <source>Every other screen stays in the menu. The mode is remembered in station.toml.</source>
        <translation>Pozostałe ekrany zostają w menu. Tryb jest zapamiętywany w station.toml.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="418"/>
        <source>That language is not installed on this terminal.</source>
        <translation>Tego języka nie zainstalowano na tym terminalu.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="89"/>
        <source>Scan your badge</source>
        <translation>Zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="90"/>
        <source>… or tap your name and type your PIN</source>
        <translation>… albo dotknij swojego nazwiska i wpisz PIN</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="91"/>
        <source>Signed in here</source>
        <translation>Zalogowani tutaj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="92"/>
        <source>Nobody yet.</source>
        <translation>Jeszcze nikt.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="93"/>
        <source>Close terminal (admin)</source>
        <translation>Zamknij terminal (administrator)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="95"/>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="131"/>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="98"/>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="143"/>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="143"/>
        <source>PIN for %s</source>
        <translation>PIN dla: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="146"/>
        <source>Sign in: %s</source>
        <translation>Logowanie: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="184"/>
        <source>%s: signed in. Scan a supplier label to receive a lot.</source>
        <translation>%s: zalogowano. Zeskanuj etykietę dostawcy, aby przyjąć partię.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="186"/>
        <source>%s: signed in. Choose the customer, then scan each pallet as it is loaded.</source>
        <translation>%s: zalogowano. Wybierz klienta, a potem skanuj każdą ładowaną paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="188"/>
        <source>%s: signed in. Tap a task to work on it.</source>
        <translation>%s: zalogowano. Dotknij zadania, aby nad nim pracować.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="190"/>
        <source>%s: signed in. Open Out of order to mark a machine down or put it back in service.</source>
        <translation>%s: zalogowano. Otwórz Awarię, aby zgłosić awarię maszyny albo przywrócić ją do pracy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="192"/>
        <source>%s: signed in. Scan a lot or pallet to trace it; Quality holds and releases lots.</source>
        <translation>%s: zalogowano. Zeskanuj partię lub paletę, aby ją prześledzić; w Jakości wstrzymasz i zwolnisz partie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="193"/>
        <source>%s: signed in.</source>
        <translation>%s: zalogowano.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="202"/>
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
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="79"/>
        <source>Signing means: “%s”</source>
        <translation>Podpis oznacza: „%s”</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/signature.py" line="81"/>
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
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="150"/>
        <source>Nobody signed in: scan your badge</source>
        <extracomment>Chips shown at most; the rest are summed up in a &quot;+N&quot; chip that leads to the sign-in screen.</extracomment>
        <translation>Nikt nie jest zalogowany: zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="159"/>
        <source>RUNNING</source>
        <translation>PRACA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="160"/>
        <source>IDLE</source>
        <translation>POSTÓJ</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="161"/>
        <source>PAUSED</source>
        <translation>PAUZA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="162"/>
        <source>OUT OF ORDER</source>
        <translation>AWARIA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="241"/>
        <source>sync not set up</source>
        <translation>synchronizacja nieustawiona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="247"/>
        <source>online</source>
        <translation>w sieci</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="252"/>
        <source>Sync: refused – see settings</source>
        <translation>Synchronizacja: odrzucona – zobacz ustawienia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="243"/>
        <source>server not answering · %n to send</source>
        <translation>
            <numerusform>serwer nie odpowiada · %n do wysłania</numerusform>
            <numerusform>serwer nie odpowiada · %n do wysłania</numerusform>
            <numerusform>serwer nie odpowiada · %n do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="245"/>
        <source>Waiting %1 s for the server&apos;s answer.</source>
        <translation>Od %1 s czekam na odpowiedź serwera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="247"/>
        <source>online · %n to send</source>
        <translation>
            <numerusform>w sieci · %n do wysłania</numerusform>
            <numerusform>w sieci · %n do wysłania</numerusform>
            <numerusform>w sieci · %n do wysłania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="254"/>
        <source>offline · %n to send</source>
        <translation>
            <numerusform>poza siecią · %n do wysłania</numerusform>
            <numerusform>poza siecią · %n do wysłania</numerusform>
            <numerusform>poza siecią · %n do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="254"/>
        <source>offline</source>
        <translation>poza siecią</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="264"/>
        <source>Scanner</source>
        <translation>Skaner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="264"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="264"/>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="266"/>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="267"/>
        <source>listening</source>
        <translation>nasłuchuje</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="268"/>
        <source>set up</source>
        <translation>skonfigurowana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="269"/>
        <source>disconnected</source>
        <translation>odłączona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="270"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="271"/>
        <source>not configured</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="66"/>
        <source>Scrap reason</source>
        <translation>Powód braków</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="72"/>
        <source>Stop task</source>
        <translation>Zakończ zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="103"/>
        <source>Good: %s %s</source>
        <translation>Dobre: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="104"/>
        <source>Scrap: %s %s</source>
        <translation>Braki: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="112"/>
        <source>Pick the scrap reason, then press Stop again.</source>
        <translation>Wybierz powód braków i naciśnij Stop jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>TaskScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="161"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="162"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="163"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="164"/>
        <source>Type a
lot code</source>
        <translation>Wpisz
kod partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="165"/>
        <source>New lot</source>
        <translation>Nowa partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="166"/>
        <source>Scan the lots you use</source>
        <translation>Skanuj zużywane partie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="167"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="167"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="167"/>
        <source>Time</source>
        <translation>Godz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="167"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="171"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="192"/>
        <source>No task open: pick one from the machine&apos;s queue on Home.</source>
        <translation>Nie otwarto zadania: wybierz je z kolejki maszyny na ekranie głównym.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="210"/>
        <source>%s (%s) on %s · done %s / %s %s</source>
        <translation>%s (%s) na %s · zrobiono %s / %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="212"/>
        <source>crew: %s</source>
        <translation>zespół: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="215"/>
        <source>Production lot: %s</source>
        <translation>Partia produkcyjna: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="215"/>
        <source>opens at Start</source>
        <translation>otworzy się przy Start</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="223"/>
        <source>, expires %s</source>
        <translation>, ważna do %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="225"/>
        <source>&amp;nbsp;&amp;nbsp;use first: &lt;b&gt;%s&lt;/b&gt;%s%s</source>
        <translation>&amp;nbsp;&amp;nbsp;użyj najpierw: &lt;b&gt;%s&lt;/b&gt;%s%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="227"/>
        <source>no usable lot on record</source>
        <translation>brak partii, której można użyć</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="228"/>
        <source>This task uses no materials.</source>
        <translation>To zadanie nie zużywa materiałów.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="247"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="247"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="254"/>
        <source>Next scan:
%s</source>
        <translation>Następny skan:
%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="254"/>
        <source>Next scan:
BOM quantity</source>
        <translation>Następny skan:
ilość z receptury</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="282"/>
        <source>Started %s.</source>
        <translation>Rozpoczęto %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="287"/>
        <source>Paused.</source>
        <translation>Wstrzymano.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="289"/>
        <source>Pause %s</source>
        <translation>Pauza: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="292"/>
        <source>Resumed.</source>
        <translation>Wznowiono.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="300"/>
        <source>Stop %s: how many did you make?</source>
        <translation>Stop %s: ile zrobiono?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="303"/>
        <source>Stopped: %s good, %s scrap.</source>
        <translation>Zakończono: dobre %s, braki %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="331"/>
        <source>A new production lot is open.</source>
        <translation>Otwarto nową partię produkcyjną.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="337"/>
        <source>Quantity for the next scan</source>
        <translation>Ilość dla następnego skanu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="345"/>
        <source>Use this lot</source>
        <translation>Użyj tej partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="348"/>
        <source>Type the lot code from the label</source>
        <translation>Wpisz kod partii z etykiety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="384"/>
        <source>Used %s %s of %s</source>
        <translation>Zużyto %s %s z partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="386"/>
        <source>(override: %s)</source>
        <translation>(za zgodą: %s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="395"/>
        <source>Lot %s (expires %s) expires before %s: use it first next time (FEFO).</source>
        <translation>Partia %s (ważna do %s) traci ważność przed %s: następnym razem użyj jej najpierw (FEFO).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="400"/>
        <source>Lot %s expires before %s: use it first next time (FEFO).</source>
        <translation>Partia %s traci ważność przed %s: następnym razem użyj jej najpierw (FEFO).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="410"/>
        <source>Lot %s cannot be used</source>
        <translation>Partii %s nie można użyć</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="415"/>
        <source>Same lot again?</source>
        <translation>Ta sama partia jeszcze raz?</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <location filename="../../src/floorstation/ui/terminal.py" line="125"/>
        <source>Scan your badge first (or sign in with your name and PIN).</source>
        <translation>Najpierw zeskanuj identyfikator (albo zaloguj się nazwiskiem i PIN-em).</translation>
    </message>
</context>
<context>
    <name>TraceScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="89"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="111"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="128"/>
        <source>Trace</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="90"/>
        <source>Hold / release</source>
        <translation>Wstrzymaj / zwolnij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="91"/>
        <source>Picture</source>
        <translation>Schemat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="92"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="95"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="96"/>
        <source>From</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="97"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="98"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="99"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="100"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="101"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="107"/>
        <source>Scan a lot or pallet label, or tap the box above to type its code.</source>
        <translation>Zeskanuj etykietę partii lub palety albo dotknij pola powyżej, aby wpisać kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="118"/>
        <source>Lot or SSCC: tap to type</source>
        <translation>Partia lub SSCC: dotknij, aby wpisać</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="131"/>
        <source>Lot code or SSCC</source>
        <translation>Kod partii lub SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="162"/>
        <source>, expires %s</source>
        <translation>, ważna do %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="163"/>
        <source>Lot %s (%s)</source>
        <translation>Partia %s (%s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="165"/>
        <source>Pallet %s holds</source>
        <translation>Paleta %s zawiera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="167"/>
        <source>%s links back, %s forward, %s pallets</source>
        <translation>powiązań wstecz: %s, w przód: %s, palet: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="171"/>
        <source>customers: %s</source>
        <translation>odbiorcy: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="180"/>
        <source>released</source>
        <translation>zwolniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="181"/>
        <source>on hold</source>
        <translation>wstrzymana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="182"/>
        <source>recalled</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="183"/>
        <source>built</source>
        <translation>utworzona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="184"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="185"/>
        <source>void</source>
        <translation>unieważniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="192"/>
        <source>back</source>
        <translation>wstecz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="192"/>
        <source>forward</source>
        <translation>w przód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="209"/>
        <source>pallet</source>
        <translation>paleta</translation>
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
    <name>devices</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="58"/>
        <source>keyboard</source>
        <extracomment>Seconds a request may wait for the server&apos;s answer before the strip stops saying &quot;online&quot;. With several scanners, the best state wins (one working scanner is enough to scan).</extracomment>
        <translation>klawiatura</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="60"/>
        <source>not started</source>
        <translation>nieuruchomione</translation>
    </message>
</context>
<context>
    <name>mode</name>
    <message>
        <location filename="../../src/floorstation/ui/terminal.py" line="32"/>
        <source>Production station</source>
        <translation>Stanowisko produkcyjne</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/terminal.py" line="33"/>
        <source>Goods-in station</source>
        <translation>Stanowisko przyjęcia towaru</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/terminal.py" line="34"/>
        <source>Dispatch station</source>
        <translation>Stanowisko wysyłki</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="19"/>
        <source>RUNNING</source>
        <translation>PRACA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="20"/>
        <source>IDLE</source>
        <translation>POSTÓJ</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="21"/>
        <source>PAUSED</source>
        <translation>PAUZA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="22"/>
        <source>OUT OF ORDER</source>
        <translation>AWARIA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="37"/>
        <source>per %s: </source>
        <translation>na %s: </translation>
    </message>
</context>
</TS>
