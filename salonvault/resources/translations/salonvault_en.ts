<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessErrors</name>
    <message>
        <location filename="../../../ui/error_text/access.py" line="19"/>
        <source>This guard&apos;s sessions are already opened by its sign-in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="22"/>
        <source>Sessions start only at sign-in, after the PIN is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="25"/>
        <source>Your account was changed; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="32"/>
        <source>A %1 may not %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="208"/>
        <source>No client matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="285"/>
        <source>The newest %1 matching entries; narrow the filter for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="290"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="275"/>
        <source>Entry %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="232"/>
        <location filename="../../../ui/pages/activity_page.py" line="458"/>
        <source>Every client&apos;s entries are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="308"/>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="328"/>
        <source>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</source>
        <translation>
            <numerusform>The activity log is intact: %n entry checked, none changed, none missing, none out of order.</numerusform>
            <numerusform>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="339"/>
        <source>The activity log has been tampered with or damaged, from entry %1 on (%2). Keep this computer as it is and compare with your newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="361"/>
        <source>No verified backup is within reach. Plug in the backup drive, or make a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="373"/>
        <source>Export these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="376"/>
        <source>The matching entries go to a CSV file that leaves the vault. Entries name staff members and client numbers, never client details. Encrypt it to the recovery key (it then opens with the Recovery Kit)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="381"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="382"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="387"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="403"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="445"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="446"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="447"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="448"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="449"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="450"/>
        <source>Client (name or phone, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="455"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="459"/>
        <source>Check the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="460"/>
        <source>Check against the newest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="461"/>
        <source>Export these entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="464"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="465"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="466"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="467"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="468"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="469"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="481"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="482"/>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="485"/>
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
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="77"/>
        <source>Merged-in record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="192"/>
        <source>Attach a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="198"/>
        <source>a PDF, JPEG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="199"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="225"/>
        <source>%1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="227"/>
        <source>Proves the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="228"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="229"/>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="230"/>
        <source>&amp;Date on the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="231"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="234"/>
        <source>Record the paper consent on the Consents tab first (signed on paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="245"/>
        <source>Choose the scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="246"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="261"/>
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
        <location filename="../../../ui/app.py" line="138"/>
        <source>Owner passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="154"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="189"/>
        <source>This PC had lost its key to the vault. It has a new one now: SalonVault opens here by itself again. Put the Recovery Kit back in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="196"/>
        <source>The vault is open, but this PC could not keep a new key for it (%1). Next time it asks for the recovery key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="225"/>
        <source>Wrong passphrase; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="232"/>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="256"/>
        <source>Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="19"/>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="25"/>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="32"/>
        <source>The file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="38"/>
        <source>%1 is not a PDF, JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="44"/>
        <source>%1 is named as a %2 but is %3; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="52"/>
        <source>%1 has more than %2 pages; split it and attach the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="60"/>
        <source>%1 would take far too much memory to open (more than %2 megapixels or a compressed bomb); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="69"/>
        <source>%1 is protected by a password; save an unprotected copy and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="76"/>
        <source>%1 is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="82"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="85"/>
        <source>JPEG or PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="88"/>
        <source>a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="91"/>
        <source>a JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="94"/>
        <source>a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="97"/>
        <source>a ZIP archive (or an Office document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="100"/>
        <source>an Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="103"/>
        <source>a Word (RTF) document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="106"/>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="109"/>
        <source>a GIF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="112"/>
        <source>a TIFF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="115"/>
        <source>a WebP picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="118"/>
        <source>an HEIC photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="121"/>
        <source>a compressed archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="124"/>
        <source>a web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="127"/>
        <source>an XML or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="130"/>
        <source>something else</source>
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
        <location filename="../../../ui/dialogs/attachment_view.py" line="53"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="54"/>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="55"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="56"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="57"/>
        <source>&amp;Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="119"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="18"/>
        <source>The paper&apos;s date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="21"/>
        <source>The paper&apos;s date is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="25"/>
        <source>Choose the consent record this paper proves (record the paper consent first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="29"/>
        <source>That consent is not on this client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="33"/>
        <source>That consent was signed on screen; link a scan to a consent signed on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="37"/>
        <source>That attachment is not on this client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="40"/>
        <source>There is no such attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="44"/>
        <source>An attachment&apos;s kind is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="49"/>
        <source>Only a paper consent is linked to a consent record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="65"/>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="66"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="67"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="68"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="69"/>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="78"/>
        <source>&amp;Attach a scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="81"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="83"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="90"/>
        <source>Scanned papers are added by the owner or reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="121"/>
        <source>%n health paper(s) (doctor&apos;s letters, prescriptions) are held for the owner and technicians.</source>
        <translation>
            <numerusform>%n health paper (doctor&apos;s letters, prescriptions) is held for the owner and technicians.</numerusform>
            <numerusform>%n health papers (doctor&apos;s letters, prescriptions) are held for the owner and technicians.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="148"/>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="180"/>
        <source>Scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="168"/>
        <source>Remove scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="170"/>
        <source>Remove the %1 of %2 from the vault? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="135"/>
        <location filename="../../../ui/audit_details.py" line="301"/>
        <source>photos %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="137"/>
        <source>the time to change it had passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="140"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="158"/>
        <source>clients: %n</source>
        <translation>
            <numerusform>clients: %n</numerusform>
            <numerusform>clients: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="159"/>
        <source>visits: %n</source>
        <translation>
            <numerusform>visits: %n</numerusform>
            <numerusform>visits: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="160"/>
        <source>photos: %n</source>
        <translation>
            <numerusform>photos: %n</numerusform>
            <numerusform>photos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="161"/>
        <source>entries: %n</source>
        <translation>
            <numerusform>entries: %n</numerusform>
            <numerusform>entries: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="162"/>
        <source>entries checked: %n</source>
        <translation>
            <numerusform>entries checked: %n</numerusform>
            <numerusform>entries checked: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="163"/>
        <source>new: %n</source>
        <translation>
            <numerusform>new: %n</numerusform>
            <numerusform>new: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="164"/>
        <source>updated: %n</source>
        <translation>
            <numerusform>updated: %n</numerusform>
            <numerusform>updated: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="165"/>
        <source>skipped: %n</source>
        <translation>
            <numerusform>skipped: %n</numerusform>
            <numerusform>skipped: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="166"/>
        <source>not valid: %n</source>
        <translation>
            <numerusform>not valid: %n</numerusform>
            <numerusform>not valid: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="167"/>
        <location filename="../../../ui/audit_details.py" line="168"/>
        <source>health items: %n</source>
        <translation>
            <numerusform>health items: %n</numerusform>
            <numerusform>health items: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="169"/>
        <source>health records: %n</source>
        <translation>
            <numerusform>health records: %n</numerusform>
            <numerusform>health records: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="170"/>
        <source>rows read: %n</source>
        <translation>
            <numerusform>rows read: %n</numerusform>
            <numerusform>rows read: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="171"/>
        <source>consents: %n</source>
        <translation>
            <numerusform>consents: %n</numerusform>
            <numerusform>consents: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="172"/>
        <location filename="../../../ui/audit_details.py" line="199"/>
        <source>signed forms: %n</source>
        <translation>
            <numerusform>signed forms: %n</numerusform>
            <numerusform>signed forms: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="173"/>
        <source>patch tests: %n</source>
        <translation>
            <numerusform>patch tests: %n</numerusform>
            <numerusform>patch tests: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="174"/>
        <source>pinned notes: %n</source>
        <translation>
            <numerusform>pinned notes: %n</numerusform>
            <numerusform>pinned notes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="175"/>
        <source>service records: %n</source>
        <translation>
            <numerusform>service records: %n</numerusform>
            <numerusform>service records: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="176"/>
        <source>records with health values held back: %n</source>
        <translation>
            <numerusform>records with health values held back: %n</numerusform>
            <numerusform>records with health values held back: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="177"/>
        <source>services: %n</source>
        <translation>
            <numerusform>services: %n</numerusform>
            <numerusform>services: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="178"/>
        <source>allergies: %n</source>
        <translation>
            <numerusform>allergies: %n</numerusform>
            <numerusform>allergies: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="179"/>
        <source>photos deleted: %n</source>
        <translation>
            <numerusform>photos deleted: %n</numerusform>
            <numerusform>photos deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="180"/>
        <source>health items deleted: %n</source>
        <translation>
            <numerusform>health items deleted: %n</numerusform>
            <numerusform>health items deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="181"/>
        <source>allergies left out (no consent): %n</source>
        <translation>
            <numerusform>allergies left out (no consent): %n</numerusform>
            <numerusform>allergies left out (no consent): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="182"/>
        <source>earlier versions deleted: %n</source>
        <translation>
            <numerusform>earlier versions deleted: %n</numerusform>
            <numerusform>earlier versions deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="183"/>
        <source>health papers deleted: %n</source>
        <translation>
            <numerusform>health papers deleted: %n</numerusform>
            <numerusform>health papers deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="184"/>
        <source>recipients listed: %n</source>
        <translation>
            <numerusform>recipients listed: %n</numerusform>
            <numerusform>recipients listed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="185"/>
        <source>service records deleted: %n</source>
        <translation>
            <numerusform>service records deleted: %n</numerusform>
            <numerusform>service records deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="186"/>
        <source>earlier versions: %n</source>
        <translation>
            <numerusform>earlier versions: %n</numerusform>
            <numerusform>earlier versions: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="187"/>
        <source>without contact details: %n</source>
        <translation>
            <numerusform>without contact details: %n</numerusform>
            <numerusform>without contact details: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="188"/>
        <source>wrong tries in a row: %n</source>
        <translation>
            <numerusform>wrong tries in a row: %n</numerusform>
            <numerusform>wrong tries in a row: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="189"/>
        <source>hours valid: %n</source>
        <translation>
            <numerusform>hours valid: %n</numerusform>
            <numerusform>hours valid: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="190"/>
        <source>backups kept: %n</source>
        <translation>
            <numerusform>backups kept: %n</numerusform>
            <numerusform>backups kept: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="191"/>
        <source>reminder after days: %n</source>
        <translation>
            <numerusform>reminder after days: %n</numerusform>
            <numerusform>reminder after days: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="192"/>
        <source>device keys kept for another folder: %n</source>
        <translation>
            <numerusform>device keys kept for another folder: %n</numerusform>
            <numerusform>device keys kept for another folder: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="193"/>
        <source>pages encrypted again: %n</source>
        <translation>
            <numerusform>pages encrypted again: %n</numerusform>
            <numerusform>pages encrypted again: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="194"/>
        <source>scanned papers: %n</source>
        <translation>
            <numerusform>scanned papers: %n</numerusform>
            <numerusform>scanned papers: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="195"/>
        <source>pages: %n</source>
        <translation>
            <numerusform>pages: %n</numerusform>
            <numerusform>pages: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="196"/>
        <source>contraindications: %n</source>
        <translation>
            <numerusform>contraindications: %n</numerusform>
            <numerusform>contraindications: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="197"/>
        <source>red flags: %n</source>
        <translation>
            <numerusform>red flags: %n</numerusform>
            <numerusform>red flags: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="198"/>
        <source>red flags that stop a service: %n</source>
        <translation>
            <numerusform>red flags that stop a service: %n</numerusform>
            <numerusform>red flags that stop a service: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="200"/>
        <source>attended: %n</source>
        <translation>
            <numerusform>attended: %n</numerusform>
            <numerusform>attended: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="201"/>
        <source>questions: %n</source>
        <translation>
            <numerusform>questions: %n</numerusform>
            <numerusform>questions: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="202"/>
        <source>signed again after months: %n</source>
        <translation>
            <numerusform>signed again after months: %n</numerusform>
            <numerusform>signed again after months: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="207"/>
        <source>visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="208"/>
        <source>photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="209"/>
        <source>scanned paper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="210"/>
        <source>health item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="211"/>
        <source>signed form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="212"/>
        <source>pinned note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="213"/>
        <source>record removed: client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="214"/>
        <source>record kept: client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="215"/>
        <source>changed from entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="216"/>
        <source>corrects visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="217"/>
        <source>service record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="218"/>
        <location filename="../../../ui/audit_details.py" line="227"/>
        <source>earlier version %1 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="219"/>
        <source>corrects service record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="220"/>
        <source>template version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="221"/>
        <source>form version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="222"/>
        <source>red flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="224"/>
        <source>from database version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="225"/>
        <source>to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="226"/>
        <source>text version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="229"/>
        <source>years a client without a visit is kept: %n</source>
        <translation>
            <numerusform>years a client without a visit is kept: %n</numerusform>
            <numerusform>years a client without a visit is kept: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="231"/>
        <source>years health data is kept: %n</source>
        <translation>
            <numerusform>years health data is kept: %n</numerusform>
            <numerusform>years health data is kept: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="232"/>
        <source>years photos are kept: %n</source>
        <translation>
            <numerusform>years photos are kept: %n</numerusform>
            <numerusform>years photos are kept: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="233"/>
        <source>with the last visit&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="245"/>
        <source>filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="249"/>
        <source>blank form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="254"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="255"/>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="260"/>
        <source>not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>old key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>new key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="283"/>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>copied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>every service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>services %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>cylinders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>acuity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="295"/>
        <source>made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="297"/>
        <source>problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="299"/>
        <source>%1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="306"/>
        <source>not linked to a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="307"/>
        <source>proves consent record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="309"/>
        <source>the salon&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="314"/>
        <source>health items %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="318"/>
        <source>consultation form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="320"/>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="322"/>
        <source>red flags not reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="324"/>
        <source>no earlier visit with a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="333"/>
        <source>hidden until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>before photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>after photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="354"/>
        <source>patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="359"/>
        <source>all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="360"/>
        <source>clients with health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="361"/>
        <source>clients with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="362"/>
        <source>clients registered between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="363"/>
        <source>a number the owner gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="368"/>
        <source>wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="369"/>
        <source>wrong one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="370"/>
        <source>no staff member has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="371"/>
        <source>the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="372"/>
        <source>too soon after wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="373"/>
        <source>no PIN reset was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="374"/>
        <source>the one-time code had expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="375"/>
        <source>a new PIN must be chosen first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="376"/>
        <source>not this vault&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="377"/>
        <source>the last active owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="378"/>
        <source>an owner cannot reset their own PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="379"/>
        <source>a reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="380"/>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="381"/>
        <source>locked after being idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="382"/>
        <source>the session&apos;s time was up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="383"/>
        <source>switched user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="384"/>
        <source>the computer was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="385"/>
        <source>the window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="386"/>
        <source>locked while signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="387"/>
        <source>the role was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="388"/>
        <source>the PIN was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="389"/>
        <source>owner access was recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="390"/>
        <source>the account was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="391"/>
        <source>the privacy briefing was not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="397"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="398"/>
        <source>and when the health details change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="399"/>
        <source>not when the health details change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="400"/>
        <source>saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="401"/>
        <location filename="../../../ui/audit_details.py" line="466"/>
        <source>with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="402"/>
        <source>with the one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="403"/>
        <source>a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="405"/>
        <source>this computer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="406"/>
        <source>the owner&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="407"/>
        <source>the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="408"/>
        <source>during set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="409"/>
        <source>by import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="410"/>
        <source>after opening with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="411"/>
        <source>encrypted to the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="412"/>
        <source>encrypted with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="413"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="414"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="415"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="416"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="417"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="418"/>
        <source>JPEG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="419"/>
        <source>PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="420"/>
        <source>marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="421"/>
        <source>activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="422"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="423"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="424"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="425"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="426"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="434"/>
        <source>the authority is notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="435"/>
        <source>the authority is not notified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="436"/>
        <source>clients counted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="437"/>
        <source>count kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="438"/>
        <source>the client&apos;s explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="439"/>
        <source>health care under professional secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="440"/>
        <source>anonymous visit counts kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="441"/>
        <source>no visit counts kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="442"/>
        <source>the first owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="443"/>
        <source>the PIN&apos;s hash renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="444"/>
        <source>no photo consent in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="445"/>
        <source>the card&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="446"/>
        <source>pinned by the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="447"/>
        <source>pinned by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="448"/>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="449"/>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="450"/>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="451"/>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="452"/>
        <source>needs a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="453"/>
        <source>no patch test needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="454"/>
        <source>backup offered when closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="455"/>
        <source>no backup when closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="456"/>
        <source>to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="457"/>
        <source>to the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="458"/>
        <source>it was disabled by wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="459"/>
        <source>the owner had disabled it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="460"/>
        <source>clients without a visit: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="461"/>
        <source>health data: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="462"/>
        <source>photos: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="463"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="464"/>
        <source>separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="465"/>
        <source>by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="468"/>
        <source>with the recovery key, the vault did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="477"/>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="478"/>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="479"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="480"/>
        <source>phone (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="481"/>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="482"/>
        <source>phone numbers (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="483"/>
        <source>pinned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="484"/>
        <source>consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="485"/>
        <source>patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="486"/>
        <source>patch test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="487"/>
        <source>treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="488"/>
        <source>treatment dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="489"/>
        <source>today&apos;s treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="490"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="491"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="492"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="493"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="494"/>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="495"/>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="496"/>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="497"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="498"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="499"/>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="500"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="501"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="502"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="503"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="504"/>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="505"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="506"/>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="507"/>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="508"/>
        <source>corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="509"/>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="510"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="511"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="512"/>
        <source>usual length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="513"/>
        <source>patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="514"/>
        <source>whether it is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="515"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="516"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="517"/>
        <source>salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="518"/>
        <source>salon address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="519"/>
        <source>country of local phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="520"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="521"/>
        <source>kinds of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="522"/>
        <source>idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="523"/>
        <source>shortest PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="524"/>
        <source>client details collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="525"/>
        <source>recipients of client data and transfers abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="526"/>
        <source>months without a visit before a client is lapsed</source>
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
        <location filename="../../../ui/audit_words.py" line="95"/>
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
        <source>Changed a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="69"/>
        <source>Added a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="70"/>
        <source>Opened a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="71"/>
        <source>Changed a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="72"/>
        <source>Corrected a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="73"/>
        <source>Went ahead without a valid patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="75"/>
        <source>Went ahead despite a contraindication on the health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="77"/>
        <source>Shown the health alerts before a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="78"/>
        <source>Copied the last colour formula into a new treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="79"/>
        <source>Printed or saved the client card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="80"/>
        <source>Printed or saved a day sheet listing the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="81"/>
        <source>Recorded a patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="82"/>
        <source>Added a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="83"/>
        <source>Marked a line of a recall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="84"/>
        <source>Changed a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="85"/>
        <source>Corrected a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="86"/>
        <source>Listed the client&apos;s service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="87"/>
        <source>Opened a service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="88"/>
        <source>Printed or saved the spectacle prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="89"/>
        <source>Copied a record template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="90"/>
        <source>Saved a new version of a record template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="91"/>
        <source>Switched a record template on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="92"/>
        <source>Chose the services of a record template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="93"/>
        <source>Chose how prescriptions are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="94"/>
        <source>Set a patch-test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="96"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="97"/>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="98"/>
        <source>Created the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="99"/>
        <source>Opened the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="100"/>
        <source>Upgraded the vault to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="101"/>
        <source>Checked the vault&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="102"/>
        <source>Checked the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="103"/>
        <source>Recorded a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="104"/>
        <source>Withdrew a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="105"/>
        <source>Printed a consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="106"/>
        <source>Changed a consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="107"/>
        <source>Switched a consent purpose on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="108"/>
        <source>Made a marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="109"/>
        <source>Printed the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="110"/>
        <source>Added a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="111"/>
        <source>Viewed a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="112"/>
        <source>Listed photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="113"/>
        <source>Removed a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="114"/>
        <source>Chose the card&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="115"/>
        <source>Took the photo off the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="116"/>
        <source>Took a signed consultation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="117"/>
        <source>Listed the client&apos;s consultation forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="118"/>
        <source>Reviewed a red flag on a consultation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="119"/>
        <source>Chose the services a consultation form guards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="120"/>
        <source>Added a version of a consultation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="121"/>
        <source>Copied a consultation form as the salon&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="122"/>
        <source>Changed when a consultation form is signed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="123"/>
        <source>Printed or saved a consultation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="124"/>
        <source>Added a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="125"/>
        <source>Listed scanned papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="126"/>
        <source>Opened a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="127"/>
        <source>Removed a scanned paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="128"/>
        <source>Added a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="129"/>
        <source>Renamed a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="130"/>
        <source>Changed a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="131"/>
        <source>Disabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="132"/>
        <source>Enabled a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="133"/>
        <source>Reset a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="134"/>
        <source>Chose a new PIN after a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="135"/>
        <source>Locked out after wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="136"/>
        <source>Owner access recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="137"/>
        <source>Confirmed the staff privacy briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="138"/>
        <source>Did not confirm the staff privacy briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="139"/>
        <source>Recorded a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="140"/>
        <source>Added a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="141"/>
        <source>Removed a key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="142"/>
        <source>Showed the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="143"/>
        <source>Confirmed the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="144"/>
        <source>Replaced the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="145"/>
        <source>Re-keyed the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="146"/>
        <source>Finished an interrupted re-keying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="147"/>
        <source>Tried to start a session without signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="148"/>
        <source>Started a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="149"/>
        <source>Made a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="150"/>
        <source>Verified a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="151"/>
        <source>Ran a restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="152"/>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="153"/>
        <source>Prepared a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="154"/>
        <source>Replaced the vault by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="155"/>
        <source>Changed backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="157"/>
        <source>Dismissed the warning that the vault is older than a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="159"/>
        <source>Added a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="160"/>
        <source>Changed a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="161"/>
        <source>Changed the order of the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="162"/>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="163"/>
        <source>Chose the legal basis for health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="164"/>
        <source>Changed the retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="165"/>
        <source>Exported clients and visits (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="166"/>
        <source>Exported everything (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="167"/>
        <source>Exported a marketing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="168"/>
        <source>Exported the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="169"/>
        <source>Recorded an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="170"/>
        <source>Updated an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="171"/>
        <source>Drafted an incident notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="172"/>
        <source>Made the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="173"/>
        <source>Made the impact-assessment draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="174"/>
        <source>Removed data past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="175"/>
        <source>Filled the demo salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="176"/>
        <source>Added demo photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthErrors</name>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="17"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="20"/>
        <source>The recovery key re-enables owner accounts only; the owner enables others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="25"/>
        <source>Wrong PIN. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong try will disable this account.</numerusform>
            <numerusform>Wrong PIN. %n more wrong tries will disable this account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="39"/>
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="40"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="57"/>
        <source>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong try will disable this account.</numerusform>
            <numerusform>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="80"/>
        <source>The session has ended; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="83"/>
        <source>This account has no PIN reset waiting; sign in with the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="86"/>
        <source>The session was ended; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="89"/>
        <source>The session locked after being idle; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="92"/>
        <source>The session reached its 12-hour limit; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="95"/>
        <source>Type the owner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="98"/>
        <source>The two PINs differ.</source>
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
    <name>BackupErrors</name>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="18"/>
        <source>The backup&apos;s activity log does not end where its manifest says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="22"/>
        <source>The backup&apos;s activity log does not verify (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="29"/>
        <source>This backup was made by a newer SalonVault (schema %1); install the newer version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="36"/>
        <source>The backup&apos;s manifest names no schema version SalonVault had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="41"/>
        <source>The backup&apos;s database schema is not SalonVault&apos;s (%1): it was changed outside the program, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="48"/>
        <source>The backup&apos;s schema version differs from its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="51"/>
        <source>The backup&apos;s database schema differs from the one its manifest names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="54"/>
        <source>The backup does not carry its activity log&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="58"/>
        <source>Cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="65"/>
        <source>The database inside the backup cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="70"/>
        <source>The backup has no manifest; it was not made by SalonVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="74"/>
        <source>This backup was made by a newer SalonVault; install the newer version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="79"/>
        <source>The backup&apos;s manifest does not match this salon&apos;s key: it was altered or made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="84"/>
        <source>The backup&apos;s manifest is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="87"/>
        <source>The backup&apos;s activity log key does not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="90"/>
        <source>The backup opened with this recovery key but names another one inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="95"/>
        <source>The backup withholds a setting this SalonVault cannot restore (%1); install the newer version to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="102"/>
        <source>The file does not contain an SQLite database; it is not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="105"/>
        <source>The database inside is not a SalonVault backup (its page layout differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="109"/>
        <source>page %1 fails authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="114"/>
        <source>The vault file ended early while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="117"/>
        <source>The backup is incomplete (it ends in the middle of a page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="121"/>
        <source>The backup file is damaged or incomplete (its encryption does not check out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="126"/>
        <source>This backup was made for a different recovery key (another salon, or a key replaced since), or its first lines are damaged; use the Recovery Kit that belongs to it, or another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="132"/>
        <source>The file is not a SalonVault backup (not an age file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="135"/>
        <source>The vault kept changing while the backup started; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="139"/>
        <source>Keep between 1 and %1 backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="145"/>
        <source>Remind after 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="150"/>
        <source>The snapshot is not the one this backup started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="154"/>
        <source>The backup read back differs from what was written (a failing drive?); it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="158"/>
        <source>The backup was cancelled; nothing was left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="162"/>
        <source>SalonVault could not write in %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="170"/>
        <source>The disk holding %1 is full (checking or restoring a backup needs free space the size of the vault there); free some space and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="180"/>
        <source>SalonVault may not write in %1 (read-only or no permission). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="186"/>
        <source>age encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="190"/>
        <source>The database inside the backup fails SQLite&apos;s integrity check (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="196"/>
        <source>The backup&apos;s row counts differ from its manifest (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="202"/>
        <source>The backup could not be read to the end (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="208"/>
        <source>The backup could not be read back to the end (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="214"/>
        <source>This vault&apos;s activity log does not hold the backup&apos;s last entry: the vault was restored from an older backup since, or its file was replaced or cut.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../../ui/pages/backups_page.py" line="228"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="230"/>
        <source>USB / removable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="253"/>
        <source>Choose a USB stick or a folder for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="255"/>
        <source>This folder is not there now (drive unplugged?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="259"/>
        <source>Free: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="276"/>
        <source>No SalonVault backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backups_page.py" line="280"/>
        <source>%n backup(s) in this folder, the oldest from %1.</source>
        <translation>
            <numerusform>%n backup in this folder, the oldest from %1.</numerusform>
            <numerusform>%n backups in this folder, the oldest from %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="302"/>
        <source>Back up into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="309"/>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="310"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="335"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="337"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="348"/>
        <location filename="../../../ui/pages/backups_page.py" line="350"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="349"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="351"/>
        <source>Check and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="352"/>
        <source>Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="353"/>
        <source>Restore drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="354"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="355"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="356"/>
        <source>Newest backups kept in each folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="360"/>
        <source>Also kept: the newest backup of each of the last 7 days, 4 weeks and 12 months that have one, so backups in a row never push out the older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="364"/>
        <source>Remind when the last backup is older than (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="365"/>
        <source>Offer a backup when SalonVault closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="366"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="367"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BowlEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="112"/>
        <source>Add shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="115"/>
        <source>6% / 20 vol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="118"/>
        <source>1:1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="122"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="124"/>
        <source>Remove bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="176"/>
        <source>Bowl for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="177"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="178"/>
        <source>Shades and grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="179"/>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="180"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="181"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="185"/>
        <source>grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="186"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="187"/>
        <source>Choose a zone or type your own name for this bowl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="188"/>
        <source>Developer strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="189"/>
        <source>Developer grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="190"/>
        <source>Mixing ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="191"/>
        <source>Processing time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="195"/>
        <source>Bowl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="204"/>
        <source>Shade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="205"/>
        <source>Grams of shade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="206"/>
        <source>Remove shade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="207"/>
        <source>Remove this shade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="334"/>
        <source>%1 (from the ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="343"/>
        <source>Shade %1: write the shade before its grams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <location filename="../../../ui/briefing_page.py" line="175"/>
        <location filename="../../../ui/briefing_page.py" line="191"/>
        <source>Staff privacy briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="178"/>
        <source>Before your first work in SalonVault, read how we keep clients&apos; data safe and confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="182"/>
        <source>The briefing has changed since you last confirmed it: read it and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="185"/>
        <source>It is a year since you last confirmed the briefing: read it again and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="189"/>
        <source>Read &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="190"/>
        <source>Language of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="193"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="194"/>
        <source>I have &amp;read and understood it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="195"/>
        <source>&amp;Not now (sign out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="197"/>
        <source>You can work in SalonVault only after confirming the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingTables</name>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="32"/>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="34"/>
        <source>Not confirmed yet: asked at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="37"/>
        <source>New version: asked at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="40"/>
        <source>A year has passed: asked at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="72"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="73"/>
        <source>Version confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="74"/>
        <source>Confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="75"/>
        <source>Read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="76"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="98"/>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="127"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="128"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="129"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="145"/>
        <source>staff %1</source>
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
        <location filename="../../../ui/dialogs/card_photo.py" line="64"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="67"/>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="70"/>
        <source>Remove from card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="108"/>
        <source>A photo on the card needs the client&apos;s photo consent (record it on the Photos tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="118"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="127"/>
        <source>The client&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="157"/>
        <source>Choose a photo for the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="158"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="19"/>
        <source>The duration is from 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="24"/>
        <source>The price is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="27"/>
        <source>Two services have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="31"/>
        <source>A salon has at most %1 services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="36"/>
        <source>There is no such service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="39"/>
        <source>A contraindication needs at least 3 letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="42"/>
        <source>A service has at most %1 contraindications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="45"/>
        <source>Give every service exactly once to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseCardPhotoDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="193"/>
        <source>Photo on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="198"/>
        <source>The client&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="212"/>
        <source>The client has no photos yet: add one instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="18"/>
        <source>restore needs --recovery-key FILE (the Recovery Kit&apos;s key file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="22"/>
        <source>There is no service %1; `services list --all` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="27"/>
        <source>Send one JSON object with the client&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="30"/>
        <source>allergies must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="33"/>
        <source>phones must be a list of {&quot;label&quot;, &quot;number&quot;} objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="37"/>
        <source>Standard input is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="42"/>
        <source>Standard input is not a client (nested too deeply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="45"/>
        <source>Each phone is {&quot;label&quot;: …, &quot;number&quot;: &quot;…&quot;}, both texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="49"/>
        <source>A phone&apos;s label is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="54"/>
        <source>The marketing list is a CSV file; use --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="58"/>
        <source>Could not read the mapping file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="64"/>
        <source>The mapping file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="68"/>
        <source>Standard input ended before the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="75"/>
        <source>There is no terminal to ask for the %1; send it on standard input with the matching --…-stdin option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="83"/>
        <source>The two %1s differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="90"/>
        <source>The recovery key was replaced, but it could not be saved (%1); print the new Recovery Kit now (Settings, Recovery Kit), before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="98"/>
        <source>There is no terminal to type the client&apos;s name on; give it with --confirm NAME or on the line after the PIN with --pin-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="103"/>
        <source>recover-owner needs --recovery-key FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="107"/>
        <source>Unknown field(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="113"/>
        <source>The field %1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="118"/>
        <source>is_minor must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="121"/>
        <source>Standard input is not a JSON health item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="124"/>
        <source>Send one JSON object: {&quot;kind&quot;, &quot;text&quot;, &quot;severity&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="128"/>
        <source>kind is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="134"/>
        <source>severity is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="139"/>
        <source>text is the item&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="142"/>
        <source>The signature file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="145"/>
        <source>Standard input is not a record (nested too deeply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="148"/>
        <source>Send one JSON object with the record&apos;s values by field key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="125"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="128"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="153"/>
        <source>P&amp;rint card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="157"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="158"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="172"/>
        <source>The card was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="180"/>
        <source>Save the card as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="181"/>
        <source>client-card-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="189"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="204"/>
        <source>Merge with another client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="210"/>
        <source>Erase client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="216"/>
        <source>Data report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="233"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="240"/>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="242"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="244"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="248"/>
        <source>Patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="250"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="253"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="256"/>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="259"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="262"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="309"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="369"/>
        <source>Check before any treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="383"/>
        <source>Patch test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="237"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="64"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="66"/>
        <source>Change details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="143"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="144"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="137"/>
        <location filename="../../../ui/dialogs/client_dialog.py" line="145"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="146"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="147"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="148"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="149"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="150"/>
        <source>Minor (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="151"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="152"/>
        <source>Hair preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="153"/>
        <source>Skin preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="154"/>
        <source>Lash preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="155"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="156"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="175"/>
        <source>Name and how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="177"/>
        <source>Short words, separated by commas: balayage, regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="260"/>
        <source>The new client you were typing was kept while the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="261"/>
        <source>Your unsaved changes were kept while the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="302"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="304"/>
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
        <source>not yet informed about visit records</source>
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
        <source>Not yet informed about visit records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <location filename="../../../ui/models/client_table.py" line="178"/>
        <source>The client number: the same on the card, in the log and on forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="218"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="219"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="220"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="221"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="222"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="223"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="232"/>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="239"/>
        <location filename="../../../ui/pages/clients_page.py" line="466"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="250"/>
        <source>Severe health alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="252"/>
        <source>Health alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsErrors</name>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="18"/>
        <source>There is no such client (already erased?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="21"/>
        <source>Type the client&apos;s name exactly as shown to confirm the erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="25"/>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="31"/>
        <source>The %1 has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="38"/>
        <source>The %1 contains characters that are not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="45"/>
        <source>That phone number is not valid (numbers without a country code are read as %1; add +48, +84, +86 … for others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="52"/>
        <source>That e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="55"/>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="58"/>
        <source>The birth date is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="61"/>
        <source>Enter the parent or guardian of a minor (name and how to reach them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="64"/>
        <source>A guardian is kept only for a minor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="68"/>
        <source>A client has at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="73"/>
        <source>The language is one of en, vi, pl, zh_CN (or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="77"/>
        <source>The birth date shows %1 or older; correct it or untick &quot;minor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="83"/>
        <source>The birth date shows under %1; tick &quot;minor&quot; (and add the guardian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="88"/>
        <source>Separate tags with commas; a tag has no comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="91"/>
        <source>A tag needs letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="94"/>
        <source>Write the birth date as YYYY-MM-DD (for example 1990-04-23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="97"/>
        <source>This looks like a payment card number; card numbers are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="100"/>
        <source>Choose two different clients to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="104"/>
        <source>There is no client %1 (already merged or erased?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="109"/>
        <source>Type the name of the client being merged away exactly as shown to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="113"/>
        <source>A client has at most %1 phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="118"/>
        <source>The phone is the first of the phone numbers; send one or make them agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="121"/>
        <source>This salon does not collect phones (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="124"/>
        <source>That note is not pinned on this client&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="127"/>
        <source>There is no such client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="131"/>
        <source>A client has at most %1 pinned notes; unpin one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="136"/>
        <source>Allergies are changed as health items, not with the client&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="140"/>
        <source>At most %1 clients at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="145"/>
        <source>That health item is not on this client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="149"/>
        <source>This may be a client who is already registered (id %1); check before adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="155"/>
        <source>A tag has at most %1 characters (&quot;%2…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="162"/>
        <source>Unknown fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="169"/>
        <source>This salon does not collect %1; the owner can switch them on in Settings → Client details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="177"/>
        <source>Lapsed after %1 to %2 months without a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="184"/>
        <source>At most %1 rows at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="189"/>
        <source>Choose a day after today to hide the line until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="192"/>
        <source>Only &apos;not now&apos; hides a line until a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="244"/>
        <source>%n client(s) match the filters</source>
        <translation>
            <numerusform>%n client match the filters</numerusform>
            <numerusform>%n clients match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="246"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="249"/>
        <source>%n client(s) found among those the filters leave</source>
        <translation>
            <numerusform>%n client found among those the filters leave</numerusform>
            <numerusform>%n clients found among those the filters leave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="252"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>%n client found</numerusform>
            <numerusform>%n clients found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="328"/>
        <source>Filters on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="333"/>
        <source>&amp;Filters (%n)</source>
        <translation>
            <numerusform>&amp;Filters (%n)</numerusform>
            <numerusform>&amp;Filters (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="335"/>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="435"/>
        <source>Find a client: name, phone, e-mail or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="436"/>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="437"/>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="443"/>
        <source>Register a new client (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="447"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="448"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="449"/>
        <source>Narrow the list by tag, service, visits …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="450"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="451"/>
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
        <location filename="../../../ui/consent_labels.py" line="41"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="47"/>
        <source>Signed on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="48"/>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="94"/>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="129"/>
        <source>The client signs on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="130"/>
        <source>The client signed a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="135"/>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="136"/>
        <source>Paper form&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="153"/>
        <source>The client is under %1: a parent or guardian decides and signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="163"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="171"/>
        <source>Language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="215"/>
        <source>The salon asks for no consent purpose (Consents page, Texts tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="224"/>
        <source>Still to answer, Agree or Refuse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="228"/>
        <source>Still to confirm the client has read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="230"/>
        <source>Waiting for the client&apos;s signature on the pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="232"/>
        <source>Type the paper form&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentErrors</name>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="18"/>
        <source>Choose marketing channels only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="21"/>
        <source>A form is opened to print or to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="24"/>
        <source>There is no such consent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="27"/>
        <source>The client&apos;s signature is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="30"/>
        <source>A decision is &apos;granted&apos; or &apos;refused&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="33"/>
        <source>Signed &apos;on_screen&apos; or on &apos;paper&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="36"/>
        <source>The text is unchanged; no new version was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="40"/>
        <source>The salon has switched off consent for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="46"/>
        <source>This client has no active consent for %1 to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="53"/>
        <source>%1 is information the client acknowledges, not a consent to refuse: the salon needs these records to provide its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="62"/>
        <source>%1 is information, not a consent, so there is nothing to withdraw: the client may object or ask for the record to be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="70"/>
        <source>The consent text changed while the form was open; nothing was recorded. Show the client the new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="75"/>
        <source>The consent text changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="78"/>
        <source>The consent text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="82"/>
        <source>The consent text has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="87"/>
        <source>The signature image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="90"/>
        <source>The signature is not a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="93"/>
        <source>A form signed on paper has no on-screen signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="96"/>
        <source>Choose agree or refuse for at least one purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="99"/>
        <source>A form signed on screen has no paper reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="103"/>
        <source>Unknown consent purpose; use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="108"/>
        <source>The consent text contains characters that are not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="111"/>
        <source>The signature is empty; ask the client to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="114"/>
        <source>The signature image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="118"/>
        <source>This client has no active photo consent (never given, or withdrawn); record the client&apos;s consent before taking, adding or viewing photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="124"/>
        <source>This client has no active consent for %1; record it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="130"/>
        <source>The consent language is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="136"/>
        <source>The signature image is %1x%2 pixels; it must be from %3x%4 to %5x%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="147"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet; record the client&apos;s health-data consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="153"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="159"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it; record a new consent first if the client agrees again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="165"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for health-data consent; the owner can switch it on in Consents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTemplatesPanel</name>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="153"/>
        <source>Current text: version %1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="162"/>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="188"/>
        <source>The salon now asks for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="191"/>
        <source>The salon no longer asks for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="201"/>
        <source>Save this text as a new version? Clients who agreed to the old text will be asked again. The old version stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="205"/>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="215"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="239"/>
        <source>Ticked: the salon asks clients for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="240"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="243"/>
        <source>{salon_name} and {salon_address} are filled in with the salon&apos;s details when the text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="247"/>
        <source>Save as new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="248"/>
        <source>Earlier versions (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="137"/>
        <source>version %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/consents_page.py" line="144"/>
        <source>%n consent(s) to ask again</source>
        <translation>
            <numerusform>%n consent to ask again</numerusform>
            <numerusform>%n consents to ask again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="183"/>
        <source>The privacy notice was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="188"/>
        <source>The saved file is not encrypted: it leaves the vault. The notice holds no client&apos;s details, only the salon&apos;s name, address and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="192"/>
        <location filename="../../../ui/pages/consents_page.py" line="198"/>
        <source>Save privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="207"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="219"/>
        <source>Consents given under an earlier version of the text. Ask these clients again when they next come in; until then their earlier answer stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="226"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="227"/>
        <source>To ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="229"/>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="230"/>
        <source>Privacy notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="231"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="232"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="67"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="74"/>
        <source>Consent per purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="78"/>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="79"/>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="81"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="84"/>
        <source>Print form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="86"/>
        <source>Save form as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="107"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="147"/>
        <source>%1 (needs re-consent: the text changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="162"/>
        <source>%1, withdrawn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="199"/>
        <source>Choose a purpose in the table to print or save its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="202"/>
        <source>No answer on record for this purpose: the form prints blank, for the client to sign on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="207"/>
        <source>Visit records are information, not a consent: there is nothing to withdraw. The client may object or ask for the record to be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="211"/>
        <source>This consent is not in force, so there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="224"/>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="231"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="234"/>
        <source>Withdraw the client&apos;s photo consent? Every photo of this client is deleted from the vault now. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="239"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. The text the client signed promises that their photos are removed from the salon&apos;s website and social media pages within 15 days: the program does not publish them, so someone must remove them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="251"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="252"/>
        <source>Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="264"/>
        <source>Consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Consent withdrawn; %n photo deleted.</numerusform>
            <numerusform>Consent withdrawn; %n photos deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="268"/>
        <source>Consent withdrawn. Remove the client&apos;s photos from the salon&apos;s website and social media pages within 15 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="274"/>
        <source>Consent withdrawn; %n health record(s) deleted.</source>
        <translation>
            <numerusform>Consent withdrawn; %n health record deleted.</numerusform>
            <numerusform>Consent withdrawn; %n health records deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="277"/>
        <source>Consent withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="287"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. No health details are held, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="291"/>
        <source>%n allergy(ies)</source>
        <translation>
            <numerusform>%n allergy</numerusform>
            <numerusform>%n allergies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="292"/>
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="293"/>
        <source>%n medication(s)</source>
        <translation>
            <numerusform>%n medication</numerusform>
            <numerusform>%n medications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="294"/>
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n contraindication</numerusform>
            <numerusform>%n contraindications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="298"/>
        <source>%n removed item(s) kept as history</source>
        <translation>
            <numerusform>%n removed item kept as history</numerusform>
            <numerusform>%n removed items kept as history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="301"/>
        <source>%n health paper(s): letters, outside prescriptions</source>
        <translation>
            <numerusform>%n health paper: letters, outside prescriptions</numerusform>
            <numerusform>%n health papers: letters, outside prescriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="304"/>
        <source>%n service record(s) holding health details</source>
        <translation>
            <numerusform>%n service record holding health details</numerusform>
            <numerusform>%n service records holding health details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="307"/>
        <source>%n earlier version(s) of changed items</source>
        <translation>
            <numerusform>%n earlier version of changed items</numerusform>
            <numerusform>%n earlier versions of changed items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="312"/>
        <source>Withdraw the client&apos;s health-data consent? These are deleted from the vault now, and cannot be brought back:
%1
The record of the consent and its withdrawal stays; patch tests and visits stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="348"/>
        <source>The form was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="353"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s name and signature. Save it only where the client&apos;s records may be kept, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="358"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="367"/>
        <source>Save form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="384"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationFormsBox</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="156"/>
        <source>Consultation forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="166"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="167"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="170"/>
        <source>Asked before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="217"/>
        <source>Ser&amp;vices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="168"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="169"/>
        <source>Signed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="189"/>
        <source>A form is asked before the services it guards. A built-in form changes only with the program: copy it to make the salon&apos;s own and edit its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="221"/>
        <source>Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="224"/>
        <source>&amp;Edit questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="227"/>
        <source>Signed a&amp;gain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/forms_owner_box.py" line="251"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>the salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="256"/>
        <source>%1 or when health details change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="260"/>
        <source>no service yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="287"/>
        <source>A built-in form changes only with the program: copy it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="293"/>
        <source>The salon has no services yet: add them under Services first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="296"/>
        <source>Choose a form in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="306"/>
        <source>%1 (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="309"/>
        <source>Copy a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="310"/>
        <source>Name of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="324"/>
        <source>Copied as %1: change its questions with Edit questions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContraindicationBox</name>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="75"/>
        <source>I have &amp;checked this with the client: go ahead (this is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="96"/>
        <source>Contraindication for %1 on this client&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="316"/>
        <source>Last verified backup: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="320"/>
        <source>Last verified backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="334"/>
        <source>New clients in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="335"/>
        <source>Clients not yet informed about visit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="336"/>
        <source>Clients to ask again (consent text changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="337"/>
        <source>Patch tests running out within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="338"/>
        <source>Due for removal (see Privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="339"/>
        <source>Failed sign-ins in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="340"/>
        <source>Clients to call: recalls due within 30 days or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="345"/>
        <source>Show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="346"/>
        <source>Show the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="347"/>
        <source>Visits per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="348"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="349"/>
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
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="50"/>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="56"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="61"/>
        <source>last visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="75"/>
        <source>Today&apos;s clients, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="78"/>
        <source>For the technicians: each client with their alerts, pinned notes, patch test and today&apos;s services. Clients with a treatment recorded for today are on the list; add the ones expected later. The list is not kept: print or save it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="87"/>
        <source>Find a client to add: name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="88"/>
        <source>Find a client to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="93"/>
        <source>Clients found: Enter adds the highlighted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="95"/>
        <source>&amp;Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="99"/>
        <source>Today&apos;s list: Delete removes the highlighted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="100"/>
        <source>&amp;Today&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="102"/>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="105"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="107"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="193"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="223"/>
        <source>Add at least one client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="243"/>
        <source>The day sheet was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="252"/>
        <source>Save the day sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="253"/>
        <source>clients-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="261"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="18"/>
        <source>That PDF is far larger than a Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="21"/>
        <source>That PDF cannot be read; open the Recovery Kit PDF or the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="24"/>
        <source>That PDF is not a Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="28"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="33"/>
        <source>A paper is printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="37"/>
        <source>The paper&apos;s language is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="36"/>
        <source>Erase this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="44"/>
        <source>This removes %1 for good: contact details, health items, patch tests, treatments, photos, and consents with their signatures. The activity log keeps only a note that an erasure happened, with no name in it. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="57"/>
        <source>Backups made before now still hold this client until they rotate out (the newest %1 backups are kept on each drive). If you ever restore one of them, erase the client again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="68"/>
        <source>Keep the visits as anonymous counts (month and service only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="71"/>
        <source>To confirm, type the client&apos;s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="82"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="111"/>
        <source>Client erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="114"/>
        <source>The client is erased: %1 treatments, %2 photos, %3 consents and %4 health items removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="19"/>
        <source>Use a passphrase of at least %1 characters for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="24"/>
        <source>The export could not be encrypted; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="28"/>
        <source>The marketing channel is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="34"/>
        <source>An unencrypted export needs the owner&apos;s confirmation that the file leaves the vault; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="39"/>
        <source>Separate CSV columns with a comma or a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="117"/>
        <source>The file leaves the vault unencrypted: whoever gets it can read the client records in it. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="125"/>
        <source>The file leaves the vault encrypted with age: it opens only with the passphrase or the recovery key chosen here (for example `age -d`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="138"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="140"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="143"/>
        <source>Tick the box to confirm an unencrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="157"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="183"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="184"/>
        <source>Exported %1 clients to:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="196"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="198"/>
        <source>All clients and visits, for a spreadsheet (two CSV files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="201"/>
        <source>Everything, machine-readable (JSON: health, visits, consents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="204"/>
        <source>Marketing list: clients who agreed to this channel, with that contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="208"/>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="210"/>
        <source>Encrypted to the salon&apos;s recovery key (opens with the Recovery Kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="212"/>
        <source>Encrypted with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="213"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="214"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="215"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="217"/>
        <source>I understand that this file is readable by anyone who gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="219"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../../ui/error_text/files.py" line="20"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="28"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="34"/>
        <source>%1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="40"/>
        <source>%1 already exists; choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="46"/>
        <source>The folder %1 is not there (is the drive plugged in?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="52"/>
        <source>The drive of %1 is full (free some space or use another drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="58"/>
        <source>SalonVault may not write to %1: the drive is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="64"/>
        <source>SalonVault may not write to %1: this user has no permission there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="70"/>
        <source>The folder %1 stopped answering or was removed (was the drive unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="76"/>
        <source>The file could not be written to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="83"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="89"/>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="95"/>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="98"/>
        <source>nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="101"/>
        <source>earlier backups were not touched</source>
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
        <location filename="../../../ui/dialogs/import_steps.py" line="120"/>
        <source>Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx). The file is read into memory only; nothing is written until you confirm the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="126"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../../ui/widgets/form_dialog.py" line="75"/>
        <location filename="../../../ui/widgets/form_dialog.py" line="246"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEditorDialog</name>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="89"/>
        <source>Questions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="110"/>
        <source>&amp;Words in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="114"/>
        <source>Write the form in each language your clients read; a language left empty shows the English words, else the words you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="130"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="132"/>
        <source>&amp;Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="141"/>
        <source>Sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="143"/>
        <source>Add &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="145"/>
        <source>Add &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="147"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="149"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="151"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="177"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="183"/>
        <source>Section &amp;heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="199"/>
        <source>(no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="200"/>
        <source>%1 (not written in this language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="309"/>
        <source>Add a section, then its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="311"/>
        <source>It is alone in its list: nothing to move it past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="313"/>
        <source>It is first in its list: it moves only down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="315"/>
        <source>It is last in its list: it moves only up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormServicesDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="117"/>
        <source>Services guarded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="131"/>
        <source>Space ticks a service. Before a ticked service the client signs this form, and its red flags stop the service until they are reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="139"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsErrors</name>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="17"/>
        <source>The form has no question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="20"/>
        <source>Answer this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="23"/>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="26"/>
        <source>Choose one of the answers offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="29"/>
        <source>Give a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="32"/>
        <source>Give a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="36"/>
        <source>Give a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/forms.py" line="40"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n characters.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="43"/>
        <source>There is no such form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="46"/>
        <source>There is no such signed form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="49"/>
        <source>There is no such red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="52"/>
        <source>Choose one of the form&apos;s languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="55"/>
        <source>This red flag has been reviewed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="58"/>
        <source>A form needs at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="61"/>
        <source>Each question needs its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="64"/>
        <source>A form needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="67"/>
        <source>Write the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="70"/>
        <source>A choice question needs at least two answers to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="73"/>
        <source>Write each answer to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="76"/>
        <source>A red flag must be one of the question&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="79"/>
        <source>Write the health alert a red-flag answer puts on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="82"/>
        <source>Only a question with a red-flag answer can stop a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="86"/>
        <source>Signed again after %1 to %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="91"/>
        <source>A built-in form changes only with the program: copy it to change its questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="95"/>
        <source>Give the copy a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="99"/>
        <source>The client&apos;s consultation form has a red flag that stops this service until the owner or a technician reviews it (on the client&apos;s card).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="66"/>
        <source>No consultation form signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="69"/>
        <source>Consultation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="78"/>
        <source>&amp;Hand the screen to the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="85"/>
        <source>&amp;Review red flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="119"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="122"/>
        <source>%n red flag(s), %1 to review</source>
        <translation>
            <numerusform>%n red flag, %1 to review</numerusform>
            <numerusform>%n red flags, %1 to review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="127"/>
        <source>%1 (%2 to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="160"/>
        <source>Hand the screen to the client to sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="162"/>
        <source>Not signed yet: hand the screen to the client to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="167"/>
        <source>Due again: signed more than %n month(s) ago.</source>
        <translation>
            <numerusform>Due again: signed more than %n month ago.</numerusform>
            <numerusform>Due again: signed more than %n months ago.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="170"/>
        <source>Due again: the client&apos;s health details changed since it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="175"/>
        <source>Due again: the form has changed since it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="183"/>
        <source>Signed and current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="187"/>
        <source>Signed on %1; due again on %2, or sooner if the health details change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="189"/>
        <source>Signed on %1; due again on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="194"/>
        <source>Form &amp;paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="197"/>
        <source>Print the &amp;blank form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="199"/>
        <source>Print the &amp;signed form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="201"/>
        <source>&amp;Save the signed form as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="231"/>
        <source>Save the consultation form as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="232"/>
        <source>consultation-form-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="263"/>
        <source>(the owner or a technician reviews red flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="265"/>
        <source>(the selected form has no red flag to review)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="410"/>
        <source>Add &amp;bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="447"/>
        <source>A formula has at most %1 bowls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaErrors</name>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="19"/>
        <source>A formula has at most %1 bowls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="25"/>
        <source>A bowl has at most %1 shades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="31"/>
        <source>A shade&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="37"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="44"/>
        <source>The developer&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="50"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="57"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="66"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="73"/>
        <source>The developer&apos;s strength is %1 to %2 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="80"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="88"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="94"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="97"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="100"/>
        <source>Write a shade&apos;s amount in grams, like 7/1 30 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="104"/>
        <source>Bowl %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="111"/>
        <source>Bowl %1, shade %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="119"/>
        <source>shade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="125"/>
        <source>A shade has grams but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="128"/>
        <source>Write grams as a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverWindow</name>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="220"/>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="222"/>
        <source>Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="247"/>
        <source>%1: enter your PIN to return to the client&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="250"/>
        <source>%1: enter your PIN to leave the form. The answers are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="268"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthAlerts</name>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="23"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="40"/>
        <source>Severe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="44"/>
        <source>Moderate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="48"/>
        <source>Low: %n (see the card&apos;s Health tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="61"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="68"/>
        <source>Severe health alert on this client&apos;s record: ask %1 before any treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="73"/>
        <source>This client has health alerts: ask %1 before the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="82"/>
        <source>%1 — this service&apos;s contraindication: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="90"/>
        <source>This service has a contraindication that matches this client&apos;s health record: ask %1 before the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthBasisBox</name>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="83"/>
        <source>Nothing to save: this is the basis in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="93"/>
        <source>Saved. The privacy notice and the record of processing state it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="109"/>
        <source>Legal basis for health details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="112"/>
        <source>Allergies, conditions, medicines and contraindications are kept only on the basis chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="122"/>
        <source>Changing to consent deletes nothing already held; from then on, new health details need the client&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="126"/>
        <source>Save the basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthBasisPage</name>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="61"/>
        <source>Health details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="63"/>
        <source>On what legal basis does the salon keep clients&apos; health details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="67"/>
        <source>Allergies, conditions, medicines and contraindications are sensitive data: the law allows keeping them only on a basis the salon states. The privacy notice and the record of processing say which one you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="76"/>
        <source>You can change this later in Settings → Client details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthBasisWords</name>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="16"/>
        <source>The client&apos;s explicit consent (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="19"/>
        <source>Health care under professional secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="30"/>
        <source>For salons, spas and beauty clinics. Allergies, conditions, medicines and contraindications are kept only for clients who gave their health-data consent. If a client withdraws it, their health details are deleted from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="36"/>
        <source>Only for clinics and opticians whose staff are bound by professional secrecy and who need health details to provide health care (%1). Health details are kept without the client&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="48"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="53"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="57"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="61"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for it: the owner can switch health-data consent on in Consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="68"/>
        <source>Health details are kept only with the client&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthItemDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Add a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Change a health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="238"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="244"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="250"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="245"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="251"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="246"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="252"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="277"/>
        <source>Your unsaved health item was kept while the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="63"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="64"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="65"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="66"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="67"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="71"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="72"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="74"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="77"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="92"/>
        <source>Record health-data &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="124"/>
        <source>Record it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="161"/>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="195"/>
        <source>Remove health item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="196"/>
        <source>Remove “%1” from this client&apos;s health record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="52"/>
        <source>When a treatment, a health item, a patch test or a client&apos;s birth date, minor status or guardian is changed, the earlier version is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="63"/>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="64"/>
        <source>Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="65"/>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="69"/>
        <source>Earlier values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="95"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="118"/>
        <source>Version %1, changed by %2 on %3. Before the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="131"/>
        <source>Treatment of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="137"/>
        <source>Health item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="141"/>
        <source>Patch test of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="145"/>
        <source>Birth date, minor status and guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="149"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="150"/>
        <source>changed (version %1 kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="154"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="155"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="156"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="157"/>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="158"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="159"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="160"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="161"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="162"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="163"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="164"/>
        <source>Tested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="165"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="166"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="167"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="168"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="169"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="170"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="171"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="177"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="57"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="58"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="59"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="60"/>
        <source>Full name (order by script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="63"/>
        <source>Full name, family name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="66"/>
        <source>Full name, given name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="69"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="70"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="71"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="72"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="73"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="74"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="75"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="76"/>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="77"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="78"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="47"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="48"/>
        <source>Update the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="49"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="102"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="104"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="105"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="127"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="135"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="140"/>
        <source>Same phone as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="141"/>
        <source>Same e-mail as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="142"/>
        <source>Similar name and same birth date as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="148"/>
        <source>line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="170"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="168"/>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="117"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="544"/>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="143"/>
        <source>Client list to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="144"/>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="177"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="225"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="246"/>
        <source>Most phone numbers in this file are not valid numbers in %1, but %2 of %3 are valid numbers in %4: the list probably comes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="256"/>
        <source>Read them as numbers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="262"/>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="266"/>
        <source>Read them as this salon&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="334"/>
        <source>Select rows in the list to choose what happens to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="337"/>
        <source>The selected rows cannot be imported as they are: correct them in the file and read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="344"/>
        <source>Updating needs a client already registered that the row matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="353"/>
        <source>Nothing is written until you click Import.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="359"/>
        <source>Nothing to import: every row is skipped or cannot be imported.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="397"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="404"/>
        <source>Imported.
New clients: %1 · Clients updated: %2 · Rows skipped: %3 · Rows not imported: %4 · Allergies recorded: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_wizard.py" line="417"/>
        <source>%n allergy(ies) not recorded: the salon keeps health details only with the client&apos;s consent. Record each client&apos;s health-data consent, then add them on the card.</source>
        <translation>
            <numerusform>%n allergy not recorded: the salon keeps health details only with the client&apos;s consent. Record each client&apos;s health-data consent, then add them on the card.</numerusform>
            <numerusform>%n allergies not recorded: the salon keeps health details only with the client&apos;s consent. Record each client&apos;s health-data consent, then add them on the card.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="425"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="470"/>
        <source>Checking row %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="475"/>
        <source>Importing: %1 of %2 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="511"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="512"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="515"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="516"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="517"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="518"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="519"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="558"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="575"/>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="579"/>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="18"/>
        <source>Map either one full-name column or the family and given names, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="21"/>
        <source>Map a column to the family name (or to the full name) to import clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="25"/>
        <source>The mapping file holds one JSON object of texts: {&quot;column header&quot;: &quot;field&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="31"/>
        <source>This salon does not collect %1; leave that column out, or switch the field on in Settings → Client details (owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="39"/>
        <source>Two columns are mapped to %1; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="45"/>
        <source>The mapping file is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="51"/>
        <source>Unknown field %1 in the mapping; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="58"/>
        <source>The mapping names a column %1 that the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="64"/>
        <source>The file&apos;s encoding could not be recognised; choose it (for example cp1258 for Vietnamese, cp1250 for Polish, gb18030 for Chinese).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="70"/>
        <source>This is an old-style Excel file (.xls); open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="75"/>
        <source>A CSV file has no sheets; leave the sheet out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="79"/>
        <source>Unknown encoding %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="85"/>
        <source>The file does not look like a CSV text file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="89"/>
        <source>The file cannot be read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="96"/>
        <source>Line %1 cannot be read as CSV (%2); fix it in a spreadsheet program and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="106"/>
        <source>%1 is not a file (a device or a pipe); export the client list to a CSV or Excel file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="115"/>
        <source>The row has %1 cells where the header has %2 (a separator inside a value without quotes?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="123"/>
        <source>The last visit is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="127"/>
        <source>The %1 &quot;%2&quot; is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="133"/>
        <source>The mapping needs one entry per column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="137"/>
        <source>The salon&apos;s settings for client fields changed since the preview; preview the import again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="142"/>
        <source>The file holds no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="146"/>
        <source>The file has %1 columns; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="153"/>
        <source>The workbook would unpack to more than 512 MB; save the client list alone as a CSV file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="158"/>
        <source>That sheet is a chart, not a table; choose another sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="161"/>
        <source>The workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="165"/>
        <source>Row %1 has %2 columns; at most %3 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="174"/>
        <source>The sheet has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="181"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="185"/>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="193"/>
        <source>The file has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="201"/>
        <source>The file is not a readable Excel workbook (.xlsx); open it in Excel or LibreOffice and save it again, or save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="208"/>
        <source>The file is larger than %1 MB; split it into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="217"/>
        <source>The file cannot be read as %1 (byte %2 does not fit); choose the encoding it was saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="226"/>
        <source>The %1 &quot;%2&quot; is not a date (write it like 23.04.1990 or 1990-04-23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="232"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="235"/>
        <source>last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="239"/>
        <source>The workbook has no sheet %1; its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="245"/>
        <source>That client is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="249"/>
        <source>Client %1 is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="255"/>
        <source>%1 is not a country code (PL, VN, CN, GB …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="299"/>
        <source>The number you give is used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="311"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="313"/>
        <source>Clients concerned now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="343"/>
        <source>Incident no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="345"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="348"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="349"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="350"/>
        <source>When it was discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="351"/>
        <source>Which data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="352"/>
        <source>Which clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="354"/>
        <source>Likely consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="355"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="356"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="357"/>
        <source>Authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="362"/>
        <source>Describe the incident without naming clients (the log never copies it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="364"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="365"/>
        <source>Yes, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="369"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="370"/>
        <source>Clients with health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="371"/>
        <source>Clients with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="372"/>
        <source>Clients registered between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="373"/>
        <source>A number I give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="381"/>
        <source>Save the incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="15"/>
        <source>Vietnam: notify the Ministry of Public Security (A05) as early as you can. Under the former Decree 13/2023 the 72 hours ran from the breach itself, not from its discovery; check the time limit of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP. The clock below counts from discovery, so it may run out later than the law&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="23"/>
        <source>China (PIPL Art. 57): notify the departments performing personal-information protection duties, and the clients, immediately. The 72-hour clock below is only a reminder; do not wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="30"/>
        <source>GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of the breach, unless it is unlikely to put the clients at risk; a later notification gives the reasons. The clock below counts those 72 hours from discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="36"/>
        <source>Notify the data protection authority as the law of the salon&apos;s country asks. The clock below counts the GDPR&apos;s 72 hours from discovery, as a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="386"/>
        <source>Names and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="387"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="388"/>
        <source>Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="389"/>
        <source>Visits and treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="390"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="391"/>
        <source>Consents and signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="398"/>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="399"/>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="400"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="160"/>
        <source>%1 h left to notify (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="161"/>
        <source>Overdue by %1 h (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="162"/>
        <source>Notified after %1 h, in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="163"/>
        <source>Notified %1 h after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="164"/>
        <source>Closed without notifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="205"/>
        <source>Incident no. %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="218"/>
        <source>Save the notice to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="221"/>
        <source>Save the letter to clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="224"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds your description of the incident and the counts, no client&apos;s name. It is a draft: complete it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="239"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="259"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="260"/>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="261"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="262"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="263"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="264"/>
        <source>72-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="268"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="269"/>
        <source>Save notice to the authority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="270"/>
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
    <name>KeysErrors</name>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="19"/>
        <source>This PC&apos;s key store did not keep the new key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="25"/>
        <source>The %1 key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="32"/>
        <source>The passphrase needs at least %1 characters; a few ordinary words in a row work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="40"/>
        <source>The passphrase contains characters that cannot be typed; use letters, digits, spaces and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="45"/>
        <source>The passphrase is not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="50"/>
        <source>That is not a SalonVault recovery key (it starts with %1 on the Recovery Kit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="56"/>
        <source>That holds more than one recovery key; give only this salon&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="60"/>
        <source>Cannot read the recovery key file %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="66"/>
        <source>The recovery key file is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="70"/>
        <source>That is not this salon&apos;s recovery key; if the Recovery Kit is lost, replace the recovery key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="75"/>
        <source>its first page cannot be decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="78"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="82"/>
        <source>This vault has no %1 slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="87"/>
        <source>The vault needs at least one other way to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="90"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="95"/>
        <source>The passphrase slot asks for unusual settings (time cost %1, memory %2, parallelism %3; SalonVault writes time cost %4, memory %5, parallelism %6), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="110"/>
        <source>The recovery key is mistyped or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="114"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="120"/>
        <source>%1 is unreadable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="127"/>
        <source>key slot file: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="135"/>
        <source>The device key would be kept in %1, inside the vault&apos;s folder %2, where a copy of the folder would carry it; choose a data folder outside it or set %3 to a folder elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="147"/>
        <source>%1 is not a file (a device or a pipe); choose the recovery key file or the Recovery Kit PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="156"/>
        <source>%1 is far larger than a recovery key file; choose the key file or the Recovery Kit PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../ui/labels.py" line="23"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="24"/>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="25"/>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="41"/>
        <source>Hair salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="42"/>
        <source>Beauty and spa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="43"/>
        <source>Aesthetic clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="44"/>
        <source>Optician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="51"/>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="52"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="53"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="54"/>
        <source>Contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="62"/>
        <source>PPD (hair dye), latex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="63"/>
        <source>cyanoacrylate (lash glue), latex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="66"/>
        <source>isotretinoin, pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="69"/>
        <source>diabetes, glaucoma, dry eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="81"/>
        <source>PPD (para-phenylenediamine, hair dye)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="84"/>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="85"/>
        <source>Breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="86"/>
        <source>Isotretinoin (Roaccutane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="87"/>
        <source>Retinoids on the skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="88"/>
        <source>Photosensitising medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="91"/>
        <source>Pacemaker or implanted device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="94"/>
        <source>Epilepsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="95"/>
        <source>Cyanoacrylate (lash adhesive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="98"/>
        <source>Anticoagulants (blood thinners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="107"/>
        <source>Consent signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="110"/>
        <source>Referral or doctor&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="113"/>
        <source>Prescription from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="116"/>
        <source>Other paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="123"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="124"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="125"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="132"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="133"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="134"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="142"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="143"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="144"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="145"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="146"/>
        <source>none on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="109"/>
        <source>Welcome to SalonVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="112"/>
        <source>SalonVault keeps your clients&apos; records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="117"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="118"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="120"/>
        <source>Moving to a new computer, or starting again after a lost one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="122"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../../ui/lock_screen.py" line="182"/>
        <location filename="../../../ui/lock_screen.py" line="206"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="191"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="203"/>
        <source>The two PINs differ; choose your new PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="214"/>
        <source>The code is right. Now choose your new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="64"/>
        <source>Wrong code. This account is now disabled; ask the owner to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="75"/>
        <location filename="../../../ui/lock_screen.py" line="258"/>
        <source>Enter the one-time code again to choose your new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="70"/>
        <source>Your one-time code has expired; ask the owner for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="31"/>
        <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="43"/>
        <source>This account is disabled after too many wrong PINs. The owner can enable it again; an owner uses &quot;Forgot your PIN? (owner)&quot; below, with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="51"/>
        <source>This account is disabled. The owner can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="276"/>
        <source>Forgot your PIN? (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="278"/>
        <source>Who is signing in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="280"/>
        <source>Choose a new PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="282"/>
        <source>Type the new PIN for %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="285"/>
        <source>One-time code for %1 (the owner reset your PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="288"/>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="292"/>
        <source>Sign in as %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="295"/>
        <source>Demo salon. PINs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="176"/>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="179"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="182"/>
        <source>%n row(s); columns separated by %1.</source>
        <translation>
            <numerusform>%n row; columns separated by %1.</numerusform>
            <numerusform>%n rows; columns separated by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="190"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="203"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="230"/>
        <source>as at the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="231"/>
        <source>from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="232"/>
        <source>from the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="234"/>
        <source>this salon does not collect it (Settings → Client details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="245"/>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="246"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="60"/>
        <source>Merge with another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="68"/>
        <source>Use this when one person was registered twice. Find the other record, compare them, and choose the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="76"/>
        <source>Find the other record: name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="77"/>
        <source>Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="99"/>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="100"/>
        <source>Keep the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="104"/>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="120"/>
        <source>The record that is not kept is removed for good: its treatments, consents (the whole history, as proof), photos, health items and patch tests move to the record kept; its details fill only fields the kept record has empty (other values are dropped), its notes are added and its tags joined. This cannot be undone. Backups made before now still hold both records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="144"/>
        <source>Merge for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="207"/>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="227"/>
        <source>Find and choose the other record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>To confirm, type the name of the record that will be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="240"/>
        <source>The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items and %5 patch tests moved to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="253"/>
        <source>%1 photos were deleted: the newest photo consent over both records is not an active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Clients merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="264"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="265"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Health items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="272"/>
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
        <source>Recalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="30"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="31"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="32"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="33"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="34"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="35"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotationBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="58"/>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="70"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="77"/>
        <source>Records keep what the examiner wrote; the card and the paper show every prescription this way (a plus cylinder is transposed to minus, and back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="85"/>
        <source>&amp;Cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="87"/>
        <source>Visual &amp;acuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="102"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OlderVaultNotice</name>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="56"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="68"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Unless a backup was restored on purpose, an older copy of the vault file was put back (which also resets failed PIN counts): restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="75"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Tell the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="86"/>
        <source>I know why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="88"/>
        <source>Hide this warning: the vault is older on purpose (the history keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenModeBox</name>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="79"/>
        <source>Setting the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="95"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="138"/>
        <source>How the vault opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="86"/>
        <source>Open the vault on this computer without the passphrase? Anyone who can sign in to this computer&apos;s user account can then start SalonVault (staff still need their PINs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="92"/>
        <source>This computer has no protected key store: the key would be kept in a file, which is weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="142"/>
        <source>Now: the vault stays closed until the owner types the passphrase at each start. If it is forgotten, only the Recovery Kit opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="149"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in a file (this computer has no protected key store): weaker, a passphrase is safer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="155"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in this computer&apos;s protected key store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="159"/>
        <source>That protects the records if the disk or a copy of the folder is stolen, not from someone who can sign in to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="172"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="173"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="175"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="174"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="176"/>
        <source>Ask for the passphrase at every start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="177"/>
        <source>Open on this computer without the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="180"/>
        <source>Done. From the next start, SalonVault asks for the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="183"/>
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
        <location filename="../../../ui/wizard/setup_wizard.py" line="172"/>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="177"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="182"/>
        <source>Good PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="189"/>
        <source>You, the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="192"/>
        <source>Your PIN opens the owner&apos;s screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="196"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="199"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="197"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="200"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="198"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="201"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerRecoveryDialog</name>
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
        <location filename="../../../ui/audit_details.py" line="46"/>
        <source>find clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="47"/>
        <source>see contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="48"/>
        <source>see masked contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="49"/>
        <source>change contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="50"/>
        <source>see health details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="51"/>
        <source>change health details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="52"/>
        <source>see whether a client has health alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="53"/>
        <source>see treatment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="54"/>
        <source>see treatment dates and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="55"/>
        <source>add treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="56"/>
        <source>edit any treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="57"/>
        <source>edit their own treatment within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="58"/>
        <source>see patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="59"/>
        <source>record patch tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="60"/>
        <source>see patch-test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="61"/>
        <source>see or add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="62"/>
        <source>see scanned papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="63"/>
        <source>add or remove scanned papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="64"/>
        <source>see scanned health papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="65"/>
        <source>add or remove scanned health papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="66"/>
        <source>record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="67"/>
        <source>print consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="68"/>
        <source>withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="69"/>
        <source>run a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="70"/>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="71"/>
        <source>export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="72"/>
        <source>import clients from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="73"/>
        <source>erase a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="74"/>
        <source>merge two clients&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="75"/>
        <source>purge records past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="76"/>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="77"/>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="78"/>
        <source>change how the vault is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="79"/>
        <source>edit consent templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="80"/>
        <source>read the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="81"/>
        <source>keep the incident register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="82"/>
        <source>see recall lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="83"/>
        <source>mark recall lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="84"/>
        <source>hand the screen to a client for a consultation form</source>
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
    <name>PhotosErrors</name>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="18"/>
        <source>The photo file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="22"/>
        <source>The file %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="30"/>
        <source>The picture has too many pixels (more than %1 megapixels); take or export it at a normal camera resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="38"/>
        <source>This file is not a photo SalonVault can read; use a JPEG, PNG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="43"/>
        <source>The photo file is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="48"/>
        <source>The photo&apos;s date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="52"/>
        <source>Open 1 to %1 photos at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="57"/>
        <source>There is no such photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="60"/>
        <source>A photo is either &apos;before&apos; or &apos;after&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="63"/>
        <source>That photo is not on this client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="66"/>
        <source>That treatment is not on this client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="71"/>
        <source>The photo file is larger than %1 MB; export it smaller or take it at a normal camera resolution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="85"/>
        <source>Record photo consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="87"/>
        <source>Withdraw photo consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="93"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="94"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="95"/>
        <source>Before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="97"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="98"/>
        <source>Add photo from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="100"/>
        <source>Import from camera folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="103"/>
        <source>Compare before and after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="105"/>
        <source>Remove photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="107"/>
        <source>No photos yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="134"/>
        <source>Photos by treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="169"/>
        <source>Photo consent: given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="173"/>
        <source>Photo consent: not recorded. Before/after photos can be taken and kept only after the client agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="196"/>
        <source>Photo consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="200"/>
        <source>The client refused photos; the refusal is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="206"/>
        <source>Withdraw photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="208"/>
        <source>Withdraw the client&apos;s photo consent? %n photo(s) of this client will be deleted from the vault now. This cannot be undone.</source>
        <translation>
            <numerusform>Withdraw the client&apos;s photo consent? %n photo of this client will be deleted from the vault now. This cannot be undone.</numerusform>
            <numerusform>Withdraw the client&apos;s photo consent? %n photos of this client will be deleted from the vault now. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="227"/>
        <source>Photo consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Photo consent withdrawn; %n photo deleted.</numerusform>
            <numerusform>Photo consent withdrawn; %n photos deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="270"/>
        <source>No treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="291"/>
        <source>%1 (no treatment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="334"/>
        <source>Choose photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="335"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="381"/>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="391"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="394"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="398"/>
        <source>%1 was added but the original could not be deleted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="462"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="463"/>
        <source>Remove %n photo(s) from the vault? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n photo from the vault? This cannot be undone.</numerusform>
            <numerusform>Remove %n photos from the vault? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinErrors</name>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="18"/>
        <source>A PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="22"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="28"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="31"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="34"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="37"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="40"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="67"/>
        <source>Pin a short note: prefers Anna, always 10 minutes late…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="69"/>
        <source>New pinned note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="71"/>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="77"/>
        <source>Every role sees pinned notes: no health details here (those go under Health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="129"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="137"/>
        <source>Remove this pinned note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="138"/>
        <source>Remove the pinned note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="152"/>
        <source>Type the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="172"/>
        <source>Remove pinned note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="173"/>
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
        <location filename="../../../ui/dialogs/record_detail.py" line="67"/>
        <source>Prescription &amp;paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="70"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="71"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="87"/>
        <source>The prescription was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="95"/>
        <source>Save the prescription as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="96"/>
        <source>prescription-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="106"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="335"/>
        <source>Only rows that are not simply new clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="336"/>
        <source>For the selected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="337"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="338"/>
        <source>Update the client already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="339"/>
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
    <name>Printing</name>
    <message>
        <location filename="../../../ui/printing.py" line="21"/>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyErrors</name>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="18"/>
        <source>A time needs its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="23"/>
        <source>The impact-assessment draft is for a salon in China or Vietnam; the salon&apos;s country is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="30"/>
        <source>A notice goes to the authority or to clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="33"/>
        <source>There is no such incident in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="36"/>
        <source>Describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="39"/>
        <source>The discovery cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="42"/>
        <source>An incident happens before it is discovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="45"/>
        <source>Choose at least one kind of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="48"/>
        <source>Give the first registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="51"/>
        <source>Give the last registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="54"/>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="57"/>
        <source>Give the number of clients concerned (your best estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="60"/>
        <source>The authority is notified after the discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="63"/>
        <source>The notification cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="67"/>
        <source>A retention period is between 1 and %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="73"/>
        <source>The report language is one of %1.</source>
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
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="83"/>
        <source>Save the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="85"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds no client&apos;s details, only the salon&apos;s name, address, settings and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="99"/>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="112"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="103"/>
        <source>Save the impact-assessment draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="127"/>
        <source>The record of processing activities is made from the salon&apos;s settings, under the law of the salon&apos;s country: the consent purposes switched on, the client fields collected, the recipients listed in Settings, the retention rules and what SalonVault does to protect the records. It is in the salon&apos;s language; complete the parts in [square brackets] on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="138"/>
        <source>A duty under China&apos;s PIPL (Art. 55-56): before keeping health data, carry out a personal information protection impact assessment, and keep it and this record for at least 3 years. SalonVault drafts it from the same facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="146"/>
        <source>A duty under Vietnam&apos;s Personal Data Protection Law (91/2025/QH15): keep a personal data processing impact-assessment dossier. SalonVault drafts it from the same facts; check it against the form in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="151"/>
        <source>Save the impact-assessment &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="152"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="71"/>
        <source>Change details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="101"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="108"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="109"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="110"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="115"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="119"/>
        <source>Serving this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="121"/>
        <source>Minor (under 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="123"/>
        <source>Parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="127"/>
        <source>Hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="128"/>
        <source>Skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="129"/>
        <source>Lashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="135"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="136"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="165"/>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="167"/>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="185"/>
        <source>Archive %1? The client leaves everyday search; nothing is deleted and you can bring them back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="189"/>
        <source>Bring %1 back into everyday search?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="64"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="73"/>
        <source>The client must a&amp;nswer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="84"/>
        <source>Red-flag answers: Space ticks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="87"/>
        <source>A red flag st&amp;ops the service until it is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="111"/>
        <source>Question te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="112"/>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="113"/>
        <source>&amp;Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="114"/>
        <source>&amp;Red-flag answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="115"/>
        <source>Health a&amp;lert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="132"/>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="133"/>
        <source>one of several answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="134"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="135"/>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="136"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="143"/>
        <source>(no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="144"/>
        <source>%1 (not written in this language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="171"/>
        <source>One answer a line, in the same order in every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="173"/>
        <source>Only a question answered with one of several answers has choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="204"/>
        <source>Only yes-or-no and choice answers can be red flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="206"/>
        <source>Tick a red-flag answer first: the alert and the stop follow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallSettingsBox</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/recall_settings_box.py" line="77"/>
        <source>Saved: lapsed clients are now those with no visit for %n month(s).</source>
        <translation>
            <numerusform>Saved: lapsed clients are now those with no visit for %n month.</numerusform>
            <numerusform>Saved: lapsed clients are now those with no visit for %n months.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="90"/>
        <source>Recall list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="93"/>
        <source>A client with no visit for this many months shows on the Recalls page under lapsed clients, for reception to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="97"/>
        <source>&amp;Months without a visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="98"/>
        <source>Months without a visit before a client is lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="99"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="100"/>
        <source>Save the months for lapsed clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recalls</name>
    <message>
        <location filename="../../../ui/recall_labels.py" line="13"/>
        <source>Eye test due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="14"/>
        <source>Contact-lens aftercare due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="17"/>
        <source>Patch test running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="18"/>
        <source>Lapsed clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="19"/>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="26"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="27"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="28"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="35"/>
        <source>No consent to contact for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="38"/>
        <source>No phone number on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="39"/>
        <source>Contact details not shown to your role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="203"/>
        <source>Every list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recalls_page.py" line="271"/>
        <source>%n line(s) to work through</source>
        <translation>
            <numerusform>%n line to work through</numerusform>
            <numerusform>%n lines to work through</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="278"/>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="363"/>
        <source>Marking lines is for staff who contact clients (owner, reception).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="366"/>
        <source>Choose a line in the list to mark it or open the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="388"/>
        <source>Clients to call or write to because something is due. A phone number shows only where the client agreed to that kind of contact. Marked booked, or not now until a day, a line leaves the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="393"/>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="394"/>
        <source>D&amp;ue by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="395"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="398"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="399"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="400"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="401"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="402"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="403"/>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="406"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="407"/>
        <source>&amp;Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="408"/>
        <source>&amp;Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="409"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="410"/>
        <source>until t&amp;he day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="411"/>
        <source>&amp;Open card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="138"/>
        <source>Saved. The privacy notice, the record of processing and the data reports name these recipients from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="125"/>
        <source>Choose a row in the list first, then remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="168"/>
        <source>Recipients and transfers abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="171"/>
        <source>SalonVault itself sends client data nowhere. List here whom the salon passes client data to: an SMS provider, messaging apps (Zalo, WeChat, WhatsApp …), an accountant, an IT helper. The privacy notice, the record of processing and the data report name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="179"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="180"/>
        <source>What it receives the data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="181"/>
        <source>Country (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="182"/>
        <source>Safeguard, if abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="187"/>
        <source>A recipient in another country than the salon&apos;s is a transfer abroad; say what protects it (contract clauses, the client&apos;s consent …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="191"/>
        <source>&amp;Add a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="192"/>
        <source>&amp;Remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="193"/>
        <source>&amp;Save the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="135"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="138"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="177"/>
        <source>Record: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/record_detail.py" line="183"/>
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
        <location filename="../../../ui/dialogs/record_dialog.py" line="79"/>
        <source>Add record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="80"/>
        <source>Change record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="81"/>
        <source>Correct record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="104"/>
        <source>Write the cylinder as the examiner wrote it, minus or plus; the card and the paper show it in the salon&apos;s notation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="179"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="227"/>
        <source>Your unsaved record was kept while the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordInputs</name>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="190"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="191"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="240"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="245"/>
        <location filename="../../../ui/widgets/record_inputs.py" line="246"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTemplatesBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="159"/>
        <source>Record templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="169"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="170"/>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="171"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="172"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="173"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="174"/>
        <source>Offered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="186"/>
        <source>Switch &amp;on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="189"/>
        <source>Co&amp;py…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="192"/>
        <source>&amp;Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="194"/>
        <source>&amp;Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="241"/>
        <source>the client&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="244"/>
        <source>every treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>the salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="283"/>
        <source>A built-in template changes only with the program: copy it to add fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="286"/>
        <source>A record kept for the client is offered on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="302"/>
        <source>%1 is off and no longer listed: an optician&apos;s templates are listed when the salon&apos;s kinds include Optician (Salon tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="315"/>
        <source>%1 (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="318"/>
        <source>Copy a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="319"/>
        <source>Name of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="332"/>
        <source>Copied as %1: add fields to it with Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="348"/>
        <source>%1: version %2 saved.</source>
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
    <name>RecordWords</name>
    <message>
        <location filename="../../../ui/record_words.py" line="59"/>
        <source>Plus cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="60"/>
        <source>Minus cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="65"/>
        <source>Decimal (1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="66"/>
        <source>Metres (6/6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="67"/>
        <source>Feet (20/20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="78"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="79"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="80"/>
        <source>Several choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="81"/>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="82"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="83"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="84"/>
        <source>Visual acuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="85"/>
        <source>Right and left eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="86"/>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="153"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="154"/>
        <source>Write a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="158"/>
        <source>At least %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="159"/>
        <source>At least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="163"/>
        <source>At most %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="164"/>
        <source>At most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="168"/>
        <source>In steps of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="169"/>
        <source>In steps of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="173"/>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="176"/>
        <source>Choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="179"/>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="182"/>
        <source>This date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="186"/>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="189"/>
        <source>Write a decimal acuity (0.01 to 2.5), or 6/x or 20/x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="193"/>
        <source>Needed because %1 is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="196"/>
        <source>Give this only with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="199"/>
        <source>Needed when %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="202"/>
        <source>Only when %1 is %2; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="207"/>
        <source>On or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="209"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="213"/>
        <source>The two eyes&apos; PDs add up to %1 mm: the binocular PD is their sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="227"/>
        <source>Receptionists see service records; adding and changing them is for the owner and the technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="233"/>
        <source>Someone else recorded this: only they (for 24 hours) or the owner may change it. Add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="239"/>
        <source>Locked: records can be changed for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="252"/>
        <source>You may change it until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsErrors</name>
    <message>
        <location filename="../../../ui/error_text/records.py" line="18"/>
        <source>A template needs a name (at most 80 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="22"/>
        <source>A template has 1 to %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="28"/>
        <source>A group has 1 to %1 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="34"/>
        <source>A zone grid has 1 to %1 zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="39"/>
        <source>Zone keys are short, lower-case and unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="43"/>
        <source>A choice field has 1 to %1 different choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="49"/>
        <source>A text is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="55"/>
        <source>The template is not well formed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="60"/>
        <source>A copy keeps the built-in template&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="63"/>
        <source>Every field needs a label (at most 80 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="66"/>
        <source>A group&apos;s parts are single values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="69"/>
        <source>A number&apos;s step is above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="72"/>
        <source>A number&apos;s minimum is at most its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="76"/>
        <source>A rule names %1, which is not a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="82"/>
        <source>%1 is health data in the built-in template and stays marked so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="87"/>
        <source>Only a group has parts or zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="91"/>
        <source>%1 is yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="97"/>
        <source>%1: give its values row by row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="103"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="109"/>
        <source>%1 is a group, not a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="115"/>
        <source>%1: write a decimal acuity (0.01 to 2.5) or 6/x or 20/x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="121"/>
        <source>%1 is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="127"/>
        <source>%1 cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="132"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="136"/>
        <source>%1 is a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="141"/>
        <source>The record&apos;s date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="144"/>
        <source>There is no such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="147"/>
        <source>There is no such record template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="150"/>
        <source>This record template is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="153"/>
        <source>This client has no spectacle prescription on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="156"/>
        <source>That record is not one of this client&apos;s prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="159"/>
        <source>Choose one of this client&apos;s visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="162"/>
        <source>This record belongs to a visit: choose the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="165"/>
        <source>A built-in template changes only with the program; copy it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="168"/>
        <source>Only a template for visits is offered per service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="171"/>
        <source>Choose minus or plus cylinders, and decimal, 6/x or 20/x acuity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="175"/>
        <source>The template has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="181"/>
        <source>%1: there is no row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="188"/>
        <source>%1: %2 needs its values by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="195"/>
        <source>%1 has no part %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="202"/>
        <source>%1 is at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="209"/>
        <source>%1 is at least %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="217"/>
        <source>%1 is at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="224"/>
        <source>%1 is at most %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="232"/>
        <source>%1 is at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="239"/>
        <source>%1 goes in steps of %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="247"/>
        <source>%1 goes in steps of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="254"/>
        <source>%1: %2 is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="261"/>
        <source>%1 is needed with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="268"/>
        <source>%1 is given only with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="275"/>
        <source>%1 is needed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="282"/>
        <source>%1 is only for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="289"/>
        <source>%1 is on or after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="296"/>
        <source>The binocular PD (%1) is not the two eyes&apos; PDs added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="303"/>
        <source>Field keys are short, lower-case and unique (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="309"/>
        <source>This record can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="67"/>
        <source>Service records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="70"/>
        <source>Service records: press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="109"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="112"/>
        <source>Add &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="171"/>
        <source>Changed values are set off in the record beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="188"/>
        <source>No service records yet. A treatment&apos;s records (skin, lashes, laser, lenses) are added from the treatment; a spectacle prescription here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="192"/>
        <source>No service records yet. A treatment&apos;s records are added from the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="197"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="203"/>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="203"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="206"/>
        <source>%1  (a correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="219"/>
        <source>No record for the client is switched on; a treatment&apos;s records are added from the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="251"/>
        <source>Highlight a spectacle prescription to print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyInput</name>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="41"/>
        <source>The Recovery Kit (PDF) or the key&apos;s text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="42"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="70"/>
        <source>AGE-SECRET-KEY-1… as on the kit: groups of four, spaces and case do not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="73"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="74"/>
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
        <location filename="../../../ui/wizard/kit_page.py" line="147"/>
        <location filename="../../../ui/wizard/kit_page.py" line="167"/>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="152"/>
        <location filename="../../../ui/wizard/kit_page.py" line="184"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="137"/>
        <source>Could not make the kit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="164"/>
        <location filename="../../../ui/wizard/kit_page.py" line="175"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="178"/>
        <source>The key is saved as a text file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="186"/>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="193"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="195"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="197"/>
        <source>Type the last 4 characters of the key shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="200"/>
        <source>These are not the last 4 characters of the key: compare them with the kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="212"/>
        <source>Your Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="215"/>
        <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="222"/>
        <source>There is no Cancel on this page: the vault exists now, and this key is the only way back to its records if this computer is lost. Keep the kit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="226"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="227"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="228"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="229"/>
        <source>Also save the key as a text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="230"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="231"/>
        <source>Type the last 4 characters of the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="232"/>
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
    <name>ResignRuleDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="68"/>
        <source>When %1 is signed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="74"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="76"/>
        <source>Also as soon as the client&apos;s health details change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="82"/>
        <source>Forms already signed follow the new rule at once; changing it makes no new version, so no one signs again because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="89"/>
        <source>Signed again &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>The backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="101"/>
        <source>Choose the backup file (it ends in .svbak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="109"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="120"/>
        <source>Restoring from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="137"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="140"/>
        <source>The vault on this computer does not open. Put the newest backup file (.svbak) in its place with the recovery key printed on the Recovery Kit; the files that do not open are kept aside in the data folder. Staff sign in with their usual PINs; what was recorded after the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="147"/>
        <source>Bring the salon back on this computer from a backup file (.svbak) and the recovery key printed on the Recovery Kit. Staff sign in with their usual PINs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="151"/>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="152"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="153"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="154"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="384"/>
        <source>Imported clients have no consent on record: their cards say so until the consent is recorded at their next visit. SalonVault never assumes consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="150"/>
        <source>Last review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="152"/>
        <source>Never reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="167"/>
        <source>Nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="169"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="260"/>
        <source>Remove all listed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="186"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="196"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="200"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="175"/>
        <source>Remove everything listed?

Clients erased (visits kept as anonymous counts): %1
Clients whose health data is removed: %2
Clients whose old photos are removed: %3

This cannot be undone; backups keep the data until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="203"/>
        <source>Done. Clients erased: %1; health entries removed: %2; photos removed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="214"/>
        <source>Erase the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="216"/>
        <source>Remove health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="217"/>
        <source>Remove old photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="240"/>
        <source>How long data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="242"/>
        <source>Erase clients after this many years without a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="244"/>
        <source>Remove health data and patch tests this many years after the last treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="246"/>
        <source>Remove photos this many years after they were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="250"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="251"/>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="252"/>
        <source>Due now (review monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="257"/>
        <source>Removed data stays in earlier backups until they rotate out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="311"/>
        <source>Review a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="314"/>
        <source>e.g. GP letter seen; spoke to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="315"/>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="319"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="318"/>
        <source>Red flag</source>
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
        <location filename="../../../ui/pages/salon_box.py" line="188"/>
        <source>Nothing to save: these are the salon&apos;s details already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="202"/>
        <source>Saved. Forms and documents made from now on use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="223"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="240"/>
        <source>The salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="244"/>
        <source>Salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="245"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="246"/>
        <source>Language of documents and consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="247"/>
        <source>Country of local phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="248"/>
        <source>Currency of prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="249"/>
        <source>What the salon does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="259"/>
        <source>Save the salon&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="140"/>
        <source>Your salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="141"/>
        <source>Printed at the top of consent forms and the Recovery Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="142"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="144"/>
        <source>Salon name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="143"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="145"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Change a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="173"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="174"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="175"/>
        <source>Usual length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="176"/>
        <source>Usual price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="177"/>
        <source>Patch test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="178"/>
        <location filename="../../../ui/dialogs/service_dialog.py" line="195"/>
        <source>Contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="179"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="185"/>
        <source>e.g. Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="186"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="187"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="189"/>
        <source>e.g. %1, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="190"/>
        <source>Needs a valid patch test before each visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="191"/>
        <source>Offered for new visits (switched off, it stays in history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="196"/>
        <source>The salon&apos;s own words, e.g. henna, lavender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="197"/>
        <source>The salon&apos;s own contraindications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="200"/>
        <source>A visit of this service for a client whose health record names one of these shows a warning to acknowledge. The ticked ones are found in every language; a word of your own also finds words that start with it.</source>
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
        <location filename="../../../ui/pages/record_templates_box.py" line="119"/>
        <source>Services for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="132"/>
        <source>Space ticks a service. With none ticked, every treatment offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="137"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="168"/>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/services_page.py" line="200"/>
        <source>%n service(s) added; change or switch off any you do not offer.</source>
        <translation>
            <numerusform>%n service added; change or switch off any you do not offer.</numerusform>
            <numerusform>%n services added; change or switch off any you do not offer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="206"/>
        <source>The list already has every service of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="217"/>
        <source>What can be recorded as a treatment. Staff choose from this list, in this order, when they add a visit. A service is never deleted: switch it off and it stays in the clients&apos; history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="224"/>
        <source>No services yet, so no treatment can be recorded. Add your own, or start from a list for your kind of business and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="228"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="229"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="230"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="231"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="232"/>
        <source>Add a starter list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="18"/>
        <source>Choose a country by its two-letter code (VN, PL, CN, GB …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="21"/>
        <source>Choose at least one kind of business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="24"/>
        <source>The address has at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="27"/>
        <source>The address contains characters that are not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="30"/>
        <source>The salon name needs 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="33"/>
        <source>The salon name contains characters that are not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="37"/>
        <source>The idle lock is 1 to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="43"/>
        <source>The shortest PIN can be set from %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="50"/>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="56"/>
        <source>The basis is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="61"/>
        <source>List at most %1 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="65"/>
        <source>Recipient %1: the name needs 1 to 120 characters of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="70"/>
        <source>Recipient %1: say what it receives the data for (1 to 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="76"/>
        <source>Recipient %1: the safeguard has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="81"/>
        <source>Recipient %1: choose its country by the two-letter code (VN, PL, CN, DE …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="86"/>
        <source>Recipient %1: that name is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="252"/>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="270"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="271"/>
        <location filename="../../../ui/pages/settings_page.py" line="272"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="263"/>
        <source>Salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="262"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="264"/>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="265"/>
        <source>Service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="266"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="274"/>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="275"/>
        <location filename="../../../ui/pages/settings_page.py" line="277"/>
        <source>Minutes without use before the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="279"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="281"/>
        <source>Recovery Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="283"/>
        <source>Confirmed as printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="285"/>
        <source>Not confirmed yet: print or save it now and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="287"/>
        <source>Print or save the Recovery Kit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="339"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="376"/>
        <source>The passphrase could not be set (%1); the vault opens on this computer for now. The owner can set a passphrase later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="425"/>
        <source>Set up SalonVault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="203"/>
        <source>%1 has owner access again: sign in with the new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="295"/>
        <source>What you were typing when the screen locked could not be opened again: the record has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="306"/>
        <source>The vault&apos;s recovery slot is missing or damaged: make it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="312"/>
        <source>The Recovery Kit is not confirmed yet: print or save it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="341"/>
        <source>Sign-in failed unexpectedly; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/shell.py" line="393"/>
        <source>Locks in %n seconds</source>
        <translation>
            <numerusform>Locks in %n second</numerusform>
            <numerusform>Locks in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="444"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="447"/>
        <source>The backup is restored and verified; everyone signs in again. The replaced vault is kept in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="489"/>
        <source>Back up before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="490"/>
        <source>Back up to %1 before SalonVault closes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="533"/>
        <source>SalonVault — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="534"/>
        <source>Switch user (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="535"/>
        <location filename="../../../ui/shell.py" line="536"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="541"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="547"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="549"/>
        <source>Locked after being idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="551"/>
        <source>Locked because the computer was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="554"/>
        <source>Signed out: confirm the privacy briefing to work in SalonVault.</source>
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
    <name>StaffBriefingBox</name>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="100"/>
        <source>The training is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="112"/>
        <source>Privacy briefing and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="116"/>
        <source>Everyone confirms the staff privacy briefing (now version %1) at their first sign-in, after it changes and once a year; the owner too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="122"/>
        <source>Other training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="123"/>
        <source>Record training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="124"/>
        <source>Privacy briefing confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="125"/>
        <source>Training sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="18"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="22"/>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="27"/>
        <source>A name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="30"/>
        <source>There is no such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="33"/>
        <source>No staff member has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="37"/>
        <source>You cannot %1 the last active owner; make someone else owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="42"/>
        <source>This vault already has staff; the owner adds new people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="45"/>
        <source>You cannot reset your own PIN; another owner can, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="48"/>
        <source>Someone on the staff already has that name; add a surname or initial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="51"/>
        <source>Someone on the staff already has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="54"/>
        <source>The briefing is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="58"/>
        <source>The briefing&apos;s text has changed since it was shown; read the new text and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="63"/>
        <source>Enter what the training was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="66"/>
        <source>A topic has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="69"/>
        <source>Choose who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="72"/>
        <source>A training date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="152"/>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="159"/>
        <source>The name was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="169"/>
        <source>The role was changed; they sign in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="181"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="184"/>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="196"/>
        <source>Reset PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="199"/>
        <source>Reset the PIN of %1? Their current PIN stops working at once; you get a one-time code to give them, and they choose a new PIN with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="212"/>
        <source>The PIN of %1 is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="231"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="232"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="233"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="238"/>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="240"/>
        <source>You cannot reset your own PIN here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="244"/>
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
        <location filename="../../../ui/pages/services_page.py" line="253"/>
        <source>Add these services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="255"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="266"/>
        <source>Add a starter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="269"/>
        <source>Services a salon of this kind usually offers, in the salon&apos;s language. Ones already on your list are skipped; you can change or switch off any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="282"/>
        <source>Tick at least one kind of business.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFieldsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="67"/>
        <source>Fields of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="72"/>
        <source>Fields: Space marks one as health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="78"/>
        <source>Health data (ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="84"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="91"/>
        <source>Health data in the built-in template: it stays marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="98"/>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="108"/>
        <source>comma between choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="109"/>
        <source>Re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="110"/>
        <source>&amp;Health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="111"/>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="116"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="117"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="120"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="171"/>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="121"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="172"/>
        <source>maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="122"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="173"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="127"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="128"/>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="129"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="144"/>
        <source>Give the field a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="149"/>
        <source>%1: write a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="154"/>
        <source>Added: %1. Save makes the next version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="89"/>
        <source>Record a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="90"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="91"/>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="92"/>
        <source>&amp;Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="96"/>
        <source>e.g. Data protection refresher with the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="97"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="98"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="99"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="18"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="21"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="24"/>
        <source>A developer&apos;s volume is a whole number, like 20 vol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="27"/>
        <source>Type the price as a number, e.g. 120.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="30"/>
        <source>The patch test date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="33"/>
        <source>The visit date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="36"/>
        <source>Choose one of the salon&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="39"/>
        <source>Choose who did the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="42"/>
        <source>The currency is a 3-letter code (VND, PLN, CNY…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="45"/>
        <source>There is no such treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="48"/>
        <source>That patch test is not on this client&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="53"/>
        <source>This service needs a valid patch test and the client&apos;s is %1; record a patch test, or acknowledge the warning to go ahead (it is logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/treatments.py" line="61"/>
        <source>This client&apos;s health record matches a contraindication of this service (%n matches); check with the client, then acknowledge the warning to go ahead (it is logged).</source>
        <translation>
            <numerusform>This client&apos;s health record matches a contraindication of this service (%n match); check with the client, then acknowledge the warning to go ahead (it is logged).</numerusform>
            <numerusform>This client&apos;s health record matches a contraindication of this service (%n matches); check with the client, then acknowledge the warning to go ahead (it is logged).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="70"/>
        <source>This treatment can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="67"/>
        <source>Latest colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="83"/>
        <source>Treatments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="86"/>
        <source>Treatments: press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="93"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="96"/>
        <source>Add treatment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="162"/>
        <source>%1  (a correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="180"/>
        <source>No treatment recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="186"/>
        <source>No colour formula recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="193"/>
        <source>%1 · %2 · by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeAhead</name>
    <message>
        <location filename="../../../ui/widgets/type_ahead.py" line="86"/>
        <source>Also starting with “%1”: %2. The Down arrow goes to the next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="262"/>
        <source>How the vault opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="263"/>
        <source>Open automatically on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="266"/>
        <source>The key is kept in this computer&apos;s protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer&apos;s user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="272"/>
        <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="275"/>
        <source>Owner types a passphrase every morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="278"/>
        <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="282"/>
        <source>Passphrase (12+ characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="283"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="285"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="284"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="286"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="19"/>
        <source>SalonVault&apos;s %1 is missing (looked in %2); the installation is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="26"/>
        <source>SalonVault is running frozen but the bundle folder (sys._MEIPASS) is unknown, so its resources cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="31"/>
        <source>Demo clients go only into a demo salon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="34"/>
        <source>Demo photos go only into a demo salon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="38"/>
        <source>A vault already exists in %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="44"/>
        <source>There is no vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="49"/>
        <source>This PC has no key for the vault; open it with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="53"/>
        <source>This PC&apos;s key for the vault is missing (another PC or user?); open it with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="58"/>
        <source>This vault is not set up with an owner passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="61"/>
        <source>Only the set-up can confirm the kit without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="64"/>
        <source>This vault has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="67"/>
        <source>This vault opens with the owner&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="71"/>
        <source>This PC&apos;s key does not open the vault (its key slot file is damaged or was changed); open it with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="76"/>
        <source>That recovery key belongs to another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="81"/>
        <source>%1 already holds a vault; restore into an empty folder (or restore from the Backups page as the owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="89"/>
        <source>There is no vault in %1 to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="95"/>
        <source>The vault opens, so it is not replaced from here: sign in and restore from the Backups page as the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="101"/>
        <source>The restore was undone; the files are as they were. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="107"/>
        <source>The restored activity log does not verify (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="112"/>
        <source>The data key must be 256 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="116"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="122"/>
        <source>Another program is reading the vault (a second SalonVault, or a check that is still running); close it or wait, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="128"/>
        <source>SQLCipher 4 is required, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="134"/>
        <source>Could not switch the vault to WAL mode (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="139"/>
        <source>The vault is being re-keyed; nothing was saved. Try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="143"/>
        <source>The text holds characters that are not text (broken Unicode); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="148"/>
        <source>A vault already exists at %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="153"/>
        <source>The vault cannot be re-keyed inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="157"/>
        <source>The vault was too busy to take a backup (another program kept writing); try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="164"/>
        <source>The vault is damaged (%1); it was not used. Restore it from the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="172"/>
        <source>This vault was written by a newer SalonVault (schema %1, this program knows up to %2); install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="182"/>
        <source>This vault was made by a test version of SalonVault (schema %1) that predates backups, so it cannot be upgraded safely; create a new vault or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="191"/>
        <source>The vault could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="197"/>
        <source>The vault is busy (another SalonVault or a backup is writing); try again in a moment. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="202"/>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="205"/>
        <source>The vault folder is read-only here; nothing could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="208"/>
        <source>A service with that name exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="212"/>
        <source>The restore was undone; the vault is as it was. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="218"/>
        <source>%1 is %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="226"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="231"/>
        <source>Demo records go only into a demo salon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="90"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="128"/>
        <source>Treatment: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="145"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="146"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="151"/>
        <source>Receptionists see the date and service of a treatment; the formula, notes and price are for the owner and the technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="165"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="169"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="171"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="177"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="178"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="182"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="184"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="192"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="200"/>
        <source>Colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="196"/>
        <source>Bowl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="199"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="210"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="218"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="211"/>
        <source>Not shown: the client&apos;s photo consent is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="219"/>
        <source>%n photo(s) of this treatment</source>
        <translation>
            <numerusform>%n photo of this treatment</numerusform>
            <numerusform>%n photos of this treatment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="222"/>
        <source>Show &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="233"/>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="235"/>
        <source>the entry for %1, recorded %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="241"/>
        <source>Open the corrected entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="243"/>
        <source>Corrected %2 by %3 (for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="248"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="250"/>
        <source>%n later correction(s); the latest one stands.</source>
        <translation>
            <numerusform>%n later correction; the latest one stands.</numerusform>
            <numerusform>%n later corrections; the latest one stands.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="256"/>
        <source>Corrections: press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="257"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="277"/>
        <source>Records of this treatment: Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="289"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="297"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="290"/>
        <source>Add &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="96"/>
        <source>Add treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="97"/>
        <source>Change treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="98"/>
        <source>Correct treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="114"/>
        <source>&amp;Repeat last formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="173"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="221"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="174"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="222"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="181"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="223"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="182"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="224"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="184"/>
        <source>Colour formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="199"/>
        <source>Then &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="201"/>
        <source>Then record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="378"/>
        <source>Your unsaved visit was kept while the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="387"/>
        <source>Repeat last formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="388"/>
        <source>Replace the formula typed here with the client&apos;s last formula?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="399"/>
        <source>Nothing to repeat: no earlier treatment of this client has a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="403"/>
        <source>Last formula copied: adjust it for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="478"/>
        <source>Read the warning above and tick the box to go ahead, or choose another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="495"/>
        <source>This service needs a valid patch test; this client&apos;s patch test: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="195"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="225"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="196"/>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="198"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="227"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="447"/>
        <source>Patch test needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="450"/>
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
        <location filename="../../../ui/workspace.py" line="268"/>
        <source>Today&apos;s clients sheet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PurposeChoice</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="52"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="53"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="54"/>
        <source>The client has read this information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="154"/>
        <source>Withdrawing health-data consent deletes this client&apos;s health data: %1; %2 removed item(s), %3 earlier version(s), %4 health paper(s) and %5 service record(s) holding health details. Nothing was changed; run again with --yes to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
