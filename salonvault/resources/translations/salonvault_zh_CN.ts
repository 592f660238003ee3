<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessErrors</name>
    <message>
        <location filename="../../../ui/error_text/access.py" line="19"/>
        <source>This guard&apos;s sessions are already opened by its sign-in service.</source>
        <translation>此访问控制的会话已由其登录服务打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="22"/>
        <source>Sessions start only at sign-in, after the PIN is checked.</source>
        <translation>会话只在登录时、PIN 校验通过后才开始。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="25"/>
        <source>Your account was changed; please sign in again.</source>
        <translation>您的账户已更改；请重新登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="32"/>
        <source>A %1 may not %2.</source>
        <translation>%1无权%2。</translation>
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
        <translation>活动日志</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="208"/>
        <source>No client matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="285"/>
        <source>The newest %1 matching entries; narrow the filter for older ones.</source>
        <translation>最新的 %1 条匹配记录；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="290"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n 条匹配记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="275"/>
        <source>Entry %1: %2 %3</source>
        <translation>记录 %1：%2 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="232"/>
        <location filename="../../../ui/pages/activity_page.py" line="458"/>
        <source>Every client&apos;s entries are shown.</source>
        <translation>显示所有客户的记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="308"/>
        <source>client %1</source>
        <translation>客户 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="328"/>
        <source>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</source>
        <translation>
            <numerusform>活动日志完好：已检查 %n 条记录，无修改、无缺失、无顺序错乱。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="339"/>
        <source>The activity log has been tampered with or damaged, from entry %1 on (%2). Keep this computer as it is and compare with your newest backup.</source>
        <translation>活动日志从第 %1 条记录起已被篡改或损坏（%2）。请保持这台电脑原样，并与最新的备份核对。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="361"/>
        <source>No verified backup is within reach. Plug in the backup drive, or make a backup first.</source>
        <translation>找不到已验证的备份。请插入备份驱动器，或先进行备份。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="373"/>
        <source>Export these entries</source>
        <translation>导出这些记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="376"/>
        <source>The matching entries go to a CSV file that leaves the vault. Entries name staff members and client numbers, never client details. Encrypt it to the recovery key (it then opens with the Recovery Kit)?</source>
        <translation>匹配的记录将写入一个离开保险库的 CSV 文件。记录包含员工姓名和客户编号，绝不包含客户详情。是否用恢复密钥加密（之后用恢复套件打开）？</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="381"/>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="382"/>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="387"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="403"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="445"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="446"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="447"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="448"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="449"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="450"/>
        <source>Client (name or phone, Enter)</source>
        <translation>客户（姓名或电话，按回车）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="455"/>
        <source>All clients</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="459"/>
        <source>Check the log</source>
        <translation>检查日志</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="460"/>
        <source>Check against the newest backup…</source>
        <translation>与最新备份核对…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="461"/>
        <source>Export these entries…</source>
        <translation>导出这些记录…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="464"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="465"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="466"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="467"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="468"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="469"/>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="481"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="482"/>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="485"/>
        <source>Any outcome</source>
        <translation>所有结果</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="49"/>
        <source>Everything the activity log holds about this client, newest first.</source>
        <translation>活动日志中关于该客户的全部记录，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="77"/>
        <source>Merged-in record %1</source>
        <translation>已并入的记录 %1</translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="192"/>
        <source>Attach a scanned paper</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="198"/>
        <source>a PDF, JPEG or PNG file</source>
        <translation>PDF、JPEG 或 PNG 文件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="199"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="225"/>
        <source>%1, signed %2</source>
        <translation>%1，签署于 %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="227"/>
        <source>Proves the consent</source>
        <translation>所证明的同意</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="228"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="229"/>
        <source>&amp;Paper</source>
        <translation>文件类型(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="230"/>
        <source>&amp;Date on the paper</source>
        <translation>文件上的日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="231"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="234"/>
        <source>Record the paper consent on the Consents tab first (signed on paper).</source>
        <translation>请先在“同意书”标签页记录该纸质同意（纸质签名）。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="245"/>
        <source>Choose the scanned paper</source>
        <translation>选择扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="246"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="261"/>
        <source>Choose the file of the scanned paper.</source>
        <translation>请选择扫描件的文件。</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>两次输入的 PIN 不一致；请重新输入。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="120"/>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="122"/>
        <source>Let the new staff member type their own PIN; nobody else should know it.</source>
        <translation>请让新员工自己输入 PIN；其他人不应知道。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="124"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="125"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="129"/>
        <source>Role</source>
        <translation>角色</translation>
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
        <translation>再次输入 PIN</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="138"/>
        <source>Owner passphrase:</source>
        <translation>店主口令短语：</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="154"/>
        <source>Opening the vault…</source>
        <translation>正在打开保险库…</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="189"/>
        <source>This PC had lost its key to the vault. It has a new one now: SalonVault opens here by itself again. Put the Recovery Kit back in the safe.</source>
        <translation>这台电脑丢失了保险库的密钥。现在它已有新的密钥：SalonVault 在这台电脑上又能自动打开了。请把恢复套件放回保险柜。</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="196"/>
        <source>The vault is open, but this PC could not keep a new key for it (%1). Next time it asks for the recovery key again.</source>
        <translation>保险库已打开，但这台电脑无法保存新的密钥（%1）。下次启动时仍会要求输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="225"/>
        <source>Wrong passphrase; try again.</source>
        <translation>口令短语错误，请重试。</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="232"/>
        <source>The vault could not be opened: %1</source>
        <translation>无法打开保险库：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="256"/>
        <source>Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):</source>
        <translation>输入或粘贴恢复套件中的恢复密钥（AGE-SECRET-KEY-1…）：</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="19"/>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="25"/>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>文件 %1 超过 %2 MB；请以较低的分辨率重新扫描。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="32"/>
        <source>The file %1 could not be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="38"/>
        <source>%1 is not a PDF, JPEG or PNG file.</source>
        <translation>%1 不是 PDF、JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="44"/>
        <source>%1 is named as a %2 but is %3; nothing was stored.</source>
        <translation>%1 的文件名表明它是%2，但实际上是%3；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="52"/>
        <source>%1 has more than %2 pages; split it and attach the parts.</source>
        <translation>%1 超过 %2 页；请拆分后分别附加。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="60"/>
        <source>%1 would take far too much memory to open (more than %2 megapixels or a compressed bomb); nothing was stored.</source>
        <translation>打开 %1 会占用过多内存（超过 %2 百万像素，或是压缩炸弹）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="69"/>
        <source>%1 is protected by a password; save an unprotected copy and attach that.</source>
        <translation>%1 受密码保护；请另存一份不带密码的副本，再附加该副本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="76"/>
        <source>%1 is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation>%1 已损坏或不完整（是否仍在复制中？）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="82"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="85"/>
        <source>JPEG or PNG picture</source>
        <translation>JPEG 或 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="88"/>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="91"/>
        <source>a JPEG picture</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="94"/>
        <source>a PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="97"/>
        <source>a ZIP archive (or an Office document)</source>
        <translation>ZIP 压缩包（或 Office 文档）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="100"/>
        <source>an Office document</source>
        <translation>Office 文档</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="103"/>
        <source>a Word (RTF) document</source>
        <translation>Word（RTF）文档</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="106"/>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="109"/>
        <source>a GIF picture</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="112"/>
        <source>a TIFF picture</source>
        <translation>TIFF 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="115"/>
        <source>a WebP picture</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="118"/>
        <source>an HEIC photo</source>
        <translation>HEIC 照片</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="121"/>
        <source>a compressed archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="124"/>
        <source>a web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="127"/>
        <source>an XML or SVG file</source>
        <translation>XML 或 SVG 文件</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="130"/>
        <source>something else</source>
        <translation>其他类型的文件</translation>
    </message>
</context>
<context>
    <name>AttachmentViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="44"/>
        <source>%1 of %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="53"/>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="54"/>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="55"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="56"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="57"/>
        <source>&amp;Fit page</source>
        <translation>适合页面(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="119"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>AttachmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="18"/>
        <source>The paper&apos;s date is in the future.</source>
        <translation>文件上的日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="21"/>
        <source>The paper&apos;s date is before 1900.</source>
        <translation>文件上的日期早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="25"/>
        <source>Choose the consent record this paper proves (record the paper consent first).</source>
        <translation>请选择此文件所证明的同意记录（请先记录纸质同意）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="29"/>
        <source>That consent is not on this client&apos;s record.</source>
        <translation>该同意记录不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="33"/>
        <source>That consent was signed on screen; link a scan to a consent signed on paper.</source>
        <translation>该同意是在屏幕上签署的；扫描件只能关联到纸质签署的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="37"/>
        <source>That attachment is not on this client&apos;s record.</source>
        <translation>该附件不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="40"/>
        <source>There is no such attachment.</source>
        <translation>没有此附件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="44"/>
        <source>An attachment&apos;s kind is one of %1.</source>
        <translation>附件类型只能是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="49"/>
        <source>Only a paper consent is linked to a consent record.</source>
        <translation>只有纸质同意书才能关联到同意记录。</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="65"/>
        <source>Dated</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="66"/>
        <source>Paper</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="67"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="68"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="69"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="78"/>
        <source>&amp;Attach a scan…</source>
        <translation>附加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="81"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="83"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="90"/>
        <source>Scanned papers are added by the owner or reception.</source>
        <translation>扫描件由店主或前台添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="121"/>
        <source>%n health paper(s) (doctor&apos;s letters, prescriptions) are held for the owner and technicians.</source>
        <translation>
            <numerusform>另有 %n 份健康类文件（医生信函、处方）仅供店主和技师查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="148"/>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="180"/>
        <source>Scanned paper</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="168"/>
        <source>Remove scanned paper</source>
        <translation>删除扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="170"/>
        <source>Remove the %1 of %2 from the vault? This cannot be undone.</source>
        <translation>要从保险库中删除 %2 的“%1”吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="135"/>
        <location filename="../../../ui/audit_details.py" line="301"/>
        <source>photos %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="137"/>
        <source>the time to change it had passed</source>
        <translation>可修改的时限已过</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="140"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="158"/>
        <source>clients: %n</source>
        <translation>
            <numerusform>客户：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="159"/>
        <source>visits: %n</source>
        <translation>
            <numerusform>到店：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="160"/>
        <source>photos: %n</source>
        <translation>
            <numerusform>照片：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="161"/>
        <source>entries: %n</source>
        <translation>
            <numerusform>记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="162"/>
        <source>entries checked: %n</source>
        <translation>
            <numerusform>已检查记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="163"/>
        <source>new: %n</source>
        <translation>
            <numerusform>新增：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="164"/>
        <source>updated: %n</source>
        <translation>
            <numerusform>已更新：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="165"/>
        <source>skipped: %n</source>
        <translation>
            <numerusform>已跳过：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="166"/>
        <source>not valid: %n</source>
        <translation>
            <numerusform>无效：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="167"/>
        <location filename="../../../ui/audit_details.py" line="168"/>
        <source>health items: %n</source>
        <translation>
            <numerusform>健康信息：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="169"/>
        <source>health records: %n</source>
        <translation>
            <numerusform>健康记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="170"/>
        <source>rows read: %n</source>
        <translation>
            <numerusform>已读取行数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="171"/>
        <source>consents: %n</source>
        <translation>
            <numerusform>同意：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="172"/>
        <location filename="../../../ui/audit_details.py" line="199"/>
        <source>signed forms: %n</source>
        <translation>
            <numerusform>已签署表格：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="173"/>
        <source>patch tests: %n</source>
        <translation>
            <numerusform>皮肤测试：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="174"/>
        <source>pinned notes: %n</source>
        <translation>
            <numerusform>置顶备注：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="175"/>
        <source>service records: %n</source>
        <translation>
            <numerusform>服务记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="176"/>
        <source>records with health values held back: %n</source>
        <translation>
            <numerusform>隐去健康数值的记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="177"/>
        <source>services: %n</source>
        <translation>
            <numerusform>服务项目：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="178"/>
        <source>allergies: %n</source>
        <translation>
            <numerusform>过敏：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="179"/>
        <source>photos deleted: %n</source>
        <translation>
            <numerusform>已删除照片：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="180"/>
        <source>health items deleted: %n</source>
        <translation>
            <numerusform>已删除健康记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="181"/>
        <source>allergies left out (no consent): %n</source>
        <translation>
            <numerusform>未录入的过敏（无同意）：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="182"/>
        <source>earlier versions deleted: %n</source>
        <translation>
            <numerusform>已删除早前版本：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="183"/>
        <source>health papers deleted: %n</source>
        <translation>
            <numerusform>已删除健康类文件：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="184"/>
        <source>recipients listed: %n</source>
        <translation>
            <numerusform>列出的接收方：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="185"/>
        <source>service records deleted: %n</source>
        <translation>
            <numerusform>已删除服务记录：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="186"/>
        <source>earlier versions: %n</source>
        <translation>
            <numerusform>早前版本：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="187"/>
        <source>without contact details: %n</source>
        <translation>
            <numerusform>无联系方式：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="188"/>
        <source>wrong tries in a row: %n</source>
        <translation>
            <numerusform>连续错误次数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="189"/>
        <source>hours valid: %n</source>
        <translation>
            <numerusform>有效小时数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="190"/>
        <source>backups kept: %n</source>
        <translation>
            <numerusform>保留的备份：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="191"/>
        <source>reminder after days: %n</source>
        <translation>
            <numerusform>提醒间隔天数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="192"/>
        <source>device keys kept for another folder: %n</source>
        <translation>
            <numerusform>为其他文件夹保留的设备密钥：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="193"/>
        <source>pages encrypted again: %n</source>
        <translation>
            <numerusform>重新加密的页数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="194"/>
        <source>scanned papers: %n</source>
        <translation>
            <numerusform>扫描件：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="195"/>
        <source>pages: %n</source>
        <translation>
            <numerusform>页数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="196"/>
        <source>contraindications: %n</source>
        <translation>
            <numerusform>禁忌：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="197"/>
        <source>red flags: %n</source>
        <translation>
            <numerusform>风险项：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="198"/>
        <source>red flags that stop a service: %n</source>
        <translation>
            <numerusform>需暂停服务的风险项：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="200"/>
        <source>attended: %n</source>
        <translation>
            <numerusform>参加人数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="201"/>
        <source>questions: %n</source>
        <translation>
            <numerusform>问题：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="202"/>
        <source>signed again after months: %n</source>
        <translation>
            <numerusform>重新签署间隔月数：%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="207"/>
        <source>visit %1</source>
        <translation>到店记录 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="208"/>
        <source>photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="209"/>
        <source>scanned paper %1</source>
        <translation>扫描件 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="210"/>
        <source>health item %1</source>
        <translation>健康信息 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="211"/>
        <source>signed form %1</source>
        <translation>已签署表格 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="212"/>
        <source>pinned note %1</source>
        <translation>置顶备注 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="213"/>
        <source>record removed: client %1</source>
        <translation>已删除的记录：客户 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="214"/>
        <source>record kept: client %1</source>
        <translation>保留的记录：客户 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="215"/>
        <source>changed from entry %1</source>
        <translation>修改自记录 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="216"/>
        <source>corrects visit %1</source>
        <translation>更正到店记录 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="217"/>
        <source>service record %1</source>
        <translation>服务记录 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="218"/>
        <location filename="../../../ui/audit_details.py" line="227"/>
        <source>earlier version %1 kept</source>
        <translation>已保留早前版本 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="219"/>
        <source>corrects service record %1</source>
        <translation>更正服务记录 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="220"/>
        <source>template version %1</source>
        <translation>模板版本 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="221"/>
        <source>form version %1</source>
        <translation>表格版本 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="222"/>
        <source>red flag %1</source>
        <translation>风险项 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="224"/>
        <source>from database version %1</source>
        <translation>从数据库版本 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="225"/>
        <source>to version %1</source>
        <translation>到版本 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="226"/>
        <source>text version %1</source>
        <translation>文本版本 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="229"/>
        <source>years a client without a visit is kept: %n</source>
        <translation>
            <numerusform>无到店记录的客户保留年数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="231"/>
        <source>years health data is kept: %n</source>
        <translation>
            <numerusform>健康信息保留年数：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="232"/>
        <source>years photos are kept: %n</source>
        <translation>
            <numerusform>照片保留年数：%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="233"/>
        <source>with the last visit&apos;s date</source>
        <translation>附最近到店日期</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="245"/>
        <source>filled in: %1</source>
        <translation>已填写：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="249"/>
        <source>blank form: %1</source>
        <translation>空白表格：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="254"/>
        <source>from %1</source>
        <translation>从 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="255"/>
        <source>to %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="260"/>
        <source>not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>old key %1</source>
        <translation>旧密钥 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>new key %1</source>
        <translation>新密钥 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="283"/>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>copied from %1</source>
        <translation>复制自 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>every service</source>
        <translation>所有服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>services %1</source>
        <translation>服务项目 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>cylinders: %1</source>
        <translation>柱镜：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>acuity: %1</source>
        <translation>视力：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="295"/>
        <source>made %1</source>
        <translation>制作于 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="297"/>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="299"/>
        <source>%1 pixels</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="306"/>
        <source>not linked to a consent</source>
        <translation>未关联同意记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="307"/>
        <source>proves consent record %1</source>
        <translation>证明同意记录 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="309"/>
        <source>the salon&apos;s own words</source>
        <translation>本店自定义的词语</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="314"/>
        <source>health items %1</source>
        <translation>健康信息 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="318"/>
        <source>consultation form %1</source>
        <translation>咨询表 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="320"/>
        <source>question %1</source>
        <translation>问题 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="322"/>
        <source>red flags not reviewed: %1</source>
        <translation>未审核的风险项：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="324"/>
        <source>no earlier visit with a formula</source>
        <translation>之前的到店记录中没有配方</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="333"/>
        <source>hidden until %1</source>
        <translation>暂缓至 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>before photo</source>
        <translation>服务前照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>after photo</source>
        <translation>服务后照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="354"/>
        <source>patch test: %1</source>
        <translation>皮肤测试：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="359"/>
        <source>all clients</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="360"/>
        <source>clients with health data</source>
        <translation>有健康信息的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="361"/>
        <source>clients with photos</source>
        <translation>有照片的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="362"/>
        <source>clients registered between two dates</source>
        <translation>在两个日期之间登记的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="363"/>
        <source>a number the owner gave</source>
        <translation>店主提供的编号</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="368"/>
        <source>wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="369"/>
        <source>wrong one-time code</source>
        <translation>一次性验证码错误</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="370"/>
        <source>no staff member has that name</source>
        <translation>没有叫这个名字的员工</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="371"/>
        <source>the account is disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="372"/>
        <source>too soon after wrong PINs</source>
        <translation>PIN 输错后间隔太短</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="373"/>
        <source>no PIN reset was asked for</source>
        <translation>未申请重置 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="374"/>
        <source>the one-time code had expired</source>
        <translation>一次性验证码已过期</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="375"/>
        <source>a new PIN must be chosen first</source>
        <translation>须先设置新 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="376"/>
        <source>not this vault&apos;s recovery key</source>
        <translation>不是此保险库的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="377"/>
        <source>the last active owner</source>
        <translation>最后一位在职店主</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="378"/>
        <source>an owner cannot reset their own PIN</source>
        <translation>店主不能重置自己的 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="379"/>
        <source>a reason was given</source>
        <translation>已说明原因</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="380"/>
        <source>signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="381"/>
        <source>locked after being idle</source>
        <translation>闲置后锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="382"/>
        <source>the session&apos;s time was up</source>
        <translation>会话时间已到</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="383"/>
        <source>switched user</source>
        <translation>切换了用户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="384"/>
        <source>the computer was locked</source>
        <translation>电脑已锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="385"/>
        <source>the window was closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="386"/>
        <source>locked while signing in</source>
        <translation>登录时锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="387"/>
        <source>the role was changed</source>
        <translation>角色已更改</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="388"/>
        <source>the PIN was reset</source>
        <translation>PIN 已重置</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="389"/>
        <source>owner access was recovered</source>
        <translation>已恢复店主访问</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="390"/>
        <source>the account was changed</source>
        <translation>账户已更改</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="391"/>
        <source>the privacy briefing was not confirmed</source>
        <translation>未确认隐私须知</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="397"/>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="398"/>
        <source>and when the health details change</source>
        <translation>健康信息变更时也重新签署</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="399"/>
        <source>not when the health details change</source>
        <translation>健康信息变更时不重新签署</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="400"/>
        <source>saved to a file</source>
        <translation>已保存到文件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="401"/>
        <location filename="../../../ui/audit_details.py" line="466"/>
        <source>with the recovery key</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="402"/>
        <source>with the one-time code</source>
        <translation>使用一次性验证码</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="403"/>
        <source>a one-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="405"/>
        <source>this computer&apos;s key</source>
        <translation>本电脑的密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="406"/>
        <source>the owner&apos;s passphrase</source>
        <translation>店主的密码短语</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="407"/>
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="408"/>
        <source>during set-up</source>
        <translation>设置期间</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="409"/>
        <source>by import</source>
        <translation>通过导入</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="410"/>
        <source>after opening with the recovery key</source>
        <translation>用恢复密钥打开后</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="411"/>
        <source>encrypted to the recovery key</source>
        <translation>用恢复密钥加密</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="412"/>
        <source>encrypted with a passphrase</source>
        <translation>用密码短语加密</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="413"/>
        <source>not encrypted</source>
        <translation>未加密</translation>
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
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="418"/>
        <source>JPEG picture</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="419"/>
        <source>PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="420"/>
        <source>marketing list</source>
        <translation>营销名单</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="421"/>
        <source>activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="422"/>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="423"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="424"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="425"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="426"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="434"/>
        <source>the authority is notified</source>
        <translation>已通知监管机构</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="435"/>
        <source>the authority is not notified yet</source>
        <translation>尚未通知监管机构</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="436"/>
        <source>clients counted again</source>
        <translation>已重新统计客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="437"/>
        <source>count kept</source>
        <translation>保留计数</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="438"/>
        <source>the client&apos;s explicit consent</source>
        <translation>客户的明确同意</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="439"/>
        <source>health care under professional secrecy</source>
        <translation>负有职业保密义务的医疗保健</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="440"/>
        <source>anonymous visit counts kept</source>
        <translation>保留匿名到店计数</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="441"/>
        <source>no visit counts kept</source>
        <translation>不保留到店计数</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="442"/>
        <source>the first owner</source>
        <translation>第一位店主</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="443"/>
        <source>the PIN&apos;s hash renewed</source>
        <translation>已更新 PIN 的哈希值</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="444"/>
        <source>no photo consent in force</source>
        <translation>没有有效的照片同意</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="445"/>
        <source>the card&apos;s photo</source>
        <translation>档案照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="446"/>
        <source>pinned by the same person</source>
        <translation>由同一人置顶</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="447"/>
        <source>pinned by someone else</source>
        <translation>由他人置顶</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="448"/>
        <source>switched on</source>
        <translation>已开启</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="449"/>
        <source>switched off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="450"/>
        <source>offered</source>
        <translation>提供</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="451"/>
        <source>not offered</source>
        <translation>不提供</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="452"/>
        <source>needs a patch test</source>
        <translation>需要皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="453"/>
        <source>no patch test needed</source>
        <translation>无需皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="454"/>
        <source>backup offered when closing</source>
        <translation>关闭时提示备份</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="455"/>
        <source>no backup when closing</source>
        <translation>关闭时不备份</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="456"/>
        <source>to the authority</source>
        <translation>致监管机构</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="457"/>
        <source>to the clients</source>
        <translation>致客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="458"/>
        <source>it was disabled by wrong PINs</source>
        <translation>因 PIN 输错被停用</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="459"/>
        <source>the owner had disabled it</source>
        <translation>店主已将其停用</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="460"/>
        <source>clients without a visit: kept</source>
        <translation>无到店记录的客户：保留</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="461"/>
        <source>health data: kept</source>
        <translation>健康信息：保留</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="462"/>
        <source>photos: kept</source>
        <translation>照片：保留</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="463"/>
        <source>separated by commas</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="464"/>
        <source>separated by semicolons</source>
        <translation>以分号分隔</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="465"/>
        <source>by the owner</source>
        <translation>由店主</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="468"/>
        <source>with the recovery key, the vault did not open</source>
        <translation>使用恢复密钥，保险库未能打开</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="477"/>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="478"/>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="479"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="480"/>
        <source>phone (masked)</source>
        <translation>电话（已遮盖）</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="481"/>
        <source>phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="482"/>
        <source>phone numbers (masked)</source>
        <translation>电话号码（已遮盖）</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="483"/>
        <source>pinned notes</source>
        <translation>置顶备注</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="484"/>
        <source>consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="485"/>
        <source>patch tests</source>
        <translation>皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="486"/>
        <source>patch test status</source>
        <translation>皮肤测试状态</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="487"/>
        <source>treatments</source>
        <translation>到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="488"/>
        <source>treatment dates</source>
        <translation>到店日期</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="489"/>
        <source>today&apos;s treatments</source>
        <translation>今日到店服务</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="490"/>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="491"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="492"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="493"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="494"/>
        <source>minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="495"/>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="496"/>
        <source>preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="497"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="498"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="499"/>
        <source>alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="500"/>
        <source>health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="501"/>
        <source>service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="502"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="503"/>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="504"/>
        <source>formula</source>
        <translation>配方</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="505"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="506"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="507"/>
        <source>technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="508"/>
        <source>corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="509"/>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="510"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="511"/>
        <source>group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="512"/>
        <source>usual length</source>
        <translation>常规时长</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="513"/>
        <source>patch test</source>
        <translation>皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="514"/>
        <source>whether it is active</source>
        <translation>是否启用</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="515"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="516"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="517"/>
        <source>salon name</source>
        <translation>沙龙名称</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="518"/>
        <source>salon address</source>
        <translation>沙龙地址</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="519"/>
        <source>country of local phone numbers</source>
        <translation>本地电话号码所属国家</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="520"/>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="521"/>
        <source>kinds of business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="522"/>
        <source>idle lock</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="523"/>
        <source>shortest PIN</source>
        <translation>PIN 最短长度</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="524"/>
        <source>client details collected</source>
        <translation>收集的客户资料</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="525"/>
        <source>recipients of client data and transfers abroad</source>
        <translation>客户信息的接收方与跨境提供</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="526"/>
        <source>months without a visit before a client is lapsed</source>
        <translation>客户未到店多少个月后视为流失</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../../ui/audit_words.py" line="25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="31"/>
        <source>%1 (failed)</source>
        <translation>%1（失败）</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="33"/>
        <source>%1 (refused)</source>
        <translation>%1（被拒绝）</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="41"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="42"/>
        <location filename="../../../ui/audit_words.py" line="95"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="43"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="54"/>
        <source>Opened the card</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="55"/>
        <source>Registered the client</source>
        <translation>登记客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="56"/>
        <source>Imported clients from a spreadsheet</source>
        <translation>从表格导入了客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="57"/>
        <source>Changed details</source>
        <translation>修改资料</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="58"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="59"/>
        <source>Brought back from the archive</source>
        <translation>从归档中恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="60"/>
        <source>Erased the client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="61"/>
        <source>Merged another record of the client into this one</source>
        <translation>已将该客户的另一条记录并入此记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="62"/>
        <source>Compared the client&apos;s record for a merge</source>
        <translation>为合并比较了客户记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="63"/>
        <source>Made the client&apos;s data report</source>
        <translation>生成客户数据报告</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="64"/>
        <source>Pinned a note on the card</source>
        <translation>在档案上置顶了一条备注</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="65"/>
        <source>Unpinned a note</source>
        <translation>取消置顶备注</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="66"/>
        <source>Added a health item</source>
        <translation>添加健康记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="67"/>
        <source>Removed a health item</source>
        <translation>移除健康记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="68"/>
        <source>Changed a health item</source>
        <translation>修改健康记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="69"/>
        <source>Added a treatment</source>
        <translation>添加到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="70"/>
        <source>Opened a treatment</source>
        <translation>打开到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="71"/>
        <source>Changed a treatment</source>
        <translation>修改到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="72"/>
        <source>Corrected a treatment</source>
        <translation>更正到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="73"/>
        <source>Went ahead without a valid patch test</source>
        <translation>在没有有效皮肤测试的情况下继续</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="75"/>
        <source>Went ahead despite a contraindication on the health record</source>
        <translation>在健康记录有禁忌的情况下继续服务</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="77"/>
        <source>Shown the health alerts before a treatment</source>
        <translation>服务前查看了健康警示</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="78"/>
        <source>Copied the last colour formula into a new treatment</source>
        <translation>将最近一次染发配方复制到新的到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="79"/>
        <source>Printed or saved the client card</source>
        <translation>打印或保存客户档案</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="80"/>
        <source>Printed or saved a day sheet listing the client</source>
        <translation>打印或保存列有该客户的当日客户单</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="81"/>
        <source>Recorded a patch test</source>
        <translation>记录皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="82"/>
        <source>Added a service record</source>
        <translation>添加服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="83"/>
        <source>Marked a line of a recall list</source>
        <translation>标记了回访名单中的一行</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="84"/>
        <source>Changed a service record</source>
        <translation>修改服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="85"/>
        <source>Corrected a service record</source>
        <translation>更正服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="86"/>
        <source>Listed the client&apos;s service records</source>
        <translation>列出客户的服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="87"/>
        <source>Opened a service record</source>
        <translation>打开服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="88"/>
        <source>Printed or saved the spectacle prescription</source>
        <translation>打印或保存配镜处方</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="89"/>
        <source>Copied a record template</source>
        <translation>复制记录模板</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="90"/>
        <source>Saved a new version of a record template</source>
        <translation>保存记录模板的新版本</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="91"/>
        <source>Switched a record template on or off</source>
        <translation>开启或关闭记录模板</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="92"/>
        <source>Chose the services of a record template</source>
        <translation>选择记录模板适用的服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="93"/>
        <source>Chose how prescriptions are written</source>
        <translation>选择处方的记法</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="94"/>
        <source>Set a patch-test result</source>
        <translation>填写皮肤测试结果</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="96"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="97"/>
        <source>Session ended</source>
        <translation>会话结束</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="98"/>
        <source>Created the vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="99"/>
        <source>Opened the vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="100"/>
        <source>Upgraded the vault to this version</source>
        <translation>将保险库升级到此版本</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="101"/>
        <source>Checked the vault&apos;s file</source>
        <translation>检查保险库文件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="102"/>
        <source>Checked the activity log</source>
        <translation>检查活动日志</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="103"/>
        <source>Recorded a consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="104"/>
        <source>Withdrew a consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="105"/>
        <source>Printed a consent form</source>
        <translation>打印同意书</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="106"/>
        <source>Changed a consent text</source>
        <translation>修改同意书文本</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="107"/>
        <source>Switched a consent purpose on or off</source>
        <translation>开启或关闭同意用途</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="108"/>
        <source>Made a marketing list</source>
        <translation>生成营销名单</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="109"/>
        <source>Printed the privacy notice</source>
        <translation>打印隐私声明</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="110"/>
        <source>Added a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="111"/>
        <source>Viewed a photo</source>
        <translation>查看照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="112"/>
        <source>Listed photos</source>
        <translation>列出照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="113"/>
        <source>Removed a photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="114"/>
        <source>Chose the card&apos;s photo</source>
        <translation>选择档案照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="115"/>
        <source>Took the photo off the card</source>
        <translation>从档案中移除照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="116"/>
        <source>Took a signed consultation form</source>
        <translation>签署了咨询表</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="117"/>
        <source>Listed the client&apos;s consultation forms</source>
        <translation>列出客户的咨询表</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="118"/>
        <source>Reviewed a red flag on a consultation form</source>
        <translation>审核了咨询表上的风险项</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="119"/>
        <source>Chose the services a consultation form guards</source>
        <translation>选择咨询表适用的服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="120"/>
        <source>Added a version of a consultation form</source>
        <translation>添加了咨询表的新版本</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="121"/>
        <source>Copied a consultation form as the salon&apos;s own</source>
        <translation>将咨询表复制为本店自己的表格</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="122"/>
        <source>Changed when a consultation form is signed again</source>
        <translation>更改咨询表的重新签署规则</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="123"/>
        <source>Printed or saved a consultation form</source>
        <translation>打印或保存咨询表</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="124"/>
        <source>Added a scanned paper</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="125"/>
        <source>Listed scanned papers</source>
        <translation>列出扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="126"/>
        <source>Opened a scanned paper</source>
        <translation>打开扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="127"/>
        <source>Removed a scanned paper</source>
        <translation>删除扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="128"/>
        <source>Added a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="129"/>
        <source>Renamed a staff member</source>
        <translation>重命名员工</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="130"/>
        <source>Changed a role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="131"/>
        <source>Disabled a staff account</source>
        <translation>停用员工账户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="132"/>
        <source>Enabled a staff account</source>
        <translation>启用员工账户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="133"/>
        <source>Reset a PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="134"/>
        <source>Chose a new PIN after a reset</source>
        <translation>重置后设置新 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="135"/>
        <source>Locked out after wrong PINs</source>
        <translation>PIN 错误次数过多被锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="136"/>
        <source>Owner access recovered</source>
        <translation>恢复店主访问</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="137"/>
        <source>Confirmed the staff privacy briefing</source>
        <translation>确认员工隐私须知</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="138"/>
        <source>Did not confirm the staff privacy briefing</source>
        <translation>未确认员工隐私须知</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="139"/>
        <source>Recorded a training session</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="140"/>
        <source>Added a key slot</source>
        <translation>添加密钥槽</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="141"/>
        <source>Removed a key slot</source>
        <translation>删除密钥槽</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="142"/>
        <source>Showed the recovery key</source>
        <translation>显示恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="143"/>
        <source>Confirmed the Recovery Kit</source>
        <translation>确认恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="144"/>
        <source>Replaced the recovery key</source>
        <translation>更换恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="145"/>
        <source>Re-keyed the vault</source>
        <translation>为保险库更换密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="146"/>
        <source>Finished an interrupted re-keying</source>
        <translation>完成中断的密钥更换</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="147"/>
        <source>Tried to start a session without signing in</source>
        <translation>试图未登录就开始会话</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="148"/>
        <source>Started a backup</source>
        <translation>开始备份</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="149"/>
        <source>Made a backup</source>
        <translation>完成备份</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="150"/>
        <source>Verified a backup</source>
        <translation>验证备份</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="151"/>
        <source>Ran a restore drill</source>
        <translation>恢复演练</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="152"/>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="153"/>
        <source>Prepared a restore</source>
        <translation>准备恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="154"/>
        <source>Replaced the vault by a restore</source>
        <translation>以恢复的数据替换保险库</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="155"/>
        <source>Changed backup settings</source>
        <translation>更改备份设置</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="157"/>
        <source>Dismissed the warning that the vault is older than a backup</source>
        <translation>忽略了保险库比备份旧的警告</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="159"/>
        <source>Added a service</source>
        <translation>添加服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="160"/>
        <source>Changed a service</source>
        <translation>修改服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="161"/>
        <source>Changed the order of the services</source>
        <translation>更改服务项目的顺序</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="162"/>
        <source>Changed a setting</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="163"/>
        <source>Chose the legal basis for health data</source>
        <translation>选择健康信息的法律依据</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="164"/>
        <source>Changed the retention rules</source>
        <translation>更改保留规则</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="165"/>
        <source>Exported clients and visits (CSV)</source>
        <translation>导出客户和到店记录（CSV）</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="166"/>
        <source>Exported everything (JSON)</source>
        <translation>导出全部数据（JSON）</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="167"/>
        <source>Exported a marketing list</source>
        <translation>导出营销名单</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="168"/>
        <source>Exported the activity log</source>
        <translation>导出活动日志</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="169"/>
        <source>Recorded an incident</source>
        <translation>记录安全事件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="170"/>
        <source>Updated an incident</source>
        <translation>更新安全事件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="171"/>
        <source>Drafted an incident notification</source>
        <translation>起草事件通知</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="172"/>
        <source>Made the record of processing</source>
        <translation>生成处理活动记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="173"/>
        <source>Made the impact-assessment draft</source>
        <translation>生成影响评估草稿</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="174"/>
        <source>Removed data past retention</source>
        <translation>删除超过保留期的数据</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="175"/>
        <source>Filled the demo salon</source>
        <translation>填充演示沙龙</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="176"/>
        <source>Added demo photos</source>
        <translation>添加演示照片</translation>
    </message>
</context>
<context>
    <name>AuthErrors</name>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="17"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation>请设置您自己的 PIN，不要使用一次性验证码（店主见过它）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="20"/>
        <source>The recovery key re-enables owner accounts only; the owner enables others.</source>
        <translation>恢复密钥只能重新启用店主账户；其他账户由店主启用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="25"/>
        <source>Wrong PIN. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>PIN 码错误。再输错 %n 次，此账户将被停用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="39"/>
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>PIN 码输错次数过多。请在 %n 分钟后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="40"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PIN 码输错次数过多。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="57"/>
        <source>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>您的 PIN 已被重置：请输入店主给您的一次性验证码。再错 %n 次将停用此账户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="80"/>
        <source>The session has ended; please sign in again.</source>
        <translation>会话已结束；请重新登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="83"/>
        <source>This account has no PIN reset waiting; sign in with the PIN.</source>
        <translation>此账户没有待完成的 PIN 重置；请用 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="86"/>
        <source>The session was ended; please sign in again.</source>
        <translation>会话已被结束；请重新登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="89"/>
        <source>The session locked after being idle; please sign in again.</source>
        <translation>会话因闲置已锁定；请重新登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="92"/>
        <source>The session reached its 12-hour limit; please sign in again.</source>
        <translation>会话已达到 12 小时上限；请重新登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="95"/>
        <source>Type the owner&apos;s name.</source>
        <translation>请输入店主的姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="98"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="40"/>
        <source>No verified backup yet. Back up now, to a USB stick kept away from this PC.</source>
        <translation>还没有已校验的备份。请立即备份到一个与这台电脑分开存放的 U 盘。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="53"/>
        <source>Made: %1 by %2</source>
        <translation>创建于：%1，创建人：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="58"/>
        <source>Clients: %1, size: %2</source>
        <translation>客户：%1，大小：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="63"/>
        <source>Activity log: %1 entries, chain verified</source>
        <translation>活动日志：%1 条，链已校验</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="69"/>
        <source>Warning: this vault&apos;s activity log does not hold the backup&apos;s last entry. The vault was restored from an older backup since, or its file was replaced.</source>
        <translation>警告：本保险库的活动日志中没有该备份的最后一条记录。保险库此后曾从更旧的备份恢复，或其文件被替换过。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="93"/>
        <source>The backup is written and verified:
%1 (%2)</source>
        <translation>备份已写入并校验：
%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="105"/>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="114"/>
        <source>Verifying a backup</source>
        <translation>正在校验备份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="117"/>
        <source>The backup is good.</source>
        <translation>备份完好。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="127"/>
        <source>Restore drill</source>
        <translation>恢复演练</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="130"/>
        <source>The drill restored this backup into a scratch vault, checked it and threw it away. A real restore would work.</source>
        <translation>演练已将此备份恢复到一个临时保险库，检查后将其删除。真正的恢复可以成功。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="143"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="145"/>
        <source>Replace the whole vault with the backup %1?

Everything recorded after that backup was made is left out. The current vault is not deleted: it is kept aside in the data folder. Everyone is signed out.</source>
        <translation>用备份 %1 替换整个保险库？

该备份创建之后记录的内容都将不在其中。当前保险库不会被删除：它会另存在数据文件夹中。所有人将被登出。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="165"/>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="29"/>
        <source>The last verified backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>最近一次已校验的备份已是 %n 天前。请立即备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="32"/>
        <source>%n older backup(s) removed (generations).</source>
        <translation>
            <numerusform>已删除 %n 个较旧的备份（按保留份数）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupErrors</name>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="18"/>
        <source>The backup&apos;s activity log does not end where its manifest says.</source>
        <translation>备份的活动日志结尾与其清单文件所记录的不一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="22"/>
        <source>The backup&apos;s activity log does not verify (%1).</source>
        <translation>备份的活动日志未通过校验（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="29"/>
        <source>This backup was made by a newer SalonVault (schema %1); install the newer version to read it.</source>
        <translation>此备份由较新版本的 SalonVault 制作（结构版本 %1）；请安装新版本后再读取。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="36"/>
        <source>The backup&apos;s manifest names no schema version SalonVault had.</source>
        <translation>备份的清单文件所写的结构版本不是 SalonVault 使用过的任何版本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="41"/>
        <source>The backup&apos;s database schema is not SalonVault&apos;s (%1): it was changed outside the program, so it is refused.</source>
        <translation>备份的数据库结构不是 SalonVault 的（%1）：它曾在程序之外被修改，因此被拒绝。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="48"/>
        <source>The backup&apos;s schema version differs from its manifest.</source>
        <translation>备份的结构版本与其清单文件不一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="51"/>
        <source>The backup&apos;s database schema differs from the one its manifest names.</source>
        <translation>备份的数据库结构与其清单文件所指明的不一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="54"/>
        <source>The backup does not carry its activity log&apos;s key.</source>
        <translation>备份中缺少其活动日志的密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="58"/>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="65"/>
        <source>The database inside the backup cannot be read (%1).</source>
        <translation>无法读取备份中的数据库（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="70"/>
        <source>The backup has no manifest; it was not made by SalonVault.</source>
        <translation>备份中没有清单文件；它不是由 SalonVault 制作的。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="74"/>
        <source>This backup was made by a newer SalonVault; install the newer version to read it.</source>
        <translation>此备份由较新版本的 SalonVault 制作；请安装新版本后再读取。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="79"/>
        <source>The backup&apos;s manifest does not match this salon&apos;s key: it was altered or made elsewhere.</source>
        <translation>备份的清单文件与本店的密钥不匹配：它已被篡改，或是在别处制作的。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="84"/>
        <source>The backup&apos;s manifest is unreadable.</source>
        <translation>无法读取备份的清单文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="87"/>
        <source>The backup&apos;s activity log key does not open.</source>
        <translation>无法打开备份的活动日志密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="90"/>
        <source>The backup opened with this recovery key but names another one inside.</source>
        <translation>此备份可以用这个恢复密钥打开，但其内部记录的是另一个恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="95"/>
        <source>The backup withholds a setting this SalonVault cannot restore (%1); install the newer version to read it.</source>
        <translation>此备份含有一项此版本 SalonVault 无法恢复的设置（%1）；请安装新版本后再读取。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="102"/>
        <source>The file does not contain an SQLite database; it is not a backup.</source>
        <translation>该文件不包含 SQLite 数据库；它不是备份。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="105"/>
        <source>The database inside is not a SalonVault backup (its page layout differs).</source>
        <translation>其中的数据库不是 SalonVault 备份（页面布局不同）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="109"/>
        <source>page %1 fails authentication</source>
        <translation>第 %1 页未通过验证</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="114"/>
        <source>The vault file ended early while it was being read.</source>
        <translation>读取保险库文件时，文件意外提前结束。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="117"/>
        <source>The backup is incomplete (it ends in the middle of a page).</source>
        <translation>备份不完整（在某一页的中间就结束了）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="121"/>
        <source>The backup file is damaged or incomplete (its encryption does not check out).</source>
        <translation>备份文件已损坏或不完整（加密校验未通过）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="126"/>
        <source>This backup was made for a different recovery key (another salon, or a key replaced since), or its first lines are damaged; use the Recovery Kit that belongs to it, or another copy of the backup.</source>
        <translation>此备份是为另一个恢复密钥制作的（其他门店的，或之后已更换的密钥），或其开头几行已损坏；请使用与之对应的恢复套件，或使用该备份的另一份副本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="132"/>
        <source>The file is not a SalonVault backup (not an age file).</source>
        <translation>该文件不是 SalonVault 备份（不是 age 文件）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="135"/>
        <source>The vault kept changing while the backup started; try again.</source>
        <translation>开始备份时保险库一直在变化；请重试。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="139"/>
        <source>Keep between 1 and %1 backups.</source>
        <translation>请保留 1 到 %1 份备份。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="145"/>
        <source>Remind after 1 to %1 days.</source>
        <translation>提醒间隔为 1 到 %1 天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="150"/>
        <source>The snapshot is not the one this backup started.</source>
        <translation>该快照不是此备份开始时创建的那个。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="154"/>
        <source>The backup read back differs from what was written (a failing drive?); it was removed.</source>
        <translation>回读的备份与写入的内容不一致（驱动器可能有故障？）；已将其删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="158"/>
        <source>The backup was cancelled; nothing was left half-written.</source>
        <translation>备份已取消；没有留下写了一半的文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="162"/>
        <source>SalonVault could not write in %1 (%2). Nothing was changed.</source>
        <translation>SalonVault 无法在 %1 中写入（%2）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="170"/>
        <source>The disk holding %1 is full (checking or restoring a backup needs free space the size of the vault there); free some space and try again. Nothing was changed.</source>
        <translation>%1 所在的磁盘已满（校验或恢复备份时，那里需要有与保险库大小相当的可用空间）；请释放一些空间后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="180"/>
        <source>SalonVault may not write in %1 (read-only or no permission). Nothing was changed.</source>
        <translation>SalonVault 无法在 %1 中写入（只读或没有权限）。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="186"/>
        <source>age encryption failed</source>
        <translation>age 加密失败</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="190"/>
        <source>The database inside the backup fails SQLite&apos;s integrity check (%1).</source>
        <translation>备份中的数据库未通过 SQLite 完整性检查（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="196"/>
        <source>The backup&apos;s row counts differ from its manifest (%1).</source>
        <translation>备份的行数与其清单文件不一致（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="202"/>
        <source>The backup could not be read to the end (%1).</source>
        <translation>无法将备份读取到结尾（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="208"/>
        <source>The backup could not be read back to the end (%1).</source>
        <translation>无法将备份完整回读到结尾（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="214"/>
        <source>This vault&apos;s activity log does not hold the backup&apos;s last entry: the vault was restored from an older backup since, or its file was replaced or cut.</source>
        <translation>本保险库的活动日志中没有该备份的最后一条记录：保险库此后曾从更旧的备份恢复，或其文件被替换或截断过。</translation>
    </message>
</context>
<context>
    <name>BackupHistory</name>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="32"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="33"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="34"/>
        <source>Restore drill</source>
        <translation>恢复演练</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="35"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="41"/>
        <source>Verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="42"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="43"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="75"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="76"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="77"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="78"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="79"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="80"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="81"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="101"/>
        <source>(scheduled)</source>
        <translation>（计划任务）</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="61"/>
        <source>Cancelling; removing the unfinished file…</source>
        <translation>正在取消，删除未完成的文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="69"/>
        <source>Writing the encrypted backup…</source>
        <translation>正在写入加密备份…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="70"/>
        <source>Reading it back and checking it…</source>
        <translation>正在读回并检查…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="71"/>
        <source>Decrypting and checking the backup…</source>
        <translation>正在解密并检查备份…</translation>
    </message>
</context>
<context>
    <name>BackupTasks</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="133"/>
        <source>Cancelled; nothing was left half-written and earlier backups are as they were.</source>
        <translation>已取消；没有留下写了一半的文件，之前的备份保持原样。</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="140"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="228"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="230"/>
        <source>USB / removable: %1</source>
        <translation>U 盘 / 可移动：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="253"/>
        <source>Choose a USB stick or a folder for the backup.</source>
        <translation>请选择用于备份的 U 盘或文件夹。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="255"/>
        <source>This folder is not there now (drive unplugged?).</source>
        <translation>现在找不到这个文件夹（驱动器已拔出？）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="259"/>
        <source>Free: %1 of %2</source>
        <translation>可用：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="276"/>
        <source>No SalonVault backups in this folder yet.</source>
        <translation>此文件夹中还没有 SalonVault 备份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backups_page.py" line="280"/>
        <source>%n backup(s) in this folder, the oldest from %1.</source>
        <translation>
            <numerusform>此文件夹中有 %n 个备份，最早的来自 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="302"/>
        <source>Back up into this folder</source>
        <translation>备份到此文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="309"/>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="310"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>SalonVault 备份 (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="335"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="337"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="348"/>
        <location filename="../../../ui/pages/backups_page.py" line="350"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="349"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="351"/>
        <source>Check and restore</source>
        <translation>校验与恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="352"/>
        <source>Verify a backup…</source>
        <translation>校验备份…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="353"/>
        <source>Restore drill…</source>
        <translation>恢复演练…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="354"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="355"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="356"/>
        <source>Newest backups kept in each folder:</source>
        <translation>每个文件夹中保留的最新备份数：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="360"/>
        <source>Also kept: the newest backup of each of the last 7 days, 4 weeks and 12 months that have one, so backups in a row never push out the older ones.</source>
        <translation>另外保留：最近 7 天、4 周和 12 个月中每个有备份的时段的最新备份，因此连续备份不会挤掉较旧的备份。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="364"/>
        <source>Remind when the last backup is older than (days):</source>
        <translation>最近备份超过多少天时提醒：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="365"/>
        <source>Offer a backup when SalonVault closes</source>
        <translation>关闭 SalonVault 时提示备份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="366"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="367"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>BowlEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="112"/>
        <source>Add shade</source>
        <translation>添加色号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="115"/>
        <source>6% / 20 vol</source>
        <translation>6% / 20 vol</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="118"/>
        <source>1:1.5</source>
        <translation>1:1.5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="122"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="124"/>
        <source>Remove bowl</source>
        <translation>移除调色碗</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="176"/>
        <source>Bowl for</source>
        <translation>调色碗用于</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="177"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="178"/>
        <source>Shades and grams</source>
        <translation>色号和克数</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="179"/>
        <source>Developer</source>
        <translation>双氧奶</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="180"/>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="181"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="185"/>
        <source>grams</source>
        <translation>克</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="186"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="187"/>
        <source>Choose a zone or type your own name for this bowl.</source>
        <translation>选择一个区域，或为此调色碗输入自定义名称。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="188"/>
        <source>Developer strength</source>
        <translation>双氧奶浓度</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="189"/>
        <source>Developer grams</source>
        <translation>双氧奶克数</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="190"/>
        <source>Mixing ratio</source>
        <translation>调配比例</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="191"/>
        <source>Processing time in minutes</source>
        <translation>停留时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="195"/>
        <source>Bowl %1</source>
        <translation>调色碗 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="204"/>
        <source>Shade %1</source>
        <translation>色号 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="205"/>
        <source>Grams of shade %1</source>
        <translation>色号 %1 的克数</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="206"/>
        <source>Remove shade %1</source>
        <translation>移除色号 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="207"/>
        <source>Remove this shade</source>
        <translation>移除此色号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="334"/>
        <source>%1 (from the ratio)</source>
        <translation>%1（按比例计算）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="343"/>
        <source>Shade %1: write the shade before its grams.</source>
        <translation>色号 %1：请先填写色号，再填写克数。</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <location filename="../../../ui/briefing_page.py" line="175"/>
        <location filename="../../../ui/briefing_page.py" line="191"/>
        <source>Staff privacy briefing</source>
        <translation>员工隐私须知</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="178"/>
        <source>Before your first work in SalonVault, read how we keep clients&apos; data safe and confirm it.</source>
        <translation>首次在 SalonVault 中工作之前，请阅读我们如何保护客户信息的安全，并确认已阅读。</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="182"/>
        <source>The briefing has changed since you last confirmed it: read it and confirm again.</source>
        <translation>自您上次确认以来，须知内容已更改：请阅读并再次确认。</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="185"/>
        <source>It is a year since you last confirmed the briefing: read it again and confirm.</source>
        <translation>距您上次确认须知已满一年：请重新阅读并确认。</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="189"/>
        <source>Read &amp;in:</source>
        <translation>阅读语言(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="190"/>
        <source>Language of the briefing</source>
        <translation>须知的语言</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="193"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="194"/>
        <source>I have &amp;read and understood it</source>
        <translation>我已阅读并理解(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="195"/>
        <source>&amp;Not now (sign out)</source>
        <translation>暂不（退出登录）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="197"/>
        <source>You can work in SalonVault only after confirming the briefing.</source>
        <translation>确认须知后才能在 SalonVault 中工作。</translation>
    </message>
</context>
<context>
    <name>BriefingTables</name>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="32"/>
        <source>Up to date</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="34"/>
        <source>Not confirmed yet: asked at the next sign-in</source>
        <translation>尚未确认：下次登录时要求确认</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="37"/>
        <source>New version: asked at the next sign-in</source>
        <translation>有新版本：下次登录时要求确认</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="40"/>
        <source>A year has passed: asked at the next sign-in</source>
        <translation>已满一年：下次登录时要求确认</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="71"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="72"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="73"/>
        <source>Version confirmed</source>
        <translation>已确认版本</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="74"/>
        <source>Confirmed on</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="75"/>
        <source>Read in</source>
        <translation>阅读语言</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="76"/>
        <source>Briefing</source>
        <translation>须知</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="98"/>
        <source>Account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="127"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="128"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="129"/>
        <source>Attended</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="145"/>
        <source>staff %1</source>
        <translation>员工 %1</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="130"/>
        <source>Tick at least one kind of business to go on.</source>
        <translation>请至少勾选一种业务类型才能继续。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="134"/>
        <source>With no service ticked, no treatment can be recorded until the owner adds one on the Services page.</source>
        <translation>如未勾选任何服务项目，在店主于“服务项目”页面添加之前，无法记录任何到店服务。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="140"/>
        <source>You can rename, add or switch off services later on the Services page.</source>
        <translation>以后可以在“服务项目”页面重命名、添加或停用服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="152"/>
        <source>What the salon does</source>
        <translation>沙龙的业务</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="154"/>
        <source>This decides the services to start with; a mixed salon ticks several.</source>
        <translation>这决定初始的服务项目；综合性沙龙可勾选多项。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="156"/>
        <source>Kind of business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="161"/>
        <source>Services to start with. Untick what you do not offer (Space ticks or unticks the highlighted one); to change a name, press Enter or double-click it:</source>
        <translation>初始服务项目。取消勾选您不提供的项目（按空格键勾选或取消勾选高亮的项目）；要修改名称，请按回车或双击该名称：</translation>
    </message>
</context>
<context>
    <name>CameraImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="54"/>
        <source>Choose the camera folder</source>
        <translation>选择相机文件夹</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="77"/>
        <source>Import from camera folder</source>
        <translation>从相机文件夹导入</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="81"/>
        <source>Change folder…</source>
        <translation>更换文件夹…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="90"/>
        <source>Photos in the camera folder</source>
        <translation>相机文件夹中的照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="91"/>
        <source>No photos in this folder.</source>
        <translation>此文件夹中没有照片。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="92"/>
        <source>Delete the original files after import</source>
        <translation>导入后删除原始文件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="96"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="121"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
</context>
<context>
    <name>CardPhotoBox</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="64"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="67"/>
        <source>Add photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="70"/>
        <source>Remove from card</source>
        <translation>从档案中移除</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="108"/>
        <source>A photo on the card needs the client&apos;s photo consent (record it on the Photos tab).</source>
        <translation>档案照片需要客户的照片同意（请在“照片”标签页中记录）。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="118"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="127"/>
        <source>The client&apos;s photo</source>
        <translation>客户照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="157"/>
        <source>Choose a photo for the card</source>
        <translation>选择档案照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="158"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="19"/>
        <source>The duration is from 1 to %1 minutes.</source>
        <translation>时长为 1 到 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="24"/>
        <source>The price is out of range.</source>
        <translation>价格超出范围。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="27"/>
        <source>Two services have the same name.</source>
        <translation>有两个服务项目名称相同。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="31"/>
        <source>A salon has at most %1 services.</source>
        <translation>一家门店最多 %1 个服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="36"/>
        <source>There is no such service.</source>
        <translation>没有此服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="39"/>
        <source>A contraindication needs at least 3 letters: %1</source>
        <translation>禁忌至少需要 3 个字母：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="42"/>
        <source>A service has at most %1 contraindications.</source>
        <translation>一个服务项目最多有 %1 项禁忌。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="45"/>
        <source>Give every service exactly once to change the order.</source>
        <translation>要更改顺序，请将每个服务项目恰好列出一次。</translation>
    </message>
</context>
<context>
    <name>ChooseCardPhotoDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="193"/>
        <source>Photo on the card</source>
        <translation>档案照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="198"/>
        <source>The client&apos;s photos</source>
        <translation>客户的照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>Before</source>
        <translation>服务前</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>After</source>
        <translation>服务后</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="212"/>
        <source>The client has no photos yet: add one instead.</source>
        <translation>该客户还没有照片：请改为添加一张。</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="18"/>
        <source>restore needs --recovery-key FILE (the Recovery Kit&apos;s key file).</source>
        <translation>restore 需要 --recovery-key FILE（恢复套件中的密钥文件）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="22"/>
        <source>There is no service %1; `services list --all` shows them.</source>
        <translation>没有服务项目 %1；`services list --all` 可列出所有服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="27"/>
        <source>Send one JSON object with the client&apos;s fields.</source>
        <translation>请发送一个包含客户字段的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="30"/>
        <source>allergies must be a list of texts.</source>
        <translation>allergies 必须是文本列表。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="33"/>
        <source>phones must be a list of {&quot;label&quot;, &quot;number&quot;} objects.</source>
        <translation>phones 必须是由 {&quot;label&quot;, &quot;number&quot;} 对象组成的列表。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="37"/>
        <source>Standard input is not JSON (%1).</source>
        <translation>标准输入不是 JSON（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="42"/>
        <source>Standard input is not a client (nested too deeply).</source>
        <translation>标准输入不是客户数据（嵌套层级过深）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="45"/>
        <source>Each phone is {&quot;label&quot;: …, &quot;number&quot;: &quot;…&quot;}, both texts.</source>
        <translation>每个电话为 {&quot;label&quot;: …, &quot;number&quot;: &quot;…&quot;}，两者都必须是文本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="49"/>
        <source>A phone&apos;s label is one of %1.</source>
        <translation>电话的标签只能是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="54"/>
        <source>The marketing list is a CSV file; use --format csv.</source>
        <translation>营销名单是 CSV 文件；请使用 --format csv。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="58"/>
        <source>Could not read the mapping file %1: %2.</source>
        <translation>无法读取映射文件 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="64"/>
        <source>The mapping file is not UTF-8 text.</source>
        <translation>映射文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="68"/>
        <source>Standard input ended before the %1.</source>
        <translation>标准输入在读到 %1 之前就结束了。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="75"/>
        <source>There is no terminal to ask for the %1; send it on standard input with the matching --…-stdin option.</source>
        <translation>没有可用于输入 %1 的终端；请使用相应的 --…-stdin 选项，通过标准输入发送。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="83"/>
        <source>The two %1s differ; nothing was changed.</source>
        <translation>两次输入的 %1 不一致；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="90"/>
        <source>The recovery key was replaced, but it could not be saved (%1); print the new Recovery Kit now (Settings, Recovery Kit), before anything else.</source>
        <translation>恢复密钥已更换，但无法保存（%1）；请立即打印新的恢复套件（“设置”中的“恢复套件”），然后再做其他操作。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="98"/>
        <source>There is no terminal to type the client&apos;s name on; give it with --confirm NAME or on the line after the PIN with --pin-stdin.</source>
        <translation>没有可输入客户姓名的终端；请用 --confirm NAME 提供，或使用 --pin-stdin 在 PIN 之后的一行提供。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="103"/>
        <source>recover-owner needs --recovery-key FILE.</source>
        <translation>recover-owner 需要 --recovery-key FILE。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="107"/>
        <source>Unknown field(s): %1.</source>
        <translation>未知字段：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="113"/>
        <source>The field %1 must be text.</source>
        <translation>字段 %1 必须是文本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="118"/>
        <source>is_minor must be true or false.</source>
        <translation>is_minor 字段必须为 true 或 false。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="121"/>
        <source>Standard input is not a JSON health item.</source>
        <translation>标准输入不是 JSON 格式的健康记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="124"/>
        <source>Send one JSON object: {&quot;kind&quot;, &quot;text&quot;, &quot;severity&quot;}.</source>
        <translation>请发送一个 JSON 对象：{&quot;kind&quot;, &quot;text&quot;, &quot;severity&quot;}。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="128"/>
        <source>kind is one of %1.</source>
        <translation>kind 只能是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="134"/>
        <source>severity is one of %1.</source>
        <translation>severity 只能是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="139"/>
        <source>text is the item&apos;s description.</source>
        <translation>text 是该记录的描述。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="142"/>
        <source>The signature file is too large.</source>
        <translation>签名文件过大。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="145"/>
        <source>Standard input is not a record (nested too deeply).</source>
        <translation>标准输入不是记录（嵌套层级过深）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="148"/>
        <source>Send one JSON object with the record&apos;s values by field key.</source>
        <translation>请发送一个 JSON 对象，按字段键给出记录的各项值。</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="125"/>
        <source>Minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="128"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="153"/>
        <source>P&amp;rint card</source>
        <translation>打印档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="157"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="158"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="172"/>
        <source>The card was sent to the printer.</source>
        <translation>档案已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="180"/>
        <source>Save the card as PDF</source>
        <translation>将档案另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="181"/>
        <source>client-card-%1.pdf</source>
        <translation>client-card-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="189"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="204"/>
        <source>Merge with another client…</source>
        <translation>与其他客户合并…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="210"/>
        <source>Erase client…</source>
        <translation>删除客户…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="216"/>
        <source>Data report…</source>
        <translation>数据报告…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="233"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="240"/>
        <source>Forms</source>
        <translation>咨询表</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="242"/>
        <source>Treatments</source>
        <translation>到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="244"/>
        <source>Records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="248"/>
        <source>Patch tests</source>
        <translation>皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="250"/>
        <source>Consents</source>
        <translation>同意书</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="253"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="256"/>
        <source>Papers</source>
        <translation>纸质文件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="259"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="262"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="309"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation>尚未告知客户会记录其到店服务：请在服务前向客户出示告知文本。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="369"/>
        <source>Check before any treatment.</source>
        <translation>任何服务前请先核对。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="383"/>
        <source>Patch test: %1</source>
        <translation>皮肤测试：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="237"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="64"/>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="66"/>
        <source>Change details: %1</source>
        <translation>修改资料：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="143"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="144"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="137"/>
        <location filename="../../../ui/dialogs/client_dialog.py" line="145"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="146"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="147"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>出生日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="148"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="149"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="150"/>
        <source>Minor (under 18)</source>
        <translation>未成年（未满18岁）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="151"/>
        <source>Parent or guardian</source>
        <translation>父母或监护人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="152"/>
        <source>Hair preferences</source>
        <translation>头发偏好</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="153"/>
        <source>Skin preferences</source>
        <translation>皮肤偏好</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="154"/>
        <source>Lash preferences</source>
        <translation>睫毛偏好</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="155"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="156"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="175"/>
        <source>Name and how to reach them</source>
        <translation>姓名及联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="177"/>
        <source>Short words, separated by commas: balayage, regular</source>
        <translation>简短词语，用逗号分隔：挑染，老客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="260"/>
        <source>The new client you were typing was kept while the screen was locked.</source>
        <translation>锁屏时您正在填写的新客户信息已保留。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="261"/>
        <source>Your unsaved changes were kept while the screen was locked.</source>
        <translation>锁屏期间，您未保存的更改已保留。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="302"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="304"/>
        <source>A client with the same phone, or a very similar name and birth date, is already registered. Add this one anyway?</source>
        <translation>已有相同电话号码，或姓名非常相似且出生日期相同的客户。仍要添加吗？</translation>
    </message>
</context>
<context>
    <name>ClientFacts</name>
    <message>
        <location filename="../../../ui/client_facts.py" line="18"/>
        <source>No. %1</source>
        <translation>%1 号</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="27"/>
        <source>phone …%1</source>
        <translation>电话 …%1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="30"/>
        <source>born %1</source>
        <translation>生于 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="34"/>
        <source>last visit %1</source>
        <translation>最近到店 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="39"/>
        <source>no visit yet</source>
        <translation>尚未到店</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="47"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
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
        <translation>标签“%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="205"/>
        <source>service: %1</source>
        <translation>服务项目：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="207"/>
        <source>by %1</source>
        <translation>技师：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="210"/>
        <source>last visit on or after %1</source>
        <translation>最近到店不早于 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="213"/>
        <source>not seen since %1</source>
        <translation>自 %1 起未到店</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="215"/>
        <source>with health alerts</source>
        <translation>有健康警示</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="217"/>
        <source>not yet informed about visit records</source>
        <translation>尚未告知服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="219"/>
        <source>registered since %1</source>
        <translation>自 %1 起登记</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="224"/>
        <source>patch test runs out between %1 and %2</source>
        <translation>皮肤测试在 %1 至 %2 之间到期</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="275"/>
        <source>%1 (no longer offered)</source>
        <translation>%1（已不再提供）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="280"/>
        <source>Any service</source>
        <translation>任意服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="281"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="294"/>
        <source>&amp;Tag</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="295"/>
        <source>Ser&amp;vice</source>
        <translation>服务项目(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="296"/>
        <source>Tec&amp;hnician</source>
        <translation>技师(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="297"/>
        <source>any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="298"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="302"/>
        <source>Last visit on or after</source>
        <translation>最近到店不早于</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="299"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="303"/>
        <source>Not seen since</source>
        <translation>自此日期起未到店</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="300"/>
        <source>Has health alerts</source>
        <translation>有健康警示</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="301"/>
        <source>Not yet informed about visit records</source>
        <translation>尚未告知服务记录</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <location filename="../../../ui/models/client_table.py" line="178"/>
        <source>The client number: the same on the card, in the log and on forms</source>
        <translation>客户编号：在档案、日志和表格上都相同</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="218"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="219"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="220"/>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="221"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="222"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="223"/>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="232"/>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="239"/>
        <location filename="../../../ui/pages/clients_page.py" line="466"/>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="250"/>
        <source>Severe health alert</source>
        <translation>严重健康警示</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="252"/>
        <source>Health alert</source>
        <translation>健康警示</translation>
    </message>
</context>
<context>
    <name>ClientsErrors</name>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="18"/>
        <source>There is no such client (already erased?).</source>
        <translation>没有此客户（是否已被删除？）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="21"/>
        <source>Type the client&apos;s name exactly as shown to confirm the erasure.</source>
        <translation>请按显示内容准确输入客户姓名，以确认删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="25"/>
        <source>Enter the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="31"/>
        <source>The %1 has at most %2 characters.</source>
        <translation>%1最多 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="38"/>
        <source>The %1 contains characters that are not text.</source>
        <translation>%1包含非文本字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="45"/>
        <source>That phone number is not valid (numbers without a country code are read as %1; add +48, +84, +86 … for others).</source>
        <translation>该电话号码无效（不带国家代码的号码按 %1 的号码读取；其他国家的号码请加 +48、+84、+86 …）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="52"/>
        <source>That e-mail address does not look right.</source>
        <translation>该电子邮箱地址看起来不正确。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="55"/>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="58"/>
        <source>The birth date is before 1900.</source>
        <translation>出生日期早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="61"/>
        <source>Enter the parent or guardian of a minor (name and how to reach them).</source>
        <translation>请填写未成年人的父母或监护人（姓名及联系方式）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="64"/>
        <source>A guardian is kept only for a minor.</source>
        <translation>只有未成年人才记录监护人。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="68"/>
        <source>A client has at most %1 tags.</source>
        <translation>每位客户最多 %1 个标签。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="73"/>
        <source>The language is one of en, vi, pl, zh_CN (or empty).</source>
        <translation>语言只能是 en、vi、pl、zh_CN 之一（或留空）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="77"/>
        <source>The birth date shows %1 or older; correct it or untick &quot;minor&quot;.</source>
        <translation>按出生日期已满 %1 岁；请更正出生日期，或取消勾选“未成年”。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="83"/>
        <source>The birth date shows under %1; tick &quot;minor&quot; (and add the guardian).</source>
        <translation>按出生日期未满 %1 岁；请勾选“未成年”（并填写监护人）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="88"/>
        <source>Separate tags with commas; a tag has no comma.</source>
        <translation>标签之间请用逗号分隔；标签本身不能包含逗号。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="91"/>
        <source>A tag needs letters or digits.</source>
        <translation>标签需要包含字母或数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="94"/>
        <source>Write the birth date as YYYY-MM-DD (for example 1990-04-23).</source>
        <translation>出生日期请写成 YYYY-MM-DD（例如 1990-04-23）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="97"/>
        <source>This looks like a payment card number; card numbers are never stored.</source>
        <translation>这看起来像银行卡号；本程序从不保存卡号。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="100"/>
        <source>Choose two different clients to merge.</source>
        <translation>请选择两位不同的客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="104"/>
        <source>There is no client %1 (already merged or erased?).</source>
        <translation>没有客户 %1（是否已被合并或删除？）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="109"/>
        <source>Type the name of the client being merged away exactly as shown to confirm.</source>
        <translation>请按显示内容准确输入将被合并掉的客户姓名，以确认。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="113"/>
        <source>A client has at most %1 phone numbers.</source>
        <translation>每位客户最多 %1 个电话号码。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="118"/>
        <source>The phone is the first of the phone numbers; send one or make them agree.</source>
        <translation>phone 就是电话号码列表中的第一个；请只提供其中一项，或使两者一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="121"/>
        <source>This salon does not collect phones (see Settings).</source>
        <translation>本店不收集电话号码（见“设置”）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="124"/>
        <source>That note is not pinned on this client&apos;s card.</source>
        <translation>该备注没有置顶在此客户的档案上。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="127"/>
        <source>There is no such client.</source>
        <translation>没有此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="131"/>
        <source>A client has at most %1 pinned notes; unpin one first.</source>
        <translation>每位客户最多 %1 条置顶备注；请先取消置顶一条。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="136"/>
        <source>Allergies are changed as health items, not with the client&apos;s details.</source>
        <translation>过敏应作为健康记录修改，而不是在客户资料中修改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="140"/>
        <source>At most %1 clients at a time.</source>
        <translation>一次最多 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="145"/>
        <source>That health item is not on this client&apos;s record.</source>
        <translation>该健康记录不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="149"/>
        <source>This may be a client who is already registered (id %1); check before adding.</source>
        <translation>这可能是一位已登记的客户（编号 %1）；添加前请先核实。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="155"/>
        <source>A tag has at most %1 characters (&quot;%2…&quot;).</source>
        <translation>标签最多 %1 个字符（“%2…”）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="162"/>
        <source>Unknown fields: %1.</source>
        <translation>未知字段：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="169"/>
        <source>This salon does not collect %1; the owner can switch them on in Settings → Client details.</source>
        <translation>本店不收集%1；店主可在“设置 → 客户资料”中开启。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="177"/>
        <source>Lapsed after %1 to %2 months without a visit.</source>
        <translation>未到店 %1 到 %2 个月后视为流失。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="184"/>
        <source>At most %1 rows at a time.</source>
        <translation>每次最多 %1 行。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="189"/>
        <source>Choose a day after today to hide the line until.</source>
        <translation>请选择今天以后的日期，该行将隐藏到那一天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="192"/>
        <source>Only &apos;not now&apos; hides a line until a day.</source>
        <translation>只有“暂不”才能将一行隐藏到某一天。</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="244"/>
        <source>%n client(s) match the filters</source>
        <translation>
            <numerusform>%n 位客户符合筛选条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="246"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="249"/>
        <source>%n client(s) found among those the filters leave</source>
        <translation>
            <numerusform>在筛选结果中找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="252"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="328"/>
        <source>Filters on: %1</source>
        <translation>已启用筛选：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="333"/>
        <source>&amp;Filters (%n)</source>
        <translation>
            <numerusform>筛选(&amp;F)（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="335"/>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="435"/>
        <source>Find a client: name, phone, e-mail or tag</source>
        <translation>查找客户：姓名、电话、电子邮箱或标签</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="436"/>
        <source>Find a client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="437"/>
        <source>New client…</source>
        <translation>新客户…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="443"/>
        <source>Register a new client (%1)</source>
        <translation>登记新客户（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="447"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="448"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="449"/>
        <source>Narrow the list by tag, service, visits …</source>
        <translation>按标签、服务项目、到店情况等缩小列表…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="450"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="451"/>
        <source>Clients found</source>
        <translation>找到的客户</translation>
    </message>
</context>
<context>
    <name>CollectedFieldsBox</name>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="82"/>
        <source>Nothing to save: the salon collects these already.</source>
        <translation>无需保存：沙龙已在收集这些资料。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="92"/>
        <source>Saved. The client form, the import and the privacy notice follow from now on.</source>
        <translation>已保存。客户表格、导入和隐私声明将从现在起按此执行。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="108"/>
        <source>Client details the salon collects</source>
        <translation>沙龙收集的客户资料</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="111"/>
        <source>Collect only what the salon needs. A name, the language and treatment notes are always kept; tick the details below that you need, for the reason given.</source>
        <translation>只收集沙龙需要的资料。姓名、语言和服务备注始终保留；请勾选下方需要的资料，用途如说明所示。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="116"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="117"/>
        <source>E-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="118"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="119"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="120"/>
        <source>Parent or guardian of a minor</source>
        <translation>未成年人的父母或监护人</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="124"/>
        <source>To reach the client about appointments; offers only with their consent.</source>
        <translation>用于就预约事宜联系客户；仅在客户同意时发送优惠信息。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="127"/>
        <source>To send what the client asks for (a copy of their data); offers only with their consent.</source>
        <translation>用于发送客户要求的内容（其数据副本）；仅在客户同意时发送优惠信息。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="131"/>
        <source>To tell clients with the same name apart, and to check that a client is 18 or older where a treatment needs it.</source>
        <translation>用于区分同名客户，并在服务项目有要求时核实客户是否年满 18 岁。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="134"/>
        <source>For letters and invoices the client asks for.</source>
        <translation>用于客户要求的信件和发票。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="136"/>
        <source>For a client under 18: who gives consent for them and whom to call.</source>
        <translation>适用于未满 18 岁的客户：由谁代其表示同意，以及应联系谁。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="145"/>
        <source>Switching a detail off stops asking for it; what is already on a client&apos;s record stays until it is changed or the client is erased.</source>
        <translation>关闭某项资料后将不再询问；客户记录中已有的内容会保留，直到被修改或客户被删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="149"/>
        <source>Save what is collected</source>
        <translation>保存收集设置</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../../ui/consent_labels.py" line="12"/>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="13"/>
        <source>Health information</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="14"/>
        <source>Before/after photos</source>
        <translation>服务前后照片</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="15"/>
        <source>Photos in marketing</source>
        <translation>宣传用照片</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="16"/>
        <source>Marketing by SMS</source>
        <translation>短信营销</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="17"/>
        <source>Marketing by e-mail</source>
        <translation>电子邮件营销</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="18"/>
        <source>Marketing by phone</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="19"/>
        <source>Marketing by messaging apps</source>
        <translation>即时通讯营销</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="22"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="29"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="30"/>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="31"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="32"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="41"/>
        <source>Acknowledged</source>
        <translation>已知悉</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="47"/>
        <source>Signed on screen</source>
        <translation>屏幕签名</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="48"/>
        <source>Signed on paper</source>
        <translation>纸质签名</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="94"/>
        <source>Record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="129"/>
        <source>The client signs on screen</source>
        <translation>客户在屏幕上签名</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="130"/>
        <source>The client signed a paper form</source>
        <translation>客户已签署纸质表格</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="135"/>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="136"/>
        <source>Paper form&apos;s reference</source>
        <translation>纸质表格编号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="153"/>
        <source>The client is under %1: a parent or guardian decides and signs.</source>
        <translation>客户未满 %1 岁：由父母或监护人决定并签名。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="163"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="171"/>
        <source>Language of the text</source>
        <translation>文本语言</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="215"/>
        <source>The salon asks for no consent purpose (Consents page, Texts tab).</source>
        <translation>沙龙未征求任何用途的同意（“同意书”页面，“文本”标签页）。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="224"/>
        <source>Still to answer, Agree or Refuse: %1</source>
        <translation>仍需回答“同意”或“拒绝”：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="228"/>
        <source>Still to confirm the client has read: %1</source>
        <translation>仍需确认客户已阅读：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="230"/>
        <source>Waiting for the client&apos;s signature on the pad.</source>
        <translation>正在等待客户在签名板上签名。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="232"/>
        <source>Type the paper form&apos;s reference.</source>
        <translation>请输入纸质表格的编号。</translation>
    </message>
</context>
<context>
    <name>ConsentErrors</name>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="18"/>
        <source>Choose marketing channels only.</source>
        <translation>请只选择营销渠道。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="21"/>
        <source>A form is opened to print or to save.</source>
        <translation>同意书只能打开用于打印或保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="24"/>
        <source>There is no such consent record.</source>
        <translation>没有此同意记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="27"/>
        <source>The client&apos;s signature is missing.</source>
        <translation>缺少客户签名。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="30"/>
        <source>A decision is &apos;granted&apos; or &apos;refused&apos;.</source>
        <translation>决定只能是 &apos;granted&apos;（同意）或 &apos;refused&apos;（拒绝）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="33"/>
        <source>Signed &apos;on_screen&apos; or on &apos;paper&apos;.</source>
        <translation>签署方式只能是 &apos;on_screen&apos;（屏幕签名）或 &apos;paper&apos;（纸质签名）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="36"/>
        <source>The text is unchanged; no new version was made.</source>
        <translation>文本未更改；未生成新版本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="40"/>
        <source>The salon has switched off consent for %1.</source>
        <translation>本店已关闭“%1”的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="46"/>
        <source>This client has no active consent for %1 to withdraw.</source>
        <translation>此客户没有可撤回的“%1”有效同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="53"/>
        <source>%1 is information the client acknowledges, not a consent to refuse: the salon needs these records to provide its services.</source>
        <translation>“%1”是由客户确认已知悉的告知事项，而不是可以拒绝的同意：本店需要这些记录才能提供服务。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="62"/>
        <source>%1 is information, not a consent, so there is nothing to withdraw: the client may object or ask for the record to be erased.</source>
        <translation>“%1”是告知事项，而不是同意，因此没有可撤回的内容：客户可以提出反对，或要求删除该记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="70"/>
        <source>The consent text changed while the form was open; nothing was recorded. Show the client the new text.</source>
        <translation>表单打开期间同意书文本已更改；未记录任何内容。请向客户出示新的文本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="75"/>
        <source>The consent text changed meanwhile; try again.</source>
        <translation>同意书文本在此期间已更改；请重试。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="78"/>
        <source>The consent text is empty.</source>
        <translation>同意书文本为空。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="82"/>
        <source>The consent text has at most %1 characters.</source>
        <translation>同意书文本最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="87"/>
        <source>The signature image is too large.</source>
        <translation>签名图片过大。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="90"/>
        <source>The signature is not a PNG image.</source>
        <translation>签名不是 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="93"/>
        <source>A form signed on paper has no on-screen signature.</source>
        <translation>纸质签署的同意书没有屏幕签名。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="96"/>
        <source>Choose agree or refuse for at least one purpose.</source>
        <translation>请至少为一项用途选择“同意”或“拒绝”。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="99"/>
        <source>A form signed on screen has no paper reference.</source>
        <translation>屏幕签署的同意书没有纸质文件编号。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="103"/>
        <source>Unknown consent purpose; use one of: %1.</source>
        <translation>未知的同意用途；请使用以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="108"/>
        <source>The consent text contains characters that are not text.</source>
        <translation>同意书文本包含非文本字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="111"/>
        <source>The signature is empty; ask the client to sign.</source>
        <translation>签名为空；请让客户签名。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="114"/>
        <source>The signature image cannot be read.</source>
        <translation>无法读取签名图片。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="118"/>
        <source>This client has no active photo consent (never given, or withdrawn); record the client&apos;s consent before taking, adding or viewing photos.</source>
        <translation>此客户没有有效的拍照同意（从未同意或已撤回）；拍摄、添加或查看照片之前，请先记录客户的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="124"/>
        <source>This client has no active consent for %1; record it first.</source>
        <translation>此客户没有“%1”的有效同意；请先记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="130"/>
        <source>The consent language is one of %1.</source>
        <translation>同意书语言只能是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="136"/>
        <source>The signature image is %1x%2 pixels; it must be from %3x%4 to %5x%6.</source>
        <translation>签名图片为 %1x%2 像素；必须在 %3x%4 到 %5x%6 之间。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="147"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet; record the client&apos;s health-data consent first.</source>
        <translation>健康信息只在客户同意后才保存，而此客户尚未被征询；请先记录客户的健康信息同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="153"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it; nothing was stored.</source>
        <translation>健康信息只在客户同意后才保存，而此客户已拒绝；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="159"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it; record a new consent first if the client agrees again.</source>
        <translation>健康信息只在客户同意后才保存，而此客户已撤回同意；如客户再次同意，请先记录新的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="165"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for health-data consent; the owner can switch it on in Consents.</source>
        <translation>健康信息只在客户同意后才保存，而本店未征求健康信息同意；店主可在“同意书”中开启。</translation>
    </message>
</context>
<context>
    <name>ConsentTemplatesPanel</name>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="153"/>
        <source>Current text: version %1, saved %2</source>
        <translation>当前文本：第 %1 版，保存于 %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="162"/>
        <source>Version %1 · %2</source>
        <translation>第 %1 版 · %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="188"/>
        <source>The salon now asks for “%1”.</source>
        <translation>本店现在征求“%1”的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="191"/>
        <source>The salon no longer asks for “%1”.</source>
        <translation>本店不再征求“%1”的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="201"/>
        <source>Save this text as a new version? Clients who agreed to the old text will be asked again. The old version stays in the history.</source>
        <translation>将此文本保存为新版本？已同意旧文本的客户将被再次询问。旧版本保留在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="205"/>
        <source>Save as new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="215"/>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="239"/>
        <source>Ticked: the salon asks clients for this.</source>
        <translation>已勾选：本店向客户征求此项同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="240"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="243"/>
        <source>{salon_name} and {salon_address} are filled in with the salon&apos;s details when the text is shown.</source>
        <translation>显示文本时，{salon_name} 和 {salon_address} 会替换为本店的信息。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="247"/>
        <source>Save as new version…</source>
        <translation>保存为新版本…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="248"/>
        <source>Earlier versions (read-only)</source>
        <translation>早期版本（只读）</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="137"/>
        <source>version %1 → %2</source>
        <translation>版本 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/consents_page.py" line="144"/>
        <source>%n consent(s) to ask again</source>
        <translation>
            <numerusform>%n 项同意需重新征求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="183"/>
        <source>The privacy notice was sent to the printer.</source>
        <translation>隐私告知已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="188"/>
        <source>The saved file is not encrypted: it leaves the vault. The notice holds no client&apos;s details, only the salon&apos;s name, address and rules.</source>
        <translation>保存的文件未加密，将离开保险库。该告知不含任何客户的信息，只有本店的名称、地址和规则。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="192"/>
        <location filename="../../../ui/pages/consents_page.py" line="198"/>
        <source>Save privacy notice</source>
        <translation>保存隐私告知</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="207"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="219"/>
        <source>Consents given under an earlier version of the text. Ask these clients again when they next come in; until then their earlier answer stands.</source>
        <translation>以下同意是按旧版文本给出的。请在这些客户下次到店时重新征求；在此之前，他们先前的答复仍然有效。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="226"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="227"/>
        <source>To ask again</source>
        <translation>需再次询问</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="229"/>
        <source>Texts</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="230"/>
        <source>Privacy notice…</source>
        <translation>隐私告知…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="231"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="232"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="67"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation>尚未告知客户会记录其到店服务：请在服务前向客户出示告知文本。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Text version</source>
        <translation>文本版本</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="74"/>
        <source>Consent per purpose</source>
        <translation>各用途的同意</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="78"/>
        <source>Consent history</source>
        <translation>同意历史</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="79"/>
        <source>Record consent…</source>
        <translation>记录同意…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="81"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="84"/>
        <source>Print form…</source>
        <translation>打印表格…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="86"/>
        <source>Save form as…</source>
        <translation>表格另存为…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="107"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="147"/>
        <source>%1 (needs re-consent: the text changed)</source>
        <translation>%1（需要重新同意：文本已更改）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="162"/>
        <source>%1, withdrawn %2</source>
        <translation>%1，已于 %2 撤回</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="199"/>
        <source>Choose a purpose in the table to print or save its form.</source>
        <translation>请在表格中选择一个用途，以打印或保存其同意书。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="202"/>
        <source>No answer on record for this purpose: the form prints blank, for the client to sign on paper.</source>
        <translation>此用途尚无答复记录：将打印空白表格，供客户在纸上签名。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="207"/>
        <source>Visit records are information, not a consent: there is nothing to withdraw. The client may object or ask for the record to be erased.</source>
        <translation>服务记录是告知事项，而不是同意：没有可撤回的内容。客户可以提出反对，或要求删除该记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="211"/>
        <source>This consent is not in force, so there is nothing to withdraw.</source>
        <translation>此同意未生效，因此没有可撤回的内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="224"/>
        <source>Consent recorded.</source>
        <translation>同意已记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="231"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now.</source>
        <translation>撤回客户对“%1”的同意？立即生效。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="234"/>
        <source>Withdraw the client&apos;s photo consent? Every photo of this client is deleted from the vault now. This cannot be undone.</source>
        <translation>撤回客户的照片同意？该客户的所有照片将立即从保险库中删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="239"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. The text the client signed promises that their photos are removed from the salon&apos;s website and social media pages within 15 days: the program does not publish them, so someone must remove them there.</source>
        <translation>撤回客户对“%1”的同意？立即生效。客户签署的文本承诺在 15 天内从本店网站和社交媒体页面上删除其照片：本程序不会发布照片，因此须有人到这些页面上手动删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="251"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="252"/>
        <source>Reason (optional):</source>
        <translation>原因（可选）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="264"/>
        <source>Consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>同意已撤回；已删除 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="268"/>
        <source>Consent withdrawn. Remove the client&apos;s photos from the salon&apos;s website and social media pages within 15 days.</source>
        <translation>同意已撤回。请在 15 天内从本店网站和社交媒体页面上删除该客户的照片。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="274"/>
        <source>Consent withdrawn; %n health record(s) deleted.</source>
        <translation>
            <numerusform>同意已撤回；已删除 %n 条健康记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="277"/>
        <source>Consent withdrawn.</source>
        <translation>同意已撤回。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="287"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. No health details are held, so nothing is deleted.</source>
        <translation>撤回客户对“%1”的同意？立即生效。目前没有保存任何健康信息，因此不会删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="291"/>
        <source>%n allergy(ies)</source>
        <translation>
            <numerusform>%n 项过敏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="292"/>
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n 项疾病状况</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="293"/>
        <source>%n medication(s)</source>
        <translation>
            <numerusform>%n 项用药</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="294"/>
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n 项禁忌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="298"/>
        <source>%n removed item(s) kept as history</source>
        <translation>
            <numerusform>%n 项已移除、作为历史保留的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="301"/>
        <source>%n health paper(s): letters, outside prescriptions</source>
        <translation>
            <numerusform>%n 份健康类文件：信函、外部处方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="304"/>
        <source>%n service record(s) holding health details</source>
        <translation>
            <numerusform>%n 条含健康信息的服务记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="307"/>
        <source>%n earlier version(s) of changed items</source>
        <translation>
            <numerusform>%n 个已修改记录的早前版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="312"/>
        <source>Withdraw the client&apos;s health-data consent? These are deleted from the vault now, and cannot be brought back:
%1
The record of the consent and its withdrawal stays; patch tests and visits stay.</source>
        <translation>撤回客户的健康信息同意？以下内容将立即从保险库中删除，且无法恢复：
%1
同意及其撤回的记录会保留；皮肤测试和到店记录也会保留。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="348"/>
        <source>The form was sent to the printer.</source>
        <translation>表格已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="353"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s name and signature. Save it only where the client&apos;s records may be kept, and delete it when it is no longer needed.</source>
        <translation>保存的文件未加密：它带着客户的姓名和签名离开保险库。请只保存在允许保存客户记录的地方，不再需要时删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="358"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="367"/>
        <source>Save form</source>
        <translation>保存表格</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="384"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ConsultationFormsBox</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="156"/>
        <source>Consultation forms</source>
        <translation>咨询表</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="166"/>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="167"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="170"/>
        <source>Asked before</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="217"/>
        <source>Ser&amp;vices…</source>
        <translation>服务项目(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="168"/>
        <source>Made by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="169"/>
        <source>Signed again</source>
        <translation>重新签署</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="189"/>
        <source>A form is asked before the services it guards. A built-in form changes only with the program: copy it to make the salon&apos;s own and edit its questions.</source>
        <translation>咨询表在其适用的服务项目之前填写。内置表格只随程序更新而改变：请将其复制为本店自己的表格，再编辑其中的问题。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="221"/>
        <source>Cop&amp;y…</source>
        <translation>复制(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="224"/>
        <source>&amp;Edit questions…</source>
        <translation>编辑问题(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="227"/>
        <source>Signed a&amp;gain…</source>
        <translation>重新签署(&amp;G)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/forms_owner_box.py" line="251"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>the salon</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="256"/>
        <source>%1 or when health details change</source>
        <translation>%1，或健康信息变更时</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="260"/>
        <source>no service yet</source>
        <translation>尚无服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="287"/>
        <source>A built-in form changes only with the program: copy it to edit it.</source>
        <translation>内置表格只随程序更新而改变：如需编辑，请先复制。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="293"/>
        <source>The salon has no services yet: add them under Services first.</source>
        <translation>本店还没有服务项目：请先在“服务项目”中添加。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="296"/>
        <source>Choose a form in the list first.</source>
        <translation>请先在列表中选择一份表格。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="306"/>
        <source>%1 (ours)</source>
        <translation>%1（本店）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="309"/>
        <source>Copy a form</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="310"/>
        <source>Name of the copy</source>
        <translation>副本名称</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="324"/>
        <source>Copied as %1: change its questions with Edit questions…</source>
        <translation>已复制为 %1：可通过“编辑问题…”修改其中的问题。</translation>
    </message>
</context>
<context>
    <name>ContraindicationBox</name>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="75"/>
        <source>I have &amp;checked this with the client: go ahead (this is recorded)</source>
        <translation>我已与客户核实：继续服务（此操作将被记录）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="96"/>
        <source>Contraindication for %1 on this client&apos;s record</source>
        <translation>该客户的记录中有 %1 的禁忌</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="316"/>
        <source>Last verified backup: none yet</source>
        <translation>最近一次已校验的备份：尚无</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="320"/>
        <source>Last verified backup: %1</source>
        <translation>最近一次已校验的备份：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="334"/>
        <source>New clients in the last 30 days</source>
        <translation>最近 30 天的新客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="335"/>
        <source>Clients not yet informed about visit records</source>
        <translation>尚未告知服务记录的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="336"/>
        <source>Clients to ask again (consent text changed)</source>
        <translation>需重新征求同意的客户（同意书已更改）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="337"/>
        <source>Patch tests running out within a week</source>
        <translation>一周内到期的皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="338"/>
        <source>Due for removal (see Privacy)</source>
        <translation>到期待删除（见“隐私”）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="339"/>
        <source>Failed sign-ins in the last 7 days</source>
        <translation>最近 7 天登录失败次数</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="340"/>
        <source>Clients to call: recalls due within 30 days or overdue</source>
        <translation>需致电的客户：30 天内到期或已逾期的回访</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="345"/>
        <source>Show the list</source>
        <translation>显示列表</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="346"/>
        <source>Show the list: %1</source>
        <translation>显示列表：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="347"/>
        <source>Visits per month</source>
        <translation>每月到店次数</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="348"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="349"/>
        <source>Open Backups</source>
        <translation>打开备份页面</translation>
    </message>
</context>
<context>
    <name>DataReportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="44"/>
        <source>Client data report</source>
        <translation>客户数据报告</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="51"/>
        <source>Everything held on %1: the record, health, visits, patch tests, photos, consents with their texts, and the log of who opened the record. For the client&apos;s request to see their data or to have a copy.</source>
        <translation>关于 %1 的全部数据：档案、健康、到店记录、皮肤测试、照片、同意书及其文本，以及谁打开过档案的日志。用于客户查阅或索取其数据副本的请求。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="63"/>
        <source>The saved files are not encrypted: they leave the vault. Save them only to hand to the client (a USB stick, or print the PDF), and delete your copy afterwards.</source>
        <translation>保存的文件未加密：它们将离开保险库。仅为交给客户而保存（U 盘或打印 PDF），之后请删除您的副本。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="82"/>
        <source>Language of the report:</source>
        <translation>报告语言：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="83"/>
        <source>Readable report (PDF)</source>
        <translation>可读报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="85"/>
        <source>Machine-readable copy (JSON, photos included)</source>
        <translation>机器可读副本（JSON，含照片）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="87"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="97"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="113"/>
        <source>Save the client data report</source>
        <translation>保存客户数据报告</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="140"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="50"/>
        <source>no. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="56"/>
        <source>born %1</source>
        <translation>出生于 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="61"/>
        <source>last visit %1</source>
        <translation>最近到店 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="75"/>
        <source>Today&apos;s clients, %1</source>
        <translation>今日客户，%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="78"/>
        <source>For the technicians: each client with their alerts, pinned notes, patch test and today&apos;s services. Clients with a treatment recorded for today are on the list; add the ones expected later. The list is not kept: print or save it now.</source>
        <translation>供技师使用：列出每位客户的警示、置顶备注、皮肤测试和今日服务项目。今天已有到店记录的客户已在列表中；请添加稍后预计到店的客户。此列表不会保存：请立即打印或保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="87"/>
        <source>Find a client to add: name or phone</source>
        <translation>查找要添加的客户：姓名或电话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="88"/>
        <source>Find a client to add</source>
        <translation>查找要添加的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="93"/>
        <source>Clients found: Enter adds the highlighted one</source>
        <translation>找到的客户：按回车添加选中的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="95"/>
        <source>&amp;Add to the list</source>
        <translation>添加到列表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="99"/>
        <source>Today&apos;s list: Delete removes the highlighted one</source>
        <translation>今日列表：按 Delete 键移除选中的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="100"/>
        <source>&amp;Today&apos;s list</source>
        <translation>今日列表(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="102"/>
        <source>&amp;Remove from the list</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="105"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="107"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="193"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation>当日客户单最多列出 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="223"/>
        <source>Add at least one client first.</source>
        <translation>请先至少添加一位客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="243"/>
        <source>The day sheet was sent to the printer.</source>
        <translation>当日客户单已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="252"/>
        <source>Save the day sheet as PDF</source>
        <translation>将当日客户单另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="253"/>
        <source>clients-%1.pdf</source>
        <translation>clients-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="261"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="18"/>
        <source>That PDF is far larger than a Recovery Kit.</source>
        <translation>该 PDF 远大于恢复套件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="21"/>
        <source>That PDF cannot be read; open the Recovery Kit PDF or the key file.</source>
        <translation>无法读取该 PDF；请打开恢复套件 PDF 或密钥文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="24"/>
        <source>That PDF is not a Recovery Kit.</source>
        <translation>该 PDF 不是恢复套件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="28"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation>当日客户单最多列出 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="33"/>
        <source>A paper is printed or saved.</source>
        <translation>文件只能打印或保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="37"/>
        <source>The paper&apos;s language is one of %1.</source>
        <translation>文件语言只能是以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="36"/>
        <source>Erase this client</source>
        <translation>删除此客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="44"/>
        <source>This removes %1 for good: contact details, health items, patch tests, treatments, photos, and consents with their signatures. The activity log keeps only a note that an erasure happened, with no name in it. It cannot be undone.</source>
        <translation>这将永久删除 %1：联系方式、健康信息、皮肤测试、服务记录、照片，以及同意记录及其签名。活动日志只保留一条发生过删除的记录，不含姓名。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="57"/>
        <source>Backups made before now still hold this client until they rotate out (the newest %1 backups are kept on each drive). If you ever restore one of them, erase the client again.</source>
        <translation>在此之前的备份仍含有此客户，直到它们被轮换删除（每个驱动器保留最新的 %1 份备份）。如果您从这样的备份恢复，请再次删除此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="68"/>
        <source>Keep the visits as anonymous counts (month and service only)</source>
        <translation>将到店记录保留为匿名计数（仅月份和服务项目）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="71"/>
        <source>To confirm, type the client&apos;s name: %1</source>
        <translation>请输入客户姓名以确认：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="82"/>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="111"/>
        <source>Client erased</source>
        <translation>客户已删除</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="114"/>
        <source>The client is erased: %1 treatments, %2 photos, %3 consents and %4 health items removed.</source>
        <translation>客户已删除：移除 %1 条服务记录、%2 张照片、%3 项同意和 %4 条健康信息。</translation>
    </message>
</context>
<context>
    <name>ExportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="19"/>
        <source>Use a passphrase of at least %1 characters for the export.</source>
        <translation>导出请使用至少 %1 个字符的密码短语。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="24"/>
        <source>The export could not be encrypted; nothing was written.</source>
        <translation>无法加密导出文件；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="28"/>
        <source>The marketing channel is one of: %1.</source>
        <translation>营销渠道只能是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="34"/>
        <source>An unencrypted export needs the owner&apos;s confirmation that the file leaves the vault; nothing was exported.</source>
        <translation>未加密的导出需要店主确认文件将离开保险库；未导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="39"/>
        <source>Separate CSV columns with a comma or a semicolon.</source>
        <translation>CSV 列请用逗号或分号分隔。</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="117"/>
        <source>The file leaves the vault unencrypted: whoever gets it can read the client records in it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>文件以未加密形式离开保险库：任何得到它的人都能读取其中的客户记录。请妥善保管，不再需要时删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="125"/>
        <source>The file leaves the vault encrypted with age: it opens only with the passphrase or the recovery key chosen here (for example `age -d`).</source>
        <translation>文件以 age 加密形式离开保险库：只能用此处选择的密码短语或恢复密钥打开（例如 `age -d`）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="138"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>密码短语至少需要 12 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="140"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="143"/>
        <source>Tick the box to confirm an unencrypted file.</source>
        <translation>请勾选此框以确认导出未加密文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="157"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="183"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="184"/>
        <source>Exported %1 clients to:
%2</source>
        <translation>已导出 %1 位客户到：
%2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="196"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="198"/>
        <source>All clients and visits, for a spreadsheet (two CSV files)</source>
        <translation>所有客户和到店记录，用于电子表格（两个 CSV 文件）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="201"/>
        <source>Everything, machine-readable (JSON: health, visits, consents)</source>
        <translation>全部数据，机器可读（JSON：健康、到店、同意）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="204"/>
        <source>Marketing list: clients who agreed to this channel, with that contact only</source>
        <translation>营销名单：同意此渠道的客户，仅含该渠道的联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="208"/>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="210"/>
        <source>Encrypted to the salon&apos;s recovery key (opens with the Recovery Kit)</source>
        <translation>用沙龙的恢复密钥加密（用恢复套件打开）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="212"/>
        <source>Encrypted with a passphrase</source>
        <translation>用密码短语加密</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="213"/>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="214"/>
        <source>Passphrase (12+ characters)</source>
        <translation>密码短语（12 个字符以上）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="215"/>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="217"/>
        <source>I understand that this file is readable by anyone who gets it</source>
        <translation>我明白任何得到此文件的人都能读取它</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="219"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../../ui/error_text/files.py" line="20"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation>请选择保险库文件夹以外的位置：%1 位于该文件夹内，而此文件将离开保险库</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="28"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation>%1 与保险库自身的某个文件同名；请另选名称</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="34"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 是文件夹；请输入文件名</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="40"/>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 已存在；请选择新文件</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="46"/>
        <source>The folder %1 is not there (is the drive plugged in?)</source>
        <translation>文件夹 %1 不存在（驱动器是否已插入？）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="52"/>
        <source>The drive of %1 is full (free some space or use another drive)</source>
        <translation>%1 所在的驱动器已满（请释放空间或使用其他驱动器）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="58"/>
        <source>SalonVault may not write to %1: the drive is read-only</source>
        <translation>SalonVault 无法写入 %1：驱动器为只读</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="64"/>
        <source>SalonVault may not write to %1: this user has no permission there</source>
        <translation>SalonVault 无法写入 %1：此用户在该位置没有权限</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="70"/>
        <source>The folder %1 stopped answering or was removed (was the drive unplugged?)</source>
        <translation>文件夹 %1 已无响应或已被移除（驱动器是否已拔出？）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="76"/>
        <source>The file could not be written to %1 (%2)</source>
        <translation>无法将文件写入 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="83"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="89"/>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="95"/>
        <source>nothing was written</source>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="98"/>
        <source>nothing was exported</source>
        <translation>未导出任何内容</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="101"/>
        <source>earlier backups were not touched</source>
        <translation>之前的备份未受影响</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../../../ui/file_messages.py" line="24"/>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="30"/>
        <source>nothing was exported</source>
        <translation>未导出任何内容</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="32"/>
        <source>earlier backups were not touched</source>
        <translation>之前的备份未受影响</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="33"/>
        <source>nothing was written</source>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="40"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation>请选择保险库文件夹以外的位置：%1 位于该文件夹内，而此文件将离开保险库</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="46"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation>%1 与保险库自身的某个文件同名；请另选名称</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="50"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 是文件夹；请输入文件名</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="52"/>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 已存在；请选择新文件</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="54"/>
        <source>The folder %2 is not there (is the drive plugged in?)</source>
        <translation>文件夹 %2 不存在（驱动器是否已插入？）</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="58"/>
        <source>The drive of %2 is full (free some space or use another drive)</source>
        <translation>%2 所在的驱动器已满（请释放空间或使用其他驱动器）</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="62"/>
        <source>SalonVault may not write to %2: the drive is read-only</source>
        <translation>SalonVault 无法写入 %2：驱动器为只读</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="66"/>
        <source>SalonVault may not write to %2: this user has no permission there</source>
        <translation>SalonVault 无法写入 %2：此用户在该位置没有权限</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="70"/>
        <source>The folder %2 stopped answering or was removed (was the drive unplugged?)</source>
        <translation>文件夹 %2 已无响应或已被移除（驱动器是否已拔出？）</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="74"/>
        <source>The file could not be written to %2 (%3)</source>
        <translation>无法将文件写入 %2（%3）</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="120"/>
        <source>Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx). The file is read into memory only; nothing is written until you confirm the preview.</source>
        <translation>选择客户名单：CSV 文件（任意分隔符；UTF-8、UTF-16，或越南语、波兰语、中文的 Windows 编码）或 Excel 工作簿（.xlsx）。文件只读入内存；在您确认预览之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="126"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../../ui/widgets/form_dialog.py" line="75"/>
        <location filename="../../../ui/widgets/form_dialog.py" line="246"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>FormEditorDialog</name>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="89"/>
        <source>Questions of %1</source>
        <translation>%1 的问题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="110"/>
        <source>&amp;Words in</source>
        <translation>文字语言(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="114"/>
        <source>Write the form in each language your clients read; a language left empty shows the English words, else the words you wrote.</source>
        <translation>请用客户阅读的每种语言填写表格；某种语言留空时显示英文文字，否则显示您填写的文字。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="130"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="132"/>
        <source>&amp;Introduction</source>
        <translation>引言(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="141"/>
        <source>Sections and questions</source>
        <translation>板块和问题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="143"/>
        <source>Add &amp;section</source>
        <translation>添加板块(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="145"/>
        <source>Add &amp;question</source>
        <translation>添加问题(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="147"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="149"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="151"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="177"/>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="183"/>
        <source>Section &amp;heading</source>
        <translation>板块标题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="199"/>
        <source>(no words yet)</source>
        <translation>（尚无文字）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="200"/>
        <source>%1 (not written in this language)</source>
        <translation>%1（未用此语言填写）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="309"/>
        <source>Add a section, then its questions.</source>
        <translation>请先添加板块，再添加其中的问题。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="311"/>
        <source>It is alone in its list: nothing to move it past.</source>
        <translation>它是列表中唯一的一项：无法移动。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="313"/>
        <source>It is first in its list: it moves only down.</source>
        <translation>它是列表中的第一项：只能下移。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="315"/>
        <source>It is last in its list: it moves only up.</source>
        <translation>它是列表中的最后一项：只能上移。</translation>
    </message>
</context>
<context>
    <name>FormServicesDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="117"/>
        <source>Services guarded by %1</source>
        <translation>%1 适用的服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="131"/>
        <source>Space ticks a service. Before a ticked service the client signs this form, and its red flags stop the service until they are reviewed.</source>
        <translation>按空格键勾选服务项目。做已勾选的服务项目前，客户须签署此表格；表格中的风险项在审核前会暂停该服务。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="139"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
</context>
<context>
    <name>FormsErrors</name>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="17"/>
        <source>The form has no question %1.</source>
        <translation>该表格没有问题 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="20"/>
        <source>Answer this question.</source>
        <translation>请回答此问题。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="23"/>
        <source>Answer yes or no.</source>
        <translation>请回答“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="26"/>
        <source>Choose one of the answers offered.</source>
        <translation>请从给出的答案中选择一个。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="29"/>
        <source>Give a date (YYYY-MM-DD).</source>
        <translation>请填写日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="32"/>
        <source>Give a number.</source>
        <translation>请填写数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="36"/>
        <source>Give a number from %1 to %2.</source>
        <translation>请填写 %1 到 %2 之间的数字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/forms.py" line="40"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="43"/>
        <source>There is no such form.</source>
        <translation>没有此表格。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="46"/>
        <source>There is no such signed form.</source>
        <translation>没有此已签署的表格。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="49"/>
        <source>There is no such red flag.</source>
        <translation>没有此风险项。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="52"/>
        <source>Choose one of the form&apos;s languages.</source>
        <translation>请选择该表格提供的语言之一。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="55"/>
        <source>This red flag has been reviewed already.</source>
        <translation>此风险项已审核过。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="58"/>
        <source>A form needs at least one question.</source>
        <translation>表格至少需要一个问题。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="61"/>
        <source>Each question needs its own key.</source>
        <translation>每个问题都需要自己的键。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="64"/>
        <source>A form needs a title.</source>
        <translation>表格需要标题。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="67"/>
        <source>Write the question.</source>
        <translation>请填写问题。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="70"/>
        <source>A choice question needs at least two answers to choose from.</source>
        <translation>选择题至少需要两个可选答案。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="73"/>
        <source>Write each answer to choose from.</source>
        <translation>请填写每个可选答案。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="76"/>
        <source>A red flag must be one of the question&apos;s answers.</source>
        <translation>风险项必须是该问题的答案之一。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="79"/>
        <source>Write the health alert a red-flag answer puts on the card.</source>
        <translation>请填写选中风险项答案时在客户档案上显示的健康警示。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="82"/>
        <source>Only a question with a red-flag answer can stop a service.</source>
        <translation>只有设有风险项答案的问题才能暂停服务。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="86"/>
        <source>Signed again after %1 to %2 months.</source>
        <translation>重新签署的间隔为 %1 到 %2 个月。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="91"/>
        <source>A built-in form changes only with the program: copy it to change its questions.</source>
        <translation>内置表格只随程序更新而改变：如需修改其中的问题，请先复制。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="95"/>
        <source>Give the copy a name.</source>
        <translation>请为副本命名。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="99"/>
        <source>The client&apos;s consultation form has a red flag that stops this service until the owner or a technician reviews it (on the client&apos;s card).</source>
        <translation>该客户的咨询表中有风险项，在店主或技师审核之前（在客户档案中）不能进行此服务项目。</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Red flags</source>
        <translation>风险项</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="66"/>
        <source>No consultation form signed yet.</source>
        <translation>尚未签署咨询表。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="69"/>
        <source>Consultation form</source>
        <translation>咨询表</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="78"/>
        <source>&amp;Hand the screen to the client…</source>
        <translation>将屏幕交给客户(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="85"/>
        <source>&amp;Review red flag…</source>
        <translation>审核风险项(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="119"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="122"/>
        <source>%n red flag(s), %1 to review</source>
        <translation>
            <numerusform>%n 个风险项，%1 个待审核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="127"/>
        <source>%1 (%2 to review)</source>
        <translation>%1（%2 项待审核）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="160"/>
        <source>Hand the screen to the client to sign it again.</source>
        <translation>请将屏幕交给客户重新签署。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="162"/>
        <source>Not signed yet: hand the screen to the client to sign it.</source>
        <translation>尚未签署：请将屏幕交给客户签署。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="167"/>
        <source>Due again: signed more than %n month(s) ago.</source>
        <translation>
            <numerusform>需重新签署：签署已超过 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="170"/>
        <source>Due again: the client&apos;s health details changed since it was signed.</source>
        <translation>需重新签署：签署后客户的健康信息已变更。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="175"/>
        <source>Due again: the form has changed since it was signed.</source>
        <translation>需重新签署：签署后表格已更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="183"/>
        <source>Signed and current.</source>
        <translation>已签署，目前有效。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="187"/>
        <source>Signed on %1; due again on %2, or sooner if the health details change.</source>
        <translation>签署于 %1；须于 %2 重新签署，如健康信息变更则需提前。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="189"/>
        <source>Signed on %1; due again on %2.</source>
        <translation>签署于 %1；须于 %2 重新签署。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="194"/>
        <source>Form &amp;paper</source>
        <translation>纸质表格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="197"/>
        <source>Print the &amp;blank form…</source>
        <translation>打印空白表格(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="199"/>
        <source>Print the &amp;signed form…</source>
        <translation>打印已签署的表格(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="201"/>
        <source>&amp;Save the signed form as PDF…</source>
        <translation>将已签署的表格另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="231"/>
        <source>Save the consultation form as PDF</source>
        <translation>将咨询表另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="232"/>
        <source>consultation-form-%1-%2.pdf</source>
        <translation>consultation-form-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="263"/>
        <source>(the owner or a technician reviews red flags)</source>
        <translation>（风险项由店主或技师审核）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="265"/>
        <source>(the selected form has no red flag to review)</source>
        <translation>（所选表格没有待审核的风险项）</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="410"/>
        <source>Add &amp;bowl</source>
        <translation>添加调色碗(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="447"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>一个配方最多包含 %1 个调色碗。</translation>
    </message>
</context>
<context>
    <name>FormulaErrors</name>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="19"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>一个配方最多 %1 个调色碗。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="25"/>
        <source>A bowl has at most %1 shades.</source>
        <translation>一个调色碗最多 %1 个色号。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="31"/>
        <source>A shade&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation>色号用量须大于 0 克、最多 %1 克，以 0.1 克为单位。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="37"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation>染膏和双氧奶合计 %1 克；一个调色碗最多 %2 克。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="44"/>
        <source>The developer&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation>双氧奶用量须大于 0 克、最多 %1 克，以 0.1 克为单位。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="50"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation>调配比例为 1:x，x 在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="57"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation>%1 克染膏按 1:%2 需要 %3 克双氧奶，而不是 %4 克。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="66"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation>双氧奶浓度为 %1% 到 %2%。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="73"/>
        <source>The developer&apos;s strength is %1 to %2 vol.</source>
        <translation>双氧奶浓度为 %1 到 %2 vol。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="80"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation>%1% 双氧奶是 %2 vol，而不是 %3 vol。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="88"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation>停留时间为 %1 到 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="94"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>双氧奶请写作 6%、20 vol 或 6% / 20 vol。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="97"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>调配比例请写作 1:1、1:1.5 或 1:2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="100"/>
        <source>Write a shade&apos;s amount in grams, like 7/1 30 g.</source>
        <translation>色号用量请以克为单位填写，例如 7/1 30 g。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="104"/>
        <source>Bowl %1: %2</source>
        <translation>调色碗 %1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="111"/>
        <source>Bowl %1, shade %2: %3</source>
        <translation>调色碗 %1，色号 %2：%3</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="119"/>
        <source>shade %1: %2</source>
        <translation>色号 %1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="125"/>
        <source>A shade has grams but no name.</source>
        <translation>有色号克数但没有色号名称。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="128"/>
        <source>Write grams as a number.</source>
        <translation>克数请写成数字。</translation>
    </message>
</context>
<context>
    <name>HandOverWindow</name>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="220"/>
        <source>Back to the form</source>
        <translation>返回表格</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="222"/>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="247"/>
        <source>%1: enter your PIN to return to the client&apos;s card.</source>
        <translation>%1：请输入您的 PIN 返回客户档案。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="250"/>
        <source>%1: enter your PIN to leave the form. The answers are not kept.</source>
        <translation>%1：请输入您的 PIN 离开表格。填写的答案不会保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="268"/>
        <source>That PIN is not right.</source>
        <translation>PIN 不正确。</translation>
    </message>
</context>
<context>
    <name>HealthAlerts</name>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="23"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="40"/>
        <source>Severe: %1</source>
        <translation>严重：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="44"/>
        <source>Moderate: %1</source>
        <translation>中等：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="48"/>
        <source>Low: %n (see the card&apos;s Health tab)</source>
        <translation>轻微：%n 项（见档案的“健康”标签页）</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="61"/>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="68"/>
        <source>Severe health alert on this client&apos;s record: ask %1 before any treatment.</source>
        <translation>此客户的记录中有严重健康警示：任何服务前请先询问%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="73"/>
        <source>This client has health alerts: ask %1 before the treatment.</source>
        <translation>此客户有健康警示：服务前请先询问%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="82"/>
        <source>%1 — this service&apos;s contraindication: %2</source>
        <translation>%1 — 此服务项目的禁忌：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="90"/>
        <source>This service has a contraindication that matches this client&apos;s health record: ask %1 before the treatment.</source>
        <translation>此服务项目的一项禁忌与该客户的健康记录相符：服务前请先询问%1。</translation>
    </message>
</context>
<context>
    <name>HealthBasisBox</name>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="83"/>
        <source>Nothing to save: this is the basis in force.</source>
        <translation>无需保存：这已是当前生效的法律依据。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="93"/>
        <source>Saved. The privacy notice and the record of processing state it from now on.</source>
        <translation>已保存。隐私告知和处理活动记录将从现在起注明此依据。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="109"/>
        <source>Legal basis for health details</source>
        <translation>健康信息的法律依据</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="112"/>
        <source>Allergies, conditions, medicines and contraindications are kept only on the basis chosen here.</source>
        <translation>过敏、疾病状况、用药和禁忌仅依据此处选择的法律依据保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="122"/>
        <source>Changing to consent deletes nothing already held; from then on, new health details need the client&apos;s consent.</source>
        <translation>改为“客户同意”不会删除已保存的任何内容；此后，新的健康信息需要客户的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="126"/>
        <source>Save the basis</source>
        <translation>保存法律依据</translation>
    </message>
</context>
<context>
    <name>HealthBasisPage</name>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="61"/>
        <source>Health details</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="63"/>
        <source>On what legal basis does the salon keep clients&apos; health details?</source>
        <translation>本店依据什么法律依据保存客户的健康信息？</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="67"/>
        <source>Allergies, conditions, medicines and contraindications are sensitive data: the law allows keeping them only on a basis the salon states. The privacy notice and the record of processing say which one you choose.</source>
        <translation>过敏、疾病状况、用药和禁忌属于敏感数据：法律只允许依据本店声明的法律依据保存这些数据。隐私告知和处理活动记录会注明您选择的依据。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="76"/>
        <source>You can change this later in Settings → Client details.</source>
        <translation>您以后可以在“设置 → 客户资料”中更改。</translation>
    </message>
</context>
<context>
    <name>HealthBasisWords</name>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="16"/>
        <source>The client&apos;s explicit consent (recommended)</source>
        <translation>客户的明确同意（推荐）</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="19"/>
        <source>Health care under professional secrecy</source>
        <translation>负有职业保密义务的医疗保健</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="30"/>
        <source>For salons, spas and beauty clinics. Allergies, conditions, medicines and contraindications are kept only for clients who gave their health-data consent. If a client withdraws it, their health details are deleted from the vault.</source>
        <translation>适用于美发店、水疗中心和美容诊所。过敏、疾病状况、用药和禁忌只为已给予健康信息同意的客户保存。如果客户撤回同意，其健康信息将从保险库中删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="36"/>
        <source>Only for clinics and opticians whose staff are bound by professional secrecy and who need health details to provide health care (%1). Health details are kept without the client&apos;s consent.</source>
        <translation>仅适用于员工负有职业保密义务、且需要健康信息来提供医疗保健的诊所和眼镜店（%1）。健康信息无需客户同意即可保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="48"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet.</source>
        <translation>健康信息只在客户同意后才保存，而此客户尚未被征询。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="53"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it.</source>
        <translation>健康信息只在客户同意后才保存，而此客户已拒绝。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="57"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it.</source>
        <translation>健康信息只在客户同意后才保存，而此客户已撤回同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="61"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for it: the owner can switch health-data consent on in Consents.</source>
        <translation>健康信息只在客户同意后才保存，而本店未征求此项同意：店主可在“同意书”中开启健康信息同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="68"/>
        <source>Health details are kept only with the client&apos;s consent.</source>
        <translation>健康信息只在客户同意后才保存。</translation>
    </message>
</context>
<context>
    <name>HealthItemDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Add a health item</source>
        <translation>添加健康记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Change a health item</source>
        <translation>修改健康记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="238"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="244"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="250"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="245"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="251"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="246"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="252"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="277"/>
        <source>Your unsaved health item was kept while the screen was locked.</source>
        <translation>锁屏期间，您未保存的健康记录已保留。</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="63"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="64"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="65"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="66"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="67"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="71"/>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="72"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="74"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="77"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="92"/>
        <source>Record health-data &amp;consent…</source>
        <translation>记录健康信息同意(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="124"/>
        <source>Record it first.</source>
        <translation>请先记录同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="161"/>
        <source>Nothing to remove.</source>
        <translation>没有可移除的内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="195"/>
        <source>Remove health item</source>
        <translation>移除健康记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="196"/>
        <source>Remove “%1” from this client&apos;s health record?</source>
        <translation>要从该客户的健康记录中移除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="52"/>
        <source>When a treatment, a health item, a patch test or a client&apos;s birth date, minor status or guardian is changed, the earlier version is kept here.</source>
        <translation>到店记录、健康记录、皮肤测试，或客户的出生日期、未成年状态、监护人被修改时，早前版本会保存在这里。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>On</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="63"/>
        <source>Earlier versions</source>
        <translation>早前版本</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="64"/>
        <source>Nothing has been changed.</source>
        <translation>没有任何修改。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="65"/>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="69"/>
        <source>Earlier values</source>
        <translation>早前的值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="118"/>
        <source>Version %1, changed by %2 on %3. Before the change:</source>
        <translation>版本 %1，由 %2 于 %3 修改。修改前：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="131"/>
        <source>Treatment of %1: %2</source>
        <translation>%1 的到店记录：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="137"/>
        <source>Health item: %1</source>
        <translation>健康记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="141"/>
        <source>Patch test of %1: %2</source>
        <translation>%1 的皮肤测试：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="145"/>
        <source>Birth date, minor status and guardian</source>
        <translation>出生日期、未成年状态和监护人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="149"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="150"/>
        <source>changed (version %1 kept)</source>
        <translation>已修改（保留版本 %1）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="154"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="155"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="156"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="157"/>
        <source>Formula</source>
        <translation>配方</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="158"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="159"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="160"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="161"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="162"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="163"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="164"/>
        <source>Tested on</source>
        <translation>测试日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="165"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="166"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="167"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="168"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="169"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="170"/>
        <source>Under 18</source>
        <translation>未满18岁</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="171"/>
        <source>Parent or guardian</source>
        <translation>父母或监护人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="177"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="57"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="58"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="59"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="60"/>
        <source>Full name (order by script)</source>
        <translation>全名（按文字判断姓名顺序）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="63"/>
        <source>Full name, family name first</source>
        <translation>全名，姓在前</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="66"/>
        <source>Full name, given name first</source>
        <translation>全名，名在前</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="69"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="70"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="71"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="72"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="73"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="74"/>
        <source>Parent or guardian</source>
        <translation>父母或监护人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="75"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="76"/>
        <source>Allergies</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="77"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="78"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="47"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="48"/>
        <source>Update the client</source>
        <translation>更新客户</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="49"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="102"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="103"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="104"/>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="105"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="127"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="135"/>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="140"/>
        <source>Same phone as %1</source>
        <translation>与 %1 的电话相同</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="141"/>
        <source>Same e-mail as %1</source>
        <translation>与 %1 的电子邮件相同</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="142"/>
        <source>Similar name and same birth date as %1</source>
        <translation>与 %1 姓名相近且出生日期相同</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="148"/>
        <source>line %1 of this file</source>
        <translation>本文件第 %1 行</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="168"/>
        <source>client %1</source>
        <translation>客户 %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="117"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="544"/>
        <source>Import clients</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="143"/>
        <source>Client list to import</source>
        <translation>要导入的客户名单</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="144"/>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>客户名单 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="177"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="225"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="246"/>
        <source>Most phone numbers in this file are not valid numbers in %1, but %2 of %3 are valid numbers in %4: the list probably comes from there.</source>
        <translation>此文件中的大多数电话号码不是 %1 的有效号码，但 %3 个中有 %2 个是 %4 的有效号码：该名单很可能来自那里。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="256"/>
        <source>Read them as numbers in %1</source>
        <translation>按 %1 的号码读取</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="262"/>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation>没有国家代码的号码按 %1 的号码读取。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="266"/>
        <source>Read them as this salon&apos;s numbers</source>
        <translation>按本店所在国家的号码读取</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="334"/>
        <source>Select rows in the list to choose what happens to them.</source>
        <translation>在列表中选择行，以决定如何处理它们。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="337"/>
        <source>The selected rows cannot be imported as they are: correct them in the file and read it again.</source>
        <translation>所选行无法按原样导入：请在文件中更正后重新读取。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="344"/>
        <source>Updating needs a client already registered that the row matches.</source>
        <translation>更新需要该行匹配一位已登记的客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="353"/>
        <source>Nothing is written until you click Import.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation>在您点击“导入”之前不会写入任何内容。
新客户：%1 · 更新的客户：%2 · 跳过（可能重复）：%3 · 无法导入：%4 · 文件中的行数：%5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="359"/>
        <source>Nothing to import: every row is skipped or cannot be imported.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation>没有可导入的内容：每一行都已跳过或无法导入。
新客户：%1 · 更新的客户：%2 · 已跳过（可能重复）：%3 · 无法导入：%4 · 文件中的行数：%5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="397"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="404"/>
        <source>Imported.
New clients: %1 · Clients updated: %2 · Rows skipped: %3 · Rows not imported: %4 · Allergies recorded: %5</source>
        <translation>导入完成。
新客户：%1 · 更新的客户：%2 · 跳过的行：%3 · 未导入的行：%4 · 记录的过敏：%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_wizard.py" line="417"/>
        <source>%n allergy(ies) not recorded: the salon keeps health details only with the client&apos;s consent. Record each client&apos;s health-data consent, then add them on the card.</source>
        <translation>
            <numerusform>%n 项过敏未录入：本店只在客户同意后才保存健康信息。请为每位客户记录健康信息同意，然后在客户档案中添加。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="425"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="470"/>
        <source>Checking row %1 of %2…</source>
        <translation>正在检查第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="475"/>
        <source>Importing: %1 of %2 rows written…</source>
        <translation>正在导入：已写入 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="511"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="512"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="515"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="516"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="517"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="518"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="519"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="558"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation>正在取消；不会导入任何内容…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="575"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="579"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
</context>
<context>
    <name>ImportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="18"/>
        <source>Map either one full-name column or the family and given names, not both.</source>
        <translation>请对应一个全名列，或分别对应姓和名两列，不能两者都对应。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="21"/>
        <source>Map a column to the family name (or to the full name) to import clients.</source>
        <translation>要导入客户，请将一列对应到姓（或全名）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="25"/>
        <source>The mapping file holds one JSON object of texts: {&quot;column header&quot;: &quot;field&quot;}.</source>
        <translation>映射文件应包含一个由文本组成的 JSON 对象：{&quot;column header&quot;: &quot;field&quot;}。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="31"/>
        <source>This salon does not collect %1; leave that column out, or switch the field on in Settings → Client details (owner).</source>
        <translation>本店不收集%1；请不要导入该列，或由店主在“设置 → 客户资料”中开启该字段。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="39"/>
        <source>Two columns are mapped to %1; choose one.</source>
        <translation>有两列都对应到了%1；请只选择其中一列。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="45"/>
        <source>The mapping file is not JSON (%1).</source>
        <translation>映射文件不是 JSON（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="51"/>
        <source>Unknown field %1 in the mapping; the fields are: %2.</source>
        <translation>映射中有未知字段 %1；可用字段为：%2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="58"/>
        <source>The mapping names a column %1 that the file does not have.</source>
        <translation>映射中指定的列 %1 在文件中不存在。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="64"/>
        <source>The file&apos;s encoding could not be recognised; choose it (for example cp1258 for Vietnamese, cp1250 for Polish, gb18030 for Chinese).</source>
        <translation>无法识别文件的编码；请手动选择（例如越南语用 cp1258，波兰语用 cp1250，中文用 gb18030）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="70"/>
        <source>This is an old-style Excel file (.xls); open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>这是旧格式的 Excel 文件（.xls）；请在 Excel 或 LibreOffice 中打开，另存为 .xlsx 或 CSV，然后导入该文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="75"/>
        <source>A CSV file has no sheets; leave the sheet out.</source>
        <translation>CSV 文件没有工作表；请不要指定工作表。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="79"/>
        <source>Unknown encoding %1; use one of %2.</source>
        <translation>未知编码 %1；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="85"/>
        <source>The file does not look like a CSV text file or an Excel workbook (.xlsx).</source>
        <translation>该文件看起来既不是 CSV 文本文件，也不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="89"/>
        <source>The file cannot be read as %1.</source>
        <translation>无法按 %1 编码读取该文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="96"/>
        <source>Line %1 cannot be read as CSV (%2); fix it in a spreadsheet program and save it again.</source>
        <translation>第 %1 行无法按 CSV 读取（%2）；请在电子表格程序中修正后重新保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="106"/>
        <source>%1 is not a file (a device or a pipe); export the client list to a CSV or Excel file and import that.</source>
        <translation>%1 不是文件（而是设备或管道）；请将客户名单导出为 CSV 或 Excel 文件，再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="115"/>
        <source>The row has %1 cells where the header has %2 (a separator inside a value without quotes?).</source>
        <translation>该行有 %1 个单元格，而表头有 %2 个（某个值中含有分隔符却没有加引号？）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="123"/>
        <source>The last visit is in the future.</source>
        <translation>最近到店日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="127"/>
        <source>The %1 &quot;%2&quot; is not a real date.</source>
        <translation>%1“%2”不是真实存在的日期。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="133"/>
        <source>The mapping needs one entry per column.</source>
        <translation>映射中每一列需要对应一项。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="137"/>
        <source>The salon&apos;s settings for client fields changed since the preview; preview the import again. Nothing was imported.</source>
        <translation>预览之后，本店的客户字段设置已更改；请重新预览导入。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="142"/>
        <source>The file holds no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="146"/>
        <source>The file has %1 columns; at most %2 can be imported.</source>
        <translation>文件有 %1 列；最多只能导入 %2 列。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="153"/>
        <source>The workbook would unpack to more than 512 MB; save the client list alone as a CSV file and import that.</source>
        <translation>该工作簿解压后会超过 512 MB；请只将客户名单另存为 CSV 文件，再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="158"/>
        <source>That sheet is a chart, not a table; choose another sheet.</source>
        <translation>该工作表是图表，不是表格；请选择其他工作表。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="161"/>
        <source>The workbook has no sheets.</source>
        <translation>该工作簿没有工作表。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="165"/>
        <source>Row %1 has %2 columns; at most %3 can be imported.</source>
        <translation>第 %1 行有 %2 列；最多只能导入 %3 列。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="174"/>
        <source>The sheet has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation>该工作表超过 %1 行；请拆分成较小的文件，逐个导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="181"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="185"/>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="193"/>
        <source>The file has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation>该文件超过 %1 行；请拆分成较小的文件，逐个导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="201"/>
        <source>The file is not a readable Excel workbook (.xlsx); open it in Excel or LibreOffice and save it again, or save it as CSV.</source>
        <translation>该文件不是可读取的 Excel 工作簿（.xlsx）；请在 Excel 或 LibreOffice 中打开并重新保存，或另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="208"/>
        <source>The file is larger than %1 MB; split it into smaller files and import them one by one.</source>
        <translation>该文件超过 %1 MB；请拆分成较小的文件，逐个导入。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="217"/>
        <source>The file cannot be read as %1 (byte %2 does not fit); choose the encoding it was saved in.</source>
        <translation>无法按 %1 编码读取该文件（字节 %2 不符合该编码）；请选择文件保存时所用的编码。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="226"/>
        <source>The %1 &quot;%2&quot; is not a date (write it like 23.04.1990 or 1990-04-23).</source>
        <translation>%1“%2”不是日期（请写成 23.04.1990 或 1990-04-23 的格式）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="232"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="235"/>
        <source>last visit</source>
        <translation>最近到店日期</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="239"/>
        <source>The workbook has no sheet %1; its sheets are: %2.</source>
        <translation>该工作簿中没有工作表 %1；其工作表有：%2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="245"/>
        <source>That client is no longer in the vault.</source>
        <translation>该客户已不在保险库中。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="249"/>
        <source>Client %1 is no longer in the vault.</source>
        <translation>客户 %1 已不在保险库中。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="255"/>
        <source>%1 is not a country code (PL, VN, CN, GB …).</source>
        <translation>%1 不是国家代码（PL、VN、CN、GB …）。</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="299"/>
        <source>The number you give is used as it is.</source>
        <translation>您输入的数字将按原样使用。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="311"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="313"/>
        <source>Clients concerned now: %1</source>
        <translation>目前涉及的客户：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="343"/>
        <source>Incident no. %1</source>
        <translation>事件 %1 号</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="345"/>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="348"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="349"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="350"/>
        <source>When it was discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="351"/>
        <source>Which data</source>
        <translation>哪些数据</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="352"/>
        <source>Which clients</source>
        <translation>哪些客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="354"/>
        <source>Likely consequences</source>
        <translation>可能的后果</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="355"/>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="356"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="357"/>
        <source>Authority notified</source>
        <translation>已通知监管机构</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="362"/>
        <source>Describe the incident without naming clients (the log never copies it).</source>
        <translation>描述事件时请勿写出客户姓名（日志从不复制此内容）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="364"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="365"/>
        <source>Yes, on</source>
        <translation>是，于</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="369"/>
        <source>All clients</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="370"/>
        <source>Clients with health data</source>
        <translation>有健康信息的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="371"/>
        <source>Clients with photos</source>
        <translation>有照片的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="372"/>
        <source>Clients registered between</source>
        <translation>在此期间登记的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="373"/>
        <source>A number I give</source>
        <translation>我输入的数字</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="381"/>
        <source>Save the incident</source>
        <translation>保存事件</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="15"/>
        <source>Vietnam: notify the Ministry of Public Security (A05) as early as you can. Under the former Decree 13/2023 the 72 hours ran from the breach itself, not from its discovery; check the time limit of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP. The clock below counts from discovery, so it may run out later than the law&apos;s.</source>
        <translation>越南：请尽早通知公安部（A05）。根据原第 13/2023/NĐ-CP 号议定，72 小时从事件本身发生时起算，而不是从发现时起算；请核实第 91/2025/QH15 号法律和第 356/2025/NĐ-CP 号议定规定的时限。下方的时限从发现时起算，因此可能比法定期限晚到期。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="23"/>
        <source>China (PIPL Art. 57): notify the departments performing personal-information protection duties, and the clients, immediately. The 72-hour clock below is only a reminder; do not wait for it.</source>
        <translation>中国《个人信息保护法》（PIPL）第五十七条：请立即通知履行个人信息保护职责的部门和相关客户。下方的 72 小时时限只是提醒，不要等到时限届满再通知。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="30"/>
        <source>GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of the breach, unless it is unlikely to put the clients at risk; a later notification gives the reasons. The clock below counts those 72 hours from discovery.</source>
        <translation>GDPR 第 33 条：应在知悉事件后 72 小时内通知监管机构，除非该事件不太可能给客户带来风险；逾期通知的，须说明理由。下方的时限从发现时起计算这 72 小时。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="36"/>
        <source>Notify the data protection authority as the law of the salon&apos;s country asks. The clock below counts the GDPR&apos;s 72 hours from discovery, as a reminder.</source>
        <translation>请按本店所在国家法律的要求通知数据保护监管机构。下方的时限按 GDPR 规定的 72 小时从发现时起计算，仅作提醒。</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="386"/>
        <source>Names and notes</source>
        <translation>姓名和备注</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="387"/>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="388"/>
        <source>Health data</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="389"/>
        <source>Visits and treatments</source>
        <translation>到店和服务</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="390"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="391"/>
        <source>Consents and signatures</source>
        <translation>同意和签名</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="398"/>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="399"/>
        <source>Contained</source>
        <translation>已控制</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="400"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="160"/>
        <source>%1 h left to notify (by %2)</source>
        <translation>距通知期限还剩 %1 小时（%2 前）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="161"/>
        <source>Overdue by %1 h (deadline %2)</source>
        <translation>已逾期 %1 小时（期限 %2）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="162"/>
        <source>Notified after %1 h, in time</source>
        <translation>在 %1 小时后通知，未逾期</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="163"/>
        <source>Notified %1 h after the deadline</source>
        <translation>超过期限 %1 小时后通知</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="164"/>
        <source>Closed without notifying</source>
        <translation>未通知即关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="205"/>
        <source>Incident no. %1 saved.</source>
        <translation>事件 %1 号已保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="218"/>
        <source>Save the notice to the authority</source>
        <translation>保存给监管机构的通知</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="221"/>
        <source>Save the letter to clients</source>
        <translation>保存给客户的信</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="224"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds your description of the incident and the counts, no client&apos;s name. It is a draft: complete it before sending.</source>
        <translation>保存的文件未加密：它将离开保险库。文件包含您对事件的描述和数量统计，不含客户姓名。这是草稿：发送前请补充完整。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="239"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="259"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="260"/>
        <source>Discovered</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="261"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="262"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="263"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="264"/>
        <source>72-hour clock</source>
        <translation>72 小时时限</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="268"/>
        <source>New incident</source>
        <translation>新事件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="269"/>
        <source>Save notice to the authority…</source>
        <translation>保存给监管机构的通知…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="270"/>
        <source>Save letter to clients…</source>
        <translation>保存给客户的信…</translation>
    </message>
</context>
<context>
    <name>KeyMessages</name>
    <message>
        <location filename="../../../ui/key_messages.py" line="15"/>
        <source>The passphrase slot asks for unusual settings (%1; SalonVault writes %2), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation>密码短语密钥槽要求使用异常的设置（%1；SalonVault 写入的是 %2），因此未尝试该密码短语：密钥槽文件已损坏或被更改。请用恢复密钥打开保险库，然后重新设置密码短语。</translation>
    </message>
    <message>
        <location filename="../../../ui/key_messages.py" line="30"/>
        <source>time cost %1, memory %2 MiB, parallelism %3</source>
        <translation>时间成本 %1，内存 %2 MiB，并行度 %3</translation>
    </message>
</context>
<context>
    <name>KeyWarningBanner</name>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="63"/>
        <source>The vault&apos;s recovery slot does not open with the salon&apos;s recovery key: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation>保险库的恢复密钥槽无法用沙龙的恢复密钥打开：恢复套件无法打开保险库。请在设置中重新生成该密钥槽。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="68"/>
        <source>The vault&apos;s recovery slot is missing: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation>保险库的恢复密钥槽缺失：恢复套件无法打开保险库。请在设置中重新生成该密钥槽。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="72"/>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
</context>
<context>
    <name>KeysErrors</name>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="19"/>
        <source>This PC&apos;s key store did not keep the new key (%1).</source>
        <translation>这台电脑的密钥存储未能保存新密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="25"/>
        <source>The %1 key does not open this vault.</source>
        <translation>%1 密钥无法打开此保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="32"/>
        <source>The passphrase needs at least %1 characters; a few ordinary words in a row work well.</source>
        <translation>密码短语至少需要 %1 个字符；把几个普通词语连在一起就很好用。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="40"/>
        <source>The passphrase contains characters that cannot be typed; use letters, digits, spaces and punctuation.</source>
        <translation>密码短语包含无法用键盘输入的字符；请使用字母、数字、空格和标点。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="45"/>
        <source>The passphrase is not valid text.</source>
        <translation>密码短语不是有效的文本。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="50"/>
        <source>That is not a SalonVault recovery key (it starts with %1 on the Recovery Kit).</source>
        <translation>这不是 SalonVault 恢复密钥（恢复套件上的恢复密钥以 %1 开头）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="56"/>
        <source>That holds more than one recovery key; give only this salon&apos;s.</source>
        <translation>其中包含多个恢复密钥；请只提供本店的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="60"/>
        <source>Cannot read the recovery key file %1 (%2).</source>
        <translation>无法读取恢复密钥文件 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="66"/>
        <source>The recovery key file is not a text file.</source>
        <translation>恢复密钥文件不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="70"/>
        <source>That is not this salon&apos;s recovery key; if the Recovery Kit is lost, replace the recovery key instead.</source>
        <translation>这不是本店的恢复密钥；如果恢复套件已丢失，请改为更换恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="75"/>
        <source>its first page cannot be decrypted</source>
        <translation>其第一页无法解密</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="78"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation>请输入店主的密码短语：更换密钥后的保险库也可用它打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="82"/>
        <source>This vault has no %1 slot.</source>
        <translation>此保险库没有 %1 密钥槽。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="87"/>
        <source>The vault needs at least one other way to open it.</source>
        <translation>保险库至少需要保留另一种打开方式。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="90"/>
        <source>Wrong passphrase.</source>
        <translation>密码短语错误。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="95"/>
        <source>The passphrase slot asks for unusual settings (time cost %1, memory %2, parallelism %3; SalonVault writes time cost %4, memory %5, parallelism %6), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation>密码短语密钥槽要求使用异常的设置（时间成本 %1、内存 %2、并行度 %3；SalonVault 写入的是时间成本 %4、内存 %5、并行度 %6），因此未尝试该密码短语：密钥槽文件已损坏或被更改。请用恢复密钥打开保险库，然后重新设置密码短语。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="110"/>
        <source>The recovery key is mistyped or incomplete.</source>
        <translation>恢复密钥输入有误或不完整。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="114"/>
        <source>%1 is missing</source>
        <translation>%1 缺失</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="120"/>
        <source>%1 is unreadable (%2)</source>
        <translation>%1 无法读取（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="127"/>
        <source>key slot file: %1; %2</source>
        <translation>密钥槽文件：%1；%2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="135"/>
        <source>The device key would be kept in %1, inside the vault&apos;s folder %2, where a copy of the folder would carry it; choose a data folder outside it or set %3 to a folder elsewhere.</source>
        <translation>设备密钥将保存在 %1，位于保险库文件夹 %2 之内，复制该文件夹时会连同密钥一起复制；请选择该文件夹以外的数据文件夹，或将 %3 设为其他位置的文件夹。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="147"/>
        <source>%1 is not a file (a device or a pipe); choose the recovery key file or the Recovery Kit PDF.</source>
        <translation>%1 不是文件（而是设备或管道）；请选择恢复密钥文件或恢复套件 PDF。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="156"/>
        <source>%1 is far larger than a recovery key file; choose the key file or the Recovery Kit PDF.</source>
        <translation>%1 远大于恢复密钥文件；请选择密钥文件或恢复套件 PDF。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../ui/labels.py" line="23"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="24"/>
        <source>Receptionist</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="25"/>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="41"/>
        <source>Hair salon</source>
        <translation>美发沙龙</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="42"/>
        <source>Beauty and spa</source>
        <translation>美容与水疗</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="43"/>
        <source>Aesthetic clinic</source>
        <translation>医美诊所</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="44"/>
        <source>Optician</source>
        <translation>眼镜店</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="51"/>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="52"/>
        <source>Condition</source>
        <translation>疾病状况</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="53"/>
        <source>Medication</source>
        <translation>用药</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="54"/>
        <source>Contraindication</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="62"/>
        <source>PPD (hair dye), latex</source>
        <translation>PPD（染发剂）、乳胶</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="63"/>
        <source>cyanoacrylate (lash glue), latex</source>
        <translation>氰基丙烯酸酯（睫毛胶）、乳胶</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="66"/>
        <source>isotretinoin, pregnancy</source>
        <translation>异维A酸、怀孕</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="69"/>
        <source>diabetes, glaucoma, dry eyes</source>
        <translation>糖尿病、青光眼、干眼症</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="81"/>
        <source>PPD (para-phenylenediamine, hair dye)</source>
        <translation>PPD（对苯二胺，染发剂）</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="84"/>
        <source>Pregnancy</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="85"/>
        <source>Breastfeeding</source>
        <translation>哺乳期</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="86"/>
        <source>Isotretinoin (Roaccutane)</source>
        <translation>异维A酸（泰尔丝/Roaccutane）</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="87"/>
        <source>Retinoids on the skin</source>
        <translation>皮肤外用维A酸类药物</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="88"/>
        <source>Photosensitising medication</source>
        <translation>光敏性药物</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="91"/>
        <source>Pacemaker or implanted device</source>
        <translation>心脏起搏器或植入式装置</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="94"/>
        <source>Epilepsy</source>
        <translation>癫痫</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="95"/>
        <source>Cyanoacrylate (lash adhesive)</source>
        <translation>氰基丙烯酸酯（睫毛胶）</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="98"/>
        <source>Anticoagulants (blood thinners)</source>
        <translation>抗凝药（血液稀释剂）</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="107"/>
        <source>Consent signed on paper</source>
        <translation>纸质签署的同意书</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="110"/>
        <source>Referral or doctor&apos;s letter</source>
        <translation>转诊单或医生信函</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="113"/>
        <source>Prescription from elsewhere</source>
        <translation>其他机构开具的处方</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="116"/>
        <source>Other paper</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="123"/>
        <source>Low</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="124"/>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="125"/>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="132"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="133"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="134"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="142"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="143"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="144"/>
        <source>pending</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="145"/>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="146"/>
        <source>none on file</source>
        <translation>无记录</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="109"/>
        <source>Welcome to SalonVault</source>
        <translation>欢迎使用 SalonVault</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="112"/>
        <source>SalonVault keeps your clients&apos; records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
        <translation>SalonVault 会在这台电脑上加密保存客户资料。设置大约需要五分钟，请准备好打印机或 U 盘，用于保存恢复套件。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="117"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="118"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="120"/>
        <source>Moving to a new computer, or starting again after a lost one?</source>
        <translation>要换到新电脑，或在旧电脑丢失后重新开始？</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="122"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../../ui/lock_screen.py" line="182"/>
        <location filename="../../../ui/lock_screen.py" line="206"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="191"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation>请设置您自己的 PIN，不要使用一次性验证码（店主见过它）。</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="203"/>
        <source>The two PINs differ; choose your new PIN again.</source>
        <translation>两次输入的 PIN 不一致；请重新设置新 PIN。</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="214"/>
        <source>The code is right. Now choose your new PIN.</source>
        <translation>验证码正确。现在请设置新的 PIN。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="64"/>
        <source>Wrong code. This account is now disabled; ask the owner to enable it.</source>
        <translation>验证码错误。此账户已被停用；请让店主重新启用。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="75"/>
        <location filename="../../../ui/lock_screen.py" line="258"/>
        <source>Enter the one-time code again to choose your new PIN.</source>
        <translation>请再次输入一次性验证码以设置新 PIN。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="70"/>
        <source>Your one-time code has expired; ask the owner for a new one.</source>
        <translation>一次性验证码已过期；请向店主索取新的。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="31"/>
        <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
        <translation>PIN 码错误。此账户现已停用，请联系店主重新启用。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="43"/>
        <source>This account is disabled after too many wrong PINs. The owner can enable it again; an owner uses &quot;Forgot your PIN? (owner)&quot; below, with the recovery key.</source>
        <translation>由于 PIN 输错次数过多，此账户已被停用。店主可以重新启用；店主本人请使用下方的“忘记 PIN？（店主）”，并提供恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="51"/>
        <source>This account is disabled. The owner can enable it again.</source>
        <translation>此账户已停用。店主可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="276"/>
        <source>Forgot your PIN? (owner)</source>
        <translation>忘记 PIN？（店主）</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="278"/>
        <source>Who is signing in?</source>
        <translation>谁要登录？</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="280"/>
        <source>Choose a new PIN for %1</source>
        <translation>为 %1 设置新 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="282"/>
        <source>Type the new PIN for %1 again</source>
        <translation>再次输入 %1 的新 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="285"/>
        <source>One-time code for %1 (the owner reset your PIN)</source>
        <translation>%1 的一次性验证码（店主已重置您的 PIN）</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="288"/>
        <source>PIN for %1</source>
        <translation>%1 的 PIN 码</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="292"/>
        <source>Sign in as %1, %2</source>
        <translation>以 %1（%2）身份登录</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="295"/>
        <source>Demo salon. PINs: %1</source>
        <translation>演示门店。PIN 码：%1</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="176"/>
        <source>%1 (detected)</source>
        <translation>%1（自动识别）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="179"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="182"/>
        <source>%n row(s); columns separated by %1.</source>
        <translation>
            <numerusform>%n 行；列以 %1 分隔。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="190"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="203"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="230"/>
        <source>as at the last import</source>
        <translation>与上次导入相同</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="231"/>
        <source>from the header</source>
        <translation>根据表头</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="232"/>
        <source>from the values</source>
        <translation>根据内容</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="234"/>
        <source>this salon does not collect it (Settings → Client details)</source>
        <translation>本店不收集此项（设置 → 客户资料）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="245"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="246"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="60"/>
        <source>Merge with another client</source>
        <translation>与其他客户合并</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="68"/>
        <source>Use this when one person was registered twice. Find the other record, compare them, and choose the one to keep.</source>
        <translation>当同一个人被登记了两次时使用。找到另一条记录，进行比较，然后选择要保留的记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="76"/>
        <source>Find the other record: name, phone or e-mail</source>
        <translation>查找另一条记录：姓名、电话或电子邮件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="77"/>
        <source>Find the other record</source>
        <translation>查找另一条记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="99"/>
        <source>Keep this record</source>
        <translation>保留此记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="100"/>
        <source>Keep the other record</source>
        <translation>保留另一条记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="104"/>
        <source>Side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="120"/>
        <source>The record that is not kept is removed for good: its treatments, consents (the whole history, as proof), photos, health items and patch tests move to the record kept; its details fill only fields the kept record has empty (other values are dropped), its notes are added and its tags joined. This cannot be undone. Backups made before now still hold both records.</source>
        <translation>未保留的记录将被永久删除：其到店记录、同意（完整历史，作为证明）、照片、健康信息和皮肤测试将转移到保留的记录；其资料只填入保留记录中为空的栏位（其他值将被舍弃），备注会被追加，标签会被合并。此操作无法撤销。此前制作的备份仍包含两条记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="144"/>
        <source>Merge for good</source>
        <translation>永久合并</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="207"/>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="227"/>
        <source>Find and choose the other record first.</source>
        <translation>请先查找并选择另一条记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>To confirm, type the name of the record that will be removed: %1</source>
        <translation>请输入将被删除的记录的姓名以确认：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="240"/>
        <source>The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items and %5 patch tests moved to %6.</source>
        <translation>记录已合并：%1 条到店记录、%2 条同意、%3 张照片、%4 条健康信息和 %5 次皮肤测试已转移到 %6。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="253"/>
        <source>%1 photos were deleted: the newest photo consent over both records is not an active one.</source>
        <translation>已删除 %1 张照片：两条记录中最新的照片同意不是有效的同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Clients merged</source>
        <translation>客户已合并</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Client number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="264"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="265"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Treatments</source>
        <translation>到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Consent records</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Health items</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="272"/>
        <source>Patch tests</source>
        <translation>皮肤测试</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../../ui/navigation.py" line="26"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="27"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="28"/>
        <source>Consents</source>
        <translation>同意书</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="29"/>
        <source>Recalls</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="30"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="31"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="32"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="33"/>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="34"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="35"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>NotationBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="58"/>
        <source>Prescriptions</source>
        <translation>处方</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="77"/>
        <source>Records keep what the examiner wrote; the card and the paper show every prescription this way (a plus cylinder is transposed to minus, and back).</source>
        <translation>记录保留检查者的原始写法；客户档案和处方单按此方式显示所有处方（正柱镜会换算为负柱镜，反之亦然）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="85"/>
        <source>&amp;Cylinder</source>
        <translation>柱镜(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="87"/>
        <source>Visual &amp;acuity</source>
        <translation>视力(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="102"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>OlderVaultNotice</name>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="56"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="68"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Unless a backup was restored on purpose, an older copy of the vault file was put back (which also resets failed PIN counts): restore the newest backup.</source>
        <translation>%1，对 %2 的检查发现此保险库比该备份旧：其活动日志缺少该备份的最后一条记录。除非是有意恢复了备份，否则说明有人放回了较旧的保险库文件副本（这也会重置 PIN 错误次数）：请恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="75"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Tell the owner.</source>
        <translation>%1，对 %2 的检查发现此保险库比该备份旧：其活动日志缺少该备份的最后一条记录。请告知店主。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="86"/>
        <source>I know why</source>
        <translation>我知道原因</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="88"/>
        <source>Hide this warning: the vault is older on purpose (the history keeps it)</source>
        <translation>隐藏此警告：保险库是有意使用较旧版本的（历史记录会保留此事）</translation>
    </message>
</context>
<context>
    <name>OpenModeBox</name>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令短语不一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="79"/>
        <source>Setting the passphrase…</source>
        <translation>正在设置口令短语…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="95"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="138"/>
        <source>How the vault opens</source>
        <translation>保险库的打开方式</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="86"/>
        <source>Open the vault on this computer without the passphrase? Anyone who can sign in to this computer&apos;s user account can then start SalonVault (staff still need their PINs).</source>
        <translation>在这台电脑上无需口令短语即可打开保险库？这样，任何能登录这台电脑用户账户的人都能启动 SalonVault（员工仍需输入各自的 PIN）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="92"/>
        <source>This computer has no protected key store: the key would be kept in a file, which is weaker.</source>
        <translation>这台电脑没有受保护的密钥存储：密钥将保存在文件中，保护较弱。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="142"/>
        <source>Now: the vault stays closed until the owner types the passphrase at each start. If it is forgotten, only the Recovery Kit opens the vault.</source>
        <translation>当前：每次启动时，保险库保持关闭，直到店主输入口令短语。如果忘记口令短语，只有恢复套件能打开保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="149"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in a file (this computer has no protected key store): weaker, a passphrase is safer here.</source>
        <translation>当前：SalonVault 在这台电脑上自动打开，密钥保存在一个文件中（这台电脑没有受保护的密钥存储）：保护较弱，在这里使用口令短语更安全。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="155"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in this computer&apos;s protected key store.</source>
        <translation>当前：SalonVault 在这台电脑上自动打开，密钥保存在这台电脑受保护的密钥存储中。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="159"/>
        <source>That protects the records if the disk or a copy of the folder is stolen, not from someone who can sign in to this computer.</source>
        <translation>这样在硬盘或文件夹副本被盗时能保护记录，但无法防范能登录这台电脑的人。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="172"/>
        <source>Passphrase (12+ characters)</source>
        <translation>口令短语（至少 12 个字符）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="173"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="175"/>
        <source>Passphrase again</source>
        <translation>再次输入口令短语</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="174"/>
        <source>Passphrase</source>
        <translation>口令短语</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="176"/>
        <source>Ask for the passphrase at every start</source>
        <translation>每次启动时询问口令短语</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="177"/>
        <source>Open on this computer without the passphrase…</source>
        <translation>在这台电脑上无需口令短语即可打开…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="180"/>
        <source>Done. From the next start, SalonVault asks for the passphrase first.</source>
        <translation>完成。从下次启动起，SalonVault 会先询问口令短语。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="183"/>
        <source>Done. SalonVault opens on this computer by itself.</source>
        <translation>完成。SalonVault 在这台电脑上自动打开。</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../../ui/open_problem.py" line="59"/>
        <source>The vault did not open</source>
        <translation>无法打开保险库</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="62"/>
        <source>Open it with the recovery key from the Recovery Kit. If that does not work either, restore the newest backup: the files that do not open are kept aside in the data folder.</source>
        <translation>请用恢复套件中的恢复密钥打开。如果仍然不行，请恢复最新的备份：无法打开的文件会保留在数据文件夹中的单独位置。</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="68"/>
        <source>Restore the newest backup with the recovery key from the Recovery Kit: the files that do not open are kept aside in the data folder, not deleted.</source>
        <translation>请用恢复套件中的恢复密钥恢复最新的备份：无法打开的文件会保留在数据文件夹中的单独位置，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="72"/>
        <source>Open with the recovery key…</source>
        <translation>用恢复密钥打开…</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="74"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="172"/>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="177"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="182"/>
        <source>Good PIN.</source>
        <translation>PIN 码可用。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="189"/>
        <source>You, the owner</source>
        <translation>您（店主）</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="192"/>
        <source>Your PIN opens the owner&apos;s screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
        <translation>您的 PIN 码用于打开店主专用界面。需为 6 到 12 位数字，不能是日期、连续数字（如 123456）或重复组合（如 121212）。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="196"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="199"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="197"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="200"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="198"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="201"/>
        <source>PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
</context>
<context>
    <name>OwnerRecoveryDialog</name>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="99"/>
        <source>Forgot your PIN? (owner)</source>
        <translation>忘记 PIN？（店主）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="102"/>
        <source>The recovery key on the Recovery Kit gives an owner their account back, with a new PIN, even after too many wrong PINs. Open the kit&apos;s PDF or the key&apos;s text file, or type the key as printed. Other staff ask the owner for a new PIN.</source>
        <translation>即使 PIN 输错次数过多，店主也可以用恢复套件上的恢复密钥取回自己的账户，并设置新 PIN。请打开套件的 PDF 或密钥文本文件，或按打印内容输入密钥。其他员工请向店主索取新 PIN。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="110"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="118"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="112"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="119"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="113"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="120"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="121"/>
        <source>Recover access</source>
        <translation>恢复访问</translation>
    </message>
</context>
<context>
    <name>PatchResultDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="210"/>
        <source>Patch test result</source>
        <translation>皮肤测试结果</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="215"/>
        <source>%1, tested on %2</source>
        <translation>%1，测试日期 %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="218"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="221"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="158"/>
        <source>Record a patch test</source>
        <translation>记录皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="169"/>
        <source>e.g. Wella Koleston 7/0</source>
        <translation>例如 Wella Koleston 7/0</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="173"/>
        <source>Tested on</source>
        <translation>测试日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="174"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="175"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="179"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="180"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="61"/>
        <source>Tested on</source>
        <translation>测试日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="62"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="63"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="64"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="65"/>
        <source>Done by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="66"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="71"/>
        <source>Record a patch test…</source>
        <translation>记录皮肤测试…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="73"/>
        <source>Set result…</source>
        <translation>填写结果…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="77"/>
        <source>Details of patch tests are for owners and technicians.</source>
        <translation>皮肤测试详情仅限店主和技师查看。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="97"/>
        <source>Patch test: %1</source>
        <translation>皮肤测试：%1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="46"/>
        <source>find clients</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="47"/>
        <source>see contact details</source>
        <translation>查看联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="48"/>
        <source>see masked contact details</source>
        <translation>查看遮盖后的联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="49"/>
        <source>change contact details</source>
        <translation>修改联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="50"/>
        <source>see health details</source>
        <translation>查看健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="51"/>
        <source>change health details</source>
        <translation>修改健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="52"/>
        <source>see whether a client has health alerts</source>
        <translation>查看客户是否有健康警示</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="53"/>
        <source>see treatment details</source>
        <translation>查看到店记录详情</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="54"/>
        <source>see treatment dates and services</source>
        <translation>查看到店日期和服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="55"/>
        <source>add treatments</source>
        <translation>添加到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="56"/>
        <source>edit any treatment</source>
        <translation>编辑任何到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="57"/>
        <source>edit their own treatment within 24 hours</source>
        <translation>在 24 小时内编辑自己的到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="58"/>
        <source>see patch tests</source>
        <translation>查看皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="59"/>
        <source>record patch tests</source>
        <translation>记录皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="60"/>
        <source>see patch-test status</source>
        <translation>查看皮肤测试状态</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="61"/>
        <source>see or add photos</source>
        <translation>查看或添加照片</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="62"/>
        <source>see scanned papers</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="63"/>
        <source>add or remove scanned papers</source>
        <translation>添加或删除扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="64"/>
        <source>see scanned health papers</source>
        <translation>查看健康类扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="65"/>
        <source>add or remove scanned health papers</source>
        <translation>添加或删除健康类扫描件</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="66"/>
        <source>record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="67"/>
        <source>print consent forms</source>
        <translation>打印同意书</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="68"/>
        <source>withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="69"/>
        <source>run a backup</source>
        <translation>执行备份</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="70"/>
        <source>restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="71"/>
        <source>export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="72"/>
        <source>import clients from a spreadsheet</source>
        <translation>从表格导入客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="73"/>
        <source>erase a client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="74"/>
        <source>merge two clients&apos; records</source>
        <translation>合并两位客户的记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="75"/>
        <source>purge records past retention</source>
        <translation>清除超过保留期的记录</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="76"/>
        <source>manage staff accounts</source>
        <translation>管理员工账户</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="77"/>
        <source>change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="78"/>
        <source>change how the vault is unlocked</source>
        <translation>更改保险库的解锁方式</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="79"/>
        <source>edit consent templates</source>
        <translation>编辑同意书模板</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="80"/>
        <source>read the activity log</source>
        <translation>查看活动日志</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="81"/>
        <source>keep the incident register</source>
        <translation>维护安全事件登记册</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="82"/>
        <source>see recall lists</source>
        <translation>查看回访名单</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="83"/>
        <source>mark recall lists</source>
        <translation>标记回访名单</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="84"/>
        <source>hand the screen to a client for a consultation form</source>
        <translation>将屏幕交给客户填写咨询表</translation>
    </message>
</context>
<context>
    <name>PhoneRows</name>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="33"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="34"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="35"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="36"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="92"/>
        <source>Add a number</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="172"/>
        <source>Phone number %1</source>
        <translation>电话号码 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="173"/>
        <source>Kind of phone number %1</source>
        <translation>电话号码 %1 的类型</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="174"/>
        <source>Move number %1 up</source>
        <translation>上移号码 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="175"/>
        <source>Move number %1 down</source>
        <translation>下移号码 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="176"/>
        <source>Remove number %1</source>
        <translation>移除号码 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="182"/>
        <source>A client has at most %1 numbers.</source>
        <translation>每位客户最多 %1 个号码。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="186"/>
        <source>The first number is the main one</source>
        <translation>第一个号码为主号码</translation>
    </message>
</context>
<context>
    <name>PhotoViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="75"/>
        <source>Compare before and after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="77"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>Before</source>
        <translation>服务前</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>After</source>
        <translation>服务后</translation>
    </message>
</context>
<context>
    <name>PhotosErrors</name>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="18"/>
        <source>The photo file is empty.</source>
        <translation>照片文件是空的。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="22"/>
        <source>The file %1 could not be read (%2).</source>
        <translation>无法读取文件 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="30"/>
        <source>The picture has too many pixels (more than %1 megapixels); take or export it at a normal camera resolution.</source>
        <translation>图片像素过多（超过 %1 百万像素）；请以普通相机分辨率拍摄或导出。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="38"/>
        <source>This file is not a photo SalonVault can read; use a JPEG, PNG or WebP picture.</source>
        <translation>该文件不是 SalonVault 能读取的照片；请使用 JPEG、PNG 或 WebP 图片。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="43"/>
        <source>The photo file is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation>照片文件已损坏或不完整（是否仍在复制中？）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="48"/>
        <source>The photo&apos;s date is in the future.</source>
        <translation>照片日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="52"/>
        <source>Open 1 to %1 photos at a time.</source>
        <translation>一次可打开 1 到 %1 张照片。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="57"/>
        <source>There is no such photo.</source>
        <translation>没有此照片。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="60"/>
        <source>A photo is either &apos;before&apos; or &apos;after&apos;.</source>
        <translation>照片只能是 &apos;before&apos;（服务前）或 &apos;after&apos;（服务后）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="63"/>
        <source>That photo is not on this client&apos;s record.</source>
        <translation>该照片不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="66"/>
        <source>That treatment is not on this client&apos;s record.</source>
        <translation>该到店记录不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="71"/>
        <source>The photo file is larger than %1 MB; export it smaller or take it at a normal camera resolution.</source>
        <translation>照片文件超过 %1 MB；请导出较小的文件，或以普通相机分辨率拍摄。</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="85"/>
        <source>Record photo consent…</source>
        <translation>记录拍照同意…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="87"/>
        <source>Withdraw photo consent…</source>
        <translation>撤回拍照同意…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="93"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Before</source>
        <translation>服务前</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="94"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>After</source>
        <translation>服务后</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="95"/>
        <source>Before or after</source>
        <translation>服务前或服务后</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="97"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Treatment</source>
        <translation>到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="98"/>
        <source>Add photo from file…</source>
        <translation>从文件添加照片…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="100"/>
        <source>Import from camera folder…</source>
        <translation>从相机文件夹导入…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="103"/>
        <source>Compare before and after…</source>
        <translation>前后对比…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="105"/>
        <source>Remove photo…</source>
        <translation>删除照片…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="107"/>
        <source>No photos yet.</source>
        <translation>暂无照片。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="134"/>
        <source>Photos by treatment</source>
        <translation>按到店记录分组的照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="169"/>
        <source>Photo consent: given.</source>
        <translation>拍照同意：已同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="173"/>
        <source>Photo consent: not recorded. Before/after photos can be taken and kept only after the client agrees.</source>
        <translation>拍照同意：未记录。只有在客户同意后，才能拍摄并保存服务前后的照片。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="196"/>
        <source>Photo consent recorded.</source>
        <translation>已记录拍照同意。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="200"/>
        <source>The client refused photos; the refusal is recorded.</source>
        <translation>客户拒绝拍照；拒绝已记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="206"/>
        <source>Withdraw photo consent</source>
        <translation>撤回拍照同意</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="208"/>
        <source>Withdraw the client&apos;s photo consent? %n photo(s) of this client will be deleted from the vault now. This cannot be undone.</source>
        <translation>
            <numerusform>撤回该客户的拍照同意？该客户的 %n 张照片将立即从保险库中删除，且无法恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="227"/>
        <source>Photo consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>已撤回拍照同意；已删除 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="270"/>
        <source>No treatment</source>
        <translation>不关联到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="291"/>
        <source>%1 (no treatment)</source>
        <translation>%1（未关联到店记录）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="334"/>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="335"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="381"/>
        <source>Adding photos…</source>
        <translation>正在添加照片…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="391"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>已添加 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="394"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="398"/>
        <source>%1 was added but the original could not be deleted (%2).</source>
        <translation>已添加 %1，但无法删除原始文件（%2）。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="462"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="463"/>
        <source>Remove %n photo(s) from the vault? This cannot be undone.</source>
        <translation>
            <numerusform>要从保险库中删除 %n 张照片吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinErrors</name>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="18"/>
        <source>A PIN has digits only.</source>
        <translation>PIN 码只能包含数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="22"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN 码需为 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="28"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation>PIN 码不能全是同一个数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="31"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation>PIN 码不能是连续数字，如 123456 或 987654。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="34"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation>PIN 码不能是重复的简单组合，如 121212 或 123123。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="37"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation>这个 PIN 码太常见了，请换一个。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="40"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation>PIN 码不能像日期（别人最先猜的往往是生日）。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="97"/>
        <location filename="../../../ui/widgets/pin_pad.py" line="98"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="99"/>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="100"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="101"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../../ui/pin_messages.py" line="14"/>
        <source>A PIN has digits only.</source>
        <translation>PIN 码只能包含数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="16"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>PIN 码需为 %1 到 %2 位数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="19"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation>PIN 码不能全是同一个数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="21"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation>PIN 码不能是连续数字，如 123456 或 987654。</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="25"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation>PIN 码不能是重复的简单组合，如 121212 或 123123。</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="29"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation>这个 PIN 码太常见了，请换一个。</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="32"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation>PIN 码不能像日期（别人最先猜的往往是生日）。</translation>
    </message>
</context>
<context>
    <name>PinnedNotesPanel</name>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="67"/>
        <source>Pin a short note: prefers Anna, always 10 minutes late…</source>
        <translation>置顶一条简短备注：喜欢找 Anna，总是迟到 10 分钟…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="69"/>
        <source>New pinned note</source>
        <translation>新置顶备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="71"/>
        <source>&amp;Pin</source>
        <translation>置顶(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="77"/>
        <source>Every role sees pinned notes: no health details here (those go under Health).</source>
        <translation>所有角色都能看到置顶备注：请勿在此填写健康信息（应填写在“健康”下）。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="129"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="137"/>
        <source>Remove this pinned note</source>
        <translation>移除此置顶备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="138"/>
        <source>Remove the pinned note: %1</source>
        <translation>移除置顶备注：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="152"/>
        <source>Type the note first.</source>
        <translation>请先输入备注。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="172"/>
        <source>Remove pinned note</source>
        <translation>移除置顶备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="173"/>
        <source>Remove the pinned note “%1” from the card?</source>
        <translation>要从档案中移除置顶备注“%1”吗？</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../../ui/pages/placeholder.py" line="35"/>
        <source>This page is not ready yet; it comes in a later update of this version.</source>
        <translation>此页面尚未完成，将在本版本的后续更新中提供。</translation>
    </message>
</context>
<context>
    <name>PrescriptionPaper</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="67"/>
        <source>Prescription &amp;paper</source>
        <translation>处方单(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="70"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="71"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="87"/>
        <source>The prescription was sent to the printer.</source>
        <translation>处方已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="95"/>
        <source>Save the prescription as PDF</source>
        <translation>将处方另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="96"/>
        <source>prescription-%1.pdf</source>
        <translation>prescription-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="106"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="335"/>
        <source>Only rows that are not simply new clients</source>
        <translation>仅显示不只是新客户的行</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="336"/>
        <source>For the selected rows:</source>
        <translation>对所选的行：</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="337"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="338"/>
        <source>Update the client already registered</source>
        <translation>更新已登记的客户</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="339"/>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../../ui/print_actions.py" line="61"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s records. Save it only where those records may be kept, and delete it when it is no longer needed.</source>
        <translation>保存的文件未加密：它把客户记录带出了保险库。请只保存在允许保存这些记录的地方，不再需要时请删除。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ui/printing.py" line="21"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>PrivacyErrors</name>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="18"/>
        <source>A time needs its time zone.</source>
        <translation>时间需要带时区。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="23"/>
        <source>The impact-assessment draft is for a salon in China or Vietnam; the salon&apos;s country is %1.</source>
        <translation>影响评估草稿仅适用于位于中国或越南的沙龙；本店所在国家为 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="30"/>
        <source>A notice goes to the authority or to clients.</source>
        <translation>通知的对象只能是监管机构或客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="33"/>
        <source>There is no such incident in the register.</source>
        <translation>登记册中没有此事件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="36"/>
        <source>Describe what happened.</source>
        <translation>请描述发生了什么。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="39"/>
        <source>The discovery cannot be in the future.</source>
        <translation>发现时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="42"/>
        <source>An incident happens before it is discovered.</source>
        <translation>事件的发生时间应早于发现时间。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="45"/>
        <source>Choose at least one kind of data.</source>
        <translation>请至少选择一类数据。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="48"/>
        <source>Give the first registration date.</source>
        <translation>请填写最早的登记日期。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="51"/>
        <source>Give the last registration date.</source>
        <translation>请填写最晚的登记日期。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="54"/>
        <source>The range ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="57"/>
        <source>Give the number of clients concerned (your best estimate).</source>
        <translation>请填写涉及的客户人数（您的最佳估计）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="60"/>
        <source>The authority is notified after the discovery.</source>
        <translation>通知监管机构的时间应晚于发现时间。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="63"/>
        <source>The notification cannot be in the future.</source>
        <translation>通知时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="67"/>
        <source>A retention period is between 1 and %1 years.</source>
        <translation>保留期限为 1 到 %1 年。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="73"/>
        <source>The report language is one of %1.</source>
        <translation>报告语言只能是以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="45"/>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="46"/>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="47"/>
        <source>Incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="48"/>
        <source>Record of processing</source>
        <translation>处理活动记录</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="83"/>
        <source>Save the record of processing</source>
        <translation>保存处理活动记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="85"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds no client&apos;s details, only the salon&apos;s name, address, settings and rules.</source>
        <translation>保存的文件未加密：它将离开保险库。文件不含任何客户信息，只有沙龙的名称、地址、设置和规则。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="99"/>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="112"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="103"/>
        <source>Save the impact-assessment draft</source>
        <translation>保存影响评估草稿</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="127"/>
        <source>The record of processing activities is made from the salon&apos;s settings, under the law of the salon&apos;s country: the consent purposes switched on, the client fields collected, the recipients listed in Settings, the retention rules and what SalonVault does to protect the records. It is in the salon&apos;s language; complete the parts in [square brackets] on paper.</source>
        <translation>处理活动记录根据本店的设置、按本店所在国家的法律生成，内容包括：已开启的同意用途、收集的客户字段、在“设置”中列出的接收方、保留规则，以及 SalonVault 为保护记录所采取的措施。记录使用本店的语言；请在打印件上补全 [方括号] 中的部分。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="138"/>
        <source>A duty under China&apos;s PIPL (Art. 55-56): before keeping health data, carry out a personal information protection impact assessment, and keep it and this record for at least 3 years. SalonVault drafts it from the same facts.</source>
        <translation>中国《个人信息保护法》（PIPL）第五十五条、第五十六条规定的义务：保存健康信息之前，须进行个人信息保护影响评估，并将评估报告和本记录至少保存 3 年。SalonVault 依据相同的信息起草评估报告。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="146"/>
        <source>A duty under Vietnam&apos;s Personal Data Protection Law (91/2025/QH15): keep a personal data processing impact-assessment dossier. SalonVault drafts it from the same facts; check it against the form in force.</source>
        <translation>越南《个人数据保护法》（91/2025/QH15）规定的义务：须保存个人数据处理影响评估档案。SalonVault 依据相同的信息起草该档案；请对照现行有效的法定格式进行核对。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="151"/>
        <source>Save the impact-assessment &amp;draft…</source>
        <translation>保存影响评估草稿(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="152"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="71"/>
        <source>Change details…</source>
        <translation>修改资料…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="101"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="108"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="109"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="110"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="115"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="119"/>
        <source>Serving this client</source>
        <translation>服务须知</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="121"/>
        <source>Minor (under 18)</source>
        <translation>未成年（未满18岁）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="123"/>
        <source>Parent or guardian</source>
        <translation>父母或监护人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="127"/>
        <source>Hair</source>
        <translation>头发</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="128"/>
        <source>Skin</source>
        <translation>皮肤</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="129"/>
        <source>Lashes</source>
        <translation>睫毛</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="135"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="136"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="165"/>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="167"/>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="185"/>
        <source>Archive %1? The client leaves everyday search; nothing is deleted and you can bring them back at any time.</source>
        <translation>要归档 %1 吗？该客户将不再出现在日常搜索中；不会删除任何内容，随时可以恢复。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="189"/>
        <source>Bring %1 back into everyday search?</source>
        <translation>要让 %1 重新出现在日常搜索中吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="64"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="73"/>
        <source>The client must a&amp;nswer it</source>
        <translation>客户必须回答(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="84"/>
        <source>Red-flag answers: Space ticks one</source>
        <translation>风险项答案：按空格键勾选</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="87"/>
        <source>A red flag st&amp;ops the service until it is reviewed</source>
        <translation>风险项在审核前暂停服务(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="111"/>
        <source>Question te&amp;xt</source>
        <translation>问题文字(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="112"/>
        <source>&amp;Answer</source>
        <translation>回答方式(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="113"/>
        <source>&amp;Choices</source>
        <translation>选项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="114"/>
        <source>&amp;Red-flag answers</source>
        <translation>风险项答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="115"/>
        <source>Health a&amp;lert</source>
        <translation>健康警示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="132"/>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="133"/>
        <source>one of several answers</source>
        <translation>从多个答案中选一个</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="134"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="135"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="136"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="143"/>
        <source>(no words yet)</source>
        <translation>（尚无文字）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="144"/>
        <source>%1 (not written in this language)</source>
        <translation>%1（未用此语言填写）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="171"/>
        <source>One answer a line, in the same order in every language.</source>
        <translation>每行一个答案，每种语言中的顺序须相同。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="173"/>
        <source>Only a question answered with one of several answers has choices.</source>
        <translation>只有回答方式为“从多个答案中选一个”的问题才有选项。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="204"/>
        <source>Only yes-or-no and choice answers can be red flags.</source>
        <translation>只有“是或否”和选择类答案才能设为风险项。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="206"/>
        <source>Tick a red-flag answer first: the alert and the stop follow it.</source>
        <translation>请先勾选风险项答案：健康警示和暂停服务都取决于它。</translation>
    </message>
</context>
<context>
    <name>RecallSettingsBox</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/recall_settings_box.py" line="77"/>
        <source>Saved: lapsed clients are now those with no visit for %n month(s).</source>
        <translation>
            <numerusform>已保存：现在 %n 个月未到店的客户视为流失客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="90"/>
        <source>Recall list</source>
        <translation>回访名单</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="93"/>
        <source>A client with no visit for this many months shows on the Recalls page under lapsed clients, for reception to call back.</source>
        <translation>客户超过此月数未到店时，会显示在“回访”页面的“流失客户”中，供前台致电回访。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="97"/>
        <source>&amp;Months without a visit:</source>
        <translation>未到店月数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="98"/>
        <source>Months without a visit before a client is lapsed</source>
        <translation>客户未到店多少个月后视为流失</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="99"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="100"/>
        <source>Save the months for lapsed clients</source>
        <translation>保存流失客户的月数</translation>
    </message>
</context>
<context>
    <name>Recalls</name>
    <message>
        <location filename="../../../ui/recall_labels.py" line="13"/>
        <source>Eye test due</source>
        <translation>该做视力检查</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="14"/>
        <source>Contact-lens aftercare due</source>
        <translation>该做隐形眼镜复查</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="17"/>
        <source>Patch test running out</source>
        <translation>皮肤测试即将过期</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="18"/>
        <source>Lapsed clients</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="19"/>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="26"/>
        <source>Called</source>
        <translation>已致电</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="27"/>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="28"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="35"/>
        <source>No consent to contact for this</source>
        <translation>客户未同意此类联系</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="38"/>
        <source>No phone number on file</source>
        <translation>没有登记电话号码</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="39"/>
        <source>Contact details not shown to your role</source>
        <translation>您的角色无权查看联系方式</translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="203"/>
        <source>Every list</source>
        <translation>所有名单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recalls_page.py" line="271"/>
        <source>%n line(s) to work through</source>
        <translation>
            <numerusform>还有 %n 行待处理</numerusform>
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
        <translation>标记行仅限负责联系客户的员工（店主、前台）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="366"/>
        <source>Choose a line in the list to mark it or open the card.</source>
        <translation>请在列表中选择一行，以标记或打开档案。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="388"/>
        <source>Clients to call or write to because something is due. A phone number shows only where the client agreed to that kind of contact. Marked booked, or not now until a day, a line leaves the list.</source>
        <translation>因有事项到期而需要致电或联系的客户。只有客户同意此类联系时才显示电话号码。标记为“已预约”，或标记为“暂不”并设定日期后，该行会从列表中移除。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="393"/>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="394"/>
        <source>D&amp;ue by:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="395"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="398"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="399"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="400"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="401"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="402"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="403"/>
        <source>Marked</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="406"/>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="407"/>
        <source>&amp;Called</source>
        <translation>已致电(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="408"/>
        <source>&amp;Booked</source>
        <translation>已预约(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="409"/>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="410"/>
        <source>until t&amp;he day:</source>
        <translation>直到(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="411"/>
        <source>&amp;Open card</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="138"/>
        <source>Saved. The privacy notice, the record of processing and the data reports name these recipients from now on.</source>
        <translation>已保存。从现在起，隐私告知、处理活动记录和数据报告会列出这些接收方。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="125"/>
        <source>Choose a row in the list first, then remove it.</source>
        <translation>请先在列表中选择一行，再将其删除。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="168"/>
        <source>Recipients and transfers abroad</source>
        <translation>接收方与跨境提供</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="171"/>
        <source>SalonVault itself sends client data nowhere. List here whom the salon passes client data to: an SMS provider, messaging apps (Zalo, WeChat, WhatsApp …), an accountant, an IT helper. The privacy notice, the record of processing and the data report name them.</source>
        <translation>SalonVault 本身不会把客户信息发送到任何地方。请在此列出本店会向谁提供客户信息：短信服务商、即时通讯应用（Zalo、微信、WhatsApp …）、会计、IT 协助人员。隐私告知、处理活动记录和数据报告会列出他们。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="179"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="180"/>
        <source>What it receives the data for</source>
        <translation>接收信息的用途</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="181"/>
        <source>Country (code)</source>
        <translation>国家（代码）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="182"/>
        <source>Safeguard, if abroad</source>
        <translation>保障措施（如在境外）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="187"/>
        <source>A recipient in another country than the salon&apos;s is a transfer abroad; say what protects it (contract clauses, the client&apos;s consent …).</source>
        <translation>接收方位于本店所在国家以外时即属于跨境提供；请说明保障措施（合同条款、客户的同意 …）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="191"/>
        <source>&amp;Add a recipient</source>
        <translation>添加接收方(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="192"/>
        <source>&amp;Remove the row</source>
        <translation>删除此行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="193"/>
        <source>&amp;Save the list</source>
        <translation>保存列表(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="135"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="138"/>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="177"/>
        <source>Record: %1, %2</source>
        <translation>记录：%1，%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/record_detail.py" line="183"/>
        <source>%n earlier version(s) kept from changes.</source>
        <translation>
            <numerusform>已保留 %n 个修改前的早前版本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="79"/>
        <source>Add record: %1</source>
        <translation>添加记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="80"/>
        <source>Change record: %1</source>
        <translation>修改记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="81"/>
        <source>Correct record: %1</source>
        <translation>更正记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="104"/>
        <source>Write the cylinder as the examiner wrote it, minus or plus; the card and the paper show it in the salon&apos;s notation (%1).</source>
        <translation>按检查者的原始写法填写柱镜，负或正均可；客户档案和处方单会按本店的记法显示（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="179"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="227"/>
        <source>Your unsaved record was kept while the screen was locked.</source>
        <translation>锁屏期间，您未保存的服务记录已保留。</translation>
    </message>
</context>
<context>
    <name>RecordInputs</name>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="190"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="191"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="240"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="245"/>
        <location filename="../../../ui/widgets/record_inputs.py" line="246"/>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>RecordTemplatesBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="159"/>
        <source>Record templates</source>
        <translation>记录模板</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="169"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="170"/>
        <source>Kept for</source>
        <translation>记录对象</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="171"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="172"/>
        <source>Made by</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="173"/>
        <source>On</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="174"/>
        <source>Offered with</source>
        <translation>提供于</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="186"/>
        <source>Switch &amp;on or off</source>
        <translation>开启或关闭(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="189"/>
        <source>Co&amp;py…</source>
        <translation>复制(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="192"/>
        <source>&amp;Fields…</source>
        <translation>字段(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="194"/>
        <source>&amp;Services…</source>
        <translation>服务项目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="241"/>
        <source>the client&apos;s card</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="244"/>
        <source>every treatment</source>
        <translation>所有到店服务</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>the client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>a treatment</source>
        <translation>到店服务</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>the salon</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>on</source>
        <translation>已开启</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="283"/>
        <source>A built-in template changes only with the program: copy it to add fields.</source>
        <translation>内置模板只随程序更新而改变：请复制后再添加字段。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="286"/>
        <source>A record kept for the client is offered on the card.</source>
        <translation>为客户保存的记录在客户档案中添加。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="302"/>
        <source>%1 is off and no longer listed: an optician&apos;s templates are listed when the salon&apos;s kinds include Optician (Salon tab).</source>
        <translation>%1 已关闭，不再列出：只有门店的业务类型包含“眼镜店”时，才列出眼镜店的模板（“门店”选项卡）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="315"/>
        <source>%1 (ours)</source>
        <translation>%1（本店）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="318"/>
        <source>Copy a template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="319"/>
        <source>Name of the copy</source>
        <translation>副本名称</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="332"/>
        <source>Copied as %1: add fields to it with Fields…</source>
        <translation>已复制为 %1：可通过“字段…”为其添加字段。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="348"/>
        <source>%1: version %2 saved.</source>
        <translation>%1：已保存版本 %2。</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="88"/>
        <source>%1 · recorded by %2 · template version %3</source>
        <translation>%1 · 由 %2 记录 · 模板版本 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="95"/>
        <source>This record corrects an earlier one.</source>
        <translation>此记录更正了之前的一条记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="98"/>
        <source>Corrected later: the newest correction stands.</source>
        <translation>之后已更正：以最新的更正为准。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="103"/>
        <source>Some values are health data: they are shown to the owner and the technicians only.</source>
        <translation>部分数值属于健康信息：仅向店主和技师显示。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="112"/>
        <source>Set off: what changed since the previous record of this kind.</source>
        <translation>突出显示：与上一条同类记录相比有变化的内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="195"/>
        <source>Shown in %1 notation.</source>
        <translation>按 %1 记法显示。</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="233"/>
        <source>changed since the previous record</source>
        <translation>较上一条记录有变化</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="239"/>
        <source>health data, not shown</source>
        <translation>健康信息，不显示</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../../../ui/record_words.py" line="59"/>
        <source>Plus cylinder</source>
        <translation>正柱镜</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="60"/>
        <source>Minus cylinder</source>
        <translation>负柱镜</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="65"/>
        <source>Decimal (1.0)</source>
        <translation>小数（1.0）</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="66"/>
        <source>Metres (6/6)</source>
        <translation>米制（6/6）</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="67"/>
        <source>Feet (20/20)</source>
        <translation>英尺制（20/20）</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="78"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="79"/>
        <source>Choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="80"/>
        <source>Several choices</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="81"/>
        <source>Yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="82"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="83"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="84"/>
        <source>Visual acuity</source>
        <translation>视力</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="85"/>
        <source>Right and left eye</source>
        <translation>右眼和左眼</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="86"/>
        <source>Zones</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="153"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="154"/>
        <source>Write a number.</source>
        <translation>请填写数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="158"/>
        <source>At least %1 %2.</source>
        <translation>至少为 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="159"/>
        <source>At least %1.</source>
        <translation>至少为 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="163"/>
        <source>At most %1 %2.</source>
        <translation>最多为 %1 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="164"/>
        <source>At most %1.</source>
        <translation>最多为 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="168"/>
        <source>In steps of %1 %2.</source>
        <translation>以 %1 %2 为步长。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="169"/>
        <source>In steps of %1.</source>
        <translation>以 %1 为步长。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="173"/>
        <source>Choose one of: %1.</source>
        <translation>请选择以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="176"/>
        <source>Choose yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="179"/>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation>日期请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="182"/>
        <source>This date cannot be in the future.</source>
        <translation>此日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="186"/>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="189"/>
        <source>Write a decimal acuity (0.01 to 2.5), or 6/x or 20/x.</source>
        <translation>请填写小数视力（0.01 到 2.5），或 6/x、20/x。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="193"/>
        <source>Needed because %1 is given.</source>
        <translation>已填写 %1，因此此项必填。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="196"/>
        <source>Give this only with %1.</source>
        <translation>只有填写 %1 时才填写此项。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="199"/>
        <source>Needed when %1 is %2.</source>
        <translation>%1 为 %2 时此项必填。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="202"/>
        <source>Only when %1 is %2; leave it empty.</source>
        <translation>仅在 %1 为 %2 时填写；请留空。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="207"/>
        <source>On or after %1.</source>
        <translation>不能早于 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="209"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation>请填写左右眼各自的瞳距（PD），或双眼总瞳距。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="213"/>
        <source>The two eyes&apos; PDs add up to %1 mm: the binocular PD is their sum.</source>
        <translation>左右眼瞳距之和为 %1 毫米：双眼总瞳距应等于两者之和。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="227"/>
        <source>Receptionists see service records; adding and changing them is for the owner and the technicians.</source>
        <translation>前台可以查看服务记录；添加和修改服务记录仅限店主和技师。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="233"/>
        <source>Someone else recorded this: only they (for 24 hours) or the owner may change it. Add a correction instead.</source>
        <translation>这是其他人录入的记录：只有录入者（24 小时内）或店主可以修改。请改为添加更正。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="239"/>
        <source>Locked: records can be changed for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation>已锁定：记录只能在录入后 24 小时内修改，该时限已于 %1 结束。请改为添加更正；原记录会保留在历史记录中。</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="252"/>
        <source>You may change it until %1.</source>
        <translation>您可以在 %1 之前修改。</translation>
    </message>
</context>
<context>
    <name>RecordsErrors</name>
    <message>
        <location filename="../../../ui/error_text/records.py" line="18"/>
        <source>A template needs a name (at most 80 characters).</source>
        <translation>模板需要名称（最多 80 个字符）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="22"/>
        <source>A template has 1 to %1 fields.</source>
        <translation>一个模板有 1 到 %1 个字段。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="28"/>
        <source>A group has 1 to %1 parts.</source>
        <translation>一个分组有 1 到 %1 个部分。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="34"/>
        <source>A zone grid has 1 to %1 zones.</source>
        <translation>区域网格有 1 到 %1 个区域。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="39"/>
        <source>Zone keys are short, lower-case and unique.</source>
        <translation>区域键必须简短、小写且不重复。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="43"/>
        <source>A choice field has 1 to %1 different choices.</source>
        <translation>选项字段有 1 到 %1 个不同的选项。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="49"/>
        <source>A text is at most %1 characters.</source>
        <translation>文本最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="55"/>
        <source>The template is not well formed (%1).</source>
        <translation>模板格式不正确（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="60"/>
        <source>A copy keeps the built-in template&apos;s rules.</source>
        <translation>副本沿用内置模板的规则。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="63"/>
        <source>Every field needs a label (at most 80 characters).</source>
        <translation>每个字段都需要名称（最多 80 个字符）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="66"/>
        <source>A group&apos;s parts are single values.</source>
        <translation>分组的各部分只能是单个值。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="69"/>
        <source>A number&apos;s step is above zero.</source>
        <translation>数值的步长必须大于零。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="72"/>
        <source>A number&apos;s minimum is at most its maximum.</source>
        <translation>数值的最小值不能大于最大值。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="76"/>
        <source>A rule names %1, which is not a field.</source>
        <translation>有一条规则引用了 %1，但它不是字段。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="82"/>
        <source>%1 is health data in the built-in template and stays marked so.</source>
        <translation>%1 在内置模板中是健康信息，始终保持标记。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="87"/>
        <source>Only a group has parts or zones.</source>
        <translation>只有分组才有部分或区域。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="91"/>
        <source>%1 is yes or no.</source>
        <translation>%1 只能是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="97"/>
        <source>%1: give its values row by row.</source>
        <translation>%1：请逐行填写其值。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="103"/>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="109"/>
        <source>%1 is a group, not a single value.</source>
        <translation>%1 是一个分组，不是单个值。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="115"/>
        <source>%1: write a decimal acuity (0.01 to 2.5) or 6/x or 20/x.</source>
        <translation>%1：请填写小数视力（0.01 到 2.5），或 6/x、20/x。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="121"/>
        <source>%1 is a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="127"/>
        <source>%1 cannot be in the future.</source>
        <translation>%1 不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="132"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation>请填写左右眼各自的瞳距（PD），或双眼总瞳距。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="136"/>
        <source>%1 is a date (YYYY-MM-DD).</source>
        <translation>%1 必须是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="141"/>
        <source>The record&apos;s date is in the future.</source>
        <translation>记录日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="144"/>
        <source>There is no such record.</source>
        <translation>没有此记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="147"/>
        <source>There is no such record template.</source>
        <translation>没有此记录模板。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="150"/>
        <source>This record template is switched off.</source>
        <translation>此记录模板已关闭。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="153"/>
        <source>This client has no spectacle prescription on file.</source>
        <translation>此客户没有存档的配镜处方。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="156"/>
        <source>That record is not one of this client&apos;s prescriptions.</source>
        <translation>该记录不是此客户的处方。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="159"/>
        <source>Choose one of this client&apos;s visits.</source>
        <translation>请选择此客户的一次到店记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="162"/>
        <source>This record belongs to a visit: choose the visit.</source>
        <translation>此记录属于一次到店：请选择该到店记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="165"/>
        <source>A built-in template changes only with the program; copy it to change it.</source>
        <translation>内置模板只随程序更新而改变；如需修改，请先复制。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="168"/>
        <source>Only a template for visits is offered per service.</source>
        <translation>只有用于到店的模板才能按服务项目提供。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="171"/>
        <source>Choose minus or plus cylinders, and decimal, 6/x or 20/x acuity.</source>
        <translation>请选择负柱镜或正柱镜，以及小数、6/x 或 20/x 视力记法。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="175"/>
        <source>The template has no field %1.</source>
        <translation>模板中没有字段 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="181"/>
        <source>%1: there is no row %2.</source>
        <translation>%1：没有第 %2 行。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="188"/>
        <source>%1: %2 needs its values by name.</source>
        <translation>%1：%2 需要按名称给出各项值。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="195"/>
        <source>%1 has no part %2.</source>
        <translation>%1 没有部分 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="202"/>
        <source>%1 is at most %2 characters.</source>
        <translation>%1 最多 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="209"/>
        <source>%1 is at least %2 %3.</source>
        <translation>%1 至少为 %2 %3。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="217"/>
        <source>%1 is at least %2.</source>
        <translation>%1 至少为 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="224"/>
        <source>%1 is at most %2 %3.</source>
        <translation>%1 最多为 %2 %3。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="232"/>
        <source>%1 is at most %2.</source>
        <translation>%1 最多为 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="239"/>
        <source>%1 goes in steps of %2 %3.</source>
        <translation>%1 以 %2 %3 为步长。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="247"/>
        <source>%1 goes in steps of %2.</source>
        <translation>%1 以 %2 为步长。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="254"/>
        <source>%1: %2 is not one of the choices.</source>
        <translation>%1：%2 不是可选项之一。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="261"/>
        <source>%1 is needed with %2.</source>
        <translation>填写 %2 时需要同时填写 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="268"/>
        <source>%1 is given only with %2.</source>
        <translation>只有填写 %2 时才能填写 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="275"/>
        <source>%1 is needed for %2.</source>
        <translation>%2 需要填写 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="282"/>
        <source>%1 is only for %2.</source>
        <translation>%1 仅适用于 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="289"/>
        <source>%1 is on or after %2.</source>
        <translation>%1 不能早于 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="296"/>
        <source>The binocular PD (%1) is not the two eyes&apos; PDs added (%2).</source>
        <translation>双眼总瞳距（%1）不等于左右眼瞳距之和（%2）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="303"/>
        <source>Field keys are short, lower-case and unique (%1).</source>
        <translation>字段键必须简短、小写且不重复（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="309"/>
        <source>This record can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation>此记录已无法修改（只能修改自己录入的、24 小时内的记录）；请改为添加更正。</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="67"/>
        <source>Service records, newest first</source>
        <translation>服务记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="70"/>
        <source>Service records: press Enter to open one</source>
        <translation>服务记录：按回车打开</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="109"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="112"/>
        <source>Add &amp;record</source>
        <translation>添加记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="171"/>
        <source>Changed values are set off in the record beside.</source>
        <translation>有变化的数值会在旁边的记录中突出显示。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="188"/>
        <source>No service records yet. A treatment&apos;s records (skin, lashes, laser, lenses) are added from the treatment; a spectacle prescription here.</source>
        <translation>尚无服务记录。到店服务的记录（皮肤、睫毛、激光、隐形眼镜）从相应的到店记录中添加；配镜处方在此添加。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="192"/>
        <source>No service records yet. A treatment&apos;s records are added from the treatment.</source>
        <translation>尚无服务记录。到店服务的记录在该次服务中添加。</translation>
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
            <numerusform>%n 处变化</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="206"/>
        <source>%1  (a correction)</source>
        <translation>%1  （更正）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="219"/>
        <source>No record for the client is switched on; a treatment&apos;s records are added from the treatment.</source>
        <translation>没有开启任何客户记录；到店服务的记录从相应的到店记录中添加。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="251"/>
        <source>Highlight a spectacle prescription to print it.</source>
        <translation>选中一份配镜处方即可打印。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyInput</name>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="41"/>
        <source>The Recovery Kit (PDF) or the key&apos;s text file</source>
        <translation>恢复套件（PDF）或密钥文本文件</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="42"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation>恢复套件或密钥文件 (*.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="70"/>
        <source>AGE-SECRET-KEY-1… as on the kit: groups of four, spaces and case do not matter</source>
        <translation>AGE-SECRET-KEY-1…，与套件上一致：四个字符一组，空格和大小写不影响</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="73"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="74"/>
        <source>Open the kit or key file…</source>
        <translation>打开套件或密钥文件…</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="39"/>
        <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation>恢复套件可以打开所有客户资料。请只保存到要放进保险柜的 U 盘，不要保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="45"/>
        <source>Save the Recovery Kit</source>
        <translation>保存恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="57"/>
        <source>The key file opens every client record, like the kit. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation>密钥文件和恢复套件一样，可以打开所有客户记录。请只将其保存到放在保险柜里的 U 盘中，不要保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="63"/>
        <source>Save the recovery key as a text file</source>
        <translation>将恢复密钥保存为文本文件</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="70"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="50"/>
        <source>Recovery Kit</source>
        <translation>恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="53"/>
        <source>Print the Recovery Kit or save it to a USB stick, and keep it in the safe. Anyone who has it can open every record.</source>
        <translation>请打印恢复套件或保存到 U 盘，并放进保险柜。任何人拿到它都能打开所有客户资料。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="62"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="63"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="64"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="65"/>
        <source>Also save the key as a text file…</source>
        <translation>同时将密钥保存为文本文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="77"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>我已打印或保存恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="115"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="117"/>
        <source>Could not print: %1</source>
        <translation>无法打印：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="124"/>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="133"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="127"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="136"/>
        <source>The key is saved as a text file in %1.</source>
        <translation>密钥已保存为文本文件，位于 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="147"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation>打印套件，或将其另存为 PDF，或将密钥另存为文本文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="149"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation>套件打印或保存后，请勾选此框。</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPage</name>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="147"/>
        <location filename="../../../ui/wizard/kit_page.py" line="167"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="152"/>
        <location filename="../../../ui/wizard/kit_page.py" line="184"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="137"/>
        <source>Could not make the kit: %1</source>
        <translation>无法生成恢复套件：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="164"/>
        <location filename="../../../ui/wizard/kit_page.py" line="175"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="178"/>
        <source>The key is saved as a text file in %1.</source>
        <translation>密钥已保存为文本文件，位于 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="186"/>
        <source>Could not print: %1</source>
        <translation>无法打印：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="193"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation>打印套件，或将其另存为 PDF，或将密钥另存为文本文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="195"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation>套件打印或保存后，请勾选此框。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="197"/>
        <source>Type the last 4 characters of the key shown above.</source>
        <translation>请输入上方所示密钥的最后 4 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="200"/>
        <source>These are not the last 4 characters of the key: compare them with the kit.</source>
        <translation>这不是密钥的最后 4 个字符：请与套件核对。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="212"/>
        <source>Your Recovery Kit</source>
        <translation>您的恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="215"/>
        <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
        <translation>如果这台电脑丢失或损坏，可以用此密钥打开保险库及其备份。请打印恢复套件或保存到 U 盘，并放进保险柜。没有它，电脑一旦丢失，客户资料也会随之丢失。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="222"/>
        <source>There is no Cancel on this page: the vault exists now, and this key is the only way back to its records if this computer is lost. Keep the kit first.</source>
        <translation>此页面没有“取消”：保险库现已创建，如果这台电脑丢失，此密钥是找回其中记录的唯一途径。请先保管好套件。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="226"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="227"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="228"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="229"/>
        <source>Also save the key as a text file…</source>
        <translation>同时将密钥保存为文本文件…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="230"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>我已打印或保存恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="231"/>
        <source>Type the last 4 characters of the key:</source>
        <translation>请输入密钥的最后 4 个字符：</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="232"/>
        <source>Last 4 characters of the key</source>
        <translation>密钥的最后 4 个字符</translation>
    </message>
</context>
<context>
    <name>RecoverySlotBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="85"/>
        <source>Recovery slot</source>
        <translation>恢复密钥槽</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="89"/>
        <source>The recovery slot is missing: the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation>恢复密钥槽缺失：恢复套件无法打开保险库。请用套件中的密钥重新生成。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="94"/>
        <source>The recovery slot does not open with this salon&apos;s recovery key (it was damaged or changed): the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation>恢复密钥槽无法用本沙龙的恢复密钥打开（已损坏或被更改）：恢复套件无法打开保险库。请用套件中的密钥重新生成。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="99"/>
        <source>In place: the Recovery Kit opens the vault. Nothing to make again.</source>
        <translation>正常：恢复套件可以打开保险库。无需重新生成。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="103"/>
        <source>Make the recovery slot again…</source>
        <translation>重新生成恢复密钥槽…</translation>
    </message>
</context>
<context>
    <name>RecoverySlotDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="135"/>
        <source>Make the recovery slot again</source>
        <translation>重新生成恢复密钥槽</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="138"/>
        <source>Type the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…), or choose its key file or the saved kit.</source>
        <translation>请输入恢复套件中的恢复密钥（AGE-SECRET-KEY-1…），或选择其密钥文件或已保存的套件。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="142"/>
        <source>&amp;Recovery key</source>
        <translation>恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="143"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="144"/>
        <source>Choose the key file or kit…</source>
        <translation>选择密钥文件或套件…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="150"/>
        <source>The recovery key file or the saved Recovery Kit</source>
        <translation>恢复密钥文件或已保存的恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="151"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation>恢复套件或密钥文件 (*.pdf *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="158"/>
        <source>Chosen: %1</source>
        <translation>已选择：%1</translation>
    </message>
</context>
<context>
    <name>RekeyBox</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="142"/>
        <source>Re-key the vault now? Every record is encrypted again under a new key; on a large vault this takes a few minutes, and nothing can be saved meanwhile. Old copies of the key files stop opening the vault.</source>
        <translation>现在为保险库更换密钥吗？所有记录都将用新密钥重新加密；保险库较大时需要几分钟，期间无法保存任何内容。旧的密钥文件副本将无法再打开保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="146"/>
        <location filename="../../../ui/pages/rekey_box.py" line="216"/>
        <source>Re-key the vault</source>
        <translation>为保险库更换密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="170"/>
        <source>Done in %1 s: every record is encrypted under a new key, and old copies of the key files no longer open the vault.</source>
        <translation>已在 %1 秒内完成：所有记录均已用新密钥加密，旧的密钥文件副本不再能打开保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="184"/>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation>这不是店主的密码短语。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="188"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation>请输入店主的密码短语：更换密钥后的保险库也可用它打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="195"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="219"/>
        <source>When an old copy of the vault&apos;s key files, an old passphrase or a PC&apos;s old key may be in someone&apos;s hands: the records are encrypted under a new key and those copies open nothing. The Recovery Kit stays the same.</source>
        <translation>适用于保险库密钥文件的旧副本、旧密码短语或某台电脑的旧密钥可能落入他人之手的情况：记录将用新密钥加密，这些副本将无法打开任何内容。恢复套件保持不变。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="224"/>
        <source>Owner&apos;s &amp;passphrase</source>
        <translation>店主的密码短语(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="225"/>
        <source>Owner&apos;s passphrase</source>
        <translation>店主的密码短语</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="228"/>
        <source>Re-key the vault…</source>
        <translation>为保险库更换密钥…</translation>
    </message>
</context>
<context>
    <name>RekeyProgressDialog</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="61"/>
        <source>Re-keying the vault</source>
        <translation>正在为保险库更换密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="75"/>
        <source>Preparing the new keys…</source>
        <translation>正在准备新密钥…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="76"/>
        <source>Encrypting every record under the new key…</source>
        <translation>正在用新密钥加密所有记录…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="77"/>
        <source>Writing the new key slots…</source>
        <translation>正在写入新的密钥槽…</translation>
    </message>
</context>
<context>
    <name>RenameStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="155"/>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="156"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="157"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
</context>
<context>
    <name>ReplaceRecoveryKeyBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="83"/>
        <source>Replace the recovery key? The old Recovery Kit stops opening the vault, and the new kit must be printed or saved right away. Backups made until now still open with the old key only.</source>
        <translation>更换恢复密钥吗？旧的恢复套件将无法再打开保险库，必须立即打印或保存新的套件。此前制作的备份仍只能用旧密钥打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="87"/>
        <location filename="../../../ui/pages/recovery_key_box.py" line="127"/>
        <source>Replace the recovery key</source>
        <translation>更换恢复密钥</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="95"/>
        <source>Replacing the recovery key…</source>
        <translation>正在更换恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="105"/>
        <source>Done. Print or save the new Recovery Kit now and keep it in the safe.</source>
        <translation>已完成。请立即打印或保存新的恢复套件，并放入保险柜保管。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="130"/>
        <source>When the Recovery Kit is lost, or someone who knew the key has left: a new recovery key opens the vault and the backups from now on, and the old kit stops opening the vault.</source>
        <translation>适用于恢复套件丢失，或知道该密钥的人已离开的情况：新的恢复密钥可打开保险库和此后的备份，旧套件将无法再打开保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="135"/>
        <source>Replace the recovery key…</source>
        <translation>更换恢复密钥…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recovery_key_box.py" line="145"/>
        <source>Replaced on %1; %n backups made before still open only with that key (its public key ends in %2):</source>
        <translation>
            <numerusform>已于 %1 更换；此前制作的 %n 个备份仍只能用该密钥打开（其公钥以 %2 结尾）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="152"/>
        <source>Replaced on %1; no backup was made with that key (its public key ends in %2).</source>
        <translation>已于 %1 更换；没有用该密钥制作的备份（其公钥以 %2 结尾）。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="160"/>
        <source>%1 in %2, made %3 (that drive is not plugged in now)</source>
        <translation>%1，位于 %2，制作于 %3（该驱动器当前未插入）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="162"/>
        <source>%1 in %2, made %3</source>
        <translation>%1，位于 %2，制作于 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="164"/>
        <source>%1 in %2, made %3 (no longer there)</source>
        <translation>%1，位于 %2，制作于 %3（已不存在）</translation>
    </message>
</context>
<context>
    <name>ResetCodeDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="231"/>
        <source>One-time code for %1</source>
        <translation>%1 的一次性验证码</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="235"/>
        <source>The PIN of %1 is reset; their old PIN no longer works. They sign in with this code and then choose their new PIN. It works once, until %2.</source>
        <translation>%1 的 PIN 已重置；旧 PIN 不再有效。他们用此验证码登录后设置新 PIN。验证码仅可使用一次，有效期至 %2。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="244"/>
        <source>Hand this code over in person, not by message or e-mail. It is shown only now; if it is lost, reset the PIN again.</source>
        <translation>请当面交付此验证码，不要通过消息或电子邮件发送。它只显示这一次；如果丢失，请再次重置 PIN。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="248"/>
        <source>One-time code</source>
        <translation>一次性验证码</translation>
    </message>
</context>
<context>
    <name>ResignRuleDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="68"/>
        <source>When %1 is signed again</source>
        <translation>%1 何时重新签署</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="74"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="76"/>
        <source>Also as soon as the client&apos;s health details change</source>
        <translation>客户健康信息一旦变更，也需重新签署</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="82"/>
        <source>Forms already signed follow the new rule at once; changing it makes no new version, so no one signs again because of it.</source>
        <translation>已签署的表格立即按新规则执行；修改规则不会生成新版本，因此不会有人因此需要重新签署。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="89"/>
        <source>Signed again &amp;after</source>
        <translation>重新签署间隔(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>The backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>SalonVault 备份 (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="101"/>
        <source>Choose the backup file (it ends in .svbak).</source>
        <translation>请选择备份文件（以 .svbak 结尾）。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="109"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="120"/>
        <source>Restoring from a backup</source>
        <translation>正在从备份恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="137"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="140"/>
        <source>The vault on this computer does not open. Put the newest backup file (.svbak) in its place with the recovery key printed on the Recovery Kit; the files that do not open are kept aside in the data folder. Staff sign in with their usual PINs; what was recorded after the backup is not in it.</source>
        <translation>这台电脑上的保险库无法打开。请用恢复套件上印的恢复密钥，以最新的备份文件（.svbak）替换它；无法打开的文件会保留在数据文件夹中的单独位置。员工使用原来的 PIN 登录；备份之后记录的内容不在其中。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="147"/>
        <source>Bring the salon back on this computer from a backup file (.svbak) and the recovery key printed on the Recovery Kit. Staff sign in with their usual PINs.</source>
        <translation>用备份文件（.svbak）和恢复工具包上打印的恢复密钥，在这台电脑上恢复店里的数据。员工使用原来的 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="151"/>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="152"/>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="153"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="154"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="384"/>
        <source>Imported clients have no consent on record: their cards say so until the consent is recorded at their next visit. SalonVault never assumes consent.</source>
        <translation>导入的客户没有记录任何同意：在下次到店记录同意之前，其卡片会显示这一点。SalonVault 从不假定已获同意。</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="150"/>
        <source>Last review: %1</source>
        <translation>上次审查：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="152"/>
        <source>Never reviewed yet.</source>
        <translation>尚未审查过。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="167"/>
        <source>Nothing is due</source>
        <translation>没有到期的数据</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="169"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="260"/>
        <source>Remove all listed…</source>
        <translation>删除所有列出的项目…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="186"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="196"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="200"/>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="175"/>
        <source>Remove everything listed?

Clients erased (visits kept as anonymous counts): %1
Clients whose health data is removed: %2
Clients whose old photos are removed: %3

This cannot be undone; backups keep the data until they rotate out.</source>
        <translation>删除所有列出的项目？

删除的客户（到店记录保留为匿名计数）：%1
删除健康信息的客户：%2
删除旧照片的客户：%3

此操作无法撤销；备份中的数据会保留到备份被轮换删除为止。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="203"/>
        <source>Done. Clients erased: %1; health entries removed: %2; photos removed: %3.</source>
        <translation>完成。已删除客户：%1；已删除健康记录：%2；已删除照片：%3。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="214"/>
        <source>Erase the client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="216"/>
        <source>Remove health data</source>
        <translation>删除健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="217"/>
        <source>Remove old photos</source>
        <translation>删除旧照片</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="240"/>
        <source>How long data is kept</source>
        <translation>数据保留多久</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="242"/>
        <source>Erase clients after this many years without a visit</source>
        <translation>客户在这么多年未到店后删除</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="244"/>
        <source>Remove health data and patch tests this many years after the last treatment</source>
        <translation>在最后一次服务这么多年后删除健康信息和皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="246"/>
        <source>Remove photos this many years after they were taken</source>
        <translation>照片在拍摄这么多年后删除</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="250"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="251"/>
        <source>Save the rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="252"/>
        <source>Due now (review monthly)</source>
        <translation>现已到期（每月审查）</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Last seen</source>
        <translation>最后到店</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="257"/>
        <source>Removed data stays in earlier backups until they rotate out.</source>
        <translation>已删除的数据仍保留在较早的备份中，直到这些备份被轮换删除。</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="311"/>
        <source>Review a red flag</source>
        <translation>审核风险项</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="314"/>
        <source>e.g. GP letter seen; spoke to the client</source>
        <translation>例如：已看过医生信函；已与客户沟通</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="315"/>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="319"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="318"/>
        <source>Red flag</source>
        <translation>风险项</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="182"/>
        <source>Change the role of %1</source>
        <translation>更改 %1 的角色</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="183"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="184"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>SalonDetailsBox</name>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="188"/>
        <source>Nothing to save: these are the salon&apos;s details already.</source>
        <translation>无需保存：这些已是沙龙的资料。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="202"/>
        <source>Saved. Forms and documents made from now on use them.</source>
        <translation>已保存。今后生成的表格和文件将使用这些资料。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="223"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="240"/>
        <source>The salon</source>
        <translation>沙龙</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="244"/>
        <source>Salon name</source>
        <translation>沙龙名称</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="245"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="246"/>
        <source>Language of documents and consent forms</source>
        <translation>文件和同意书的语言</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="247"/>
        <source>Country of local phone numbers</source>
        <translation>本地电话号码所属国家</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="248"/>
        <source>Currency of prices</source>
        <translation>价格货币</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="249"/>
        <source>What the salon does</source>
        <translation>沙龙的业务</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="259"/>
        <source>Save the salon&apos;s details</source>
        <translation>保存沙龙资料</translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="140"/>
        <source>Your salon</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="141"/>
        <source>Printed at the top of consent forms and the Recovery Kit.</source>
        <translation>将打印在同意书和恢复套件的顶部。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="142"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="144"/>
        <source>Salon name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="143"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="145"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Add a service</source>
        <translation>添加服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Change a service</source>
        <translation>修改服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="173"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="174"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="175"/>
        <source>Usual length</source>
        <translation>常规时长</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="176"/>
        <source>Usual price (%1)</source>
        <translation>常规价格（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="177"/>
        <source>Patch test</source>
        <translation>皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="178"/>
        <location filename="../../../ui/dialogs/service_dialog.py" line="195"/>
        <source>Contraindications</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="179"/>
        <source>Offered</source>
        <translation>提供</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="185"/>
        <source>e.g. Colour</source>
        <translation>例如：染发</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="186"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="187"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="189"/>
        <source>e.g. %1, or leave empty</source>
        <translation>例如 %1，或留空</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="190"/>
        <source>Needs a valid patch test before each visit</source>
        <translation>每次到店前都需要有效的皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="191"/>
        <source>Offered for new visits (switched off, it stays in history)</source>
        <translation>可用于新的到店记录（关闭后仍保留在历史中）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="196"/>
        <source>The salon&apos;s own words, e.g. henna, lavender</source>
        <translation>本店自定义的词语，例如：指甲花、薰衣草</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="197"/>
        <source>The salon&apos;s own contraindications</source>
        <translation>本店自定义的禁忌</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="200"/>
        <source>A visit of this service for a client whose health record names one of these shows a warning to acknowledge. The ticked ones are found in every language; a word of your own also finds words that start with it.</source>
        <translation>如果客户的健康记录中包含其中某一项，为其添加此服务项目的到店记录时会显示一条需要确认的警告。勾选的项目在所有语言中都能识别；自己填写的词语也能匹配以它开头的词。</translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <location filename="../../../ui/models/service_table.py" line="74"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="94"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="95"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="96"/>
        <source>Usual length</source>
        <translation>常规时长</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="97"/>
        <source>Usual price</source>
        <translation>常规价格</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="98"/>
        <source>Patch test</source>
        <translation>皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="99"/>
        <source>Offered</source>
        <translation>提供</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="106"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="107"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ServicesChoiceDialog</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="119"/>
        <source>Services for %1</source>
        <translation>%1 的服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="132"/>
        <source>Space ticks a service. With none ticked, every treatment offers it.</source>
        <translation>按空格键勾选服务项目。若未勾选任何项目，每次到店服务都会提供此记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="137"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="168"/>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/services_page.py" line="200"/>
        <source>%n service(s) added; change or switch off any you do not offer.</source>
        <translation>
            <numerusform>已添加 %n 个服务项目；请修改或停用不提供的项目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="206"/>
        <source>The list already has every service of that kind.</source>
        <translation>列表中已包含该类型的所有服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="217"/>
        <source>What can be recorded as a treatment. Staff choose from this list, in this order, when they add a visit. A service is never deleted: switch it off and it stays in the clients&apos; history.</source>
        <translation>可记录为到店服务的项目。员工添加到店记录时按此顺序从此列表中选择。服务项目永远不会被删除：停用后仍保留在客户的历史中。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="224"/>
        <source>No services yet, so no treatment can be recorded. Add your own, or start from a list for your kind of business and change it.</source>
        <translation>尚无服务项目，因此无法记录到店服务。请自行添加，或从适合您业务类型的列表开始再加以修改。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="228"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="229"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="230"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="231"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="232"/>
        <source>Add a starter list…</source>
        <translation>添加初始列表…</translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="18"/>
        <source>Choose a country by its two-letter code (VN, PL, CN, GB …).</source>
        <translation>请用两个字母的代码选择国家（VN、PL、CN、GB …）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="21"/>
        <source>Choose at least one kind of business.</source>
        <translation>请至少选择一种业务类型。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="24"/>
        <source>The address has at most 300 characters.</source>
        <translation>地址最多 300 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="27"/>
        <source>The address contains characters that are not text.</source>
        <translation>地址包含非文本字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="30"/>
        <source>The salon name needs 1 to 120 characters.</source>
        <translation>门店名称需要 1 到 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="33"/>
        <source>The salon name contains characters that are not text.</source>
        <translation>门店名称包含非文本字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="37"/>
        <source>The idle lock is 1 to %1 minutes.</source>
        <translation>闲置锁定时间为 1 到 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="43"/>
        <source>The shortest PIN can be set from %1 to %2 digits.</source>
        <translation>PIN 码最短长度可设为 %1 到 %2 位。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="50"/>
        <source>Choose one of: %1.</source>
        <translation>请选择以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="56"/>
        <source>The basis is one of: %1.</source>
        <translation>法律依据只能是以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="61"/>
        <source>List at most %1 recipients.</source>
        <translation>最多列出 %1 个接收方。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="65"/>
        <source>Recipient %1: the name needs 1 to 120 characters of text.</source>
        <translation>接收方 %1：名称需要 1 到 120 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="70"/>
        <source>Recipient %1: say what it receives the data for (1 to 200 characters).</source>
        <translation>接收方 %1：请说明其接收信息的用途（1 到 200 个字符）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="76"/>
        <source>Recipient %1: the safeguard has at most 200 characters.</source>
        <translation>接收方 %1：保障措施最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="81"/>
        <source>Recipient %1: choose its country by the two-letter code (VN, PL, CN, DE …).</source>
        <translation>接收方 %1：请用两个字母的代码选择其所在国家（VN、PL、CN、DE …）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="86"/>
        <source>Recipient %1: that name is already in the list.</source>
        <translation>接收方 %1：列表中已有此名称。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="252"/>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation>已保存。新的闲置锁定时间将从下次登录起生效。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="270"/>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="271"/>
        <location filename="../../../ui/pages/settings_page.py" line="272"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="263"/>
        <source>Salon</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="262"/>
        <source>This computer</source>
        <translation>本电脑</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="264"/>
        <source>Client details</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="265"/>
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="266"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="274"/>
        <source>Idle lock</source>
        <translation>闲置锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="275"/>
        <location filename="../../../ui/pages/settings_page.py" line="277"/>
        <source>Minutes without use before the screen locks</source>
        <translation>无操作多少分钟后锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="279"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="281"/>
        <source>Recovery Kit</source>
        <translation>恢复套件</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="283"/>
        <source>Confirmed as printed or saved.</source>
        <translation>已确认打印或保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="285"/>
        <source>Not confirmed yet: print or save it now and keep it in the safe.</source>
        <translation>尚未确认：请立即打印或保存，并放进保险柜。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="287"/>
        <source>Print or save the Recovery Kit…</source>
        <translation>打印或保存恢复套件…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="339"/>
        <source>Creating the vault…</source>
        <translation>正在创建保险库…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="376"/>
        <source>The passphrase could not be set (%1); the vault opens on this computer for now. The owner can set a passphrase later.</source>
        <translation>无法设置口令短语（%1），保险库暂时会在这台电脑上自动打开。店主可以稍后再设置口令短语。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="425"/>
        <source>Set up SalonVault</source>
        <translation>设置 SalonVault</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="203"/>
        <source>%1 has owner access again: sign in with the new PIN.</source>
        <translation>%1 已重新获得店主访问权限：请用新 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="295"/>
        <source>What you were typing when the screen locked could not be opened again: the record has changed.</source>
        <translation>无法重新打开锁屏时正在填写的内容：该记录已被更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="306"/>
        <source>The vault&apos;s recovery slot is missing or damaged: make it again in Settings.</source>
        <translation>保险库的恢复密钥槽缺失或已损坏：请在设置中重新生成。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="312"/>
        <source>The Recovery Kit is not confirmed yet: print or save it in Settings.</source>
        <translation>恢复套件尚未确认：请在设置中打印或保存。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="341"/>
        <source>Sign-in failed unexpectedly; please try again.</source>
        <translation>登录时发生意外错误，请重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/shell.py" line="393"/>
        <source>Locks in %n seconds</source>
        <translation>
            <numerusform>%n 秒后锁定</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="444"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="447"/>
        <source>The backup is restored and verified; everyone signs in again. The replaced vault is kept in:
%1</source>
        <translation>备份已恢复并校验；所有人需重新登录。被替换的保险库保存在：
%1</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="489"/>
        <source>Back up before closing?</source>
        <translation>关闭前备份？</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="490"/>
        <source>Back up to %1 before SalonVault closes?</source>
        <translation>在关闭 SalonVault 之前备份到 %1？</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="533"/>
        <source>SalonVault — %1</source>
        <translation>SalonVault — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="534"/>
        <source>Switch user (Ctrl+L)</source>
        <translation>切换用户（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="535"/>
        <location filename="../../../ui/shell.py" line="536"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="541"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="547"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="549"/>
        <source>Locked after being idle.</source>
        <translation>因闲置已自动锁定。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="551"/>
        <source>Locked because the computer was locked.</source>
        <translation>电脑已锁定，因此本程序也已锁定。</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="554"/>
        <source>Signed out: confirm the privacy briefing to work in SalonVault.</source>
        <translation>已退出登录：确认隐私须知后才能在 SalonVault 中工作。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="127"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="129"/>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="131"/>
        <source>Sign above the line with the mouse, a finger or a pen.</source>
        <translation>请用鼠标、手指或笔在线上方签名。</translation>
    </message>
</context>
<context>
    <name>StaffBriefingBox</name>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="100"/>
        <source>The training is recorded.</source>
        <translation>培训已记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="112"/>
        <source>Privacy briefing and training</source>
        <translation>隐私须知与培训</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="116"/>
        <source>Everyone confirms the staff privacy briefing (now version %1) at their first sign-in, after it changes and once a year; the owner too.</source>
        <translation>每个人都须在首次登录时、须知更改后以及每年一次确认员工隐私须知（当前为第 %1 版），店主也不例外。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="122"/>
        <source>Other training sessions</source>
        <translation>其他培训</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="123"/>
        <source>Record training…</source>
        <translation>记录培训…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="124"/>
        <source>Privacy briefing confirmations</source>
        <translation>隐私须知确认记录</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="125"/>
        <source>Training sessions</source>
        <translation>培训记录</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="18"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>请输入员工姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="22"/>
        <source>A name has at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="27"/>
        <source>A name cannot contain control characters.</source>
        <translation>姓名不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="30"/>
        <source>There is no such staff member.</source>
        <translation>没有此员工。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="33"/>
        <source>No staff member has that name.</source>
        <translation>没有叫这个名字的员工。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="37"/>
        <source>You cannot %1 the last active owner; make someone else owner first.</source>
        <translation>不能%1最后一位在职店主；请先将其他人设为店主。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="42"/>
        <source>This vault already has staff; the owner adds new people.</source>
        <translation>此保险库已有员工；新员工由店主添加。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="45"/>
        <source>You cannot reset your own PIN; another owner can, or use the recovery key.</source>
        <translation>您不能重置自己的 PIN；可以由另一位店主重置，或使用恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="48"/>
        <source>Someone on the staff already has that name; add a surname or initial.</source>
        <translation>已有员工使用此姓名；请加上姓氏或首字母。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="51"/>
        <source>Someone on the staff already has that name.</source>
        <translation>已有员工使用此姓名。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="54"/>
        <source>The briefing is in %1.</source>
        <translation>须知提供以下语言：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="58"/>
        <source>The briefing&apos;s text has changed since it was shown; read the new text and confirm again.</source>
        <translation>须知文本在显示后已更改；请阅读新文本并再次确认。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="63"/>
        <source>Enter what the training was about.</source>
        <translation>请输入培训内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="66"/>
        <source>A topic has at most %1 characters.</source>
        <translation>主题最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="69"/>
        <source>Choose who attended.</source>
        <translation>请选择参加人员。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="72"/>
        <source>A training date cannot be in the future.</source>
        <translation>培训日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="152"/>
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="159"/>
        <source>The name was changed.</source>
        <translation>名称已更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="169"/>
        <source>The role was changed; they sign in again to use it.</source>
        <translation>角色已更改；重新登录后生效。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="181"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 已停用，无法再登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="184"/>
        <source>%1 can sign in again.</source>
        <translation>%1 可以再次登录。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="196"/>
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="199"/>
        <source>Reset the PIN of %1? Their current PIN stops working at once; you get a one-time code to give them, and they choose a new PIN with it.</source>
        <translation>重置 %1 的 PIN？其当前 PIN 立即失效；您会得到一个一次性验证码交给对方，对方用它设置新 PIN。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="212"/>
        <source>The PIN of %1 is reset.</source>
        <translation>%1 的 PIN 已重置。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="231"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="232"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="233"/>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="238"/>
        <source>Reset PIN…</source>
        <translation>重置 PIN…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="240"/>
        <source>You cannot reset your own PIN here.</source>
        <translation>不能在此重置您自己的 PIN。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="244"/>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="45"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="47"/>
        <source>Active, PIN reset waiting</source>
        <translation>活动，等待重设 PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="48"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="53"/>
        <source>Yes, disabled after 10 wrong PINs</source>
        <translation>是，PIN 错误 10 次后停用</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="56"/>
        <source>Yes, until %1</source>
        <translation>是，直到 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="59"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="93"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="94"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="95"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="96"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="97"/>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="98"/>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="125"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>StartersDialog</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="253"/>
        <source>Add these services</source>
        <translation>添加这些服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="255"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="266"/>
        <source>Add a starter list</source>
        <translation>添加初始列表</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="269"/>
        <source>Services a salon of this kind usually offers, in the salon&apos;s language. Ones already on your list are skipped; you can change or switch off any of them.</source>
        <translation>此类沙龙通常提供的服务项目，使用沙龙的语言。列表中已有的项目会被跳过；您可以修改或停用其中任何一项。</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="282"/>
        <source>Tick at least one kind of business.</source>
        <translation>请至少勾选一种业务类型。</translation>
    </message>
</context>
<context>
    <name>TemplateFieldsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="67"/>
        <source>Fields of %1</source>
        <translation>%1 的字段</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="72"/>
        <source>Fields: Space marks one as health data</source>
        <translation>字段：按空格键标记为健康信息</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="78"/>
        <source>Health data (ticked)</source>
        <translation>健康信息（已勾选）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="91"/>
        <source>Health data in the built-in template: it stays marked.</source>
        <translation>内置模板中的健康信息：始终保持标记。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="98"/>
        <source>New field</source>
        <translation>新字段</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="108"/>
        <source>comma between choices</source>
        <translation>选项之间用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="109"/>
        <source>Re&amp;quired</source>
        <translation>必填(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="110"/>
        <source>&amp;Health data</source>
        <translation>健康信息(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="111"/>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="116"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="117"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="120"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="171"/>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="121"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="172"/>
        <source>maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="122"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="173"/>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="127"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="128"/>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="129"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="144"/>
        <source>Give the field a label.</source>
        <translation>请为字段填写名称。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="149"/>
        <source>%1: write a number.</source>
        <translation>%1：请填写数字。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="154"/>
        <source>Added: %1. Save makes the next version.</source>
        <translation>已添加：%1。点击“保存”将生成下一个版本。</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="89"/>
        <source>Record a training session</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="90"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="91"/>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="92"/>
        <source>&amp;Attended</source>
        <translation>参加人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="96"/>
        <source>e.g. Data protection refresher with the owner</source>
        <translation>例如：由店主主讲的个人信息保护复习培训</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="97"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="98"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="99"/>
        <source>Attended</source>
        <translation>参加人员</translation>
    </message>
</context>
<context>
    <name>TreatmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="18"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>双氧奶请写作 6%、20 vol 或 6% / 20 vol。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="21"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>调配比例请写作 1:1、1:1.5 或 1:2。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="24"/>
        <source>A developer&apos;s volume is a whole number, like 20 vol.</source>
        <translation>双氧奶的 vol 值为整数，例如 20 vol。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="27"/>
        <source>Type the price as a number, e.g. 120.50.</source>
        <translation>请以数字输入价格，例如 120.50。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="30"/>
        <source>The patch test date is in the future.</source>
        <translation>皮肤测试日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="33"/>
        <source>The visit date is in the future.</source>
        <translation>到店日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="36"/>
        <source>Choose one of the salon&apos;s services.</source>
        <translation>请选择本店的一个服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="39"/>
        <source>Choose who did the treatment.</source>
        <translation>请选择提供此服务的人员。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="42"/>
        <source>The currency is a 3-letter code (VND, PLN, CNY…).</source>
        <translation>货币为 3 个字母的代码（VND、PLN、CNY…）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="45"/>
        <source>There is no such treatment.</source>
        <translation>没有此到店记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="48"/>
        <source>That patch test is not on this client&apos;s record.</source>
        <translation>该皮肤测试不属于此客户。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="53"/>
        <source>This service needs a valid patch test and the client&apos;s is %1; record a patch test, or acknowledge the warning to go ahead (it is logged).</source>
        <translation>此服务项目需要有效的皮肤测试，而该客户的皮肤测试状态为：%1；请记录皮肤测试，或确认警告后继续（此操作会记入日志）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/treatments.py" line="61"/>
        <source>This client&apos;s health record matches a contraindication of this service (%n matches); check with the client, then acknowledge the warning to go ahead (it is logged).</source>
        <translation>
            <numerusform>该客户的健康记录与此服务项目的禁忌相符（%n 处相符）；请与客户核实，然后确认警告以继续（此操作会被记录）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="70"/>
        <source>This treatment can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation>此到店记录已无法修改（只能修改自己录入的、24 小时内的记录）；请改为添加更正。</translation>
    </message>
</context>
<context>
    <name>TreatmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="67"/>
        <source>Latest colour formula</source>
        <translation>最近一次染发配方</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="83"/>
        <source>Treatments, newest first</source>
        <translation>到店记录（最新在前）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="86"/>
        <source>Treatments: press Enter to open one</source>
        <translation>到店记录：按回车打开</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="93"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="96"/>
        <source>Add treatment…</source>
        <translation>添加到店记录…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="162"/>
        <source>%1  (a correction)</source>
        <translation>%1  （更正）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="180"/>
        <source>No treatment recorded yet.</source>
        <translation>尚无到店记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="186"/>
        <source>No colour formula recorded yet.</source>
        <translation>尚无染发配方记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="193"/>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · 由%3操作</translation>
    </message>
</context>
<context>
    <name>TypeAhead</name>
    <message>
        <location filename="../../../ui/widgets/type_ahead.py" line="86"/>
        <source>Also starting with “%1”: %2. The Down arrow goes to the next.</source>
        <translation>同样以“%1”开头的还有：%2。按向下箭头键跳到下一个。</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="262"/>
        <source>How the vault opens</source>
        <translation>保险库的打开方式</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="263"/>
        <source>Open automatically on this computer</source>
        <translation>在这台电脑上自动打开</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="266"/>
        <source>The key is kept in this computer&apos;s protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer&apos;s user account.</source>
        <translation>密钥保存在这台电脑受保护的密钥存储区中。如果硬盘或文件夹的备份副本被盗，资料仍然安全；但无法防范能登录这台电脑用户账户的人。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="272"/>
        <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
        <translation>这台电脑没有受保护的密钥存储区，因此密钥将保存在文件中，安全性较弱。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="275"/>
        <source>Owner types a passphrase every morning</source>
        <translation>店主每天早上输入口令短语</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="278"/>
        <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
        <translation>在您输入口令短语之前，任何人都无法打开资料，即使在这台电脑上也不行。如果忘记口令短语，只能用恢复套件打开保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="282"/>
        <source>Passphrase (12+ characters)</source>
        <translation>口令短语（至少 12 个字符）</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="283"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="285"/>
        <source>Passphrase again</source>
        <translation>再次输入口令短语</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="284"/>
        <source>Passphrase</source>
        <translation>口令短语</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="286"/>
        <source>Create the vault</source>
        <translation>创建保险库</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="19"/>
        <source>SalonVault&apos;s %1 is missing (looked in %2); the installation is incomplete.</source>
        <translation>缺少 SalonVault 的 %1（已在 %2 中查找）；安装不完整。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="26"/>
        <source>SalonVault is running frozen but the bundle folder (sys._MEIPASS) is unknown, so its resources cannot be found.</source>
        <translation>SalonVault 以打包形式运行，但打包文件夹（sys._MEIPASS）未知，因此找不到其资源文件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="31"/>
        <source>Demo clients go only into a demo salon.</source>
        <translation>演示客户只能添加到演示门店。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="34"/>
        <source>Demo photos go only into a demo salon.</source>
        <translation>演示照片只能添加到演示门店。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="38"/>
        <source>A vault already exists in %1; it was left as it is.</source>
        <translation>%1 中已存在保险库；已保持原样。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="44"/>
        <source>There is no vault in %1.</source>
        <translation>%1 中没有保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="49"/>
        <source>This PC has no key for the vault; open it with the recovery key.</source>
        <translation>这台电脑没有此保险库的密钥；请用恢复密钥打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="53"/>
        <source>This PC&apos;s key for the vault is missing (another PC or user?); open it with the recovery key.</source>
        <translation>这台电脑上此保险库的密钥缺失（是否换了电脑或用户？）；请用恢复密钥打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="58"/>
        <source>This vault is not set up with an owner passphrase.</source>
        <translation>此保险库未设置店主密码短语。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="61"/>
        <source>Only the set-up can confirm the kit without signing in.</source>
        <translation>只有在初始设置时，才能不登录就确认恢复套件。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="64"/>
        <source>This vault has no recovery slot.</source>
        <translation>此保险库没有恢复密钥槽。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="67"/>
        <source>This vault opens with the owner&apos;s passphrase.</source>
        <translation>此保险库需用店主的密码短语打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="71"/>
        <source>This PC&apos;s key does not open the vault (its key slot file is damaged or was changed); open it with the recovery key.</source>
        <translation>这台电脑的密钥无法打开此保险库（其密钥槽文件已损坏或被更改）；请用恢复密钥打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="76"/>
        <source>That recovery key belongs to another vault.</source>
        <translation>该恢复密钥属于另一个保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="81"/>
        <source>%1 already holds a vault; restore into an empty folder (or restore from the Backups page as the owner).</source>
        <translation>%1 中已有保险库；请恢复到一个空文件夹中（或以店主身份在“备份”页面恢复）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="89"/>
        <source>There is no vault in %1 to replace.</source>
        <translation>%1 中没有可替换的保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="95"/>
        <source>The vault opens, so it is not replaced from here: sign in and restore from the Backups page as the owner.</source>
        <translation>该保险库可以打开，因此不在这里替换：请登录后以店主身份在“备份”页面恢复。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="101"/>
        <source>The restore was undone; the files are as they were. (%1)</source>
        <translation>恢复已撤销；文件保持原样。（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="107"/>
        <source>The restored activity log does not verify (%1).</source>
        <translation>恢复后的活动日志未通过校验（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="112"/>
        <source>The data key must be 256 bits.</source>
        <translation>数据密钥必须为 256 位。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="116"/>
        <source>There is no vault at %1.</source>
        <translation>%1 处没有保险库。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="122"/>
        <source>Another program is reading the vault (a second SalonVault, or a check that is still running); close it or wait, then try again. Nothing was changed.</source>
        <translation>另一个程序正在读取保险库（第二个 SalonVault，或仍在运行的校验）；请关闭它或稍候，然后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="128"/>
        <source>SQLCipher 4 is required, found %1.</source>
        <translation>需要 SQLCipher 4，但找到的是 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="134"/>
        <source>Could not switch the vault to WAL mode (got %1).</source>
        <translation>无法将保险库切换到 WAL 模式（得到的是 %1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="139"/>
        <source>The vault is being re-keyed; nothing was saved. Try again when it is done.</source>
        <translation>保险库正在更换密钥；未保存任何内容。请在完成后重试。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="143"/>
        <source>The text holds characters that are not text (broken Unicode); nothing was saved.</source>
        <translation>文本中含有非文本字符（Unicode 已损坏）；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="148"/>
        <source>A vault already exists at %1; it was left as it is.</source>
        <translation>%1 处已存在保险库；已保持原样。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="153"/>
        <source>The vault cannot be re-keyed inside a transaction.</source>
        <translation>不能在事务中为保险库更换密钥。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="157"/>
        <source>The vault was too busy to take a backup (another program kept writing); try again in a moment.</source>
        <translation>保险库过于繁忙，无法备份（另一个程序一直在写入）；请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="164"/>
        <source>The vault is damaged (%1); it was not used. Restore it from the newest backup.</source>
        <translation>保险库已损坏（%1）；未使用该保险库。请从最新的备份恢复。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="172"/>
        <source>This vault was written by a newer SalonVault (schema %1, this program knows up to %2); install the newer version to open it.</source>
        <translation>此保险库由较新版本的 SalonVault 写入（结构版本 %1，本程序最高支持 %2）；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="182"/>
        <source>This vault was made by a test version of SalonVault (schema %1) that predates backups, so it cannot be upgraded safely; create a new vault or restore a backup.</source>
        <translation>此保险库由 SalonVault 的测试版本创建（结构版本 %1），该版本早于备份功能，因此无法安全升级；请新建保险库或从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="191"/>
        <source>The vault could not be read or written (%1).</source>
        <translation>无法读取或写入保险库（%1）。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="197"/>
        <source>The vault is busy (another SalonVault or a backup is writing); try again in a moment. Nothing was changed.</source>
        <translation>保险库正忙（另一个 SalonVault 或备份正在写入）；请稍后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="202"/>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>磁盘已满；请释放一些空间后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="205"/>
        <source>The vault folder is read-only here; nothing could be saved.</source>
        <translation>此处的保险库文件夹为只读；无法保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="208"/>
        <source>A service with that name exists.</source>
        <translation>已有同名的服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="212"/>
        <source>The restore was undone; the vault is as it was. (%1)</source>
        <translation>恢复已撤销；保险库保持原样。（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="218"/>
        <source>%1 is %2, expected %3</source>
        <translation>%1 为 %2，应为 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="226"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="231"/>
        <source>Demo records go only into a demo salon.</source>
        <translation>演示记录只能添加到演示门店。</translation>
    </message>
</context>
<context>
    <name>VisitDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="90"/>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="128"/>
        <source>Treatment: %1, %2</source>
        <translation>到店记录：%1，%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="145"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="146"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="151"/>
        <source>Receptionists see the date and service of a treatment; the formula, notes and price are for the owner and the technicians.</source>
        <translation>前台可以看到到店记录的日期和服务项目；配方、备注和价格仅供店主和技师查看。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="165"/>
        <source>Done by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="169"/>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="171"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="177"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="178"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="182"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="184"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="192"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="200"/>
        <source>Colour formula</source>
        <translation>染发配方</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="196"/>
        <source>Bowl %1</source>
        <translation>调色碗 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="199"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="210"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="218"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="211"/>
        <source>Not shown: the client&apos;s photo consent is not active.</source>
        <translation>未显示：客户的照片同意未生效。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="219"/>
        <source>%n photo(s) of this treatment</source>
        <translation>
            <numerusform>此次到店服务的 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="222"/>
        <source>Show &amp;photos…</source>
        <translation>显示照片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="233"/>
        <source>Corrects</source>
        <translation>更正对象</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="235"/>
        <source>the entry for %1, recorded %2 by %3</source>
        <translation>%1 的记录，由 %3 于 %2 记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="241"/>
        <source>Open the corrected entry: %1</source>
        <translation>打开被更正的记录：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="243"/>
        <source>Corrected %2 by %3 (for %1)</source>
        <translation>由 %3 于 %2 更正（针对 %1）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="248"/>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="250"/>
        <source>%n later correction(s); the latest one stands.</source>
        <translation>
            <numerusform>之后有 %n 次更正；以最新一次为准。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="256"/>
        <source>Corrections: press Enter to open one</source>
        <translation>更正：按回车打开</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="257"/>
        <source>Entries</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="277"/>
        <source>Records of this treatment: Enter opens one</source>
        <translation>此次到店服务的记录：按回车打开</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="289"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="297"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="290"/>
        <source>Add &amp;record</source>
        <translation>添加记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="96"/>
        <source>Add treatment</source>
        <translation>添加到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="97"/>
        <source>Change treatment</source>
        <translation>修改到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="98"/>
        <source>Correct treatment</source>
        <translation>更正到店记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="114"/>
        <source>&amp;Repeat last formula</source>
        <translation>重复上次配方(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="173"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="221"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="174"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="222"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="181"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="223"/>
        <source>Done by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="182"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="224"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="184"/>
        <source>Colour formula</source>
        <translation>染发配方</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="199"/>
        <source>Then &amp;record</source>
        <translation>随后记录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="201"/>
        <source>Then record</source>
        <translation>随后记录</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="378"/>
        <source>Your unsaved visit was kept while the screen was locked.</source>
        <translation>锁屏期间，您未保存的到店服务已保留。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="387"/>
        <source>Repeat last formula</source>
        <translation>重复上次配方</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="388"/>
        <source>Replace the formula typed here with the client&apos;s last formula?</source>
        <translation>要用该客户的上次配方替换此处输入的配方吗？</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="399"/>
        <source>Nothing to repeat: no earlier treatment of this client has a formula.</source>
        <translation>没有可重复的内容：该客户之前的到店记录中都没有配方。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="403"/>
        <source>Last formula copied: adjust it for today.</source>
        <translation>已复制上次配方：请根据今天的情况调整。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="478"/>
        <source>Read the warning above and tick the box to go ahead, or choose another service.</source>
        <translation>请阅读上方的警告并勾选复选框以继续，或选择其他服务项目。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="495"/>
        <source>This service needs a valid patch test; this client&apos;s patch test: %1.</source>
        <translation>此服务项目需要有效的皮肤测试；该客户的皮肤测试：%1。</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="195"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="225"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="196"/>
        <source>Price (%1)</source>
        <translation>价格（%1）</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="198"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="227"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="447"/>
        <source>Patch test needed</source>
        <translation>需要皮肤测试</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="450"/>
        <source>Go ahead anyway? This is recorded.</source>
        <translation>仍要继续吗？此操作将被记录。</translation>
    </message>
</context>
<context>
    <name>VisitWords</name>
    <message>
        <location filename="../../../ui/visit_words.py" line="32"/>
        <source>roots</source>
        <translation>发根</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="33"/>
        <source>mid-lengths and ends</source>
        <translation>发中和发尾</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="34"/>
        <source>lengths</source>
        <translation>发中</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="35"/>
        <source>ends</source>
        <translation>发尾</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="36"/>
        <source>toner</source>
        <translation>调色</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="37"/>
        <source>highlights</source>
        <translation>挑染</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="38"/>
        <source>lowlights</source>
        <translation>暗色挑染</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="39"/>
        <source>gloss</source>
        <translation>护色光泽</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="40"/>
        <source>full head</source>
        <translation>全头</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="66"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="67"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="68"/>
        <source>Bank transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="69"/>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="70"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="78"/>
        <source>Receptionists see the date and service only; treatments are not theirs to edit.</source>
        <translation>前台只能看到日期和服务项目，不能修改到店记录。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="83"/>
        <source>Someone else recorded this treatment: only they (for 24 hours) or the owner may edit it. Add a correction instead.</source>
        <translation>这条到店记录是他人录入的：只有录入人（24 小时内）或店主可以修改。请改为添加更正。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="89"/>
        <source>Locked: treatments can be edited for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation>已锁定：到店记录在录入后 24 小时内可修改，该期限已于 %1 结束。请改为添加更正；原记录保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="102"/>
        <source>You may edit it until %1.</source>
        <translation>你可以修改到 %1。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="113"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>一个配方最多 %1 个调色碗。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="117"/>
        <source>A bowl has at most %1 shades.</source>
        <translation>一个调色碗最多 %1 个色号。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="121"/>
        <source>Grams of a shade: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation>色号克数：大于 0，最多 %1 克，以 0.1 克为单位。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="127"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation>染膏和双氧奶合计 %1 克；一个调色碗最多 %2 克。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="133"/>
        <source>Developer grams: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation>双氧奶克数：大于 0，最多 %1 克，以 0.1 克为单位。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="139"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation>调配比例为 1:x，x 在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="145"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation>%1 克染膏按 1:%2 需要 %3 克双氧奶，而不是 %4 克。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="151"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation>双氧奶浓度为 %1% 到 %2%。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="155"/>
        <source>The developer&apos;s strength is a whole number from %1 to %2 vol.</source>
        <translation>双氧奶浓度为 %1 到 %2 vol 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="161"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation>%1% 双氧奶是 %2 vol，而不是 %3 vol。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="165"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation>停留时间为 %1 到 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="169"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>双氧奶请写作 6%、20 vol 或 6% / 20 vol。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="175"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>调配比例请写作 1:1、1:1.5 或 1:2。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="181"/>
        <source>Write grams as a number, like 30 or 7.5.</source>
        <translation>克数请写成数字，例如 30 或 7.5。</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="201"/>
        <source>Shade %1: %2</source>
        <translation>色号 %1：%2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../../ui/workspace.py" line="268"/>
        <source>Today&apos;s clients sheet…</source>
        <translation>今日客户单…</translation>
    </message>
</context>
<context>
    <name>_PurposeChoice</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="52"/>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="53"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="54"/>
        <source>The client has read this information</source>
        <translation>客户已阅读此告知</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="154"/>
        <source>Withdrawing health-data consent deletes this client&apos;s health data: %1; %2 removed item(s), %3 earlier version(s), %4 health paper(s) and %5 service record(s) holding health details. Nothing was changed; run again with --yes to withdraw.</source>
        <translation>撤回健康信息同意将删除此客户的健康信息：%1；%2 项已移除的记录、%3 个早前版本、%4 份健康类文件，以及 %5 条含健康信息的服务记录。未做任何更改；如要撤回，请加上 --yes 重新运行。</translation>
    </message>
</context>
</TS>
