<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="103" />
            <source>Owner passphrase:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" line="14" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="15" />
            <source>Receptionist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/labels.py" line="16" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="79" />
            <source>Welcome to SalonVault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="82" />
            <source>SalonVault keeps your clients' records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="87" />
            <location filename="../../ui/wizard/setup_wizard.py" line="88" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/lock_screen.py" line="129" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock_screen.py" line="159" />
            <source>Wrong PIN. %n more wrong tries will disable this account.</source>
            <translation>
                <numerusform>Wrong PIN. %n more wrong try will disable this account.</numerusform>
                <numerusform>Wrong PIN. %n more wrong tries will disable this account.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="163" />
            <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock_screen.py" line="167" />
            <source>Too many wrong PINs. Try again in %n minutes.</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lock_screen.py" line="168" />
            <source>Too many wrong PINs. Try again in %n seconds.</source>
            <translation>
                <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
                <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="172" />
            <source>This account is disabled after too many wrong PINs. The owner can enable it again; for the owner's own account, use the recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="175" />
            <source>This account is disabled. The owner can enable it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="177" />
            <source>No staff member has that name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="189" />
            <source>Who is signing in?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="191" />
            <source>PIN for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="195" />
            <source>Sign in as %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="198" />
            <source>Demo salon. PINs: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../ui/workspace.py" line="34" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="35" />
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="36" />
            <source>Consents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="37" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="38" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="39" />
            <source>Activity log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="40" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="138" />
            <source>Enter your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="143" />
            <source>The two PINs differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="148" />
            <source>Good PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="155" />
            <source>You, the owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="158" />
            <source>Your PIN opens the owner's screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="162" />
            <location filename="../../ui/wizard/setup_wizard.py" line="165" />
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="163" />
            <location filename="../../ui/wizard/setup_wizard.py" line="166" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="164" />
            <location filename="../../ui/wizard/setup_wizard.py" line="167" />
            <source>PIN again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="97" />
            <location filename="../../ui/widgets/pin_pad.py" line="98" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="99" />
            <source>Delete last digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="100" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="101" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinRules</name>
        <message>
            <location filename="../../ui/pin_messages.py" line="14" />
            <source>A PIN has digits only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="16" />
            <source>A PIN has %1 to %2 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="19" />
            <source>A PIN cannot be one digit repeated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="21" />
            <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="25" />
            <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="29" />
            <source>That PIN is among the most common ones; choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pin_messages.py" line="32" />
            <source>A PIN cannot look like a date (people guess birthdays first).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../ui/pages/placeholder.py" line="37" />
            <source>This page is not ready yet; it comes in a later update of this version.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKitPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="325" />
            <source>Saved to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="330" />
            <source>Sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="316" />
            <source>Could not make the kit: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="339" />
            <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="345" />
            <location filename="../../ui/wizard/setup_wizard.py" line="353" />
            <source>Save the Recovery Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="359" />
            <source>Could not save: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="368" />
            <source>Could not print: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="376" />
            <source>Your Recovery Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="379" />
            <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="384" />
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="385" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="386" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="387" />
            <source>I have printed or saved the Recovery Kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="388" />
            <source>Type the last 4 characters of the key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="389" />
            <source>Last 4 characters of the key</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SalonPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="106" />
            <source>Your salon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="107" />
            <source>Printed at the top of consent forms and the Recovery Kit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="108" />
            <location filename="../../ui/wizard/setup_wizard.py" line="110" />
            <source>Salon name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="109" />
            <location filename="../../ui/wizard/setup_wizard.py" line="111" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="97" />
            <source>Saved. The idle lock applies from the next sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="105" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="106" />
            <source>On this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="107" />
            <location filename="../../ui/pages/settings_page.py" line="108" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="110" />
            <source>Salon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="111" />
            <source>Salon name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="112" />
            <location filename="../../ui/pages/settings_page.py" line="114" />
            <source>Minutes without use before the screen locks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/settings_page.py" line="116" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="427" />
            <source>Creating the vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="480" />
            <source>Set up SalonVault</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShellWindow</name>
        <message>
            <location filename="../../ui/shell.py" line="117" />
            <source>Sign-in failed unexpectedly; please try again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell.py" line="152" />
            <source>Locks in %n seconds</source>
            <translation>
                <numerusform>Locks in %n second</numerusform>
                <numerusform>Locks in %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell.py" line="178" />
            <source>SalonVault — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell.py" line="179" />
            <source>Switch user (Ctrl+L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell.py" line="180" />
            <location filename="../../ui/shell.py" line="181" />
            <source>Switch user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell.py" line="185" />
            <source>Signed in: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell.py" line="191" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell.py" line="193" />
            <source>Locked after being idle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/shell.py" line="195" />
            <source>Locked because the computer was locked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="228" />
            <source>How the vault opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="229" />
            <source>Open automatically on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="232" />
            <source>The key is kept in this computer's protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer's user account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="238" />
            <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="241" />
            <source>Owner types a passphrase every morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="244" />
            <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="248" />
            <source>Passphrase (12+ characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="249" />
            <location filename="../../ui/wizard/setup_wizard.py" line="251" />
            <source>Passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="250" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/wizard/setup_wizard.py" line="252" />
            <source>Create the vault</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>