<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="50"/>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="54"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="56"/>
        <source>last visit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="198"/>
        <location filename="../../../ui/pages/activity_page.py" line="349"/>
        <location filename="../../../ui/pages/activity_page.py" line="389"/>
        <location filename="../../../ui/pages/activity_page.py" line="393"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="198"/>
        <source>No client matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="275"/>
        <source>The newest %1 matching entries; narrow the filter for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="280"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="265"/>
        <source>Entry %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="222"/>
        <location filename="../../../ui/pages/activity_page.py" line="448"/>
        <source>Every client&apos;s entries are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="298"/>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="318"/>
        <source>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</source>
        <translation>
            <numerusform>The activity log is intact: %n entry checked, none changed, none missing, none out of order.</numerusform>
            <numerusform>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="329"/>
        <source>The activity log has been tampered with or damaged, from entry %1 on (%2). Keep this computer as it is and compare with your newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="351"/>
        <source>No verified backup is within reach. Plug in the backup drive, or make a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="363"/>
        <source>Export these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="366"/>
        <source>The matching entries go to a CSV file that leaves the vault. Entries name staff members and client numbers, never client details. Encrypt it to the recovery key (it then opens with the Recovery Kit)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="371"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="372"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="377"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="393"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="435"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="436"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="437"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="438"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="439"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="440"/>
        <source>Client (name or phone, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="445"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="449"/>
        <source>Check the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="450"/>
        <source>Check against the newest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="451"/>
        <source>Export these entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="454"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="455"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="400"/>
        <location filename="../../../ui/pages/activity_page.py" line="456"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="457"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="400"/>
        <location filename="../../../ui/pages/activity_page.py" line="458"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="459"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="471"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="472"/>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="475"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="49"/>
        <source>Everything the activity log holds about this client, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="55"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="55"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="55"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="55"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="76"/>
        <source>Merged-in record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="191"/>
        <source>Attach a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="197"/>
        <source>a PDF, JPEG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="198"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="224"/>
        <source>%1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="226"/>
        <source>Proves the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="227"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="228"/>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="229"/>
        <source>&amp;Date on the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="230"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="233"/>
        <source>Record the paper consent on the Consents tab first (signed on paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="244"/>
        <source>Choose the scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="245"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="260"/>
        <source>Choose the file of the scanned paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="120"/>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="122"/>
        <source>Let the new staff member type their own PIN; nobody else should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="124"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="125"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="129"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="126"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="130"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="127"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="131"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="137"/>
        <source>Owner passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="153"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="184"/>
        <source>This PC had lost its key to the vault. It has a new one now: SalonVault opens here by itself again. Put the Recovery Kit back in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="191"/>
        <source>The vault is open, but this PC could not keep a new key for it (%1). Next time it asks for the recovery key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="220"/>
        <source>Wrong passphrase; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="227"/>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="251"/>
        <source>Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="44"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="61"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="62"/>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="63"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="64"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="65"/>
        <source>&amp;Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="113"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="64"/>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="65"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="66"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="68"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="77"/>
        <source>&amp;Attach a scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="80"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="82"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="89"/>
        <source>Scanned papers are added by the owner or reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="120"/>
        <source>%n health paper(s) (doctor&apos;s letters, prescriptions) are held for the owner and technicians.</source>
        <translation>
            <numerusform>%n health paper (doctor&apos;s letters, prescriptions) is held for the owner and technicians.</numerusform>
            <numerusform>%n health papers (doctor&apos;s letters, prescriptions) are held for the owner and technicians.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="147"/>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="179"/>
        <source>Scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="167"/>
        <source>Remove scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="169"/>
        <source>Remove the %1 of %2 from the vault? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="124"/>
        <location filename="../../../ui/audit_details.py" line="271"/>
        <source>photos %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="126"/>
        <source>the time to change it had passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="129"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="145"/>
        <source>clients: %n</source>
        <translation>
            <numerusform>clients: %n</numerusform>
            <numerusform>clients: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="146"/>
        <source>visits: %n</source>
        <translation>
            <numerusform>visits: %n</numerusform>
            <numerusform>visits: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="147"/>
        <source>photos: %n</source>
        <translation>
            <numerusform>photos: %n</numerusform>
            <numerusform>photos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="148"/>
        <source>entries: %n</source>
        <translation>
            <numerusform>entries: %n</numerusform>
            <numerusform>entries: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="149"/>
        <source>entries checked: %n</source>
        <translation>
            <numerusform>entries checked: %n</numerusform>
            <numerusform>entries checked: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="150"/>
        <source>new: %n</source>
        <translation>
            <numerusform>new: %n</numerusform>
            <numerusform>new: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="151"/>
        <source>updated: %n</source>
        <translation>
            <numerusform>updated: %n</numerusform>
            <numerusform>updated: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="152"/>
        <source>skipped: %n</source>
        <translation>
            <numerusform>skipped: %n</numerusform>
            <numerusform>skipped: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="153"/>
        <source>not valid: %n</source>
        <translation>
            <numerusform>not valid: %n</numerusform>
            <numerusform>not valid: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="154"/>
        <location filename="../../../ui/audit_details.py" line="155"/>
        <source>health items: %n</source>
        <translation>
            <numerusform>health items: %n</numerusform>
            <numerusform>health items: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="156"/>
        <source>health records: %n</source>
        <translation>
            <numerusform>health records: %n</numerusform>
            <numerusform>health records: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="157"/>
        <source>rows read: %n</source>
        <translation>
            <numerusform>rows read: %n</numerusform>
            <numerusform>rows read: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="158"/>
        <source>consents: %n</source>
        <translation>
            <numerusform>consents: %n</numerusform>
            <numerusform>consents: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="159"/>
        <source>signed forms: %n</source>
        <translation>
            <numerusform>signed forms: %n</numerusform>
            <numerusform>signed forms: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="160"/>
        <source>patch tests: %n</source>
        <translation>
            <numerusform>patch tests: %n</numerusform>
            <numerusform>patch tests: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="161"/>
        <source>pinned notes: %n</source>
        <translation>
            <numerusform>pinned notes: %n</numerusform>
            <numerusform>pinned notes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="162"/>
        <source>service records: %n</source>
        <translation>
            <numerusform>service records: %n</numerusform>
            <numerusform>service records: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="163"/>
        <source>records with health values held back: %n</source>
        <translation>
            <numerusform>records with health values held back: %n</numerusform>
            <numerusform>records with health values held back: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="164"/>
        <source>services: %n</source>
        <translation>
            <numerusform>services: %n</numerusform>
            <numerusform>services: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="165"/>
        <source>allergies: %n</source>
        <translation>
            <numerusform>allergies: %n</numerusform>
            <numerusform>allergies: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="166"/>
        <source>photos deleted: %n</source>
        <translation>
            <numerusform>photos deleted: %n</numerusform>
            <numerusform>photos deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="167"/>
        <source>without contact details: %n</source>
        <translation>
            <numerusform>without contact details: %n</numerusform>
            <numerusform>without contact details: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="168"/>
        <source>wrong tries in a row: %n</source>
        <translation>
            <numerusform>wrong tries in a row: %n</numerusform>
            <numerusform>wrong tries in a row: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="169"/>
        <source>hours valid: %n</source>
        <translation>
            <numerusform>hours valid: %n</numerusform>
            <numerusform>hours valid: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="170"/>
        <source>backups kept: %n</source>
        <translation>
            <numerusform>backups kept: %n</numerusform>
            <numerusform>backups kept: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="171"/>
        <source>reminder after days: %n</source>
        <translation>
            <numerusform>reminder after days: %n</numerusform>
            <numerusform>reminder after days: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="172"/>
        <source>device keys kept for another folder: %n</source>
        <translation>
            <numerusform>device keys kept for another folder: %n</numerusform>
            <numerusform>device keys kept for another folder: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="173"/>
        <source>pages encrypted again: %n</source>
        <translation>
            <numerusform>pages encrypted again: %n</numerusform>
            <numerusform>pages encrypted again: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="174"/>
        <source>scanned papers: %n</source>
        <translation>
            <numerusform>scanned papers: %n</numerusform>
            <numerusform>scanned papers: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="175"/>
        <source>pages: %n</source>
        <translation>
            <numerusform>pages: %n</numerusform>
            <numerusform>pages: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="180"/>
        <source>visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="181"/>
        <source>photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="182"/>
        <source>scanned paper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="183"/>
        <source>health item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="184"/>
        <source>signed form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="185"/>
        <source>pinned note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="186"/>
        <source>record removed: client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="187"/>
        <source>record kept: client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="188"/>
        <source>changed from entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="189"/>
        <source>corrects visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="190"/>
        <source>service record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="191"/>
        <source>earlier version %1 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="192"/>
        <source>corrects service record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="193"/>
        <source>template version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="195"/>
        <source>from database version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="196"/>
        <source>to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="197"/>
        <source>text version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="199"/>
        <source>years a client without a visit is kept: %n</source>
        <translation>
            <numerusform>years a client without a visit is kept: %n</numerusform>
            <numerusform>years a client without a visit is kept: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="201"/>
        <source>years health data is kept: %n</source>
        <translation>
            <numerusform>years health data is kept: %n</numerusform>
            <numerusform>years health data is kept: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="202"/>
        <source>years photos are kept: %n</source>
        <translation>
            <numerusform>years photos are kept: %n</numerusform>
            <numerusform>years photos are kept: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="203"/>
        <source>with the last visit&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="215"/>
        <source>filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="219"/>
        <source>blank form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="224"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="225"/>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="230"/>
        <source>not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="250"/>
        <source>old key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="250"/>
        <source>new key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="253"/>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="255"/>
        <source>template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="255"/>
        <source>copied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="259"/>
        <source>every service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="259"/>
        <source>services %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="262"/>
        <source>cylinders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="262"/>
        <source>acuity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="265"/>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="267"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="269"/>
        <source>%1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="276"/>
        <source>not linked to a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="277"/>
        <source>proves consent record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="279"/>
        <source>no earlier visit with a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>before photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>after photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="300"/>
        <source>patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="305"/>
        <source>all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="306"/>
        <source>clients with health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="307"/>
        <source>clients with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="308"/>
        <source>clients registered between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="309"/>
        <source>a number the owner gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="314"/>
        <source>wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="315"/>
        <source>wrong one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="316"/>
        <source>no staff member has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="317"/>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="318"/>
        <source>too soon after wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="319"/>
        <source>no PIN reset was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="320"/>
        <source>the one-time code had expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="321"/>
        <source>a new PIN must be chosen first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="322"/>
        <source>not this vault&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="323"/>
        <source>the last active owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="324"/>
        <source>an owner cannot reset their own PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="325"/>
        <source>a reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="326"/>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="327"/>
        <source>locked after being idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="328"/>
        <source>the session&apos;s time was up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="329"/>
        <source>switched user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="330"/>
        <source>the computer was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="331"/>
        <source>the window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="332"/>
        <source>locked while signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="333"/>
        <source>the role was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="334"/>
        <source>the PIN was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="335"/>
        <source>owner access was recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="336"/>
        <source>the account was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="342"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="343"/>
        <source>saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="344"/>
        <location filename="../../../ui/audit_details.py" line="407"/>
        <source>with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="345"/>
        <source>with the one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="348"/>
        <source>this computer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="349"/>
        <source>the owner&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="350"/>
        <source>the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="351"/>
        <source>during set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="352"/>
        <source>by import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="353"/>
        <source>after opening with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="354"/>
        <source>encrypted to the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="355"/>
        <source>encrypted with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="356"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="357"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="358"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="359"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="360"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="361"/>
        <source>JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="362"/>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="363"/>
        <source>marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="364"/>
        <source>activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="365"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="366"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="367"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="368"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="369"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="377"/>
        <source>the authority is notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="378"/>
        <source>the authority is not notified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="379"/>
        <source>clients counted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="380"/>
        <source>count kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="381"/>
        <source>anonymous visit counts kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="382"/>
        <source>no visit counts kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="383"/>
        <source>the first owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="384"/>
        <source>the PIN&apos;s hash renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="385"/>
        <source>no photo consent in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="386"/>
        <source>the card&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="387"/>
        <source>pinned by the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="388"/>
        <source>pinned by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="389"/>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="390"/>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="391"/>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="392"/>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="393"/>
        <source>needs a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="394"/>
        <source>no patch test needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="395"/>
        <source>backup offered when closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="396"/>
        <source>no backup when closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="397"/>
        <source>to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="398"/>
        <source>to the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="399"/>
        <source>it was disabled by wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="400"/>
        <source>the owner had disabled it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="401"/>
        <source>clients without a visit: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="402"/>
        <source>health data: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="403"/>
        <source>photos: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="404"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="405"/>
        <source>separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="406"/>
        <source>by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="409"/>
        <source>with the recovery key, the vault did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="418"/>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="419"/>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="420"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="421"/>
        <source>phone (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="422"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="423"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="424"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="425"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="426"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="427"/>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="428"/>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="429"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="430"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="431"/>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="432"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="433"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="434"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="435"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="436"/>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="437"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="438"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="439"/>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="440"/>
        <source>corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="441"/>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="442"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="443"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="444"/>
        <source>usual length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="445"/>
        <source>patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="446"/>
        <source>whether it is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="447"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="448"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="449"/>
        <source>salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="450"/>
        <source>salon address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="451"/>
        <source>country of local phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="452"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="453"/>
        <source>kinds of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="454"/>
        <source>idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="455"/>
        <source>shortest PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="456"/>
        <source>client details collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../../ui/audit_words.py" line="25"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="31"/>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="33"/>
        <source>%1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="42"/>
        <location filename="../../../ui/audit_words.py" line="89"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="43"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="54"/>
        <source>Opened the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="55"/>
        <source>Registered the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="56"/>
        <source>Imported clients from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="57"/>
        <source>Changed details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="58"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="59"/>
        <source>Brought back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="60"/>
        <source>Erased the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="61"/>
        <source>Merged another record of the client into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="62"/>
        <source>Compared the client&apos;s record for a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="63"/>
        <source>Made the client&apos;s data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="64"/>
        <source>Pinned a note on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="65"/>
        <source>Unpinned a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="66"/>
        <source>Added a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="67"/>
        <source>Removed a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="68"/>
        <source>Added a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="69"/>
        <source>Opened a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="70"/>
        <source>Changed a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="71"/>
        <source>Corrected a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="72"/>
        <source>Went ahead without a valid patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="73"/>
        <source>Copied the last colour formula into a new treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="74"/>
        <source>Printed or saved the client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="75"/>
        <source>Printed or saved a day sheet listing the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="76"/>
        <source>Recorded a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="77"/>
        <source>Added a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="78"/>
        <source>Changed a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="79"/>
        <source>Corrected a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="80"/>
        <source>Listed the client&apos;s service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="81"/>
        <source>Opened a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="82"/>
        <source>Printed or saved the spectacle prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="83"/>
        <source>Copied a record template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="84"/>
        <source>Saved a new version of a record template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="85"/>
        <source>Switched a record template on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="86"/>
        <source>Chose the services of a record template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="87"/>
        <source>Chose how prescriptions are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="88"/>
        <source>Set a patch-test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="90"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="91"/>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="92"/>
        <source>Created the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="93"/>
        <source>Opened the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="94"/>
        <source>Upgraded the vault to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="95"/>
        <source>Checked the vault&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="96"/>
        <source>Checked the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="97"/>
        <source>Recorded a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="98"/>
        <source>Withdrew a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="99"/>
        <source>Printed a consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="100"/>
        <source>Changed a consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="101"/>
        <source>Switched a consent purpose on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="102"/>
        <source>Made a marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="103"/>
        <source>Printed the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="104"/>
        <source>Added a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="105"/>
        <source>Viewed a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="106"/>
        <source>Listed photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="107"/>
        <source>Removed a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="108"/>
        <source>Chose the card&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="109"/>
        <source>Took the photo off the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="110"/>
        <source>Added a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="111"/>
        <source>Listed scanned papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="112"/>
        <source>Opened a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="113"/>
        <source>Removed a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="114"/>
        <source>Added a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="115"/>
        <source>Renamed a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="116"/>
        <source>Changed a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="117"/>
        <source>Disabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="118"/>
        <source>Enabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="119"/>
        <source>Reset a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="120"/>
        <source>Chose a new PIN after a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="121"/>
        <source>Locked out after wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="122"/>
        <source>Owner access recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="123"/>
        <source>Added a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="124"/>
        <source>Removed a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="125"/>
        <source>Showed the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="126"/>
        <source>Confirmed the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="127"/>
        <source>Replaced the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="128"/>
        <source>Re-keyed the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="129"/>
        <source>Finished an interrupted re-keying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="130"/>
        <source>Tried to start a session without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="131"/>
        <source>Started a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="132"/>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="133"/>
        <source>Verified a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="134"/>
        <source>Ran a restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="135"/>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="136"/>
        <source>Prepared a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="137"/>
        <source>Replaced the vault by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="138"/>
        <source>Changed backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="140"/>
        <source>Dismissed the warning that the vault is older than a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="142"/>
        <source>Added a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="143"/>
        <source>Changed a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="144"/>
        <source>Changed the order of the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="145"/>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="146"/>
        <source>Changed the retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="147"/>
        <source>Exported clients and visits (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="148"/>
        <source>Exported everything (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="149"/>
        <source>Exported a marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="150"/>
        <source>Exported the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="151"/>
        <source>Recorded an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="152"/>
        <source>Updated an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="153"/>
        <source>Drafted an incident notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="154"/>
        <source>Made the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="155"/>
        <source>Removed data past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="156"/>
        <source>Filled the demo salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="157"/>
        <source>Added demo photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="40"/>
        <source>No verified backup yet. Back up now, to a USB stick kept away from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="53"/>
        <source>Made: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="58"/>
        <source>Clients: %1, size: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="63"/>
        <source>Activity log: %1 entries, chain verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="69"/>
        <source>Warning: this vault&apos;s activity log does not hold the backup&apos;s last entry. The vault was restored from an older backup since, or its file was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="93"/>
        <source>The backup is written and verified:
%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="105"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="114"/>
        <source>Verifying a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="117"/>
        <source>The backup is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="127"/>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="130"/>
        <source>The drill restored this backup into a scratch vault, checked it and threw it away. A real restore would work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="143"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="145"/>
        <source>Replace the whole vault with the backup %1?

Everything recorded after that backup was made is left out. The current vault is not deleted: it is kept aside in the data folder. Everyone is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="165"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="29"/>
        <source>The last verified backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>The last verified backup is %n day old. Back up now.</numerusform>
            <numerusform>The last verified backup is %n days old. Back up now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="32"/>
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
        <location filename="../../../ui/models/backup_history.py" line="32"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="33"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="34"/>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="35"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="41"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="42"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="43"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="75"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="76"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="77"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="78"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="79"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="80"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="81"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="101"/>
        <source>(scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="61"/>
        <source>Cancelling; removing the unfinished file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="69"/>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="70"/>
        <source>Reading it back and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="71"/>
        <source>Decrypting and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTasks</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="133"/>
        <source>Cancelled; nothing was left half-written and earlier backups are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="140"/>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="226"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="228"/>
        <source>USB / removable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="251"/>
        <source>Choose a USB stick or a folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="253"/>
        <source>This folder is not there now (drive unplugged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="257"/>
        <source>Free: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="274"/>
        <source>No SalonVault backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backups_page.py" line="278"/>
        <source>%n backup(s) in this folder, the oldest from %1.</source>
        <translation>
            <numerusform>%n backup in this folder, the oldest from %1.</numerusform>
            <numerusform>%n backups in this folder, the oldest from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="300"/>
        <source>Back up into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="307"/>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="308"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="333"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="335"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="346"/>
        <location filename="../../../ui/pages/backups_page.py" line="348"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="347"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="349"/>
        <source>Check and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="350"/>
        <source>Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="351"/>
        <source>Restore drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="352"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="353"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="354"/>
        <source>Newest backups kept in each folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="358"/>
        <source>Also kept: the newest backup of each of the last 7 days, 4 weeks and 12 months that have one, so backups in a row never push out the older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="362"/>
        <source>Remind when the last backup is older than (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="363"/>
        <source>Offer a backup when SalonVault closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="364"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="365"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BowlEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="96"/>
        <source>Add shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="99"/>
        <source>6% / 20 vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="102"/>
        <source>1:1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="106"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="108"/>
        <source>Remove bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="160"/>
        <source>Bowl for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="161"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="162"/>
        <source>Shades and grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="163"/>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="164"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="165"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="169"/>
        <source>grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="170"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="171"/>
        <source>Choose a zone or type your own name for this bowl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="172"/>
        <source>Developer strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="173"/>
        <source>Developer grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="174"/>
        <source>Mixing ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="175"/>
        <source>Processing time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="179"/>
        <source>Bowl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="188"/>
        <source>Shade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="189"/>
        <source>Grams of shade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="190"/>
        <source>Remove shade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="191"/>
        <source>Remove this shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="286"/>
        <source>%1 (from the ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="295"/>
        <source>Shade %1: write the shade before its grams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="130"/>
        <source>Tick at least one kind of business to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="134"/>
        <source>With no service ticked, no treatment can be recorded until the owner adds one on the Services page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="140"/>
        <source>You can rename, add or switch off services later on the Services page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="152"/>
        <source>What the salon does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="154"/>
        <source>This decides the services to start with; a mixed salon ticks several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="156"/>
        <source>Kind of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="161"/>
        <source>Services to start with. Untick what you do not offer (Space ticks or unticks the highlighted one); to change a name, press Enter or double-click it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="54"/>
        <source>Choose the camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="77"/>
        <source>Import from camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="81"/>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="90"/>
        <source>Photos in the camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="91"/>
        <source>No photos in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="92"/>
        <source>Delete the original files after import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="96"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="121"/>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPhotoBox</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="63"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="66"/>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="69"/>
        <source>Remove from card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="107"/>
        <source>A photo on the card needs the client&apos;s photo consent (record it on the Photos tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="117"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="126"/>
        <source>The client&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="156"/>
        <source>Choose a photo for the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="157"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseCardPhotoDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="192"/>
        <source>Photo on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="197"/>
        <source>The client&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="199"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="199"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="211"/>
        <source>The client has no photos yet: add one instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="118"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="121"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="146"/>
        <source>P&amp;rint card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="150"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="151"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="165"/>
        <source>The card was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="173"/>
        <source>Save the card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="174"/>
        <source>client-card-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="182"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="197"/>
        <source>Merge with another client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="203"/>
        <source>Erase client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="209"/>
        <source>Data report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="226"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="232"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="234"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="236"/>
        <source>Patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="238"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="241"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="244"/>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="247"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="292"/>
        <source>No consent to keep service records yet: ask before the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="341"/>
        <source>Severe health alert: check before any treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="345"/>
        <source>This client has health alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="350"/>
        <source>Patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="230"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="55"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="57"/>
        <source>Change details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="129"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="130"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="123"/>
        <location filename="../../../ui/dialogs/client_dialog.py" line="131"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="132"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="133"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="134"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="135"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="136"/>
        <source>Minor (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="137"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="138"/>
        <source>Hair preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="139"/>
        <source>Skin preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="140"/>
        <source>Lash preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="141"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="142"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="161"/>
        <source>Name and how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="163"/>
        <source>Short words, separated by commas: balayage, regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="239"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="241"/>
        <source>A client with the same phone, or a very similar name and birth date, is already registered. Add this one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFacts</name>
    <message>
        <location filename="../../../ui/client_facts.py" line="18"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="27"/>
        <source>phone …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="30"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="34"/>
        <source>last visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="39"/>
        <source>no visit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="47"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="48"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientFilterBar</name>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="203"/>
        <source>tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="205"/>
        <source>service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="207"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="210"/>
        <source>last visit on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="213"/>
        <source>not seen since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="215"/>
        <source>with health alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="217"/>
        <source>consent to keep records still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="219"/>
        <source>registered since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="224"/>
        <source>patch test runs out between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="275"/>
        <source>%1 (no longer offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="280"/>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="281"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="294"/>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="295"/>
        <source>Ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="296"/>
        <source>Tec&amp;hnician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="297"/>
        <source>any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="298"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="302"/>
        <source>Last visit on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="299"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="303"/>
        <source>Not seen since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="300"/>
        <source>Has health alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="301"/>
        <source>Needs consent to keep records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <location filename="../../../ui/models/client_table.py" line="113"/>
        <source>The client number: the same on the card, in the log and on forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="153"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="154"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="155"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="156"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="157"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="158"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="167"/>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="174"/>
        <location filename="../../../ui/pages/clients_page.py" line="428"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="185"/>
        <source>Severe health alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="187"/>
        <source>Health alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="235"/>
        <source>%n client(s) match the filters</source>
        <translation>
            <numerusform>%n client match the filters</numerusform>
            <numerusform>%n clients match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="237"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="240"/>
        <source>%n client(s) found among those the filters leave</source>
        <translation>
            <numerusform>%n client found among those the filters leave</numerusform>
            <numerusform>%n clients found among those the filters leave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="243"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="299"/>
        <source>Filters on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="304"/>
        <source>&amp;Filters (%n)</source>
        <translation>
            <numerusform>&amp;Filters (%n)</numerusform>
            <numerusform>&amp;Filters (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="306"/>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="406"/>
        <source>Find a client: name, phone, e-mail or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="407"/>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="408"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="409"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="410"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="411"/>
        <source>Narrow the list by tag, service, visits …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="412"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="413"/>
        <source>Clients found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectedFieldsBox</name>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="82"/>
        <source>Nothing to save: the salon collects these already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="92"/>
        <source>Saved. The client form, the import and the privacy notice follow from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="108"/>
        <source>Client details the salon collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="111"/>
        <source>Collect only what the salon needs. A name, the language and treatment notes are always kept; tick the details below that you need, for the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="116"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="117"/>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="118"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="119"/>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="120"/>
        <source>Parent or guardian of a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="124"/>
        <source>To reach the client about appointments; offers only with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="127"/>
        <source>To send what the client asks for (a copy of their data); offers only with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="131"/>
        <source>To tell clients with the same name apart, and to check that a client is 18 or older where a treatment needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="134"/>
        <source>For letters and invoices the client asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="136"/>
        <source>For a client under 18: who gives consent for them and whom to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="145"/>
        <source>Switching a detail off stops asking for it; what is already on a client&apos;s record stays until it is changed or the client is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="149"/>
        <source>Save what is collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../../ui/consent_labels.py" line="12"/>
        <source>Service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="13"/>
        <source>Health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="14"/>
        <source>Before/after photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="15"/>
        <source>Photos in marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="16"/>
        <source>Marketing by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="17"/>
        <source>Marketing by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="18"/>
        <source>Marketing by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="19"/>
        <source>Marketing by messaging apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="22"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="29"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="30"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="31"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="32"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="39"/>
        <source>Signed on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="40"/>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="78"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="112"/>
        <source>The client signs on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="113"/>
        <source>The client signed a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="118"/>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="119"/>
        <source>Paper form&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="132"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="140"/>
        <source>Language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="183"/>
        <source>The salon asks for no consent purpose (Consents page, Texts tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="187"/>
        <source>Still to answer, Agree or Refuse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="191"/>
        <source>Waiting for the client&apos;s signature on the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="193"/>
        <source>Type the paper form&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="201"/>
        <source>Choose Agree or Refuse for every purpose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTemplatesPanel</name>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="152"/>
        <source>Current text: version %1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="161"/>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="187"/>
        <source>The salon now asks for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="190"/>
        <source>The salon no longer asks for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="200"/>
        <source>Save this text as a new version? Clients who agreed to the old text will be asked again. The old version stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="204"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="214"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="236"/>
        <source>Ticked: the salon asks clients for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="237"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="240"/>
        <source>{salon_name} and {salon_address} are filled in with the salon&apos;s details when the text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="244"/>
        <source>Save as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="245"/>
        <source>Earlier versions (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="136"/>
        <source>version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/consents_page.py" line="143"/>
        <source>%n consent(s) to ask again</source>
        <translation>
            <numerusform>%n consent to ask again</numerusform>
            <numerusform>%n consents to ask again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="182"/>
        <source>The privacy notice was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="187"/>
        <source>The saved file is not encrypted: it leaves the vault. The notice holds no client&apos;s details, only the salon&apos;s name, address and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="191"/>
        <location filename="../../../ui/pages/consents_page.py" line="197"/>
        <source>Save privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="206"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="218"/>
        <source>Consents given under an earlier version of the text. Ask these clients again when they next come in; until then their earlier answer stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="223"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="223"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="223"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="225"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="226"/>
        <source>To ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="228"/>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="229"/>
        <source>Privacy notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="230"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="231"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="63"/>
        <source>No consent to keep service records: ask the client before the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="66"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="70"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="66"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="70"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="66"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="66"/>
        <source>Text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="68"/>
        <source>Consent per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="70"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="70"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="73"/>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="75"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="78"/>
        <source>Print form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="80"/>
        <source>Save form as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="101"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="140"/>
        <source>%1 (needs re-consent: the text changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="155"/>
        <source>%1, withdrawn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="191"/>
        <source>Choose a purpose in the table to print or save its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="194"/>
        <source>No answer on record for this purpose: the form prints blank, for the client to sign on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="198"/>
        <source>This consent is not in force, so there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="211"/>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="218"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="221"/>
        <source>Withdraw the client&apos;s photo consent? Every photo of this client is deleted from the vault now. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="226"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="227"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="239"/>
        <source>Consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Consent withdrawn; %n photo deleted.</numerusform>
            <numerusform>Consent withdrawn; %n photos deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="241"/>
        <source>Consent withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="273"/>
        <source>The form was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="278"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s name and signature. Save it only where the client&apos;s records may be kept, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="283"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="292"/>
        <source>Save form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="309"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="235"/>
        <source>Last verified backup: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="239"/>
        <source>Last verified backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="253"/>
        <source>New clients in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="254"/>
        <source>Clients without consent to keep their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="255"/>
        <source>Clients to ask again (consent text changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="256"/>
        <source>Patch tests running out within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="257"/>
        <source>Due for removal (see Privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="258"/>
        <source>Failed sign-ins in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="263"/>
        <source>Show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="264"/>
        <source>Show the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="265"/>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="266"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="267"/>
        <source>Open Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataReportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="44"/>
        <source>Client data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="51"/>
        <source>Everything held on %1: the record, health, visits, patch tests, photos, consents with their texts, and the log of who opened the record. For the client&apos;s request to see their data or to have a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="63"/>
        <source>The saved files are not encrypted: they leave the vault. Save them only to hand to the client (a USB stick, or print the PDF), and delete your copy afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="82"/>
        <source>Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="83"/>
        <source>Readable report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="85"/>
        <source>Machine-readable copy (JSON, photos included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="87"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="97"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="113"/>
        <source>Save the client data report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="140"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="67"/>
        <source>Today&apos;s clients, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="70"/>
        <source>For the technicians: each client with their alerts, pinned notes, patch test and today&apos;s services. Clients with a treatment recorded for today are on the list; add the ones expected later. The list is not kept: print or save it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="79"/>
        <source>Find a client to add: name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="80"/>
        <source>Find a client to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="85"/>
        <source>Clients found: Enter adds the highlighted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="87"/>
        <source>&amp;Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="91"/>
        <source>Today&apos;s list: Delete removes the highlighted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="92"/>
        <source>&amp;Today&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="94"/>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="97"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="99"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="185"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="215"/>
        <source>Add at least one client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="235"/>
        <source>The day sheet was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="244"/>
        <source>Save the day sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="245"/>
        <source>clients-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="253"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="35"/>
        <source>Erase this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="43"/>
        <source>This removes %1 for good: contact details, health items, patch tests, treatments, photos, and consents with their signatures. The activity log keeps only a note that an erasure happened, with no name in it. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="56"/>
        <source>Backups made before now still hold this client until they rotate out (the newest %1 backups are kept on each drive). If you ever restore one of them, erase the client again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="67"/>
        <source>Keep the visits as anonymous counts (month and service only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="70"/>
        <source>To confirm, type the client&apos;s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="81"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="110"/>
        <source>Client erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="113"/>
        <source>The client is erased: %1 treatments, %2 photos, %3 consents and %4 health items removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="118"/>
        <source>The file leaves the vault unencrypted: whoever gets it can read the client records in it. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="126"/>
        <source>The file leaves the vault encrypted with age: it opens only with the passphrase or the recovery key chosen here (for example `age -d`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="139"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="141"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="144"/>
        <source>Tick the box to confirm an unencrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="158"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="184"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="185"/>
        <source>Exported %1 clients to:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="197"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="199"/>
        <source>All clients and visits, for a spreadsheet (two CSV files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="202"/>
        <source>Everything, machine-readable (JSON: health, visits, consents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="205"/>
        <source>Marketing list: clients who agreed to this channel, with that contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="209"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="211"/>
        <source>Encrypted to the salon&apos;s recovery key (opens with the Recovery Kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="213"/>
        <source>Encrypted with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="214"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="215"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="216"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="218"/>
        <source>I understand that this file is readable by anyone who gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="220"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../../ui/file_messages.py" line="24"/>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="30"/>
        <source>nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="32"/>
        <source>earlier backups were not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="33"/>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="40"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="46"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="50"/>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="52"/>
        <source>%1 already exists; choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="54"/>
        <source>The folder %2 is not there (is the drive plugged in?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="58"/>
        <source>The drive of %2 is full (free some space or use another drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="62"/>
        <source>SalonVault may not write to %2: the drive is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="66"/>
        <source>SalonVault may not write to %2: this user has no permission there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="70"/>
        <source>The folder %2 stopped answering or was removed (was the drive unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="74"/>
        <source>The file could not be written to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="115"/>
        <source>Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx). The file is read into memory only; nothing is written until you confirm the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="121"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../../ui/widgets/form_dialog.py" line="68"/>
        <location filename="../../../ui/widgets/form_dialog.py" line="197"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="362"/>
        <source>Add &amp;bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="399"/>
        <source>A formula has at most %1 bowls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthItemDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="142"/>
        <source>Add a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="151"/>
        <source>e.g. PPD (hair dye), latex, pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="156"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="162"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="157"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="163"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="158"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="164"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="51"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="52"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="53"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="54"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="55"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="59"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="60"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="62"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="120"/>
        <source>Remove health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="121"/>
        <source>Remove “%1” from this client&apos;s health record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="46"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="47"/>
        <source>Update the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="48"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="101"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="103"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="104"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="126"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="134"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="139"/>
        <source>Same phone as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="140"/>
        <source>Same e-mail as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="141"/>
        <source>Similar name and same birth date as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="147"/>
        <source>line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="169"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="167"/>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="116"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="533"/>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="142"/>
        <source>Client list to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="143"/>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="176"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="224"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="245"/>
        <source>Most phone numbers in this file are not valid numbers in %1, but %2 of %3 are valid numbers in %4: the list probably comes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="255"/>
        <source>Read them as numbers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="261"/>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="265"/>
        <source>Read them as this salon&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="333"/>
        <source>Select rows in the list to choose what happens to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="336"/>
        <source>The selected rows cannot be imported as they are: correct them in the file and read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="343"/>
        <source>Updating needs a client already registered that the row matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="352"/>
        <source>Nothing is written until you click Import.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="358"/>
        <source>Nothing to import: every row is skipped or cannot be imported.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="396"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="403"/>
        <source>Imported.
New clients: %1 · Clients updated: %2 · Rows skipped: %3 · Rows not imported: %4 · Allergies recorded: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="414"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="459"/>
        <source>Checking row %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="464"/>
        <source>Importing: %1 of %2 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="500"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="501"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="504"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="505"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="506"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="507"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="508"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="547"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="564"/>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="568"/>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="267"/>
        <source>The number you give is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="279"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="281"/>
        <source>Clients concerned now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="302"/>
        <source>Incident no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="304"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="307"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="308"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="309"/>
        <source>When it was discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="310"/>
        <source>Which data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="311"/>
        <source>Which clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="313"/>
        <source>Likely consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="314"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="315"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="316"/>
        <source>Authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="321"/>
        <source>Describe the incident without naming clients (the log never copies it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="323"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="324"/>
        <source>Yes, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="328"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="329"/>
        <source>Clients with health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="330"/>
        <source>Clients with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="331"/>
        <source>Clients registered between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="332"/>
        <source>A number I give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="340"/>
        <source>Save the incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="345"/>
        <source>Names and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="346"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="347"/>
        <source>Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="348"/>
        <source>Visits and treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="349"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="350"/>
        <source>Consents and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="357"/>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="358"/>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="359"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="151"/>
        <source>%1 h left to notify (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="152"/>
        <source>Overdue by %1 h (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="153"/>
        <source>Notified after %1 h, in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="154"/>
        <source>Notified %1 h after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="155"/>
        <source>Closed without notifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="196"/>
        <source>Incident no. %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="209"/>
        <source>Save the notice to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="212"/>
        <source>Save the letter to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="215"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds your description of the incident and the counts, no client&apos;s name. It is a draft: complete it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="230"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="248"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="249"/>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="250"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="251"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="252"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="253"/>
        <source>72-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="256"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="257"/>
        <source>Save notice to the authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="258"/>
        <source>Save letter to clients…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyMessages</name>
    <message>
        <location filename="../../../ui/key_messages.py" line="15"/>
        <source>The passphrase slot asks for unusual settings (%1; SalonVault writes %2), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/key_messages.py" line="30"/>
        <source>time cost %1, memory %2 MiB, parallelism %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyWarningBanner</name>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="63"/>
        <source>The vault&apos;s recovery slot does not open with the salon&apos;s recovery key: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="68"/>
        <source>The vault&apos;s recovery slot is missing: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="72"/>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../ui/labels.py" line="21"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="22"/>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="23"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="39"/>
        <source>Hair salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="40"/>
        <source>Beauty and spa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="41"/>
        <source>Aesthetic clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="42"/>
        <source>Optician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="49"/>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="50"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="51"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="52"/>
        <source>Contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="59"/>
        <source>Consent signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="62"/>
        <source>Referral or doctor&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="65"/>
        <source>Prescription from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="68"/>
        <source>Other paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="75"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="76"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="77"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="84"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="85"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="86"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="94"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="95"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="96"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="97"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="98"/>
        <source>none on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="106"/>
        <source>Welcome to SalonVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="109"/>
        <source>SalonVault keeps your clients&apos; records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="114"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="115"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="117"/>
        <source>Moving to a new computer, or starting again after a lost one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="119"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../../ui/lock_screen.py" line="185"/>
        <location filename="../../../ui/lock_screen.py" line="209"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="194"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="206"/>
        <source>The two PINs differ; choose your new PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="217"/>
        <source>The code is right. Now choose your new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/lock_screen.py" line="266"/>
        <source>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong try will disable this account.</numerusform>
            <numerusform>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="271"/>
        <source>Wrong code. This account is now disabled; ask the owner to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="273"/>
        <source>Enter the one-time code again to choose your new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="275"/>
        <source>Your one-time code has expired; ask the owner for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/lock_screen.py" line="281"/>
        <source>Wrong PIN. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong try will disable this account.</numerusform>
            <numerusform>Wrong PIN. %n more wrong tries will disable this account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="285"/>
        <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/lock_screen.py" line="289"/>
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/lock_screen.py" line="290"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="294"/>
        <source>This account is disabled after too many wrong PINs. The owner can enable it again; an owner uses &quot;Forgot your PIN? (owner)&quot; below, with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="298"/>
        <source>This account is disabled. The owner can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="300"/>
        <source>No staff member has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="314"/>
        <source>Forgot your PIN? (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="316"/>
        <source>Who is signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="318"/>
        <source>Choose a new PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="320"/>
        <source>Type the new PIN for %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="323"/>
        <source>One-time code for %1 (the owner reset your PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="326"/>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="330"/>
        <source>Sign in as %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="333"/>
        <source>Demo salon. PINs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="171"/>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="174"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="177"/>
        <source>%n row(s); columns separated by %1.</source>
        <translation>
            <numerusform>%n row; columns separated by %1.</numerusform>
            <numerusform>%n rows; columns separated by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="185"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="198"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="225"/>
        <source>as at the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="226"/>
        <source>from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="227"/>
        <source>from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="229"/>
        <source>this salon does not collect it (Settings → Client details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="240"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="241"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="243"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="243"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="243"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="243"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="59"/>
        <source>Merge with another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="67"/>
        <source>Use this when one person was registered twice. Find the other record, compare them, and choose the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="75"/>
        <source>Find the other record: name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="76"/>
        <source>Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="98"/>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="99"/>
        <source>Keep the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="103"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="119"/>
        <source>The record that is not kept is removed for good: its treatments, consents (the whole history, as proof), photos, health items and patch tests move to the record kept; its details fill only fields the kept record has empty (other values are dropped), its notes are added and its tags joined. This cannot be undone. Backups made before now still hold both records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="143"/>
        <source>Merge for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="206"/>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="226"/>
        <source>Find and choose the other record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="210"/>
        <source>To confirm, type the name of the record that will be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="239"/>
        <source>The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items and %5 patch tests moved to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="252"/>
        <source>%1 photos were deleted: the newest photo consent over both records is not an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="257"/>
        <source>Clients merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="262"/>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="264"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="265"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Health items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Patch tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../../ui/navigation.py" line="26"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="27"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="28"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="29"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="30"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="31"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="32"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="33"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="34"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotationBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="53"/>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="65"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="72"/>
        <source>Records keep what the examiner wrote; the card and the paper show every prescription this way (a plus cylinder is transposed to minus, and back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="80"/>
        <source>&amp;Cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="82"/>
        <source>Visual &amp;acuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="97"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OlderVaultNotice</name>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="55"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="67"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Unless a backup was restored on purpose, an older copy of the vault file was put back (which also resets failed PIN counts): restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="74"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Tell the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="85"/>
        <source>I know why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="87"/>
        <source>Hide this warning: the vault is older on purpose (the history keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenModeBox</name>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="74"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="78"/>
        <source>Setting the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="94"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="137"/>
        <source>How the vault opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="85"/>
        <source>Open the vault on this computer without the passphrase? Anyone who can sign in to this computer&apos;s user account can then start SalonVault (staff still need their PINs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="91"/>
        <source>This computer has no protected key store: the key would be kept in a file, which is weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="141"/>
        <source>Now: the vault stays closed until the owner types the passphrase at each start. If it is forgotten, only the Recovery Kit opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="148"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in a file (this computer has no protected key store): weaker, a passphrase is safer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="154"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in this computer&apos;s protected key store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="158"/>
        <source>That protects the records if the disk or a copy of the folder is stolen, not from someone who can sign in to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="171"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="172"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="174"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="173"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="175"/>
        <source>Ask for the passphrase at every start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="176"/>
        <source>Open on this computer without the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="179"/>
        <source>Done. From the next start, SalonVault asks for the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="182"/>
        <source>Done. SalonVault opens on this computer by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../../ui/open_problem.py" line="59"/>
        <source>The vault did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="62"/>
        <source>Open it with the recovery key from the Recovery Kit. If that does not work either, restore the newest backup: the files that do not open are kept aside in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="68"/>
        <source>Restore the newest backup with the recovery key from the Recovery Kit: the files that do not open are kept aside in the data folder, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="72"/>
        <source>Open with the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="74"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="169"/>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="174"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="179"/>
        <source>Good PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="186"/>
        <source>You, the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="189"/>
        <source>Your PIN opens the owner&apos;s screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="193"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="196"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="194"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="197"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="195"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="198"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerRecoveryDialog</name>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="70"/>
        <source>Type the owner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="77"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="99"/>
        <source>Forgot your PIN? (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="102"/>
        <source>The recovery key on the Recovery Kit gives an owner their account back, with a new PIN, even after too many wrong PINs. Open the kit&apos;s PDF or the key&apos;s text file, or type the key as printed. Other staff ask the owner for a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="110"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="118"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="112"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="119"/>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="113"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="120"/>
        <source>New PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="121"/>
        <source>Recover access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchResultDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="210"/>
        <source>Patch test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="215"/>
        <source>%1, tested on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="218"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="221"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="158"/>
        <source>Record a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="169"/>
        <source>e.g. Wella Koleston 7/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="173"/>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="174"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="175"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="179"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="180"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="61"/>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="62"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="63"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="64"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="65"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="66"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="71"/>
        <source>Record a patch test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="73"/>
        <source>Set result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="77"/>
        <source>Details of patch tests are for owners and technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="97"/>
        <source>Patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="43"/>
        <source>find clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="44"/>
        <source>see contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="45"/>
        <source>see masked contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="46"/>
        <source>change contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="47"/>
        <source>see health details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="48"/>
        <source>change health details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="49"/>
        <source>see whether a client has health alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="50"/>
        <source>see treatment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="51"/>
        <source>see treatment dates and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="52"/>
        <source>add treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="53"/>
        <source>edit any treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="54"/>
        <source>edit their own treatment within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="55"/>
        <source>see patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="56"/>
        <source>record patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="57"/>
        <source>see patch-test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="58"/>
        <source>see or add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="59"/>
        <source>see scanned papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="60"/>
        <source>add or remove scanned papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="61"/>
        <source>see scanned health papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="62"/>
        <source>add or remove scanned health papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="63"/>
        <source>record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="64"/>
        <source>print consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="65"/>
        <source>withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="66"/>
        <source>run a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="67"/>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="68"/>
        <source>export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="69"/>
        <source>import clients from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="70"/>
        <source>erase a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="71"/>
        <source>merge two clients&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="72"/>
        <source>purge records past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="73"/>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="74"/>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="75"/>
        <source>change how the vault is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="76"/>
        <source>edit consent templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="77"/>
        <source>read the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="78"/>
        <source>keep the incident register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneRows</name>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="33"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="34"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="35"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="36"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="49"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="92"/>
        <source>Add a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="172"/>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="173"/>
        <source>Kind of phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="174"/>
        <source>Move number %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="175"/>
        <source>Move number %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="176"/>
        <source>Remove number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="182"/>
        <source>A client has at most %1 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="186"/>
        <source>The first number is the main one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="75"/>
        <source>Compare before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="77"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="84"/>
        <source>Record photo consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="86"/>
        <source>Withdraw photo consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="92"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="121"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="93"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="121"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="94"/>
        <source>Before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="96"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="121"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="97"/>
        <source>Add photo from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="99"/>
        <source>Import from camera folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="102"/>
        <source>Compare before and after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="104"/>
        <source>Remove photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="106"/>
        <source>No photos yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="132"/>
        <source>Photos by treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="167"/>
        <source>Photo consent: given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="171"/>
        <source>Photo consent: not recorded. Before/after photos can be taken and kept only after the client agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="194"/>
        <source>Photo consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="198"/>
        <source>The client refused photos; the refusal is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="204"/>
        <source>Withdraw photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="206"/>
        <source>Withdraw the client&apos;s photo consent? %n photo(s) of this client will be deleted from the vault now. This cannot be undone.</source>
        <translation>
            <numerusform>Withdraw the client&apos;s photo consent? %n photo of this client will be deleted from the vault now. This cannot be undone.</numerusform>
            <numerusform>Withdraw the client&apos;s photo consent? %n photos of this client will be deleted from the vault now. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="225"/>
        <source>Photo consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Photo consent withdrawn; %n photo deleted.</numerusform>
            <numerusform>Photo consent withdrawn; %n photos deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="268"/>
        <source>No treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="289"/>
        <source>%1 (no treatment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="332"/>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="333"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="379"/>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="389"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="392"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="396"/>
        <source>%1 was added but the original could not be deleted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="460"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="461"/>
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
        <location filename="../../../ui/widgets/pin_pad.py" line="97"/>
        <location filename="../../../ui/widgets/pin_pad.py" line="98"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="99"/>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="100"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="101"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../../ui/pin_messages.py" line="14"/>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="16"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="19"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="21"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="25"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="29"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="32"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinnedNotesPanel</name>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="66"/>
        <source>Pin a short note: prefers Anna, always 10 minutes late…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="68"/>
        <source>New pinned note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="70"/>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="76"/>
        <source>Every role sees pinned notes: no health details here (those go under Health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="128"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="136"/>
        <source>Remove this pinned note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="137"/>
        <source>Remove the pinned note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="151"/>
        <source>Type the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="171"/>
        <source>Remove pinned note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="172"/>
        <source>Remove the pinned note “%1” from the card?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../../ui/pages/placeholder.py" line="35"/>
        <source>This page is not ready yet; it comes in a later update of this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionPaper</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="66"/>
        <source>Prescription &amp;paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="69"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="70"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="86"/>
        <source>The prescription was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="94"/>
        <source>Save the prescription as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="95"/>
        <source>prescription-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="105"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="330"/>
        <source>Only rows that are not simply new clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="331"/>
        <source>For the selected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="332"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="333"/>
        <source>Update the client already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="334"/>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../../ui/print_actions.py" line="61"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s records. Save it only where those records may be kept, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="45"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="46"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="47"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="48"/>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingRecordTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="62"/>
        <source>Save the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="64"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds no client&apos;s details, only the salon&apos;s name, address, settings and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="78"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="93"/>
        <source>The record of processing activities (GDPR Art. 30) is made from the salon&apos;s settings: the consent purposes switched on, the client fields collected, the retention rules and what SalonVault does to protect the records. It is in the salon&apos;s language; complete the parts in [square brackets] on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="99"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="70"/>
        <source>Change details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="100"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="104"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="104"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="107"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="108"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="109"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="114"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="118"/>
        <source>Serving this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="120"/>
        <source>Minor (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="122"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="123"/>
        <source>Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="124"/>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="125"/>
        <source>Lashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="128"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="129"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="142"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="142"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="158"/>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="185"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="160"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="178"/>
        <source>Archive %1? The client leaves everyday search; nothing is deleted and you can bring them back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="182"/>
        <source>Bring %1 back into everyday search?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="185"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="134"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="137"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="176"/>
        <source>Record: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/record_detail.py" line="182"/>
        <source>%n earlier version(s) kept from changes.</source>
        <translation>
            <numerusform>%n earlier version kept from changes.</numerusform>
            <numerusform>%n earlier versions kept from changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="77"/>
        <source>Add record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="78"/>
        <source>Change record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="79"/>
        <source>Correct record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="102"/>
        <source>Write the cylinder as the examiner wrote it, minus or plus; the card and the paper show it in the salon&apos;s notation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="175"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTemplatesBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="149"/>
        <source>Record templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="157"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="158"/>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="159"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="160"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="161"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="162"/>
        <source>Offered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="174"/>
        <source>Switch &amp;on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="176"/>
        <source>Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="179"/>
        <source>&amp;Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="181"/>
        <source>&amp;Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="218"/>
        <source>the client&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="221"/>
        <source>every treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="225"/>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="225"/>
        <source>a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="227"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="227"/>
        <source>the salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="228"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="228"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="260"/>
        <source>A built-in template changes only with the program: copy it to add fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="263"/>
        <source>A record kept for the client is offered on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="282"/>
        <source>%1 (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="285"/>
        <source>Copy a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="286"/>
        <source>Name of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="299"/>
        <source>Copied as %1: add fields to it with Fields…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="88"/>
        <source>%1 · recorded by %2 · template version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="95"/>
        <source>This record corrects an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="98"/>
        <source>Corrected later: the newest correction stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="103"/>
        <source>Some values are health data: they are shown to the owner and the technicians only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="112"/>
        <source>Set off: what changed since the previous record of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="195"/>
        <source>Shown in %1 notation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="233"/>
        <source>changed since the previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="239"/>
        <source>health data, not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="66"/>
        <source>Service records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="69"/>
        <source>Service records: press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="108"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="111"/>
        <source>Add &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="159"/>
        <source>Changed values are set off in the record beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="168"/>
        <source>No service records yet. A treatment&apos;s records (skin, lashes, laser, lenses) are added from the treatment; a spectacle prescription here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="179"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="185"/>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="185"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="188"/>
        <source>%1  (a correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="201"/>
        <source>No record for the client is switched on; a treatment&apos;s records are added from the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="233"/>
        <source>Highlight a spectacle prescription to print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyInput</name>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="40"/>
        <source>The Recovery Kit (PDF) or the key&apos;s text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="41"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="69"/>
        <source>AGE-SECRET-KEY-1… as on the kit: groups of four, spaces and case do not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="72"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="73"/>
        <source>Open the kit or key file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="39"/>
        <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="45"/>
        <source>Save the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="57"/>
        <source>The key file opens every client record, like the kit. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="63"/>
        <source>Save the recovery key as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="70"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="50"/>
        <source>Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="53"/>
        <source>Print the Recovery Kit or save it to a USB stick, and keep it in the safe. Anyone who has it can open every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="62"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="63"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="64"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="65"/>
        <source>Also save the key as a text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="77"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="115"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="117"/>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="124"/>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="133"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="127"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="136"/>
        <source>The key is saved as a text file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="147"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="149"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKitPage</name>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="146"/>
        <location filename="../../../ui/wizard/kit_page.py" line="166"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="151"/>
        <location filename="../../../ui/wizard/kit_page.py" line="183"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="136"/>
        <source>Could not make the kit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="163"/>
        <location filename="../../../ui/wizard/kit_page.py" line="174"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="177"/>
        <source>The key is saved as a text file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="185"/>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="192"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="194"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="196"/>
        <source>Type the last 4 characters of the key shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="199"/>
        <source>These are not the last 4 characters of the key: compare them with the kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="211"/>
        <source>Your Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="214"/>
        <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="221"/>
        <source>There is no Cancel on this page: the vault exists now, and this key is the only way back to its records if this computer is lost. Keep the kit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="225"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="226"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="227"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="228"/>
        <source>Also save the key as a text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="229"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="230"/>
        <source>Type the last 4 characters of the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="231"/>
        <source>Last 4 characters of the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySlotBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="85"/>
        <source>Recovery slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="89"/>
        <source>The recovery slot is missing: the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="94"/>
        <source>The recovery slot does not open with this salon&apos;s recovery key (it was damaged or changed): the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="99"/>
        <source>In place: the Recovery Kit opens the vault. Nothing to make again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="103"/>
        <source>Make the recovery slot again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySlotDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="135"/>
        <source>Make the recovery slot again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="138"/>
        <source>Type the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…), or choose its key file or the saved kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="142"/>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="143"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="144"/>
        <source>Choose the key file or kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="150"/>
        <source>The recovery key file or the saved Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="151"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="158"/>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyBox</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="142"/>
        <source>Re-key the vault now? Every record is encrypted again under a new key; on a large vault this takes a few minutes, and nothing can be saved meanwhile. Old copies of the key files stop opening the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="146"/>
        <location filename="../../../ui/pages/rekey_box.py" line="216"/>
        <source>Re-key the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="170"/>
        <source>Done in %1 s: every record is encrypted under a new key, and old copies of the key files no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="184"/>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="188"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="195"/>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="219"/>
        <source>When an old copy of the vault&apos;s key files, an old passphrase or a PC&apos;s old key may be in someone&apos;s hands: the records are encrypted under a new key and those copies open nothing. The Recovery Kit stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="224"/>
        <source>Owner&apos;s &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="225"/>
        <source>Owner&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="228"/>
        <source>Re-key the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyProgressDialog</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="61"/>
        <source>Re-keying the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="75"/>
        <source>Preparing the new keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="76"/>
        <source>Encrypting every record under the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="77"/>
        <source>Writing the new key slots…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="155"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="156"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="157"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceRecoveryKeyBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="83"/>
        <source>Replace the recovery key? The old Recovery Kit stops opening the vault, and the new kit must be printed or saved right away. Backups made until now still open with the old key only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="87"/>
        <location filename="../../../ui/pages/recovery_key_box.py" line="127"/>
        <source>Replace the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="95"/>
        <source>Replacing the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="105"/>
        <source>Done. Print or save the new Recovery Kit now and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="130"/>
        <source>When the Recovery Kit is lost, or someone who knew the key has left: a new recovery key opens the vault and the backups from now on, and the old kit stops opening the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="135"/>
        <source>Replace the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recovery_key_box.py" line="145"/>
        <source>Replaced on %1; %n backups made before still open only with that key (its public key ends in %2):</source>
        <translation>
            <numerusform>Replaced on %1; %n backup made before still opens only with that key (its public key ends in %2):</numerusform>
            <numerusform>Replaced on %1; %n backups made before still open only with that key (its public key ends in %2):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="152"/>
        <source>Replaced on %1; no backup was made with that key (its public key ends in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="160"/>
        <source>%1 in %2, made %3 (that drive is not plugged in now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="162"/>
        <source>%1 in %2, made %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="164"/>
        <source>%1 in %2, made %3 (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetCodeDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="231"/>
        <source>One-time code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="235"/>
        <source>The PIN of %1 is reset; their old PIN no longer works. They sign in with this code and then choose their new PIN. It works once, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="244"/>
        <source>Hand this code over in person, not by message or e-mail. It is shown only now; if it is lost, reset the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="248"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="88"/>
        <source>The backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="88"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="100"/>
        <source>Choose the backup file (it ends in .svbak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="108"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="119"/>
        <source>Restoring from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="136"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="139"/>
        <source>The vault on this computer does not open. Put the newest backup file (.svbak) in its place with the recovery key printed on the Recovery Kit; the files that do not open are kept aside in the data folder. Staff sign in with their usual PINs; what was recorded after the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="146"/>
        <source>Bring the salon back on this computer from a backup file (.svbak) and the recovery key printed on the Recovery Kit. Staff sign in with their usual PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="150"/>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="151"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="152"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="153"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="379"/>
        <source>Imported clients have no consent on record: their cards say so until the consent is recorded at their next visit. SalonVault never assumes consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="145"/>
        <source>Last review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="147"/>
        <source>Never reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="162"/>
        <source>Nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="164"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="255"/>
        <source>Remove all listed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="181"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="191"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="195"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="170"/>
        <source>Remove everything listed?

Clients erased (visits kept as anonymous counts): %1
Clients whose health data is removed: %2
Clients whose old photos are removed: %3

This cannot be undone; backups keep the data until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="198"/>
        <source>Done. Clients erased: %1; health entries removed: %2; photos removed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="209"/>
        <source>Erase the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="211"/>
        <source>Remove health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="212"/>
        <source>Remove old photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="235"/>
        <source>How long data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="237"/>
        <source>Erase clients after this many years without a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="239"/>
        <source>Remove health data and patch tests this many years after the last treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="241"/>
        <source>Remove photos this many years after they were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="245"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="246"/>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="247"/>
        <source>Due now (review monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="249"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="249"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="249"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="249"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="252"/>
        <source>Removed data stays in earlier backups until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="182"/>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="183"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="184"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalonDetailsBox</name>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="163"/>
        <source>Nothing to save: these are the salon&apos;s details already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="177"/>
        <source>Saved. Forms and documents made from now on use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="198"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="215"/>
        <source>The salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="219"/>
        <source>Salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="220"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="221"/>
        <source>Language of documents and consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="222"/>
        <source>Country of local phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="223"/>
        <source>Currency of prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="224"/>
        <source>What the salon does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="234"/>
        <source>Save the salon&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="137"/>
        <source>Your salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="138"/>
        <source>Printed at the top of consent forms and the Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="139"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="141"/>
        <source>Salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="140"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="142"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="103"/>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="103"/>
        <source>Change a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="105"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="106"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="107"/>
        <source>Usual length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="108"/>
        <source>Usual price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="109"/>
        <source>Patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="110"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="116"/>
        <source>e.g. Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="117"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="118"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="120"/>
        <source>e.g. %1, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="121"/>
        <source>Needs a valid patch test before each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="122"/>
        <source>Offered for new visits (switched off, it stays in history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <location filename="../../../ui/models/service_table.py" line="74"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="94"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="95"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="96"/>
        <source>Usual length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="97"/>
        <source>Usual price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="98"/>
        <source>Patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="99"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="106"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="107"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesChoiceDialog</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="114"/>
        <source>Services for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="127"/>
        <source>Space ticks a service. With none ticked, every treatment offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="132"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="161"/>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/services_page.py" line="193"/>
        <source>%n service(s) added; change or switch off any you do not offer.</source>
        <translation>
            <numerusform>%n service added; change or switch off any you do not offer.</numerusform>
            <numerusform>%n services added; change or switch off any you do not offer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="199"/>
        <source>The list already has every service of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="210"/>
        <source>What can be recorded as a treatment. Staff choose from this list, in this order, when they add a visit. A service is never deleted: switch it off and it stays in the clients&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="217"/>
        <source>No services yet, so no treatment can be recorded. Add your own, or start from a list for your kind of business and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="221"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="222"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="223"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="224"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="225"/>
        <source>Add a starter list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="219"/>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="237"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="238"/>
        <location filename="../../../ui/pages/settings_page.py" line="239"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="230"/>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="229"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="231"/>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="232"/>
        <source>Service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="233"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="241"/>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="242"/>
        <location filename="../../../ui/pages/settings_page.py" line="244"/>
        <source>Minutes without use before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="246"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="248"/>
        <source>Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="250"/>
        <source>Confirmed as printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="252"/>
        <source>Not confirmed yet: print or save it now and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="254"/>
        <source>Print or save the Recovery Kit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="332"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="368"/>
        <source>The passphrase could not be set (%1); the vault opens on this computer for now. The owner can set a passphrase later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="417"/>
        <source>Set up SalonVault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="180"/>
        <source>%1 has owner access again: sign in with the new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="219"/>
        <source>The vault&apos;s recovery slot is missing or damaged: make it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="225"/>
        <source>The Recovery Kit is not confirmed yet: print or save it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="253"/>
        <source>Sign-in failed unexpectedly; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/shell.py" line="298"/>
        <source>Locks in %n seconds</source>
        <translation>
            <numerusform>Locks in %n second</numerusform>
            <numerusform>Locks in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="349"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="352"/>
        <source>The backup is restored and verified; everyone signs in again. The replaced vault is kept in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="392"/>
        <source>Back up before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="393"/>
        <source>Back up to %1 before SalonVault closes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="435"/>
        <source>SalonVault — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="436"/>
        <source>Switch user (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="437"/>
        <location filename="../../../ui/shell.py" line="438"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="443"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="449"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="451"/>
        <source>Locked after being idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="453"/>
        <source>Locked because the computer was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="127"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="129"/>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="131"/>
        <source>Sign above the line with the mouse, a finger or a pen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="138"/>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="145"/>
        <source>The name was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="155"/>
        <source>The role was changed; they sign in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="167"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="170"/>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="182"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="185"/>
        <source>Reset the PIN of %1? Their current PIN stops working at once; you get a one-time code to give them, and they choose a new PIN with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="198"/>
        <source>The PIN of %1 is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="217"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="218"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="219"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="222"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="222"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="224"/>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="226"/>
        <source>You cannot reset your own PIN here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="230"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="45"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="47"/>
        <source>Active, PIN reset waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="48"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="53"/>
        <source>Yes, disabled after 10 wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="56"/>
        <source>Yes, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="59"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="94"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="96"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="97"/>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="98"/>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="125"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartersDialog</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="246"/>
        <source>Add these services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="248"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="259"/>
        <source>Add a starter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="262"/>
        <source>Services a salon of this kind usually offers, in the salon&apos;s language. Ones already on your list are skipped; you can change or switch off any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="275"/>
        <source>Tick at least one kind of business.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFieldsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="65"/>
        <source>Fields of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="70"/>
        <source>Fields: Space marks one as health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="76"/>
        <source>Health data (ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="82"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="89"/>
        <source>Health data in the built-in template: it stays marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="96"/>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="106"/>
        <source>comma between choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="107"/>
        <source>Re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="108"/>
        <source>&amp;Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="109"/>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="114"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="115"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="118"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="169"/>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="119"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="170"/>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="120"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="171"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="125"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="126"/>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="127"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="142"/>
        <source>Give the field a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="147"/>
        <source>%1: write a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="152"/>
        <source>Added: %1. Save makes the next version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="58"/>
        <source>Latest colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="72"/>
        <source>Treatments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="75"/>
        <source>Treatments: press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="82"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="85"/>
        <source>Add treatment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="118"/>
        <source>%1  (a correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="136"/>
        <source>No treatment recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="142"/>
        <source>No colour formula recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="149"/>
        <source>%1 · %2 · by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="259"/>
        <source>How the vault opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="260"/>
        <source>Open automatically on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="263"/>
        <source>The key is kept in this computer&apos;s protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer&apos;s user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="269"/>
        <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="272"/>
        <source>Owner types a passphrase every morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="275"/>
        <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="279"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="280"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="282"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="281"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="283"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="89"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="127"/>
        <source>Treatment: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="144"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="145"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="150"/>
        <source>Receptionists see the date and service of a treatment; the formula, notes and price are for the owner and the technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="164"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="168"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="170"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="176"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="177"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="181"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="183"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="191"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="199"/>
        <source>Colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="195"/>
        <source>Bowl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="198"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="209"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="217"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="210"/>
        <source>Not shown: the client&apos;s photo consent is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="218"/>
        <source>%n photo(s) of this treatment</source>
        <translation>
            <numerusform>%n photo of this treatment</numerusform>
            <numerusform>%n photos of this treatment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="221"/>
        <source>Show &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="232"/>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="234"/>
        <source>the entry for %1, recorded %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="240"/>
        <source>Open the corrected entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="242"/>
        <source>Corrected %2 by %3 (for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="247"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="249"/>
        <source>%n later correction(s); the latest one stands.</source>
        <translation>
            <numerusform>%n later correction; the latest one stands.</numerusform>
            <numerusform>%n later corrections; the latest one stands.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="255"/>
        <source>Corrections: press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="256"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="276"/>
        <source>Records of this treatment: Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="288"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="296"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="289"/>
        <source>Add &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="74"/>
        <source>Add treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="75"/>
        <source>Change treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="76"/>
        <source>Correct treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="96"/>
        <source>&amp;Repeat last formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="130"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="131"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="132"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="133"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="167"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="135"/>
        <source>Colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="149"/>
        <source>Then &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="151"/>
        <source>Then record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="250"/>
        <source>Repeat last formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="251"/>
        <source>Replace the formula typed here with the client&apos;s last formula?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="262"/>
        <source>Nothing to repeat: no earlier treatment of this client has a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="266"/>
        <source>Last formula copied: adjust it for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="325"/>
        <source>This service needs a valid patch test; this client&apos;s patch test: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="145"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="168"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="146"/>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="148"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="307"/>
        <source>Patch test needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="310"/>
        <source>Go ahead anyway? This is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWords</name>
    <message>
        <location filename="../../../ui/visit_words.py" line="32"/>
        <source>roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="33"/>
        <source>mid-lengths and ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="34"/>
        <source>lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="35"/>
        <source>ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="36"/>
        <source>toner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="37"/>
        <source>highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="38"/>
        <source>lowlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="39"/>
        <source>gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="40"/>
        <source>full head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="66"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="67"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="68"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="69"/>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="70"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="78"/>
        <source>Receptionists see the date and service only; treatments are not theirs to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="83"/>
        <source>Someone else recorded this treatment: only they (for 24 hours) or the owner may edit it. Add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="89"/>
        <source>Locked: treatments can be edited for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="102"/>
        <source>You may edit it until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="113"/>
        <source>A formula has at most %1 bowls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="117"/>
        <source>A bowl has at most %1 shades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="121"/>
        <source>Grams of a shade: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="127"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="133"/>
        <source>Developer grams: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="139"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="145"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="151"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="155"/>
        <source>The developer&apos;s strength is a whole number from %1 to %2 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="161"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="165"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="169"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="175"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="181"/>
        <source>Write grams as a number, like 30 or 7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="201"/>
        <source>Shade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../../ui/workspace.py" line="134"/>
        <source>Today&apos;s clients sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PurposeChoice</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="45"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="46"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
