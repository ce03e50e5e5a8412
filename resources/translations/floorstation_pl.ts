<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AdminClosePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="93"/>
        <source>Close terminal</source>
        <translation>Zamknij terminal</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="32"/>
        <source>Admin: tap your name or scan your badge</source>
        <translation>Administrator: dotknij swojego nazwiska lub zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="43"/>
        <source>Admin PIN</source>
        <translation>PIN administratora</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/admin_close.py" line="69"/>
        <source>Tap your name or scan your badge first.</source>
        <translation>Najpierw dotknij swojego nazwiska lub zeskanuj identyfikator.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/camera_preview.py" line="103"/>
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
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="103"/>
        <source>Load a shipment</source>
        <translation>Załadunek wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="104"/>
        <source>Customer</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="105"/>
        <source>New shipment</source>
        <translation>Nowa wysyłka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="106"/>
        <source>Type an SSCC</source>
        <translation>Wpisz SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="113"/>
        <source>Dispatch</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="162"/>
        <source>Shipment: %s</source>
        <translation>Wysyłka: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="163"/>
        <source>On shipment %s: %n pallet(s)</source>
        <translation>
            <numerusform>Na wysyłce %s: %n paleta</numerusform>
            <numerusform>Na wysyłce %s: %n palety</numerusform>
            <numerusform>Na wysyłce %s: %n palet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="166"/>
        <source>Scan each pallet&apos;s SSCC as it is loaded – for %s</source>
        <translation>Skanuj SSCC każdej ładowanej palety – dla: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="168"/>
        <source>Choose the customer, then scan each pallet&apos;s SSCC as it is loaded.</source>
        <translation>Wybierz odbiorcę, potem skanuj SSCC każdej ładowanej palety.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="170"/>
        <source>Ready to ship: %n pallet(s)</source>
        <translation>
            <numerusform>Gotowe do wysyłki: %n paleta</numerusform>
            <numerusform>Gotowe do wysyłki: %n palety</numerusform>
            <numerusform>Gotowe do wysyłki: %n palet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="184"/>
        <source>Shipment %s is for %s: start a new shipment for another customer.</source>
        <translation>Wysyłka %s jest dla: %s. Dla innego odbiorcy rozpocznij nową wysyłkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="200"/>
        <source>Use this number</source>
        <translation>Użyj tego numeru</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="204"/>
        <source>Shipment number</source>
        <translation>Numer wysyłki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="212"/>
        <source>Load it</source>
        <translation>Załaduj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="215"/>
        <source>SSCC from the pallet card (18 digits)</source>
        <translation>SSCC z karty paletowej (18 cyfr)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="228"/>
        <source>Choose the customer first, then scan the pallet again.</source>
        <translation>Najpierw wybierz odbiorcę, potem zeskanuj paletę ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/dispatch.py" line="233"/>
        <source>Pallet %s loaded for %s on %s.</source>
        <translation>Paleta %s załadowana dla: %s, wysyłka %s.</translation>
    </message>
</context>
<context>
    <name>GenealogyView</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="166"/>
        <source>built</source>
        <extracomment>Below this the text is too small to read at arm&apos;s length: the picture scrolls (drag it) instead.</extracomment>
        <translation>utworzona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="167"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/genealogy_view.py" line="168"/>
        <source>void</source>
        <translation>unieważniona</translation>
    </message>
</context>
<context>
    <name>GoodsInPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="40"/>
        <source>Material: %s</source>
        <translation>Materiał: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="41"/>
        <source>Supplier lot: %s</source>
        <translation>Partia dostawcy: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="41"/>
        <source>none on the label</source>
        <translation>brak na etykiecie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="42"/>
        <source>Expiry: %s</source>
        <translation>Termin ważności: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="43"/>
        <source>Quantity on the label: %s</source>
        <translation>Ilość na etykiecie: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="45"/>
        <source>The label has no quantity: type it on the keypad.</source>
        <translation>Etykieta nie podaje ilości: wpisz ją na klawiaturze.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="63"/>
        <source>Print lot card</source>
        <translation>Drukuj kartę partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="66"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="72"/>
        <source>Receive</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="87"/>
        <source>Supplier lot %s was already received here as lot %s: it is not received twice.</source>
        <translation>Partia dostawcy %s została już tu przyjęta jako partia %s: nie przyjmuje się jej drugi raz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="92"/>
        <source>Sign in first: scan your badge, then scan the label again.</source>
        <translation>Najpierw się zaloguj: zeskanuj identyfikator, a potem ponownie etykietę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="96"/>
        <source>Received by: %s</source>
        <translation>Przyjmuje: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="125"/>
        <source>Received as lot %s.</source>
        <translation>Przyjęto jako partię %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="128"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/goods_in_panel.py" line="148"/>
        <source>The lot card for %s is on its way to the printer.</source>
        <translation>Karta partii %s została wysłana do drukarki.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="123"/>
        <source>No tasks are planned on this machine.</source>
        <translation>Na tej maszynie nie zaplanowano zadań.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="129"/>
        <source>Home</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/home.py" line="170"/>
        <source>Queue of %s (%s), in schedule order</source>
        <translation>Kolejka %s (%s), w kolejności planu</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keyboard.py" line="63"/>
        <source>space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/keyboard.py" line="64"/>
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
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="94"/>
        <source>Out of order</source>
        <translation>Awaria</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="156"/>
        <source>What is wrong with %s?</source>
        <translation>Co się stało z %s?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="157"/>
        <source>Note: %s</source>
        <translation>Notatka: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="157"/>
        <source>Add a note (optional)</source>
        <translation>Dodaj notatkę (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="158"/>
        <source>Mark %s out of order</source>
        <translation>Zgłoś awarię %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="162"/>
        <source>Open marks on %s: %s</source>
        <translation>Otwarte zgłoszenia na %s: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="162"/>
        <source>%s has no open marks.</source>
        <translation>%s nie ma otwartych zgłoszeń.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="165"/>
        <source>Back in service:
clear %s marks</source>
        <translation>Sprawna:
zamknij zgłoszenia (%s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="166"/>
        <source>Back in service:
clear 1 mark</source>
        <translation>Sprawna:
zamknij 1 zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="171"/>
        <source>Only maintenance puts a machine back in service.</source>
        <translation>Tylko utrzymanie ruchu przywraca maszynę do pracy.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="178"/>
        <source>Use this note</source>
        <translation>Użyj tej notatki</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="182"/>
        <source>Note for maintenance</source>
        <translation>Notatka dla utrzymania ruchu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="199"/>
        <source>%s is marked out of order. Maintenance is told.</source>
        <translation>%s: zgłoszono awarię. Utrzymanie ruchu zostało powiadomione.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="212"/>
        <source>Cleared %s; %s raised meanwhile stay open (not seen when you cleared).</source>
        <translation>Zamknięto: %s; zgłoszone w międzyczasie (%s) pozostają otwarte (nie były widoczne przy zamykaniu).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/machine_down.py" line="215"/>
        <source>%s is back in service.</source>
        <translation>%s znowu jest sprawna.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="412"/>
        <source>Goods in: %s</source>
        <translation>Przyjęcie towaru: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="242"/>
        <source>floorstation – %s</source>
        <extracomment>How often the station view, sync state and device health are read again (seconds). The side menu, in order of use at a machine; on a short screen the last ones go under &quot;More&quot;.</extracomment>
        <translation>floorstation – %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="252"/>
        <source>Scan a badge, lot, machine or pallet label at any time.</source>
        <translation>W każdej chwili możesz zeskanować identyfikator, partię, maszynę lub etykietę palety.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="250"/>
        <source>The terminal speaks English now.</source>
        <translation>Terminal jest teraz po angielsku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="250"/>
        <source>Language changed.</source>
        <translation>Terminal jest teraz po polsku.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="279"/>
        <source>No task is running here: open one from the queue.</source>
        <translation>Tu nie trwa żadne zadanie: otwórz je z kolejki.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="291"/>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="300"/>
        <source>Something went wrong inside floorstation (%s). Try again; if it keeps happening, tell the shift lead.</source>
        <translation>Wewnętrzny błąd floorstation (%s). Spróbuj jeszcze raz; jeśli się powtarza, powiedz brygadziście.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="341"/>
        <source>demo panel</source>
        <translation>panel demo</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="387"/>
        <source>This terminal now shows %s.</source>
        <translation>Terminal pokazuje teraz %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="396"/>
        <source>Scan not recognised: %s</source>
        <translation>Nie rozpoznano skanu: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="413"/>
        <source>Signed out after no one touched the terminal: %s.</source>
        <translation>Wylogowano, bo nikt nie dotykał terminala: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="421"/>
        <source>Open
settings</source>
        <translation>Otwórz
ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="423"/>
        <source>Settings: admin only</source>
        <translation>Ustawienia: tylko administrator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/main_window.py" line="428"/>
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
        <location filename="../../src/floorstation/ui/widgets/overlay.py" line="46"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="137"/>
        <source>Build a pallet</source>
        <extracomment>Without a printer set up, a card printed by other means is recorded with this printer name.</extracomment>
        <translation>Tworzenie palety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="138"/>
        <source>Lot: scan its card or tap it</source>
        <translation>Partia: zeskanuj jej kartę lub dotknij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="139"/>
        <source>Build pallet</source>
        <translation>Utwórz paletę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="140"/>
        <source>Lot card</source>
        <translation>Karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="141"/>
        <source>Void</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="142"/>
        <source>Pallets built here</source>
        <translation>Palety utworzone tutaj</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="148"/>
        <source>Pallet</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="170"/>
        <source>%s
%s %s free</source>
        <translation>%s
wolne: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="215"/>
        <source>Only a shift lead builds and voids pallets: scan a shift lead&apos;s badge.</source>
        <translation>Palety tworzy i unieważnia tylko brygadzista: zeskanuj identyfikator brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="223"/>
        <source>Quantity: %s %s</source>
        <translation>Ilość: %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="229"/>
        <source>Record reprint</source>
        <translation>Zapisz duplikat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="229"/>
        <source>Record card printed</source>
        <translation>Zapisz wydruk karty</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="231"/>
        <source>Reprint card</source>
        <translation>Drukuj duplikat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="231"/>
        <source>Print card</source>
        <translation>Drukuj kartę</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="239"/>
        <source>Printer: %s</source>
        <translation>Drukarka: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="242"/>
        <source>Cards print on %s.</source>
        <translation>Karty drukuje: %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="244"/>
        <source>No printer is set up here: print the card by other means, then record it.</source>
        <translation>Tu nie skonfigurowano drukarki: wydrukuj kartę w inny sposób, potem zapisz wydruk.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="293"/>
        <source>Use this quantity</source>
        <translation>Użyj tej ilości</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="299"/>
        <source>How much of %s goes on the pallet?</source>
        <translation>Ile z %s idzie na paletę?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="299"/>
        <source>the lot</source>
        <translation>partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="316"/>
        <source>Pallet %s built: %s %s of %s.</source>
        <translation>Utworzono paletę %s: %s %s z partii %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="345"/>
        <source>pallet card</source>
        <translation>karta paletowa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="345"/>
        <source>lot card</source>
        <translation>karta partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="346"/>
        <source>The %s for %s was printed before. Print it again?</source>
        <translation>Ta %s (%s) była już drukowana. Wydrukować ją ponownie?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="350"/>
        <source>Reprint?</source>
        <translation>Duplikat?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="373"/>
        <source>Reprint of the card for %s recorded.</source>
        <translation>Zapisano duplikat karty dla %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="373"/>
        <source>Card for %s recorded.</source>
        <translation>Zapisano wydruk karty dla %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="393"/>
        <source>The reprint of the card for %s</source>
        <translation>Duplikat karty dla %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="393"/>
        <source>The card for %s</source>
        <translation>Karta dla %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="396"/>
        <source>%s is waiting for printer %s.</source>
        <translation>%s czeka na drukarkę %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="397"/>
        <source>%s is printing on %s …</source>
        <translation>%s: drukowanie na %s …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="398"/>
        <source>%s was printed on %s.</source>
        <translation>%s: wydrukowano na %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="399"/>
        <source>%s cannot print on %s.</source>
        <translation>%s: nie da się wydrukować na %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="400"/>
        <source>%s may not have come out of %s: check the printer.</source>
        <translation>%s: mogła nie wyjść z drukarki %s – sprawdź drukarkę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="401"/>
        <source>%s was cancelled (%s).</source>
        <translation>%s: anulowano (%s).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="407"/>
        <source>It prints by itself once the printer is ready.</source>
        <translation>Wydrukuje się sama, gdy drukarka będzie gotowa.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="423"/>
        <source>Void pallet %s</source>
        <translation>Unieważnij paletę %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="433"/>
        <source>Pallet %s is void: %s %s of %s are free for a new pallet.</source>
        <translation>Paleta %s unieważniona: %s %s z partii %s można dać na nową paletę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/pallet.py" line="445"/>
        <source>Lot %s has nothing left to put on a pallet here.</source>
        <translation>Z partii %s nie zostało tu nic do położenia na paletę.</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="25"/>
        <source>Why are you stopping? One tap pauses the task.</source>
        <translation>Dlaczego przerywasz? Jedno dotknięcie wstrzymuje zadanie.</translation>
    </message>
</context>
<context>
    <name>PinEntry</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/pin_entry.py" line="40"/>
        <source>Type your PIN</source>
        <translation>Wpisz swój PIN</translation>
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
    <name>Refusal</name>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="33"/>
        <source>Lot %s is RECALLED and must not be used.</source>
        <translation>Partia %s jest WYCOFANA i nie wolno jej używać.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="34"/>
        <source>Put it aside in the quarantine area and tell quality.</source>
        <translation>Odłóż ją do strefy kwarantanny i powiadom dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="38"/>
        <source>Lot %s is ON HOLD by quality.</source>
        <translation>Partia %s jest WSTRZYMANA przez dział jakości.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="39"/>
        <source>Use another lot, or ask a shift lead to override with a reason.</source>
        <translation>Użyj innej partii albo poproś brygadzistę o zgodę z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="43"/>
        <source>Lot %s expired on %s.</source>
        <translation>Partia %s straciła ważność %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="44"/>
        <source>Use a lot that has not expired, or ask a shift lead to override with a reason.</source>
        <translation>Użyj partii ważnej albo poproś brygadzistę o zgodę z podaniem powodu.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="50"/>
        <source>Lot %s is %s, which is not in the bill of materials of %s (it needs %s).</source>
        <translation>Partia %s to %s, którego nie ma w recepturze %s (potrzebne: %s).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="54"/>
        <source>Scan a lot of the right material.</source>
        <translation>Zeskanuj partię właściwego materiału.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="58"/>
        <source>Machine %s is marked out of order.</source>
        <translation>Maszyna %s ma zgłoszoną awarię.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="59"/>
        <source>Wait until maintenance puts it back in service, or ask a shift lead to override.</source>
        <translation>Poczekaj, aż utrzymanie ruchu przywróci ją do pracy, albo poproś brygadzistę o zgodę.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="65"/>
        <source>Lot %s has only %s left on record, less than %s.</source>
        <translation>Według zapisów w partii %s zostało tylko %s, mniej niż %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="67"/>
        <source>Check the quantity; if the lot really holds more, a shift lead must override.</source>
        <translation>Sprawdź ilość; jeśli w partii naprawdę jest więcej, potrzebna jest zgoda brygadzisty.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="84"/>
        <source>A shift lead may override with their badge or PIN and a reason.</source>
        <translation>Brygadzista może wyrazić zgodę swoim identyfikatorem lub PIN-em, podając powód.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/refusal_texts.py" line="85"/>
        <source>This cannot be overridden at the station; put the lot aside and call quality.</source>
        <translation>Na stanowisku nie można tego obejść: odłóż partię i wezwij dział jakości.</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="52"/>
        <source>Put the lot aside</source>
        <translation>Odłóż partię</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="55"/>
        <source>Shift lead override</source>
        <translation>Zgoda brygadzisty</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="64"/>
        <source>Shift lead: tap your name or scan your badge</source>
        <translation>Brygadzista: dotknij swojego nazwiska lub zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="75"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="82"/>
        <source>Shift lead&apos;s PIN</source>
        <translation>PIN brygadzisty</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="82"/>
        <source>Override and
use the lot</source>
        <translation>Zezwól i
użyj partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="115"/>
        <source>Tap the shift lead&apos;s name or scan their badge first.</source>
        <translation>Najpierw dotknij nazwiska brygadzisty lub zeskanuj jego identyfikator.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="117"/>
        <source>Pick the reason for the override.</source>
        <translation>Wybierz powód zgody.</translation>
    </message>
</context>
<context>
    <name>RepeatPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="142"/>
        <source>No, it was one scan</source>
        <translation>Nie, to jeden skan</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/refusal.py" line="144"/>
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
        <location filename="../../src/floorstation/ui/screens/settings.py" line="119"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="122"/>
        <source>Settings (admin)</source>
        <translation>Ustawienia (administrator)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="123"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="125"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="126"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="252"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="127"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="263"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="128"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="188"/>
        <source>locked: bound to the event log</source>
        <translation>zablokowane: związane z dziennikiem zdarzeń</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="191"/>
        <source>Station id</source>
        <translation>Id stanowiska</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="192"/>
        <source>Log epoch</source>
        <translation>Epoka dziennika</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="193"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="194"/>
        <source>Station code (goods-in lots)</source>
        <translation>Kod stanowiska (partie przyjęć)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="195"/>
        <source>Machines</source>
        <translation>Maszyny</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="195"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="196"/>
        <source>SSCC range</source>
        <translation>Zakres SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="197"/>
        <source>Lot codes</source>
        <translation>Kody partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="200"/>
        <source>Idle sign-out</source>
        <translation>Wylogowanie bezczynnych</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="201"/>
        <source>after %s s</source>
        <translation>po %s s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="203"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="274"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="205"/>
        <source>PIN after a badge scan</source>
        <translation>PIN po skanie identyfikatora</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="205"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="261"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="205"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="261"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="208"/>
        <source>The station id and the epoch are part of every event this station recorded: changing them would fork its log, so they never change here. The rest is set in station.toml and read when the terminal starts.</source>
        <translation>Id stanowiska i epoka są częścią każdego zdarzenia zapisanego na tym stanowisku: ich zmiana rozszczepiłaby dziennik, więc nie zmienia się ich tutaj. Resztę ustawia się w station.toml; terminal czyta go przy starcie.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="216"/>
        <source>ready</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="217"/>
        <source>listening</source>
        <translation>nasłuchuje</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="218"/>
        <source>set up</source>
        <translation>skonfigurowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="219"/>
        <source>disconnected</source>
        <translation>odłączone</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="220"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="221"/>
        <source>not configured</source>
        <translation>nieskonfigurowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="224"/>
        <source>keyboard scanner</source>
        <translation>skaner klawiaturowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="225"/>
        <source>serial scanner</source>
        <translation>skaner szeregowy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="226"/>
        <source>USB scanner</source>
        <translation>skaner USB</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="227"/>
        <source>scanner</source>
        <translation>skaner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="228"/>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="229"/>
        <source>printer</source>
        <translation>drukarka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="243"/>
        <source>not watched</source>
        <translation>nieobserwowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="252"/>
        <source>none set up in station.toml</source>
        <translation>żadne nie są ustawione w station.toml</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="253"/>
        <source>Live states; scanners, cameras and printers are set up in station.toml.</source>
        <translation>Stany na żywo; skanery, kamery i drukarki ustawia się w station.toml.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="259"/>
        <source>checking …</source>
        <translation>sprawdzanie …</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="259"/>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="263"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="264"/>
        <source>Enrolled</source>
        <translation>Zarejestrowane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="270"/>
        <source>No sync worker runs on this terminal.</source>
        <translation>Na tym terminalu nie działa synchronizacja.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="272"/>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="278"/>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="272"/>
        <source>online</source>
        <translation>w sieci</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="272"/>
        <source>offline</source>
        <translation>poza siecią</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="273"/>
        <source>Events not synced yet</source>
        <translation>Zdarzenia jeszcze niewysłane</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="274"/>
        <source>Last full sync</source>
        <translation>Ostatnia pełna synchronizacja</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="275"/>
        <source>Last problem</source>
        <translation>Ostatni problem</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="278"/>
        <source>sync is not set up</source>
        <translation>synchronizacja nie jest ustawiona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="290"/>
        <source>The terminal&apos;s language (the whole screen changes at once):</source>
        <translation>Język terminala (cały ekran zmienia się od razu):</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="304"/>
        <source>Not installed: %s (run &apos;make translations&apos;).</source>
        <translation>Nie zainstalowano: %s (uruchom &apos;make translations&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/settings.py" line="316"/>
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
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="177"/>
        <source>%s: signed in. Tap a task to work on it.</source>
        <translation>%s: zalogowano. Dotknij zadania, aby nad nim pracować.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/sign_in.py" line="188"/>
        <source>%s: signed out.</source>
        <translation>%s: wylogowano.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="124"/>
        <source>Nobody signed in: scan your badge</source>
        <extracomment>Chips shown at most; the rest are summed up in a &quot;+N&quot; chip that leads to the sign-in screen.</extracomment>
        <translation>Nikt nie jest zalogowany: zeskanuj identyfikator</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="133"/>
        <source>RUNNING</source>
        <translation>PRACA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="134"/>
        <source>IDLE</source>
        <translation>POSTÓJ</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="135"/>
        <source>PAUSED</source>
        <translation>PAUZA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="136"/>
        <source>OUT OF ORDER</source>
        <translation>AWARIA</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="178"/>
        <source>sync not set up</source>
        <translation>synchronizacja nieustawiona</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="180"/>
        <source>online – %n not synced</source>
        <translation>
            <numerusform>w sieci – %n zdarzenie do wysłania</numerusform>
            <numerusform>w sieci – %n zdarzenia do wysłania</numerusform>
            <numerusform>w sieci – %n zdarzeń do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="180"/>
        <source>online</source>
        <translation>w sieci</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="183"/>
        <source>offline – %n not synced</source>
        <translation>
            <numerusform>poza siecią – %n zdarzenie do wysłania</numerusform>
            <numerusform>poza siecią – %n zdarzenia do wysłania</numerusform>
            <numerusform>poza siecią – %n zdarzeń do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="192"/>
        <source>Scanner</source>
        <translation>Skaner</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="192"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="192"/>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="194"/>
        <source>ready</source>
        <translation>gotowa</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="195"/>
        <source>listening</source>
        <translation>nasłuchuje</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="196"/>
        <source>set up</source>
        <translation>skonfigurowana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="197"/>
        <source>disconnected</source>
        <translation>odłączona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="198"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="199"/>
        <source>not configured</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/task_panels.py" line="65"/>
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
        <location filename="../../src/floorstation/ui/screens/task.py" line="152"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="153"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="154"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="155"/>
        <source>Type a
lot code</source>
        <translation>Wpisz
kod partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="156"/>
        <source>New lot</source>
        <translation>Nowa partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="157"/>
        <source>Scan the lots you use</source>
        <translation>Skanuj zużywane partie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="158"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="158"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="158"/>
        <source>Time</source>
        <translation>Godz.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="158"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="162"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="183"/>
        <source>No task open: pick one from the machine&apos;s queue on Home.</source>
        <translation>Nie otwarto zadania: wybierz je z kolejki maszyny na ekranie głównym.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="199"/>
        <source>%s (%s) on %s · done %s / %s %s</source>
        <translation>%s (%s) na %s · zrobiono %s / %s %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="201"/>
        <source>crew: %s</source>
        <translation>zespół: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="204"/>
        <source>Production lot: %s</source>
        <translation>Partia produkcyjna: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="204"/>
        <source>opens at Start</source>
        <translation>otworzy się przy Start</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="212"/>
        <source>, expires %s</source>
        <translation>, ważna do %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="214"/>
        <source>&amp;nbsp;&amp;nbsp;use first: &lt;b&gt;%s&lt;/b&gt;%s%s</source>
        <translation>&amp;nbsp;&amp;nbsp;użyj najpierw: &lt;b&gt;%s&lt;/b&gt;%s%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="216"/>
        <source>no usable lot on record</source>
        <translation>brak partii, której można użyć</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="217"/>
        <source>This task uses no materials.</source>
        <translation>To zadanie nie zużywa materiałów.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="236"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="236"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="243"/>
        <source>Next scan:
%s</source>
        <translation>Następny skan:
%s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="243"/>
        <source>Next scan:
BOM quantity</source>
        <translation>Następny skan:
ilość z receptury</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="268"/>
        <source>Started %s.</source>
        <translation>Rozpoczęto %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="273"/>
        <source>Paused.</source>
        <translation>Wstrzymano.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="275"/>
        <source>Pause %s</source>
        <translation>Pauza: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="278"/>
        <source>Resumed.</source>
        <translation>Wznowiono.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="286"/>
        <source>Stop %s: how many did you make?</source>
        <translation>Stop %s: ile zrobiono?</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="289"/>
        <source>Stopped: %s good, %s scrap.</source>
        <translation>Zakończono: dobre %s, braki %s.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="317"/>
        <source>A new production lot is open.</source>
        <translation>Otwarto nową partię produkcyjną.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="323"/>
        <source>Quantity for the next scan</source>
        <translation>Ilość dla następnego skanu</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="331"/>
        <source>Use this lot</source>
        <translation>Użyj tej partii</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="334"/>
        <source>Type the lot code from the label</source>
        <translation>Wpisz kod partii z etykiety</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="370"/>
        <source>Used %s %s of %s</source>
        <translation>Zużyto %s %s z partii %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="372"/>
        <source>(override: %s)</source>
        <translation>(za zgodą: %s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="387"/>
        <source>Lot %s cannot be used</source>
        <translation>Partii %s nie można użyć</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/task.py" line="392"/>
        <source>Same lot again?</source>
        <translation>Ta sama partia jeszcze raz?</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <location filename="../../src/floorstation/ui/terminal.py" line="110"/>
        <source>Scan your badge first (or sign in with your name and PIN).</source>
        <translation>Najpierw zeskanuj identyfikator (albo zaloguj się nazwiskiem i PIN-em).</translation>
    </message>
</context>
<context>
    <name>TraceScreen</name>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="80"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="101"/>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="112"/>
        <source>Trace</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="81"/>
        <source>Picture</source>
        <translation>Schemat</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="82"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="85"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="86"/>
        <source>From</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="87"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="88"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="89"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="90"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="91"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="97"/>
        <source>Scan a lot or pallet label, or tap the box above to type its code.</source>
        <translation>Zeskanuj etykietę partii lub palety albo dotknij pola powyżej, aby wpisać kod.</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="108"/>
        <source>Lot or SSCC: tap to type</source>
        <translation>Partia lub SSCC: dotknij, aby wpisać</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="115"/>
        <source>Lot code or SSCC</source>
        <translation>Kod partii lub SSCC</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="144"/>
        <source>, expires %s</source>
        <translation>, ważna do %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="145"/>
        <source>Lot %s (%s)</source>
        <translation>Partia %s (%s)</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="147"/>
        <source>Pallet %s holds</source>
        <translation>Paleta %s zawiera</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="149"/>
        <source>%s links back, %s forward, %s pallets</source>
        <translation>powiązań wstecz: %s, w przód: %s, palet: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="153"/>
        <source>customers: %s</source>
        <translation>odbiorcy: %s</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="162"/>
        <source>released</source>
        <translation>zwolniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="163"/>
        <source>on hold</source>
        <translation>wstrzymana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="164"/>
        <source>recalled</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="165"/>
        <source>built</source>
        <translation>utworzona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="166"/>
        <source>shipped</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="167"/>
        <source>void</source>
        <translation>unieważniona</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="174"/>
        <source>back</source>
        <translation>wstecz</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="174"/>
        <source>forward</source>
        <translation>w przód</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/screens/trace.py" line="191"/>
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
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="52"/>
        <source>keyboard</source>
        <extracomment>With several scanners, the best state wins (one working scanner is enough to scan).</extracomment>
        <translation>klawiatura</translation>
    </message>
    <message>
        <location filename="../../src/floorstation/ui/widgets/status_bar.py" line="54"/>
        <source>not started</source>
        <translation>nieuruchomione</translation>
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
