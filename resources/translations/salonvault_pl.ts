<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="103" />
            <source>Owner passphrase:</source>
            <translation>Hasło (fraza) właściciela:</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" line="14" />
            <source>Owner</source>
            <translation>Właściciel</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="15" />
            <source>Receptionist</source>
            <translation>Recepcja</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="16" />
            <source>Technician</source>
            <translation>Technik</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="79" />
            <source>Welcome to SalonVault</source>
            <translation>Witamy w SalonVault</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="82" />
            <source>SalonVault keeps your clients' records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
            <translation>SalonVault przechowuje dane Twoich klientów w postaci zaszyfrowanej na tym komputerze. Konfiguracja zajmie około pięciu minut; przygotuj drukarkę lub pendrive na Zestaw odzyskiwania.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="87" />
            <location filename="../../ui/wizard/setup_wizard.py" line="88" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/lock_screen.py" line="129" />
            <source>Checking…</source>
            <translation>Sprawdzanie…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock_screen.py" line="159" />
            <source>Wrong PIN. %n more wrong tries will disable this account.</source>
            <translation>
                <numerusform>Błędny PIN. Jeszcze %n błędna próba i to konto zostanie wyłączone.</numerusform>
                <numerusform>Błędny PIN. Jeszcze %n błędne próby i to konto zostanie wyłączone.</numerusform>
                <numerusform>Błędny PIN. Jeszcze %n błędnych prób i to konto zostanie wyłączone.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="163" />
            <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
            <translation>Błędny PIN. To konto zostało wyłączone; poproś właściciela o ponowne włączenie.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock_screen.py" line="167" />
            <source>Too many wrong PINs. Try again in %n minutes.</source>
            <translation>
                <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n minutę.</numerusform>
                <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n minuty.</numerusform>
                <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n minut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock_screen.py" line="168" />
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n sekundę.</numerusform>
                <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n sekundy.</numerusform>
                <numerusform>Zbyt wiele błędnych prób wpisania PIN-u. Spróbuj ponownie za %n sekund.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="172" />
            <source>This account is disabled after too many wrong PINs. The owner can enable it again; for the owner's own account, use the recovery key.</source>
            <translation>To konto zostało zablokowane po zbyt wielu błędnych próbach wpisania PIN-u. Właściciel może je odblokować; konto właściciela odblokowuje się kluczem odzyskiwania.</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="175" />
            <source>This account is disabled. The owner can enable it again.</source>
            <translation>To konto jest wyłączone. Właściciel może je ponownie włączyć.</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="177" />
            <source>No staff member has that name.</source>
            <translation>Nie ma pracownika o takim imieniu.</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="189" />
            <source>Who is signing in?</source>
            <translation>Kto się loguje?</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="191" />
            <source>PIN for %1</source>
            <translation>PIN użytkownika %1</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="195" />
            <source>Sign in as %1, %2</source>
            <translation>Zaloguj jako %1, %2</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="198" />
            <source>Demo salon. PINs: %1</source>
            <translation>Salon demonstracyjny. Kody PIN: %1</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../ui/workspace.py" line="34" />
            <source>Dashboard</source>
            <translation>Pulpit</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="35" />
            <source>Clients</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="36" />
            <source>Consents</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="37" />
            <source>Backups</source>
            <translation>Kopie zapasowe</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="38" />
            <source>Staff</source>
            <translation>Pracownicy</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="39" />
            <source>Activity log</source>
            <translation>Dziennik aktywności</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="40" />
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="138" />
            <source>Enter your name.</source>
            <translation>Wpisz swoje imię.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="143" />
            <source>The two PINs differ.</source>
            <translation>Wpisane kody PIN się różnią.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="148" />
            <source>Good PIN.</source>
            <translation>PIN jest w porządku.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="155" />
            <source>You, the owner</source>
            <translation>Ty – właściciel</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="158" />
            <source>Your PIN opens the owner's screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
            <translation>Twój PIN otwiera ekrany właściciela. Od 6 do 12 cyfr; nie może to być data, ciąg kolejnych cyfr jak 123456 ani powtórzenie jak 121212.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="162" />
            <location filename="../../ui/wizard/setup_wizard.py" line="165" />
            <source>Your name</source>
            <translation>Twoje imię</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="163" />
            <location filename="../../ui/wizard/setup_wizard.py" line="166" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="164" />
            <location filename="../../ui/wizard/setup_wizard.py" line="167" />
            <source>PIN again</source>
            <translation>Powtórz PIN</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="97" />
            <location filename="../../ui/widgets/pin_pad.py" line="98" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="99" />
            <source>Delete last digit</source>
            <translation>Usuń ostatnią cyfrę</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="100" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="101" />
            <source>Sign in</source>
            <translation>Zaloguj się</translation>
        </message>
    </context>
    <context>
        <name>PinRules</name>
        <message>
            <location filename="../../ui/pin_messages.py" line="14" />
            <source>A PIN has digits only.</source>
            <translation>PIN może zawierać tylko cyfry.</translation>
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="16" />
            <source>A PIN has %1 to %2 digits.</source>
            <translation>PIN musi mieć od %1 do %2 cyfr.</translation>
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="19" />
            <source>A PIN cannot be one digit repeated.</source>
            <translation>PIN nie może składać się z jednej powtórzonej cyfry.</translation>
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="21" />
            <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
            <translation>PIN nie może być ciągiem kolejnych cyfr, np. 123456 lub 987654.</translation>
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="25" />
            <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
            <translation>PIN nie może powtarzać krótkiego wzoru, np. 121212 lub 123123.</translation>
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="29" />
            <source>That PIN is among the most common ones; choose another.</source>
            <translation>Ten PIN należy do najczęściej używanych; wybierz inny.</translation>
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="32" />
            <source>A PIN cannot look like a date (people guess birthdays first).</source>
            <translation>PIN nie może przypominać daty (daty urodzin zgaduje się w pierwszej kolejności).</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="37" />
            <source>This page is not ready yet; it comes in a later update of this version.</source>
            <translation>Ta strona nie jest jeszcze gotowa; pojawi się w jednej z kolejnych aktualizacji tej wersji.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKitPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="325" />
            <source>Saved to %1.</source>
            <translation>Zapisano: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="330" />
            <source>Sent to the printer.</source>
            <translation>Wysłano do drukarki.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="316" />
            <source>Could not make the kit: %1</source>
            <translation>Nie udało się utworzyć zestawu: %1</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="339" />
            <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
            <translation>Zestaw odzyskiwania otwiera wszystkie dane klientów. Zapisz go tylko na pendrivie, który schowasz w sejfie, a nie na tym komputerze.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="345" />
            <location filename="../../ui/wizard/setup_wizard.py" line="353" />
            <source>Save the Recovery Kit</source>
            <translation>Zapisz Zestaw odzyskiwania</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="359" />
            <source>Could not save: %1</source>
            <translation>Nie udało się zapisać: %1</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="368" />
            <source>Could not print: %1</source>
            <translation>Nie udało się wydrukować: %1</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="376" />
            <source>Your Recovery Kit</source>
            <translation>Twój Zestaw odzyskiwania</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="379" />
            <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
            <translation>Ten klucz otwiera sejf danych i jego kopie zapasowe, jeśli ten komputer zaginie lub się zepsuje. Wydrukuj zestaw albo zapisz go na pendrivie i schowaj w sejfie. Bez niego utrata komputera oznacza utratę danych klientów.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="384" />
            <source>Recovery key</source>
            <translation>Klucz odzyskiwania</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="385" />
            <source>Print…</source>
            <translation>Drukuj…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="386" />
            <source>Save as PDF…</source>
            <translation>Zapisz jako PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="387" />
            <source>I have printed or saved the Recovery Kit</source>
            <translation>Zestaw odzyskiwania jest wydrukowany lub zapisany</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="388" />
            <source>Type the last 4 characters of the key:</source>
            <translation>Wpisz 4 ostatnie znaki klucza:</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="389" />
            <source>Last 4 characters of the key</source>
            <translation>4 ostatnie znaki klucza</translation>
        </message>
    </context>
    <context>
        <name>SalonPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="106" />
            <source>Your salon</source>
            <translation>Twój salon</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="107" />
            <source>Printed at the top of consent forms and the Recovery Kit.</source>
            <translation>Pojawi się w nagłówku formularzy zgód i Zestawu odzyskiwania.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="108" />
            <location filename="../../ui/wizard/setup_wizard.py" line="110" />
            <source>Salon name</source>
            <translation>Nazwa salonu</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="109" />
            <location filename="../../ui/wizard/setup_wizard.py" line="111" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="97" />
            <source>Saved. The idle lock applies from the next sign-in.</source>
            <translation>Zapisano. Nowy czas automatycznej blokady obowiązuje od następnego logowania.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="105" />
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="106" />
            <source>On this computer</source>
            <translation>Na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="107" />
            <location filename="../../ui/pages/settings_page.py" line="108" />
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="110" />
            <source>Salon</source>
            <translation>Salon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="111" />
            <source>Salon name</source>
            <translation>Nazwa salonu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="112" />
            <location filename="../../ui/pages/settings_page.py" line="114" />
            <source>Minutes without use before the screen locks</source>
            <translation>Minuty bezczynności przed zablokowaniem ekranu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="116" />
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="427" />
            <source>Creating the vault…</source>
            <translation>Tworzenie sejfu danych…</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="480" />
            <source>Set up SalonVault</source>
            <translation>Konfiguracja SalonVault</translation>
        </message>
    </context>
    <context>
        <name>ShellWindow</name>
        <message>
            <location filename="../../ui/shell.py" line="117" />
            <source>Sign-in failed unexpectedly; please try again.</source>
            <translation>Logowanie nieoczekiwanie się nie powiodło; spróbuj ponownie.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell.py" line="152" />
            <source>Locks in %n seconds</source>
            <translation>
                <numerusform>Blokada za %n sekundę</numerusform>
                <numerusform>Blokada za %n sekundy</numerusform>
                <numerusform>Blokada za %n sekund</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="178" />
            <source>SalonVault — %1</source>
            <translation>SalonVault — %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="179" />
            <source>Switch user (Ctrl+L)</source>
            <translation>Zmień użytkownika (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="180" />
            <location filename="../../ui/shell.py" line="181" />
            <source>Switch user</source>
            <translation>Zmień użytkownika</translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="185" />
            <source>Signed in: %1 (%2)</source>
            <translation>Zalogowano: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="191" />
            <source>Locked</source>
            <translation>Zablokowano</translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="193" />
            <source>Locked after being idle.</source>
            <translation>Zablokowano z powodu bezczynności.</translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="195" />
            <source>Locked because the computer was locked.</source>
            <translation>Zablokowano, ponieważ komputer został zablokowany.</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="228" />
            <source>How the vault opens</source>
            <translation>Jak otwierać sejf danych</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="229" />
            <source>Open automatically on this computer</source>
            <translation>Otwieraj automatycznie na tym komputerze</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="232" />
            <source>The key is kept in this computer's protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer's user account.</source>
            <translation>Klucz jest przechowywany w chronionym magazynie kluczy tego komputera. Chroni dane, jeśli ktoś ukradnie dysk lub kopię folderu; nie chroni przed osobą, która może zalogować się na konto użytkownika tego komputera.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="238" />
            <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
            <translation>Ten komputer nie ma chronionego magazynu kluczy, więc klucz jest przechowywany w pliku – to słabsza ochrona.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="241" />
            <source>Owner types a passphrase every morning</source>
            <translation>Właściciel wpisuje hasło (frazę) każdego ranka</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="244" />
            <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
            <translation>Nikt nie otworzy danych, nawet na tym komputerze, dopóki nie wpiszesz hasła. Jeśli je zapomnisz, sejf danych otworzy tylko Zestaw odzyskiwania.</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="248" />
            <source>Passphrase (12+ characters)</source>
            <translation>Hasło (fraza, min. 12 znaków)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="249" />
            <location filename="../../ui/wizard/setup_wizard.py" line="251" />
            <source>Passphrase again</source>
            <translation>Powtórz hasło (frazę)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="250" />
            <source>Passphrase</source>
            <translation>Hasło (fraza)</translation>
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="252" />
            <source>Create the vault</source>
            <translation>Utwórz sejf danych</translation>
        </message>
    </context>
</TS>