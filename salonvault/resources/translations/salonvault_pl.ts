<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccessErrors</name>
    <message>
        <location filename="../../../ui/error_text/access.py" line="19"/>
        <source>This guard&apos;s sessions are already opened by its sign-in service.</source>
        <translation>Sesje tego mechanizmu kontroli dostępu otwiera już jego usługa logowania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="22"/>
        <source>Sessions start only at sign-in, after the PIN is checked.</source>
        <translation>Sesja zaczyna się tylko przy logowaniu, po sprawdzeniu PIN-u.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="25"/>
        <source>Your account was changed; please sign in again.</source>
        <translation>Twoje konto zostało zmienione; zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="32"/>
        <source>A %1 may not %2.</source>
        <translation>Rola %1 nie ma uprawnienia: %2.</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="208"/>
        <location filename="../../../ui/pages/activity_page.py" line="359"/>
        <location filename="../../../ui/pages/activity_page.py" line="399"/>
        <location filename="../../../ui/pages/activity_page.py" line="403"/>
        <source>Activity log</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="208"/>
        <source>No client matches.</source>
        <translation>Żaden klient nie pasuje.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="285"/>
        <source>The newest %1 matching entries; narrow the filter for older ones.</source>
        <translation>Najnowsze %1 pasujących wpisów; zawęź filtr, aby zobaczyć starsze.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="290"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n pasujący wpis</numerusform>
            <numerusform>%n pasujące wpisy</numerusform>
            <numerusform>%n pasujących wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="275"/>
        <source>Entry %1: %2 %3</source>
        <translation>Wpis %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="232"/>
        <location filename="../../../ui/pages/activity_page.py" line="458"/>
        <source>Every client&apos;s entries are shown.</source>
        <translation>Pokazano wpisy wszystkich klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="308"/>
        <source>client %1</source>
        <translation>klient %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="328"/>
        <source>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</source>
        <translation>
            <numerusform>Dziennik zdarzeń jest nienaruszony: sprawdzono %n wpis, żaden nie został zmieniony, usunięty ani przestawiony.</numerusform>
            <numerusform>Dziennik zdarzeń jest nienaruszony: sprawdzono %n wpisy, żaden nie został zmieniony, usunięty ani przestawiony.</numerusform>
            <numerusform>Dziennik zdarzeń jest nienaruszony: sprawdzono %n wpisów, żaden nie został zmieniony, usunięty ani przestawiony.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="339"/>
        <source>The activity log has been tampered with or damaged, from entry %1 on (%2). Keep this computer as it is and compare with your newest backup.</source>
        <translation>Dziennik zdarzeń został zmieniony lub uszkodzony od wpisu %1 (%2). Zostaw ten komputer bez zmian i porównaj z najnowszą kopią zapasową.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="361"/>
        <source>No verified backup is within reach. Plug in the backup drive, or make a backup first.</source>
        <translation>Nie ma w zasięgu żadnej sprawdzonej kopii zapasowej. Podłącz dysk z kopiami albo najpierw wykonaj kopię.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="373"/>
        <source>Export these entries</source>
        <translation>Eksportuj te wpisy</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="376"/>
        <source>The matching entries go to a CSV file that leaves the vault. Entries name staff members and client numbers, never client details. Encrypt it to the recovery key (it then opens with the Recovery Kit)?</source>
        <translation>Pasujące wpisy trafią do pliku CSV, który opuszcza sejf. Wpisy zawierają nazwiska pracowników i numery klientów, nigdy dane klientów. Zaszyfrować kluczem odzyskiwania (otworzy go wtedy zestaw odzyskiwania)?</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="381"/>
        <source>Encrypted</source>
        <translation>Zaszyfrowany</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="382"/>
        <source>Not encrypted</source>
        <translation>Niezaszyfrowany</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="387"/>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="403"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="445"/>
        <source>Staff</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="446"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="447"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="448"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="449"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="450"/>
        <source>Client (name or phone, Enter)</source>
        <translation>Klient (nazwisko lub telefon, Enter)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="455"/>
        <source>All clients</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="459"/>
        <source>Check the log</source>
        <translation>Sprawdź dziennik</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="460"/>
        <source>Check against the newest backup…</source>
        <translation>Porównaj z najnowszą kopią…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="461"/>
        <source>Export these entries…</source>
        <translation>Eksportuj te wpisy…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="464"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="465"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="466"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="467"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="468"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="469"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="481"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="482"/>
        <source>Every action</source>
        <translation>Każda czynność</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="485"/>
        <source>Any outcome</source>
        <translation>Każdy wynik</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="49"/>
        <source>Everything the activity log holds about this client, newest first.</source>
        <translation>Wszystko, co dziennik zdarzeń zawiera o tym kliencie, od najnowszych.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="77"/>
        <source>Merged-in record %1</source>
        <translation>Dołączony rekord %1</translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="192"/>
        <source>Attach a scanned paper</source>
        <translation>Dołącz skan dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="198"/>
        <source>a PDF, JPEG or PNG file</source>
        <translation>plik PDF, JPEG lub PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="199"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="225"/>
        <source>%1, signed %2</source>
        <translation>%1, podpisano %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="227"/>
        <source>Proves the consent</source>
        <translation>Potwierdza zgodę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="229"/>
        <source>&amp;Paper</source>
        <translation>&amp;Rodzaj dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="230"/>
        <source>&amp;Date on the paper</source>
        <translation>&amp;Data na dokumencie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="231"/>
        <source>&amp;Note</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="234"/>
        <source>Record the paper consent on the Consents tab first (signed on paper).</source>
        <translation>Najpierw zapisz zgodę papierową w zakładce Zgody (Podpisano na papierze).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="245"/>
        <source>Choose the scanned paper</source>
        <translation>Wybierz skan dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="246"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Skany (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="261"/>
        <source>Choose the file of the scanned paper.</source>
        <translation>Wybierz plik ze skanem dokumentu.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>PIN-y się różnią; wpisz PIN ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="120"/>
        <source>Add a staff member</source>
        <translation>Dodaj pracownika</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="122"/>
        <source>Let the new staff member type their own PIN; nobody else should know it.</source>
        <translation>Niech nowy pracownik sam wpisze swój PIN; nikt inny nie powinien go znać.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="124"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="125"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="129"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="126"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="130"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="127"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="131"/>
        <source>PIN again</source>
        <translation>PIN ponownie</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="138"/>
        <source>Owner passphrase:</source>
        <translation>Hasło (fraza) właściciela:</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="154"/>
        <source>Opening the vault…</source>
        <translation>Otwieranie sejfu danych…</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="189"/>
        <source>This PC had lost its key to the vault. It has a new one now: SalonVault opens here by itself again. Put the Recovery Kit back in the safe.</source>
        <translation>Ten komputer stracił swój klucz do sejfu. Ma teraz nowy: SalonVault znów otwiera się tu sam. Odłóż zestaw odzyskiwania z powrotem do sejfu.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="196"/>
        <source>The vault is open, but this PC could not keep a new key for it (%1). Next time it asks for the recovery key again.</source>
        <translation>Sejf jest otwarty, ale ten komputer nie mógł zachować nowego klucza (%1). Następnym razem program znów poprosi o klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="225"/>
        <source>Wrong passphrase; try again.</source>
        <translation>Błędne hasło (fraza); spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="232"/>
        <source>The vault could not be opened: %1</source>
        <translation>Nie udało się otworzyć sejfu danych: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="256"/>
        <source>Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):</source>
        <translation>Wpisz lub wklej klucz odzyskiwania z zestawu odzyskiwania (AGE-SECRET-KEY-1…):</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="19"/>
        <source>The file %1 is empty.</source>
        <translation>Plik %1 jest pusty.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="25"/>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>Plik %1 jest większy niż %2 MB; zeskanuj go w niższej rozdzielczości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="32"/>
        <source>The file %1 could not be read.</source>
        <translation>Nie udało się odczytać pliku %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="38"/>
        <source>%1 is not a PDF, JPEG or PNG file.</source>
        <translation>%1 nie jest plikiem PDF, JPEG ani PNG.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="44"/>
        <source>%1 is named as a %2 but is %3; nothing was stored.</source>
        <translation>Nazwa %1 wskazuje na %2, ale w rzeczywistości to %3; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="52"/>
        <source>%1 has more than %2 pages; split it and attach the parts.</source>
        <translation>%1 ma więcej niż %2 stron; podziel go i dołącz części osobno.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="60"/>
        <source>%1 would take far too much memory to open (more than %2 megapixels or a compressed bomb); nothing was stored.</source>
        <translation>Otwarcie %1 zajęłoby o wiele za dużo pamięci (ponad %2 megapikseli lub tzw. bomba kompresyjna); nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="69"/>
        <source>%1 is protected by a password; save an unprotected copy and attach that.</source>
        <translation>%1 jest chroniony hasłem; zapisz kopię bez zabezpieczenia i dołącz ją.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="76"/>
        <source>%1 is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation>%1 jest uszkodzony lub niekompletny (czy był jeszcze kopiowany?); nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="82"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="85"/>
        <source>JPEG or PNG picture</source>
        <translation>obraz JPEG lub PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="88"/>
        <source>a PDF</source>
        <translation>plik PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="91"/>
        <source>a JPEG picture</source>
        <translation>obraz JPEG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="94"/>
        <source>a PNG picture</source>
        <translation>obraz PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="97"/>
        <source>a ZIP archive (or an Office document)</source>
        <translation>archiwum ZIP (lub dokument Office)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="100"/>
        <source>an Office document</source>
        <translation>dokument Office</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="103"/>
        <source>a Word (RTF) document</source>
        <translation>dokument Word (RTF)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="106"/>
        <source>a program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="109"/>
        <source>a GIF picture</source>
        <translation>obraz GIF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="112"/>
        <source>a TIFF picture</source>
        <translation>obraz TIFF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="115"/>
        <source>a WebP picture</source>
        <translation>obraz WebP</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="118"/>
        <source>an HEIC photo</source>
        <translation>zdjęcie HEIC</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="121"/>
        <source>a compressed archive</source>
        <translation>skompresowane archiwum</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="124"/>
        <source>a web page (HTML)</source>
        <translation>strona internetowa (HTML)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="127"/>
        <source>an XML or SVG file</source>
        <translation>plik XML lub SVG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="130"/>
        <source>something else</source>
        <translation>coś innego</translation>
    </message>
</context>
<context>
    <name>AttachmentViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="44"/>
        <source>%1 of %2</source>
        <translation>%1 z dnia %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="53"/>
        <source>&amp;Previous page</source>
        <translation>&amp;Poprzednia strona</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="54"/>
        <source>&amp;Next page</source>
        <translation>&amp;Następna strona</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="55"/>
        <source>Zoom &amp;out</source>
        <translation>P&amp;omniejsz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="56"/>
        <source>Zoom &amp;in</source>
        <translation>Pow&amp;iększ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="57"/>
        <source>&amp;Fit page</source>
        <translation>&amp;Dopasuj stronę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="119"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="18"/>
        <source>The paper&apos;s date is in the future.</source>
        <translation>Data na dokumencie jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="21"/>
        <source>The paper&apos;s date is before 1900.</source>
        <translation>Data na dokumencie jest sprzed 1900 roku.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="25"/>
        <source>Choose the consent record this paper proves (record the paper consent first).</source>
        <translation>Wybierz zapis zgody, który potwierdza ten dokument (najpierw zapisz zgodę papierową).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="29"/>
        <source>That consent is not on this client&apos;s record.</source>
        <translation>Ta zgoda nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="33"/>
        <source>That consent was signed on screen; link a scan to a consent signed on paper.</source>
        <translation>Ta zgoda została podpisana na ekranie; skan można powiązać tylko ze zgodą podpisaną na papierze.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="37"/>
        <source>That attachment is not on this client&apos;s record.</source>
        <translation>Ten załącznik nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="40"/>
        <source>There is no such attachment.</source>
        <translation>Nie ma takiego załącznika.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="44"/>
        <source>An attachment&apos;s kind is one of %1.</source>
        <translation>Rodzaj załącznika to jeden z: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="49"/>
        <source>Only a paper consent is linked to a consent record.</source>
        <translation>Z zapisem zgody można powiązać tylko skan zgody podpisanej na papierze.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="65"/>
        <source>Dated</source>
        <translation>Data dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="66"/>
        <source>Paper</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="67"/>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="68"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="69"/>
        <source>Added by</source>
        <translation>Dodał(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="78"/>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;Dołącz skan…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="81"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="83"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="90"/>
        <source>Scanned papers are added by the owner or reception.</source>
        <translation>Skany dokumentów dodaje właściciel lub recepcja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="121"/>
        <source>%n health paper(s) (doctor&apos;s letters, prescriptions) are held for the owner and technicians.</source>
        <translation>
            <numerusform>%n dokument zdrowotny (pisma od lekarzy, recepty) jest dostępny tylko dla właściciela i techników.</numerusform>
            <numerusform>%n dokumenty zdrowotne (pisma od lekarzy, recepty) są dostępne tylko dla właściciela i techników.</numerusform>
            <numerusform>%n dokumentów zdrowotnych (pisma od lekarzy, recepty) jest dostępnych tylko dla właściciela i techników.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="148"/>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="180"/>
        <source>Scanned paper</source>
        <translation>Skan dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="168"/>
        <source>Remove scanned paper</source>
        <translation>Usuń skan dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="170"/>
        <source>Remove the %1 of %2 from the vault? This cannot be undone.</source>
        <translation>Usunąć z sejfu dokument „%1” z dnia %2? Tego nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="135"/>
        <location filename="../../../ui/audit_details.py" line="301"/>
        <source>photos %1</source>
        <translation>zdjęcia %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="137"/>
        <source>the time to change it had passed</source>
        <translation>minął czas na zmianę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="158"/>
        <source>clients: %n</source>
        <translation>
            <numerusform>klienci: %n</numerusform>
            <numerusform>klienci: %n</numerusform>
            <numerusform>klienci: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="159"/>
        <source>visits: %n</source>
        <translation>
            <numerusform>wizyty: %n</numerusform>
            <numerusform>wizyty: %n</numerusform>
            <numerusform>wizyty: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="160"/>
        <source>photos: %n</source>
        <translation>
            <numerusform>zdjęcia: %n</numerusform>
            <numerusform>zdjęcia: %n</numerusform>
            <numerusform>zdjęcia: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="161"/>
        <source>entries: %n</source>
        <translation>
            <numerusform>wpisy: %n</numerusform>
            <numerusform>wpisy: %n</numerusform>
            <numerusform>wpisy: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="162"/>
        <source>entries checked: %n</source>
        <translation>
            <numerusform>sprawdzone wpisy: %n</numerusform>
            <numerusform>sprawdzone wpisy: %n</numerusform>
            <numerusform>sprawdzone wpisy: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="163"/>
        <source>new: %n</source>
        <translation>
            <numerusform>nowe: %n</numerusform>
            <numerusform>nowe: %n</numerusform>
            <numerusform>nowe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="164"/>
        <source>updated: %n</source>
        <translation>
            <numerusform>zaktualizowane: %n</numerusform>
            <numerusform>zaktualizowane: %n</numerusform>
            <numerusform>zaktualizowane: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="165"/>
        <source>skipped: %n</source>
        <translation>
            <numerusform>pominięte: %n</numerusform>
            <numerusform>pominięte: %n</numerusform>
            <numerusform>pominięte: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="166"/>
        <source>not valid: %n</source>
        <translation>
            <numerusform>nieprawidłowe: %n</numerusform>
            <numerusform>nieprawidłowe: %n</numerusform>
            <numerusform>nieprawidłowe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="167"/>
        <location filename="../../../ui/audit_details.py" line="168"/>
        <source>health items: %n</source>
        <translation>
            <numerusform>wpisy zdrowotne: %n</numerusform>
            <numerusform>wpisy zdrowotne: %n</numerusform>
            <numerusform>wpisy zdrowotne: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="169"/>
        <source>health records: %n</source>
        <translation>
            <numerusform>rekordy zdrowotne: %n</numerusform>
            <numerusform>rekordy zdrowotne: %n</numerusform>
            <numerusform>rekordy zdrowotne: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="170"/>
        <source>rows read: %n</source>
        <translation>
            <numerusform>odczytane wiersze: %n</numerusform>
            <numerusform>odczytane wiersze: %n</numerusform>
            <numerusform>odczytane wiersze: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="171"/>
        <source>consents: %n</source>
        <translation>
            <numerusform>zgody: %n</numerusform>
            <numerusform>zgody: %n</numerusform>
            <numerusform>zgody: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="172"/>
        <location filename="../../../ui/audit_details.py" line="199"/>
        <source>signed forms: %n</source>
        <translation>
            <numerusform>podpisane formularze: %n</numerusform>
            <numerusform>podpisane formularze: %n</numerusform>
            <numerusform>podpisane formularze: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="173"/>
        <source>patch tests: %n</source>
        <translation>
            <numerusform>testy uczuleniowe: %n</numerusform>
            <numerusform>testy uczuleniowe: %n</numerusform>
            <numerusform>testy uczuleniowe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="174"/>
        <source>pinned notes: %n</source>
        <translation>
            <numerusform>przypięte notatki: %n</numerusform>
            <numerusform>przypięte notatki: %n</numerusform>
            <numerusform>przypięte notatki: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="175"/>
        <source>service records: %n</source>
        <translation>
            <numerusform>zapisy usług: %n</numerusform>
            <numerusform>zapisy usług: %n</numerusform>
            <numerusform>zapisy usług: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="176"/>
        <source>records with health values held back: %n</source>
        <translation>
            <numerusform>zapisy z ukrytymi wartościami zdrowotnymi: %n</numerusform>
            <numerusform>zapisy z ukrytymi wartościami zdrowotnymi: %n</numerusform>
            <numerusform>zapisy z ukrytymi wartościami zdrowotnymi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="177"/>
        <source>services: %n</source>
        <translation>
            <numerusform>usługi: %n</numerusform>
            <numerusform>usługi: %n</numerusform>
            <numerusform>usługi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="178"/>
        <source>allergies: %n</source>
        <translation>
            <numerusform>alergie: %n</numerusform>
            <numerusform>alergie: %n</numerusform>
            <numerusform>alergie: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="179"/>
        <source>photos deleted: %n</source>
        <translation>
            <numerusform>usunięte zdjęcia: %n</numerusform>
            <numerusform>usunięte zdjęcia: %n</numerusform>
            <numerusform>usunięte zdjęcia: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="180"/>
        <source>health items deleted: %n</source>
        <translation>
            <numerusform>usunięte wpisy zdrowotne: %n</numerusform>
            <numerusform>usunięte wpisy zdrowotne: %n</numerusform>
            <numerusform>usunięte wpisy zdrowotne: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="181"/>
        <source>allergies left out (no consent): %n</source>
        <translation>
            <numerusform>pominięte alergie (brak zgody): %n</numerusform>
            <numerusform>pominięte alergie (brak zgody): %n</numerusform>
            <numerusform>pominięte alergie (brak zgody): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="182"/>
        <source>earlier versions deleted: %n</source>
        <translation>
            <numerusform>usunięte wcześniejsze wersje: %n</numerusform>
            <numerusform>usunięte wcześniejsze wersje: %n</numerusform>
            <numerusform>usunięte wcześniejsze wersje: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="183"/>
        <source>health papers deleted: %n</source>
        <translation>
            <numerusform>usunięte dokumenty zdrowotne: %n</numerusform>
            <numerusform>usunięte dokumenty zdrowotne: %n</numerusform>
            <numerusform>usunięte dokumenty zdrowotne: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="184"/>
        <source>recipients listed: %n</source>
        <translation>
            <numerusform>wymienieni odbiorcy: %n</numerusform>
            <numerusform>wymienieni odbiorcy: %n</numerusform>
            <numerusform>wymienieni odbiorcy: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="185"/>
        <source>service records deleted: %n</source>
        <translation>
            <numerusform>usunięte zapisy usług: %n</numerusform>
            <numerusform>usunięte zapisy usług: %n</numerusform>
            <numerusform>usunięte zapisy usług: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="186"/>
        <source>earlier versions: %n</source>
        <translation>
            <numerusform>wcześniejsze wersje: %n</numerusform>
            <numerusform>wcześniejsze wersje: %n</numerusform>
            <numerusform>wcześniejsze wersje: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="187"/>
        <source>without contact details: %n</source>
        <translation>
            <numerusform>bez danych kontaktowych: %n</numerusform>
            <numerusform>bez danych kontaktowych: %n</numerusform>
            <numerusform>bez danych kontaktowych: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="188"/>
        <source>wrong tries in a row: %n</source>
        <translation>
            <numerusform>błędne próby z rzędu: %n</numerusform>
            <numerusform>błędne próby z rzędu: %n</numerusform>
            <numerusform>błędne próby z rzędu: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="189"/>
        <source>hours valid: %n</source>
        <translation>
            <numerusform>ważny przez %n godzinę</numerusform>
            <numerusform>ważny przez %n godziny</numerusform>
            <numerusform>ważny przez %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="190"/>
        <source>backups kept: %n</source>
        <translation>
            <numerusform>zachowywane kopie: %n</numerusform>
            <numerusform>zachowywane kopie: %n</numerusform>
            <numerusform>zachowywane kopie: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="191"/>
        <source>reminder after days: %n</source>
        <translation>
            <numerusform>przypomnienie po %n dniu</numerusform>
            <numerusform>przypomnienie po %n dniach</numerusform>
            <numerusform>przypomnienie po %n dniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="192"/>
        <source>device keys kept for another folder: %n</source>
        <translation>
            <numerusform>klucze urządzeń zachowane dla innego folderu: %n</numerusform>
            <numerusform>klucze urządzeń zachowane dla innego folderu: %n</numerusform>
            <numerusform>klucze urządzeń zachowane dla innego folderu: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="193"/>
        <source>pages encrypted again: %n</source>
        <translation>
            <numerusform>ponownie zaszyfrowane strony: %n</numerusform>
            <numerusform>ponownie zaszyfrowane strony: %n</numerusform>
            <numerusform>ponownie zaszyfrowane strony: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="194"/>
        <source>scanned papers: %n</source>
        <translation>
            <numerusform>skany dokumentów: %n</numerusform>
            <numerusform>skany dokumentów: %n</numerusform>
            <numerusform>skany dokumentów: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="195"/>
        <source>pages: %n</source>
        <translation>
            <numerusform>strony: %n</numerusform>
            <numerusform>strony: %n</numerusform>
            <numerusform>strony: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="196"/>
        <source>contraindications: %n</source>
        <translation>
            <numerusform>przeciwwskazania: %n</numerusform>
            <numerusform>przeciwwskazania: %n</numerusform>
            <numerusform>przeciwwskazania: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="197"/>
        <source>red flags: %n</source>
        <translation>
            <numerusform>sygnały ostrzegawcze: %n</numerusform>
            <numerusform>sygnały ostrzegawcze: %n</numerusform>
            <numerusform>sygnały ostrzegawcze: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="198"/>
        <source>red flags that stop a service: %n</source>
        <translation>
            <numerusform>sygnały ostrzegawcze blokujące usługę: %n</numerusform>
            <numerusform>sygnały ostrzegawcze blokujące usługę: %n</numerusform>
            <numerusform>sygnały ostrzegawcze blokujące usługę: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="200"/>
        <source>attended: %n</source>
        <translation>
            <numerusform>uczestnicy: %n</numerusform>
            <numerusform>uczestnicy: %n</numerusform>
            <numerusform>uczestnicy: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="201"/>
        <source>questions: %n</source>
        <translation>
            <numerusform>pytania: %n</numerusform>
            <numerusform>pytania: %n</numerusform>
            <numerusform>pytania: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="202"/>
        <source>signed again after months: %n</source>
        <translation>
            <numerusform>ponowny podpis po %n miesiącu</numerusform>
            <numerusform>ponowny podpis po %n miesiącach</numerusform>
            <numerusform>ponowny podpis po %n miesiącach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="207"/>
        <source>visit %1</source>
        <translation>wizyta %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="208"/>
        <source>photo %1</source>
        <translation>zdjęcie %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="209"/>
        <source>scanned paper %1</source>
        <translation>skan dokumentu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="210"/>
        <source>health item %1</source>
        <translation>wpis zdrowotny %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="211"/>
        <source>signed form %1</source>
        <translation>podpisany formularz %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="212"/>
        <source>pinned note %1</source>
        <translation>przypięta notatka %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="213"/>
        <source>record removed: client %1</source>
        <translation>usunięty rekord: klient %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="214"/>
        <source>record kept: client %1</source>
        <translation>zachowany rekord: klient %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="215"/>
        <source>changed from entry %1</source>
        <translation>zmiany od wpisu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="216"/>
        <source>corrects visit %1</source>
        <translation>koryguje wizytę %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="217"/>
        <source>service record %1</source>
        <translation>zapis usługi %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="218"/>
        <location filename="../../../ui/audit_details.py" line="227"/>
        <source>earlier version %1 kept</source>
        <translation>zachowano wcześniejszą wersję %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="219"/>
        <source>corrects service record %1</source>
        <translation>koryguje zapis usługi %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="220"/>
        <source>template version %1</source>
        <translation>wersja szablonu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="221"/>
        <source>form version %1</source>
        <translation>wersja formularza %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="222"/>
        <source>red flag %1</source>
        <translation>sygnał ostrzegawczy %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="224"/>
        <source>from database version %1</source>
        <translation>z wersji bazy danych %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="225"/>
        <source>to version %1</source>
        <translation>do wersji %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="226"/>
        <source>text version %1</source>
        <translation>wersja tekstu %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="229"/>
        <source>years a client without a visit is kept: %n</source>
        <translation>
            <numerusform>klient bez wizyty przechowywany przez %n rok</numerusform>
            <numerusform>klient bez wizyty przechowywany przez %n lata</numerusform>
            <numerusform>klient bez wizyty przechowywany przez %n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="231"/>
        <source>years health data is kept: %n</source>
        <translation>
            <numerusform>dane o zdrowiu przechowywane przez %n rok</numerusform>
            <numerusform>dane o zdrowiu przechowywane przez %n lata</numerusform>
            <numerusform>dane o zdrowiu przechowywane przez %n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="232"/>
        <source>years photos are kept: %n</source>
        <translation>
            <numerusform>zdjęcia przechowywane przez %n rok</numerusform>
            <numerusform>zdjęcia przechowywane przez %n lata</numerusform>
            <numerusform>zdjęcia przechowywane przez %n lat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="233"/>
        <source>with the last visit&apos;s date</source>
        <translation>z datą ostatniej wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="245"/>
        <source>filled in: %1</source>
        <translation>wypełniono: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="249"/>
        <source>blank form: %1</source>
        <translation>pusty formularz: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="254"/>
        <source>from %1</source>
        <translation>poprzednio: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="255"/>
        <source>to %1</source>
        <translation>teraz: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="260"/>
        <source>not allowed: %1</source>
        <translation>brak uprawnienia: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>old key %1</source>
        <translation>stary klucz %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>new key %1</source>
        <translation>nowy klucz %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="283"/>
        <source>file %1</source>
        <translation>plik %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>template %1</source>
        <translation>szablon %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>copied from %1</source>
        <translation>skopiowano z: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>every service</source>
        <translation>każda usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>services %1</source>
        <translation>usługi %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>cylinders: %1</source>
        <translation>cylindry: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>acuity: %1</source>
        <translation>ostrość wzroku: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="295"/>
        <source>made %1</source>
        <translation>utworzono %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="297"/>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="299"/>
        <source>%1 pixels</source>
        <translation>%1 pikseli</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="306"/>
        <source>not linked to a consent</source>
        <translation>niepowiązany ze zgodą</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="307"/>
        <source>proves consent record %1</source>
        <translation>potwierdza zgodę %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="309"/>
        <source>the salon&apos;s own words</source>
        <translation>własne określenia salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="314"/>
        <source>health items %1</source>
        <translation>wpisy zdrowotne %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="318"/>
        <source>consultation form %1</source>
        <translation>formularz konsultacyjny %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="320"/>
        <source>question %1</source>
        <translation>pytanie %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="322"/>
        <source>red flags not reviewed: %1</source>
        <translation>niezweryfikowane sygnały ostrzegawcze: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="324"/>
        <source>no earlier visit with a formula</source>
        <translation>brak wcześniejszej wizyty z recepturą</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="333"/>
        <source>hidden until %1</source>
        <translation>ukryto do %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>before photo</source>
        <translation>zdjęcie przed</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>after photo</source>
        <translation>zdjęcie po</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="354"/>
        <source>patch test: %1</source>
        <translation>test uczuleniowy: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="359"/>
        <source>all clients</source>
        <translation>wszyscy klienci</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="360"/>
        <source>clients with health data</source>
        <translation>klienci z danymi o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="361"/>
        <source>clients with photos</source>
        <translation>klienci ze zdjęciami</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="362"/>
        <source>clients registered between two dates</source>
        <translation>klienci zarejestrowani między dwiema datami</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="363"/>
        <source>a number the owner gave</source>
        <translation>liczba podana przez właściciela</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="368"/>
        <source>wrong PIN</source>
        <translation>błędny PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="369"/>
        <source>wrong one-time code</source>
        <translation>błędny kod jednorazowy</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="370"/>
        <source>no staff member has that name</source>
        <translation>nie ma pracownika o takim imieniu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="371"/>
        <source>the account is disabled</source>
        <translation>konto jest wyłączone</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="372"/>
        <source>too soon after wrong PINs</source>
        <translation>za wcześnie po błędnych PIN-ach</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="373"/>
        <source>no PIN reset was asked for</source>
        <translation>nie zlecono resetu PIN-u</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="374"/>
        <source>the one-time code had expired</source>
        <translation>kod jednorazowy wygasł</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="375"/>
        <source>a new PIN must be chosen first</source>
        <translation>najpierw trzeba wybrać nowy PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="376"/>
        <source>not this vault&apos;s recovery key</source>
        <translation>to nie jest klucz odzyskiwania tego sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="377"/>
        <source>the last active owner</source>
        <translation>ostatni aktywny właściciel</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="378"/>
        <source>an owner cannot reset their own PIN</source>
        <translation>właściciel nie może zresetować własnego PIN-u</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="379"/>
        <source>a reason was given</source>
        <translation>podano powód</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="380"/>
        <source>signed out</source>
        <translation>wylogowanie</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="381"/>
        <source>locked after being idle</source>
        <translation>blokada z powodu bezczynności</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="382"/>
        <source>the session&apos;s time was up</source>
        <translation>upłynął czas sesji</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="383"/>
        <source>switched user</source>
        <translation>zmiana użytkownika</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="384"/>
        <source>the computer was locked</source>
        <translation>komputer został zablokowany</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="385"/>
        <source>the window was closed</source>
        <translation>okno zostało zamknięte</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="386"/>
        <source>locked while signing in</source>
        <translation>blokada podczas logowania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="387"/>
        <source>the role was changed</source>
        <translation>zmieniono rolę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="388"/>
        <source>the PIN was reset</source>
        <translation>zresetowano PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="389"/>
        <source>owner access was recovered</source>
        <translation>odzyskano dostęp właściciela</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="390"/>
        <source>the account was changed</source>
        <translation>zmieniono konto</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="391"/>
        <source>the privacy briefing was not confirmed</source>
        <translation>nie potwierdzono zasad ochrony danych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="397"/>
        <source>printed</source>
        <translation>wydrukowano</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="398"/>
        <source>and when the health details change</source>
        <translation>także przy zmianie danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="399"/>
        <source>not when the health details change</source>
        <translation>nie przy zmianie danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="400"/>
        <source>saved to a file</source>
        <translation>zapisano do pliku</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="401"/>
        <location filename="../../../ui/audit_details.py" line="466"/>
        <source>with the recovery key</source>
        <translation>kluczem odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="402"/>
        <source>with the one-time code</source>
        <translation>kodem jednorazowym</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="403"/>
        <source>a one-time code</source>
        <translation>kod jednorazowy</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="405"/>
        <source>this computer&apos;s key</source>
        <translation>klucz tego komputera</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="406"/>
        <source>the owner&apos;s passphrase</source>
        <translation>hasło (fraza) właściciela</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="407"/>
        <source>the recovery key</source>
        <translation>klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="408"/>
        <source>during set-up</source>
        <translation>podczas konfiguracji</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="409"/>
        <source>by import</source>
        <translation>przez import</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="410"/>
        <source>after opening with the recovery key</source>
        <translation>po otwarciu kluczem odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="411"/>
        <source>encrypted to the recovery key</source>
        <translation>zaszyfrowany kluczem odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="412"/>
        <source>encrypted with a passphrase</source>
        <translation>zaszyfrowany hasłem</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="413"/>
        <source>not encrypted</source>
        <translation>niezaszyfrowany</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="414"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="415"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="416"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="417"/>
        <source>Excel workbook</source>
        <translation>skoroszyt Excela</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="418"/>
        <source>JPEG picture</source>
        <translation>obraz JPEG</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="419"/>
        <source>PNG picture</source>
        <translation>obraz PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="420"/>
        <source>marketing list</source>
        <translation>lista marketingowa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="421"/>
        <source>activity log</source>
        <translation>dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="422"/>
        <source>verified</source>
        <translation>sprawdzono</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="423"/>
        <source>failed</source>
        <translation>nie powiodło się</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="424"/>
        <source>cancelled</source>
        <translation>anulowano</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="425"/>
        <source>finished</source>
        <translation>zakończono</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="426"/>
        <source>undone</source>
        <translation>cofnięto</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="434"/>
        <source>the authority is notified</source>
        <translation>organ nadzorczy został powiadomiony</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="435"/>
        <source>the authority is not notified yet</source>
        <translation>organ nadzorczy nie został jeszcze powiadomiony</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="436"/>
        <source>clients counted again</source>
        <translation>ponownie policzono klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="437"/>
        <source>count kept</source>
        <translation>zachowano liczbę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="438"/>
        <source>the client&apos;s explicit consent</source>
        <translation>wyraźna zgoda klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="439"/>
        <source>health care under professional secrecy</source>
        <translation>opieka zdrowotna objęta tajemnicą zawodową</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="440"/>
        <source>anonymous visit counts kept</source>
        <translation>zachowano anonimowe liczby wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="441"/>
        <source>no visit counts kept</source>
        <translation>nie zachowano liczby wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="442"/>
        <source>the first owner</source>
        <translation>pierwszy właściciel</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="443"/>
        <source>the PIN&apos;s hash renewed</source>
        <translation>odnowiono skrót PIN-u</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="444"/>
        <source>no photo consent in force</source>
        <translation>brak obowiązującej zgody na zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="445"/>
        <source>the card&apos;s photo</source>
        <translation>zdjęcie na karcie</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="446"/>
        <source>pinned by the same person</source>
        <translation>przypięta przez tę samą osobę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="447"/>
        <source>pinned by someone else</source>
        <translation>przypięta przez kogoś innego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="448"/>
        <source>switched on</source>
        <translation>włączono</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="449"/>
        <source>switched off</source>
        <translation>wyłączono</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="450"/>
        <source>offered</source>
        <translation>oferowana</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="451"/>
        <source>not offered</source>
        <translation>nieoferowana</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="452"/>
        <source>needs a patch test</source>
        <translation>wymaga testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="453"/>
        <source>no patch test needed</source>
        <translation>bez testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="454"/>
        <source>backup offered when closing</source>
        <translation>propozycja kopii przy zamykaniu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="455"/>
        <source>no backup when closing</source>
        <translation>bez kopii przy zamykaniu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="456"/>
        <source>to the authority</source>
        <translation>do organu nadzorczego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="457"/>
        <source>to the clients</source>
        <translation>do klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="458"/>
        <source>it was disabled by wrong PINs</source>
        <translation>konto wyłączone po błędnych PIN-ach</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="459"/>
        <source>the owner had disabled it</source>
        <translation>konto wyłączył właściciel</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="460"/>
        <source>clients without a visit: kept</source>
        <translation>klienci bez wizyty: przechowywani bezterminowo</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="461"/>
        <source>health data: kept</source>
        <translation>dane o zdrowiu: przechowywane bezterminowo</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="462"/>
        <source>photos: kept</source>
        <translation>zdjęcia: przechowywane bezterminowo</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="463"/>
        <source>separated by commas</source>
        <translation>oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="464"/>
        <source>separated by semicolons</source>
        <translation>oddzielone średnikami</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="465"/>
        <source>by the owner</source>
        <translation>przez właściciela</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="468"/>
        <source>with the recovery key, the vault did not open</source>
        <translation>kluczem odzyskiwania, sejf się nie otworzył</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="477"/>
        <source>family name</source>
        <translation>nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="478"/>
        <source>given name</source>
        <translation>imię</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="479"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="480"/>
        <source>phone (masked)</source>
        <translation>telefon (zamaskowany)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="481"/>
        <source>phone numbers</source>
        <translation>numery telefonów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="482"/>
        <source>phone numbers (masked)</source>
        <translation>numery telefonów (zamaskowane)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="483"/>
        <source>pinned notes</source>
        <translation>przypięte notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="484"/>
        <source>consents</source>
        <translation>zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="485"/>
        <source>patch tests</source>
        <translation>testy uczuleniowe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="486"/>
        <source>patch test status</source>
        <translation>stan testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="487"/>
        <source>treatments</source>
        <translation>wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="488"/>
        <source>treatment dates</source>
        <translation>daty wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="489"/>
        <source>today&apos;s treatments</source>
        <translation>dzisiejsze wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="490"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="491"/>
        <source>birth date</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="492"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="493"/>
        <source>language</source>
        <translation>język</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="494"/>
        <source>minor</source>
        <translation>niepełnoletni</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="495"/>
        <source>guardian</source>
        <translation>opiekun</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="496"/>
        <source>preferences</source>
        <translation>preferencje</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="497"/>
        <source>tags</source>
        <translation>tagi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="498"/>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="499"/>
        <source>alerts</source>
        <translation>ostrzeżenia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="500"/>
        <source>health</source>
        <translation>zdrowie</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="501"/>
        <source>service</source>
        <translation>usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="502"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="503"/>
        <source>products</source>
        <translation>produkty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="504"/>
        <source>formula</source>
        <translation>receptura</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="505"/>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="506"/>
        <source>payment</source>
        <translation>płatność</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="507"/>
        <source>technician</source>
        <translation>technik</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="508"/>
        <source>corrections</source>
        <translation>korekty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="509"/>
        <source>photos</source>
        <translation>zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="510"/>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="511"/>
        <source>group</source>
        <translation>grupa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="512"/>
        <source>usual length</source>
        <translation>zwykły czas trwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="513"/>
        <source>patch test</source>
        <translation>test uczuleniowy</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="514"/>
        <source>whether it is active</source>
        <translation>czy jest oferowana</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="515"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="516"/>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="517"/>
        <source>salon name</source>
        <translation>nazwa salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="518"/>
        <source>salon address</source>
        <translation>adres salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="519"/>
        <source>country of local phone numbers</source>
        <translation>kraj lokalnych numerów telefonu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="520"/>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="521"/>
        <source>kinds of business</source>
        <translation>rodzaje działalności</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="522"/>
        <source>idle lock</source>
        <translation>automatyczna blokada</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="523"/>
        <source>shortest PIN</source>
        <translation>najkrótszy PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="524"/>
        <source>client details collected</source>
        <translation>zbierane dane klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="525"/>
        <source>recipients of client data and transfers abroad</source>
        <translation>odbiorcy danych klientów i przekazywanie za granicę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="526"/>
        <source>months without a visit before a client is lapsed</source>
        <translation>liczba miesięcy bez wizyty, po której klient staje się nieaktywny</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../../ui/audit_words.py" line="25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="31"/>
        <source>%1 (failed)</source>
        <translation>%1 (nie powiodło się)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="33"/>
        <source>%1 (refused)</source>
        <translation>%1 (odmowa)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="41"/>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="42"/>
        <location filename="../../../ui/audit_words.py" line="95"/>
        <source>Refused</source>
        <translation>Odmówiono</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="43"/>
        <source>Failed</source>
        <translation>Nie powiodło się</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="54"/>
        <source>Opened the card</source>
        <translation>Otwarto kartę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="55"/>
        <source>Registered the client</source>
        <translation>Zarejestrowano klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="56"/>
        <source>Imported clients from a spreadsheet</source>
        <translation>Zaimportowano klientów z arkusza</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="57"/>
        <source>Changed details</source>
        <translation>Zmieniono dane</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="58"/>
        <source>Archived</source>
        <translation>Zarchiwizowano</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="59"/>
        <source>Brought back from the archive</source>
        <translation>Przywrócono z archiwum</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="60"/>
        <source>Erased the client</source>
        <translation>Usunięcie klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="61"/>
        <source>Merged another record of the client into this one</source>
        <translation>Dołączono do tego rekordu inny rekord klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="62"/>
        <source>Compared the client&apos;s record for a merge</source>
        <translation>Porównano rekord klienta przed połączeniem</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="63"/>
        <source>Made the client&apos;s data report</source>
        <translation>Raport danych klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="64"/>
        <source>Pinned a note on the card</source>
        <translation>Przypięto notatkę na karcie</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="65"/>
        <source>Unpinned a note</source>
        <translation>Odpięto notatkę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="66"/>
        <source>Added a health item</source>
        <translation>Dodano wpis zdrowotny</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="67"/>
        <source>Removed a health item</source>
        <translation>Usunięto wpis zdrowotny</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="68"/>
        <source>Changed a health item</source>
        <translation>Zmieniono wpis zdrowotny</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="69"/>
        <source>Added a treatment</source>
        <translation>Dodano wizytę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="70"/>
        <source>Opened a treatment</source>
        <translation>Otwarto wizytę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="71"/>
        <source>Changed a treatment</source>
        <translation>Zmieniono wizytę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="72"/>
        <source>Corrected a treatment</source>
        <translation>Skorygowano wizytę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="73"/>
        <source>Went ahead without a valid patch test</source>
        <translation>Kontynuowano bez ważnego testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="75"/>
        <source>Went ahead despite a contraindication on the health record</source>
        <translation>Kontynuowano mimo przeciwwskazania w danych zdrowotnych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="77"/>
        <source>Shown the health alerts before a treatment</source>
        <translation>Wyświetlono ostrzeżenia zdrowotne przed usługą</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="78"/>
        <source>Copied the last colour formula into a new treatment</source>
        <translation>Skopiowano ostatnią recepturę koloru do nowej wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="79"/>
        <source>Printed or saved the client card</source>
        <translation>Wydrukowano lub zapisano kartę klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="80"/>
        <source>Printed or saved a day sheet listing the client</source>
        <translation>Wydrukowano lub zapisano listę dnia z tym klientem</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="81"/>
        <source>Recorded a patch test</source>
        <translation>Zapisano test uczuleniowy</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="82"/>
        <source>Added a service record</source>
        <translation>Dodano zapis usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="83"/>
        <source>Marked a line of a recall list</source>
        <translation>Oznaczono pozycję listy przypomnień</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="84"/>
        <source>Changed a service record</source>
        <translation>Zmieniono zapis usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="85"/>
        <source>Corrected a service record</source>
        <translation>Skorygowano zapis usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="86"/>
        <source>Listed the client&apos;s service records</source>
        <translation>Wyświetlono listę zapisów usług klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="87"/>
        <source>Opened a service record</source>
        <translation>Otwarto zapis usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="88"/>
        <source>Printed or saved the spectacle prescription</source>
        <translation>Wydrukowano lub zapisano receptę okularową</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="89"/>
        <source>Copied a record template</source>
        <translation>Skopiowano szablon zapisu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="90"/>
        <source>Saved a new version of a record template</source>
        <translation>Zapisano nową wersję szablonu zapisu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="91"/>
        <source>Switched a record template on or off</source>
        <translation>Włączono lub wyłączono szablon zapisu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="92"/>
        <source>Chose the services of a record template</source>
        <translation>Wybrano usługi dla szablonu zapisu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="93"/>
        <source>Chose how prescriptions are written</source>
        <translation>Wybrano notację recept</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="94"/>
        <source>Set a patch-test result</source>
        <translation>Wpisano wynik testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="96"/>
        <source>Signed in</source>
        <translation>Zalogowanie</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="97"/>
        <source>Session ended</source>
        <translation>Koniec sesji</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="98"/>
        <source>Created the vault</source>
        <translation>Utworzenie sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="99"/>
        <source>Opened the vault</source>
        <translation>Otwarcie sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="100"/>
        <source>Upgraded the vault to this version</source>
        <translation>Zaktualizowano sejf do tej wersji</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="101"/>
        <source>Checked the vault&apos;s file</source>
        <translation>Sprawdzono plik sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="102"/>
        <source>Checked the activity log</source>
        <translation>Sprawdzenie dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="103"/>
        <source>Recorded a consent</source>
        <translation>Zapisanie zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="104"/>
        <source>Withdrew a consent</source>
        <translation>Wycofanie zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="105"/>
        <source>Printed a consent form</source>
        <translation>Wydruk formularza zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="106"/>
        <source>Changed a consent text</source>
        <translation>Zmiana treści zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="107"/>
        <source>Switched a consent purpose on or off</source>
        <translation>Włączono lub wyłączono cel zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="108"/>
        <source>Made a marketing list</source>
        <translation>Lista marketingowa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="109"/>
        <source>Printed the privacy notice</source>
        <translation>Wydruk informacji o prywatności</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="110"/>
        <source>Added a photo</source>
        <translation>Dodanie zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="111"/>
        <source>Viewed a photo</source>
        <translation>Wyświetlenie zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="112"/>
        <source>Listed photos</source>
        <translation>Lista zdjęć</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="113"/>
        <source>Removed a photo</source>
        <translation>Usunięcie zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="114"/>
        <source>Chose the card&apos;s photo</source>
        <translation>Wybrano zdjęcie na kartę</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="115"/>
        <source>Took the photo off the card</source>
        <translation>Usunięto zdjęcie z karty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="116"/>
        <source>Took a signed consultation form</source>
        <translation>Przyjęto podpisany formularz konsultacyjny</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="117"/>
        <source>Listed the client&apos;s consultation forms</source>
        <translation>Wyświetlono listę formularzy konsultacyjnych klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="118"/>
        <source>Reviewed a red flag on a consultation form</source>
        <translation>Zweryfikowano sygnał ostrzegawczy w formularzu konsultacyjnym</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="119"/>
        <source>Chose the services a consultation form guards</source>
        <translation>Wybrano usługi objęte formularzem konsultacyjnym</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="120"/>
        <source>Added a version of a consultation form</source>
        <translation>Dodano wersję formularza konsultacyjnego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="121"/>
        <source>Copied a consultation form as the salon&apos;s own</source>
        <translation>Skopiowano formularz konsultacyjny jako własny formularz salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="122"/>
        <source>Changed when a consultation form is signed again</source>
        <translation>Zmieniono zasady ponownego podpisywania formularza konsultacyjnego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="123"/>
        <source>Printed or saved a consultation form</source>
        <translation>Wydrukowano lub zapisano formularz konsultacyjny</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="124"/>
        <source>Added a scanned paper</source>
        <translation>Dodano skan dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="125"/>
        <source>Listed scanned papers</source>
        <translation>Wyświetlono listę skanów dokumentów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="126"/>
        <source>Opened a scanned paper</source>
        <translation>Otwarto skan dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="127"/>
        <source>Removed a scanned paper</source>
        <translation>Usunięto skan dokumentu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="128"/>
        <source>Added a staff member</source>
        <translation>Dodanie pracownika</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="129"/>
        <source>Renamed a staff member</source>
        <translation>Zmiana nazwy pracownika</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="130"/>
        <source>Changed a role</source>
        <translation>Zmiana roli</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="131"/>
        <source>Disabled a staff account</source>
        <translation>Wyłączenie konta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="132"/>
        <source>Enabled a staff account</source>
        <translation>Włączenie konta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="133"/>
        <source>Reset a PIN</source>
        <translation>Reset PIN-u</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="134"/>
        <source>Chose a new PIN after a reset</source>
        <translation>Ustawienie nowego PIN-u po resecie</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="135"/>
        <source>Locked out after wrong PINs</source>
        <translation>Blokada po błędnych PIN-ach</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="136"/>
        <source>Owner access recovered</source>
        <translation>Odzyskanie dostępu właściciela</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="137"/>
        <source>Confirmed the staff privacy briefing</source>
        <translation>Potwierdzono zasady ochrony danych dla pracowników</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="138"/>
        <source>Did not confirm the staff privacy briefing</source>
        <translation>Nie potwierdzono zasad ochrony danych dla pracowników</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="139"/>
        <source>Recorded a training session</source>
        <translation>Zapisano szkolenie</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="140"/>
        <source>Added a key slot</source>
        <translation>Dodanie slotu klucza</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="141"/>
        <source>Removed a key slot</source>
        <translation>Usunięcie slotu klucza</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="142"/>
        <source>Showed the recovery key</source>
        <translation>Wyświetlenie klucza odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="143"/>
        <source>Confirmed the Recovery Kit</source>
        <translation>Potwierdzenie zestawu odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="144"/>
        <source>Replaced the recovery key</source>
        <translation>Wymieniono klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="145"/>
        <source>Re-keyed the vault</source>
        <translation>Zmieniono klucz sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="146"/>
        <source>Finished an interrupted re-keying</source>
        <translation>Dokończono przerwaną zmianę klucza</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="147"/>
        <source>Tried to start a session without signing in</source>
        <translation>Próba rozpoczęcia sesji bez zalogowania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="148"/>
        <source>Started a backup</source>
        <translation>Rozpoczęcie kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="149"/>
        <source>Made a backup</source>
        <translation>Wykonanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="150"/>
        <source>Verified a backup</source>
        <translation>Sprawdzenie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="151"/>
        <source>Ran a restore drill</source>
        <translation>Próba odtworzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="152"/>
        <source>Restored from a backup</source>
        <translation>Odtworzenie z kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="153"/>
        <source>Prepared a restore</source>
        <translation>Przygotowanie odtworzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="154"/>
        <source>Replaced the vault by a restore</source>
        <translation>Zastąpienie sejfu odtworzonym</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="155"/>
        <source>Changed backup settings</source>
        <translation>Zmiana ustawień kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="157"/>
        <source>Dismissed the warning that the vault is older than a backup</source>
        <translation>Ukryto ostrzeżenie, że sejf jest starszy niż kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="159"/>
        <source>Added a service</source>
        <translation>Dodanie usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="160"/>
        <source>Changed a service</source>
        <translation>Zmiana usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="161"/>
        <source>Changed the order of the services</source>
        <translation>Zmieniono kolejność usług</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="162"/>
        <source>Changed a setting</source>
        <translation>Zmiana ustawienia</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="163"/>
        <source>Chose the legal basis for health data</source>
        <translation>Wybrano podstawę prawną przetwarzania danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="164"/>
        <source>Changed the retention rules</source>
        <translation>Zmiana zasad przechowywania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="165"/>
        <source>Exported clients and visits (CSV)</source>
        <translation>Eksport klientów i wizyt (CSV)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="166"/>
        <source>Exported everything (JSON)</source>
        <translation>Eksport wszystkiego (JSON)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="167"/>
        <source>Exported a marketing list</source>
        <translation>Eksport listy marketingowej</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="168"/>
        <source>Exported the activity log</source>
        <translation>Eksport dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="169"/>
        <source>Recorded an incident</source>
        <translation>Zapisanie incydentu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="170"/>
        <source>Updated an incident</source>
        <translation>Aktualizacja incydentu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="171"/>
        <source>Drafted an incident notification</source>
        <translation>Szkic zgłoszenia incydentu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="172"/>
        <source>Made the record of processing</source>
        <translation>Rejestr czynności przetwarzania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="173"/>
        <source>Made the impact-assessment draft</source>
        <translation>Utworzono projekt oceny skutków dla ochrony danych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="174"/>
        <source>Removed data past retention</source>
        <translation>Usunięcie danych po okresie przechowywania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="175"/>
        <source>Filled the demo salon</source>
        <translation>Wypełnienie salonu demo</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="176"/>
        <source>Added demo photos</source>
        <translation>Dodanie zdjęć demo</translation>
    </message>
</context>
<context>
    <name>AuthErrors</name>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="17"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation>Wybierz własny PIN, nie kod jednorazowy (właściciel go widział).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="20"/>
        <source>The recovery key re-enables owner accounts only; the owner enables others.</source>
        <translation>Klucz odzyskiwania ponownie włącza tylko konta właścicieli; pozostałe konta włącza właściciel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="25"/>
        <source>Wrong PIN. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Błędny PIN. Jeszcze %n błędna próba i to konto zostanie wyłączone.</numerusform>
            <numerusform>Błędny PIN. Jeszcze %n błędne próby i to konto zostanie wyłączone.</numerusform>
            <numerusform>Błędny PIN. Jeszcze %n błędnych prób i to konto zostanie wyłączone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="39"/>
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n minutę.</numerusform>
            <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n minuty.</numerusform>
            <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="40"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="57"/>
        <source>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Twój PIN został zresetowany: wpisz kod jednorazowy od właściciela. Jeszcze %n błędna próba wyłączy to konto.</numerusform>
            <numerusform>Twój PIN został zresetowany: wpisz kod jednorazowy od właściciela. Jeszcze %n błędne próby wyłączą to konto.</numerusform>
            <numerusform>Twój PIN został zresetowany: wpisz kod jednorazowy od właściciela. Jeszcze %n błędnych prób wyłączy to konto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="80"/>
        <source>The session has ended; please sign in again.</source>
        <translation>Sesja się zakończyła; zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="83"/>
        <source>This account has no PIN reset waiting; sign in with the PIN.</source>
        <translation>To konto nie czeka na reset PIN-u; zaloguj się swoim PIN-em.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="86"/>
        <source>The session was ended; please sign in again.</source>
        <translation>Sesja została zakończona; zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="89"/>
        <source>The session locked after being idle; please sign in again.</source>
        <translation>Sesja została zablokowana po okresie bezczynności; zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="92"/>
        <source>The session reached its 12-hour limit; please sign in again.</source>
        <translation>Sesja osiągnęła limit 12 godzin; zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="95"/>
        <source>Type the owner&apos;s name.</source>
        <translation>Wpisz imię i nazwisko właściciela.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="98"/>
        <source>The two PINs differ.</source>
        <translation>PIN-y się różnią.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="40"/>
        <source>No verified backup yet. Back up now, to a USB stick kept away from this PC.</source>
        <translation>Nie ma jeszcze sprawdzonej kopii. Zrób kopię teraz, na pendrive trzymany z dala od tego komputera.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="53"/>
        <source>Made: %1 by %2</source>
        <translation>Utworzona: %1, przez: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="58"/>
        <source>Clients: %1, size: %2</source>
        <translation>Klienci: %1, rozmiar: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="63"/>
        <source>Activity log: %1 entries, chain verified</source>
        <translation>Dziennik zdarzeń: %1 wpisów, łańcuch sprawdzony</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="69"/>
        <source>Warning: this vault&apos;s activity log does not hold the backup&apos;s last entry. The vault was restored from an older backup since, or its file was replaced.</source>
        <translation>Uwaga: dziennik zdarzeń tego sejfu nie zawiera ostatniego wpisu kopii. Sejf przywrócono od tego czasu ze starszej kopii albo jego plik został podmieniony.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="93"/>
        <source>The backup is written and verified:
%1 (%2)</source>
        <translation>Kopia zapisana i sprawdzona:
%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="105"/>
        <source>Backing up</source>
        <translation>Tworzenie kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="114"/>
        <source>Verifying a backup</source>
        <translation>Sprawdzanie kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="117"/>
        <source>The backup is good.</source>
        <translation>Kopia jest dobra.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="127"/>
        <source>Restore drill</source>
        <translation>Próbne przywracanie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="130"/>
        <source>The drill restored this backup into a scratch vault, checked it and threw it away. A real restore would work.</source>
        <translation>Próba przywróciła tę kopię do sejfu roboczego, sprawdziła go i usunęła. Prawdziwe przywrócenie zadziała.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="143"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="145"/>
        <source>Replace the whole vault with the backup %1?

Everything recorded after that backup was made is left out. The current vault is not deleted: it is kept aside in the data folder. Everyone is signed out.</source>
        <translation>Zastąpić cały sejf kopią %1?

Wszystko, co zapisano po utworzeniu tej kopii, przepadnie. Obecny sejf nie jest usuwany: zostaje odłożony w folderze danych. Wszyscy zostaną wylogowani.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="165"/>
        <source>Restoring</source>
        <translation>Przywracanie</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="29"/>
        <source>The last verified backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>Ostatnia sprawdzona kopia ma %n dzień. Zrób kopię teraz.</numerusform>
            <numerusform>Ostatnia sprawdzona kopia ma %n dni. Zrób kopię teraz.</numerusform>
            <numerusform>Ostatnia sprawdzona kopia ma %n dni. Zrób kopię teraz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="32"/>
        <source>%n older backup(s) removed (generations).</source>
        <translation>
            <numerusform>Usunięto %n starszą kopię (pokolenia).</numerusform>
            <numerusform>Usunięto %n starsze kopie (pokolenia).</numerusform>
            <numerusform>Usunięto %n starszych kopii (pokolenia).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupErrors</name>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="18"/>
        <source>The backup&apos;s activity log does not end where its manifest says.</source>
        <translation>Dziennik zdarzeń w kopii nie kończy się tam, gdzie wskazuje jej manifest.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="22"/>
        <source>The backup&apos;s activity log does not verify (%1).</source>
        <translation>Dziennik zdarzeń w kopii nie przechodzi weryfikacji (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="29"/>
        <source>This backup was made by a newer SalonVault (schema %1); install the newer version to read it.</source>
        <translation>Tę kopię utworzyła nowsza wersja SalonVault (schemat %1); zainstaluj nowszą wersję, aby ją odczytać.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="36"/>
        <source>The backup&apos;s manifest names no schema version SalonVault had.</source>
        <translation>Manifest kopii podaje wersję schematu, której SalonVault nigdy nie miał.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="41"/>
        <source>The backup&apos;s database schema is not SalonVault&apos;s (%1): it was changed outside the program, so it is refused.</source>
        <translation>Schemat bazy danych w kopii nie jest schematem SalonVault (%1): został zmieniony poza programem, dlatego kopia jest odrzucana.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="48"/>
        <source>The backup&apos;s schema version differs from its manifest.</source>
        <translation>Wersja schematu kopii różni się od podanej w manifeście.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="51"/>
        <source>The backup&apos;s database schema differs from the one its manifest names.</source>
        <translation>Schemat bazy danych w kopii różni się od tego, który podaje jej manifest.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="54"/>
        <source>The backup does not carry its activity log&apos;s key.</source>
        <translation>Kopia nie zawiera klucza swojego dziennika zdarzeń.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="58"/>
        <source>Cannot read %1 (%2).</source>
        <translation>Nie można odczytać %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="65"/>
        <source>The database inside the backup cannot be read (%1).</source>
        <translation>Nie można odczytać bazy danych w kopii (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="70"/>
        <source>The backup has no manifest; it was not made by SalonVault.</source>
        <translation>Kopia nie ma manifestu; nie została utworzona przez SalonVault.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="74"/>
        <source>This backup was made by a newer SalonVault; install the newer version to read it.</source>
        <translation>Tę kopię utworzyła nowsza wersja SalonVault; zainstaluj nowszą wersję, aby ją odczytać.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="79"/>
        <source>The backup&apos;s manifest does not match this salon&apos;s key: it was altered or made elsewhere.</source>
        <translation>Manifest kopii nie pasuje do klucza tego salonu: został zmieniony albo kopia powstała gdzie indziej.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="84"/>
        <source>The backup&apos;s manifest is unreadable.</source>
        <translation>Nie można odczytać manifestu kopii.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="87"/>
        <source>The backup&apos;s activity log key does not open.</source>
        <translation>Nie udało się otworzyć klucza dziennika zdarzeń zapisanego w kopii.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="90"/>
        <source>The backup opened with this recovery key but names another one inside.</source>
        <translation>Kopia otworzyła się tym kluczem odzyskiwania, ale w środku wskazuje inny.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="95"/>
        <source>The backup withholds a setting this SalonVault cannot restore (%1); install the newer version to read it.</source>
        <translation>Kopia zawiera ustawienie, którego ta wersja SalonVault nie potrafi przywrócić (%1); zainstaluj nowszą wersję, aby ją odczytać.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="102"/>
        <source>The file does not contain an SQLite database; it is not a backup.</source>
        <translation>Plik nie zawiera bazy danych SQLite; to nie jest kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="105"/>
        <source>The database inside is not a SalonVault backup (its page layout differs).</source>
        <translation>Baza danych w środku nie jest kopią SalonVault (ma inny układ stron).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="109"/>
        <source>page %1 fails authentication</source>
        <translation>strona %1 nie przechodzi uwierzytelnienia</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="114"/>
        <source>The vault file ended early while it was being read.</source>
        <translation>Plik sejfu skończył się przedwcześnie podczas odczytu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="117"/>
        <source>The backup is incomplete (it ends in the middle of a page).</source>
        <translation>Kopia jest niekompletna (kończy się w połowie strony).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="121"/>
        <source>The backup file is damaged or incomplete (its encryption does not check out).</source>
        <translation>Plik kopii jest uszkodzony lub niekompletny (szyfrowanie się nie zgadza).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="126"/>
        <source>This backup was made for a different recovery key (another salon, or a key replaced since), or its first lines are damaged; use the Recovery Kit that belongs to it, or another copy of the backup.</source>
        <translation>Ta kopia została utworzona dla innego klucza odzyskiwania (innego salonu albo klucza wymienionego od tamtej pory) lub jej pierwsze wiersze są uszkodzone; użyj Zestawu odzyskiwania, który do niej należy, albo innej kopii.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="132"/>
        <source>The file is not a SalonVault backup (not an age file).</source>
        <translation>Plik nie jest kopią SalonVault (nie jest plikiem age).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="135"/>
        <source>The vault kept changing while the backup started; try again.</source>
        <translation>Sejf cały czas się zmieniał, gdy rozpoczynało się tworzenie kopii; spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="139"/>
        <source>Keep between 1 and %1 backups.</source>
        <translation>Zachowuj od 1 do %1 kopii.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="145"/>
        <source>Remind after 1 to %1 days.</source>
        <translation>Przypomnienie można ustawić na od 1 do %1 dni.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="150"/>
        <source>The snapshot is not the one this backup started.</source>
        <translation>Migawka nie jest tą, od której zaczęła się ta kopia.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="154"/>
        <source>The backup read back differs from what was written (a failing drive?); it was removed.</source>
        <translation>Kopia odczytana ponownie różni się od tego, co zapisano (czy dysk się psuje?); została usunięta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="158"/>
        <source>The backup was cancelled; nothing was left half-written.</source>
        <translation>Tworzenie kopii anulowano; nie został żaden niedokończony plik.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="162"/>
        <source>SalonVault could not write in %1 (%2). Nothing was changed.</source>
        <translation>SalonVault nie mógł zapisać w %1 (%2). Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="170"/>
        <source>The disk holding %1 is full (checking or restoring a backup needs free space the size of the vault there); free some space and try again. Nothing was changed.</source>
        <translation>Dysk z %1 jest pełny (sprawdzenie lub przywrócenie kopii wymaga tam tyle wolnego miejsca, ile zajmuje sejf); zwolnij miejsce i spróbuj ponownie. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="180"/>
        <source>SalonVault may not write in %1 (read-only or no permission). Nothing was changed.</source>
        <translation>SalonVault nie może zapisywać w %1 (tylko do odczytu lub brak uprawnień). Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="186"/>
        <source>age encryption failed</source>
        <translation>szyfrowanie age nie powiodło się</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="190"/>
        <source>The database inside the backup fails SQLite&apos;s integrity check (%1).</source>
        <translation>Baza danych w kopii nie przechodzi sprawdzenia integralności SQLite (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="196"/>
        <source>The backup&apos;s row counts differ from its manifest (%1).</source>
        <translation>Liczby wierszy w kopii różnią się od podanych w manifeście (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="202"/>
        <source>The backup could not be read to the end (%1).</source>
        <translation>Nie udało się odczytać kopii do końca (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="208"/>
        <source>The backup could not be read back to the end (%1).</source>
        <translation>Nie udało się ponownie odczytać kopii do końca podczas sprawdzania (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="214"/>
        <source>This vault&apos;s activity log does not hold the backup&apos;s last entry: the vault was restored from an older backup since, or its file was replaced or cut.</source>
        <translation>Dziennik zdarzeń tego sejfu nie zawiera ostatniego wpisu z kopii: od tego czasu sejf przywrócono ze starszej kopii albo jego plik został zastąpiony lub obcięty.</translation>
    </message>
</context>
<context>
    <name>BackupHistory</name>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="32"/>
        <source>Backup</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="33"/>
        <source>Verify</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="34"/>
        <source>Restore drill</source>
        <translation>Próbne przywracanie</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="35"/>
        <source>Restore</source>
        <translation>Przywrócenie</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="41"/>
        <source>Verified</source>
        <translation>Sprawdzona</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="42"/>
        <source>Failed</source>
        <translation>Nieudana</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="43"/>
        <source>Cancelled</source>
        <translation>Anulowana</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="75"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="76"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="77"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="78"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="79"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="80"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="81"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="101"/>
        <source>(scheduled)</source>
        <translation>(zaplanowane)</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="61"/>
        <source>Cancelling; removing the unfinished file…</source>
        <translation>Anulowanie; usuwanie niedokończonego pliku…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="69"/>
        <source>Writing the encrypted backup…</source>
        <translation>Zapisywanie zaszyfrowanej kopii…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="70"/>
        <source>Reading it back and checking it…</source>
        <translation>Odczytywanie i sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="71"/>
        <source>Decrypting and checking the backup…</source>
        <translation>Odszyfrowywanie i sprawdzanie kopii…</translation>
    </message>
</context>
<context>
    <name>BackupTasks</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="133"/>
        <source>Cancelled; nothing was left half-written and earlier backups are as they were.</source>
        <translation>Anulowano; nie został żaden niedokończony plik, a wcześniejsze kopie są nienaruszone.</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="140"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Wystąpił nieoczekiwany błąd: %1</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="228"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="230"/>
        <source>USB / removable: %1</source>
        <translation>USB / wymienny: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="253"/>
        <source>Choose a USB stick or a folder for the backup.</source>
        <translation>Wybierz pendrive lub folder na kopię.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="255"/>
        <source>This folder is not there now (drive unplugged?).</source>
        <translation>Tego folderu teraz nie ma (odłączony dysk?).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="259"/>
        <source>Free: %1 of %2</source>
        <translation>Wolne: %1 z %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="276"/>
        <source>No SalonVault backups in this folder yet.</source>
        <translation>W tym folderze nie ma jeszcze kopii SalonVault.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backups_page.py" line="280"/>
        <source>%n backup(s) in this folder, the oldest from %1.</source>
        <translation>
            <numerusform>%n kopia w tym folderze, z %1.</numerusform>
            <numerusform>%n kopie w tym folderze, najstarsza z %1.</numerusform>
            <numerusform>%n kopii w tym folderze, najstarsza z %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="302"/>
        <source>Back up into this folder</source>
        <translation>Zapisz kopię w tym folderze</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="309"/>
        <source>Choose a backup file</source>
        <translation>Wybierz plik kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="310"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>Kopie SalonVault (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="335"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="337"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="348"/>
        <location filename="../../../ui/pages/backups_page.py" line="350"/>
        <source>Back up now</source>
        <translation>Zrób kopię teraz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="349"/>
        <source>Choose folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="351"/>
        <source>Check and restore</source>
        <translation>Sprawdzanie i przywracanie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="352"/>
        <source>Verify a backup…</source>
        <translation>Sprawdź kopię…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="353"/>
        <source>Restore drill…</source>
        <translation>Próbne przywracanie…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="354"/>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="355"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="356"/>
        <source>Newest backups kept in each folder:</source>
        <translation>Liczba najnowszych kopii zachowywanych w każdym folderze:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="360"/>
        <source>Also kept: the newest backup of each of the last 7 days, 4 weeks and 12 months that have one, so backups in a row never push out the older ones.</source>
        <translation>Zachowywane są też: najnowsza kopia z każdego z ostatnich 7 dni, 4 tygodni i 12 miesięcy, w których jakaś powstała, więc seria kopii wykonanych jedna po drugiej nigdy nie wypiera starszych.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="364"/>
        <source>Remind when the last backup is older than (days):</source>
        <translation>Przypomnij, gdy ostatnia kopia jest starsza niż (dni):</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="365"/>
        <source>Offer a backup when SalonVault closes</source>
        <translation>Proponuj kopię przy zamykaniu SalonVault</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="366"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="367"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>BowlEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="112"/>
        <source>Add shade</source>
        <translation>Dodaj odcień</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="115"/>
        <source>6% / 20 vol</source>
        <translation>6% / 20 vol</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="118"/>
        <source>1:1.5</source>
        <translation>1:1,5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="122"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="124"/>
        <source>Remove bowl</source>
        <translation>Usuń miseczkę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="176"/>
        <source>Bowl for</source>
        <translation>Miseczka na</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="177"/>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="178"/>
        <source>Shades and grams</source>
        <translation>Odcienie i gramy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="179"/>
        <source>Developer</source>
        <translation>Oksydant</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="180"/>
        <source>Ratio</source>
        <translation>Proporcja</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="181"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="185"/>
        <source>grams</source>
        <translation>gramy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="186"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="187"/>
        <source>Choose a zone or type your own name for this bowl.</source>
        <translation>Wybierz strefę albo wpisz własną nazwę tej miseczki.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="188"/>
        <source>Developer strength</source>
        <translation>Stężenie oksydantu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="189"/>
        <source>Developer grams</source>
        <translation>Gramy oksydantu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="190"/>
        <source>Mixing ratio</source>
        <translation>Proporcja mieszania</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="191"/>
        <source>Processing time in minutes</source>
        <translation>Czas działania w minutach</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="195"/>
        <source>Bowl %1</source>
        <translation>Miseczka %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="204"/>
        <source>Shade %1</source>
        <translation>Odcień %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="205"/>
        <source>Grams of shade %1</source>
        <translation>Gramy odcienia %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="206"/>
        <source>Remove shade %1</source>
        <translation>Usuń odcień %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="207"/>
        <source>Remove this shade</source>
        <translation>Usuń ten odcień</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="334"/>
        <source>%1 (from the ratio)</source>
        <translation>%1 (z proporcji)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="343"/>
        <source>Shade %1: write the shade before its grams.</source>
        <translation>Odcień %1: wpisz odcień przed podaniem gramów.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <location filename="../../../ui/briefing_page.py" line="175"/>
        <location filename="../../../ui/briefing_page.py" line="191"/>
        <source>Staff privacy briefing</source>
        <translation>Zasady ochrony danych dla pracowników</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="178"/>
        <source>Before your first work in SalonVault, read how we keep clients&apos; data safe and confirm it.</source>
        <translation>Zanim zaczniesz pracę w SalonVault, przeczytaj, jak chronimy dane klientów, i potwierdź zapoznanie się z zasadami.</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="182"/>
        <source>The briefing has changed since you last confirmed it: read it and confirm again.</source>
        <translation>Zasady zmieniły się od Twojego ostatniego potwierdzenia: przeczytaj je i potwierdź ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="185"/>
        <source>It is a year since you last confirmed the briefing: read it again and confirm.</source>
        <translation>Minął rok od Twojego ostatniego potwierdzenia zasad: przeczytaj je ponownie i potwierdź.</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="189"/>
        <source>Read &amp;in:</source>
        <translation>&amp;Czytaj w języku:</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="190"/>
        <source>Language of the briefing</source>
        <translation>Język zasad</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="193"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="194"/>
        <source>I have &amp;read and understood it</source>
        <translation>&amp;Znam i rozumiem te zasady</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="195"/>
        <source>&amp;Not now (sign out)</source>
        <translation>&amp;Nie teraz (wyloguj)</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="197"/>
        <source>You can work in SalonVault only after confirming the briefing.</source>
        <translation>Pracować w SalonVault można dopiero po potwierdzeniu zasad.</translation>
    </message>
</context>
<context>
    <name>BriefingTables</name>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="32"/>
        <source>Up to date</source>
        <translation>Aktualne</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="34"/>
        <source>Not confirmed yet: asked at the next sign-in</source>
        <translation>Jeszcze nie potwierdzono: prośba przy następnym logowaniu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="37"/>
        <source>New version: asked at the next sign-in</source>
        <translation>Nowa wersja: prośba przy następnym logowaniu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="40"/>
        <source>A year has passed: asked at the next sign-in</source>
        <translation>Minął rok: prośba przy następnym logowaniu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="71"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="72"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="73"/>
        <source>Version confirmed</source>
        <translation>Potwierdzona wersja</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="74"/>
        <source>Confirmed on</source>
        <translation>Data potwierdzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="75"/>
        <source>Read in</source>
        <translation>Przeczytano w języku</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="76"/>
        <source>Briefing</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="98"/>
        <source>Account disabled</source>
        <translation>Konto wyłączone</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="127"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="128"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="129"/>
        <source>Attended</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="145"/>
        <source>staff %1</source>
        <translation>pracownik %1</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="130"/>
        <source>Tick at least one kind of business to go on.</source>
        <translation>Zaznacz co najmniej jeden rodzaj działalności, aby przejść dalej.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="134"/>
        <source>With no service ticked, no treatment can be recorded until the owner adds one on the Services page.</source>
        <translation>Jeśli żadna usługa nie będzie zaznaczona, nie da się dodać żadnej wizyty, dopóki właściciel nie doda usługi na stronie Usługi.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="140"/>
        <source>You can rename, add or switch off services later on the Services page.</source>
        <translation>Później możesz zmieniać nazwy usług, dodawać je lub wyłączać na stronie Usługi.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="152"/>
        <source>What the salon does</source>
        <translation>Czym zajmuje się salon</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="154"/>
        <source>This decides the services to start with; a mixed salon ticks several.</source>
        <translation>Od tego zależą usługi na start; salon o mieszanym profilu zaznacza kilka.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="156"/>
        <source>Kind of business</source>
        <translation>Rodzaj działalności</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="161"/>
        <source>Services to start with. Untick what you do not offer (Space ticks or unticks the highlighted one); to change a name, press Enter or double-click it:</source>
        <translation>Usługi na start. Odznacz te, których salon nie oferuje (Spacja zaznacza lub odznacza podświetloną); aby zmienić nazwę, naciśnij Enter lub kliknij ją dwukrotnie:</translation>
    </message>
</context>
<context>
    <name>CameraImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="54"/>
        <source>Choose the camera folder</source>
        <translation>Wybierz folder aparatu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="77"/>
        <source>Import from camera folder</source>
        <translation>Import z folderu aparatu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="81"/>
        <source>Change folder…</source>
        <translation>Zmień folder…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="90"/>
        <source>Photos in the camera folder</source>
        <translation>Zdjęcia w folderze aparatu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="91"/>
        <source>No photos in this folder.</source>
        <translation>W tym folderze nie ma zdjęć.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="92"/>
        <source>Delete the original files after import</source>
        <translation>Usuń oryginalne pliki po imporcie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="96"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="121"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
</context>
<context>
    <name>CardPhotoBox</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="64"/>
        <source>Choose photo…</source>
        <translation>Wybierz zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="67"/>
        <source>Add photo…</source>
        <translation>Dodaj zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="70"/>
        <source>Remove from card</source>
        <translation>Usuń z karty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="108"/>
        <source>A photo on the card needs the client&apos;s photo consent (record it on the Photos tab).</source>
        <translation>Zdjęcie na karcie wymaga zgody klienta na zdjęcia (zapisz ją w zakładce Zdjęcia).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="118"/>
        <source>No photo</source>
        <translation>Brak zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="127"/>
        <source>The client&apos;s photo</source>
        <translation>Zdjęcie klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="157"/>
        <source>Choose a photo for the card</source>
        <translation>Wybierz zdjęcie na kartę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="158"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Zdjęcia (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="19"/>
        <source>The duration is from 1 to %1 minutes.</source>
        <translation>Czas trwania wynosi od 1 do %1 minut.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="24"/>
        <source>The price is out of range.</source>
        <translation>Cena jest poza dozwolonym zakresem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="27"/>
        <source>Two services have the same name.</source>
        <translation>Dwie usługi mają tę samą nazwę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="31"/>
        <source>A salon has at most %1 services.</source>
        <translation>Salon może mieć najwyżej %1 usług.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="36"/>
        <source>There is no such service.</source>
        <translation>Nie ma takiej usługi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="39"/>
        <source>A contraindication needs at least 3 letters: %1</source>
        <translation>Przeciwwskazanie musi mieć co najmniej 3 litery: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="42"/>
        <source>A service has at most %1 contraindications.</source>
        <translation>Usługa może mieć najwyżej %1 przeciwwskazań.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="45"/>
        <source>Give every service exactly once to change the order.</source>
        <translation>Aby zmienić kolejność, podaj każdą usługę dokładnie raz.</translation>
    </message>
</context>
<context>
    <name>ChooseCardPhotoDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="193"/>
        <source>Photo on the card</source>
        <translation>Zdjęcie na karcie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="198"/>
        <source>The client&apos;s photos</source>
        <translation>Zdjęcia klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="212"/>
        <source>The client has no photos yet: add one instead.</source>
        <translation>Klient nie ma jeszcze zdjęć: zamiast tego dodaj nowe.</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="18"/>
        <source>restore needs --recovery-key FILE (the Recovery Kit&apos;s key file).</source>
        <translation>restore wymaga --recovery-key FILE (pliku klucza z Zestawu odzyskiwania).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="22"/>
        <source>There is no service %1; `services list --all` shows them.</source>
        <translation>Nie ma usługi %1; listę usług pokazuje `services list --all`.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="27"/>
        <source>Send one JSON object with the client&apos;s fields.</source>
        <translation>Wyślij jeden obiekt JSON z polami klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="30"/>
        <source>allergies must be a list of texts.</source>
        <translation>allergies musi być listą tekstów.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="33"/>
        <source>phones must be a list of {&quot;label&quot;, &quot;number&quot;} objects.</source>
        <translation>phones musi być listą obiektów {&quot;label&quot;, &quot;number&quot;}.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="37"/>
        <source>Standard input is not JSON (%1).</source>
        <translation>Standardowe wejście nie zawiera poprawnego JSON (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="42"/>
        <source>Standard input is not a client (nested too deeply).</source>
        <translation>Standardowe wejście nie zawiera klienta (zbyt głębokie zagnieżdżenie).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="45"/>
        <source>Each phone is {&quot;label&quot;: …, &quot;number&quot;: &quot;…&quot;}, both texts.</source>
        <translation>Każdy telefon ma postać {&quot;label&quot;: …, &quot;number&quot;: &quot;…&quot;}, oba jako tekst.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="49"/>
        <source>A phone&apos;s label is one of %1.</source>
        <translation>Etykieta telefonu to jedna z: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="54"/>
        <source>The marketing list is a CSV file; use --format csv.</source>
        <translation>Lista marketingowa jest plikiem CSV; użyj --format csv.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="58"/>
        <source>Could not read the mapping file %1: %2.</source>
        <translation>Nie udało się odczytać pliku mapowania %1: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="64"/>
        <source>The mapping file is not UTF-8 text.</source>
        <translation>Plik mapowania nie jest tekstem UTF-8.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="68"/>
        <source>Standard input ended before the %1.</source>
        <translation>Standardowe wejście skończyło się przed podaniem wartości: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="75"/>
        <source>There is no terminal to ask for the %1; send it on standard input with the matching --…-stdin option.</source>
        <translation>Brak terminala, aby zapytać o wartość: %1; przekaż ją na standardowym wejściu z odpowiednią opcją --…-stdin.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="83"/>
        <source>The two %1s differ; nothing was changed.</source>
        <translation>Oba wpisy (%1) się różnią; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="90"/>
        <source>The recovery key was replaced, but it could not be saved (%1); print the new Recovery Kit now (Settings, Recovery Kit), before anything else.</source>
        <translation>Klucz odzyskiwania został wymieniony, ale nie udało się go zapisać (%1); zanim zrobisz cokolwiek innego, wydrukuj teraz nowy Zestaw odzyskiwania (Ustawienia, Zestaw odzyskiwania).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="98"/>
        <source>There is no terminal to type the client&apos;s name on; give it with --confirm NAME or on the line after the PIN with --pin-stdin.</source>
        <translation>Brak terminala, na którym można wpisać imię i nazwisko klienta; podaj je w opcji --confirm NAME albo w wierszu po PIN-ie z opcją --pin-stdin.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="103"/>
        <source>recover-owner needs --recovery-key FILE.</source>
        <translation>recover-owner wymaga --recovery-key FILE.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="107"/>
        <source>Unknown field(s): %1.</source>
        <translation>Nieznane pola: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="113"/>
        <source>The field %1 must be text.</source>
        <translation>Pole %1 musi być tekstem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="118"/>
        <source>is_minor must be true or false.</source>
        <translation>Pole is_minor musi mieć wartość true albo false.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="121"/>
        <source>Standard input is not a JSON health item.</source>
        <translation>Standardowe wejście nie zawiera wpisu zdrowotnego w formacie JSON.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="124"/>
        <source>Send one JSON object: {&quot;kind&quot;, &quot;text&quot;, &quot;severity&quot;}.</source>
        <translation>Wyślij jeden obiekt JSON: {&quot;kind&quot;, &quot;text&quot;, &quot;severity&quot;}.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="128"/>
        <source>kind is one of %1.</source>
        <translation>kind to jedna z wartości: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="134"/>
        <source>severity is one of %1.</source>
        <translation>severity to jedna z wartości: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="139"/>
        <source>text is the item&apos;s description.</source>
        <translation>text to opis wpisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="142"/>
        <source>The signature file is too large.</source>
        <translation>Plik podpisu jest za duży.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="145"/>
        <source>Standard input is not a record (nested too deeply).</source>
        <translation>Standardowe wejście nie zawiera zapisu (zbyt głębokie zagnieżdżenie).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="148"/>
        <source>Send one JSON object with the record&apos;s values by field key.</source>
        <translation>Wyślij jeden obiekt JSON z wartościami zapisu według kluczy pól.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="125"/>
        <source>Minor</source>
        <translation>Niepełnoletni</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="128"/>
        <source>Archived</source>
        <translation>W archiwum</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="153"/>
        <source>P&amp;rint card</source>
        <translation>Drukuj &amp;kartę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="157"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="158"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="172"/>
        <source>The card was sent to the printer.</source>
        <translation>Kartę wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="180"/>
        <source>Save the card as PDF</source>
        <translation>Zapisz kartę jako PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="181"/>
        <source>client-card-%1.pdf</source>
        <translation>karta-klienta-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="189"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="204"/>
        <source>Merge with another client…</source>
        <translation>Połącz z innym klientem…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="210"/>
        <source>Erase client…</source>
        <translation>Usuń klienta…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="216"/>
        <source>Data report…</source>
        <translation>Raport danych…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="233"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="240"/>
        <source>Forms</source>
        <translation>Formularze</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="242"/>
        <source>Treatments</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="244"/>
        <source>Records</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="248"/>
        <source>Patch tests</source>
        <translation>Testy uczuleniowe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="250"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="253"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="256"/>
        <source>Papers</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="259"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="262"/>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="309"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation>Jeszcze nie poinformowano o zapisie wizyt: przed usługą pokaż klientowi tekst informacji.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="369"/>
        <source>Check before any treatment.</source>
        <translation>Sprawdź przed każdą usługą.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="383"/>
        <source>Patch test: %1</source>
        <translation>Test uczuleniowy: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="237"/>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="64"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="66"/>
        <source>Change details: %1</source>
        <translation>Zmiana danych: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="143"/>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="144"/>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="137"/>
        <location filename="../../../ui/dialogs/client_dialog.py" line="145"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="146"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="147"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Data urodzenia (RRRR-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="148"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="149"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="150"/>
        <source>Minor (under 18)</source>
        <translation>Niepełnoletni (poniżej 18 lat)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="151"/>
        <source>Parent or guardian</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="152"/>
        <source>Hair preferences</source>
        <translation>Preferencje – włosy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="153"/>
        <source>Skin preferences</source>
        <translation>Preferencje – skóra</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="154"/>
        <source>Lash preferences</source>
        <translation>Preferencje – rzęsy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="155"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="156"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="175"/>
        <source>Name and how to reach them</source>
        <translation>Imię i nazwisko oraz kontakt</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="177"/>
        <source>Short words, separated by commas: balayage, regular</source>
        <translation>Krótkie słowa oddzielone przecinkami: balayage, stała klientka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="260"/>
        <source>The new client you were typing was kept while the screen was locked.</source>
        <translation>Dane nowego klienta wpisywane przed zablokowaniem ekranu zostały zachowane.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="261"/>
        <source>Your unsaved changes were kept while the screen was locked.</source>
        <translation>Niezapisane zmiany zostały zachowane na czas blokady ekranu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="302"/>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="304"/>
        <source>A client with the same phone, or a very similar name and birth date, is already registered. Add this one anyway?</source>
        <translation>Istnieje już klient z tym samym numerem telefonu albo z bardzo podobnym nazwiskiem i tą samą datą urodzenia. Dodać mimo to?</translation>
    </message>
</context>
<context>
    <name>ClientFacts</name>
    <message>
        <location filename="../../../ui/client_facts.py" line="18"/>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="27"/>
        <source>phone …%1</source>
        <translation>tel. …%1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="30"/>
        <source>born %1</source>
        <translation>ur. %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="34"/>
        <source>last visit %1</source>
        <translation>ostatnia wizyta %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="39"/>
        <source>no visit yet</source>
        <translation>jeszcze bez wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="47"/>
        <source>%1 (archived)</source>
        <translation>%1 (zarchiwizowany)</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="48"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ClientFilterBar</name>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="203"/>
        <source>tag “%1”</source>
        <translation>tag „%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="205"/>
        <source>service: %1</source>
        <translation>usługa: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="207"/>
        <source>by %1</source>
        <translation>technik: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="210"/>
        <source>last visit on or after %1</source>
        <translation>ostatnia wizyta od %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="213"/>
        <source>not seen since %1</source>
        <translation>bez wizyty od %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="215"/>
        <source>with health alerts</source>
        <translation>z ostrzeżeniami zdrowotnymi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="217"/>
        <source>not yet informed about visit records</source>
        <translation>jeszcze niepoinformowani o zapisie wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="219"/>
        <source>registered since %1</source>
        <translation>zarejestrowani od %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="224"/>
        <source>patch test runs out between %1 and %2</source>
        <translation>test uczuleniowy wygasa między %1 a %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="275"/>
        <source>%1 (no longer offered)</source>
        <translation>%1 (już nieoferowana)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="280"/>
        <source>Any service</source>
        <translation>Dowolna usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="281"/>
        <source>Anyone</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="294"/>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="295"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="296"/>
        <source>Tec&amp;hnician</source>
        <translation>Te&amp;chnik</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="297"/>
        <source>any tag</source>
        <translation>dowolny tag</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="298"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="302"/>
        <source>Last visit on or after</source>
        <translation>Ostatnia wizyta od dnia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="299"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="303"/>
        <source>Not seen since</source>
        <translation>Bez wizyty od</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="300"/>
        <source>Has health alerts</source>
        <translation>Ma ostrzeżenia zdrowotne</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="301"/>
        <source>Not yet informed about visit records</source>
        <translation>Jeszcze nie poinformowano o zapisie wizyt</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <location filename="../../../ui/models/client_table.py" line="178"/>
        <source>The client number: the same on the card, in the log and on forms</source>
        <translation>Numer klienta: ten sam na karcie, w dzienniku i na formularzach</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="218"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="219"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="220"/>
        <source>Alerts</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="221"/>
        <source>Last visit</source>
        <translation>Ostatnia wizyta</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="222"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="223"/>
        <source>Born</source>
        <translation>Rok ur.</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="232"/>
        <source>(archived)</source>
        <translation>(zarchiwizowany)</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="239"/>
        <location filename="../../../ui/pages/clients_page.py" line="466"/>
        <source>severe</source>
        <translation>poważne</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="250"/>
        <source>Severe health alert</source>
        <translation>Poważne ostrzeżenie zdrowotne</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="252"/>
        <source>Health alert</source>
        <translation>Ostrzeżenie zdrowotne</translation>
    </message>
</context>
<context>
    <name>ClientsErrors</name>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="18"/>
        <source>There is no such client (already erased?).</source>
        <translation>Nie ma takiego klienta (czy został już usunięty?).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="21"/>
        <source>Type the client&apos;s name exactly as shown to confirm the erasure.</source>
        <translation>Aby potwierdzić usunięcie, wpisz imię i nazwisko klienta dokładnie tak, jak je pokazano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="25"/>
        <source>Enter the %1.</source>
        <translation>Uzupełnij pole „%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="31"/>
        <source>The %1 has at most %2 characters.</source>
        <translation>Pole „%1” może mieć najwyżej %2 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="38"/>
        <source>The %1 contains characters that are not text.</source>
        <translation>Pole „%1” zawiera znaki, które nie są tekstem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="45"/>
        <source>That phone number is not valid (numbers without a country code are read as %1; add +48, +84, +86 … for others).</source>
        <translation>Ten numer telefonu jest nieprawidłowy (numery bez kodu kraju są odczytywane jako numery z kraju %1; dla innych krajów dodaj +48, +84, +86 …).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="52"/>
        <source>That e-mail address does not look right.</source>
        <translation>Ten adres e-mail wygląda na niepoprawny.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="55"/>
        <source>The birth date is in the future.</source>
        <translation>Data urodzenia jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="58"/>
        <source>The birth date is before 1900.</source>
        <translation>Data urodzenia jest sprzed 1900 roku.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="61"/>
        <source>Enter the parent or guardian of a minor (name and how to reach them).</source>
        <translation>Wpisz rodzica lub opiekuna osoby niepełnoletniej (imię i nazwisko oraz kontakt).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="64"/>
        <source>A guardian is kept only for a minor.</source>
        <translation>Opiekuna zapisuje się tylko dla osoby niepełnoletniej.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="68"/>
        <source>A client has at most %1 tags.</source>
        <translation>Klient może mieć najwyżej %1 tagów.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="73"/>
        <source>The language is one of en, vi, pl, zh_CN (or empty).</source>
        <translation>Język to jeden z: en, vi, pl, zh_CN (lub puste).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="77"/>
        <source>The birth date shows %1 or older; correct it or untick &quot;minor&quot;.</source>
        <translation>Z daty urodzenia wynika wiek %1 lat lub więcej; popraw ją albo odznacz „Niepełnoletni”.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="83"/>
        <source>The birth date shows under %1; tick &quot;minor&quot; (and add the guardian).</source>
        <translation>Z daty urodzenia wynika wiek poniżej %1 lat; zaznacz „Niepełnoletni” (i dodaj opiekuna).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="88"/>
        <source>Separate tags with commas; a tag has no comma.</source>
        <translation>Oddzielaj tagi przecinkami; tag nie może zawierać przecinka.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="91"/>
        <source>A tag needs letters or digits.</source>
        <translation>Tag musi zawierać litery lub cyfry.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="94"/>
        <source>Write the birth date as YYYY-MM-DD (for example 1990-04-23).</source>
        <translation>Wpisz datę urodzenia jako RRRR-MM-DD (na przykład 1990-04-23).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="97"/>
        <source>This looks like a payment card number; card numbers are never stored.</source>
        <translation>To wygląda na numer karty płatniczej; numery kart nigdy nie są przechowywane.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="100"/>
        <source>Choose two different clients to merge.</source>
        <translation>Wybierz dwóch różnych klientów do połączenia.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="104"/>
        <source>There is no client %1 (already merged or erased?).</source>
        <translation>Nie ma klienta %1 (czy został już połączony lub usunięty?).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="109"/>
        <source>Type the name of the client being merged away exactly as shown to confirm.</source>
        <translation>Aby potwierdzić, wpisz dokładnie tak, jak je pokazano, imię i nazwisko z rekordu, który zostanie usunięty przy łączeniu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="113"/>
        <source>A client has at most %1 phone numbers.</source>
        <translation>Klient może mieć najwyżej %1 numerów telefonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="118"/>
        <source>The phone is the first of the phone numbers; send one or make them agree.</source>
        <translation>Telefon to pierwszy numer z listy telefonów; podaj tylko jedno z tych pól albo ustaw w nich zgodne wartości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="121"/>
        <source>This salon does not collect phones (see Settings).</source>
        <translation>Ten salon nie zbiera numerów telefonów (zob. Ustawienia).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="124"/>
        <source>That note is not pinned on this client&apos;s card.</source>
        <translation>Ta notatka nie jest przypięta na karcie tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="127"/>
        <source>There is no such client.</source>
        <translation>Nie ma takiego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="131"/>
        <source>A client has at most %1 pinned notes; unpin one first.</source>
        <translation>Klient może mieć najwyżej %1 przypiętych notatek; najpierw odepnij jedną z nich.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="136"/>
        <source>Allergies are changed as health items, not with the client&apos;s details.</source>
        <translation>Alergie zmienia się jako wpisy zdrowotne, a nie w danych klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="140"/>
        <source>At most %1 clients at a time.</source>
        <translation>Najwyżej %1 klientów naraz.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="145"/>
        <source>That health item is not on this client&apos;s record.</source>
        <translation>Ten wpis zdrowotny nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="149"/>
        <source>This may be a client who is already registered (id %1); check before adding.</source>
        <translation>To może być klient, który jest już zarejestrowany (nr %1); sprawdź przed dodaniem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="155"/>
        <source>A tag has at most %1 characters (&quot;%2…&quot;).</source>
        <translation>Tag może mieć najwyżej %1 znaków („%2…”).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="162"/>
        <source>Unknown fields: %1.</source>
        <translation>Nieznane pola: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="169"/>
        <source>This salon does not collect %1; the owner can switch them on in Settings → Client details.</source>
        <translation>Ten salon nie zbiera tych danych: %1; właściciel może je włączyć w Ustawienia → Dane klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="177"/>
        <source>Lapsed after %1 to %2 months without a visit.</source>
        <translation>Klient staje się nieaktywny po okresie od %1 do %2 miesięcy bez wizyty.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="184"/>
        <source>At most %1 rows at a time.</source>
        <translation>Najwyżej %1 wierszy naraz.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="189"/>
        <source>Choose a day after today to hide the line until.</source>
        <translation>Wybierz dzień po dzisiejszym, do którego pozycja ma być ukryta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="192"/>
        <source>Only &apos;not now&apos; hides a line until a day.</source>
        <translation>Tylko „Nie teraz” ukrywa pozycję do wybranego dnia.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="244"/>
        <source>%n client(s) match the filters</source>
        <translation>
            <numerusform>%n klient pasuje do filtrów</numerusform>
            <numerusform>%n klientów pasuje do filtrów</numerusform>
            <numerusform>%n klientów pasuje do filtrów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="246"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klientów</numerusform>
            <numerusform>%n klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="249"/>
        <source>%n client(s) found among those the filters leave</source>
        <translation>
            <numerusform>Znaleziono %n klienta spośród pozostawionych przez filtry</numerusform>
            <numerusform>Znaleziono %n klientów spośród pozostawionych przez filtry</numerusform>
            <numerusform>Znaleziono %n klientów spośród pozostawionych przez filtry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="252"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Znaleziono %n klienta</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
            <numerusform>Znaleziono %n klientów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="328"/>
        <source>Filters on: %1</source>
        <translation>Aktywne filtry: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="333"/>
        <source>&amp;Filters (%n)</source>
        <translation>
            <numerusform>&amp;Filtry (%n)</numerusform>
            <numerusform>&amp;Filtry (%n)</numerusform>
            <numerusform>&amp;Filtry (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="335"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtry</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="435"/>
        <source>Find a client: name, phone, e-mail or tag</source>
        <translation>Znajdź klienta: imię, nazwisko, telefon, e-mail lub tag</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="436"/>
        <source>Find a client</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="437"/>
        <source>New client…</source>
        <translation>Nowy klient…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="443"/>
        <source>Register a new client (%1)</source>
        <translation>Zarejestruj nowego klienta (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="447"/>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="448"/>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowanych</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="449"/>
        <source>Narrow the list by tag, service, visits …</source>
        <translation>Zawęź listę według tagu, usługi, wizyt…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="450"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="451"/>
        <source>Clients found</source>
        <translation>Znalezieni klienci</translation>
    </message>
</context>
<context>
    <name>CollectedFieldsBox</name>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="82"/>
        <source>Nothing to save: the salon collects these already.</source>
        <translation>Nie ma czego zapisać: salon już zbiera te dane.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="92"/>
        <source>Saved. The client form, the import and the privacy notice follow from now on.</source>
        <translation>Zapisano. Od teraz stosują się do tego formularz klienta, import i informacja o prywatności.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="108"/>
        <source>Client details the salon collects</source>
        <translation>Dane klientów zbierane przez salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="111"/>
        <source>Collect only what the salon needs. A name, the language and treatment notes are always kept; tick the details below that you need, for the reason given.</source>
        <translation>Zbieraj tylko to, czego salon potrzebuje. Imię i nazwisko, język i notatki z wizyt są zawsze przechowywane; zaznacz poniżej dane, których potrzebujesz, z podanego powodu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="116"/>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="117"/>
        <source>E-mail address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="118"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="119"/>
        <source>Postal address</source>
        <translation>Adres pocztowy</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="120"/>
        <source>Parent or guardian of a minor</source>
        <translation>Rodzic lub opiekun osoby niepełnoletniej</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="124"/>
        <source>To reach the client about appointments; offers only with their consent.</source>
        <translation>Aby kontaktować się z klientem w sprawie wizyt; oferty tylko za jego zgodą.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="127"/>
        <source>To send what the client asks for (a copy of their data); offers only with their consent.</source>
        <translation>Aby wysłać to, o co prosi klient (kopię jego danych); oferty tylko za jego zgodą.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="131"/>
        <source>To tell clients with the same name apart, and to check that a client is 18 or older where a treatment needs it.</source>
        <translation>Aby odróżnić klientów o tym samym imieniu i nazwisku oraz sprawdzić, czy klient ma ukończone 18 lat, gdy wymaga tego usługa.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="134"/>
        <source>For letters and invoices the client asks for.</source>
        <translation>Do listów i faktur, o które prosi klient.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="136"/>
        <source>For a client under 18: who gives consent for them and whom to call.</source>
        <translation>Dla klienta poniżej 18 lat: kto wyraża za niego zgodę i do kogo dzwonić.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="145"/>
        <source>Switching a detail off stops asking for it; what is already on a client&apos;s record stays until it is changed or the client is erased.</source>
        <translation>Wyłączenie danej sprawia, że program przestaje o nią pytać; to, co już jest w danych klienta, zostaje, dopóki nie zostanie zmienione albo klient nie zostanie usunięty.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="149"/>
        <source>Save what is collected</source>
        <translation>Zapisz zbierane dane</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../../ui/consent_labels.py" line="12"/>
        <source>Service records</source>
        <translation>Zapis wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="13"/>
        <source>Health information</source>
        <translation>Informacje o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="14"/>
        <source>Before/after photos</source>
        <translation>Zdjęcia przed/po</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="15"/>
        <source>Photos in marketing</source>
        <translation>Zdjęcia w reklamie</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="16"/>
        <source>Marketing by SMS</source>
        <translation>Marketing SMS-em</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="17"/>
        <source>Marketing by e-mail</source>
        <translation>Marketing e-mailem</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="18"/>
        <source>Marketing by phone</source>
        <translation>Marketing telefoniczny</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="19"/>
        <source>Marketing by messaging apps</source>
        <translation>Marketing przez komunikatory</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="22"/>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="29"/>
        <source>Not asked</source>
        <translation>Nie pytano</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="30"/>
        <source>Agreed</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="31"/>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="32"/>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="41"/>
        <source>Acknowledged</source>
        <translation>Przyjęto do wiadomości</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="47"/>
        <source>Signed on screen</source>
        <translation>Podpisano na ekranie</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="48"/>
        <source>Signed on paper</source>
        <translation>Podpisano na papierze</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="94"/>
        <source>Record consent</source>
        <translation>Zapisz zgodę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="129"/>
        <source>The client signs on screen</source>
        <translation>Klient podpisuje na ekranie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="130"/>
        <source>The client signed a paper form</source>
        <translation>Klient podpisał formularz papierowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="135"/>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="136"/>
        <source>Paper form&apos;s reference</source>
        <translation>Numer formularza papierowego</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="153"/>
        <source>The client is under %1: a parent or guardian decides and signs.</source>
        <translation>Klient ma mniej niż %1 lat: decyzję podejmuje i formularz podpisuje rodzic lub opiekun prawny.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="163"/>
        <source>Record</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="171"/>
        <source>Language of the text</source>
        <translation>Język tekstu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="215"/>
        <source>The salon asks for no consent purpose (Consents page, Texts tab).</source>
        <translation>Salon nie prosi o zgodę na żaden cel (strona Zgody, zakładka Teksty).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="224"/>
        <source>Still to answer, Agree or Refuse: %1</source>
        <translation>Jeszcze bez odpowiedzi („Zgadzam się” lub „Nie zgadzam się”): %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="228"/>
        <source>Still to confirm the client has read: %1</source>
        <translation>Jeszcze bez potwierdzenia, że klient zapoznał się z informacją: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="230"/>
        <source>Waiting for the client&apos;s signature on the pad.</source>
        <translation>Oczekiwanie na podpis klienta w polu podpisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="232"/>
        <source>Type the paper form&apos;s reference.</source>
        <translation>Wpisz numer formularza papierowego.</translation>
    </message>
</context>
<context>
    <name>ConsentErrors</name>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="18"/>
        <source>Choose marketing channels only.</source>
        <translation>Wybierz tylko kanały marketingowe.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="21"/>
        <source>A form is opened to print or to save.</source>
        <translation>Formularz otwiera się do wydruku albo do zapisania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="24"/>
        <source>There is no such consent record.</source>
        <translation>Nie ma takiego zapisu zgody.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="27"/>
        <source>The client&apos;s signature is missing.</source>
        <translation>Brak podpisu klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="30"/>
        <source>A decision is &apos;granted&apos; or &apos;refused&apos;.</source>
        <translation>Decyzja to „granted” (zgoda) albo „refused” (odmowa).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="33"/>
        <source>Signed &apos;on_screen&apos; or on &apos;paper&apos;.</source>
        <translation>Sposób podpisu to „on_screen” (na ekranie) albo „paper” (na papierze).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="36"/>
        <source>The text is unchanged; no new version was made.</source>
        <translation>Tekst się nie zmienił; nie utworzono nowej wersji.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="40"/>
        <source>The salon has switched off consent for %1.</source>
        <translation>Salon wyłączył zbieranie zgody na cel: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="46"/>
        <source>This client has no active consent for %1 to withdraw.</source>
        <translation>Ten klient nie ma aktywnej zgody na cel: %1, więc nie ma czego wycofać.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="53"/>
        <source>%1 is information the client acknowledges, not a consent to refuse: the salon needs these records to provide its services.</source>
        <translation>„%1” to informacja, którą klient przyjmuje do wiadomości, a nie zgoda, której można odmówić: salon potrzebuje tych zapisów, aby wykonywać usługi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="62"/>
        <source>%1 is information, not a consent, so there is nothing to withdraw: the client may object or ask for the record to be erased.</source>
        <translation>„%1” to informacja, a nie zgoda, więc nie ma czego wycofywać: klient może wnieść sprzeciw albo zażądać usunięcia zapisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="70"/>
        <source>The consent text changed while the form was open; nothing was recorded. Show the client the new text.</source>
        <translation>Tekst zgody zmienił się, gdy formularz był otwarty; nic nie zapisano. Pokaż klientowi nowy tekst.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="75"/>
        <source>The consent text changed meanwhile; try again.</source>
        <translation>Tekst zgody zmienił się w międzyczasie; spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="78"/>
        <source>The consent text is empty.</source>
        <translation>Tekst zgody jest pusty.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="82"/>
        <source>The consent text has at most %1 characters.</source>
        <translation>Tekst zgody może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="87"/>
        <source>The signature image is too large.</source>
        <translation>Obraz podpisu jest za duży.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="90"/>
        <source>The signature is not a PNG image.</source>
        <translation>Podpis nie jest obrazem PNG.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="93"/>
        <source>A form signed on paper has no on-screen signature.</source>
        <translation>Formularz podpisany na papierze nie ma podpisu na ekranie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="96"/>
        <source>Choose agree or refuse for at least one purpose.</source>
        <translation>Przy co najmniej jednym celu wybierz „Zgadzam się” albo „Nie zgadzam się”.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="99"/>
        <source>A form signed on screen has no paper reference.</source>
        <translation>Formularz podpisany na ekranie nie ma numeru formularza papierowego.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="103"/>
        <source>Unknown consent purpose; use one of: %1.</source>
        <translation>Nieznany cel zgody; użyj jednego z: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="108"/>
        <source>The consent text contains characters that are not text.</source>
        <translation>Tekst zgody zawiera znaki, które nie są tekstem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="111"/>
        <source>The signature is empty; ask the client to sign.</source>
        <translation>Podpis jest pusty; poproś klienta o podpisanie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="114"/>
        <source>The signature image cannot be read.</source>
        <translation>Nie można odczytać obrazu podpisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="118"/>
        <source>This client has no active photo consent (never given, or withdrawn); record the client&apos;s consent before taking, adding or viewing photos.</source>
        <translation>Ten klient nie ma aktywnej zgody na zdjęcia (nigdy jej nie udzielił albo ją wycofał); zapisz zgodę klienta, zanim zrobisz, dodasz lub obejrzysz zdjęcia.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="124"/>
        <source>This client has no active consent for %1; record it first.</source>
        <translation>Ten klient nie ma aktywnej zgody na cel: %1; najpierw ją zapisz.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="130"/>
        <source>The consent language is one of %1.</source>
        <translation>Język zgody to jeden z: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="136"/>
        <source>The signature image is %1x%2 pixels; it must be from %3x%4 to %5x%6.</source>
        <translation>Obraz podpisu ma %1x%2 pikseli; musi mieć od %3x%4 do %5x%6.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="147"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet; record the client&apos;s health-data consent first.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a tego klienta jeszcze o nią nie zapytano; najpierw zapisz zgodę klienta na przetwarzanie danych o zdrowiu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="153"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it; nothing was stored.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a ten klient jej odmówił; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="159"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it; record a new consent first if the client agrees again.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a ten klient ją wycofał; jeśli klient znów się zgadza, najpierw zapisz nową zgodę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="165"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for health-data consent; the owner can switch it on in Consents.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a salon nie prosi o zgodę na przetwarzanie danych o zdrowiu; właściciel może to włączyć na stronie Zgody.</translation>
    </message>
</context>
<context>
    <name>ConsentTemplatesPanel</name>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="153"/>
        <source>Current text: version %1, saved %2</source>
        <translation>Obecny tekst: wersja %1, zapisana %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="162"/>
        <source>Version %1 · %2</source>
        <translation>Wersja %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="188"/>
        <source>The salon now asks for “%1”.</source>
        <translation>Salon prosi teraz o zgodę: „%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="191"/>
        <source>The salon no longer asks for “%1”.</source>
        <translation>Salon nie prosi już o zgodę: „%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="201"/>
        <source>Save this text as a new version? Clients who agreed to the old text will be asked again. The old version stays in the history.</source>
        <translation>Zapisać ten tekst jako nową wersję? Klienci, którzy zgodzili się na poprzedni tekst, zostaną zapytani ponownie. Stara wersja zostaje w historii.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="205"/>
        <source>Save as new version</source>
        <translation>Zapisz jako nową wersję</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="215"/>
        <source>Saved as version %1.</source>
        <translation>Zapisano jako wersję %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="239"/>
        <source>Ticked: the salon asks clients for this.</source>
        <translation>Zaznaczone: salon prosi klientów o tę zgodę.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="240"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="243"/>
        <source>{salon_name} and {salon_address} are filled in with the salon&apos;s details when the text is shown.</source>
        <translation>W miejsce {salon_name} i {salon_address} przy wyświetlaniu tekstu wstawiane są dane salonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="247"/>
        <source>Save as new version…</source>
        <translation>Zapisz jako nową wersję…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="248"/>
        <source>Earlier versions (read-only)</source>
        <translation>Wcześniejsze wersje (tylko do odczytu)</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="137"/>
        <source>version %1 → %2</source>
        <translation>wersja %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/consents_page.py" line="144"/>
        <source>%n consent(s) to ask again</source>
        <translation>
            <numerusform>%n zgoda do ponownego zebrania</numerusform>
            <numerusform>%n zgody do ponownego zebrania</numerusform>
            <numerusform>%n zgód do ponownego zebrania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="183"/>
        <source>The privacy notice was sent to the printer.</source>
        <translation>Informację o prywatności wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="188"/>
        <source>The saved file is not encrypted: it leaves the vault. The notice holds no client&apos;s details, only the salon&apos;s name, address and rules.</source>
        <translation>Zapisany plik nie jest zaszyfrowany: opuszcza sejf. Informacja nie zawiera danych żadnego klienta, tylko nazwę, adres i zasady salonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="192"/>
        <location filename="../../../ui/pages/consents_page.py" line="198"/>
        <source>Save privacy notice</source>
        <translation>Zapisz informację o prywatności</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="207"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="219"/>
        <source>Consents given under an earlier version of the text. Ask these clients again when they next come in; until then their earlier answer stands.</source>
        <translation>Zgody udzielone na podstawie wcześniejszej wersji tekstu. Zapytaj tych klientów ponownie przy następnej wizycie; do tego czasu obowiązuje ich wcześniejsza odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="226"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="227"/>
        <source>To ask again</source>
        <translation>Do ponownego zapytania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="229"/>
        <source>Texts</source>
        <translation>Teksty</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="230"/>
        <source>Privacy notice…</source>
        <translation>Informacja o prywatności…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="231"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="232"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="67"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation>Jeszcze nie poinformowano o zapisie wizyt: przed usługą pokaż klientowi tekst informacji.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Text version</source>
        <translation>Wersja tekstu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="74"/>
        <source>Consent per purpose</source>
        <translation>Zgody według celu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="78"/>
        <source>Consent history</source>
        <translation>Historia zgód</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="79"/>
        <source>Record consent…</source>
        <translation>Zapisz zgodę…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="81"/>
        <source>Withdraw…</source>
        <translation>Wycofaj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="84"/>
        <source>Print form…</source>
        <translation>Drukuj formularz…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="86"/>
        <source>Save form as…</source>
        <translation>Zapisz formularz jako…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="107"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="147"/>
        <source>%1 (needs re-consent: the text changed)</source>
        <translation>%1 (potrzebna ponowna zgoda: tekst się zmienił)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="162"/>
        <source>%1, withdrawn %2</source>
        <translation>%1, wycofana %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="199"/>
        <source>Choose a purpose in the table to print or save its form.</source>
        <translation>Wybierz cel w tabeli, aby wydrukować lub zapisać jego formularz.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="202"/>
        <source>No answer on record for this purpose: the form prints blank, for the client to sign on paper.</source>
        <translation>Brak zapisanej odpowiedzi dla tego celu: formularz zostanie wydrukowany pusty, do podpisania przez klienta na papierze.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="207"/>
        <source>Visit records are information, not a consent: there is nothing to withdraw. The client may object or ask for the record to be erased.</source>
        <translation>Zapis wizyt to informacja, a nie zgoda: nie ma czego wycofywać. Klient może wnieść sprzeciw albo zażądać usunięcia zapisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="211"/>
        <source>This consent is not in force, so there is nothing to withdraw.</source>
        <translation>Ta zgoda nie obowiązuje, więc nie ma czego wycofywać.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="224"/>
        <source>Consent recorded.</source>
        <translation>Zgoda zapisana.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="231"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now.</source>
        <translation>Wycofać zgodę klienta na „%1”? Przestaje obowiązywać od teraz.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="234"/>
        <source>Withdraw the client&apos;s photo consent? Every photo of this client is deleted from the vault now. This cannot be undone.</source>
        <translation>Wycofać zgodę klienta na zdjęcia? Wszystkie zdjęcia tego klienta zostaną teraz usunięte z sejfu. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="239"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. The text the client signed promises that their photos are removed from the salon&apos;s website and social media pages within 15 days: the program does not publish them, so someone must remove them there.</source>
        <translation>Wycofać zgodę klienta na „%1”? Przestaje obowiązywać od teraz. Tekst podpisany przez klienta obiecuje, że jego zdjęcia zostaną usunięte ze strony internetowej salonu i z profili salonu w mediach społecznościowych w ciągu 15 dni: program ich nie publikuje, więc ktoś musi je tam usunąć.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="251"/>
        <source>Withdraw consent</source>
        <translation>Wycofaj zgodę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="252"/>
        <source>Reason (optional):</source>
        <translation>Powód (opcjonalnie):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="264"/>
        <source>Consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Zgoda wycofana; usunięto %n zdjęcie.</numerusform>
            <numerusform>Zgoda wycofana; usunięto %n zdjęcia.</numerusform>
            <numerusform>Zgoda wycofana; usunięto %n zdjęć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="268"/>
        <source>Consent withdrawn. Remove the client&apos;s photos from the salon&apos;s website and social media pages within 15 days.</source>
        <translation>Zgoda wycofana. W ciągu 15 dni usuń zdjęcia klienta ze strony internetowej salonu i z profili salonu w mediach społecznościowych.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="274"/>
        <source>Consent withdrawn; %n health record(s) deleted.</source>
        <translation>
            <numerusform>Zgoda wycofana; usunięto %n rekord z danymi o zdrowiu.</numerusform>
            <numerusform>Zgoda wycofana; usunięto %n rekordy z danymi o zdrowiu.</numerusform>
            <numerusform>Zgoda wycofana; usunięto %n rekordów z danymi o zdrowiu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="277"/>
        <source>Consent withdrawn.</source>
        <translation>Zgoda wycofana.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="287"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. No health details are held, so nothing is deleted.</source>
        <translation>Wycofać zgodę klienta na „%1”? Przestaje obowiązywać od teraz. Nie są przechowywane żadne dane o zdrowiu, więc nic nie zostanie usunięte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="291"/>
        <source>%n allergy(ies)</source>
        <translation>
            <numerusform>%n alergia</numerusform>
            <numerusform>%n alergie</numerusform>
            <numerusform>%n alergii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="292"/>
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n schorzenie</numerusform>
            <numerusform>%n schorzenia</numerusform>
            <numerusform>%n schorzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="293"/>
        <source>%n medication(s)</source>
        <translation>
            <numerusform>%n lek</numerusform>
            <numerusform>%n leki</numerusform>
            <numerusform>%n leków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="294"/>
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n przeciwwskazanie</numerusform>
            <numerusform>%n przeciwwskazania</numerusform>
            <numerusform>%n przeciwwskazań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="298"/>
        <source>%n removed item(s) kept as history</source>
        <translation>
            <numerusform>%n usunięty wpis zachowany w historii</numerusform>
            <numerusform>%n usunięte wpisy zachowane w historii</numerusform>
            <numerusform>%n usuniętych wpisów zachowanych w historii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="301"/>
        <source>%n health paper(s): letters, outside prescriptions</source>
        <translation>
            <numerusform>%n dokument zdrowotny: pisma, recepty z innych placówek</numerusform>
            <numerusform>%n dokumenty zdrowotne: pisma, recepty z innych placówek</numerusform>
            <numerusform>%n dokumentów zdrowotnych: pisma, recepty z innych placówek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="304"/>
        <source>%n service record(s) holding health details</source>
        <translation>
            <numerusform>%n zapis usługi z danymi o zdrowiu</numerusform>
            <numerusform>%n zapisy usług z danymi o zdrowiu</numerusform>
            <numerusform>%n zapisów usług z danymi o zdrowiu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="307"/>
        <source>%n earlier version(s) of changed items</source>
        <translation>
            <numerusform>%n wcześniejsza wersja zmienionych wpisów</numerusform>
            <numerusform>%n wcześniejsze wersje zmienionych wpisów</numerusform>
            <numerusform>%n wcześniejszych wersji zmienionych wpisów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="312"/>
        <source>Withdraw the client&apos;s health-data consent? These are deleted from the vault now, and cannot be brought back:
%1
The record of the consent and its withdrawal stays; patch tests and visits stay.</source>
        <translation>Wycofać zgodę klienta na przetwarzanie danych o zdrowiu? Poniższe dane zostaną teraz usunięte z sejfu i nie da się ich przywrócić:
%1
Zapis zgody i jej wycofania pozostaje; testy uczuleniowe i wizyty również pozostają.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="348"/>
        <source>The form was sent to the printer.</source>
        <translation>Formularz wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="353"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s name and signature. Save it only where the client&apos;s records may be kept, and delete it when it is no longer needed.</source>
        <translation>Zapisany plik nie jest zaszyfrowany: opuszcza sejf z imieniem, nazwiskiem i podpisem klienta. Zapisz go tylko tam, gdzie wolno przechowywać dane klientów, i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="358"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="367"/>
        <source>Save form</source>
        <translation>Zapisz formularz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="384"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>ConsultationFormsBox</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="156"/>
        <source>Consultation forms</source>
        <translation>Formularze konsultacyjne</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="166"/>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="167"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="170"/>
        <source>Asked before</source>
        <translation>Wymagany przed</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="217"/>
        <source>Ser&amp;vices…</source>
        <translation>Usłu&amp;gi…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="168"/>
        <source>Made by</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="169"/>
        <source>Signed again</source>
        <translation>Ponowny podpis</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="189"/>
        <source>A form is asked before the services it guards. A built-in form changes only with the program: copy it to make the salon&apos;s own and edit its questions.</source>
        <translation>Formularz jest wymagany przed usługami, które obejmuje. Wbudowany formularz zmienia się tylko razem z programem: skopiuj go, aby utworzyć własny formularz salonu i edytować jego pytania.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="221"/>
        <source>Cop&amp;y…</source>
        <translation>Kop&amp;iuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="224"/>
        <source>&amp;Edit questions…</source>
        <translation>&amp;Edytuj pytania…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="227"/>
        <source>Signed a&amp;gain…</source>
        <translation>Ponowny po&amp;dpis…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/forms_owner_box.py" line="251"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>built in</source>
        <translation>wbudowany</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>the salon</source>
        <translation>salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="256"/>
        <source>%1 or when health details change</source>
        <translation>%1 lub przy zmianie danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="260"/>
        <source>no service yet</source>
        <translation>jeszcze bez usług</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="287"/>
        <source>A built-in form changes only with the program: copy it to edit it.</source>
        <translation>Wbudowany formularz zmienia się tylko razem z programem: aby go edytować, skopiuj go.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="293"/>
        <source>The salon has no services yet: add them under Services first.</source>
        <translation>Salon nie ma jeszcze usług: najpierw dodaj je na stronie Usługi.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="296"/>
        <source>Choose a form in the list first.</source>
        <translation>Najpierw wybierz formularz z listy.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="306"/>
        <source>%1 (ours)</source>
        <translation>%1 (nasz)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="309"/>
        <source>Copy a form</source>
        <translation>Kopiuj formularz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="310"/>
        <source>Name of the copy</source>
        <translation>Nazwa kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="324"/>
        <source>Copied as %1: change its questions with Edit questions…</source>
        <translation>Skopiowano jako %1: zmień jego pytania przyciskiem Edytuj pytania…</translation>
    </message>
</context>
<context>
    <name>ContraindicationBox</name>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="75"/>
        <source>I have &amp;checked this with the client: go ahead (this is recorded)</source>
        <translation>&amp;Sprawdzono to z klientem: kontynuuj (zostanie to odnotowane)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="96"/>
        <source>Contraindication for %1 on this client&apos;s record</source>
        <translation>Przeciwwskazanie do usługi „%1” w danych zdrowotnych tego klienta</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="316"/>
        <source>Last verified backup: none yet</source>
        <translation>Ostatnia sprawdzona kopia: jeszcze żadnej</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="320"/>
        <source>Last verified backup: %1</source>
        <translation>Ostatnia sprawdzona kopia: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="334"/>
        <source>New clients in the last 30 days</source>
        <translation>Nowi klienci w ostatnich 30 dniach</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="335"/>
        <source>Clients not yet informed about visit records</source>
        <translation>Klienci jeszcze niepoinformowani o zapisie wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="336"/>
        <source>Clients to ask again (consent text changed)</source>
        <translation>Klienci do ponownej zgody (zmieniona treść)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="337"/>
        <source>Patch tests running out within a week</source>
        <translation>Testy uczuleniowe wygasające w ciągu tygodnia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="338"/>
        <source>Due for removal (see Privacy)</source>
        <translation>Do usunięcia (zob. Prywatność)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="339"/>
        <source>Failed sign-ins in the last 7 days</source>
        <translation>Nieudane logowania w ostatnich 7 dniach</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="340"/>
        <source>Clients to call: recalls due within 30 days or overdue</source>
        <translation>Klienci do obdzwonienia: przypomnienia z terminem w ciągu 30 dni lub po terminie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="345"/>
        <source>Show the list</source>
        <translation>Pokaż listę</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="346"/>
        <source>Show the list: %1</source>
        <translation>Pokaż listę: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="347"/>
        <source>Visits per month</source>
        <translation>Wizyty w miesiącu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="348"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="349"/>
        <source>Open Backups</source>
        <translation>Otwórz kopie zapasowe</translation>
    </message>
</context>
<context>
    <name>DataReportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="44"/>
        <source>Client data report</source>
        <translation>Raport danych klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="51"/>
        <source>Everything held on %1: the record, health, visits, patch tests, photos, consents with their texts, and the log of who opened the record. For the client&apos;s request to see their data or to have a copy.</source>
        <translation>Wszystko, co przechowujemy o: %1 — kartoteka, zdrowie, wizyty, testy uczuleniowe, zdjęcia, zgody wraz z treścią oraz dziennik, kto otwierał kartotekę. Na żądanie klienta wglądu w dane lub ich kopii.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="63"/>
        <source>The saved files are not encrypted: they leave the vault. Save them only to hand to the client (a USB stick, or print the PDF), and delete your copy afterwards.</source>
        <translation>Zapisane pliki nie są zaszyfrowane: opuszczają sejf. Zapisz je tylko, aby przekazać klientowi (pendrive lub wydruk PDF), a potem usuń swoją kopię.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="82"/>
        <source>Language of the report:</source>
        <translation>Język raportu:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="83"/>
        <source>Readable report (PDF)</source>
        <translation>Raport do czytania (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="85"/>
        <source>Machine-readable copy (JSON, photos included)</source>
        <translation>Kopia do odczytu maszynowego (JSON, ze zdjęciami)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="87"/>
        <source>Files:</source>
        <translation>Pliki:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="97"/>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="113"/>
        <source>Save the client data report</source>
        <translation>Zapisz raport danych klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="140"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="50"/>
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="56"/>
        <source>born %1</source>
        <translation>ur. %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="61"/>
        <source>last visit %1</source>
        <translation>ostatnia wizyta %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="75"/>
        <source>Today&apos;s clients, %1</source>
        <translation>Klienci na dziś, %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="78"/>
        <source>For the technicians: each client with their alerts, pinned notes, patch test and today&apos;s services. Clients with a treatment recorded for today are on the list; add the ones expected later. The list is not kept: print or save it now.</source>
        <translation>Dla techników: każdy klient z ostrzeżeniami, przypiętymi notatkami, testem uczuleniowym i dzisiejszymi usługami. Na liście są klienci z dodaną dziś wizytą; dopisz tych, którzy przyjdą później. Lista nie jest przechowywana: wydrukuj ją lub zapisz teraz.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="87"/>
        <source>Find a client to add: name or phone</source>
        <translation>Znajdź klienta do dodania: imię, nazwisko lub telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="88"/>
        <source>Find a client to add</source>
        <translation>Znajdź klienta do dodania</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="93"/>
        <source>Clients found: Enter adds the highlighted one</source>
        <translation>Znalezieni klienci: Enter dodaje zaznaczonego</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="95"/>
        <source>&amp;Add to the list</source>
        <translation>Dod&amp;aj do listy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="99"/>
        <source>Today&apos;s list: Delete removes the highlighted one</source>
        <translation>Lista na dziś: Delete usuwa zaznaczonego</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="100"/>
        <source>&amp;Today&apos;s list</source>
        <translation>&amp;Lista na dziś</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="102"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Usuń z listy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="105"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="107"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="193"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation>Lista dnia może zawierać najwyżej %1 klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="223"/>
        <source>Add at least one client first.</source>
        <translation>Najpierw dodaj co najmniej jednego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="243"/>
        <source>The day sheet was sent to the printer.</source>
        <translation>Listę dnia wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="252"/>
        <source>Save the day sheet as PDF</source>
        <translation>Zapisz listę dnia jako PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="253"/>
        <source>clients-%1.pdf</source>
        <translation>klienci-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="261"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>DocumentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="18"/>
        <source>That PDF is far larger than a Recovery Kit.</source>
        <translation>Ten plik PDF jest znacznie większy niż Zestaw odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="21"/>
        <source>That PDF cannot be read; open the Recovery Kit PDF or the key file.</source>
        <translation>Nie można odczytać tego pliku PDF; otwórz PDF Zestawu odzyskiwania albo plik klucza.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="24"/>
        <source>That PDF is not a Recovery Kit.</source>
        <translation>Ten plik PDF nie jest Zestawem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="28"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation>Lista dnia może zawierać najwyżej %1 klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="33"/>
        <source>A paper is printed or saved.</source>
        <translation>Dokument można wydrukować albo zapisać.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="37"/>
        <source>The paper&apos;s language is one of %1.</source>
        <translation>Język dokumentu to jeden z: %1.</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="36"/>
        <source>Erase this client</source>
        <translation>Usuń tego klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="44"/>
        <source>This removes %1 for good: contact details, health items, patch tests, treatments, photos, and consents with their signatures. The activity log keeps only a note that an erasure happened, with no name in it. It cannot be undone.</source>
        <translation>To trwale usuwa: %1 — dane kontaktowe, informacje o zdrowiu, testy uczuleniowe, wizyty, zdjęcia oraz zgody wraz z podpisami. Dziennik zdarzeń zachowuje tylko adnotację, że nastąpiło usunięcie, bez nazwiska. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="57"/>
        <source>Backups made before now still hold this client until they rotate out (the newest %1 backups are kept on each drive). If you ever restore one of them, erase the client again.</source>
        <translation>Kopie zapasowe wykonane wcześniej nadal zawierają tego klienta, dopóki nie zostaną zastąpione (na każdym dysku zostaje %1 najnowszych kopii). Jeśli kiedyś odtworzysz taką kopię, usuń klienta ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="68"/>
        <source>Keep the visits as anonymous counts (month and service only)</source>
        <translation>Zachowaj wizyty jako anonimowe liczby (tylko miesiąc i usługa)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="71"/>
        <source>To confirm, type the client&apos;s name: %1</source>
        <translation>Aby potwierdzić, wpisz imię i nazwisko klienta: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="82"/>
        <source>Erase for good</source>
        <translation>Usuń na zawsze</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="111"/>
        <source>Client erased</source>
        <translation>Klient usunięty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="114"/>
        <source>The client is erased: %1 treatments, %2 photos, %3 consents and %4 health items removed.</source>
        <translation>Klient usunięty: wizyty: %1, zdjęcia: %2, zgody: %3, informacje o zdrowiu: %4.</translation>
    </message>
</context>
<context>
    <name>ExportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="19"/>
        <source>Use a passphrase of at least %1 characters for the export.</source>
        <translation>Do eksportu użyj hasła o długości co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="24"/>
        <source>The export could not be encrypted; nothing was written.</source>
        <translation>Nie udało się zaszyfrować eksportu; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="28"/>
        <source>The marketing channel is one of: %1.</source>
        <translation>Kanał marketingowy to jeden z: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="34"/>
        <source>An unencrypted export needs the owner&apos;s confirmation that the file leaves the vault; nothing was exported.</source>
        <translation>Eksport bez szyfrowania wymaga potwierdzenia przez właściciela, że plik opuszcza sejf; nic nie wyeksportowano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="39"/>
        <source>Separate CSV columns with a comma or a semicolon.</source>
        <translation>Oddziel kolumny CSV przecinkiem lub średnikiem.</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="117"/>
        <source>The file leaves the vault unencrypted: whoever gets it can read the client records in it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Plik opuszcza sejf niezaszyfrowany: każdy, kto go dostanie, odczyta zawarte w nim dane klientów. Przechowuj go bezpiecznie i usuń, gdy nie będzie potrzebny.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="125"/>
        <source>The file leaves the vault encrypted with age: it opens only with the passphrase or the recovery key chosen here (for example `age -d`).</source>
        <translation>Plik opuszcza sejf zaszyfrowany przez age: otworzy go tylko wybrane tu hasło lub klucz odzyskiwania (np. `age -d`).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="138"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Hasło musi mieć co najmniej 12 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="140"/>
        <source>The two passphrases differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="143"/>
        <source>Tick the box to confirm an unencrypted file.</source>
        <translation>Zaznacz pole, aby potwierdzić niezaszyfrowany plik.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="157"/>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="183"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="184"/>
        <source>Exported %1 clients to:
%2</source>
        <translation>Wyeksportowani klienci: %1, do:
%2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="196"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="198"/>
        <source>All clients and visits, for a spreadsheet (two CSV files)</source>
        <translation>Wszyscy klienci i wizyty, do arkusza (dwa pliki CSV)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="201"/>
        <source>Everything, machine-readable (JSON: health, visits, consents)</source>
        <translation>Wszystko, do odczytu maszynowego (JSON: zdrowie, wizyty, zgody)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="204"/>
        <source>Marketing list: clients who agreed to this channel, with that contact only</source>
        <translation>Lista marketingowa: klienci, którzy zgodzili się na ten kanał, tylko z tym kontaktem</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="208"/>
        <source>Protection</source>
        <translation>Ochrona</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="210"/>
        <source>Encrypted to the salon&apos;s recovery key (opens with the Recovery Kit)</source>
        <translation>Zaszyfrowany kluczem odzyskiwania salonu (otwiera go zestaw odzyskiwania)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="212"/>
        <source>Encrypted with a passphrase</source>
        <translation>Zaszyfrowany hasłem</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="213"/>
        <source>Not encrypted</source>
        <translation>Niezaszyfrowany</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="214"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Hasło (12+ znaków)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="215"/>
        <source>Passphrase again</source>
        <translation>Hasło ponownie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="217"/>
        <source>I understand that this file is readable by anyone who gets it</source>
        <translation>Rozumiem, że każdy, kto dostanie ten plik, może go odczytać</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="219"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../../ui/error_text/files.py" line="20"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation>Wybierz miejsce poza folderem sejfu: %1 jest w jego wnętrzu, a ten plik opuszcza sejf</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="28"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation>%1 ma nazwę jednego z plików samego sejfu; wybierz inną nazwę</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="34"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 to folder; podaj nazwę pliku</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="40"/>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 już istnieje; wybierz nowy plik</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="46"/>
        <source>The folder %1 is not there (is the drive plugged in?)</source>
        <translation>Folderu %1 nie ma (czy dysk jest podłączony?)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="52"/>
        <source>The drive of %1 is full (free some space or use another drive)</source>
        <translation>Dysk folderu %1 jest pełny (zwolnij miejsce lub użyj innego dysku)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="58"/>
        <source>SalonVault may not write to %1: the drive is read-only</source>
        <translation>SalonVault nie może zapisywać w %1: dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="64"/>
        <source>SalonVault may not write to %1: this user has no permission there</source>
        <translation>SalonVault nie może zapisywać w %1: ten użytkownik nie ma tam uprawnień</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="70"/>
        <source>The folder %1 stopped answering or was removed (was the drive unplugged?)</source>
        <translation>Folder %1 przestał odpowiadać lub został usunięty (czy dysk został odłączony?)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="76"/>
        <source>The file could not be written to %1 (%2)</source>
        <translation>Nie udało się zapisać pliku w %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="83"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="89"/>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="95"/>
        <source>nothing was written</source>
        <translation>nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="98"/>
        <source>nothing was exported</source>
        <translation>nic nie wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="101"/>
        <source>earlier backups were not touched</source>
        <translation>wcześniejsze kopie pozostały nienaruszone</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../../ui/file_messages.py" line="24"/>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="30"/>
        <source>nothing was exported</source>
        <translation>nic nie wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="32"/>
        <source>earlier backups were not touched</source>
        <translation>wcześniejsze kopie pozostały nienaruszone</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="33"/>
        <source>nothing was written</source>
        <translation>nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="40"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation>Wybierz miejsce poza folderem sejfu: %1 jest w jego wnętrzu, a ten plik opuszcza sejf</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="46"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation>%1 ma nazwę jednego z plików samego sejfu; wybierz inną nazwę</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="50"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 to folder; podaj nazwę pliku</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="52"/>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 już istnieje; wybierz nowy plik</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="54"/>
        <source>The folder %2 is not there (is the drive plugged in?)</source>
        <translation>Folderu %2 nie ma (czy dysk jest podłączony?)</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="58"/>
        <source>The drive of %2 is full (free some space or use another drive)</source>
        <translation>Dysk folderu %2 jest pełny (zwolnij miejsce lub użyj innego dysku)</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="62"/>
        <source>SalonVault may not write to %2: the drive is read-only</source>
        <translation>SalonVault nie może zapisywać w %2: dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="66"/>
        <source>SalonVault may not write to %2: this user has no permission there</source>
        <translation>SalonVault nie może zapisywać w %2: ten użytkownik nie ma tam uprawnień</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="70"/>
        <source>The folder %2 stopped answering or was removed (was the drive unplugged?)</source>
        <translation>Folder %2 przestał odpowiadać lub został usunięty (czy dysk został odłączony?)</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="74"/>
        <source>The file could not be written to %2 (%3)</source>
        <translation>Nie udało się zapisać pliku w %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="120"/>
        <source>Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx). The file is read into memory only; nothing is written until you confirm the preview.</source>
        <translation>Wybierz listę klientów: plik CSV (dowolny separator; UTF-8, UTF-16 lub wietnamskie, polskie albo chińskie kodowanie Windows) lub skoroszyt Excela (.xlsx). Plik jest wczytywany tylko do pamięci; nic nie zostanie zapisane, dopóki nie potwierdzisz podglądu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="126"/>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../../ui/widgets/form_dialog.py" line="75"/>
        <location filename="../../../ui/widgets/form_dialog.py" line="246"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>FormEditorDialog</name>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="89"/>
        <source>Questions of %1</source>
        <translation>Pytania formularza: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="110"/>
        <source>&amp;Words in</source>
        <translation>Tekst w &amp;języku</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="114"/>
        <source>Write the form in each language your clients read; a language left empty shows the English words, else the words you wrote.</source>
        <translation>Napisz formularz w każdym języku, w którym czytają Twoi klienci; w języku bez tekstu klient zobaczy tekst angielski, a jeśli go brak — tekst napisany w innym języku.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="130"/>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="132"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Wstęp</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="141"/>
        <source>Sections and questions</source>
        <translation>Sekcje i pytania</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="143"/>
        <source>Add &amp;section</source>
        <translation>Dodaj &amp;sekcję</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="145"/>
        <source>Add &amp;question</source>
        <translation>Dodaj &amp;pytanie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="147"/>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="149"/>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="151"/>
        <source>Move &amp;down</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="177"/>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="183"/>
        <source>Section &amp;heading</source>
        <translation>&amp;Nagłówek sekcji</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="199"/>
        <source>(no words yet)</source>
        <translation>(jeszcze bez tekstu)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="200"/>
        <source>%1 (not written in this language)</source>
        <translation>%1 (brak tekstu w tym języku)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="309"/>
        <source>Add a section, then its questions.</source>
        <translation>Dodaj sekcję, a potem jej pytania.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="311"/>
        <source>It is alone in its list: nothing to move it past.</source>
        <translation>To jedyny element na tej liście: nie ma go gdzie przesunąć.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="313"/>
        <source>It is first in its list: it moves only down.</source>
        <translation>To pierwszy element na liście: można go przesunąć tylko w dół.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="315"/>
        <source>It is last in its list: it moves only up.</source>
        <translation>To ostatni element na liście: można go przesunąć tylko w górę.</translation>
    </message>
</context>
<context>
    <name>FormServicesDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="117"/>
        <source>Services guarded by %1</source>
        <translation>Usługi objęte formularzem: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="131"/>
        <source>Space ticks a service. Before a ticked service the client signs this form, and its red flags stop the service until they are reviewed.</source>
        <translation>Spacja zaznacza usługę. Przed zaznaczoną usługą klient podpisuje ten formularz, a jego sygnały ostrzegawcze blokują usługę do czasu ich weryfikacji.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="139"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
</context>
<context>
    <name>FormsErrors</name>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="17"/>
        <source>The form has no question %1.</source>
        <translation>Formularz nie zawiera pytania %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="20"/>
        <source>Answer this question.</source>
        <translation>Odpowiedz na to pytanie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="23"/>
        <source>Answer yes or no.</source>
        <translation>Odpowiedz tak lub nie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="26"/>
        <source>Choose one of the answers offered.</source>
        <translation>Wybierz jedną z podanych odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="29"/>
        <source>Give a date (YYYY-MM-DD).</source>
        <translation>Podaj datę (RRRR-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="32"/>
        <source>Give a number.</source>
        <translation>Podaj liczbę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="36"/>
        <source>Give a number from %1 to %2.</source>
        <translation>Podaj liczbę od %1 do %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/forms.py" line="40"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Najwyżej %n znak.</numerusform>
            <numerusform>Najwyżej %n znaki.</numerusform>
            <numerusform>Najwyżej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="43"/>
        <source>There is no such form.</source>
        <translation>Nie ma takiego formularza.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="46"/>
        <source>There is no such signed form.</source>
        <translation>Nie ma takiego podpisanego formularza.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="49"/>
        <source>There is no such red flag.</source>
        <translation>Nie ma takiego sygnału ostrzegawczego.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="52"/>
        <source>Choose one of the form&apos;s languages.</source>
        <translation>Wybierz jeden z języków formularza.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="55"/>
        <source>This red flag has been reviewed already.</source>
        <translation>Ten sygnał ostrzegawczy został już zweryfikowany.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="58"/>
        <source>A form needs at least one question.</source>
        <translation>Formularz musi zawierać co najmniej jedno pytanie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="61"/>
        <source>Each question needs its own key.</source>
        <translation>Każde pytanie musi mieć własny klucz.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="64"/>
        <source>A form needs a title.</source>
        <translation>Formularz musi mieć tytuł.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="67"/>
        <source>Write the question.</source>
        <translation>Wpisz treść pytania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="70"/>
        <source>A choice question needs at least two answers to choose from.</source>
        <translation>Pytanie z wyborem musi mieć co najmniej dwie odpowiedzi do wyboru.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="73"/>
        <source>Write each answer to choose from.</source>
        <translation>Wpisz każdą odpowiedź do wyboru.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="76"/>
        <source>A red flag must be one of the question&apos;s answers.</source>
        <translation>Sygnał ostrzegawczy musi być jedną z odpowiedzi na to pytanie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="79"/>
        <source>Write the health alert a red-flag answer puts on the card.</source>
        <translation>Wpisz ostrzeżenie zdrowotne, które odpowiedź ostrzegawcza umieszcza na karcie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="82"/>
        <source>Only a question with a red-flag answer can stop a service.</source>
        <translation>Tylko pytanie z odpowiedzią ostrzegawczą może blokować usługę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="86"/>
        <source>Signed again after %1 to %2 months.</source>
        <translation>Ponowny podpis po okresie od %1 do %2 miesięcy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="91"/>
        <source>A built-in form changes only with the program: copy it to change its questions.</source>
        <translation>Wbudowany formularz zmienia się tylko razem z programem: skopiuj go, aby zmienić pytania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="95"/>
        <source>Give the copy a name.</source>
        <translation>Nadaj kopii nazwę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="99"/>
        <source>The client&apos;s consultation form has a red flag that stops this service until the owner or a technician reviews it (on the client&apos;s card).</source>
        <translation>Formularz konsultacyjny klienta zawiera sygnał ostrzegawczy, który blokuje tę usługę, dopóki właściciel lub technik go nie zweryfikuje (na karcie klienta).</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Signed</source>
        <translation>Podpisano</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Red flags</source>
        <translation>Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="66"/>
        <source>No consultation form signed yet.</source>
        <translation>Nie podpisano jeszcze żadnego formularza konsultacyjnego.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="69"/>
        <source>Consultation form</source>
        <translation>Formularz konsultacyjny</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="78"/>
        <source>&amp;Hand the screen to the client…</source>
        <translation>&amp;Przekaż ekran klientowi…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="85"/>
        <source>&amp;Review red flag…</source>
        <translation>&amp;Zweryfikuj sygnał ostrzegawczy…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="119"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="122"/>
        <source>%n red flag(s), %1 to review</source>
        <translation>
            <numerusform>%n sygnał ostrzegawczy, do weryfikacji: %1</numerusform>
            <numerusform>%n sygnały ostrzegawcze, do weryfikacji: %1</numerusform>
            <numerusform>%n sygnałów ostrzegawczych, do weryfikacji: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="127"/>
        <source>%1 (%2 to review)</source>
        <translation>%1 (do weryfikacji: %2)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="160"/>
        <source>Hand the screen to the client to sign it again.</source>
        <translation>Przekaż ekran klientowi do ponownego podpisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="162"/>
        <source>Not signed yet: hand the screen to the client to sign it.</source>
        <translation>Jeszcze nie podpisano: przekaż ekran klientowi do podpisu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="167"/>
        <source>Due again: signed more than %n month(s) ago.</source>
        <translation>
            <numerusform>Do ponownego podpisu: podpisano ponad %n miesiąc temu.</numerusform>
            <numerusform>Do ponownego podpisu: podpisano ponad %n miesiące temu.</numerusform>
            <numerusform>Do ponownego podpisu: podpisano ponad %n miesięcy temu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="170"/>
        <source>Due again: the client&apos;s health details changed since it was signed.</source>
        <translation>Do ponownego podpisu: dane o zdrowiu klienta zmieniły się od podpisania formularza.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="175"/>
        <source>Due again: the form has changed since it was signed.</source>
        <translation>Do ponownego podpisu: formularz zmienił się od czasu podpisania.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="183"/>
        <source>Signed and current.</source>
        <translation>Podpisany i aktualny.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="187"/>
        <source>Signed on %1; due again on %2, or sooner if the health details change.</source>
        <translation>Podpisano %1; do ponownego podpisu od %2 lub wcześniej, jeśli zmienią się dane o zdrowiu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="189"/>
        <source>Signed on %1; due again on %2.</source>
        <translation>Podpisano %1; do ponownego podpisu od %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="194"/>
        <source>Form &amp;paper</source>
        <translation>&amp;Wydruk formularza</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="197"/>
        <source>Print the &amp;blank form…</source>
        <translation>Wydrukuj &amp;pusty formularz…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="199"/>
        <source>Print the &amp;signed form…</source>
        <translation>Wydrukuj p&amp;odpisany formularz…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="201"/>
        <source>&amp;Save the signed form as PDF…</source>
        <translation>&amp;Zapisz podpisany formularz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="231"/>
        <source>Save the consultation form as PDF</source>
        <translation>Zapisz formularz konsultacyjny jako PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="232"/>
        <source>consultation-form-%1-%2.pdf</source>
        <translation>formularz-konsultacyjny-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="263"/>
        <source>(the owner or a technician reviews red flags)</source>
        <translation>(sygnały ostrzegawcze weryfikuje właściciel lub technik)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="265"/>
        <source>(the selected form has no red flag to review)</source>
        <translation>(wybrany formularz nie ma sygnałów ostrzegawczych do weryfikacji)</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="410"/>
        <source>Add &amp;bowl</source>
        <translation>Dodaj &amp;miseczkę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="447"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>Receptura może mieć najwyżej %1 miseczek.</translation>
    </message>
</context>
<context>
    <name>FormulaErrors</name>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="19"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>Receptura może mieć najwyżej %1 miseczek.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="25"/>
        <source>A bowl has at most %1 shades.</source>
        <translation>Miseczka może mieć najwyżej %1 odcieni.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="31"/>
        <source>A shade&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation>Ilość odcienia to więcej niż 0 g i najwyżej %1 g, co 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="37"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation>Farba i oksydant razem to %1 g; miseczka mieści najwyżej %2 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="44"/>
        <source>The developer&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation>Ilość oksydantu to więcej niż 0 g i najwyżej %1 g, co 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="50"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation>Proporcja mieszania to 1:x, gdzie x od %1 do %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="57"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation>%1 g farby w proporcji 1:%2 wymaga %3 g oksydantu, nie %4 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="66"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation>Stężenie oksydantu wynosi od %1% do %2%.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="73"/>
        <source>The developer&apos;s strength is %1 to %2 vol.</source>
        <translation>Stężenie oksydantu wynosi od %1 do %2 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="80"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation>Oksydant %1% to %2 vol, nie %3 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="88"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation>Czas działania wynosi od %1 do %2 minut.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="94"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>Wpisz oksydant jako 6%, 20 vol lub 6% / 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="97"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>Wpisz proporcję jako 1:1, 1:1,5 lub 1:2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="100"/>
        <source>Write a shade&apos;s amount in grams, like 7/1 30 g.</source>
        <translation>Podaj ilość odcienia w gramach, np. 7/1 30 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="104"/>
        <source>Bowl %1: %2</source>
        <translation>Miseczka %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="111"/>
        <source>Bowl %1, shade %2: %3</source>
        <translation>Miseczka %1, odcień %2: %3</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="119"/>
        <source>shade %1: %2</source>
        <translation>odcień %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="125"/>
        <source>A shade has grams but no name.</source>
        <translation>Podano gramy odcienia, ale nie podano jego nazwy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="128"/>
        <source>Write grams as a number.</source>
        <translation>Wpisz gramy jako liczbę.</translation>
    </message>
</context>
<context>
    <name>HandOverWindow</name>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="220"/>
        <source>Back to the form</source>
        <translation>Wróć do formularza</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="222"/>
        <source>Lock the screen</source>
        <translation>Zablokuj ekran</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="247"/>
        <source>%1: enter your PIN to return to the client&apos;s card.</source>
        <translation>%1: wpisz swój PIN, aby wrócić do karty klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="250"/>
        <source>%1: enter your PIN to leave the form. The answers are not kept.</source>
        <translation>%1: wpisz swój PIN, aby opuścić formularz. Odpowiedzi nie zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="268"/>
        <source>That PIN is not right.</source>
        <translation>Ten PIN jest nieprawidłowy.</translation>
    </message>
</context>
<context>
    <name>HealthAlerts</name>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="23"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="40"/>
        <source>Severe: %1</source>
        <translation>Poważne: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="44"/>
        <source>Moderate: %1</source>
        <translation>Umiarkowane: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="48"/>
        <source>Low: %n (see the card&apos;s Health tab)</source>
        <translation>Niskie: %n (zob. zakładkę Zdrowie na karcie)</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="61"/>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="68"/>
        <source>Severe health alert on this client&apos;s record: ask %1 before any treatment.</source>
        <translation>Poważne ostrzeżenie zdrowotne w danych tego klienta: przed każdą usługą zapytaj osobę z rolą %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="73"/>
        <source>This client has health alerts: ask %1 before the treatment.</source>
        <translation>Ten klient ma ostrzeżenia zdrowotne: przed usługą zapytaj osobę z rolą %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="82"/>
        <source>%1 — this service&apos;s contraindication: %2</source>
        <translation>%1 — przeciwwskazanie do tej usługi: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="90"/>
        <source>This service has a contraindication that matches this client&apos;s health record: ask %1 before the treatment.</source>
        <translation>Ta usługa ma przeciwwskazanie pasujące do danych zdrowotnych tego klienta: zanim ją wykonasz, zapytaj osobę z rolą %1.</translation>
    </message>
</context>
<context>
    <name>HealthBasisBox</name>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="83"/>
        <source>Nothing to save: this is the basis in force.</source>
        <translation>Nie ma czego zapisać: ta podstawa już obowiązuje.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="93"/>
        <source>Saved. The privacy notice and the record of processing state it from now on.</source>
        <translation>Zapisano. Od teraz podają ją informacja o prywatności i rejestr czynności przetwarzania.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="109"/>
        <source>Legal basis for health details</source>
        <translation>Podstawa prawna przetwarzania danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="112"/>
        <source>Allergies, conditions, medicines and contraindications are kept only on the basis chosen here.</source>
        <translation>Alergie, schorzenia, leki i przeciwwskazania są przechowywane wyłącznie na podstawie wybranej tutaj.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="122"/>
        <source>Changing to consent deletes nothing already held; from then on, new health details need the client&apos;s consent.</source>
        <translation>Zmiana na zgodę nie usuwa niczego, co jest już przechowywane; od tej chwili nowe dane o zdrowiu wymagają zgody klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="126"/>
        <source>Save the basis</source>
        <translation>Zapisz podstawę</translation>
    </message>
</context>
<context>
    <name>HealthBasisPage</name>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="61"/>
        <source>Health details</source>
        <translation>Dane o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="63"/>
        <source>On what legal basis does the salon keep clients&apos; health details?</source>
        <translation>Na jakiej podstawie prawnej salon przechowuje dane o zdrowiu klientów?</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="67"/>
        <source>Allergies, conditions, medicines and contraindications are sensitive data: the law allows keeping them only on a basis the salon states. The privacy notice and the record of processing say which one you choose.</source>
        <translation>Alergie, schorzenia, leki i przeciwwskazania to dane wrażliwe: prawo pozwala je przechowywać tylko na podstawie wskazanej przez salon. Informacja o prywatności i rejestr czynności przetwarzania podają, którą wybierzesz.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="76"/>
        <source>You can change this later in Settings → Client details.</source>
        <translation>Możesz to później zmienić w Ustawienia → Dane klientów.</translation>
    </message>
</context>
<context>
    <name>HealthBasisWords</name>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="16"/>
        <source>The client&apos;s explicit consent (recommended)</source>
        <translation>Wyraźna zgoda klienta (zalecane)</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="19"/>
        <source>Health care under professional secrecy</source>
        <translation>Opieka zdrowotna objęta tajemnicą zawodową</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="30"/>
        <source>For salons, spas and beauty clinics. Allergies, conditions, medicines and contraindications are kept only for clients who gave their health-data consent. If a client withdraws it, their health details are deleted from the vault.</source>
        <translation>Dla salonów, spa i gabinetów kosmetycznych. Alergie, schorzenia, leki i przeciwwskazania są przechowywane tylko w przypadku klientów, którzy wyrazili zgodę na przetwarzanie danych o zdrowiu. Jeśli klient ją wycofa, jego dane o zdrowiu zostaną usunięte z sejfu.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="36"/>
        <source>Only for clinics and opticians whose staff are bound by professional secrecy and who need health details to provide health care (%1). Health details are kept without the client&apos;s consent.</source>
        <translation>Tylko dla klinik i optyków, których pracownicy są związani tajemnicą zawodową i potrzebują danych o zdrowiu do udzielania świadczeń zdrowotnych (%1). Dane o zdrowiu są przechowywane bez zgody klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="48"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a tego klienta jeszcze o nią nie zapytano.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="53"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a ten klient jej odmówił.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="57"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a ten klient ją wycofał.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="61"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for it: the owner can switch health-data consent on in Consents.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta, a salon o nią nie prosi: właściciel może włączyć zgodę na przetwarzanie danych o zdrowiu na stronie Zgody.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="68"/>
        <source>Health details are kept only with the client&apos;s consent.</source>
        <translation>Dane o zdrowiu są przechowywane tylko za zgodą klienta.</translation>
    </message>
</context>
<context>
    <name>HealthItemDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Add a health item</source>
        <translation>Dodaj wpis zdrowotny</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Change a health item</source>
        <translation>Zmień wpis zdrowotny</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="238"/>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="244"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="250"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="245"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="251"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="246"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="252"/>
        <source>Severity</source>
        <translation>Nasilenie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="277"/>
        <source>Your unsaved health item was kept while the screen was locked.</source>
        <translation>Niezapisany wpis zdrowotny został zachowany na czas blokady ekranu.</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="63"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="64"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="65"/>
        <source>Severity</source>
        <translation>Nasilenie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="66"/>
        <source>Recorded by</source>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="67"/>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="71"/>
        <source>None recorded.</source>
        <translation>Brak wpisów.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="72"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="74"/>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="77"/>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="92"/>
        <source>Record health-data &amp;consent…</source>
        <translation>Zapisz &amp;zgodę na przetwarzanie danych o zdrowiu…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="124"/>
        <source>Record it first.</source>
        <translation>Najpierw ją zapisz.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="161"/>
        <source>Nothing to remove.</source>
        <translation>Nie ma czego usuwać.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="195"/>
        <source>Remove health item</source>
        <translation>Usuń wpis zdrowotny</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="196"/>
        <source>Remove “%1” from this client&apos;s health record?</source>
        <translation>Usunąć „%1” z danych zdrowotnych tego klienta?</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="52"/>
        <source>When a treatment, a health item, a patch test or a client&apos;s birth date, minor status or guardian is changed, the earlier version is kept here.</source>
        <translation>Gdy zmienia się wizyta, wpis zdrowotny, test uczuleniowy albo data urodzenia, niepełnoletność lub opiekun klienta, wcześniejsza wersja zostaje zachowana tutaj.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Changed by</source>
        <translation>Zmienił(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>On</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="63"/>
        <source>Earlier versions</source>
        <translation>Wcześniejsze wersje</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="64"/>
        <source>Nothing has been changed.</source>
        <translation>Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="65"/>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="69"/>
        <source>Earlier values</source>
        <translation>Wcześniejsze wartości</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="118"/>
        <source>Version %1, changed by %2 on %3. Before the change:</source>
        <translation>Wersja %1, zmienił(a): %2, %3. Przed zmianą:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="131"/>
        <source>Treatment of %1: %2</source>
        <translation>Wizyta z dnia %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="137"/>
        <source>Health item: %1</source>
        <translation>Wpis zdrowotny: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="141"/>
        <source>Patch test of %1: %2</source>
        <translation>Test uczuleniowy z dnia %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="145"/>
        <source>Birth date, minor status and guardian</source>
        <translation>Data urodzenia, niepełnoletność i opiekun</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="149"/>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="150"/>
        <source>changed (version %1 kept)</source>
        <translation>zmieniono (zachowano wersję %1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="154"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="155"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="156"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="157"/>
        <source>Formula</source>
        <translation>Receptura</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="158"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="159"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="160"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="161"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="162"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="163"/>
        <source>Severity</source>
        <translation>Nasilenie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="164"/>
        <source>Tested on</source>
        <translation>Data testu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="165"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="166"/>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="167"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="168"/>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="169"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="170"/>
        <source>Under 18</source>
        <translation>Poniżej 18 lat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="171"/>
        <source>Parent or guardian</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="177"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="57"/>
        <source>(not imported)</source>
        <translation>(nie importować)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="58"/>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="59"/>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="60"/>
        <source>Full name (order by script)</source>
        <translation>Imię i nazwisko (kolejność według rodzaju pisma)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="63"/>
        <source>Full name, family name first</source>
        <translation>Imię i nazwisko, najpierw nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="66"/>
        <source>Full name, given name first</source>
        <translation>Imię i nazwisko, najpierw imię</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="69"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="70"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="71"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="72"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="73"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="74"/>
        <source>Parent or guardian</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="75"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="76"/>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="77"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="78"/>
        <source>Last visit</source>
        <translation>Ostatnia wizyta</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="47"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="48"/>
        <source>Update the client</source>
        <translation>Zaktualizuj klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="49"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="102"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="103"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="104"/>
        <source>What happens</source>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="105"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="127"/>
        <source>Not imported</source>
        <translation>Nie zostanie zaimportowany</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="135"/>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="140"/>
        <source>Same phone as %1</source>
        <translation>Ten sam telefon co %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="141"/>
        <source>Same e-mail as %1</source>
        <translation>Ten sam e-mail co %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="142"/>
        <source>Similar name and same birth date as %1</source>
        <translation>Podobne imię i nazwisko oraz ta sama data urodzenia co %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="148"/>
        <source>line %1 of this file</source>
        <translation>wiersz %1 tego pliku</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="168"/>
        <source>client %1</source>
        <translation>klient %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="117"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="544"/>
        <source>Import clients</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="143"/>
        <source>Client list to import</source>
        <translation>Lista klientów do importu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="144"/>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listy klientów (*.csv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="177"/>
        <source>Reading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="225"/>
        <source>Checking every row…</source>
        <translation>Sprawdzanie każdego wiersza…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="246"/>
        <source>Most phone numbers in this file are not valid numbers in %1, but %2 of %3 are valid numbers in %4: the list probably comes from there.</source>
        <translation>Większość numerów telefonów w tym pliku nie jest poprawnymi numerami w kraju %1, ale %2 z %3 to poprawne numery z kraju %4: lista pochodzi zapewne stamtąd.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="256"/>
        <source>Read them as numbers in %1</source>
        <translation>Odczytaj je jako numery z kraju %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="262"/>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation>Numery bez kodu kraju są odczytywane jako numery z kraju %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="266"/>
        <source>Read them as this salon&apos;s numbers</source>
        <translation>Odczytaj je jako numery z kraju salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="334"/>
        <source>Select rows in the list to choose what happens to them.</source>
        <translation>Zaznacz wiersze na liście, aby wybrać, co się z nimi stanie.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="337"/>
        <source>The selected rows cannot be imported as they are: correct them in the file and read it again.</source>
        <translation>Zaznaczonych wierszy nie można zaimportować w obecnej postaci: popraw je w pliku i wczytaj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="344"/>
        <source>Updating needs a client already registered that the row matches.</source>
        <translation>Aktualizacja wymaga zarejestrowanego już klienta, do którego pasuje wiersz.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="353"/>
        <source>Nothing is written until you click Import.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation>Nic nie zostanie zapisane, dopóki nie klikniesz Importuj.
Nowi klienci: %1 · Zaktualizowani klienci: %2 · Pominięte (możliwe duplikaty): %3 · Nie do zaimportowania: %4 · Wiersze w pliku: %5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="359"/>
        <source>Nothing to import: every row is skipped or cannot be imported.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation>Nie ma czego importować: każdy wiersz jest pomijany albo nie da się go zaimportować.
Nowi klienci: %1 · Zaktualizowani klienci: %2 · Pominięte (możliwe duplikaty): %3 · Nie do zaimportowania: %4 · Wiersze w pliku: %5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="397"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="404"/>
        <source>Imported.
New clients: %1 · Clients updated: %2 · Rows skipped: %3 · Rows not imported: %4 · Allergies recorded: %5</source>
        <translation>Zaimportowano.
Nowi klienci: %1 · Zaktualizowani klienci: %2 · Pominięte wiersze: %3 · Niezaimportowane wiersze: %4 · Zapisane alergie: %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_wizard.py" line="417"/>
        <source>%n allergy(ies) not recorded: the salon keeps health details only with the client&apos;s consent. Record each client&apos;s health-data consent, then add them on the card.</source>
        <translation>
            <numerusform>Nie zapisano %n alergii: salon przechowuje dane o zdrowiu tylko za zgodą klienta. Zapisz zgodę każdego klienta na przetwarzanie danych o zdrowiu, a potem dodaj alergie na karcie.</numerusform>
            <numerusform>Nie zapisano %n alergii: salon przechowuje dane o zdrowiu tylko za zgodą klienta. Zapisz zgodę każdego klienta na przetwarzanie danych o zdrowiu, a potem dodaj alergie na karcie.</numerusform>
            <numerusform>Nie zapisano %n alergii: salon przechowuje dane o zdrowiu tylko za zgodą klienta. Zapisz zgodę każdego klienta na przetwarzanie danych o zdrowiu, a potem dodaj alergie na karcie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="425"/>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="470"/>
        <source>Checking row %1 of %2…</source>
        <translation>Sprawdzanie wiersza %1 z %2…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="475"/>
        <source>Importing: %1 of %2 rows written…</source>
        <translation>Importowanie: zapisano wiersze: %1 z %2…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="511"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="512"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="515"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="516"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="517"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="518"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="519"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="558"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation>Anulowanie; nic nie zostanie zaimportowane…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="575"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Anulowano; nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="579"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Wystąpił nieoczekiwany błąd: %1</translation>
    </message>
</context>
<context>
    <name>ImportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="18"/>
        <source>Map either one full-name column or the family and given names, not both.</source>
        <translation>Przypisz albo jedną kolumnę z imieniem i nazwiskiem, albo osobno nazwisko i imię, nie oba warianty naraz.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="21"/>
        <source>Map a column to the family name (or to the full name) to import clients.</source>
        <translation>Aby zaimportować klientów, przypisz kolumnę do nazwiska (albo do imienia i nazwiska).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="25"/>
        <source>The mapping file holds one JSON object of texts: {&quot;column header&quot;: &quot;field&quot;}.</source>
        <translation>Plik mapowania zawiera jeden obiekt JSON z tekstami: {&quot;nagłówek kolumny&quot;: &quot;pole&quot;}.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="31"/>
        <source>This salon does not collect %1; leave that column out, or switch the field on in Settings → Client details (owner).</source>
        <translation>Ten salon nie zbiera tych danych: %1; pomiń tę kolumnę albo włącz to pole w Ustawienia → Dane klientów (właściciel).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="39"/>
        <source>Two columns are mapped to %1; choose one.</source>
        <translation>Dwie kolumny są przypisane do pola %1; wybierz jedną.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="45"/>
        <source>The mapping file is not JSON (%1).</source>
        <translation>Plik mapowania nie jest poprawnym JSON (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="51"/>
        <source>Unknown field %1 in the mapping; the fields are: %2.</source>
        <translation>Nieznane pole %1 w mapowaniu; dostępne pola to: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="58"/>
        <source>The mapping names a column %1 that the file does not have.</source>
        <translation>Mapowanie wskazuje kolumnę %1, której nie ma w pliku.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="64"/>
        <source>The file&apos;s encoding could not be recognised; choose it (for example cp1258 for Vietnamese, cp1250 for Polish, gb18030 for Chinese).</source>
        <translation>Nie udało się rozpoznać kodowania pliku; wybierz je (na przykład cp1258 dla wietnamskiego, cp1250 dla polskiego, gb18030 dla chińskiego).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="70"/>
        <source>This is an old-style Excel file (.xls); open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>To plik Excela w starym formacie (.xls); otwórz go w Excelu lub LibreOffice i zapisz jako .xlsx lub CSV, a potem zaimportuj nowy plik.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="75"/>
        <source>A CSV file has no sheets; leave the sheet out.</source>
        <translation>Plik CSV nie ma arkuszy; nie podawaj arkusza.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="79"/>
        <source>Unknown encoding %1; use one of %2.</source>
        <translation>Nieznane kodowanie %1; użyj jednego z: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="85"/>
        <source>The file does not look like a CSV text file or an Excel workbook (.xlsx).</source>
        <translation>Plik nie wygląda na tekstowy plik CSV ani na skoroszyt Excela (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="89"/>
        <source>The file cannot be read as %1.</source>
        <translation>Nie można odczytać pliku jako %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="96"/>
        <source>Line %1 cannot be read as CSV (%2); fix it in a spreadsheet program and save it again.</source>
        <translation>Wiersza %1 nie można odczytać jako CSV (%2); popraw go w arkuszu kalkulacyjnym i zapisz plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="106"/>
        <source>%1 is not a file (a device or a pipe); export the client list to a CSV or Excel file and import that.</source>
        <translation>%1 nie jest plikiem (to urządzenie lub potok); wyeksportuj listę klientów do pliku CSV lub Excela i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="115"/>
        <source>The row has %1 cells where the header has %2 (a separator inside a value without quotes?).</source>
        <translation>Wiersz ma %1 komórek, a nagłówek %2 (czy w wartości bez cudzysłowów jest separator?).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="123"/>
        <source>The last visit is in the future.</source>
        <translation>Ostatnia wizyta jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="127"/>
        <source>The %1 &quot;%2&quot; is not a real date.</source>
        <translation>%1: „%2” nie jest istniejącą datą.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="133"/>
        <source>The mapping needs one entry per column.</source>
        <translation>Mapowanie wymaga jednego wpisu na kolumnę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="137"/>
        <source>The salon&apos;s settings for client fields changed since the preview; preview the import again. Nothing was imported.</source>
        <translation>Ustawienia salonu dotyczące pól klienta zmieniły się od podglądu; wyświetl podgląd importu ponownie. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="142"/>
        <source>The file holds no rows to import.</source>
        <translation>Plik nie zawiera wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="146"/>
        <source>The file has %1 columns; at most %2 can be imported.</source>
        <translation>Plik ma %1 kolumn; można zaimportować najwyżej %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="153"/>
        <source>The workbook would unpack to more than 512 MB; save the client list alone as a CSV file and import that.</source>
        <translation>Skoroszyt po rozpakowaniu zająłby ponad 512 MB; zapisz samą listę klientów jako plik CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="158"/>
        <source>That sheet is a chart, not a table; choose another sheet.</source>
        <translation>Ten arkusz jest wykresem, a nie tabelą; wybierz inny arkusz.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="161"/>
        <source>The workbook has no sheets.</source>
        <translation>Skoroszyt nie ma arkuszy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="165"/>
        <source>Row %1 has %2 columns; at most %3 can be imported.</source>
        <translation>Wiersz %1 ma %2 kolumn; można zaimportować najwyżej %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="174"/>
        <source>The sheet has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation>Arkusz ma ponad %1 wierszy; podziel go na mniejsze pliki i importuj je po kolei.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="181"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Import anulowano; nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="185"/>
        <source>Could not read %1: %2.</source>
        <translation>Nie udało się odczytać %1: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="193"/>
        <source>The file has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation>Plik ma ponad %1 wierszy; podziel go na mniejsze pliki i importuj je po kolei.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="201"/>
        <source>The file is not a readable Excel workbook (.xlsx); open it in Excel or LibreOffice and save it again, or save it as CSV.</source>
        <translation>Plik nie jest czytelnym skoroszytem Excela (.xlsx); otwórz go w Excelu lub LibreOffice i zapisz ponownie albo zapisz jako CSV.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="208"/>
        <source>The file is larger than %1 MB; split it into smaller files and import them one by one.</source>
        <translation>Plik jest większy niż %1 MB; podziel go na mniejsze pliki i importuj je po kolei.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="217"/>
        <source>The file cannot be read as %1 (byte %2 does not fit); choose the encoding it was saved in.</source>
        <translation>Nie można odczytać pliku jako %1 (bajt %2 nie pasuje); wybierz kodowanie, w którym plik został zapisany.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="226"/>
        <source>The %1 &quot;%2&quot; is not a date (write it like 23.04.1990 or 1990-04-23).</source>
        <translation>%1: „%2” nie jest datą (wpisz ją np. jako 23.04.1990 lub 1990-04-23).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="232"/>
        <source>birth date</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="235"/>
        <source>last visit</source>
        <translation>ostatnia wizyta</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="239"/>
        <source>The workbook has no sheet %1; its sheets are: %2.</source>
        <translation>Skoroszyt nie ma arkusza %1; jego arkusze to: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="245"/>
        <source>That client is no longer in the vault.</source>
        <translation>Tego klienta nie ma już w sejfie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="249"/>
        <source>Client %1 is no longer in the vault.</source>
        <translation>Klienta %1 nie ma już w sejfie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="255"/>
        <source>%1 is not a country code (PL, VN, CN, GB …).</source>
        <translation>%1 nie jest kodem kraju (PL, VN, CN, GB …).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="299"/>
        <source>The number you give is used as it is.</source>
        <translation>Podana liczba zostanie użyta bez zmian.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="311"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="313"/>
        <source>Clients concerned now: %1</source>
        <translation>Dotyczy obecnie klientów: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="343"/>
        <source>Incident no. %1</source>
        <translation>Incydent nr %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="345"/>
        <source>New incident</source>
        <translation>Nowy incydent</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="348"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="349"/>
        <source>When it happened</source>
        <translation>Kiedy to się stało</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="350"/>
        <source>When it was discovered</source>
        <translation>Kiedy to wykryto</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="351"/>
        <source>Which data</source>
        <translation>Jakie dane</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="352"/>
        <source>Which clients</source>
        <translation>Których klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="354"/>
        <source>Likely consequences</source>
        <translation>Możliwe konsekwencje</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="355"/>
        <source>Measures taken</source>
        <translation>Podjęte środki</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="356"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="357"/>
        <source>Authority notified</source>
        <translation>Zgłoszono organowi nadzorczemu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="362"/>
        <source>Describe the incident without naming clients (the log never copies it).</source>
        <translation>Opisz incydent bez podawania nazwisk klientów (dziennik nigdy go nie kopiuje).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="364"/>
        <source>Known</source>
        <translation>Znane</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="365"/>
        <source>Yes, on</source>
        <translation>Tak, dnia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="369"/>
        <source>All clients</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="370"/>
        <source>Clients with health data</source>
        <translation>Klienci z danymi o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="371"/>
        <source>Clients with photos</source>
        <translation>Klienci ze zdjęciami</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="372"/>
        <source>Clients registered between</source>
        <translation>Klienci zarejestrowani między</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="373"/>
        <source>A number I give</source>
        <translation>Liczba, którą podam</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="381"/>
        <source>Save the incident</source>
        <translation>Zapisz incydent</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="15"/>
        <source>Vietnam: notify the Ministry of Public Security (A05) as early as you can. Under the former Decree 13/2023 the 72 hours ran from the breach itself, not from its discovery; check the time limit of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP. The clock below counts from discovery, so it may run out later than the law&apos;s.</source>
        <translation>Wietnam: jak najszybciej zgłoś naruszenie Ministerstwu Bezpieczeństwa Publicznego (A05). Według dawnego dekretu 13/2023 termin 72 godzin biegł od samego naruszenia, a nie od jego wykrycia; sprawdź termin w ustawie 91/2025/QH15 i dekrecie 356/2025/NĐ-CP. Zegar poniżej liczy czas od wykrycia, więc może upłynąć później niż termin ustawowy.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="23"/>
        <source>China (PIPL Art. 57): notify the departments performing personal-information protection duties, and the clients, immediately. The 72-hour clock below is only a reminder; do not wait for it.</source>
        <translation>Chiny (art. 57 PIPL): natychmiast powiadom organy wykonujące obowiązki w zakresie ochrony danych osobowych oraz klientów. Zegar 72 godzin poniżej jest tylko przypomnieniem; nie czekaj, aż upłynie.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="30"/>
        <source>GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of the breach, unless it is unlikely to put the clients at risk; a later notification gives the reasons. The clock below counts those 72 hours from discovery.</source>
        <translation>Art. 33 RODO: zgłoś naruszenie organowi nadzorczemu w ciągu 72 godzin od jego stwierdzenia, chyba że jest mało prawdopodobne, by skutkowało ryzykiem dla klientów; do zgłoszenia po tym terminie dołącza się wyjaśnienie przyczyn opóźnienia. Zegar poniżej odlicza te 72 godziny od wykrycia.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="36"/>
        <source>Notify the data protection authority as the law of the salon&apos;s country asks. The clock below counts the GDPR&apos;s 72 hours from discovery, as a reminder.</source>
        <translation>Zgłoś naruszenie organowi ochrony danych zgodnie z wymogami prawa kraju, w którym działa salon. Dla przypomnienia zegar poniżej odlicza 72 godziny przewidziane w RODO, licząc od wykrycia.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="386"/>
        <source>Names and notes</source>
        <translation>Imiona, nazwiska i notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="387"/>
        <source>Contact details</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="388"/>
        <source>Health data</source>
        <translation>Dane o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="389"/>
        <source>Visits and treatments</source>
        <translation>Wizyty i wykonane usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="390"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="391"/>
        <source>Consents and signatures</source>
        <translation>Zgody i podpisy</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="398"/>
        <source>Being handled</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="399"/>
        <source>Contained</source>
        <translation>Opanowany</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="400"/>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="160"/>
        <source>%1 h left to notify (by %2)</source>
        <translation>Zostało %1 godz. na zgłoszenie (do %2)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="161"/>
        <source>Overdue by %1 h (deadline %2)</source>
        <translation>Spóźnienie %1 godz. (termin %2)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="162"/>
        <source>Notified after %1 h, in time</source>
        <translation>Zgłoszono po %1 godz., w terminie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="163"/>
        <source>Notified %1 h after the deadline</source>
        <translation>Zgłoszono %1 godz. po terminie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="164"/>
        <source>Closed without notifying</source>
        <translation>Zamknięty bez zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="205"/>
        <source>Incident no. %1 saved.</source>
        <translation>Zapisano incydent nr %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="218"/>
        <source>Save the notice to the authority</source>
        <translation>Zapisz zgłoszenie do organu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="221"/>
        <source>Save the letter to clients</source>
        <translation>Zapisz list do klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="224"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds your description of the incident and the counts, no client&apos;s name. It is a draft: complete it before sending.</source>
        <translation>Zapisany plik nie jest zaszyfrowany: opuszcza sejf. Zawiera Twój opis incydentu i liczby, bez nazwisk klientów. To szkic: uzupełnij go przed wysłaniem.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="239"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="259"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="260"/>
        <source>Discovered</source>
        <translation>Wykryto</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="261"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="262"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="263"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="264"/>
        <source>72-hour clock</source>
        <translation>Zegar 72 godzin</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="268"/>
        <source>New incident</source>
        <translation>Nowy incydent</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="269"/>
        <source>Save notice to the authority…</source>
        <translation>Zapisz zgłoszenie do organu…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="270"/>
        <source>Save letter to clients…</source>
        <translation>Zapisz list do klientów…</translation>
    </message>
</context>
<context>
    <name>KeyMessages</name>
    <message>
        <location filename="../../../ui/key_messages.py" line="15"/>
        <source>The passphrase slot asks for unusual settings (%1; SalonVault writes %2), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation>Slot hasła wymaga nietypowych ustawień (%1; SalonVault zapisuje %2), więc nie próbowano hasła: plik slotów kluczy został uszkodzony lub zmieniony. Otwórz sejf kluczem odzyskiwania, a potem ustaw hasło ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/key_messages.py" line="30"/>
        <source>time cost %1, memory %2 MiB, parallelism %3</source>
        <translation>koszt czasowy %1, pamięć %2 MiB, równoległość %3</translation>
    </message>
</context>
<context>
    <name>KeyWarningBanner</name>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="63"/>
        <source>The vault&apos;s recovery slot does not open with the salon&apos;s recovery key: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation>Slot odzyskiwania sejfu nie otwiera się kluczem odzyskiwania salonu: Zestaw odzyskiwania nie otworzy sejfu. Utwórz slot ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="68"/>
        <source>The vault&apos;s recovery slot is missing: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation>Brak slotu odzyskiwania sejfu: Zestaw odzyskiwania nie otworzy sejfu. Utwórz slot ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="72"/>
        <source>Open Settings</source>
        <translation>Otwórz Ustawienia</translation>
    </message>
</context>
<context>
    <name>KeysErrors</name>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="19"/>
        <source>This PC&apos;s key store did not keep the new key (%1).</source>
        <translation>Magazyn kluczy tego komputera nie zachował nowego klucza (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="25"/>
        <source>The %1 key does not open this vault.</source>
        <translation>Klucz typu %1 nie otwiera tego sejfu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="32"/>
        <source>The passphrase needs at least %1 characters; a few ordinary words in a row work well.</source>
        <translation>Hasło (fraza) musi mieć co najmniej %1 znaków; dobrze sprawdza się kilka zwykłych słów z rzędu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="40"/>
        <source>The passphrase contains characters that cannot be typed; use letters, digits, spaces and punctuation.</source>
        <translation>Hasło (fraza) zawiera znaki, których nie da się wpisać z klawiatury; używaj liter, cyfr, spacji i znaków interpunkcyjnych.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="45"/>
        <source>The passphrase is not valid text.</source>
        <translation>Hasło (fraza) nie jest poprawnym tekstem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="50"/>
        <source>That is not a SalonVault recovery key (it starts with %1 on the Recovery Kit).</source>
        <translation>To nie jest klucz odzyskiwania SalonVault (w Zestawie odzyskiwania zaczyna się od %1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="56"/>
        <source>That holds more than one recovery key; give only this salon&apos;s.</source>
        <translation>Podano więcej niż jeden klucz odzyskiwania; podaj tylko klucz tego salonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="60"/>
        <source>Cannot read the recovery key file %1 (%2).</source>
        <translation>Nie można odczytać pliku klucza odzyskiwania %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="66"/>
        <source>The recovery key file is not a text file.</source>
        <translation>Plik klucza odzyskiwania nie jest plikiem tekstowym.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="70"/>
        <source>That is not this salon&apos;s recovery key; if the Recovery Kit is lost, replace the recovery key instead.</source>
        <translation>To nie jest klucz odzyskiwania tego salonu; jeśli Zestaw odzyskiwania zaginął, wymień klucz odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="75"/>
        <source>its first page cannot be decrypted</source>
        <translation>nie można odszyfrować jego pierwszej strony</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="78"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation>Wpisz hasło (frazę) właściciela: sejf z nowym kluczem też będzie się nim otwierał.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="82"/>
        <source>This vault has no %1 slot.</source>
        <translation>Ten sejf nie ma slotu typu %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="87"/>
        <source>The vault needs at least one other way to open it.</source>
        <translation>Sejf musi mieć co najmniej jeden inny sposób otwierania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="90"/>
        <source>Wrong passphrase.</source>
        <translation>Błędne hasło (fraza).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="95"/>
        <source>The passphrase slot asks for unusual settings (time cost %1, memory %2, parallelism %3; SalonVault writes time cost %4, memory %5, parallelism %6), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation>Slot hasła wymaga nietypowych ustawień (koszt czasowy %1, pamięć %2, równoległość %3; SalonVault zapisuje koszt czasowy %4, pamięć %5, równoległość %6), więc hasła nie sprawdzano: plik slotu klucza został uszkodzony lub zmieniony. Otwórz sejf kluczem odzyskiwania, a potem ustaw hasło ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="110"/>
        <source>The recovery key is mistyped or incomplete.</source>
        <translation>Klucz odzyskiwania jest błędnie wpisany lub niekompletny.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="114"/>
        <source>%1 is missing</source>
        <translation>brak pliku %1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="120"/>
        <source>%1 is unreadable (%2)</source>
        <translation>nie można odczytać pliku %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="127"/>
        <source>key slot file: %1; %2</source>
        <translation>plik slotu klucza: %1; %2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="135"/>
        <source>The device key would be kept in %1, inside the vault&apos;s folder %2, where a copy of the folder would carry it; choose a data folder outside it or set %3 to a folder elsewhere.</source>
        <translation>Klucz urządzenia byłby przechowywany w %1, wewnątrz folderu sejfu %2, więc każda kopia tego folderu zawierałaby go; wybierz folder danych poza nim albo ustaw %3 na folder w innym miejscu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="147"/>
        <source>%1 is not a file (a device or a pipe); choose the recovery key file or the Recovery Kit PDF.</source>
        <translation>%1 nie jest plikiem (to urządzenie lub potok); wybierz plik klucza odzyskiwania albo PDF Zestawu odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="156"/>
        <source>%1 is far larger than a recovery key file; choose the key file or the Recovery Kit PDF.</source>
        <translation>%1 jest znacznie większy niż plik klucza odzyskiwania; wybierz plik klucza albo PDF Zestawu odzyskiwania.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../ui/labels.py" line="23"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="24"/>
        <source>Receptionist</source>
        <translation>Recepcja</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="25"/>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="41"/>
        <source>Hair salon</source>
        <translation>Salon fryzjerski</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="42"/>
        <source>Beauty and spa</source>
        <translation>Kosmetyka i spa</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="43"/>
        <source>Aesthetic clinic</source>
        <translation>Klinika medycyny estetycznej</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="44"/>
        <source>Optician</source>
        <translation>Optyk</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="51"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="52"/>
        <source>Condition</source>
        <translation>Schorzenie</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="53"/>
        <source>Medication</source>
        <translation>Leki</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="54"/>
        <source>Contraindication</source>
        <translation>Przeciwwskazanie</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="62"/>
        <source>PPD (hair dye), latex</source>
        <translation>PPD (farba do włosów), lateks</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="63"/>
        <source>cyanoacrylate (lash glue), latex</source>
        <translation>cyjanoakryl (klej do rzęs), lateks</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="66"/>
        <source>isotretinoin, pregnancy</source>
        <translation>izotretynoina, ciąża</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="69"/>
        <source>diabetes, glaucoma, dry eyes</source>
        <translation>cukrzyca, jaskra, suchość oczu</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="81"/>
        <source>PPD (para-phenylenediamine, hair dye)</source>
        <translation>PPD (parafenylenodiamina, farba do włosów)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="84"/>
        <source>Pregnancy</source>
        <translation>Ciąża</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="85"/>
        <source>Breastfeeding</source>
        <translation>Karmienie piersią</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="86"/>
        <source>Isotretinoin (Roaccutane)</source>
        <translation>Izotretynoina (Roaccutane)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="87"/>
        <source>Retinoids on the skin</source>
        <translation>Retinoidy stosowane na skórę</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="88"/>
        <source>Photosensitising medication</source>
        <translation>Leki uwrażliwiające na światło</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="91"/>
        <source>Pacemaker or implanted device</source>
        <translation>Rozrusznik serca lub inne wszczepione urządzenie</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="94"/>
        <source>Epilepsy</source>
        <translation>Padaczka</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="95"/>
        <source>Cyanoacrylate (lash adhesive)</source>
        <translation>Cyjanoakryl (klej do rzęs)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="98"/>
        <source>Anticoagulants (blood thinners)</source>
        <translation>Leki przeciwzakrzepowe (rozrzedzające krew)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="107"/>
        <source>Consent signed on paper</source>
        <translation>Zgoda podpisana na papierze</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="110"/>
        <source>Referral or doctor&apos;s letter</source>
        <translation>Skierowanie lub pismo od lekarza</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="113"/>
        <source>Prescription from elsewhere</source>
        <translation>Recepta z innej placówki</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="116"/>
        <source>Other paper</source>
        <translation>Inny dokument</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="123"/>
        <source>Low</source>
        <translation>Niskie</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="124"/>
        <source>Moderate</source>
        <translation>Umiarkowane</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="125"/>
        <source>Severe</source>
        <translation>Poważne</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="132"/>
        <source>Pending</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="133"/>
        <source>Passed</source>
        <translation>Zaliczony</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="134"/>
        <source>Failed</source>
        <translation>Niezaliczony</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="142"/>
        <source>valid</source>
        <translation>ważny</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="143"/>
        <source>expired</source>
        <translation>wygasły</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="144"/>
        <source>pending</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="145"/>
        <source>failed</source>
        <translation>niezaliczony</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="146"/>
        <source>none on file</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="109"/>
        <source>Welcome to SalonVault</source>
        <translation>Witamy w SalonVault</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="112"/>
        <source>SalonVault keeps your clients&apos; records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
        <translation>SalonVault przechowuje dane Twoich klientów w postaci zaszyfrowanej na tym komputerze. Konfiguracja zajmie około pięciu minut; przygotuj drukarkę lub pendrive na Zestaw odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="117"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="118"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="120"/>
        <source>Moving to a new computer, or starting again after a lost one?</source>
        <translation>Przenosisz się na nowy komputer albo zaczynasz od nowa po utracie starego?</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="122"/>
        <source>Restore from a backup…</source>
        <translation>Przywróć z kopii…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../../ui/lock_screen.py" line="182"/>
        <location filename="../../../ui/lock_screen.py" line="206"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="191"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation>Wybierz własny PIN, nie kod jednorazowy (właściciel go widział).</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="203"/>
        <source>The two PINs differ; choose your new PIN again.</source>
        <translation>PIN-y się różnią; wybierz nowy PIN ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="214"/>
        <source>The code is right. Now choose your new PIN.</source>
        <translation>Kod jest poprawny. Teraz wybierz nowy PIN.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="64"/>
        <source>Wrong code. This account is now disabled; ask the owner to enable it.</source>
        <translation>Błędny kod. To konto jest teraz wyłączone; poproś właściciela o włączenie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="75"/>
        <location filename="../../../ui/lock_screen.py" line="258"/>
        <source>Enter the one-time code again to choose your new PIN.</source>
        <translation>Wpisz ponownie kod jednorazowy, aby wybrać nowy PIN.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="70"/>
        <source>Your one-time code has expired; ask the owner for a new one.</source>
        <translation>Kod jednorazowy wygasł; poproś właściciela o nowy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="31"/>
        <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
        <translation>Błędny PIN. To konto zostało wyłączone; poproś właściciela o ponowne włączenie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="43"/>
        <source>This account is disabled after too many wrong PINs. The owner can enable it again; an owner uses &quot;Forgot your PIN? (owner)&quot; below, with the recovery key.</source>
        <translation>To konto zostało wyłączone po zbyt wielu błędnych PIN-ach. Właściciel może je ponownie włączyć; właściciel używa poniżej opcji „Nie pamiętasz PIN-u? (właściciel)” z kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="51"/>
        <source>This account is disabled. The owner can enable it again.</source>
        <translation>To konto jest wyłączone. Właściciel może je ponownie włączyć.</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="276"/>
        <source>Forgot your PIN? (owner)</source>
        <translation>Nie pamiętasz PIN-u? (właściciel)</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="278"/>
        <source>Who is signing in?</source>
        <translation>Kto się loguje?</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="280"/>
        <source>Choose a new PIN for %1</source>
        <translation>Wybierz nowy PIN dla: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="282"/>
        <source>Type the new PIN for %1 again</source>
        <translation>Wpisz ponownie nowy PIN dla: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="285"/>
        <source>One-time code for %1 (the owner reset your PIN)</source>
        <translation>Kod jednorazowy dla: %1 (właściciel zresetował Twój PIN)</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="288"/>
        <source>PIN for %1</source>
        <translation>PIN użytkownika %1</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="292"/>
        <source>Sign in as %1, %2</source>
        <translation>Zaloguj jako %1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="295"/>
        <source>Demo salon. PINs: %1</source>
        <translation>Salon demonstracyjny. Kody PIN: %1</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="176"/>
        <source>%1 (detected)</source>
        <translation>%1 (wykryte)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="179"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="182"/>
        <source>%n row(s); columns separated by %1.</source>
        <translation>
            <numerusform>%n wiersz; kolumny rozdzielone znakiem %1.</numerusform>
            <numerusform>%n wiersze; kolumny rozdzielone znakiem %1.</numerusform>
            <numerusform>%n wierszy; kolumny rozdzielone znakiem %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="190"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n wiersz.</numerusform>
            <numerusform>%n wiersze.</numerusform>
            <numerusform>%n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="203"/>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="230"/>
        <source>as at the last import</source>
        <translation>jak przy ostatnim imporcie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="231"/>
        <source>from the header</source>
        <translation>z nagłówka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="232"/>
        <source>from the values</source>
        <translation>z wartości</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="234"/>
        <source>this salon does not collect it (Settings → Client details)</source>
        <translation>ten salon tego nie zbiera (Ustawienia → Dane klientów)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="245"/>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="246"/>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Examples</source>
        <translation>Przykłady</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Imported as</source>
        <translation>Importuj jako</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="60"/>
        <source>Merge with another client</source>
        <translation>Połącz z innym klientem</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="68"/>
        <source>Use this when one person was registered twice. Find the other record, compare them, and choose the one to keep.</source>
        <translation>Użyj, gdy ta sama osoba została zarejestrowana dwa razy. Znajdź drugi rekord, porównaj je i wybierz ten, który zostaje.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="76"/>
        <source>Find the other record: name, phone or e-mail</source>
        <translation>Znajdź drugi rekord: imię i nazwisko, telefon lub e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="77"/>
        <source>Find the other record</source>
        <translation>Znajdź drugi rekord</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="99"/>
        <source>Keep this record</source>
        <translation>Zachowaj ten rekord</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="100"/>
        <source>Keep the other record</source>
        <translation>Zachowaj drugi rekord</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="104"/>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="120"/>
        <source>The record that is not kept is removed for good: its treatments, consents (the whole history, as proof), photos, health items and patch tests move to the record kept; its details fill only fields the kept record has empty (other values are dropped), its notes are added and its tags joined. This cannot be undone. Backups made before now still hold both records.</source>
        <translation>Rekord, który nie zostaje, zostanie usunięty na zawsze: jego wizyty, zgody (cała historia, jako dowód), zdjęcia, informacje zdrowotne i testy uczuleniowe przechodzą do zachowanego rekordu; jego dane uzupełniają tylko puste pola zachowanego rekordu (pozostałe wartości są pomijane), notatki są dopisywane, a tagi łączone. Tego nie można cofnąć. Kopie zapasowe wykonane wcześniej nadal zawierają oba rekordy.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="144"/>
        <source>Merge for good</source>
        <translation>Połącz na zawsze</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="207"/>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="227"/>
        <source>Find and choose the other record first.</source>
        <translation>Najpierw znajdź i wybierz drugi rekord.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>To confirm, type the name of the record that will be removed: %1</source>
        <translation>Aby potwierdzić, wpisz imię i nazwisko z rekordu, który zostanie usunięty: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="240"/>
        <source>The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items and %5 patch tests moved to %6.</source>
        <translation>Rekordy połączone. Przeniesiono do rekordu %6 — wizyty: %1, zgody: %2, zdjęcia: %3, informacje zdrowotne: %4, testy uczuleniowe: %5.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="253"/>
        <source>%1 photos were deleted: the newest photo consent over both records is not an active one.</source>
        <translation>Usunięto zdjęcia (liczba: %1): najnowsza zgoda na zdjęcia w obu rekordach nie jest aktywna.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Clients merged</source>
        <translation>Klienci połączeni</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Client number</source>
        <translation>Numer klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="264"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="265"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Treatments</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Consent records</source>
        <translation>Zapisy zgód</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Health items</source>
        <translation>Informacje zdrowotne</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="272"/>
        <source>Patch tests</source>
        <translation>Testy uczuleniowe</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../../ui/navigation.py" line="26"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="27"/>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="28"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="29"/>
        <source>Recalls</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="30"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="31"/>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="32"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="33"/>
        <source>Activity log</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="34"/>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="35"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>NotationBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="58"/>
        <source>Prescriptions</source>
        <translation>Recepty</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="70"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="77"/>
        <source>Records keep what the examiner wrote; the card and the paper show every prescription this way (a plus cylinder is transposed to minus, and back).</source>
        <translation>Zapisy zachowują to, co wpisała osoba badająca; karta klienta i wydruk recepty pokazują każdą receptę w ten sposób (cylinder dodatni jest transponowany na ujemny i odwrotnie).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="85"/>
        <source>&amp;Cylinder</source>
        <translation>&amp;Cylinder</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="87"/>
        <source>Visual &amp;acuity</source>
        <translation>&amp;Ostrość wzroku</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="102"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>OlderVaultNotice</name>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="56"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="68"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Unless a backup was restored on purpose, an older copy of the vault file was put back (which also resets failed PIN counts): restore the newest backup.</source>
        <translation>W dniu %1 sprawdzenie kopii %2 wykazało, że ten sejf jest starszy niż ta kopia: w jego dzienniku zdarzeń brakuje ostatniego wpisu kopii. Jeśli nie przywracano kopii celowo, to z powrotem podłożono starszą kopię pliku sejfu (co także zeruje liczniki błędnych PIN-ów): przywróć najnowszą kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="75"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Tell the owner.</source>
        <translation>W dniu %1 sprawdzenie kopii %2 wykazało, że ten sejf jest starszy niż ta kopia: w jego dzienniku zdarzeń brakuje ostatniego wpisu kopii. Powiadom właściciela.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="86"/>
        <source>I know why</source>
        <translation>Wiem dlaczego</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="88"/>
        <source>Hide this warning: the vault is older on purpose (the history keeps it)</source>
        <translation>Ukryj to ostrzeżenie: sejf jest starszy celowo (historia to zachowa)</translation>
    </message>
</context>
<context>
    <name>OpenModeBox</name>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>Oba hasła nie są takie same.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="79"/>
        <source>Setting the passphrase…</source>
        <translation>Ustawianie hasła…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="95"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="138"/>
        <source>How the vault opens</source>
        <translation>Jak otwierać sejf danych</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="86"/>
        <source>Open the vault on this computer without the passphrase? Anyone who can sign in to this computer&apos;s user account can then start SalonVault (staff still need their PINs).</source>
        <translation>Otwierać sejf na tym komputerze bez hasła? Wtedy każdy, kto może zalogować się na konto użytkownika tego komputera, uruchomi SalonVault (pracownicy nadal potrzebują swoich PIN-ów).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="92"/>
        <source>This computer has no protected key store: the key would be kept in a file, which is weaker.</source>
        <translation>Ten komputer nie ma chronionego magazynu kluczy: klucz byłby trzymany w pliku, co jest słabsze.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="142"/>
        <source>Now: the vault stays closed until the owner types the passphrase at each start. If it is forgotten, only the Recovery Kit opens the vault.</source>
        <translation>Teraz: sejf pozostaje zamknięty, dopóki właściciel nie wpisze hasła przy każdym uruchomieniu. Jeśli hasło zostanie zapomniane, sejf otworzy tylko zestaw odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="149"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in a file (this computer has no protected key store): weaker, a passphrase is safer here.</source>
        <translation>Teraz: SalonVault otwiera się na tym komputerze sam, kluczem trzymanym w pliku (ten komputer nie ma chronionego magazynu kluczy): słabiej, tutaj hasło jest bezpieczniejsze.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="155"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in this computer&apos;s protected key store.</source>
        <translation>Teraz: SalonVault otwiera się na tym komputerze sam, kluczem przechowywanym w chronionym magazynie kluczy tego komputera.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="159"/>
        <source>That protects the records if the disk or a copy of the folder is stolen, not from someone who can sign in to this computer.</source>
        <translation>Chroni to dane, gdy zostanie skradziony dysk lub kopia folderu, ale nie przed kimś, kto może zalogować się na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="172"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Hasło (fraza, min. 12 znaków)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="173"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="175"/>
        <source>Passphrase again</source>
        <translation>Powtórz hasło (frazę)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="174"/>
        <source>Passphrase</source>
        <translation>Hasło (fraza)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="176"/>
        <source>Ask for the passphrase at every start</source>
        <translation>Pytaj o hasło przy każdym uruchomieniu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="177"/>
        <source>Open on this computer without the passphrase…</source>
        <translation>Otwieraj na tym komputerze bez hasła…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="180"/>
        <source>Done. From the next start, SalonVault asks for the passphrase first.</source>
        <translation>Gotowe. Od następnego uruchomienia SalonVault najpierw zapyta o hasło.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="183"/>
        <source>Done. SalonVault opens on this computer by itself.</source>
        <translation>Gotowe. SalonVault otwiera się na tym komputerze sam.</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../../ui/open_problem.py" line="59"/>
        <source>The vault did not open</source>
        <translation>Nie udało się otworzyć sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="62"/>
        <source>Open it with the recovery key from the Recovery Kit. If that does not work either, restore the newest backup: the files that do not open are kept aside in the data folder.</source>
        <translation>Otwórz go kluczem odzyskiwania z zestawu odzyskiwania. Jeśli i to nie zadziała, przywróć najnowszą kopię zapasową: pliki, których nie da się otworzyć, zostaną odłożone w folderze danych.</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="68"/>
        <source>Restore the newest backup with the recovery key from the Recovery Kit: the files that do not open are kept aside in the data folder, not deleted.</source>
        <translation>Przywróć najnowszą kopię zapasową kluczem odzyskiwania z zestawu odzyskiwania: pliki, których nie da się otworzyć, zostaną odłożone w folderze danych, a nie usunięte.</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="72"/>
        <source>Open with the recovery key…</source>
        <translation>Otwórz kluczem odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation>Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="74"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="172"/>
        <source>Enter your name.</source>
        <translation>Wpisz swoje imię.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="177"/>
        <source>The two PINs differ.</source>
        <translation>Wpisane kody PIN się różnią.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="182"/>
        <source>Good PIN.</source>
        <translation>PIN jest w porządku.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="189"/>
        <source>You, the owner</source>
        <translation>Ty – właściciel</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="192"/>
        <source>Your PIN opens the owner&apos;s screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
        <translation>Twój PIN otwiera ekrany właściciela. Od 6 do 12 cyfr; nie może to być data, ciąg kolejnych cyfr jak 123456 ani powtórzenie jak 121212.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="196"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="199"/>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="197"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="200"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="198"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="201"/>
        <source>PIN again</source>
        <translation>Powtórz PIN</translation>
    </message>
</context>
<context>
    <name>OwnerRecoveryDialog</name>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="99"/>
        <source>Forgot your PIN? (owner)</source>
        <translation>Nie pamiętasz PIN-u? (właściciel)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="102"/>
        <source>The recovery key on the Recovery Kit gives an owner their account back, with a new PIN, even after too many wrong PINs. Open the kit&apos;s PDF or the key&apos;s text file, or type the key as printed. Other staff ask the owner for a new PIN.</source>
        <translation>Klucz odzyskiwania z Zestawu odzyskiwania przywraca właścicielowi dostęp do konta z nowym PIN-em, nawet po zbyt wielu błędnych PIN-ach. Otwórz plik PDF zestawu lub plik tekstowy z kluczem albo wpisz klucz tak, jak jest wydrukowany. Pozostali pracownicy proszą właściciela o nowy PIN.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="110"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="118"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="112"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="119"/>
        <source>New PIN</source>
        <translation>Nowy PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="113"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="120"/>
        <source>New PIN again</source>
        <translation>Nowy PIN ponownie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="121"/>
        <source>Recover access</source>
        <translation>Odzyskaj dostęp</translation>
    </message>
</context>
<context>
    <name>PatchResultDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="210"/>
        <source>Patch test result</source>
        <translation>Wynik testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="215"/>
        <source>%1, tested on %2</source>
        <translation>%1, test z dnia %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="218"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="221"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="158"/>
        <source>Record a patch test</source>
        <translation>Zapisz test uczuleniowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="169"/>
        <source>e.g. Wella Koleston 7/0</source>
        <translation>np. Wella Koleston 7/0</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="173"/>
        <source>Tested on</source>
        <translation>Data testu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="174"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="175"/>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="179"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="180"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="61"/>
        <source>Tested on</source>
        <translation>Data testu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="62"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="63"/>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="64"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="65"/>
        <source>Done by</source>
        <translation>Wykonał(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="66"/>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="71"/>
        <source>Record a patch test…</source>
        <translation>Zapisz test uczuleniowy…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="73"/>
        <source>Set result…</source>
        <translation>Wpisz wynik…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="77"/>
        <source>Details of patch tests are for owners and technicians.</source>
        <translation>Szczegóły testów uczuleniowych widzą tylko właściciel i technicy.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="97"/>
        <source>Patch test: %1</source>
        <translation>Test uczuleniowy: %1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="46"/>
        <source>find clients</source>
        <translation>wyszukiwanie klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="47"/>
        <source>see contact details</source>
        <translation>wgląd w dane kontaktowe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="48"/>
        <source>see masked contact details</source>
        <translation>wgląd w zamaskowane dane kontaktowe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="49"/>
        <source>change contact details</source>
        <translation>zmiana danych kontaktowych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="50"/>
        <source>see health details</source>
        <translation>wgląd w dane o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="51"/>
        <source>change health details</source>
        <translation>zmiana danych o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="52"/>
        <source>see whether a client has health alerts</source>
        <translation>wgląd w to, czy klient ma ostrzeżenia zdrowotne</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="53"/>
        <source>see treatment details</source>
        <translation>wgląd w szczegóły wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="54"/>
        <source>see treatment dates and services</source>
        <translation>wgląd w daty i usługi wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="55"/>
        <source>add treatments</source>
        <translation>dodawanie wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="56"/>
        <source>edit any treatment</source>
        <translation>edycja dowolnej wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="57"/>
        <source>edit their own treatment within 24 hours</source>
        <translation>edycja wizyty dodanej przez siebie w ciągu 24 godzin</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="58"/>
        <source>see patch tests</source>
        <translation>wgląd w testy uczuleniowe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="59"/>
        <source>record patch tests</source>
        <translation>zapisywanie testów uczuleniowych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="60"/>
        <source>see patch-test status</source>
        <translation>wgląd w stan testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="61"/>
        <source>see or add photos</source>
        <translation>przeglądanie i dodawanie zdjęć</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="62"/>
        <source>see scanned papers</source>
        <translation>wgląd w skany dokumentów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="63"/>
        <source>add or remove scanned papers</source>
        <translation>dodawanie i usuwanie skanów dokumentów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="64"/>
        <source>see scanned health papers</source>
        <translation>wgląd w skany dokumentów zdrowotnych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="65"/>
        <source>add or remove scanned health papers</source>
        <translation>dodawanie i usuwanie skanów dokumentów zdrowotnych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="66"/>
        <source>record consent</source>
        <translation>zapisywanie zgód</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="67"/>
        <source>print consent forms</source>
        <translation>drukowanie formularzy zgód</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="68"/>
        <source>withdraw consent</source>
        <translation>wycofywanie zgód</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="69"/>
        <source>run a backup</source>
        <translation>wykonywanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="70"/>
        <source>restore a backup</source>
        <translation>przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="71"/>
        <source>export records</source>
        <translation>eksport danych</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="72"/>
        <source>import clients from a spreadsheet</source>
        <translation>import klientów z arkusza</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="73"/>
        <source>erase a client</source>
        <translation>usuwanie klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="74"/>
        <source>merge two clients&apos; records</source>
        <translation>łączenie rekordów dwóch klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="75"/>
        <source>purge records past retention</source>
        <translation>usuwanie danych po okresie przechowywania</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="76"/>
        <source>manage staff accounts</source>
        <translation>zarządzanie kontami pracowników</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="77"/>
        <source>change settings</source>
        <translation>zmiana ustawień</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="78"/>
        <source>change how the vault is unlocked</source>
        <translation>zmiana sposobu otwierania sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="79"/>
        <source>edit consent templates</source>
        <translation>edycja szablonów zgód</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="80"/>
        <source>read the activity log</source>
        <translation>przeglądanie dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="81"/>
        <source>keep the incident register</source>
        <translation>prowadzenie rejestru incydentów</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="82"/>
        <source>see recall lists</source>
        <translation>wgląd w listy przypomnień</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="83"/>
        <source>mark recall lists</source>
        <translation>oznaczanie pozycji list przypomnień</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="84"/>
        <source>hand the screen to a client for a consultation form</source>
        <translation>przekazywanie ekranu klientowi do wypełnienia formularza konsultacyjnego</translation>
    </message>
</context>
<context>
    <name>PhoneRows</name>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="33"/>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="34"/>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="35"/>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="36"/>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="92"/>
        <source>Add a number</source>
        <translation>Dodaj numer</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="172"/>
        <source>Phone number %1</source>
        <translation>Numer telefonu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="173"/>
        <source>Kind of phone number %1</source>
        <translation>Rodzaj numeru telefonu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="174"/>
        <source>Move number %1 up</source>
        <translation>Przesuń numer %1 w górę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="175"/>
        <source>Move number %1 down</source>
        <translation>Przesuń numer %1 w dół</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="176"/>
        <source>Remove number %1</source>
        <translation>Usuń numer %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="182"/>
        <source>A client has at most %1 numbers.</source>
        <translation>Klient może mieć najwyżej %1 numerów.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="186"/>
        <source>The first number is the main one</source>
        <translation>Pierwszy numer jest główny</translation>
    </message>
</context>
<context>
    <name>PhotoViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="75"/>
        <source>Compare before and after</source>
        <translation>Porównanie przed i po</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="77"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
</context>
<context>
    <name>PhotosErrors</name>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="18"/>
        <source>The photo file is empty.</source>
        <translation>Plik zdjęcia jest pusty.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="22"/>
        <source>The file %1 could not be read (%2).</source>
        <translation>Nie udało się odczytać pliku %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="30"/>
        <source>The picture has too many pixels (more than %1 megapixels); take or export it at a normal camera resolution.</source>
        <translation>Obraz ma zbyt wiele pikseli (ponad %1 megapikseli); zrób lub wyeksportuj go w zwykłej rozdzielczości aparatu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="38"/>
        <source>This file is not a photo SalonVault can read; use a JPEG, PNG or WebP picture.</source>
        <translation>Ten plik nie jest zdjęciem, które SalonVault potrafi odczytać; użyj obrazu JPEG, PNG lub WebP.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="43"/>
        <source>The photo file is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation>Plik zdjęcia jest uszkodzony lub niekompletny (czy był jeszcze kopiowany?); nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="48"/>
        <source>The photo&apos;s date is in the future.</source>
        <translation>Data zdjęcia jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="52"/>
        <source>Open 1 to %1 photos at a time.</source>
        <translation>Otwieraj od 1 do %1 zdjęć naraz.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="57"/>
        <source>There is no such photo.</source>
        <translation>Nie ma takiego zdjęcia.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="60"/>
        <source>A photo is either &apos;before&apos; or &apos;after&apos;.</source>
        <translation>Zdjęcie jest albo „before” (przed), albo „after” (po).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="63"/>
        <source>That photo is not on this client&apos;s record.</source>
        <translation>To zdjęcie nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="66"/>
        <source>That treatment is not on this client&apos;s record.</source>
        <translation>Ta wizyta nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="71"/>
        <source>The photo file is larger than %1 MB; export it smaller or take it at a normal camera resolution.</source>
        <translation>Plik zdjęcia jest większy niż %1 MB; wyeksportuj go w mniejszym rozmiarze lub zrób zdjęcie w zwykłej rozdzielczości aparatu.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="85"/>
        <source>Record photo consent…</source>
        <translation>Zapisz zgodę na zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="87"/>
        <source>Withdraw photo consent…</source>
        <translation>Wycofaj zgodę na zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="93"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="94"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="95"/>
        <source>Before or after</source>
        <translation>Przed czy po</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="97"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Treatment</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="98"/>
        <source>Add photo from file…</source>
        <translation>Dodaj zdjęcie z pliku…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="100"/>
        <source>Import from camera folder…</source>
        <translation>Importuj z folderu aparatu…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="103"/>
        <source>Compare before and after…</source>
        <translation>Porównaj przed i po…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="105"/>
        <source>Remove photo…</source>
        <translation>Usuń zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="107"/>
        <source>No photos yet.</source>
        <translation>Nie ma jeszcze zdjęć.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="134"/>
        <source>Photos by treatment</source>
        <translation>Zdjęcia według wizyt</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="169"/>
        <source>Photo consent: given.</source>
        <translation>Zgoda na zdjęcia: udzielona.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="173"/>
        <source>Photo consent: not recorded. Before/after photos can be taken and kept only after the client agrees.</source>
        <translation>Zgoda na zdjęcia: nie zapisano. Zdjęcia przed i po można robić i przechowywać dopiero wtedy, gdy klient się zgodzi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="196"/>
        <source>Photo consent recorded.</source>
        <translation>Zgoda na zdjęcia została zapisana.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="200"/>
        <source>The client refused photos; the refusal is recorded.</source>
        <translation>Klient nie zgodził się na zdjęcia; odmowa została zapisana.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="206"/>
        <source>Withdraw photo consent</source>
        <translation>Wycofanie zgody na zdjęcia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="208"/>
        <source>Withdraw the client&apos;s photo consent? %n photo(s) of this client will be deleted from the vault now. This cannot be undone.</source>
        <translation>
            <numerusform>Wycofać zgodę klienta na zdjęcia? %n zdjęcie tego klienta zostanie teraz usunięte z sejfu danych. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Wycofać zgodę klienta na zdjęcia? %n zdjęcia tego klienta zostaną teraz usunięte z sejfu danych. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Wycofać zgodę klienta na zdjęcia? %n zdjęć tego klienta zostanie teraz usuniętych z sejfu danych. Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="227"/>
        <source>Photo consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Zgoda na zdjęcia wycofana; usunięto %n zdjęcie.</numerusform>
            <numerusform>Zgoda na zdjęcia wycofana; usunięto %n zdjęcia.</numerusform>
            <numerusform>Zgoda na zdjęcia wycofana; usunięto %n zdjęć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="270"/>
        <source>No treatment</source>
        <translation>Bez wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="291"/>
        <source>%1 (no treatment)</source>
        <translation>%1 (bez wizyty)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="334"/>
        <source>Choose photos</source>
        <translation>Wybierz zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="335"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Zdjęcia (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="381"/>
        <source>Adding photos…</source>
        <translation>Dodawanie zdjęć…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="391"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Dodano %n zdjęcie.</numerusform>
            <numerusform>Dodano %n zdjęcia.</numerusform>
            <numerusform>Dodano %n zdjęć.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="394"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="398"/>
        <source>%1 was added but the original could not be deleted (%2).</source>
        <translation>Dodano %1, ale nie udało się usunąć oryginału (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="462"/>
        <source>Remove photo</source>
        <translation>Usuwanie zdjęcia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="463"/>
        <source>Remove %n photo(s) from the vault? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n zdjęcie z sejfu danych? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n zdjęcia z sejfu danych? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n zdjęć z sejfu danych? Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinErrors</name>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="18"/>
        <source>A PIN has digits only.</source>
        <translation>PIN może zawierać tylko cyfry.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="22"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN musi mieć od %1 do %2 cyfr.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="28"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation>PIN nie może składać się z jednej powtórzonej cyfry.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="31"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation>PIN nie może być ciągiem kolejnych cyfr, np. 123456 lub 987654.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="34"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation>PIN nie może powtarzać krótkiego wzoru, np. 121212 lub 123123.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="37"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation>Ten PIN należy do najczęściej używanych; wybierz inny.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="40"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation>PIN nie może przypominać daty (daty urodzin zgaduje się w pierwszej kolejności).</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="97"/>
        <location filename="../../../ui/widgets/pin_pad.py" line="98"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="99"/>
        <source>Delete last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="100"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="101"/>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../../ui/pin_messages.py" line="14"/>
        <source>A PIN has digits only.</source>
        <translation>PIN może zawierać tylko cyfry.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="16"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN musi mieć od %1 do %2 cyfr.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="19"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation>PIN nie może składać się z jednej powtórzonej cyfry.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="21"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation>PIN nie może być ciągiem kolejnych cyfr, np. 123456 lub 987654.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="25"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation>PIN nie może powtarzać krótkiego wzoru, np. 121212 lub 123123.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="29"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation>Ten PIN należy do najczęściej używanych; wybierz inny.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="32"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation>PIN nie może przypominać daty (daty urodzin zgaduje się w pierwszej kolejności).</translation>
    </message>
</context>
<context>
    <name>PinnedNotesPanel</name>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="67"/>
        <source>Pin a short note: prefers Anna, always 10 minutes late…</source>
        <translation>Przypnij krótką notatkę: woli Annę, zawsze spóźnia się 10 minut…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="69"/>
        <source>New pinned note</source>
        <translation>Nowa przypięta notatka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="71"/>
        <source>&amp;Pin</source>
        <translation>&amp;Przypnij</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="77"/>
        <source>Every role sees pinned notes: no health details here (those go under Health).</source>
        <translation>Przypięte notatki widzą wszystkie role: nie wpisuj tu informacji o zdrowiu (te należą do zakładki Zdrowie).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="129"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="137"/>
        <source>Remove this pinned note</source>
        <translation>Usuń tę przypiętą notatkę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="138"/>
        <source>Remove the pinned note: %1</source>
        <translation>Usuń przypiętą notatkę: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="152"/>
        <source>Type the note first.</source>
        <translation>Najpierw wpisz notatkę.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="172"/>
        <source>Remove pinned note</source>
        <translation>Usuń przypiętą notatkę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="173"/>
        <source>Remove the pinned note “%1” from the card?</source>
        <translation>Usunąć przypiętą notatkę „%1” z karty?</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../../ui/pages/placeholder.py" line="35"/>
        <source>This page is not ready yet; it comes in a later update of this version.</source>
        <translation>Ta strona nie jest jeszcze gotowa; pojawi się w jednej z kolejnych aktualizacji tej wersji.</translation>
    </message>
</context>
<context>
    <name>PrescriptionPaper</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="67"/>
        <source>Prescription &amp;paper</source>
        <translation>&amp;Wydruk recepty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="70"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="71"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="87"/>
        <source>The prescription was sent to the printer.</source>
        <translation>Receptę wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="95"/>
        <source>Save the prescription as PDF</source>
        <translation>Zapisz receptę jako PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="96"/>
        <source>prescription-%1.pdf</source>
        <translation>recepta-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="106"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="335"/>
        <source>Only rows that are not simply new clients</source>
        <translation>Tylko wiersze, które nie są po prostu nowymi klientami</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="336"/>
        <source>For the selected rows:</source>
        <translation>Dla zaznaczonych wierszy:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="337"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="338"/>
        <source>Update the client already registered</source>
        <translation>Zaktualizuj zarejestrowanego klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="339"/>
        <source>Create anyway</source>
        <translation>Utwórz mimo to</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../../ui/print_actions.py" line="61"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s records. Save it only where those records may be kept, and delete it when it is no longer needed.</source>
        <translation>Zapisany plik nie jest zaszyfrowany: wynosi dane klienta poza sejf. Zapisz go tylko tam, gdzie te dane mogą być przechowywane, i usuń go, gdy przestanie być potrzebny.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ui/printing.py" line="21"/>
        <source>The printer could not be opened.</source>
        <translation>Nie udało się otworzyć drukarki.</translation>
    </message>
</context>
<context>
    <name>PrivacyErrors</name>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="18"/>
        <source>A time needs its time zone.</source>
        <translation>Czas musi mieć podaną strefę czasową.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="23"/>
        <source>The impact-assessment draft is for a salon in China or Vietnam; the salon&apos;s country is %1.</source>
        <translation>Projekt oceny skutków jest przeznaczony dla salonów w Chinach lub Wietnamie; kraj salonu to %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="30"/>
        <source>A notice goes to the authority or to clients.</source>
        <translation>Zgłoszenie trafia do organu nadzorczego albo do klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="33"/>
        <source>There is no such incident in the register.</source>
        <translation>W rejestrze nie ma takiego incydentu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="36"/>
        <source>Describe what happened.</source>
        <translation>Opisz, co się stało.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="39"/>
        <source>The discovery cannot be in the future.</source>
        <translation>Data wykrycia nie może być w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="42"/>
        <source>An incident happens before it is discovered.</source>
        <translation>Incydent następuje przed jego wykryciem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="45"/>
        <source>Choose at least one kind of data.</source>
        <translation>Wybierz co najmniej jeden rodzaj danych.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="48"/>
        <source>Give the first registration date.</source>
        <translation>Podaj pierwszą datę rejestracji.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="51"/>
        <source>Give the last registration date.</source>
        <translation>Podaj ostatnią datę rejestracji.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="54"/>
        <source>The range ends before it starts.</source>
        <translation>Zakres kończy się przed swoim początkiem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="57"/>
        <source>Give the number of clients concerned (your best estimate).</source>
        <translation>Podaj liczbę klientów, których to dotyczy (najlepsze szacunki).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="60"/>
        <source>The authority is notified after the discovery.</source>
        <translation>Organ nadzorczy powiadamia się po wykryciu incydentu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="63"/>
        <source>The notification cannot be in the future.</source>
        <translation>Data powiadomienia nie może być w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="67"/>
        <source>A retention period is between 1 and %1 years.</source>
        <translation>Okres przechowywania wynosi od 1 do %1 lat.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="73"/>
        <source>The report language is one of %1.</source>
        <translation>Język raportu to jeden z: %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="45"/>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="46"/>
        <source>Exports</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="47"/>
        <source>Incidents</source>
        <translation>Incydenty</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="48"/>
        <source>Record of processing</source>
        <translation>Rejestr czynności przetwarzania</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="83"/>
        <source>Save the record of processing</source>
        <translation>Zapisz rejestr czynności przetwarzania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="85"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds no client&apos;s details, only the salon&apos;s name, address, settings and rules.</source>
        <translation>Zapisany plik nie jest zaszyfrowany: opuszcza sejf. Nie zawiera danych klientów, tylko nazwę, adres, ustawienia i zasady salonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="99"/>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="112"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="103"/>
        <source>Save the impact-assessment draft</source>
        <translation>Zapisz projekt oceny skutków</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="127"/>
        <source>The record of processing activities is made from the salon&apos;s settings, under the law of the salon&apos;s country: the consent purposes switched on, the client fields collected, the recipients listed in Settings, the retention rules and what SalonVault does to protect the records. It is in the salon&apos;s language; complete the parts in [square brackets] on paper.</source>
        <translation>Rejestr czynności przetwarzania powstaje z ustawień salonu, zgodnie z prawem kraju salonu: obejmuje włączone cele zgód, zbierane dane klientów, odbiorców wymienionych w Ustawieniach, zasady przechowywania oraz to, jak SalonVault chroni dane. Jest w języku salonu; części w [nawiasach kwadratowych] uzupełnij na papierze.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="138"/>
        <source>A duty under China&apos;s PIPL (Art. 55-56): before keeping health data, carry out a personal information protection impact assessment, and keep it and this record for at least 3 years. SalonVault drafts it from the same facts.</source>
        <translation>Obowiązek wynikający z chińskiej ustawy PIPL (art. 55-56): zanim zaczniesz przechowywać dane o zdrowiu, przeprowadź ocenę skutków dla ochrony danych osobowych i przechowuj ją oraz ten rejestr przez co najmniej 3 lata. SalonVault przygotowuje jej projekt na podstawie tych samych informacji.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="146"/>
        <source>A duty under Vietnam&apos;s Personal Data Protection Law (91/2025/QH15): keep a personal data processing impact-assessment dossier. SalonVault drafts it from the same facts; check it against the form in force.</source>
        <translation>Obowiązek wynikający z wietnamskiej ustawy o ochronie danych osobowych (91/2025/QH15): prowadź dokumentację oceny skutków przetwarzania danych osobowych. SalonVault przygotowuje jej projekt na podstawie tych samych informacji; sprawdź go z obowiązującym wzorem.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="151"/>
        <source>Save the impact-assessment &amp;draft…</source>
        <translation>Zapisz &amp;projekt oceny skutków…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="152"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="71"/>
        <source>Change details…</source>
        <translation>Zmień dane…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="101"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="108"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="109"/>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="110"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="115"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="119"/>
        <source>Serving this client</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="121"/>
        <source>Minor (under 18)</source>
        <translation>Niepełnoletni (poniżej 18 lat)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="123"/>
        <source>Parent or guardian</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="127"/>
        <source>Hair</source>
        <translation>Włosy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="128"/>
        <source>Skin</source>
        <translation>Skóra</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="129"/>
        <source>Lashes</source>
        <translation>Rzęsy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="135"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="136"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="165"/>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Bring back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="167"/>
        <source>Archive…</source>
        <translation>Archiwizuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="185"/>
        <source>Archive %1? The client leaves everyday search; nothing is deleted and you can bring them back at any time.</source>
        <translation>Zarchiwizować: %1? Klient zniknie ze zwykłego wyszukiwania; nic nie zostanie usunięte i w każdej chwili można go przywrócić.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="189"/>
        <source>Bring %1 back into everyday search?</source>
        <translation>Przywrócić %1 do zwykłego wyszukiwania?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="64"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="73"/>
        <source>The client must a&amp;nswer it</source>
        <translation>&amp;Klient musi odpowiedzieć</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="84"/>
        <source>Red-flag answers: Space ticks one</source>
        <translation>Odpowiedzi ostrzegawcze: Spacja zaznacza odpowiedź</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="87"/>
        <source>A red flag st&amp;ops the service until it is reviewed</source>
        <translation>Sygnał ostrzegawczy b&amp;lokuje usługę do czasu weryfikacji</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="111"/>
        <source>Question te&amp;xt</source>
        <translation>Tr&amp;eść pytania</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="112"/>
        <source>&amp;Answer</source>
        <translation>&amp;Rodzaj odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="113"/>
        <source>&amp;Choices</source>
        <translation>Odpowiedzi do wy&amp;boru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="114"/>
        <source>&amp;Red-flag answers</source>
        <translation>Odpowiedzi &amp;ostrzegawcze</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="115"/>
        <source>Health a&amp;lert</source>
        <translation>Ostr&amp;zeżenie zdrowotne</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="132"/>
        <source>yes or no</source>
        <translation>tak lub nie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="133"/>
        <source>one of several answers</source>
        <translation>jedna z kilku odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="134"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="135"/>
        <source>a date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="136"/>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="143"/>
        <source>(no words yet)</source>
        <translation>(jeszcze bez tekstu)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="144"/>
        <source>%1 (not written in this language)</source>
        <translation>%1 (brak tekstu w tym języku)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="171"/>
        <source>One answer a line, in the same order in every language.</source>
        <translation>Jedna odpowiedź w wierszu, w tej samej kolejności w każdym języku.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="173"/>
        <source>Only a question answered with one of several answers has choices.</source>
        <translation>Odpowiedzi do wyboru ma tylko pytanie z rodzajem odpowiedzi „jedna z kilku odpowiedzi”.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="204"/>
        <source>Only yes-or-no and choice answers can be red flags.</source>
        <translation>Sygnałem ostrzegawczym mogą być tylko odpowiedzi „tak lub nie” i odpowiedzi do wyboru.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="206"/>
        <source>Tick a red-flag answer first: the alert and the stop follow it.</source>
        <translation>Najpierw zaznacz odpowiedź ostrzegawczą: od niej zależą ostrzeżenie i blokada usługi.</translation>
    </message>
</context>
<context>
    <name>RecallSettingsBox</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/recall_settings_box.py" line="77"/>
        <source>Saved: lapsed clients are now those with no visit for %n month(s).</source>
        <translation>
            <numerusform>Zapisano: za nieaktywnych uznaje się teraz klientów bez wizyty od %n miesiąca.</numerusform>
            <numerusform>Zapisano: za nieaktywnych uznaje się teraz klientów bez wizyty od %n miesięcy.</numerusform>
            <numerusform>Zapisano: za nieaktywnych uznaje się teraz klientów bez wizyty od %n miesięcy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="90"/>
        <source>Recall list</source>
        <translation>Lista przypomnień</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="93"/>
        <source>A client with no visit for this many months shows on the Recalls page under lapsed clients, for reception to call back.</source>
        <translation>Klient bez wizyty przez tyle miesięcy pojawia się na stronie Przypomnienia na liście „Nieaktywni klienci”, aby recepcja mogła się z nim skontaktować.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="97"/>
        <source>&amp;Months without a visit:</source>
        <translation>&amp;Miesiące bez wizyty:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="98"/>
        <source>Months without a visit before a client is lapsed</source>
        <translation>Liczba miesięcy bez wizyty, po której klient staje się nieaktywny</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="99"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="100"/>
        <source>Save the months for lapsed clients</source>
        <translation>Zapisz liczbę miesięcy dla nieaktywnych klientów</translation>
    </message>
</context>
<context>
    <name>Recalls</name>
    <message>
        <location filename="../../../ui/recall_labels.py" line="13"/>
        <source>Eye test due</source>
        <translation>Termin badania wzroku</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="14"/>
        <source>Contact-lens aftercare due</source>
        <translation>Termin kontroli soczewek kontaktowych</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="17"/>
        <source>Patch test running out</source>
        <translation>Kończy się ważność testu uczuleniowego</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="18"/>
        <source>Lapsed clients</source>
        <translation>Nieaktywni klienci</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="19"/>
        <source>Birthdays</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="26"/>
        <source>Called</source>
        <translation>Zadzwoniono</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="27"/>
        <source>Booked</source>
        <translation>Umówiono</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="28"/>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="35"/>
        <source>No consent to contact for this</source>
        <translation>Brak zgody na kontakt w tej sprawie</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="38"/>
        <source>No phone number on file</source>
        <translation>Brak numeru telefonu</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="39"/>
        <source>Contact details not shown to your role</source>
        <translation>Dane kontaktowe niedostępne dla Twojej roli</translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="203"/>
        <source>Every list</source>
        <translation>Wszystkie listy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recalls_page.py" line="271"/>
        <source>%n line(s) to work through</source>
        <translation>
            <numerusform>%n pozycja do obsłużenia</numerusform>
            <numerusform>%n pozycje do obsłużenia</numerusform>
            <numerusform>%n pozycji do obsłużenia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="278"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="363"/>
        <source>Marking lines is for staff who contact clients (owner, reception).</source>
        <translation>Pozycje oznaczają pracownicy, którzy kontaktują się z klientami (właściciel, recepcja).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="366"/>
        <source>Choose a line in the list to mark it or open the card.</source>
        <translation>Wybierz pozycję na liście, aby ją oznaczyć lub otworzyć kartę.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="388"/>
        <source>Clients to call or write to because something is due. A phone number shows only where the client agreed to that kind of contact. Marked booked, or not now until a day, a line leaves the list.</source>
        <translation>Klienci, do których trzeba zadzwonić lub napisać, bo nadszedł termin. Numer telefonu jest widoczny tylko wtedy, gdy klient zgodził się na taki rodzaj kontaktu. Pozycja oznaczona jako „Umówiono” albo „Nie teraz” (do wybranego dnia) znika z listy.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="393"/>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="394"/>
        <source>D&amp;ue by:</source>
        <translation>&amp;Termin do:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="395"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="398"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="399"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="400"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="401"/>
        <source>What</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="402"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="403"/>
        <source>Marked</source>
        <translation>Oznaczenie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="406"/>
        <source>Show more</source>
        <translation>Pokaż więcej</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="407"/>
        <source>&amp;Called</source>
        <translation>&amp;Zadzwoniono</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="408"/>
        <source>&amp;Booked</source>
        <translation>&amp;Umówiono</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="409"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="410"/>
        <source>until t&amp;he day:</source>
        <translation>do &amp;dnia:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="411"/>
        <source>&amp;Open card</source>
        <translation>&amp;Otwórz kartę</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="138"/>
        <source>Saved. The privacy notice, the record of processing and the data reports name these recipients from now on.</source>
        <translation>Zapisano. Od teraz informacja o prywatności, rejestr czynności przetwarzania i raporty danych wymieniają tych odbiorców.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="125"/>
        <source>Choose a row in the list first, then remove it.</source>
        <translation>Najpierw wybierz wiersz na liście, a potem go usuń.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="168"/>
        <source>Recipients and transfers abroad</source>
        <translation>Odbiorcy danych i przekazywanie za granicę</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="171"/>
        <source>SalonVault itself sends client data nowhere. List here whom the salon passes client data to: an SMS provider, messaging apps (Zalo, WeChat, WhatsApp …), an accountant, an IT helper. The privacy notice, the record of processing and the data report name them.</source>
        <translation>SalonVault sam nigdzie nie wysyła danych klientów. Wymień tutaj, komu salon przekazuje dane klientów: dostawcy usług SMS, komunikatorom (Zalo, WeChat, WhatsApp …), biuru rachunkowemu, serwisowi komputerowemu. Informacja o prywatności, rejestr czynności przetwarzania i raport danych wymieniają tych odbiorców.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="179"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="180"/>
        <source>What it receives the data for</source>
        <translation>Cel przekazania danych</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="181"/>
        <source>Country (code)</source>
        <translation>Kraj (kod)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="182"/>
        <source>Safeguard, if abroad</source>
        <translation>Zabezpieczenie (przy przekazaniu za granicę)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="187"/>
        <source>A recipient in another country than the salon&apos;s is a transfer abroad; say what protects it (contract clauses, the client&apos;s consent …).</source>
        <translation>Odbiorca w innym kraju niż kraj salonu oznacza przekazywanie danych za granicę; podaj, co je zabezpiecza (klauzule umowne, zgoda klienta …).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="191"/>
        <source>&amp;Add a recipient</source>
        <translation>&amp;Dodaj odbiorcę</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="192"/>
        <source>&amp;Remove the row</source>
        <translation>&amp;Usuń wiersz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="193"/>
        <source>&amp;Save the list</source>
        <translation>&amp;Zapisz listę</translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="135"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="138"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Koryguj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="177"/>
        <source>Record: %1, %2</source>
        <translation>Zapis: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/record_detail.py" line="183"/>
        <source>%n earlier version(s) kept from changes.</source>
        <translation>
            <numerusform>Zachowano %n wcześniejszą wersję sprzed zmian.</numerusform>
            <numerusform>Zachowano %n wcześniejsze wersje sprzed zmian.</numerusform>
            <numerusform>Zachowano %n wcześniejszych wersji sprzed zmian.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="79"/>
        <source>Add record: %1</source>
        <translation>Dodaj zapis: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="80"/>
        <source>Change record: %1</source>
        <translation>Zmień zapis: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="81"/>
        <source>Correct record: %1</source>
        <translation>Skoryguj zapis: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="104"/>
        <source>Write the cylinder as the examiner wrote it, minus or plus; the card and the paper show it in the salon&apos;s notation (%1).</source>
        <translation>Wpisz cylinder tak, jak zapisała go osoba badająca, z minusem lub plusem; karta klienta i wydruk recepty pokazują go w notacji salonu (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="179"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="227"/>
        <source>Your unsaved record was kept while the screen was locked.</source>
        <translation>Wpisany, jeszcze niezapisany zapis usługi został zachowany na czas blokady ekranu.</translation>
    </message>
</context>
<context>
    <name>RecordInputs</name>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="190"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="191"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="240"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="245"/>
        <location filename="../../../ui/widgets/record_inputs.py" line="246"/>
        <source>Pick a date</source>
        <translation>Wybierz datę</translation>
    </message>
</context>
<context>
    <name>RecordTemplatesBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="159"/>
        <source>Record templates</source>
        <translation>Szablony zapisów</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="169"/>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="170"/>
        <source>Kept for</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="171"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="172"/>
        <source>Made by</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="173"/>
        <source>On</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="174"/>
        <source>Offered with</source>
        <translation>Dostępny przy</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="186"/>
        <source>Switch &amp;on or off</source>
        <translation>&amp;Włącz lub wyłącz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="189"/>
        <source>Co&amp;py…</source>
        <translation>&amp;Kopiuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="192"/>
        <source>&amp;Fields…</source>
        <translation>&amp;Pola…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="194"/>
        <source>&amp;Services…</source>
        <translation>&amp;Usługi…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="241"/>
        <source>the client&apos;s card</source>
        <translation>karcie klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="244"/>
        <source>every treatment</source>
        <translation>każdej wizycie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>the client</source>
        <translation>klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>a treatment</source>
        <translation>wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>built in</source>
        <translation>wbudowany</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>the salon</source>
        <translation>salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>on</source>
        <translation>włączony</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>off</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="283"/>
        <source>A built-in template changes only with the program: copy it to add fields.</source>
        <translation>Wbudowany szablon zmienia się tylko razem z programem: skopiuj go, aby dodać pola.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="286"/>
        <source>A record kept for the client is offered on the card.</source>
        <translation>Zapis prowadzony dla klienta dodaje się na karcie klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="302"/>
        <source>%1 is off and no longer listed: an optician&apos;s templates are listed when the salon&apos;s kinds include Optician (Salon tab).</source>
        <translation>%1 jest wyłączony i zniknął z listy: szablony optyka są na liście, gdy wśród rodzajów działalności salonu jest Optyk (karta Salon).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="315"/>
        <source>%1 (ours)</source>
        <translation>%1 (nasz)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="318"/>
        <source>Copy a template</source>
        <translation>Kopiuj szablon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="319"/>
        <source>Name of the copy</source>
        <translation>Nazwa kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="332"/>
        <source>Copied as %1: add fields to it with Fields…</source>
        <translation>Skopiowano jako %1: dodaj do niego pola przyciskiem Pola…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="348"/>
        <source>%1: version %2 saved.</source>
        <translation>%1: zapisano wersję %2.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="88"/>
        <source>%1 · recorded by %2 · template version %3</source>
        <translation>%1 · zapisał(a) %2 · wersja szablonu %3</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="95"/>
        <source>This record corrects an earlier one.</source>
        <translation>Ten zapis koryguje wcześniejszy.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="98"/>
        <source>Corrected later: the newest correction stands.</source>
        <translation>Skorygowano później: obowiązuje najnowsza korekta.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="103"/>
        <source>Some values are health data: they are shown to the owner and the technicians only.</source>
        <translation>Niektóre wartości to dane o zdrowiu: widzą je tylko właściciel i technicy.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="112"/>
        <source>Set off: what changed since the previous record of this kind.</source>
        <translation>Wyróżniono: to, co zmieniło się od poprzedniego zapisu tego rodzaju.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="195"/>
        <source>Shown in %1 notation.</source>
        <translation>Pokazano w notacji: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="233"/>
        <source>changed since the previous record</source>
        <translation>zmieniono od poprzedniego zapisu</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="239"/>
        <source>health data, not shown</source>
        <translation>dane o zdrowiu, niewyświetlane</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../../../ui/record_words.py" line="59"/>
        <source>Plus cylinder</source>
        <translation>Cylinder dodatni</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="60"/>
        <source>Minus cylinder</source>
        <translation>Cylinder ujemny</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="65"/>
        <source>Decimal (1.0)</source>
        <translation>Dziesiętna (1.0)</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="66"/>
        <source>Metres (6/6)</source>
        <translation>Metry (6/6)</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="67"/>
        <source>Feet (20/20)</source>
        <translation>Stopy (20/20)</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="78"/>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="79"/>
        <source>Choice</source>
        <translation>Wybór</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="80"/>
        <source>Several choices</source>
        <translation>Wielokrotny wybór</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="81"/>
        <source>Yes or no</source>
        <translation>Tak lub nie</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="82"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="83"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="84"/>
        <source>Visual acuity</source>
        <translation>Ostrość wzroku</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="85"/>
        <source>Right and left eye</source>
        <translation>Oko prawe i lewe</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="86"/>
        <source>Zones</source>
        <translation>Strefy</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="153"/>
        <source>Required.</source>
        <translation>Wymagane.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="154"/>
        <source>Write a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="158"/>
        <source>At least %1 %2.</source>
        <translation>Co najmniej %1 %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="159"/>
        <source>At least %1.</source>
        <translation>Co najmniej %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="163"/>
        <source>At most %1 %2.</source>
        <translation>Najwyżej %1 %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="164"/>
        <source>At most %1.</source>
        <translation>Najwyżej %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="168"/>
        <source>In steps of %1 %2.</source>
        <translation>Wartość zmienia się co %1 %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="169"/>
        <source>In steps of %1.</source>
        <translation>Wartość zmienia się co %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="173"/>
        <source>Choose one of: %1.</source>
        <translation>Wybierz jedną z opcji: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="176"/>
        <source>Choose yes or no.</source>
        <translation>Wybierz tak lub nie.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="179"/>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation>Wpisz datę w formacie RRRR-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="182"/>
        <source>This date cannot be in the future.</source>
        <translation>Ta data nie może być w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="186"/>
        <source>At most %1 characters.</source>
        <translation>Najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="189"/>
        <source>Write a decimal acuity (0.01 to 2.5), or 6/x or 20/x.</source>
        <translation>Wpisz ostrość wzroku dziesiętnie (od 0.01 do 2.5, z kropką) albo jako 6/x lub 20/x.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="193"/>
        <source>Needed because %1 is given.</source>
        <translation>Wymagane, ponieważ wypełniono pole „%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="196"/>
        <source>Give this only with %1.</source>
        <translation>Wypełnij tylko razem z polem „%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="199"/>
        <source>Needed when %1 is %2.</source>
        <translation>Wymagane, gdy pole „%1” ma wartość: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="202"/>
        <source>Only when %1 is %2; leave it empty.</source>
        <translation>Tylko gdy pole „%1” ma wartość: %2; pozostaw to pole puste.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="207"/>
        <source>On or after %1.</source>
        <translation>Nie wcześniej niż data w polu „%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="209"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation>Podaj PD każdego oka albo PD obuoczne.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="213"/>
        <source>The two eyes&apos; PDs add up to %1 mm: the binocular PD is their sum.</source>
        <translation>PD obu oczu dają razem %1 mm: PD obuoczne jest ich sumą.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="227"/>
        <source>Receptionists see service records; adding and changing them is for the owner and the technicians.</source>
        <translation>Recepcja widzi zapisy usług; dodają je i zmieniają właściciel i technicy.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="233"/>
        <source>Someone else recorded this: only they (for 24 hours) or the owner may change it. Add a correction instead.</source>
        <translation>Ten zapis dodała inna osoba: zmienić go może tylko ona (przez 24 godziny) albo właściciel. Zamiast tego dodaj korektę.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="239"/>
        <source>Locked: records can be changed for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation>Zablokowano: zapis można zmieniać przez 24 godziny od dodania, a ten czas minął %1. Zamiast tego dodaj korektę; oryginał zostaje w historii.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="252"/>
        <source>You may change it until %1.</source>
        <translation>Możesz go zmieniać do %1.</translation>
    </message>
</context>
<context>
    <name>RecordsErrors</name>
    <message>
        <location filename="../../../ui/error_text/records.py" line="18"/>
        <source>A template needs a name (at most 80 characters).</source>
        <translation>Szablon musi mieć nazwę (najwyżej 80 znaków).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="22"/>
        <source>A template has 1 to %1 fields.</source>
        <translation>Szablon ma od 1 do %1 pól.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="28"/>
        <source>A group has 1 to %1 parts.</source>
        <translation>Grupa ma od 1 do %1 części.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="34"/>
        <source>A zone grid has 1 to %1 zones.</source>
        <translation>Siatka stref ma od 1 do %1 stref.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="39"/>
        <source>Zone keys are short, lower-case and unique.</source>
        <translation>Klucze stref są krótkie, pisane małymi literami i niepowtarzalne.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="43"/>
        <source>A choice field has 1 to %1 different choices.</source>
        <translation>Pole wyboru ma od 1 do %1 różnych opcji.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="49"/>
        <source>A text is at most %1 characters.</source>
        <translation>Tekst może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="55"/>
        <source>The template is not well formed (%1).</source>
        <translation>Szablon ma nieprawidłową budowę (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="60"/>
        <source>A copy keeps the built-in template&apos;s rules.</source>
        <translation>Kopia zachowuje reguły wbudowanego szablonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="63"/>
        <source>Every field needs a label (at most 80 characters).</source>
        <translation>Każde pole musi mieć nazwę (najwyżej 80 znaków).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="66"/>
        <source>A group&apos;s parts are single values.</source>
        <translation>Części grupy są pojedynczymi wartościami.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="69"/>
        <source>A number&apos;s step is above zero.</source>
        <translation>Krok liczby musi być większy od zera.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="72"/>
        <source>A number&apos;s minimum is at most its maximum.</source>
        <translation>Minimum liczby nie może być większe od jej maksimum.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="76"/>
        <source>A rule names %1, which is not a field.</source>
        <translation>Reguła wskazuje %1, które nie jest polem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="82"/>
        <source>%1 is health data in the built-in template and stays marked so.</source>
        <translation>Pole %1 to dane o zdrowiu we wbudowanym szablonie i to oznaczenie pozostaje.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="87"/>
        <source>Only a group has parts or zones.</source>
        <translation>Tylko grupa ma części lub strefy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="91"/>
        <source>%1 is yes or no.</source>
        <translation>Pole „%1” przyjmuje tylko wartość tak lub nie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="97"/>
        <source>%1: give its values row by row.</source>
        <translation>%1: podaj wartości wiersz po wierszu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="103"/>
        <source>%1 is required.</source>
        <translation>Pole „%1” jest wymagane.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="109"/>
        <source>%1 is a group, not a single value.</source>
        <translation>Pole „%1” jest grupą, a nie pojedynczą wartością.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="115"/>
        <source>%1: write a decimal acuity (0.01 to 2.5) or 6/x or 20/x.</source>
        <translation>%1: wpisz ostrość wzroku dziesiętnie (od 0,01 do 2,5) albo jako 6/x lub 20/x.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="121"/>
        <source>%1 is a number.</source>
        <translation>Pole „%1” musi być liczbą.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="127"/>
        <source>%1 cannot be in the future.</source>
        <translation>Pole „%1” nie może być datą z przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="132"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation>Podaj PD każdego oka albo PD obuoczne.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="136"/>
        <source>%1 is a date (YYYY-MM-DD).</source>
        <translation>Pole „%1” musi być datą (RRRR-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="141"/>
        <source>The record&apos;s date is in the future.</source>
        <translation>Data zapisu jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="144"/>
        <source>There is no such record.</source>
        <translation>Nie ma takiego zapisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="147"/>
        <source>There is no such record template.</source>
        <translation>Nie ma takiego szablonu zapisu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="150"/>
        <source>This record template is switched off.</source>
        <translation>Ten szablon zapisu jest wyłączony.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="153"/>
        <source>This client has no spectacle prescription on file.</source>
        <translation>Ten klient nie ma zapisanej recepty okularowej.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="156"/>
        <source>That record is not one of this client&apos;s prescriptions.</source>
        <translation>Ten zapis nie jest jedną z recept tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="159"/>
        <source>Choose one of this client&apos;s visits.</source>
        <translation>Wybierz jedną z wizyt tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="162"/>
        <source>This record belongs to a visit: choose the visit.</source>
        <translation>Ten zapis należy do wizyty: wybierz wizytę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="165"/>
        <source>A built-in template changes only with the program; copy it to change it.</source>
        <translation>Wbudowany szablon zmienia się tylko razem z programem; aby go zmienić, skopiuj go.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="168"/>
        <source>Only a template for visits is offered per service.</source>
        <translation>Tylko szablon dla wizyt można przypisać do usług.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="171"/>
        <source>Choose minus or plus cylinders, and decimal, 6/x or 20/x acuity.</source>
        <translation>Wybierz cylindry ujemne lub dodatnie oraz ostrość wzroku dziesiętną, 6/x lub 20/x.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="175"/>
        <source>The template has no field %1.</source>
        <translation>Szablon nie ma pola %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="181"/>
        <source>%1: there is no row %2.</source>
        <translation>%1: nie ma wiersza %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="188"/>
        <source>%1: %2 needs its values by name.</source>
        <translation>%1: wiersz %2 wymaga wartości podanych według nazw.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="195"/>
        <source>%1 has no part %2.</source>
        <translation>Pole „%1” nie ma części %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="202"/>
        <source>%1 is at most %2 characters.</source>
        <translation>Pole „%1” może mieć najwyżej %2 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="209"/>
        <source>%1 is at least %2 %3.</source>
        <translation>Pole „%1”: co najmniej %2 %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="217"/>
        <source>%1 is at least %2.</source>
        <translation>Pole „%1”: co najmniej %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="224"/>
        <source>%1 is at most %2 %3.</source>
        <translation>Pole „%1”: najwyżej %2 %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="232"/>
        <source>%1 is at most %2.</source>
        <translation>Pole „%1”: najwyżej %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="239"/>
        <source>%1 goes in steps of %2 %3.</source>
        <translation>Pole „%1” zmienia się co %2 %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="247"/>
        <source>%1 goes in steps of %2.</source>
        <translation>Pole „%1” zmienia się co %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="254"/>
        <source>%1: %2 is not one of the choices.</source>
        <translation>%1: %2 nie jest jedną z dostępnych opcji.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="261"/>
        <source>%1 is needed with %2.</source>
        <translation>Pole „%1” jest wymagane razem z polem „%2”.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="268"/>
        <source>%1 is given only with %2.</source>
        <translation>Pole „%1” wypełnia się tylko razem z polem „%2”.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="275"/>
        <source>%1 is needed for %2.</source>
        <translation>Pole „%1” jest wymagane przy wyborze: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="282"/>
        <source>%1 is only for %2.</source>
        <translation>Pole „%1” wypełnia się tylko przy wyborze: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="289"/>
        <source>%1 is on or after %2.</source>
        <translation>Pole „%1” nie może być wcześniejsze niż „%2”.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="296"/>
        <source>The binocular PD (%1) is not the two eyes&apos; PDs added (%2).</source>
        <translation>PD obuoczne (%1) nie jest sumą PD obu oczu (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="303"/>
        <source>Field keys are short, lower-case and unique (%1).</source>
        <translation>Klucze pól są krótkie, pisane małymi literami i niepowtarzalne (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="309"/>
        <source>This record can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation>Tego zapisu nie można już edytować (tylko własne wpisy, w ciągu 24 godzin); zamiast tego dodaj korektę.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="67"/>
        <source>Service records, newest first</source>
        <translation>Zapisy usług, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="70"/>
        <source>Service records: press Enter to open one</source>
        <translation>Zapisy usług: naciśnij Enter, aby otworzyć</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="109"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="112"/>
        <source>Add &amp;record</source>
        <translation>Dodaj &amp;zapis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="171"/>
        <source>Changed values are set off in the record beside.</source>
        <translation>Zmienione wartości są wyróżnione w zapisie obok.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="188"/>
        <source>No service records yet. A treatment&apos;s records (skin, lashes, laser, lenses) are added from the treatment; a spectacle prescription here.</source>
        <translation>Brak zapisów usług. Zapisy dotyczące wizyty (skóra, rzęsy, laser, soczewki) dodaje się z poziomu wizyty, a receptę okularową — tutaj.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="192"/>
        <source>No service records yet. A treatment&apos;s records are added from the treatment.</source>
        <translation>Brak zapisów usług. Zapisy wizyty dodaje się z poziomu tej wizyty.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="197"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="203"/>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="203"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n zmiana</numerusform>
            <numerusform>%n zmiany</numerusform>
            <numerusform>%n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="206"/>
        <source>%1  (a correction)</source>
        <translation>%1  (korekta)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="219"/>
        <source>No record for the client is switched on; a treatment&apos;s records are added from the treatment.</source>
        <translation>Żaden zapis dla klienta nie jest włączony; zapisy dotyczące wizyty dodaje się z poziomu wizyty.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="251"/>
        <source>Highlight a spectacle prescription to print it.</source>
        <translation>Zaznacz receptę okularową, aby ją wydrukować.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyInput</name>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="41"/>
        <source>The Recovery Kit (PDF) or the key&apos;s text file</source>
        <translation>Zestaw odzyskiwania (PDF) lub plik tekstowy z kluczem</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="42"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation>Zestaw odzyskiwania lub plik klucza (*.pdf *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="70"/>
        <source>AGE-SECRET-KEY-1… as on the kit: groups of four, spaces and case do not matter</source>
        <translation>AGE-SECRET-KEY-1… tak jak w zestawie: grupy po cztery znaki, spacje i wielkość liter nie mają znaczenia</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="73"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="74"/>
        <source>Open the kit or key file…</source>
        <translation>Otwórz zestaw lub plik klucza…</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="39"/>
        <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation>Zestaw odzyskiwania otwiera dostęp do danych wszystkich klientów. Zapisz go tylko na pendrivie, który schowasz w sejfie, a nie na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="45"/>
        <source>Save the Recovery Kit</source>
        <translation>Zapisz Zestaw odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="57"/>
        <source>The key file opens every client record, like the kit. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation>Plik klucza otwiera dane wszystkich klientów, tak jak zestaw. Zapisz go tylko na pendrivie, który schowasz w sejfie, a nie na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="63"/>
        <source>Save the recovery key as a text file</source>
        <translation>Zapisz klucz odzyskiwania jako plik tekstowy</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="70"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="50"/>
        <source>Recovery Kit</source>
        <translation>Zestaw odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="53"/>
        <source>Print the Recovery Kit or save it to a USB stick, and keep it in the safe. Anyone who has it can open every record.</source>
        <translation>Wydrukuj Zestaw odzyskiwania albo zapisz go na pendrivie i schowaj w sejfie. Każdy, kto go ma, może otworzyć wszystkie dane klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="62"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="63"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="64"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="65"/>
        <source>Also save the key as a text file…</source>
        <translation>Zapisz też klucz jako plik tekstowy…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="77"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>Zestaw odzyskiwania jest wydrukowany lub zapisany</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="115"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="117"/>
        <source>Could not print: %1</source>
        <translation>Nie udało się wydrukować: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="124"/>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="133"/>
        <source>Could not save: %1</source>
        <translation>Nie udało się zapisać: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="127"/>
        <source>Saved to %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="136"/>
        <source>The key is saved as a text file in %1.</source>
        <translation>Klucz zapisano jako plik tekstowy w %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="147"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation>Wydrukuj zestaw albo zapisz go jako PDF lub zapisz klucz jako plik tekstowy.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="149"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation>Zaznacz pole, gdy zestaw będzie wydrukowany lub zapisany.</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPage</name>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="147"/>
        <location filename="../../../ui/wizard/kit_page.py" line="167"/>
        <source>Saved to %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="152"/>
        <location filename="../../../ui/wizard/kit_page.py" line="184"/>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="137"/>
        <source>Could not make the kit: %1</source>
        <translation>Nie udało się utworzyć zestawu: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="164"/>
        <location filename="../../../ui/wizard/kit_page.py" line="175"/>
        <source>Could not save: %1</source>
        <translation>Nie udało się zapisać: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="178"/>
        <source>The key is saved as a text file in %1.</source>
        <translation>Klucz zapisano jako plik tekstowy w %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="186"/>
        <source>Could not print: %1</source>
        <translation>Nie udało się wydrukować: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="193"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation>Wydrukuj zestaw albo zapisz go jako PDF lub zapisz klucz jako plik tekstowy.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="195"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation>Zaznacz pole, gdy zestaw będzie wydrukowany lub zapisany.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="197"/>
        <source>Type the last 4 characters of the key shown above.</source>
        <translation>Wpisz 4 ostatnie znaki klucza widocznego powyżej.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="200"/>
        <source>These are not the last 4 characters of the key: compare them with the kit.</source>
        <translation>To nie są 4 ostatnie znaki klucza: porównaj je z zestawem.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="212"/>
        <source>Your Recovery Kit</source>
        <translation>Twój Zestaw odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="215"/>
        <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
        <translation>Ten klucz otwiera sejf danych i jego kopie zapasowe, jeśli ten komputer zaginie lub się zepsuje. Wydrukuj zestaw albo zapisz go na pendrivie i schowaj w sejfie. Bez niego utrata komputera oznacza utratę danych klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="222"/>
        <source>There is no Cancel on this page: the vault exists now, and this key is the only way back to its records if this computer is lost. Keep the kit first.</source>
        <translation>Na tej stronie nie ma przycisku Anuluj: sejf już istnieje, a ten klucz jest jedyną drogą do jego danych, jeśli ten komputer zaginie. Najpierw zabezpiecz zestaw.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="226"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="227"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="228"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="229"/>
        <source>Also save the key as a text file…</source>
        <translation>Zapisz też klucz jako plik tekstowy…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="230"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>Zestaw odzyskiwania jest wydrukowany lub zapisany</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="231"/>
        <source>Type the last 4 characters of the key:</source>
        <translation>Wpisz 4 ostatnie znaki klucza:</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="232"/>
        <source>Last 4 characters of the key</source>
        <translation>4 ostatnie znaki klucza</translation>
    </message>
</context>
<context>
    <name>RecoverySlotBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="85"/>
        <source>Recovery slot</source>
        <translation>Slot odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="89"/>
        <source>The recovery slot is missing: the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation>Brak slotu odzyskiwania: Zestaw odzyskiwania nie otworzy sejfu. Utwórz go ponownie kluczem z zestawu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="94"/>
        <source>The recovery slot does not open with this salon&apos;s recovery key (it was damaged or changed): the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation>Slot odzyskiwania nie otwiera się kluczem odzyskiwania tego salonu (został uszkodzony lub zmieniony): Zestaw odzyskiwania nie otworzy sejfu. Utwórz go ponownie kluczem z zestawu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="99"/>
        <source>In place: the Recovery Kit opens the vault. Nothing to make again.</source>
        <translation>Na miejscu: Zestaw odzyskiwania otwiera sejf. Nie trzeba niczego tworzyć ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="103"/>
        <source>Make the recovery slot again…</source>
        <translation>Utwórz slot odzyskiwania ponownie…</translation>
    </message>
</context>
<context>
    <name>RecoverySlotDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="135"/>
        <source>Make the recovery slot again</source>
        <translation>Utwórz slot odzyskiwania ponownie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="138"/>
        <source>Type the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…), or choose its key file or the saved kit.</source>
        <translation>Wpisz klucz odzyskiwania z Zestawu odzyskiwania (AGE-SECRET-KEY-1…) albo wybierz jego plik klucza lub zapisany zestaw.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="142"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="143"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="144"/>
        <source>Choose the key file or kit…</source>
        <translation>Wybierz plik klucza lub zestaw…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="150"/>
        <source>The recovery key file or the saved Recovery Kit</source>
        <translation>Plik klucza odzyskiwania lub zapisany Zestaw odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="151"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation>Zestaw odzyskiwania lub plik klucza (*.pdf *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="158"/>
        <source>Chosen: %1</source>
        <translation>Wybrano: %1</translation>
    </message>
</context>
<context>
    <name>RekeyBox</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="142"/>
        <source>Re-key the vault now? Every record is encrypted again under a new key; on a large vault this takes a few minutes, and nothing can be saved meanwhile. Old copies of the key files stop opening the vault.</source>
        <translation>Zmienić teraz klucz sejfu? Każdy rekord zostanie ponownie zaszyfrowany nowym kluczem; przy dużym sejfie trwa to kilka minut i w tym czasie nie można niczego zapisać. Stare kopie plików kluczy przestaną otwierać sejf.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="146"/>
        <location filename="../../../ui/pages/rekey_box.py" line="216"/>
        <source>Re-key the vault</source>
        <translation>Zmień klucz sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="170"/>
        <source>Done in %1 s: every record is encrypted under a new key, and old copies of the key files no longer open the vault.</source>
        <translation>Gotowe w %1 s: każdy rekord jest zaszyfrowany nowym kluczem, a stare kopie plików kluczy nie otwierają już sejfu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="184"/>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation>To nie jest hasło (fraza) właściciela.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="188"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation>Wpisz hasło (frazę) właściciela: sejf z nowym kluczem też będzie się nim otwierał.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="195"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Wystąpił nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="219"/>
        <source>When an old copy of the vault&apos;s key files, an old passphrase or a PC&apos;s old key may be in someone&apos;s hands: the records are encrypted under a new key and those copies open nothing. The Recovery Kit stays the same.</source>
        <translation>Gdy stara kopia plików kluczy sejfu, stare hasło lub stary klucz komputera mogą być w cudzych rękach: dane zostają zaszyfrowane nowym kluczem i te kopie niczego już nie otwierają. Zestaw odzyskiwania pozostaje ten sam.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="224"/>
        <source>Owner&apos;s &amp;passphrase</source>
        <translation>&amp;Hasło (fraza) właściciela</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="225"/>
        <source>Owner&apos;s passphrase</source>
        <translation>Hasło (fraza) właściciela</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="228"/>
        <source>Re-key the vault…</source>
        <translation>Zmień klucz sejfu…</translation>
    </message>
</context>
<context>
    <name>RekeyProgressDialog</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="61"/>
        <source>Re-keying the vault</source>
        <translation>Zmiana klucza sejfu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="75"/>
        <source>Preparing the new keys…</source>
        <translation>Przygotowywanie nowych kluczy…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="76"/>
        <source>Encrypting every record under the new key…</source>
        <translation>Szyfrowanie każdego rekordu nowym kluczem…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="77"/>
        <source>Writing the new key slots…</source>
        <translation>Zapisywanie nowych slotów kluczy…</translation>
    </message>
</context>
<context>
    <name>RenameStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="155"/>
        <source>Rename %1</source>
        <translation>Zmień nazwę: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="156"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="157"/>
        <source>New name</source>
        <translation>Nowa nazwa</translation>
    </message>
</context>
<context>
    <name>ReplaceRecoveryKeyBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="83"/>
        <source>Replace the recovery key? The old Recovery Kit stops opening the vault, and the new kit must be printed or saved right away. Backups made until now still open with the old key only.</source>
        <translation>Wymienić klucz odzyskiwania? Stary Zestaw odzyskiwania przestanie otwierać sejf, a nowy zestaw trzeba od razu wydrukować lub zapisać. Kopie zapasowe wykonane do tej pory nadal otwierają się tylko starym kluczem.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="87"/>
        <location filename="../../../ui/pages/recovery_key_box.py" line="127"/>
        <source>Replace the recovery key</source>
        <translation>Wymień klucz odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="95"/>
        <source>Replacing the recovery key…</source>
        <translation>Wymiana klucza odzyskiwania…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="105"/>
        <source>Done. Print or save the new Recovery Kit now and keep it in the safe.</source>
        <translation>Gotowe. Wydrukuj lub zapisz teraz nowy Zestaw odzyskiwania i schowaj go w sejfie.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="130"/>
        <source>When the Recovery Kit is lost, or someone who knew the key has left: a new recovery key opens the vault and the backups from now on, and the old kit stops opening the vault.</source>
        <translation>Gdy Zestaw odzyskiwania zaginął albo odeszła osoba, która znała klucz: od teraz sejf i kopie zapasowe otwiera nowy klucz odzyskiwania, a stary zestaw przestaje otwierać sejf.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="135"/>
        <source>Replace the recovery key…</source>
        <translation>Wymień klucz odzyskiwania…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recovery_key_box.py" line="145"/>
        <source>Replaced on %1; %n backups made before still open only with that key (its public key ends in %2):</source>
        <translation>
            <numerusform>Klucz wymieniony %1; %n kopia wykonana wcześniej nadal otwiera się tylko tym kluczem (jego klucz publiczny kończy się na %2):</numerusform>
            <numerusform>Klucz wymieniony %1; %n kopie wykonane wcześniej nadal otwierają się tylko tym kluczem (jego klucz publiczny kończy się na %2):</numerusform>
            <numerusform>Klucz wymieniony %1; %n kopii wykonanych wcześniej nadal otwiera się tylko tym kluczem (jego klucz publiczny kończy się na %2):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="152"/>
        <source>Replaced on %1; no backup was made with that key (its public key ends in %2).</source>
        <translation>Klucz wymieniony %1; tym kluczem nie wykonano żadnej kopii (jego klucz publiczny kończy się na %2).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="160"/>
        <source>%1 in %2, made %3 (that drive is not plugged in now)</source>
        <translation>%1 w %2, utworzona %3 (ten dysk nie jest teraz podłączony)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="162"/>
        <source>%1 in %2, made %3</source>
        <translation>%1 w %2, utworzona %3</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="164"/>
        <source>%1 in %2, made %3 (no longer there)</source>
        <translation>%1 w %2, utworzona %3 (już jej tam nie ma)</translation>
    </message>
</context>
<context>
    <name>ResetCodeDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="231"/>
        <source>One-time code for %1</source>
        <translation>Kod jednorazowy dla: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="235"/>
        <source>The PIN of %1 is reset; their old PIN no longer works. They sign in with this code and then choose their new PIN. It works once, until %2.</source>
        <translation>PIN osoby %1 został zresetowany; stary PIN już nie działa. Zaloguje się tym kodem i wybierze nowy PIN. Kod działa raz, do %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="244"/>
        <source>Hand this code over in person, not by message or e-mail. It is shown only now; if it is lost, reset the PIN again.</source>
        <translation>Przekaż ten kod osobiście, nie w wiadomości ani e-mailem. Jest pokazany tylko teraz; jeśli zginie, zresetuj PIN ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="248"/>
        <source>One-time code</source>
        <translation>Kod jednorazowy</translation>
    </message>
</context>
<context>
    <name>ResignRuleDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="68"/>
        <source>When %1 is signed again</source>
        <translation>Ponowny podpis formularza: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="74"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="76"/>
        <source>Also as soon as the client&apos;s health details change</source>
        <translation>Także od razu, gdy zmienią się dane o zdrowiu klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="82"/>
        <source>Forms already signed follow the new rule at once; changing it makes no new version, so no one signs again because of it.</source>
        <translation>Podpisane już formularze od razu podlegają nowej zasadzie; jej zmiana nie tworzy nowej wersji formularza, więc z tego powodu nikt nie podpisuje go ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="89"/>
        <source>Signed again &amp;after</source>
        <translation>Ponowny podpis &amp;po</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>The backup file</source>
        <translation>Plik kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>Kopie SalonVault (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="101"/>
        <source>Choose the backup file (it ends in .svbak).</source>
        <translation>Wybierz plik kopii (kończy się na .svbak).</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="109"/>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="120"/>
        <source>Restoring from a backup</source>
        <translation>Przywracanie z kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="137"/>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="140"/>
        <source>The vault on this computer does not open. Put the newest backup file (.svbak) in its place with the recovery key printed on the Recovery Kit; the files that do not open are kept aside in the data folder. Staff sign in with their usual PINs; what was recorded after the backup is not in it.</source>
        <translation>Sejf na tym komputerze się nie otwiera. Zastąp go najnowszym plikiem kopii (.svbak) za pomocą klucza odzyskiwania wydrukowanego w zestawie odzyskiwania; pliki, których nie da się otworzyć, zostaną odłożone w folderze danych. Pracownicy logują się swoimi PIN-ami; tego, co zapisano po wykonaniu kopii, w niej nie ma.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="147"/>
        <source>Bring the salon back on this computer from a backup file (.svbak) and the recovery key printed on the Recovery Kit. Staff sign in with their usual PINs.</source>
        <translation>Przywróć dane salonu na tym komputerze z pliku kopii (.svbak) i klucza odzyskiwania wydrukowanego w Zestawie odzyskiwania. Pracownicy logują się swoimi PIN-ami.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="151"/>
        <source>Backup file:</source>
        <translation>Plik kopii:</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="152"/>
        <source>Recovery key:</source>
        <translation>Klucz odzyskiwania:</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="153"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="154"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="384"/>
        <source>Imported clients have no consent on record: their cards say so until the consent is recorded at their next visit. SalonVault never assumes consent.</source>
        <translation>Zaimportowani klienci nie mają zapisanej zgody: ich karty pokazują to, dopóki zgoda nie zostanie zapisana przy następnej wizycie. SalonVault nigdy nie zakłada zgody.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="150"/>
        <source>Last review: %1</source>
        <translation>Ostatni przegląd: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="152"/>
        <source>Never reviewed yet.</source>
        <translation>Jeszcze nie było przeglądu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="167"/>
        <source>Nothing is due</source>
        <translation>Nic do usunięcia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="169"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="260"/>
        <source>Remove all listed…</source>
        <translation>Usuń wszystko z listy…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="186"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="196"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="200"/>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="175"/>
        <source>Remove everything listed?

Clients erased (visits kept as anonymous counts): %1
Clients whose health data is removed: %2
Clients whose old photos are removed: %3

This cannot be undone; backups keep the data until they rotate out.</source>
        <translation>Usunąć wszystko z listy?

Klienci do usunięcia (wizyty zostają jako anonimowe liczby): %1
Klienci, których dane o zdrowiu zostaną usunięte: %2
Klienci, których stare zdjęcia zostaną usunięte: %3

Tego nie można cofnąć; kopie zapasowe zachowują dane, dopóki nie zostaną zastąpione.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="203"/>
        <source>Done. Clients erased: %1; health entries removed: %2; photos removed: %3.</source>
        <translation>Gotowe. Usunięci klienci: %1; usunięte wpisy o zdrowiu: %2; usunięte zdjęcia: %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="214"/>
        <source>Erase the client</source>
        <translation>Usuń klienta</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="216"/>
        <source>Remove health data</source>
        <translation>Usuń dane o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="217"/>
        <source>Remove old photos</source>
        <translation>Usuń stare zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="240"/>
        <source>How long data is kept</source>
        <translation>Jak długo dane są przechowywane</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="242"/>
        <source>Erase clients after this many years without a visit</source>
        <translation>Usuwaj klientów po tylu latach bez wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="244"/>
        <source>Remove health data and patch tests this many years after the last treatment</source>
        <translation>Usuwaj dane o zdrowiu i testy uczuleniowe po tylu latach od ostatniej wizyty</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="246"/>
        <source>Remove photos this many years after they were taken</source>
        <translation>Usuwaj zdjęcia po tylu latach od ich wykonania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="250"/>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="251"/>
        <source>Save the rules</source>
        <translation>Zapisz zasady</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="252"/>
        <source>Due now (review monthly)</source>
        <translation>Do usunięcia teraz (przegląd co miesiąc)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Last seen</source>
        <translation>Ostatnio</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="257"/>
        <source>Removed data stays in earlier backups until they rotate out.</source>
        <translation>Usunięte dane pozostają we wcześniejszych kopiach zapasowych, dopóki nie zostaną zastąpione.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="311"/>
        <source>Review a red flag</source>
        <translation>Weryfikacja sygnału ostrzegawczego</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="314"/>
        <source>e.g. GP letter seen; spoke to the client</source>
        <translation>np. okazano zaświadczenie lekarskie; rozmowa z klientem</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="315"/>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="319"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="318"/>
        <source>Red flag</source>
        <translation>Sygnał ostrzegawczy</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="182"/>
        <source>Change the role of %1</source>
        <translation>Zmień rolę: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="183"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="184"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>SalonDetailsBox</name>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="188"/>
        <source>Nothing to save: these are the salon&apos;s details already.</source>
        <translation>Nie ma czego zapisać: to już są dane salonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="202"/>
        <source>Saved. Forms and documents made from now on use them.</source>
        <translation>Zapisano. Formularze i dokumenty tworzone od teraz będą ich używać.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="223"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="240"/>
        <source>The salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="244"/>
        <source>Salon name</source>
        <translation>Nazwa salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="245"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="246"/>
        <source>Language of documents and consent forms</source>
        <translation>Język dokumentów i formularzy zgód</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="247"/>
        <source>Country of local phone numbers</source>
        <translation>Kraj lokalnych numerów telefonu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="248"/>
        <source>Currency of prices</source>
        <translation>Waluta cen</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="249"/>
        <source>What the salon does</source>
        <translation>Czym zajmuje się salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="259"/>
        <source>Save the salon&apos;s details</source>
        <translation>Zapisz dane salonu</translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="140"/>
        <source>Your salon</source>
        <translation>Twój salon</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="141"/>
        <source>Printed at the top of consent forms and the Recovery Kit.</source>
        <translation>Pojawi się w nagłówku formularzy zgód i Zestawu odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="142"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="144"/>
        <source>Salon name</source>
        <translation>Nazwa salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="143"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="145"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Add a service</source>
        <translation>Dodaj usługę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Change a service</source>
        <translation>Zmień usługę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="173"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="174"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="175"/>
        <source>Usual length</source>
        <translation>Zwykły czas trwania</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="176"/>
        <source>Usual price (%1)</source>
        <translation>Zwykła cena (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="177"/>
        <source>Patch test</source>
        <translation>Test uczuleniowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="178"/>
        <location filename="../../../ui/dialogs/service_dialog.py" line="195"/>
        <source>Contraindications</source>
        <translation>Przeciwwskazania</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="179"/>
        <source>Offered</source>
        <translation>Oferowana</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="185"/>
        <source>e.g. Colour</source>
        <translation>np. Koloryzacja</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="186"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="187"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="189"/>
        <source>e.g. %1, or leave empty</source>
        <translation>np. %1 albo zostaw puste</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="190"/>
        <source>Needs a valid patch test before each visit</source>
        <translation>Wymaga ważnego testu uczuleniowego przed każdą wizytą</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="191"/>
        <source>Offered for new visits (switched off, it stays in history)</source>
        <translation>Oferowana przy nowych wizytach (wyłączona zostaje w historii)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="196"/>
        <source>The salon&apos;s own words, e.g. henna, lavender</source>
        <translation>Własne określenia salonu, np. henna, lawenda</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="197"/>
        <source>The salon&apos;s own contraindications</source>
        <translation>Własne przeciwwskazania salonu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="200"/>
        <source>A visit of this service for a client whose health record names one of these shows a warning to acknowledge. The ticked ones are found in every language; a word of your own also finds words that start with it.</source>
        <translation>Wizyta z tą usługą u klienta, w którego danych zdrowotnych występuje jedno z nich, wyświetla ostrzeżenie do potwierdzenia. Zaznaczone są rozpoznawane w każdym języku; własne słowo znajduje też słowa, które się od niego zaczynają.</translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <location filename="../../../ui/models/service_table.py" line="74"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="94"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="95"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="96"/>
        <source>Usual length</source>
        <translation>Zwykły czas trwania</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="97"/>
        <source>Usual price</source>
        <translation>Zwykła cena</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="98"/>
        <source>Patch test</source>
        <translation>Test uczuleniowy</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="99"/>
        <source>Offered</source>
        <translation>Oferowana</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="106"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="107"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ServicesChoiceDialog</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="119"/>
        <source>Services for %1</source>
        <translation>Usługi dla: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="132"/>
        <source>Space ticks a service. With none ticked, every treatment offers it.</source>
        <translation>Spacja zaznacza usługę. Gdy żadna nie jest zaznaczona, szablon jest dostępny przy każdej wizycie.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="137"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="168"/>
        <source>Saved: %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/services_page.py" line="200"/>
        <source>%n service(s) added; change or switch off any you do not offer.</source>
        <translation>
            <numerusform>Dodano %n usługę; zmień lub wyłącz te, których nie oferujesz.</numerusform>
            <numerusform>Dodano %n usługi; zmień lub wyłącz te, których nie oferujesz.</numerusform>
            <numerusform>Dodano %n usług; zmień lub wyłącz te, których nie oferujesz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="206"/>
        <source>The list already has every service of that kind.</source>
        <translation>Lista zawiera już wszystkie usługi tego rodzaju.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="217"/>
        <source>What can be recorded as a treatment. Staff choose from this list, in this order, when they add a visit. A service is never deleted: switch it off and it stays in the clients&apos; history.</source>
        <translation>To, co można zapisać jako wykonaną usługę. Pracownicy wybierają z tej listy, w tej kolejności, gdy dodają wizytę. Usługa nigdy nie jest usuwana: wyłącz ją, a zostanie w historii klientów.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="224"/>
        <source>No services yet, so no treatment can be recorded. Add your own, or start from a list for your kind of business and change it.</source>
        <translation>Nie ma jeszcze usług, więc nie da się dodać żadnej wizyty. Dodaj własne albo zacznij od listy dla swojego rodzaju działalności i ją zmień.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="228"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="229"/>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="230"/>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="231"/>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="232"/>
        <source>Add a starter list…</source>
        <translation>Dodaj listę startową…</translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="18"/>
        <source>Choose a country by its two-letter code (VN, PL, CN, GB …).</source>
        <translation>Wybierz kraj według dwuliterowego kodu (VN, PL, CN, GB …).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="21"/>
        <source>Choose at least one kind of business.</source>
        <translation>Wybierz co najmniej jeden rodzaj działalności.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="24"/>
        <source>The address has at most 300 characters.</source>
        <translation>Adres może mieć najwyżej 300 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="27"/>
        <source>The address contains characters that are not text.</source>
        <translation>Adres zawiera znaki, które nie są tekstem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="30"/>
        <source>The salon name needs 1 to 120 characters.</source>
        <translation>Nazwa salonu musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="33"/>
        <source>The salon name contains characters that are not text.</source>
        <translation>Nazwa salonu zawiera znaki, które nie są tekstem.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="37"/>
        <source>The idle lock is 1 to %1 minutes.</source>
        <translation>Automatyczna blokada następuje po 1 do %1 minut.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="43"/>
        <source>The shortest PIN can be set from %1 to %2 digits.</source>
        <translation>Najkrótszy PIN można ustawić na od %1 do %2 cyfr.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="50"/>
        <source>Choose one of: %1.</source>
        <translation>Wybierz jedną z opcji: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="56"/>
        <source>The basis is one of: %1.</source>
        <translation>Podstawa to jedna z: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="61"/>
        <source>List at most %1 recipients.</source>
        <translation>Wymień najwyżej %1 odbiorców.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="65"/>
        <source>Recipient %1: the name needs 1 to 120 characters of text.</source>
        <translation>Odbiorca nr %1: nazwa musi mieć od 1 do 120 znaków tekstu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="70"/>
        <source>Recipient %1: say what it receives the data for (1 to 200 characters).</source>
        <translation>Odbiorca nr %1: podaj cel przekazania danych (od 1 do 200 znaków).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="76"/>
        <source>Recipient %1: the safeguard has at most 200 characters.</source>
        <translation>Odbiorca nr %1: zabezpieczenie może mieć najwyżej 200 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="81"/>
        <source>Recipient %1: choose its country by the two-letter code (VN, PL, CN, DE …).</source>
        <translation>Odbiorca nr %1: wybierz kraj według dwuliterowego kodu (VN, PL, CN, DE …).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="86"/>
        <source>Recipient %1: that name is already in the list.</source>
        <translation>Odbiorca nr %1: ta nazwa jest już na liście.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="252"/>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation>Zapisano. Nowy czas automatycznej blokady obowiązuje od następnego logowania.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="270"/>
        <source>On this computer</source>
        <translation>Na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="271"/>
        <location filename="../../../ui/pages/settings_page.py" line="272"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="263"/>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="262"/>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="264"/>
        <source>Client details</source>
        <translation>Dane klientów</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="265"/>
        <source>Service records</source>
        <translation>Zapisy usług</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="266"/>
        <source>Security</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="274"/>
        <source>Idle lock</source>
        <translation>Automatyczna blokada</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="275"/>
        <location filename="../../../ui/pages/settings_page.py" line="277"/>
        <source>Minutes without use before the screen locks</source>
        <translation>Minuty bezczynności przed zablokowaniem ekranu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="279"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="281"/>
        <source>Recovery Kit</source>
        <translation>Zestaw odzyskiwania</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="283"/>
        <source>Confirmed as printed or saved.</source>
        <translation>Potwierdzono wydrukowanie lub zapisanie.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="285"/>
        <source>Not confirmed yet: print or save it now and keep it in the safe.</source>
        <translation>Jeszcze nie potwierdzono: wydrukuj go lub zapisz teraz i schowaj w sejfie.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="287"/>
        <source>Print or save the Recovery Kit…</source>
        <translation>Wydrukuj lub zapisz Zestaw odzyskiwania…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="339"/>
        <source>Creating the vault…</source>
        <translation>Tworzenie sejfu danych…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="376"/>
        <source>The passphrase could not be set (%1); the vault opens on this computer for now. The owner can set a passphrase later.</source>
        <translation>Nie udało się ustawić hasła (frazy): %1. Na razie sejf danych otwiera się automatycznie na tym komputerze. Właściciel może ustawić hasło (frazę) później.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="425"/>
        <source>Set up SalonVault</source>
        <translation>Konfiguracja SalonVault</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="203"/>
        <source>%1 has owner access again: sign in with the new PIN.</source>
        <translation>%1 ma znów dostęp właściciela: zaloguj się nowym PIN-em.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="295"/>
        <source>What you were typing when the screen locked could not be opened again: the record has changed.</source>
        <translation>Nie udało się ponownie otworzyć tego, co było wpisywane przed zablokowaniem ekranu: dane w międzyczasie się zmieniły.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="306"/>
        <source>The vault&apos;s recovery slot is missing or damaged: make it again in Settings.</source>
        <translation>Slot odzyskiwania sejfu jest uszkodzony lub go brak: utwórz go ponownie w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="312"/>
        <source>The Recovery Kit is not confirmed yet: print or save it in Settings.</source>
        <translation>Zestaw odzyskiwania nie został jeszcze potwierdzony: otwórz Ustawienia, aby go wydrukować lub zapisać.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="341"/>
        <source>Sign-in failed unexpectedly; please try again.</source>
        <translation>Logowanie nieoczekiwanie się nie powiodło; spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/shell.py" line="393"/>
        <source>Locks in %n seconds</source>
        <translation>
            <numerusform>Blokada za %n sekundę</numerusform>
            <numerusform>Blokada za %n sekundy</numerusform>
            <numerusform>Blokada za %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="444"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="447"/>
        <source>The backup is restored and verified; everyone signs in again. The replaced vault is kept in:
%1</source>
        <translation>Kopia przywrócona i sprawdzona; wszyscy logują się ponownie. Zastąpiony sejf odłożono w:
%1</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="489"/>
        <source>Back up before closing?</source>
        <translation>Zrobić kopię przed zamknięciem?</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="490"/>
        <source>Back up to %1 before SalonVault closes?</source>
        <translation>Zrobić kopię w %1 przed zamknięciem SalonVault?</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="533"/>
        <source>SalonVault — %1</source>
        <translation>SalonVault — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="534"/>
        <source>Switch user (Ctrl+L)</source>
        <translation>Zmień użytkownika (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="535"/>
        <location filename="../../../ui/shell.py" line="536"/>
        <source>Switch user</source>
        <translation>Zmień użytkownika</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="541"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Zalogowano: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="547"/>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="549"/>
        <source>Locked after being idle.</source>
        <translation>Zablokowano z powodu bezczynności.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="551"/>
        <source>Locked because the computer was locked.</source>
        <translation>Zablokowano, ponieważ komputer został zablokowany.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="554"/>
        <source>Signed out: confirm the privacy briefing to work in SalonVault.</source>
        <translation>Wylogowano: aby pracować w SalonVault, potwierdź zasady ochrony danych.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="127"/>
        <source>Signature pad</source>
        <translation>Pole podpisu</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="129"/>
        <source>Clear signature</source>
        <translation>Wyczyść podpis</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="131"/>
        <source>Sign above the line with the mouse, a finger or a pen.</source>
        <translation>Podpisz nad linią myszą, palcem lub rysikiem.</translation>
    </message>
</context>
<context>
    <name>StaffBriefingBox</name>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="100"/>
        <source>The training is recorded.</source>
        <translation>Szkolenie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="112"/>
        <source>Privacy briefing and training</source>
        <translation>Zasady ochrony danych i szkolenia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="116"/>
        <source>Everyone confirms the staff privacy briefing (now version %1) at their first sign-in, after it changes and once a year; the owner too.</source>
        <translation>Każdy pracownik, także właściciel, potwierdza zasady ochrony danych dla pracowników (obecnie wersja %1) przy pierwszym logowaniu, po każdej zmianie zasad i raz w roku.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="122"/>
        <source>Other training sessions</source>
        <translation>Inne szkolenia</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="123"/>
        <source>Record training…</source>
        <translation>Zapisz szkolenie…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="124"/>
        <source>Privacy briefing confirmations</source>
        <translation>Potwierdzenia zasad ochrony danych</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="125"/>
        <source>Training sessions</source>
        <translation>Szkolenia</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="18"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Wpisz imię i nazwisko pracownika.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="22"/>
        <source>A name has at most %1 characters.</source>
        <translation>Imię i nazwisko może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="27"/>
        <source>A name cannot contain control characters.</source>
        <translation>Imię i nazwisko nie może zawierać znaków sterujących.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="30"/>
        <source>There is no such staff member.</source>
        <translation>Nie ma takiego pracownika.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="33"/>
        <source>No staff member has that name.</source>
        <translation>Nie ma pracownika o takim imieniu i nazwisku.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="37"/>
        <source>You cannot %1 the last active owner; make someone else owner first.</source>
        <translation>Tej czynności (%1) nie można wykonać wobec ostatniego aktywnego właściciela; najpierw nadaj rolę właściciela komuś innemu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="42"/>
        <source>This vault already has staff; the owner adds new people.</source>
        <translation>Ten sejf ma już pracowników; nowe osoby dodaje właściciel.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="45"/>
        <source>You cannot reset your own PIN; another owner can, or use the recovery key.</source>
        <translation>Nie możesz zresetować własnego PIN-u; może to zrobić inny właściciel albo użyj klucza odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="48"/>
        <source>Someone on the staff already has that name; add a surname or initial.</source>
        <translation>Inny pracownik ma już takie imię i nazwisko; dodaj nazwisko lub inicjał.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="51"/>
        <source>Someone on the staff already has that name.</source>
        <translation>Inny pracownik ma już takie imię i nazwisko.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="54"/>
        <source>The briefing is in %1.</source>
        <translation>Zasady są dostępne w językach: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="58"/>
        <source>The briefing&apos;s text has changed since it was shown; read the new text and confirm again.</source>
        <translation>Treść zasad zmieniła się od chwili ich wyświetlenia; przeczytaj nową treść i potwierdź ponownie.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="63"/>
        <source>Enter what the training was about.</source>
        <translation>Wpisz temat szkolenia.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="66"/>
        <source>A topic has at most %1 characters.</source>
        <translation>Temat może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="69"/>
        <source>Choose who attended.</source>
        <translation>Wybierz uczestników.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="72"/>
        <source>A training date cannot be in the future.</source>
        <translation>Data szkolenia nie może być w przyszłości.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="152"/>
        <source>%1 was added.</source>
        <translation>Dodano: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="159"/>
        <source>The name was changed.</source>
        <translation>Nazwa została zmieniona.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="169"/>
        <source>The role was changed; they sign in again to use it.</source>
        <translation>Rola została zmieniona; nowa rola działa po ponownym zalogowaniu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="181"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>Konto %1 jest wyłączone i nie może się już logować.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="184"/>
        <source>%1 can sign in again.</source>
        <translation>%1 może znów się logować.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="196"/>
        <source>Reset PIN</source>
        <translation>Reset PIN-u</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="199"/>
        <source>Reset the PIN of %1? Their current PIN stops working at once; you get a one-time code to give them, and they choose a new PIN with it.</source>
        <translation>Zresetować PIN osoby %1? Obecny PIN przestanie działać od razu; otrzymasz kod jednorazowy do przekazania, którym ta osoba ustawi nowy PIN.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="212"/>
        <source>The PIN of %1 is reset.</source>
        <translation>PIN osoby %1 został zresetowany.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="231"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="232"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="233"/>
        <source>Change role…</source>
        <translation>Zmień rolę…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Enable</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="238"/>
        <source>Reset PIN…</source>
        <translation>Resetuj PIN…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="240"/>
        <source>You cannot reset your own PIN here.</source>
        <translation>Tutaj nie można zresetować własnego PIN-u.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="244"/>
        <source>Staff accounts</source>
        <translation>Konta pracowników</translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="45"/>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="47"/>
        <source>Active, PIN reset waiting</source>
        <translation>Aktywne, czeka na nowy PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="48"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="53"/>
        <source>Yes, disabled after 10 wrong PINs</source>
        <translation>Tak, wyłączone po 10 błędnych PIN-ach</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="56"/>
        <source>Yes, until %1</source>
        <translation>Tak, do %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="59"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="93"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="94"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="95"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="96"/>
        <source>Last sign-in</source>
        <translation>Ostatnie logowanie</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="97"/>
        <source>Failed attempts</source>
        <translation>Błędne próby</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="98"/>
        <source>Locked out</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="125"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
</context>
<context>
    <name>StartersDialog</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="253"/>
        <source>Add these services</source>
        <translation>Dodaj te usługi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="255"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="266"/>
        <source>Add a starter list</source>
        <translation>Dodaj listę startową</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="269"/>
        <source>Services a salon of this kind usually offers, in the salon&apos;s language. Ones already on your list are skipped; you can change or switch off any of them.</source>
        <translation>Usługi, które zwykle oferuje salon tego rodzaju, w języku salonu. Te, które już są na Twojej liście, zostaną pominięte; każdą z nich możesz zmienić lub wyłączyć.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="282"/>
        <source>Tick at least one kind of business.</source>
        <translation>Zaznacz co najmniej jeden rodzaj działalności.</translation>
    </message>
</context>
<context>
    <name>TemplateFieldsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="67"/>
        <source>Fields of %1</source>
        <translation>Pola szablonu „%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="72"/>
        <source>Fields: Space marks one as health data</source>
        <translation>Pola: Spacja oznacza pole jako dane o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="78"/>
        <source>Health data (ticked)</source>
        <translation>Dane o zdrowiu (zaznaczone)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="91"/>
        <source>Health data in the built-in template: it stays marked.</source>
        <translation>Dane o zdrowiu we wbudowanym szablonie: oznaczenie pozostaje.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="98"/>
        <source>New field</source>
        <translation>Nowe pole</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="108"/>
        <source>comma between choices</source>
        <translation>opcje oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="109"/>
        <source>Re&amp;quired</source>
        <translation>&amp;Wymagane</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="110"/>
        <source>&amp;Health data</source>
        <translation>Dane o &amp;zdrowiu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="111"/>
        <source>&amp;Add field</source>
        <translation>&amp;Dodaj pole</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="116"/>
        <source>Label</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="117"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="120"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="171"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="121"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="172"/>
        <source>maximum</source>
        <translation>maksimum</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="122"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="173"/>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="127"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="128"/>
        <source>Numbers</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="129"/>
        <source>Choices</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="144"/>
        <source>Give the field a label.</source>
        <translation>Nadaj polu nazwę.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="149"/>
        <source>%1: write a number.</source>
        <translation>%1: wpisz liczbę.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="154"/>
        <source>Added: %1. Save makes the next version.</source>
        <translation>Dodano: %1. Zapisanie utworzy następną wersję.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="89"/>
        <source>Record a training session</source>
        <translation>Zapisz szkolenie</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="90"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="91"/>
        <source>&amp;Topic</source>
        <translation>&amp;Temat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="92"/>
        <source>&amp;Attended</source>
        <translation>&amp;Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="96"/>
        <source>e.g. Data protection refresher with the owner</source>
        <translation>np. przypomnienie zasad ochrony danych z właścicielem</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="97"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="98"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="99"/>
        <source>Attended</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>TreatmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="18"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>Wpisz oksydant jako 6%, 20 vol lub 6% / 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="21"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>Wpisz proporcję jako 1:1, 1:1,5 lub 1:2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="24"/>
        <source>A developer&apos;s volume is a whole number, like 20 vol.</source>
        <translation>Stężenie oksydantu w vol to liczba całkowita, np. 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="27"/>
        <source>Type the price as a number, e.g. 120.50.</source>
        <translation>Wpisz cenę jako liczbę, np. 120,50.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="30"/>
        <source>The patch test date is in the future.</source>
        <translation>Data testu uczuleniowego jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="33"/>
        <source>The visit date is in the future.</source>
        <translation>Data wizyty jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="36"/>
        <source>Choose one of the salon&apos;s services.</source>
        <translation>Wybierz jedną z usług salonu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="39"/>
        <source>Choose who did the treatment.</source>
        <translation>Wybierz, kto wykonał usługę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="42"/>
        <source>The currency is a 3-letter code (VND, PLN, CNY…).</source>
        <translation>Waluta to trzyliterowy kod (VND, PLN, CNY…).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="45"/>
        <source>There is no such treatment.</source>
        <translation>Nie ma takiej wizyty.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="48"/>
        <source>That patch test is not on this client&apos;s record.</source>
        <translation>Ten test uczuleniowy nie należy do tego klienta.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="53"/>
        <source>This service needs a valid patch test and the client&apos;s is %1; record a patch test, or acknowledge the warning to go ahead (it is logged).</source>
        <translation>Ta usługa wymaga ważnego testu uczuleniowego, a stan testu tego klienta to: %1; zapisz test uczuleniowy albo potwierdź ostrzeżenie, aby kontynuować (zostanie to odnotowane w dzienniku).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/treatments.py" line="61"/>
        <source>This client&apos;s health record matches a contraindication of this service (%n matches); check with the client, then acknowledge the warning to go ahead (it is logged).</source>
        <translation>
            <numerusform>Dane zdrowotne tego klienta pasują do przeciwwskazania tej usługi (%n dopasowanie); sprawdź to z klientem, a następnie potwierdź ostrzeżenie, aby kontynuować (zostanie to odnotowane w dzienniku).</numerusform>
            <numerusform>Dane zdrowotne tego klienta pasują do przeciwwskazania tej usługi (%n dopasowania); sprawdź to z klientem, a następnie potwierdź ostrzeżenie, aby kontynuować (zostanie to odnotowane w dzienniku).</numerusform>
            <numerusform>Dane zdrowotne tego klienta pasują do przeciwwskazania tej usługi (%n dopasowań); sprawdź to z klientem, a następnie potwierdź ostrzeżenie, aby kontynuować (zostanie to odnotowane w dzienniku).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="70"/>
        <source>This treatment can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation>Tej wizyty nie można już edytować (tylko własne wpisy, w ciągu 24 godzin); zamiast tego dodaj korektę.</translation>
    </message>
</context>
<context>
    <name>TreatmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="67"/>
        <source>Latest colour formula</source>
        <translation>Ostatnia receptura koloru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="83"/>
        <source>Treatments, newest first</source>
        <translation>Wizyty, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="86"/>
        <source>Treatments: press Enter to open one</source>
        <translation>Wizyty: naciśnij Enter, aby otworzyć</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="93"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="96"/>
        <source>Add treatment…</source>
        <translation>Dodaj wizytę…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="162"/>
        <source>%1  (a correction)</source>
        <translation>%1  (korekta)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="180"/>
        <source>No treatment recorded yet.</source>
        <translation>Nie dodano jeszcze żadnej wizyty.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="186"/>
        <source>No colour formula recorded yet.</source>
        <translation>Nie zapisano jeszcze receptury koloru.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="193"/>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · wykonał(a) %3</translation>
    </message>
</context>
<context>
    <name>TypeAhead</name>
    <message>
        <location filename="../../../ui/widgets/type_ahead.py" line="86"/>
        <source>Also starting with “%1”: %2. The Down arrow goes to the next.</source>
        <translation>Na „%1” zaczynają się też: %2. Strzałka w dół przechodzi do następnego.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="262"/>
        <source>How the vault opens</source>
        <translation>Jak otwierać sejf danych</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="263"/>
        <source>Open automatically on this computer</source>
        <translation>Otwieraj automatycznie na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="266"/>
        <source>The key is kept in this computer&apos;s protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer&apos;s user account.</source>
        <translation>Klucz jest przechowywany w chronionym magazynie kluczy tego komputera. Chroni dane, jeśli ktoś ukradnie dysk lub kopię folderu; nie chroni przed osobą, która może zalogować się na konto użytkownika tego komputera.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="272"/>
        <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
        <translation>Ten komputer nie ma chronionego magazynu kluczy, więc klucz jest przechowywany w pliku – to słabsza ochrona.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="275"/>
        <source>Owner types a passphrase every morning</source>
        <translation>Właściciel wpisuje hasło (frazę) każdego ranka</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="278"/>
        <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
        <translation>Nikt nie otworzy danych, nawet na tym komputerze, dopóki nie wpiszesz hasła. Jeśli je zapomnisz, sejf danych otworzy tylko Zestaw odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="282"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Hasło (fraza, min. 12 znaków)</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="283"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="285"/>
        <source>Passphrase again</source>
        <translation>Powtórz hasło (frazę)</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="284"/>
        <source>Passphrase</source>
        <translation>Hasło (fraza)</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="286"/>
        <source>Create the vault</source>
        <translation>Utwórz sejf danych</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="19"/>
        <source>SalonVault&apos;s %1 is missing (looked in %2); the installation is incomplete.</source>
        <translation>Brak składnika SalonVault: %1 (szukano w %2); instalacja jest niekompletna.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="26"/>
        <source>SalonVault is running frozen but the bundle folder (sys._MEIPASS) is unknown, so its resources cannot be found.</source>
        <translation>SalonVault działa jako spakowany program, ale folder pakietu (sys._MEIPASS) jest nieznany, więc nie można znaleźć jego zasobów.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="31"/>
        <source>Demo clients go only into a demo salon.</source>
        <translation>Klientów demonstracyjnych można dodać tylko do salonu demonstracyjnego.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="34"/>
        <source>Demo photos go only into a demo salon.</source>
        <translation>Zdjęcia demonstracyjne można dodać tylko do salonu demonstracyjnego.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="38"/>
        <source>A vault already exists in %1; it was left as it is.</source>
        <translation>W %1 istnieje już sejf; pozostawiono go bez zmian.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="44"/>
        <source>There is no vault in %1.</source>
        <translation>W %1 nie ma sejfu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="49"/>
        <source>This PC has no key for the vault; open it with the recovery key.</source>
        <translation>Ten komputer nie ma klucza do sejfu; otwórz go kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="53"/>
        <source>This PC&apos;s key for the vault is missing (another PC or user?); open it with the recovery key.</source>
        <translation>Brak klucza tego komputera do sejfu (inny komputer lub inny użytkownik?); otwórz sejf kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="58"/>
        <source>This vault is not set up with an owner passphrase.</source>
        <translation>Ten sejf nie jest skonfigurowany z hasłem (frazą) właściciela.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="61"/>
        <source>Only the set-up can confirm the kit without signing in.</source>
        <translation>Tylko podczas konfiguracji można potwierdzić zestaw bez logowania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="64"/>
        <source>This vault has no recovery slot.</source>
        <translation>Ten sejf nie ma slotu odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="67"/>
        <source>This vault opens with the owner&apos;s passphrase.</source>
        <translation>Ten sejf otwiera się hasłem (frazą) właściciela.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="71"/>
        <source>This PC&apos;s key does not open the vault (its key slot file is damaged or was changed); open it with the recovery key.</source>
        <translation>Klucz tego komputera nie otwiera sejfu (plik slotu klucza jest uszkodzony lub został zmieniony); otwórz sejf kluczem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="76"/>
        <source>That recovery key belongs to another vault.</source>
        <translation>Ten klucz odzyskiwania należy do innego sejfu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="81"/>
        <source>%1 already holds a vault; restore into an empty folder (or restore from the Backups page as the owner).</source>
        <translation>W %1 jest już sejf; przywróć kopię do pustego folderu (albo przywróć ją jako właściciel na stronie Kopie zapasowe).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="89"/>
        <source>There is no vault in %1 to replace.</source>
        <translation>W %1 nie ma sejfu do zastąpienia.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="95"/>
        <source>The vault opens, so it is not replaced from here: sign in and restore from the Backups page as the owner.</source>
        <translation>Sejf się otwiera, więc nie zostanie zastąpiony w tym miejscu: zaloguj się i przywróć kopię jako właściciel na stronie Kopie zapasowe.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="101"/>
        <source>The restore was undone; the files are as they were. (%1)</source>
        <translation>Przywracanie zostało cofnięte; pliki są takie jak wcześniej. (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="107"/>
        <source>The restored activity log does not verify (%1).</source>
        <translation>Przywrócony dziennik zdarzeń nie przechodzi weryfikacji (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="112"/>
        <source>The data key must be 256 bits.</source>
        <translation>Klucz danych musi mieć 256 bitów.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="116"/>
        <source>There is no vault at %1.</source>
        <translation>Pod adresem %1 nie ma sejfu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="122"/>
        <source>Another program is reading the vault (a second SalonVault, or a check that is still running); close it or wait, then try again. Nothing was changed.</source>
        <translation>Inny program odczytuje sejf (drugi SalonVault albo wciąż trwające sprawdzanie); zamknij go lub poczekaj, a potem spróbuj ponownie. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="128"/>
        <source>SQLCipher 4 is required, found %1.</source>
        <translation>Wymagany jest SQLCipher 4, znaleziono %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="134"/>
        <source>Could not switch the vault to WAL mode (got %1).</source>
        <translation>Nie udało się przełączyć sejfu w tryb WAL (otrzymano %1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="139"/>
        <source>The vault is being re-keyed; nothing was saved. Try again when it is done.</source>
        <translation>Trwa zmiana klucza sejfu; nic nie zapisano. Spróbuj ponownie, gdy się zakończy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="143"/>
        <source>The text holds characters that are not text (broken Unicode); nothing was saved.</source>
        <translation>Tekst zawiera znaki, które nie są tekstem (uszkodzony Unicode); nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="148"/>
        <source>A vault already exists at %1; it was left as it is.</source>
        <translation>Pod adresem %1 istnieje już sejf; pozostawiono go bez zmian.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="153"/>
        <source>The vault cannot be re-keyed inside a transaction.</source>
        <translation>Nie można zmienić klucza sejfu w trakcie transakcji.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="157"/>
        <source>The vault was too busy to take a backup (another program kept writing); try again in a moment.</source>
        <translation>Sejf był zbyt zajęty, aby wykonać kopię (inny program ciągle zapisywał); spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="164"/>
        <source>The vault is damaged (%1); it was not used. Restore it from the newest backup.</source>
        <translation>Sejf jest uszkodzony (%1); nie został użyty. Przywróć go z najnowszej kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="172"/>
        <source>This vault was written by a newer SalonVault (schema %1, this program knows up to %2); install the newer version to open it.</source>
        <translation>Ten sejf został zapisany przez nowszą wersję SalonVault (schemat %1, ten program zna schematy do %2); zainstaluj nowszą wersję, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="182"/>
        <source>This vault was made by a test version of SalonVault (schema %1) that predates backups, so it cannot be upgraded safely; create a new vault or restore a backup.</source>
        <translation>Ten sejf utworzyła testowa wersja SalonVault (schemat %1) sprzed wprowadzenia kopii zapasowych, więc nie można go bezpiecznie zaktualizować; utwórz nowy sejf albo przywróć kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="191"/>
        <source>The vault could not be read or written (%1).</source>
        <translation>Nie udało się odczytać ani zapisać sejfu (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="197"/>
        <source>The vault is busy (another SalonVault or a backup is writing); try again in a moment. Nothing was changed.</source>
        <translation>Sejf jest zajęty (zapisuje do niego inny SalonVault albo kopia zapasowa); spróbuj ponownie za chwilę. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="202"/>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>Dysk jest pełny; zwolnij miejsce i spróbuj ponownie. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="205"/>
        <source>The vault folder is read-only here; nothing could be saved.</source>
        <translation>Folder sejfu jest tu tylko do odczytu; nie udało się niczego zapisać.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="208"/>
        <source>A service with that name exists.</source>
        <translation>Usługa o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="212"/>
        <source>The restore was undone; the vault is as it was. (%1)</source>
        <translation>Przywracanie zostało cofnięte; sejf jest taki jak wcześniej. (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="218"/>
        <source>%1 is %2, expected %3</source>
        <translation>%1 ma wartość %2, oczekiwano %3</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="226"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="231"/>
        <source>Demo records go only into a demo salon.</source>
        <translation>Rekordy demonstracyjne można dodać tylko do salonu demonstracyjnego.</translation>
    </message>
</context>
<context>
    <name>VisitDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="90"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Koryguj…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="128"/>
        <source>Treatment: %1, %2</source>
        <translation>Wizyta: %1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="145"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="146"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="151"/>
        <source>Receptionists see the date and service of a treatment; the formula, notes and price are for the owner and the technicians.</source>
        <translation>Recepcja widzi datę i usługę wizyty; recepturę, notatki i cenę widzą właściciel i technicy.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="165"/>
        <source>Done by</source>
        <translation>Wykonał(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="169"/>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="171"/>
        <source>%1 by %2</source>
        <translation>%1, przez: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="177"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="178"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="182"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="184"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="192"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="200"/>
        <source>Colour formula</source>
        <translation>Receptura koloru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="196"/>
        <source>Bowl %1</source>
        <translation>Miseczka %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="199"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="210"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="218"/>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="211"/>
        <source>Not shown: the client&apos;s photo consent is not active.</source>
        <translation>Niewyświetlane: zgoda klienta na zdjęcia nie jest aktywna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="219"/>
        <source>%n photo(s) of this treatment</source>
        <translation>
            <numerusform>%n zdjęcie z tej wizyty</numerusform>
            <numerusform>%n zdjęcia z tej wizyty</numerusform>
            <numerusform>%n zdjęć z tej wizyty</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="222"/>
        <source>Show &amp;photos…</source>
        <translation>Pokaż &amp;zdjęcia…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="233"/>
        <source>Corrects</source>
        <translation>Koryguje</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="235"/>
        <source>the entry for %1, recorded %2 by %3</source>
        <translation>wpis z wizyty %1, zapisany %2, przez: %3</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="241"/>
        <source>Open the corrected entry: %1</source>
        <translation>Otwórz korygowany wpis: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="243"/>
        <source>Corrected %2 by %3 (for %1)</source>
        <translation>Skorygowano %2, przez: %3 (wizyta %1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="248"/>
        <source>Corrected</source>
        <translation>Skorygowano</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="250"/>
        <source>%n later correction(s); the latest one stands.</source>
        <translation>
            <numerusform>%n późniejsza korekta; obowiązuje najnowsza.</numerusform>
            <numerusform>%n późniejsze korekty; obowiązuje najnowsza.</numerusform>
            <numerusform>%n późniejszych korekt; obowiązuje najnowsza.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="256"/>
        <source>Corrections: press Enter to open one</source>
        <translation>Korekty: naciśnij Enter, aby otworzyć</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="257"/>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="277"/>
        <source>Records of this treatment: Enter opens one</source>
        <translation>Zapisy tej wizyty: Enter otwiera zaznaczony</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="289"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="297"/>
        <source>Records</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="290"/>
        <source>Add &amp;record</source>
        <translation>&amp;Dodaj zapis</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="96"/>
        <source>Add treatment</source>
        <translation>Dodaj wizytę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="97"/>
        <source>Change treatment</source>
        <translation>Zmień wizytę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="98"/>
        <source>Correct treatment</source>
        <translation>Skoryguj wizytę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="114"/>
        <source>&amp;Repeat last formula</source>
        <translation>&amp;Powtórz ostatnią recepturę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="173"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="221"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="174"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="222"/>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="181"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="223"/>
        <source>Done by</source>
        <translation>Wykonał(a)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="182"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="224"/>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="184"/>
        <source>Colour formula</source>
        <translation>Receptura koloru</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="199"/>
        <source>Then &amp;record</source>
        <translation>Potem &amp;dodaj zapis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="201"/>
        <source>Then record</source>
        <translation>Potem dodaj zapis</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="378"/>
        <source>Your unsaved visit was kept while the screen was locked.</source>
        <translation>Niezapisana wizyta została zachowana na czas blokady ekranu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="387"/>
        <source>Repeat last formula</source>
        <translation>Powtórz ostatnią recepturę</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="388"/>
        <source>Replace the formula typed here with the client&apos;s last formula?</source>
        <translation>Zastąpić wpisaną tu recepturę ostatnią recepturą klienta?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="399"/>
        <source>Nothing to repeat: no earlier treatment of this client has a formula.</source>
        <translation>Nie ma czego powtórzyć: żadna wcześniejsza wizyta tego klienta nie ma receptury.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="403"/>
        <source>Last formula copied: adjust it for today.</source>
        <translation>Skopiowano ostatnią recepturę: dostosuj ją do dzisiejszej wizyty.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="478"/>
        <source>Read the warning above and tick the box to go ahead, or choose another service.</source>
        <translation>Przeczytaj powyższe ostrzeżenie i zaznacz pole, aby kontynuować, albo wybierz inną usługę.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="495"/>
        <source>This service needs a valid patch test; this client&apos;s patch test: %1.</source>
        <translation>Ta usługa wymaga ważnego testu uczuleniowego; test uczuleniowy tego klienta: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="195"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="225"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="196"/>
        <source>Price (%1)</source>
        <translation>Cena (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="198"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="227"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="447"/>
        <source>Patch test needed</source>
        <translation>Wymagany test uczuleniowy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="450"/>
        <source>Go ahead anyway? This is recorded.</source>
        <translation>Kontynuować mimo to? Zostanie to zapisane.</translation>
    </message>
</context>
<context>
    <name>VisitWords</name>
    <message>
        <location filename="../../../ui/visit_words.py" line="32"/>
        <source>roots</source>
        <translation>odrosty</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="33"/>
        <source>mid-lengths and ends</source>
        <translation>długości i końce</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="34"/>
        <source>lengths</source>
        <translation>długości</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="35"/>
        <source>ends</source>
        <translation>końce</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="36"/>
        <source>toner</source>
        <translation>toner</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="37"/>
        <source>highlights</source>
        <translation>pasemka</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="38"/>
        <source>lowlights</source>
        <translation>ciemniejsze pasemka</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="39"/>
        <source>gloss</source>
        <translation>glazura</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="40"/>
        <source>full head</source>
        <translation>całe włosy</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="66"/>
        <source>Cash</source>
        <translation>Gotówka</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="67"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="68"/>
        <source>Bank transfer</source>
        <translation>Przelew</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="69"/>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="70"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="78"/>
        <source>Receptionists see the date and service only; treatments are not theirs to edit.</source>
        <translation>Recepcja widzi tylko datę i usługę; wizyt nie edytuje.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="83"/>
        <source>Someone else recorded this treatment: only they (for 24 hours) or the owner may edit it. Add a correction instead.</source>
        <translation>Tę wizytę dodała inna osoba: edytować ją może tylko ona (przez 24 godziny) lub właściciel. Zamiast tego dodaj korektę.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="89"/>
        <source>Locked: treatments can be edited for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation>Zablokowane: wizytę można edytować przez 24 godziny od dodania, a ten czas minął %1. Zamiast tego dodaj korektę; oryginał zostaje w historii.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="102"/>
        <source>You may edit it until %1.</source>
        <translation>Możesz go edytować do %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="113"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>Receptura ma najwyżej %1 miseczek.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="117"/>
        <source>A bowl has at most %1 shades.</source>
        <translation>Miseczka ma najwyżej %1 odcieni.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="121"/>
        <source>Grams of a shade: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation>Gramy odcienia: więcej niż 0 i najwyżej %1 g, co 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="127"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation>Farba i oksydant razem to %1 g; miseczka mieści najwyżej %2 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="133"/>
        <source>Developer grams: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation>Gramy oksydantu: więcej niż 0 i najwyżej %1 g, co 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="139"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation>Proporcja mieszania to 1:x, gdzie x od %1 do %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="145"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation>%1 g farby w proporcji 1:%2 wymaga %3 g oksydantu, nie %4 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="151"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation>Stężenie oksydantu wynosi od %1% do %2%.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="155"/>
        <source>The developer&apos;s strength is a whole number from %1 to %2 vol.</source>
        <translation>Stężenie oksydantu to liczba całkowita od %1 do %2 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="161"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation>Oksydant %1% to %2 vol, nie %3 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="165"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation>Czas działania wynosi od %1 do %2 minut.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="169"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>Wpisz oksydant jako 6%, 20 vol lub 6% / 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="175"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>Wpisz proporcję jako 1:1, 1:1,5 lub 1:2.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="181"/>
        <source>Write grams as a number, like 30 or 7.5.</source>
        <translation>Wpisz gramy jako liczbę, np. 30 lub 7,5.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="201"/>
        <source>Shade %1: %2</source>
        <translation>Odcień %1: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../../ui/workspace.py" line="268"/>
        <source>Today&apos;s clients sheet…</source>
        <translation>Lista klientów na dziś…</translation>
    </message>
</context>
<context>
    <name>_PurposeChoice</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="52"/>
        <source>Agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="53"/>
        <source>Refuse</source>
        <translation>Nie zgadzam się</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="54"/>
        <source>The client has read this information</source>
        <translation>Klient przyjmuje tę informację do wiadomości</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="154"/>
        <source>Withdrawing health-data consent deletes this client&apos;s health data: %1; %2 removed item(s), %3 earlier version(s), %4 health paper(s) and %5 service record(s) holding health details. Nothing was changed; run again with --yes to withdraw.</source>
        <translation>Wycofanie zgody na przetwarzanie danych o zdrowiu usuwa dane o zdrowiu tego klienta: %1; usunięte wcześniej wpisy: %2, wcześniejsze wersje: %3, dokumenty zdrowotne: %4 i zapisy usług z danymi o zdrowiu: %5. Nic nie zmieniono; aby wycofać zgodę, uruchom polecenie ponownie z opcją --yes.</translation>
    </message>
</context>
</TS>
