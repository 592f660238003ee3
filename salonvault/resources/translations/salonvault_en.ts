<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="182"/>
        <location filename="../../ui/pages/activity_page.py" line="302"/>
        <location filename="../../ui/pages/activity_page.py" line="344"/>
        <location filename="../../ui/pages/activity_page.py" line="348"/>
        <location filename="../../ui/pages/activity_page.py" line="375"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="182"/>
        <source>No client matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="218"/>
        <source>The newest %1 matching entries; narrow the filter for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activity_page.py" line="223"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="237"/>
        <source>Entry %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="259"/>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activity_page.py" line="271"/>
        <source>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</source>
        <translation>
            <numerusform>The activity log is intact: %n entry checked, none changed, none missing, none out of order.</numerusform>
            <numerusform>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="282"/>
        <source>The activity log has been tampered with or damaged, from entry %1 on (%2). Keep this computer as it is and compare with your newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="304"/>
        <source>No verified backup is within reach. Plug in the backup drive, or make a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="316"/>
        <source>Export these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="319"/>
        <source>The matching entries go to a CSV file that leaves the vault. Entries name staff members and client numbers, never client details. Encrypt it to the recovery key (it then opens with the Recovery Kit)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="324"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="325"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="331"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="348"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="379"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="380"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="381"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="382"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="383"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="384"/>
        <source>Client (name or phone, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="389"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="391"/>
        <source>Check the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="392"/>
        <source>Check against the newest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="393"/>
        <source>Export these entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="396"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="397"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="398"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="399"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="400"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="401"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="413"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="414"/>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="417"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="46"/>
        <source>Everything the activity log holds about this client, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="71"/>
        <source>Merged-in record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="148"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="164"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="166"/>
        <source>Let the new staff member type their own PIN; nobody else should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="168"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="172"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="169"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="173"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="170"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="174"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="171"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="175"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Owner passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="145"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="176"/>
        <source>This PC had lost its key to the vault. It has a new one now: SalonVault opens here by itself again. Put the Recovery Kit back in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="183"/>
        <source>The vault is open, but this PC could not keep a new key for it (%1). Next time it asks for the recovery key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>Wrong passphrase; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="219"/>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="243"/>
        <source>Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../ui/audit_words.py" line="22"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="28"/>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="30"/>
        <source>%1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="38"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="39"/>
        <location filename="../../ui/audit_words.py" line="85"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="40"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="54"/>
        <source>filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="67"/>
        <source>Opened the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="68"/>
        <source>Registered the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="69"/>
        <source>Imported clients from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="70"/>
        <source>Changed details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="71"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="72"/>
        <source>Brought back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="73"/>
        <source>Erased the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="74"/>
        <source>Merged another record of the client into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="75"/>
        <source>Compared the client&apos;s record for a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="76"/>
        <source>Made the client&apos;s data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="77"/>
        <source>Added a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="78"/>
        <source>Removed a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="79"/>
        <source>Added a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="80"/>
        <source>Changed a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="81"/>
        <source>Corrected a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="82"/>
        <source>Went ahead without a valid patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="83"/>
        <source>Recorded a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="84"/>
        <source>Set a patch-test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="86"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="87"/>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="88"/>
        <source>Created the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="89"/>
        <source>Opened the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="90"/>
        <source>Checked the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="91"/>
        <source>Recorded a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="92"/>
        <source>Withdrew a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="93"/>
        <source>Printed a consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="94"/>
        <source>Changed a consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="95"/>
        <source>Made a marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="96"/>
        <source>Printed the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="97"/>
        <source>Added a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="98"/>
        <source>Viewed a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="99"/>
        <source>Listed photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="100"/>
        <source>Removed a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="101"/>
        <source>Added a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="102"/>
        <source>Renamed a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="103"/>
        <source>Changed a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="104"/>
        <source>Disabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="105"/>
        <source>Enabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="106"/>
        <source>Reset a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="107"/>
        <source>Chose a new PIN after a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="108"/>
        <source>Locked out after wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="109"/>
        <source>Owner access recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="110"/>
        <source>Added a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="111"/>
        <source>Removed a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="112"/>
        <source>Showed the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="113"/>
        <source>Confirmed the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="114"/>
        <source>Started a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="115"/>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="116"/>
        <source>Verified a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="117"/>
        <source>Ran a restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="118"/>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="119"/>
        <source>Prepared a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="120"/>
        <source>Replaced the vault by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="121"/>
        <source>Changed backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="122"/>
        <source>Added a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="123"/>
        <source>Changed a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="124"/>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="125"/>
        <source>Changed the retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="126"/>
        <source>Exported clients and visits (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="127"/>
        <source>Exported everything (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="128"/>
        <source>Exported a marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="129"/>
        <source>Exported the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="130"/>
        <source>Recorded an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="131"/>
        <source>Updated an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="132"/>
        <source>Drafted an incident notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="133"/>
        <source>Made the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="134"/>
        <source>Removed data past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="135"/>
        <source>Filled the demo salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="136"/>
        <source>Added demo photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="141"/>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="142"/>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="143"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="144"/>
        <source>phone (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="145"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="146"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="147"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="148"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="149"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="150"/>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="151"/>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="152"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="153"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="154"/>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="155"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="156"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="157"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="158"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="159"/>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="160"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="161"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="40"/>
        <source>No verified backup yet. Back up now, to a USB stick kept away from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="55"/>
        <source>Made: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="60"/>
        <source>Clients: %1, size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="65"/>
        <source>Activity log: %1 entries, chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="71"/>
        <source>Warning: this vault&apos;s activity log does not hold the backup&apos;s last entry. The vault was restored from an older backup since, or its file was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="95"/>
        <source>The backup is written and verified:
%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="107"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="116"/>
        <source>Verifying a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="119"/>
        <source>The backup is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="129"/>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="132"/>
        <source>The drill restored this backup into a scratch vault, checked it and threw it away. A real restore would work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="145"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="147"/>
        <source>Replace the whole vault with the backup %1?

Everything recorded after that backup was made is left out. The current vault is not deleted: it is kept aside in the data folder. Everyone is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="167"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../ui/pages/backup_actions.py" line="29"/>
        <source>The last verified backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>The last verified backup is %n day old. Back up now.</numerusform>
            <numerusform>The last verified backup is %n days old. Back up now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/backup_actions.py" line="32"/>
        <source>%n older backup(s) removed (generations).</source>
        <translation>
            <numerusform>%n older backup removed (generations).</numerusform>
            <numerusform>%n older backups removed (generations).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupHistory</name>
    <message>
        <location filename="../../ui/models/backup_history.py" line="27"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="28"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="29"/>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="30"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="36"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="37"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="38"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="70"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="71"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="72"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="73"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="74"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="75"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="76"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="96"/>
        <source>(scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location filename="../../ui/backup_tasks.py" line="60"/>
        <source>Cancelling; removing the unfinished file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="68"/>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="69"/>
        <source>Reading it back and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="70"/>
        <source>Decrypting and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTasks</name>
    <message>
        <location filename="../../ui/backup_tasks.py" line="137"/>
        <source>Cancelled; nothing was left half-written and earlier backups are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="144"/>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="203"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="205"/>
        <source>USB / removable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="228"/>
        <source>Choose a USB stick or a folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="230"/>
        <source>This folder is not there now (drive unplugged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="234"/>
        <source>Free: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="258"/>
        <source>Back up into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="265"/>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="265"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="289"/>
        <location filename="../../ui/pages/backups_page.py" line="302"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="291"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="303"/>
        <location filename="../../ui/pages/backups_page.py" line="305"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="304"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="306"/>
        <source>Check and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="307"/>
        <source>Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="308"/>
        <source>Restore drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="309"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="310"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="311"/>
        <source>Backups kept in each folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="312"/>
        <source>Remind when the last backup is older than (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="313"/>
        <source>Offer a backup when SalonVault closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="314"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="315"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="53"/>
        <source>Choose the camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="77"/>
        <source>Import from camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="81"/>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="90"/>
        <source>Photos in the camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="91"/>
        <source>No photos in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="92"/>
        <source>Delete the original files after import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="96"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="121"/>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="74"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="76"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="110"/>
        <source>Merge with another client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="116"/>
        <source>Erase client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="122"/>
        <source>Data report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="139"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="146"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="149"/>
        <source>Patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="152"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="155"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="158"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="203"/>
        <source>No consent to keep service records yet: ask before the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="248"/>
        <source>Severe health alert: check before any treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="254"/>
        <source>This client has health alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="259"/>
        <source>Patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="144"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="54"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="56"/>
        <source>Change details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="91"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="92"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="93"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="94"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="95"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="96"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="97"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="98"/>
        <source>Minor (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="99"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="100"/>
        <source>Hair preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="101"/>
        <source>Skin preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="102"/>
        <source>Lash preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="103"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="104"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="123"/>
        <source>Name and how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="125"/>
        <source>Short words, separated by commas: balayage, regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="218"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="220"/>
        <source>A client with the same phone, or a very similar name and birth date, is already registered. Add this one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <location filename="../../ui/models/client_table.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="87"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="88"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="89"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="126"/>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="133"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="140"/>
        <source>Severe health alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="142"/>
        <source>Health alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="103"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="110"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="198"/>
        <source>Find a client: name, phone, e-mail or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="199"/>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="200"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="201"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="202"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="203"/>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/consent_labels.py" line="12"/>
        <source>Service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="13"/>
        <source>Health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="14"/>
        <source>Before/after photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="15"/>
        <source>Photos in marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="16"/>
        <source>Marketing by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="17"/>
        <source>Marketing by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="18"/>
        <source>Marketing by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="19"/>
        <source>Marketing by messaging apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="22"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="29"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="30"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="31"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="32"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="39"/>
        <source>Signed on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="40"/>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="77"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="111"/>
        <source>The client signs on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="112"/>
        <source>The client signed a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="117"/>
        <location filename="../../ui/dialogs/consent_dialog.py" line="118"/>
        <source>Paper form&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="128"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="136"/>
        <source>Language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="181"/>
        <source>Choose Agree or Refuse for every purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTemplatesPanel</name>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="150"/>
        <source>Current text: version %1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="159"/>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="182"/>
        <source>The salon now asks for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="185"/>
        <source>The salon no longer asks for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="195"/>
        <source>Save this text as a new version? Clients who agreed to the old text will be asked again. The old version stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="199"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="210"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="232"/>
        <source>Ticked: the salon asks clients for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="233"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="236"/>
        <source>{salon_name} and {salon_address} are filled in with the salon&apos;s details when the text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="240"/>
        <source>Save as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="241"/>
        <source>Earlier versions (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="123"/>
        <source>version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/consents_page.py" line="130"/>
        <source>%n consent(s) to ask again</source>
        <translation>
            <numerusform>%n consent to ask again</numerusform>
            <numerusform>%n consents to ask again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="170"/>
        <source>The privacy notice was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="175"/>
        <source>The saved file is not encrypted: it leaves the vault. The notice holds no client&apos;s details, only the salon&apos;s name, address and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="179"/>
        <location filename="../../ui/pages/consents_page.py" line="184"/>
        <source>Save privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="196"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="207"/>
        <source>Consents given under an earlier version of the text. Ask these clients again when they next come in; until then their earlier answer stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="212"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="212"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="212"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="214"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="215"/>
        <source>To ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="217"/>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="218"/>
        <source>Privacy notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="219"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="220"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="61"/>
        <source>No consent to keep service records: ask the client before the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <source>Text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="66"/>
        <source>Consent per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="70"/>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="71"/>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="73"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Print form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="78"/>
        <source>Save form as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="95"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="127"/>
        <source>%1 (needs re-consent: the text changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="142"/>
        <source>%1, withdrawn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="184"/>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="193"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="196"/>
        <source>Withdraw the client&apos;s photo consent? Every photo of this client is deleted from the vault now. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="201"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="202"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/consents_panel.py" line="216"/>
        <source>Consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Consent withdrawn; %n photo deleted.</numerusform>
            <numerusform>Consent withdrawn; %n photos deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="218"/>
        <source>Consent withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="243"/>
        <source>The form was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="248"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s name and signature. Save it only where the client&apos;s records may be kept, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="253"/>
        <location filename="../../ui/dialogs/consents_panel.py" line="258"/>
        <source>Save form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="270"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="145"/>
        <source>Last verified backup: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="149"/>
        <source>Last verified backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="160"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="162"/>
        <source>New clients in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="163"/>
        <source>Clients without consent to keep their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="164"/>
        <source>Clients to ask again (consent text changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="165"/>
        <source>Patch tests running out within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="166"/>
        <source>Due for removal (see Privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="167"/>
        <source>Failed sign-ins in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="171"/>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="172"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="173"/>
        <source>Open Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="44"/>
        <source>Client data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="51"/>
        <source>Everything held on %1: the record, health, visits, patch tests, photos, consents with their texts, and the log of who opened the record. For the client&apos;s request to see their data or to have a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="63"/>
        <source>The saved files are not encrypted: they leave the vault. Save them only to hand to the client (a USB stick, or print the PDF), and delete your copy afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="82"/>
        <source>Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="83"/>
        <source>Readable report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="85"/>
        <source>Machine-readable copy (JSON, photos included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="87"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="97"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="114"/>
        <source>Save the client data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="126"/>
        <source>Not inside the vault folder; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="146"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="34"/>
        <source>Erase this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="42"/>
        <source>This removes %1 for good: contact details, health items, patch tests, treatments, photos, and consents with their signatures. The activity log keeps only a note that an erasure happened, with no name in it. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="55"/>
        <source>Backups made before now still hold this client until they rotate out (the newest %1 backups are kept on each drive). If you ever restore one of them, erase the client again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="66"/>
        <source>Keep the visits as anonymous counts (month and service only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="69"/>
        <source>To confirm, type the client&apos;s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="80"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="111"/>
        <source>Client erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="114"/>
        <source>The client is erased: %1 treatments, %2 photos, %3 consents and %4 health items removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="117"/>
        <source>The file leaves the vault unencrypted: whoever gets it can read the client records in it. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="125"/>
        <source>The file leaves the vault encrypted with age: it opens only with the passphrase or the recovery key chosen here (for example `age -d`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="138"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="140"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="143"/>
        <source>Tick the box to confirm an unencrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="158"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="185"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="186"/>
        <source>Exported %1 clients to:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="198"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="200"/>
        <source>All clients and visits, for a spreadsheet (two CSV files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="203"/>
        <source>Everything, machine-readable (JSON: health, visits, consents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="206"/>
        <source>Marketing list: clients who agreed to this channel, with that contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="210"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="212"/>
        <source>Encrypted to the salon&apos;s recovery key (opens with the Recovery Kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="214"/>
        <source>Encrypted with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="215"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="216"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="217"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="219"/>
        <source>I understand that this file is readable by anyone who gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="221"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="115"/>
        <source>Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx). The file is read into memory only; nothing is written until you confirm the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="121"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="149"/>
        <source>Add a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="158"/>
        <source>e.g. PPD (hair dye), latex, pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="177"/>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="181"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="178"/>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="182"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="179"/>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="183"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="56"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="57"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="58"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="59"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="60"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="64"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="65"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="67"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="125"/>
        <source>Remove health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="126"/>
        <source>Remove “%1” from this client&apos;s health record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="41"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="42"/>
        <source>Update the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="43"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="96"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="97"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="98"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="99"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="121"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="129"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="134"/>
        <source>Same phone as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="135"/>
        <source>Same e-mail as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="136"/>
        <source>Similar name and same birth date as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="142"/>
        <source>line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="162"/>
        <source>%1 (client %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="164"/>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="123"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="442"/>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="132"/>
        <source>Client list to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="134"/>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="210"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="269"/>
        <source>Nothing is written until you click Import.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="304"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="311"/>
        <source>Imported.
New clients: %1 · Clients updated: %2 · Rows skipped: %3 · Rows not imported: %4 · Allergies recorded: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="322"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="368"/>
        <source>Checking row %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="373"/>
        <source>Importing: %1 of %2 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="409"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="410"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="413"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="415"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="416"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="417"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="454"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="471"/>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="475"/>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="263"/>
        <source>The number you give is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="275"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="277"/>
        <source>Clients concerned now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="298"/>
        <source>Incident no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="300"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="303"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="304"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="305"/>
        <source>When it was discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="306"/>
        <source>Which data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="307"/>
        <source>Which clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="309"/>
        <source>Likely consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="310"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="311"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="312"/>
        <source>Authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="317"/>
        <source>Describe the incident without naming clients (the log never copies it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="319"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="320"/>
        <source>Yes, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="324"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="325"/>
        <source>Clients with health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="326"/>
        <source>Clients with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="327"/>
        <source>Clients registered between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="328"/>
        <source>A number I give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="336"/>
        <source>Save the incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="341"/>
        <source>Names and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="342"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="343"/>
        <source>Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="344"/>
        <source>Visits and treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="345"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="346"/>
        <source>Consents and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="353"/>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="354"/>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="355"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="135"/>
        <source>%1 h left to notify (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="136"/>
        <source>Overdue by %1 h (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="137"/>
        <source>Notified after %1 h, in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="138"/>
        <source>Notified %1 h after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="139"/>
        <source>Closed without notifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="180"/>
        <source>Incident no. %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="192"/>
        <source>Save the notice to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="195"/>
        <source>Save the letter to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="198"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds your description of the incident and the counts, no client&apos;s name. It is a draft: complete it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="220"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="239"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="240"/>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="241"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="242"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="243"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="244"/>
        <source>72-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="247"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="248"/>
        <source>Save notice to the authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="249"/>
        <source>Save letter to clients…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>none on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="86"/>
        <source>Welcome to SalonVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="89"/>
        <source>SalonVault keeps your clients&apos; records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="94"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="95"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="97"/>
        <source>Moving to a new computer, or starting again after a lost one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="99"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="162"/>
        <location filename="../../ui/lock_screen.py" line="186"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="171"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="183"/>
        <source>The two PINs differ; choose your new PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="194"/>
        <source>The code is right. Now choose your new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="242"/>
        <source>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong try will disable this account.</numerusform>
            <numerusform>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="247"/>
        <source>Wrong code. This account is now disabled; ask the owner to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="249"/>
        <source>Enter the one-time code again to choose your new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="251"/>
        <source>Your one-time code has expired; ask the owner for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="257"/>
        <source>Wrong PIN. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong try will disable this account.</numerusform>
            <numerusform>Wrong PIN. %n more wrong tries will disable this account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="261"/>
        <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="265"/>
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="266"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="270"/>
        <source>This account is disabled after too many wrong PINs. The owner can enable it again; for the owner&apos;s own account, use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="273"/>
        <source>This account is disabled. The owner can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="275"/>
        <source>No staff member has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="287"/>
        <source>Who is signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="289"/>
        <source>Choose a new PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="291"/>
        <source>Type the new PIN for %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="294"/>
        <source>One-time code for %1 (the owner reset your PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="297"/>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="301"/>
        <source>Sign in as %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="304"/>
        <source>Demo salon. PINs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="171"/>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="174"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_steps.py" line="177"/>
        <source>%n row(s); columns separated by %1.</source>
        <translation>
            <numerusform>%n row; columns separated by %1.</numerusform>
            <numerusform>%n rows; columns separated by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_steps.py" line="185"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="198"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="225"/>
        <source>as at the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="226"/>
        <source>from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="227"/>
        <source>from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="228"/>
        <source>this salon does not collect it (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="238"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="239"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="56"/>
        <source>Merge with another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Use this when one person was registered twice. Find the other record, compare them, and choose the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="72"/>
        <source>Find the other record: name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="73"/>
        <source>Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="95"/>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="96"/>
        <source>Keep the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="100"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="116"/>
        <source>The record that is not kept is removed for good: its treatments, consents (the whole history, as proof), photos, health items and patch tests move to the record kept; its details fill only fields the kept record has empty (other values are dropped), its notes are added and its tags joined. This cannot be undone. Backups made before now still hold both records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="140"/>
        <source>Merge for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="164"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="207"/>
        <location filename="../../ui/dialogs/merge_dialog.py" line="227"/>
        <source>Find and choose the other record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>To confirm, type the name of the record that will be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="240"/>
        <source>The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items and %5 patch tests moved to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="253"/>
        <source>%1 photos were deleted: the newest photo consent over both records is not an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Clients merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="264"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="265"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Health items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="272"/>
        <source>Patch tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/workspace.py" line="43"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="44"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="45"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="46"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="47"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="48"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="49"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="50"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenModeBox</name>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="74"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="78"/>
        <source>Setting the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="94"/>
        <location filename="../../ui/pages/open_mode_box.py" line="137"/>
        <source>How the vault opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="85"/>
        <source>Open the vault on this computer without the passphrase? Anyone who can sign in to this computer&apos;s user account can then start SalonVault (staff still need their PINs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="91"/>
        <source>This computer has no protected key store: the key would be kept in a file, which is weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="141"/>
        <source>Now: the vault stays closed until the owner types the passphrase at each start. If it is forgotten, only the Recovery Kit opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="148"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in a file (this computer has no protected key store): weaker, a passphrase is safer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="154"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in this computer&apos;s protected key store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="158"/>
        <source>That protects the records if the disk or a copy of the folder is stolen, not from someone who can sign in to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="171"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="172"/>
        <location filename="../../ui/pages/open_mode_box.py" line="174"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="173"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="175"/>
        <source>Ask for the passphrase at every start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="176"/>
        <source>Open on this computer without the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="179"/>
        <source>Done. From the next start, SalonVault asks for the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="182"/>
        <source>Done. SalonVault opens on this computer by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../ui/open_problem.py" line="59"/>
        <source>The vault did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="62"/>
        <source>Open it with the recovery key from the Recovery Kit. If that does not work either, restore the newest backup: the files that do not open are kept aside in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="68"/>
        <source>Restore the newest backup with the recovery key from the Recovery Kit: the files that do not open are kept aside in the data folder, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="72"/>
        <source>Open with the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="74"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="149"/>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="154"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="159"/>
        <source>Good PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="166"/>
        <source>You, the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="169"/>
        <source>Your PIN opens the owner&apos;s screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="173"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="176"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="174"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="177"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="175"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="178"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="256"/>
        <source>Patch test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="261"/>
        <source>%1, tested on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="264"/>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="270"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="172"/>
        <source>Record a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="183"/>
        <source>e.g. Wella Koleston 7/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="189"/>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="190"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="191"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="200"/>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="201"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="63"/>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="64"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="65"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="66"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="67"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="68"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="73"/>
        <source>Record a patch test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="75"/>
        <source>Set result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="79"/>
        <source>Details of patch tests are for owners and technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="96"/>
        <source>Patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewDialog</name>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="71"/>
        <source>Compare before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="73"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="97"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="97"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="79"/>
        <source>Record photo consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="81"/>
        <source>Withdraw photo consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="87"/>
        <location filename="../../ui/dialogs/photos_panel.py" line="111"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="88"/>
        <location filename="../../ui/dialogs/photos_panel.py" line="111"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="89"/>
        <source>Before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="91"/>
        <location filename="../../ui/dialogs/photos_panel.py" line="111"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="92"/>
        <source>Add photo from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="94"/>
        <source>Import from camera folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="97"/>
        <source>Compare before and after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="99"/>
        <source>Remove photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="101"/>
        <source>No photos yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="122"/>
        <source>Photos by treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="157"/>
        <source>Photo consent: given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="161"/>
        <source>Photo consent: not recorded. Before/after photos can be taken and kept only after the client agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="184"/>
        <source>Photo consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="188"/>
        <source>The client refused photos; the refusal is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="194"/>
        <source>Withdraw photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="196"/>
        <source>Withdraw the client&apos;s photo consent? %n photo(s) of this client will be deleted from the vault now. This cannot be undone.</source>
        <translation>
            <numerusform>Withdraw the client&apos;s photo consent? %n photo of this client will be deleted from the vault now. This cannot be undone.</numerusform>
            <numerusform>Withdraw the client&apos;s photo consent? %n photos of this client will be deleted from the vault now. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="215"/>
        <source>Photo consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Photo consent withdrawn; %n photo deleted.</numerusform>
            <numerusform>Photo consent withdrawn; %n photos deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="258"/>
        <source>No treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="279"/>
        <source>%1 (no treatment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="322"/>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="324"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="370"/>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="380"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="383"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="387"/>
        <source>%1 was added but the original could not be deleted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="451"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="452"/>
        <source>Remove %n photo(s) from the vault? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n photo from the vault? This cannot be undone.</numerusform>
            <numerusform>Remove %n photos from the vault? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="97"/>
        <location filename="../../ui/widgets/pin_pad.py" line="98"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="99"/>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="100"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="101"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../ui/pin_messages.py" line="14"/>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="16"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="19"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="21"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="25"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="29"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="32"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="35"/>
        <source>This page is not ready yet; it comes in a later update of this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="308"/>
        <source>Only rows that are not simply new clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="309"/>
        <source>For the selected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="310"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="311"/>
        <source>Update the client already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="312"/>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="43"/>
        <source>Privacy duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="44"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="45"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="46"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="47"/>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingRecordTab</name>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="60"/>
        <source>Save the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="62"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds no client&apos;s details, only the salon&apos;s name, address, settings and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="81"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="96"/>
        <source>The record of processing activities (GDPR Art. 30) is made from the salon&apos;s settings: the consent purposes switched on, the client fields collected, the retention rules and what SalonVault does to protect the records. It is in the salon&apos;s language; complete the parts in [square brackets] on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="102"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="67"/>
        <source>Change details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="97"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="101"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="103"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="104"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="110"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="114"/>
        <source>Serving this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="116"/>
        <source>Minor (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="118"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="119"/>
        <source>Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="120"/>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="121"/>
        <source>Lashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="124"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="125"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="137"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="137"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="150"/>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="177"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="152"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="170"/>
        <source>Archive %1? The client leaves everyday search; nothing is deleted and you can bring them back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="174"/>
        <source>Bring %1 back into everyday search?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="177"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../../ui/recovery_kit_actions.py" line="31"/>
        <source>Not inside the vault folder; choose a USB stick for the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_actions.py" line="42"/>
        <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_actions.py" line="48"/>
        <source>Save the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="47"/>
        <source>Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="50"/>
        <source>Print the Recovery Kit or save it to a USB stick, and keep it in the safe. Anyone who has it can open every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="59"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="60"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="61"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="70"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="103"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="105"/>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="112"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="115"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKitPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="335"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="355"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="340"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="361"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="325"/>
        <source>Could not make the kit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="352"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="363"/>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="371"/>
        <source>Your Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="374"/>
        <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="379"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="380"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="381"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="382"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="383"/>
        <source>Type the last 4 characters of the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="384"/>
        <source>Last 4 characters of the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="198"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="199"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="200"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="279"/>
        <source>One-time code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="283"/>
        <source>The PIN of %1 is reset; their old PIN no longer works. They sign in with this code and then choose their new PIN. It works once, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="292"/>
        <source>Hand this code over in person, not by message or e-mail. It is shown only now; if it is lost, reset the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="296"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="97"/>
        <source>The backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="97"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="103"/>
        <source>The recovery key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="116"/>
        <source>Choose the backup file (it ends in .svbak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="124"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="135"/>
        <source>Restoring from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="152"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="155"/>
        <source>The vault on this computer does not open. Put the newest backup file (.svbak) in its place with the recovery key printed on the Recovery Kit; the files that do not open are kept aside in the data folder. Staff sign in with their usual PINs; what was recorded after the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="162"/>
        <source>Bring the salon back on this computer from a backup file (.svbak) and the recovery key printed on the Recovery Kit. Staff sign in with their usual PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="166"/>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="167"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="169"/>
        <source>AGE-SECRET-KEY-1… (type, paste or open the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="171"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="172"/>
        <source>Open key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="173"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="357"/>
        <source>Imported clients have no consent on record: their cards say so until the consent is recorded at their next visit. SalonVault never assumes consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="132"/>
        <source>Last review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="134"/>
        <source>Never reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="149"/>
        <source>Nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="151"/>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="240"/>
        <source>Remove all listed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="168"/>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="178"/>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="182"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="157"/>
        <source>Remove everything listed?

Clients erased (visits kept as anonymous counts): %1
Clients whose health data is removed: %2
Clients whose old photos are removed: %3

This cannot be undone; backups keep the data until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="185"/>
        <source>Done. Clients erased: %1; health entries removed: %2; photos removed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="197"/>
        <source>Erase the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="199"/>
        <source>Remove health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="200"/>
        <source>Remove old photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="220"/>
        <source>How long data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="222"/>
        <source>Erase clients after this many years without a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="224"/>
        <source>Remove health data and patch tests this many years after the last treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="226"/>
        <source>Remove photos this many years after they were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="230"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="231"/>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="232"/>
        <source>Due now (review monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="237"/>
        <source>Removed data stays in earlier backups until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="230"/>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="231"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="232"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="117"/>
        <source>Your salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="118"/>
        <source>Printed at the top of consent forms and the Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="119"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="121"/>
        <source>Salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="120"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="122"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="133"/>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="142"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143"/>
        <location filename="../../ui/pages/settings_page.py" line="144"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="146"/>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="147"/>
        <source>Salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="148"/>
        <location filename="../../ui/pages/settings_page.py" line="150"/>
        <source>Minutes without use before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="152"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="154"/>
        <source>Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="156"/>
        <source>Confirmed as printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="158"/>
        <source>Not confirmed yet: print or save it now and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="160"/>
        <source>Print or save the Recovery Kit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="430"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="464"/>
        <source>The passphrase could not be set (%1); the vault opens on this computer for now. The owner can set a passphrase later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="497"/>
        <source>Set up SalonVault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../ui/shell.py" line="183"/>
        <source>The Recovery Kit is not confirmed yet: print or save it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="192"/>
        <source>Sign-in failed unexpectedly; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="237"/>
        <source>Locks in %n seconds</source>
        <translation>
            <numerusform>Locks in %n second</numerusform>
            <numerusform>Locks in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="278"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="281"/>
        <source>The backup is restored and verified; everyone signs in again. The replaced vault is kept in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="321"/>
        <source>Back up before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="322"/>
        <source>Back up to %1 before SalonVault closes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="364"/>
        <source>SalonVault — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="365"/>
        <source>Switch user (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="366"/>
        <location filename="../../ui/shell.py" line="367"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="372"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="378"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="380"/>
        <source>Locked after being idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="382"/>
        <source>Locked because the computer was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="123"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="125"/>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="127"/>
        <source>Sign above the line with the mouse, a finger or a pen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="132"/>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="139"/>
        <source>The name was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="149"/>
        <source>The role was changed; they sign in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="161"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="164"/>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="176"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="179"/>
        <source>Reset the PIN of %1? Their current PIN stops working at once; you get a one-time code to give them, and they choose a new PIN with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="192"/>
        <source>The PIN of %1 is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="211"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="212"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="213"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="214"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="217"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="217"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="219"/>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="221"/>
        <source>You cannot reset your own PIN here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="225"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <location filename="../../ui/models/staff_table.py" line="42"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="44"/>
        <source>Active, PIN reset waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="45"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="50"/>
        <source>Yes, disabled after 10 wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="53"/>
        <source>Yes, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="56"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="91"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="93"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="94"/>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="95"/>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="122"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="45"/>
        <source>Latest colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="59"/>
        <source>Treatments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="62"/>
        <source>Add treatment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="95"/>
        <source>No colour formula recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="102"/>
        <source>%1 · %2 · by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="111"/>
        <source>Done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="113"/>
        <source>Products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="115"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="239"/>
        <source>How the vault opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="240"/>
        <source>Open automatically on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="243"/>
        <source>The key is kept in this computer&apos;s protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer&apos;s user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="249"/>
        <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="252"/>
        <source>Owner types a passphrase every morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="255"/>
        <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="259"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="260"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="262"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="261"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="263"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="43"/>
        <source>Add treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="65"/>
        <source>e.g. 7/0, 7/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="84"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="85"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="86"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="87"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="88"/>
        <source>Colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="90"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="91"/>
        <source>Shades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="92"/>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="93"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="94"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="96"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="97"/>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="98"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="144"/>
        <source>The price is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="155"/>
        <source>Patch test needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="156"/>
        <source>Go ahead anyway? This is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PurposeChoice</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="44"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="45"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
