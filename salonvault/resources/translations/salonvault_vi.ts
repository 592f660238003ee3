<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessErrors</name>
    <message>
        <location filename="../../../ui/error_text/access.py" line="19"/>
        <source>This guard&apos;s sessions are already opened by its sign-in service.</source>
        <translation>Các phiên làm việc của bộ kiểm soát truy cập này đã do dịch vụ đăng nhập của nó mở.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="22"/>
        <source>Sessions start only at sign-in, after the PIN is checked.</source>
        <translation>Phiên làm việc chỉ bắt đầu khi đăng nhập, sau khi mã PIN đã được kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="25"/>
        <source>Your account was changed; please sign in again.</source>
        <translation>Tài khoản của bạn đã được thay đổi; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/access.py" line="32"/>
        <source>A %1 may not %2.</source>
        <translation>%1 không được phép %2.</translation>
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
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="208"/>
        <source>No client matches.</source>
        <translation>Không có khách hàng nào khớp.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="285"/>
        <source>The newest %1 matching entries; narrow the filter for older ones.</source>
        <translation>%1 mục khớp mới nhất; hãy thu hẹp bộ lọc để xem các mục cũ hơn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="290"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n mục khớp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="275"/>
        <source>Entry %1: %2 %3</source>
        <translation>Mục %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="232"/>
        <location filename="../../../ui/pages/activity_page.py" line="458"/>
        <source>Every client&apos;s entries are shown.</source>
        <translation>Đang hiển thị các mục của mọi khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="308"/>
        <source>client %1</source>
        <translation>khách hàng %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/activity_page.py" line="328"/>
        <source>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</source>
        <translation>
            <numerusform>Nhật ký hoạt động còn nguyên vẹn: đã kiểm tra %n mục, không mục nào bị sửa, thiếu hay sai thứ tự.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="339"/>
        <source>The activity log has been tampered with or damaged, from entry %1 on (%2). Keep this computer as it is and compare with your newest backup.</source>
        <translation>Nhật ký hoạt động đã bị can thiệp hoặc hư hỏng, từ mục %1 trở đi (%2). Hãy giữ nguyên máy tính này và đối chiếu với bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="361"/>
        <source>No verified backup is within reach. Plug in the backup drive, or make a backup first.</source>
        <translation>Không tìm thấy bản sao lưu đã kiểm chứng nào. Hãy cắm ổ sao lưu, hoặc sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="373"/>
        <source>Export these entries</source>
        <translation>Xuất các mục này</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="376"/>
        <source>The matching entries go to a CSV file that leaves the vault. Entries name staff members and client numbers, never client details. Encrypt it to the recovery key (it then opens with the Recovery Kit)?</source>
        <translation>Các mục khớp sẽ được ghi ra một tệp CSV rời khỏi kho dữ liệu. Các mục có tên nhân viên và số khách hàng, không bao giờ có thông tin khách hàng. Mã hóa bằng khóa khôi phục (khi đó mở bằng Bộ khôi phục)?</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="381"/>
        <source>Encrypted</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="382"/>
        <source>Not encrypted</source>
        <translation>Không mã hóa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="387"/>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="403"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="445"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="446"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="447"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="448"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="449"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="450"/>
        <source>Client (name or phone, Enter)</source>
        <translation>Khách hàng (tên hoặc số điện thoại, Enter)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="455"/>
        <source>All clients</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="459"/>
        <source>Check the log</source>
        <translation>Kiểm tra nhật ký</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="460"/>
        <source>Check against the newest backup…</source>
        <translation>Đối chiếu với bản sao lưu mới nhất…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="461"/>
        <source>Export these entries…</source>
        <translation>Xuất các mục này…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="464"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="465"/>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="466"/>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="467"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="410"/>
        <location filename="../../../ui/pages/activity_page.py" line="468"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="469"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="481"/>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="482"/>
        <source>Every action</source>
        <translation>Mọi hành động</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/activity_page.py" line="485"/>
        <source>Any outcome</source>
        <translation>Mọi kết quả</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="49"/>
        <source>Everything the activity log holds about this client, newest first.</source>
        <translation>Mọi ghi nhận trong nhật ký hoạt động về khách hàng này, mới nhất trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Who</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>What</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="56"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/activity.py" line="77"/>
        <source>Merged-in record %1</source>
        <translation>Hồ sơ đã gộp vào %1</translation>
    </message>
</context>
<context>
    <name>AddAttachmentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="192"/>
        <source>Attach a scanned paper</source>
        <translation>Đính kèm giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="198"/>
        <source>a PDF, JPEG or PNG file</source>
        <translation>tệp PDF, JPEG hoặc PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="199"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="225"/>
        <source>%1, signed %2</source>
        <translation>%1, ký ngày %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="227"/>
        <source>Proves the consent</source>
        <translation>Làm bằng chứng cho sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="228"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="229"/>
        <source>&amp;Paper</source>
        <translation>&amp;Loại giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="230"/>
        <source>&amp;Date on the paper</source>
        <translation>&amp;Ngày ghi trên giấy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="231"/>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="234"/>
        <source>Record the paper consent on the Consents tab first (signed on paper).</source>
        <translation>Hãy ghi nhận sự đồng ý trên giấy ở tab Sự đồng ý trước (chọn Ký trên giấy).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="245"/>
        <source>Choose the scanned paper</source>
        <translation>Chọn giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="246"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Bản quét (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="261"/>
        <source>Choose the file of the scanned paper.</source>
        <translation>Hãy chọn tệp của giấy tờ đã quét.</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>Hai mã PIN không khớp; hãy nhập lại mã PIN.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="120"/>
        <source>Add a staff member</source>
        <translation>Thêm nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="122"/>
        <source>Let the new staff member type their own PIN; nobody else should know it.</source>
        <translation>Hãy để nhân viên mới tự nhập mã PIN của mình; không ai khác nên biết mã này.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="124"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="125"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="129"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="126"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="130"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="127"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="131"/>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../ui/app.py" line="138"/>
        <source>Owner passphrase:</source>
        <translation>Cụm mật khẩu của chủ salon:</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="154"/>
        <source>Opening the vault…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="189"/>
        <source>This PC had lost its key to the vault. It has a new one now: SalonVault opens here by itself again. Put the Recovery Kit back in the safe.</source>
        <translation>Máy tính này đã mất khóa của kho dữ liệu. Giờ máy đã có khóa mới: SalonVault lại tự mở trên máy này. Hãy cất Bộ khôi phục trở lại két.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="196"/>
        <source>The vault is open, but this PC could not keep a new key for it (%1). Next time it asks for the recovery key again.</source>
        <translation>Kho dữ liệu đã mở, nhưng máy tính này không lưu được khóa mới cho kho (%1). Lần sau chương trình sẽ lại hỏi khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="225"/>
        <source>Wrong passphrase; try again.</source>
        <translation>Sai cụm mật khẩu; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="232"/>
        <source>The vault could not be opened: %1</source>
        <translation>Không mở được kho dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="256"/>
        <source>Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):</source>
        <translation>Gõ hoặc dán khoá khôi phục từ Bộ khôi phục (AGE-SECRET-KEY-1…):</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="19"/>
        <source>The file %1 is empty.</source>
        <translation>Tệp %1 trống.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="25"/>
        <source>The file %1 is larger than %2 MB; scan it at a lower resolution.</source>
        <translation>Tệp %1 lớn hơn %2 MB; hãy quét lại với độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="32"/>
        <source>The file %1 could not be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="38"/>
        <source>%1 is not a PDF, JPEG or PNG file.</source>
        <translation>%1 không phải là tệp PDF, JPEG hay PNG.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="44"/>
        <source>%1 is named as a %2 but is %3; nothing was stored.</source>
        <translation>%1 mang tên của một tệp %2 nhưng thực chất là %3; không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="52"/>
        <source>%1 has more than %2 pages; split it and attach the parts.</source>
        <translation>%1 có hơn %2 trang; hãy tách tệp ra và đính kèm từng phần.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="60"/>
        <source>%1 would take far too much memory to open (more than %2 megapixels or a compressed bomb); nothing was stored.</source>
        <translation>%1 sẽ cần quá nhiều bộ nhớ để mở (hơn %2 megapixel hoặc là một tệp nén độc hại); không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="69"/>
        <source>%1 is protected by a password; save an unprotected copy and attach that.</source>
        <translation>%1 được bảo vệ bằng mật khẩu; hãy lưu một bản không có mật khẩu rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="76"/>
        <source>%1 is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation>%1 bị hỏng hoặc không đầy đủ (có phải tệp vẫn đang được sao chép?); không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="82"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="85"/>
        <source>JPEG or PNG picture</source>
        <translation>ảnh JPEG hoặc PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="88"/>
        <source>a PDF</source>
        <translation>một tệp PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="91"/>
        <source>a JPEG picture</source>
        <translation>một ảnh JPEG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="94"/>
        <source>a PNG picture</source>
        <translation>một ảnh PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="97"/>
        <source>a ZIP archive (or an Office document)</source>
        <translation>một tệp nén ZIP (hoặc một tài liệu Office)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="100"/>
        <source>an Office document</source>
        <translation>một tài liệu Office</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="103"/>
        <source>a Word (RTF) document</source>
        <translation>một tài liệu Word (RTF)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="106"/>
        <source>a program</source>
        <translation>một chương trình</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="109"/>
        <source>a GIF picture</source>
        <translation>một ảnh GIF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="112"/>
        <source>a TIFF picture</source>
        <translation>một ảnh TIFF</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="115"/>
        <source>a WebP picture</source>
        <translation>một ảnh WebP</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="118"/>
        <source>an HEIC photo</source>
        <translation>một ảnh HEIC</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="121"/>
        <source>a compressed archive</source>
        <translation>một tệp nén</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="124"/>
        <source>a web page (HTML)</source>
        <translation>một trang web (HTML)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="127"/>
        <source>an XML or SVG file</source>
        <translation>một tệp XML hoặc SVG</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachment.py" line="130"/>
        <source>something else</source>
        <translation>một loại tệp khác</translation>
    </message>
</context>
<context>
    <name>AttachmentViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="44"/>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="53"/>
        <source>&amp;Previous page</source>
        <translation>Trang &amp;trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="54"/>
        <source>&amp;Next page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="55"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="56"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="57"/>
        <source>&amp;Fit page</source>
        <translation>&amp;Vừa trang</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/attachment_view.py" line="119"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="18"/>
        <source>The paper&apos;s date is in the future.</source>
        <translation>Ngày trên giấy tờ là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="21"/>
        <source>The paper&apos;s date is before 1900.</source>
        <translation>Ngày trên giấy tờ trước năm 1900.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="25"/>
        <source>Choose the consent record this paper proves (record the paper consent first).</source>
        <translation>Hãy chọn bản ghi đồng ý mà giấy tờ này làm bằng chứng (hãy ghi nhận sự đồng ý ký trên giấy trước).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="29"/>
        <source>That consent is not on this client&apos;s record.</source>
        <translation>Sự đồng ý đó không có trong hồ sơ của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="33"/>
        <source>That consent was signed on screen; link a scan to a consent signed on paper.</source>
        <translation>Sự đồng ý đó được ký trên màn hình; chỉ gắn bản quét với sự đồng ý được ký trên giấy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="37"/>
        <source>That attachment is not on this client&apos;s record.</source>
        <translation>Giấy tờ đã quét đó không có trong hồ sơ của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="40"/>
        <source>There is no such attachment.</source>
        <translation>Không có giấy tờ đã quét này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="44"/>
        <source>An attachment&apos;s kind is one of %1.</source>
        <translation>Loại giấy tờ phải là một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/attachments.py" line="49"/>
        <source>Only a paper consent is linked to a consent record.</source>
        <translation>Chỉ giấy tờ loại “Phiếu đồng ý ký trên giấy” mới được gắn với một bản ghi đồng ý.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="65"/>
        <source>Dated</source>
        <translation>Ngày trên giấy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="66"/>
        <source>Paper</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="67"/>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="68"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="69"/>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="78"/>
        <source>&amp;Attach a scan…</source>
        <translation>Đính &amp;kèm bản quét…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="81"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="83"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="90"/>
        <source>Scanned papers are added by the owner or reception.</source>
        <translation>Giấy tờ đã quét do chủ salon hoặc lễ tân thêm vào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="121"/>
        <source>%n health paper(s) (doctor&apos;s letters, prescriptions) are held for the owner and technicians.</source>
        <translation>
            <numerusform>Có %n giấy tờ sức khỏe (thư của bác sĩ, đơn thuốc, đơn kính) chỉ dành cho chủ salon và kỹ thuật viên.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="148"/>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="180"/>
        <source>Scanned paper</source>
        <translation>Giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="168"/>
        <source>Remove scanned paper</source>
        <translation>Xóa giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/attachments.py" line="170"/>
        <source>Remove the %1 of %2 from the vault? This cannot be undone.</source>
        <translation>Xóa giấy tờ “%1” ngày %2 khỏi kho dữ liệu? Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="135"/>
        <location filename="../../../ui/audit_details.py" line="301"/>
        <source>photos %1</source>
        <translation>ảnh %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="137"/>
        <source>the time to change it had passed</source>
        <translation>đã hết thời hạn được sửa</translation>
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
            <numerusform>khách hàng: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="159"/>
        <source>visits: %n</source>
        <translation>
            <numerusform>lượt đến: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="160"/>
        <source>photos: %n</source>
        <translation>
            <numerusform>ảnh: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="161"/>
        <source>entries: %n</source>
        <translation>
            <numerusform>mục: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="162"/>
        <source>entries checked: %n</source>
        <translation>
            <numerusform>mục đã kiểm tra: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="163"/>
        <source>new: %n</source>
        <translation>
            <numerusform>mới: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="164"/>
        <source>updated: %n</source>
        <translation>
            <numerusform>đã cập nhật: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="165"/>
        <source>skipped: %n</source>
        <translation>
            <numerusform>bỏ qua: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="166"/>
        <source>not valid: %n</source>
        <translation>
            <numerusform>không hợp lệ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="167"/>
        <location filename="../../../ui/audit_details.py" line="168"/>
        <source>health items: %n</source>
        <translation>
            <numerusform>mục sức khỏe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="169"/>
        <source>health records: %n</source>
        <translation>
            <numerusform>bản ghi sức khỏe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="170"/>
        <source>rows read: %n</source>
        <translation>
            <numerusform>dòng đã đọc: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="171"/>
        <source>consents: %n</source>
        <translation>
            <numerusform>sự đồng ý: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="172"/>
        <location filename="../../../ui/audit_details.py" line="199"/>
        <source>signed forms: %n</source>
        <translation>
            <numerusform>phiếu đã ký: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="173"/>
        <source>patch tests: %n</source>
        <translation>
            <numerusform>lần thử dị ứng: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="174"/>
        <source>pinned notes: %n</source>
        <translation>
            <numerusform>ghi chú ghim: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="175"/>
        <source>service records: %n</source>
        <translation>
            <numerusform>hồ sơ dịch vụ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="176"/>
        <source>records with health values held back: %n</source>
        <translation>
            <numerusform>hồ sơ có giá trị sức khỏe bị ẩn: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="177"/>
        <source>services: %n</source>
        <translation>
            <numerusform>dịch vụ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="178"/>
        <source>allergies: %n</source>
        <translation>
            <numerusform>dị ứng: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="179"/>
        <source>photos deleted: %n</source>
        <translation>
            <numerusform>ảnh đã xóa: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="180"/>
        <source>health items deleted: %n</source>
        <translation>
            <numerusform>mục sức khỏe đã xóa: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="181"/>
        <source>allergies left out (no consent): %n</source>
        <translation>
            <numerusform>dị ứng không được ghi (chưa có sự đồng ý): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="182"/>
        <source>earlier versions deleted: %n</source>
        <translation>
            <numerusform>phiên bản trước đã xóa: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="183"/>
        <source>health papers deleted: %n</source>
        <translation>
            <numerusform>giấy tờ sức khỏe đã xóa: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="184"/>
        <source>recipients listed: %n</source>
        <translation>
            <numerusform>bên nhận được liệt kê: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="185"/>
        <source>service records deleted: %n</source>
        <translation>
            <numerusform>hồ sơ dịch vụ đã xóa: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="186"/>
        <source>earlier versions: %n</source>
        <translation>
            <numerusform>phiên bản trước: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="187"/>
        <source>without contact details: %n</source>
        <translation>
            <numerusform>không có thông tin liên hệ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="188"/>
        <source>wrong tries in a row: %n</source>
        <translation>
            <numerusform>số lần nhập sai liên tiếp: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="189"/>
        <source>hours valid: %n</source>
        <translation>
            <numerusform>số giờ hiệu lực: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="190"/>
        <source>backups kept: %n</source>
        <translation>
            <numerusform>số bản sao lưu được giữ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="191"/>
        <source>reminder after days: %n</source>
        <translation>
            <numerusform>nhắc sau số ngày: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="192"/>
        <source>device keys kept for another folder: %n</source>
        <translation>
            <numerusform>khóa máy tính được giữ cho thư mục khác: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="193"/>
        <source>pages encrypted again: %n</source>
        <translation>
            <numerusform>trang đã mã hóa lại: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="194"/>
        <source>scanned papers: %n</source>
        <translation>
            <numerusform>giấy tờ đã quét: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="195"/>
        <source>pages: %n</source>
        <translation>
            <numerusform>số trang: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="196"/>
        <source>contraindications: %n</source>
        <translation>
            <numerusform>chống chỉ định: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="197"/>
        <source>red flags: %n</source>
        <translation>
            <numerusform>dấu hiệu nguy cơ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="198"/>
        <source>red flags that stop a service: %n</source>
        <translation>
            <numerusform>dấu hiệu nguy cơ chặn dịch vụ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="200"/>
        <source>attended: %n</source>
        <translation>
            <numerusform>người tham dự: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="201"/>
        <source>questions: %n</source>
        <translation>
            <numerusform>câu hỏi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="202"/>
        <source>signed again after months: %n</source>
        <translation>
            <numerusform>số tháng trước khi ký lại: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="207"/>
        <source>visit %1</source>
        <translation>lượt đến %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="208"/>
        <source>photo %1</source>
        <translation>ảnh %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="209"/>
        <source>scanned paper %1</source>
        <translation>giấy tờ đã quét %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="210"/>
        <source>health item %1</source>
        <translation>mục sức khỏe %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="211"/>
        <source>signed form %1</source>
        <translation>phiếu đã ký %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="212"/>
        <source>pinned note %1</source>
        <translation>ghi chú ghim %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="213"/>
        <source>record removed: client %1</source>
        <translation>hồ sơ bị xóa: khách hàng %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="214"/>
        <source>record kept: client %1</source>
        <translation>hồ sơ được giữ: khách hàng %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="215"/>
        <source>changed from entry %1</source>
        <translation>bị thay đổi từ mục %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="216"/>
        <source>corrects visit %1</source>
        <translation>đính chính lượt đến %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="217"/>
        <source>service record %1</source>
        <translation>hồ sơ dịch vụ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="218"/>
        <location filename="../../../ui/audit_details.py" line="227"/>
        <source>earlier version %1 kept</source>
        <translation>đã giữ phiên bản trước %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="219"/>
        <source>corrects service record %1</source>
        <translation>đính chính hồ sơ dịch vụ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="220"/>
        <source>template version %1</source>
        <translation>phiên bản mẫu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="221"/>
        <source>form version %1</source>
        <translation>phiên bản phiếu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="222"/>
        <source>red flag %1</source>
        <translation>dấu hiệu nguy cơ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="224"/>
        <source>from database version %1</source>
        <translation>từ phiên bản cơ sở dữ liệu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="225"/>
        <source>to version %1</source>
        <translation>lên phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="226"/>
        <source>text version %1</source>
        <translation>phiên bản văn bản %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="229"/>
        <source>years a client without a visit is kept: %n</source>
        <translation>
            <numerusform>số năm giữ khách hàng không đến: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="231"/>
        <source>years health data is kept: %n</source>
        <translation>
            <numerusform>số năm giữ dữ liệu sức khỏe: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/audit_details.py" line="232"/>
        <source>years photos are kept: %n</source>
        <translation>
            <numerusform>số năm giữ ảnh: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="233"/>
        <source>with the last visit&apos;s date</source>
        <translation>kèm ngày của lượt đến gần nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="245"/>
        <source>filled in: %1</source>
        <translation>đã điền: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="249"/>
        <source>blank form: %1</source>
        <translation>phiếu trống: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="254"/>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="255"/>
        <source>to %1</source>
        <translation>thành %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="260"/>
        <source>not allowed: %1</source>
        <translation>không được phép: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>old key %1</source>
        <translation>khóa cũ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="280"/>
        <source>new key %1</source>
        <translation>khóa mới %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="283"/>
        <source>file %1</source>
        <translation>tệp %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>template %1</source>
        <translation>mẫu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="285"/>
        <source>copied from %1</source>
        <translation>sao chép từ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>every service</source>
        <translation>mọi dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="289"/>
        <source>services %1</source>
        <translation>dịch vụ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>cylinders: %1</source>
        <translation>độ trụ: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="292"/>
        <source>acuity: %1</source>
        <translation>thị lực: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="295"/>
        <source>made %1</source>
        <translation>tạo lúc %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="297"/>
        <source>problem: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="299"/>
        <source>%1 pixels</source>
        <translation>%1 pixel</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="306"/>
        <source>not linked to a consent</source>
        <translation>không gắn với sự đồng ý nào</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="307"/>
        <source>proves consent record %1</source>
        <translation>làm bằng chứng cho sự đồng ý %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="309"/>
        <source>the salon&apos;s own words</source>
        <translation>từ ngữ riêng của salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="314"/>
        <source>health items %1</source>
        <translation>mục sức khỏe %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="318"/>
        <source>consultation form %1</source>
        <translation>phiếu tư vấn %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="320"/>
        <source>question %1</source>
        <translation>câu hỏi %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="322"/>
        <source>red flags not reviewed: %1</source>
        <translation>dấu hiệu nguy cơ chưa rà soát: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="324"/>
        <source>no earlier visit with a formula</source>
        <translation>không có lượt đến trước nào có công thức</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="333"/>
        <source>hidden until %1</source>
        <translation>ẩn đến %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>before photo</source>
        <translation>ảnh trước</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="346"/>
        <source>after photo</source>
        <translation>ảnh sau</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="354"/>
        <source>patch test: %1</source>
        <translation>thử dị ứng: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="359"/>
        <source>all clients</source>
        <translation>mọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="360"/>
        <source>clients with health data</source>
        <translation>khách hàng có dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="361"/>
        <source>clients with photos</source>
        <translation>khách hàng có ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="362"/>
        <source>clients registered between two dates</source>
        <translation>khách hàng đăng ký giữa hai ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="363"/>
        <source>a number the owner gave</source>
        <translation>con số do chủ salon nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="368"/>
        <source>wrong PIN</source>
        <translation>sai mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="369"/>
        <source>wrong one-time code</source>
        <translation>sai mã một lần</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="370"/>
        <source>no staff member has that name</source>
        <translation>không có nhân viên nào tên như vậy</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="371"/>
        <source>the account is disabled</source>
        <translation>tài khoản đã bị khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="372"/>
        <source>too soon after wrong PINs</source>
        <translation>thử lại quá sớm sau khi nhập sai mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="373"/>
        <source>no PIN reset was asked for</source>
        <translation>không có yêu cầu đặt lại mã PIN nào</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="374"/>
        <source>the one-time code had expired</source>
        <translation>mã một lần đã hết hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="375"/>
        <source>a new PIN must be chosen first</source>
        <translation>phải chọn mã PIN mới trước</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="376"/>
        <source>not this vault&apos;s recovery key</source>
        <translation>không phải khóa khôi phục của kho dữ liệu này</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="377"/>
        <source>the last active owner</source>
        <translation>chủ salon cuối cùng còn hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="378"/>
        <source>an owner cannot reset their own PIN</source>
        <translation>chủ salon không thể tự đặt lại mã PIN của mình</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="379"/>
        <source>a reason was given</source>
        <translation>đã nêu lý do</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="380"/>
        <source>signed out</source>
        <translation>đã đăng xuất</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="381"/>
        <source>locked after being idle</source>
        <translation>tự khóa vì lâu không sử dụng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="382"/>
        <source>the session&apos;s time was up</source>
        <translation>phiên đã hết thời gian</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="383"/>
        <source>switched user</source>
        <translation>đổi người dùng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="384"/>
        <source>the computer was locked</source>
        <translation>máy tính đã bị khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="385"/>
        <source>the window was closed</source>
        <translation>cửa sổ đã bị đóng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="386"/>
        <source>locked while signing in</source>
        <translation>bị khóa trong lúc đăng nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="387"/>
        <source>the role was changed</source>
        <translation>vai trò đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="388"/>
        <source>the PIN was reset</source>
        <translation>mã PIN đã được đặt lại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="389"/>
        <source>owner access was recovered</source>
        <translation>đã khôi phục quyền chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="390"/>
        <source>the account was changed</source>
        <translation>tài khoản đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="391"/>
        <source>the privacy briefing was not confirmed</source>
        <translation>không xác nhận bản hướng dẫn về quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="397"/>
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="398"/>
        <source>and when the health details change</source>
        <translation>và khi thông tin sức khỏe thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="399"/>
        <source>not when the health details change</source>
        <translation>không ký lại khi thông tin sức khỏe thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="400"/>
        <source>saved to a file</source>
        <translation>đã lưu ra tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="401"/>
        <location filename="../../../ui/audit_details.py" line="466"/>
        <source>with the recovery key</source>
        <translation>bằng khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="402"/>
        <source>with the one-time code</source>
        <translation>bằng mã một lần</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="403"/>
        <source>a one-time code</source>
        <translation>mã một lần</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="405"/>
        <source>this computer&apos;s key</source>
        <translation>khóa của máy tính này</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="406"/>
        <source>the owner&apos;s passphrase</source>
        <translation>cụm mật khẩu của chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="407"/>
        <source>the recovery key</source>
        <translation>khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="408"/>
        <source>during set-up</source>
        <translation>trong lúc thiết lập</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="409"/>
        <source>by import</source>
        <translation>qua nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="410"/>
        <source>after opening with the recovery key</source>
        <translation>sau khi mở bằng khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="411"/>
        <source>encrypted to the recovery key</source>
        <translation>mã hóa bằng khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="412"/>
        <source>encrypted with a passphrase</source>
        <translation>mã hóa bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="413"/>
        <source>not encrypted</source>
        <translation>không mã hóa</translation>
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
        <translation>sổ tính Excel</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="418"/>
        <source>JPEG picture</source>
        <translation>ảnh JPEG</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="419"/>
        <source>PNG picture</source>
        <translation>ảnh PNG</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="420"/>
        <source>marketing list</source>
        <translation>danh sách tiếp thị</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="421"/>
        <source>activity log</source>
        <translation>nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="422"/>
        <source>verified</source>
        <translation>đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="423"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="424"/>
        <source>cancelled</source>
        <translation>đã huỷ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="425"/>
        <source>finished</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="426"/>
        <source>undone</source>
        <translation>đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="434"/>
        <source>the authority is notified</source>
        <translation>đã thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="435"/>
        <source>the authority is not notified yet</source>
        <translation>chưa thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="436"/>
        <source>clients counted again</source>
        <translation>đã đếm lại số khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="437"/>
        <source>count kept</source>
        <translation>giữ nguyên số đếm</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="438"/>
        <source>the client&apos;s explicit consent</source>
        <translation>sự đồng ý rõ ràng của khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="439"/>
        <source>health care under professional secrecy</source>
        <translation>chăm sóc sức khỏe theo nghĩa vụ bảo mật nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="440"/>
        <source>anonymous visit counts kept</source>
        <translation>giữ số đếm lượt đến ẩn danh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="441"/>
        <source>no visit counts kept</source>
        <translation>không giữ số đếm lượt đến</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="442"/>
        <source>the first owner</source>
        <translation>chủ salon đầu tiên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="443"/>
        <source>the PIN&apos;s hash renewed</source>
        <translation>đã làm mới mã băm của mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="444"/>
        <source>no photo consent in force</source>
        <translation>không có sự đồng ý chụp ảnh còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="445"/>
        <source>the card&apos;s photo</source>
        <translation>ảnh trên thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="446"/>
        <source>pinned by the same person</source>
        <translation>do chính người đó ghim</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="447"/>
        <source>pinned by someone else</source>
        <translation>do người khác ghim</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="448"/>
        <source>switched on</source>
        <translation>đã bật</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="449"/>
        <source>switched off</source>
        <translation>đã tắt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="450"/>
        <source>offered</source>
        <translation>đang cung cấp</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="451"/>
        <source>not offered</source>
        <translation>không cung cấp</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="452"/>
        <source>needs a patch test</source>
        <translation>cần thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="453"/>
        <source>no patch test needed</source>
        <translation>không cần thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="454"/>
        <source>backup offered when closing</source>
        <translation>đề nghị sao lưu khi đóng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="455"/>
        <source>no backup when closing</source>
        <translation>không sao lưu khi đóng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="456"/>
        <source>to the authority</source>
        <translation>gửi cơ quan chức năng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="457"/>
        <source>to the clients</source>
        <translation>gửi khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="458"/>
        <source>it was disabled by wrong PINs</source>
        <translation>tài khoản bị khóa do nhập sai mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="459"/>
        <source>the owner had disabled it</source>
        <translation>chủ salon đã khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="460"/>
        <source>clients without a visit: kept</source>
        <translation>khách hàng lâu không đến: giữ lại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="461"/>
        <source>health data: kept</source>
        <translation>dữ liệu sức khỏe: giữ lại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="462"/>
        <source>photos: kept</source>
        <translation>ảnh: giữ lại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="463"/>
        <source>separated by commas</source>
        <translation>phân cách bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="464"/>
        <source>separated by semicolons</source>
        <translation>phân cách bằng dấu chấm phẩy</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="465"/>
        <source>by the owner</source>
        <translation>bởi chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="468"/>
        <source>with the recovery key, the vault did not open</source>
        <translation>bằng khóa khôi phục, khi kho dữ liệu không mở được</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="477"/>
        <source>family name</source>
        <translation>họ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="478"/>
        <source>given name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="479"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="480"/>
        <source>phone (masked)</source>
        <translation>điện thoại (che một phần)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="481"/>
        <source>phone numbers</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="482"/>
        <source>phone numbers (masked)</source>
        <translation>số điện thoại (che một phần)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="483"/>
        <source>pinned notes</source>
        <translation>ghi chú ghim</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="484"/>
        <source>consents</source>
        <translation>sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="485"/>
        <source>patch tests</source>
        <translation>thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="486"/>
        <source>patch test status</source>
        <translation>tình trạng thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="487"/>
        <source>treatments</source>
        <translation>lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="488"/>
        <source>treatment dates</source>
        <translation>ngày làm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="489"/>
        <source>today&apos;s treatments</source>
        <translation>lượt dịch vụ hôm nay</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="490"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="491"/>
        <source>birth date</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="492"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="493"/>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="494"/>
        <source>minor</source>
        <translation>vị thành niên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="495"/>
        <source>guardian</source>
        <translation>người giám hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="496"/>
        <source>preferences</source>
        <translation>sở thích</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="497"/>
        <source>tags</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="498"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="499"/>
        <source>alerts</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="500"/>
        <source>health</source>
        <translation>sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="501"/>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="502"/>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="503"/>
        <source>products</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="504"/>
        <source>formula</source>
        <translation>công thức</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="505"/>
        <source>price</source>
        <translation>giá</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="506"/>
        <source>payment</source>
        <translation>thanh toán</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="507"/>
        <source>technician</source>
        <translation>kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="508"/>
        <source>corrections</source>
        <translation>đính chính</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="509"/>
        <source>photos</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="510"/>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="511"/>
        <source>group</source>
        <translation>nhóm</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="512"/>
        <source>usual length</source>
        <translation>thời lượng thường lệ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="513"/>
        <source>patch test</source>
        <translation>thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="514"/>
        <source>whether it is active</source>
        <translation>còn cung cấp hay không</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="515"/>
        <source>PIN</source>
        <translation>mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="516"/>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="517"/>
        <source>salon name</source>
        <translation>tên salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="518"/>
        <source>salon address</source>
        <translation>địa chỉ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="519"/>
        <source>country of local phone numbers</source>
        <translation>quốc gia của số điện thoại trong nước</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="520"/>
        <source>currency</source>
        <translation>đơn vị tiền tệ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="521"/>
        <source>kinds of business</source>
        <translation>loại hình kinh doanh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="522"/>
        <source>idle lock</source>
        <translation>tự khóa khi không sử dụng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="523"/>
        <source>shortest PIN</source>
        <translation>độ dài tối thiểu của mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="524"/>
        <source>client details collected</source>
        <translation>thông tin khách hàng được thu thập</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="525"/>
        <source>recipients of client data and transfers abroad</source>
        <translation>bên nhận dữ liệu khách hàng và chuyển dữ liệu ra nước ngoài</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="526"/>
        <source>months without a visit before a client is lapsed</source>
        <translation>số tháng không đến trước khi khách bị coi là lâu không quay lại</translation>
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
        <translation>%1 (thất bại)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="33"/>
        <source>%1 (refused)</source>
        <translation>%1 (bị từ chối)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="41"/>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="42"/>
        <location filename="../../../ui/audit_words.py" line="95"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="43"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="54"/>
        <source>Opened the card</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="55"/>
        <source>Registered the client</source>
        <translation>Đăng ký khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="56"/>
        <source>Imported clients from a spreadsheet</source>
        <translation>Đã nhập khách từ bảng tính</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="57"/>
        <source>Changed details</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="58"/>
        <source>Archived</source>
        <translation>Lưu trữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="59"/>
        <source>Brought back from the archive</source>
        <translation>Khôi phục từ lưu trữ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="60"/>
        <source>Erased the client</source>
        <translation>Xóa vĩnh viễn khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="61"/>
        <source>Merged another record of the client into this one</source>
        <translation>Đã gộp một hồ sơ khác của khách vào hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="62"/>
        <source>Compared the client&apos;s record for a merge</source>
        <translation>Đã so sánh hồ sơ của khách để gộp</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="63"/>
        <source>Made the client&apos;s data report</source>
        <translation>Lập báo cáo dữ liệu của khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="64"/>
        <source>Pinned a note on the card</source>
        <translation>Ghim ghi chú lên thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="65"/>
        <source>Unpinned a note</source>
        <translation>Bỏ ghim ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="66"/>
        <source>Added a health item</source>
        <translation>Thêm mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="67"/>
        <source>Removed a health item</source>
        <translation>Xóa mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="68"/>
        <source>Changed a health item</source>
        <translation>Sửa mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="69"/>
        <source>Added a treatment</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="70"/>
        <source>Opened a treatment</source>
        <translation>Mở lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="71"/>
        <source>Changed a treatment</source>
        <translation>Sửa dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="72"/>
        <source>Corrected a treatment</source>
        <translation>Đính chính dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="73"/>
        <source>Went ahead without a valid patch test</source>
        <translation>Vẫn làm khi chưa có kết quả thử dị ứng hợp lệ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="75"/>
        <source>Went ahead despite a contraindication on the health record</source>
        <translation>Vẫn làm dù hồ sơ sức khỏe có chống chỉ định</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="77"/>
        <source>Shown the health alerts before a treatment</source>
        <translation>Được xem cảnh báo sức khỏe trước khi làm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="78"/>
        <source>Copied the last colour formula into a new treatment</source>
        <translation>Chép công thức màu gần nhất vào lượt dịch vụ mới</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="79"/>
        <source>Printed or saved the client card</source>
        <translation>In hoặc lưu thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="80"/>
        <source>Printed or saved a day sheet listing the client</source>
        <translation>In hoặc lưu danh sách khách trong ngày có tên khách hàng này</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="81"/>
        <source>Recorded a patch test</source>
        <translation>Ghi nhận thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="82"/>
        <source>Added a service record</source>
        <translation>Thêm hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="83"/>
        <source>Marked a line of a recall list</source>
        <translation>Đánh dấu một dòng trong danh sách nhắc lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="84"/>
        <source>Changed a service record</source>
        <translation>Sửa hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="85"/>
        <source>Corrected a service record</source>
        <translation>Đính chính hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="86"/>
        <source>Listed the client&apos;s service records</source>
        <translation>Xem danh sách hồ sơ dịch vụ của khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="87"/>
        <source>Opened a service record</source>
        <translation>Mở hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="88"/>
        <source>Printed or saved the spectacle prescription</source>
        <translation>In hoặc lưu đơn kính</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="89"/>
        <source>Copied a record template</source>
        <translation>Sao chép mẫu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="90"/>
        <source>Saved a new version of a record template</source>
        <translation>Lưu phiên bản mới của mẫu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="91"/>
        <source>Switched a record template on or off</source>
        <translation>Bật hoặc tắt mẫu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="92"/>
        <source>Chose the services of a record template</source>
        <translation>Chọn dịch vụ cho mẫu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="93"/>
        <source>Chose how prescriptions are written</source>
        <translation>Chọn cách ghi đơn kính</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="94"/>
        <source>Set a patch-test result</source>
        <translation>Ghi kết quả thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="96"/>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="97"/>
        <source>Session ended</source>
        <translation>Kết thúc phiên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="98"/>
        <source>Created the vault</source>
        <translation>Tạo kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="99"/>
        <source>Opened the vault</source>
        <translation>Mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="100"/>
        <source>Upgraded the vault to this version</source>
        <translation>Nâng cấp kho dữ liệu lên phiên bản này</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="101"/>
        <source>Checked the vault&apos;s file</source>
        <translation>Kiểm tra tệp kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="102"/>
        <source>Checked the activity log</source>
        <translation>Kiểm tra nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="103"/>
        <source>Recorded a consent</source>
        <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="104"/>
        <source>Withdrew a consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="105"/>
        <source>Printed a consent form</source>
        <translation>In mẫu đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="106"/>
        <source>Changed a consent text</source>
        <translation>Sửa nội dung đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="107"/>
        <source>Switched a consent purpose on or off</source>
        <translation>Bật hoặc tắt một mục đích đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="108"/>
        <source>Made a marketing list</source>
        <translation>Lập danh sách tiếp thị</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="109"/>
        <source>Printed the privacy notice</source>
        <translation>In thông báo quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="110"/>
        <source>Added a photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="111"/>
        <source>Viewed a photo</source>
        <translation>Xem ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="112"/>
        <source>Listed photos</source>
        <translation>Xem danh sách ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="113"/>
        <source>Removed a photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="114"/>
        <source>Chose the card&apos;s photo</source>
        <translation>Chọn ảnh cho thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="115"/>
        <source>Took the photo off the card</source>
        <translation>Gỡ ảnh khỏi thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="116"/>
        <source>Took a signed consultation form</source>
        <translation>Nhận phiếu tư vấn đã ký</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="117"/>
        <source>Listed the client&apos;s consultation forms</source>
        <translation>Xem danh sách phiếu tư vấn của khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="118"/>
        <source>Reviewed a red flag on a consultation form</source>
        <translation>Rà soát một dấu hiệu nguy cơ trên phiếu tư vấn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="119"/>
        <source>Chose the services a consultation form guards</source>
        <translation>Chọn các dịch vụ cần phiếu tư vấn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="120"/>
        <source>Added a version of a consultation form</source>
        <translation>Thêm một phiên bản phiếu tư vấn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="121"/>
        <source>Copied a consultation form as the salon&apos;s own</source>
        <translation>Sao chép phiếu tư vấn thành phiếu riêng của salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="122"/>
        <source>Changed when a consultation form is signed again</source>
        <translation>Đổi thời điểm ký lại phiếu tư vấn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="123"/>
        <source>Printed or saved a consultation form</source>
        <translation>In hoặc lưu phiếu tư vấn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="124"/>
        <source>Added a scanned paper</source>
        <translation>Thêm giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="125"/>
        <source>Listed scanned papers</source>
        <translation>Xem danh sách giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="126"/>
        <source>Opened a scanned paper</source>
        <translation>Mở giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="127"/>
        <source>Removed a scanned paper</source>
        <translation>Xóa giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="128"/>
        <source>Added a staff member</source>
        <translation>Thêm nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="129"/>
        <source>Renamed a staff member</source>
        <translation>Đổi tên nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="130"/>
        <source>Changed a role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="131"/>
        <source>Disabled a staff account</source>
        <translation>Khóa tài khoản nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="132"/>
        <source>Enabled a staff account</source>
        <translation>Mở lại tài khoản nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="133"/>
        <source>Reset a PIN</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="134"/>
        <source>Chose a new PIN after a reset</source>
        <translation>Chọn mã PIN mới sau khi đặt lại</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="135"/>
        <source>Locked out after wrong PINs</source>
        <translation>Bị khóa do nhập sai mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="136"/>
        <source>Owner access recovered</source>
        <translation>Khôi phục quyền chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="137"/>
        <source>Confirmed the staff privacy briefing</source>
        <translation>Xác nhận hướng dẫn về quyền riêng tư cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="138"/>
        <source>Did not confirm the staff privacy briefing</source>
        <translation>Không xác nhận hướng dẫn về quyền riêng tư cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="139"/>
        <source>Recorded a training session</source>
        <translation>Ghi nhận một buổi đào tạo</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="140"/>
        <source>Added a key slot</source>
        <translation>Thêm khe khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="141"/>
        <source>Removed a key slot</source>
        <translation>Xóa khe khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="142"/>
        <source>Showed the recovery key</source>
        <translation>Hiển thị khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="143"/>
        <source>Confirmed the Recovery Kit</source>
        <translation>Xác nhận Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="144"/>
        <source>Replaced the recovery key</source>
        <translation>Thay khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="145"/>
        <source>Re-keyed the vault</source>
        <translation>Đổi khóa mã hóa kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="146"/>
        <source>Finished an interrupted re-keying</source>
        <translation>Hoàn tất việc đổi khóa bị gián đoạn</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="147"/>
        <source>Tried to start a session without signing in</source>
        <translation>Thử bắt đầu phiên mà không đăng nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="148"/>
        <source>Started a backup</source>
        <translation>Bắt đầu sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="149"/>
        <source>Made a backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="150"/>
        <source>Verified a backup</source>
        <translation>Kiểm chứng bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="151"/>
        <source>Ran a restore drill</source>
        <translation>Diễn tập khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="152"/>
        <source>Restored from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="153"/>
        <source>Prepared a restore</source>
        <translation>Chuẩn bị khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="154"/>
        <source>Replaced the vault by a restore</source>
        <translation>Thay kho dữ liệu bằng bản khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="155"/>
        <source>Changed backup settings</source>
        <translation>Đổi cài đặt sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="157"/>
        <source>Dismissed the warning that the vault is older than a backup</source>
        <translation>Ẩn cảnh báo kho dữ liệu cũ hơn bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="159"/>
        <source>Added a service</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="160"/>
        <source>Changed a service</source>
        <translation>Sửa dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="161"/>
        <source>Changed the order of the services</source>
        <translation>Đổi thứ tự các dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="162"/>
        <source>Changed a setting</source>
        <translation>Đổi cài đặt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="163"/>
        <source>Chose the legal basis for health data</source>
        <translation>Chọn cơ sở pháp lý cho dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="164"/>
        <source>Changed the retention rules</source>
        <translation>Đổi quy tắc lưu giữ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="165"/>
        <source>Exported clients and visits (CSV)</source>
        <translation>Xuất khách hàng và lượt đến (CSV)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="166"/>
        <source>Exported everything (JSON)</source>
        <translation>Xuất toàn bộ (JSON)</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="167"/>
        <source>Exported a marketing list</source>
        <translation>Xuất danh sách tiếp thị</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="168"/>
        <source>Exported the activity log</source>
        <translation>Xuất nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="169"/>
        <source>Recorded an incident</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="170"/>
        <source>Updated an incident</source>
        <translation>Cập nhật sự cố</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="171"/>
        <source>Drafted an incident notification</source>
        <translation>Soạn thông báo sự cố</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="172"/>
        <source>Made the record of processing</source>
        <translation>Lập hồ sơ xử lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="173"/>
        <source>Made the impact-assessment draft</source>
        <translation>Lập bản dự thảo đánh giá tác động</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="174"/>
        <source>Removed data past retention</source>
        <translation>Xóa dữ liệu quá hạn lưu giữ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="175"/>
        <source>Filled the demo salon</source>
        <translation>Tạo dữ liệu salon mẫu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_words.py" line="176"/>
        <source>Added demo photos</source>
        <translation>Thêm ảnh mẫu</translation>
    </message>
</context>
<context>
    <name>AuthErrors</name>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="17"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation>Hãy chọn mã PIN của riêng bạn, không dùng mã một lần (chủ salon đã thấy mã đó).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="20"/>
        <source>The recovery key re-enables owner accounts only; the owner enables others.</source>
        <translation>Khóa khôi phục chỉ mở lại tài khoản chủ salon; các tài khoản khác do chủ salon mở lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="25"/>
        <source>Wrong PIN. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Sai mã PIN. Nếu nhập sai thêm %n lần nữa, tài khoản này sẽ bị vô hiệu hóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="39"/>
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %n phút.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="40"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/auth.py" line="57"/>
        <source>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Mã PIN của bạn đã được đặt lại: hãy nhập mã một lần mà chủ salon đưa cho bạn. Sai thêm %n lần nữa tài khoản sẽ bị khóa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="80"/>
        <source>The session has ended; please sign in again.</source>
        <translation>Phiên làm việc đã kết thúc; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="83"/>
        <source>This account has no PIN reset waiting; sign in with the PIN.</source>
        <translation>Tài khoản này không có yêu cầu đặt lại mã PIN nào đang chờ; hãy đăng nhập bằng mã PIN.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="86"/>
        <source>The session was ended; please sign in again.</source>
        <translation>Phiên làm việc đã bị kết thúc; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="89"/>
        <source>The session locked after being idle; please sign in again.</source>
        <translation>Phiên làm việc đã tự khóa vì lâu không sử dụng; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="92"/>
        <source>The session reached its 12-hour limit; please sign in again.</source>
        <translation>Phiên làm việc đã đạt giới hạn 12 giờ; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="95"/>
        <source>Type the owner&apos;s name.</source>
        <translation>Hãy nhập tên chủ salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="98"/>
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="40"/>
        <source>No verified backup yet. Back up now, to a USB stick kept away from this PC.</source>
        <translation>Chưa có bản sao lưu nào được kiểm tra. Hãy sao lưu ngay vào USB cất xa máy tính này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="53"/>
        <source>Made: %1 by %2</source>
        <translation>Tạo lúc: %1, bởi %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="58"/>
        <source>Clients: %1, size: %2</source>
        <translation>Khách hàng: %1, dung lượng: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="63"/>
        <source>Activity log: %1 entries, chain verified</source>
        <translation>Nhật ký hoạt động: %1 mục, chuỗi đã được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="69"/>
        <source>Warning: this vault&apos;s activity log does not hold the backup&apos;s last entry. The vault was restored from an older backup since, or its file was replaced.</source>
        <translation>Cảnh báo: nhật ký hoạt động của kho này không có mục cuối của bản sao lưu. Kho đã được khôi phục từ một bản sao lưu cũ hơn, hoặc tệp của nó đã bị thay.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="93"/>
        <source>The backup is written and verified:
%1 (%2)</source>
        <translation>Bản sao lưu đã được ghi và kiểm tra:
%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="105"/>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="114"/>
        <source>Verifying a backup</source>
        <translation>Đang kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="117"/>
        <source>The backup is good.</source>
        <translation>Bản sao lưu tốt.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="127"/>
        <source>Restore drill</source>
        <translation>Diễn tập khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="130"/>
        <source>The drill restored this backup into a scratch vault, checked it and threw it away. A real restore would work.</source>
        <translation>Buổi diễn tập đã khôi phục bản sao lưu này vào một kho nháp, kiểm tra rồi xoá đi. Khôi phục thật sẽ thành công.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="143"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="145"/>
        <source>Replace the whole vault with the backup %1?

Everything recorded after that backup was made is left out. The current vault is not deleted: it is kept aside in the data folder. Everyone is signed out.</source>
        <translation>Thay toàn bộ kho bằng bản sao lưu %1?

Mọi thứ ghi sau thời điểm tạo bản sao lưu đó sẽ không có. Kho hiện tại không bị xoá: nó được cất riêng trong thư mục dữ liệu. Mọi người sẽ bị đăng xuất.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backup_actions.py" line="165"/>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="29"/>
        <source>The last verified backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>Bản sao lưu đã kiểm tra gần nhất đã cũ %n ngày. Hãy sao lưu ngay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backup_actions.py" line="32"/>
        <source>%n older backup(s) removed (generations).</source>
        <translation>
            <numerusform>Đã xoá %n bản sao lưu cũ (giữ theo số thế hệ).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupErrors</name>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="18"/>
        <source>The backup&apos;s activity log does not end where its manifest says.</source>
        <translation>Nhật ký hoạt động trong bản sao lưu không kết thúc ở chỗ mà bảng kê của bản sao lưu ghi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="22"/>
        <source>The backup&apos;s activity log does not verify (%1).</source>
        <translation>Nhật ký hoạt động trong bản sao lưu không qua được bước kiểm chứng (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="29"/>
        <source>This backup was made by a newer SalonVault (schema %1); install the newer version to read it.</source>
        <translation>Bản sao lưu này được tạo bằng phiên bản SalonVault mới hơn (lược đồ %1); hãy cài phiên bản mới hơn để đọc.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="36"/>
        <source>The backup&apos;s manifest names no schema version SalonVault had.</source>
        <translation>Bảng kê của bản sao lưu ghi một phiên bản lược đồ mà SalonVault chưa từng có.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="41"/>
        <source>The backup&apos;s database schema is not SalonVault&apos;s (%1): it was changed outside the program, so it is refused.</source>
        <translation>Lược đồ cơ sở dữ liệu của bản sao lưu không phải của SalonVault (%1): nó đã bị thay đổi bên ngoài chương trình, nên bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="48"/>
        <source>The backup&apos;s schema version differs from its manifest.</source>
        <translation>Phiên bản lược đồ của bản sao lưu khác với bảng kê của nó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="51"/>
        <source>The backup&apos;s database schema differs from the one its manifest names.</source>
        <translation>Lược đồ cơ sở dữ liệu của bản sao lưu khác với lược đồ mà bảng kê của nó ghi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="54"/>
        <source>The backup does not carry its activity log&apos;s key.</source>
        <translation>Bản sao lưu không chứa khóa của nhật ký hoạt động.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="58"/>
        <source>Cannot read %1 (%2).</source>
        <translation>Không đọc được %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="65"/>
        <source>The database inside the backup cannot be read (%1).</source>
        <translation>Không đọc được cơ sở dữ liệu bên trong bản sao lưu (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="70"/>
        <source>The backup has no manifest; it was not made by SalonVault.</source>
        <translation>Bản sao lưu không có bảng kê; nó không được tạo bằng SalonVault.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="74"/>
        <source>This backup was made by a newer SalonVault; install the newer version to read it.</source>
        <translation>Bản sao lưu này được tạo bằng phiên bản SalonVault mới hơn; hãy cài phiên bản mới hơn để đọc.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="79"/>
        <source>The backup&apos;s manifest does not match this salon&apos;s key: it was altered or made elsewhere.</source>
        <translation>Bảng kê của bản sao lưu không khớp với khóa của salon này: bản sao lưu đã bị sửa đổi hoặc được tạo ở nơi khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="84"/>
        <source>The backup&apos;s manifest is unreadable.</source>
        <translation>Không đọc được bảng kê của bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="87"/>
        <source>The backup&apos;s activity log key does not open.</source>
        <translation>Không mở được khóa nhật ký hoạt động của bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="90"/>
        <source>The backup opened with this recovery key but names another one inside.</source>
        <translation>Bản sao lưu mở được bằng khóa khôi phục này nhưng bên trong lại ghi một khóa khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="95"/>
        <source>The backup withholds a setting this SalonVault cannot restore (%1); install the newer version to read it.</source>
        <translation>Bản sao lưu chứa một cài đặt mà phiên bản SalonVault này không khôi phục được (%1); hãy cài phiên bản mới hơn để đọc.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="102"/>
        <source>The file does not contain an SQLite database; it is not a backup.</source>
        <translation>Tệp không chứa cơ sở dữ liệu SQLite; đây không phải là bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="105"/>
        <source>The database inside is not a SalonVault backup (its page layout differs).</source>
        <translation>Cơ sở dữ liệu bên trong không phải là bản sao lưu SalonVault (cách bố trí trang khác).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="109"/>
        <source>page %1 fails authentication</source>
        <translation>trang %1 không qua được bước xác thực</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="114"/>
        <source>The vault file ended early while it was being read.</source>
        <translation>Tệp kho dữ liệu kết thúc sớm trong lúc đang được đọc.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="117"/>
        <source>The backup is incomplete (it ends in the middle of a page).</source>
        <translation>Bản sao lưu không đầy đủ (kết thúc giữa chừng một trang).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="121"/>
        <source>The backup file is damaged or incomplete (its encryption does not check out).</source>
        <translation>Tệp sao lưu bị hỏng hoặc không đầy đủ (phần mã hóa không khớp).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="126"/>
        <source>This backup was made for a different recovery key (another salon, or a key replaced since), or its first lines are damaged; use the Recovery Kit that belongs to it, or another copy of the backup.</source>
        <translation>Bản sao lưu này được tạo cho một khóa khôi phục khác (của salon khác, hoặc khóa đã được thay sau đó), hoặc các dòng đầu của nó bị hỏng; hãy dùng Bộ khôi phục đi kèm bản sao lưu đó, hoặc một bản sao khác của bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="132"/>
        <source>The file is not a SalonVault backup (not an age file).</source>
        <translation>Tệp không phải là bản sao lưu SalonVault (không phải tệp age).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="135"/>
        <source>The vault kept changing while the backup started; try again.</source>
        <translation>Kho dữ liệu liên tục thay đổi trong lúc bắt đầu sao lưu; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="139"/>
        <source>Keep between 1 and %1 backups.</source>
        <translation>Hãy giữ từ 1 đến %1 bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="145"/>
        <source>Remind after 1 to %1 days.</source>
        <translation>Nhắc sau từ 1 đến %1 ngày.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="150"/>
        <source>The snapshot is not the one this backup started.</source>
        <translation>Bản chụp dữ liệu không phải là bản mà lần sao lưu này đã bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="154"/>
        <source>The backup read back differs from what was written (a failing drive?); it was removed.</source>
        <translation>Bản sao lưu đọc lại khác với dữ liệu đã ghi (ổ đĩa sắp hỏng?); bản sao lưu đã bị xóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="158"/>
        <source>The backup was cancelled; nothing was left half-written.</source>
        <translation>Đã huỷ sao lưu; không để lại tệp nào ghi dở.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="162"/>
        <source>SalonVault could not write in %1 (%2). Nothing was changed.</source>
        <translation>SalonVault không ghi được vào %1 (%2). Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="170"/>
        <source>The disk holding %1 is full (checking or restoring a backup needs free space the size of the vault there); free some space and try again. Nothing was changed.</source>
        <translation>Ổ đĩa chứa %1 đã đầy (kiểm tra hoặc khôi phục bản sao lưu cần ở đó một dung lượng trống bằng kích thước kho dữ liệu); hãy giải phóng dung lượng rồi thử lại. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="180"/>
        <source>SalonVault may not write in %1 (read-only or no permission). Nothing was changed.</source>
        <translation>SalonVault không được phép ghi vào %1 (chỉ cho phép đọc hoặc không có quyền). Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="186"/>
        <source>age encryption failed</source>
        <translation>mã hóa age thất bại</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="190"/>
        <source>The database inside the backup fails SQLite&apos;s integrity check (%1).</source>
        <translation>Cơ sở dữ liệu bên trong bản sao lưu không qua được bước kiểm tra toàn vẹn của SQLite (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="196"/>
        <source>The backup&apos;s row counts differ from its manifest (%1).</source>
        <translation>Số dòng trong bản sao lưu khác với bảng kê của nó (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="202"/>
        <source>The backup could not be read to the end (%1).</source>
        <translation>Không đọc được bản sao lưu đến hết (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="208"/>
        <source>The backup could not be read back to the end (%1).</source>
        <translation>Không đọc lại được bản sao lưu đến hết (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/backup.py" line="214"/>
        <source>This vault&apos;s activity log does not hold the backup&apos;s last entry: the vault was restored from an older backup since, or its file was replaced or cut.</source>
        <translation>Nhật ký hoạt động của kho dữ liệu này không có mục cuối của bản sao lưu: kể từ đó kho đã được khôi phục từ một bản sao lưu cũ hơn, hoặc tệp của kho đã bị thay thế hay bị cắt bớt.</translation>
    </message>
</context>
<context>
    <name>BackupHistory</name>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="32"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="33"/>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="34"/>
        <source>Restore drill</source>
        <translation>Diễn tập khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="35"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="41"/>
        <source>Verified</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="42"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="43"/>
        <source>Cancelled</source>
        <translation>Đã huỷ</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="75"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="76"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="77"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="78"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="79"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="80"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="81"/>
        <source>Who</source>
        <translation>Người làm</translation>
    </message>
    <message>
        <location filename="../../../ui/models/backup_history.py" line="101"/>
        <source>(scheduled)</source>
        <translation>(theo lịch)</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="61"/>
        <source>Cancelling; removing the unfinished file…</source>
        <translation>Đang huỷ; đang xoá tệp chưa xong…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="69"/>
        <source>Writing the encrypted backup…</source>
        <translation>Đang ghi bản sao lưu đã mã hóa…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="70"/>
        <source>Reading it back and checking it…</source>
        <translation>Đang đọc lại và kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="71"/>
        <source>Decrypting and checking the backup…</source>
        <translation>Đang giải mã và kiểm tra bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>BackupTasks</name>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="133"/>
        <source>Cancelled; nothing was left half-written and earlier backups are as they were.</source>
        <translation>Đã huỷ; không có tệp nào ghi dở và các bản sao lưu trước vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../../ui/backup_tasks.py" line="140"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Đã xảy ra lỗi không lường trước: %1</translation>
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
        <translation>USB / ổ rời: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="253"/>
        <source>Choose a USB stick or a folder for the backup.</source>
        <translation>Chọn USB hoặc một thư mục để sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="255"/>
        <source>This folder is not there now (drive unplugged?).</source>
        <translation>Hiện không thấy thư mục này (ổ đã bị rút?).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="259"/>
        <source>Free: %1 of %2</source>
        <translation>Còn trống: %1 trên %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="276"/>
        <source>No SalonVault backups in this folder yet.</source>
        <translation>Thư mục này chưa có bản sao lưu SalonVault nào.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/backups_page.py" line="280"/>
        <source>%n backup(s) in this folder, the oldest from %1.</source>
        <translation>
            <numerusform>Thư mục này có %n bản sao lưu, bản cũ nhất từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="302"/>
        <source>Back up into this folder</source>
        <translation>Sao lưu vào thư mục này</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="309"/>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="310"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>Bản sao lưu SalonVault (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="335"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="337"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="348"/>
        <location filename="../../../ui/pages/backups_page.py" line="350"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="349"/>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="351"/>
        <source>Check and restore</source>
        <translation>Kiểm tra và khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="352"/>
        <source>Verify a backup…</source>
        <translation>Kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="353"/>
        <source>Restore drill…</source>
        <translation>Diễn tập khôi phục…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="354"/>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="355"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="356"/>
        <source>Newest backups kept in each folder:</source>
        <translation>Số bản sao lưu mới nhất được giữ trong mỗi thư mục:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="360"/>
        <source>Also kept: the newest backup of each of the last 7 days, 4 weeks and 12 months that have one, so backups in a row never push out the older ones.</source>
        <translation>Ngoài ra còn giữ: bản sao lưu mới nhất của mỗi ngày trong 7 ngày, mỗi tuần trong 4 tuần và mỗi tháng trong 12 tháng gần nhất (nếu có), nên sao lưu nhiều lần liên tiếp không bao giờ đẩy các bản cũ ra ngoài.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="364"/>
        <source>Remind when the last backup is older than (days):</source>
        <translation>Nhắc khi bản sao lưu gần nhất cũ hơn (ngày):</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="365"/>
        <source>Offer a backup when SalonVault closes</source>
        <translation>Đề nghị sao lưu khi đóng SalonVault</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="366"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/backups_page.py" line="367"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
<context>
    <name>BowlEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="112"/>
        <source>Add shade</source>
        <translation>Thêm tông màu</translation>
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
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="124"/>
        <source>Remove bowl</source>
        <translation>Xóa bát</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="176"/>
        <source>Bowl for</source>
        <translation>Bát dùng cho</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="177"/>
        <source>Brand</source>
        <translation>Hãng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="178"/>
        <source>Shades and grams</source>
        <translation>Tông màu và số gam</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="179"/>
        <source>Developer</source>
        <translation>Oxy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="180"/>
        <source>Ratio</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="181"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="185"/>
        <source>grams</source>
        <translation>gam</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="186"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="187"/>
        <source>Choose a zone or type your own name for this bowl.</source>
        <translation>Hãy chọn một vùng tóc hoặc tự đặt tên cho bát này.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="188"/>
        <source>Developer strength</source>
        <translation>Nồng độ oxy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="189"/>
        <source>Developer grams</source>
        <translation>Số gam oxy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="190"/>
        <source>Mixing ratio</source>
        <translation>Tỷ lệ pha</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="191"/>
        <source>Processing time in minutes</source>
        <translation>Thời gian ủ tính bằng phút</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="195"/>
        <source>Bowl %1</source>
        <translation>Bát %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="204"/>
        <source>Shade %1</source>
        <translation>Tông màu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="205"/>
        <source>Grams of shade %1</source>
        <translation>Số gam của tông màu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="206"/>
        <source>Remove shade %1</source>
        <translation>Xóa tông màu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="207"/>
        <source>Remove this shade</source>
        <translation>Xóa tông màu này</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="334"/>
        <source>%1 (from the ratio)</source>
        <translation>%1 (theo tỷ lệ)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="343"/>
        <source>Shade %1: write the shade before its grams.</source>
        <translation>Tông màu %1: hãy ghi tên tông màu trước số gam.</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <location filename="../../../ui/briefing_page.py" line="175"/>
        <location filename="../../../ui/briefing_page.py" line="191"/>
        <source>Staff privacy briefing</source>
        <translation>Hướng dẫn về quyền riêng tư cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="178"/>
        <source>Before your first work in SalonVault, read how we keep clients&apos; data safe and confirm it.</source>
        <translation>Trước khi bắt đầu làm việc trên SalonVault, hãy đọc cách chúng ta giữ an toàn dữ liệu của khách hàng và xác nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="182"/>
        <source>The briefing has changed since you last confirmed it: read it and confirm again.</source>
        <translation>Bản hướng dẫn đã thay đổi kể từ lần bạn xác nhận gần nhất: hãy đọc và xác nhận lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="185"/>
        <source>It is a year since you last confirmed the briefing: read it again and confirm.</source>
        <translation>Đã một năm kể từ lần bạn xác nhận bản hướng dẫn gần nhất: hãy đọc lại và xác nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="189"/>
        <source>Read &amp;in:</source>
        <translation>Đọc &amp;bằng:</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="190"/>
        <source>Language of the briefing</source>
        <translation>Ngôn ngữ của bản hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="193"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="194"/>
        <source>I have &amp;read and understood it</source>
        <translation>Tôi đã đọc và &amp;hiểu rõ nội dung</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="195"/>
        <source>&amp;Not now (sign out)</source>
        <translation>Để &amp;sau (đăng xuất)</translation>
    </message>
    <message>
        <location filename="../../../ui/briefing_page.py" line="197"/>
        <source>You can work in SalonVault only after confirming the briefing.</source>
        <translation>Bạn chỉ có thể làm việc trên SalonVault sau khi xác nhận bản hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>BriefingTables</name>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="32"/>
        <source>Up to date</source>
        <translation>Đã xác nhận phiên bản hiện hành</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="34"/>
        <source>Not confirmed yet: asked at the next sign-in</source>
        <translation>Chưa xác nhận: sẽ được yêu cầu ở lần đăng nhập tới</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="37"/>
        <source>New version: asked at the next sign-in</source>
        <translation>Có phiên bản mới: sẽ được yêu cầu xác nhận ở lần đăng nhập tới</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="40"/>
        <source>A year has passed: asked at the next sign-in</source>
        <translation>Đã qua một năm: sẽ được yêu cầu xác nhận ở lần đăng nhập tới</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="71"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="72"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="73"/>
        <source>Version confirmed</source>
        <translation>Phiên bản đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="74"/>
        <source>Confirmed on</source>
        <translation>Thời điểm xác nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="75"/>
        <source>Read in</source>
        <translation>Ngôn ngữ đã đọc</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="76"/>
        <source>Briefing</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="98"/>
        <source>Account disabled</source>
        <translation>Tài khoản ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="127"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="128"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="129"/>
        <source>Attended</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <location filename="../../../ui/models/briefing_tables.py" line="145"/>
        <source>staff %1</source>
        <translation>nhân viên %1</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="130"/>
        <source>Tick at least one kind of business to go on.</source>
        <translation>Hãy đánh dấu ít nhất một loại hình kinh doanh để tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="134"/>
        <source>With no service ticked, no treatment can be recorded until the owner adds one on the Services page.</source>
        <translation>Nếu không đánh dấu dịch vụ nào, sẽ không ghi được lượt dịch vụ nào cho đến khi chủ salon thêm dịch vụ ở trang Dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="140"/>
        <source>You can rename, add or switch off services later on the Services page.</source>
        <translation>Bạn có thể đổi tên, thêm hoặc tắt dịch vụ sau này ở trang Dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="152"/>
        <source>What the salon does</source>
        <translation>Lĩnh vực của salon</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="154"/>
        <source>This decides the services to start with; a mixed salon ticks several.</source>
        <translation>Lựa chọn này quyết định các dịch vụ ban đầu; salon làm nhiều lĩnh vực thì đánh dấu nhiều mục.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="156"/>
        <source>Kind of business</source>
        <translation>Loại hình kinh doanh</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/business_page.py" line="161"/>
        <source>Services to start with. Untick what you do not offer (Space ticks or unticks the highlighted one); to change a name, press Enter or double-click it:</source>
        <translation>Các dịch vụ ban đầu. Bỏ đánh dấu những dịch vụ salon không làm (phím cách đánh dấu hoặc bỏ đánh dấu mục đang chọn); để đổi tên, nhấn Enter hoặc bấm đúp vào tên:</translation>
    </message>
</context>
<context>
    <name>CameraImportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="54"/>
        <source>Choose the camera folder</source>
        <translation>Chọn thư mục máy ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="77"/>
        <source>Import from camera folder</source>
        <translation>Nhập từ thư mục máy ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="81"/>
        <source>Change folder…</source>
        <translation>Đổi thư mục…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="90"/>
        <source>Photos in the camera folder</source>
        <translation>Ảnh trong thư mục máy ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="91"/>
        <source>No photos in this folder.</source>
        <translation>Thư mục này không có ảnh.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="92"/>
        <source>Delete the original files after import</source>
        <translation>Xóa các tệp gốc sau khi nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="96"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/camera_import.py" line="121"/>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
</context>
<context>
    <name>CardPhotoBox</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="64"/>
        <source>Choose photo…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="67"/>
        <source>Add photo…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="70"/>
        <source>Remove from card</source>
        <translation>Gỡ khỏi thẻ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="108"/>
        <source>A photo on the card needs the client&apos;s photo consent (record it on the Photos tab).</source>
        <translation>Muốn đặt ảnh trên thẻ khách hàng thì cần có sự đồng ý chụp ảnh của khách (ghi nhận ở tab Ảnh).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="118"/>
        <source>No photo</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="127"/>
        <source>The client&apos;s photo</source>
        <translation>Ảnh của khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="157"/>
        <source>Choose a photo for the card</source>
        <translation>Chọn ảnh cho thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="158"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>CatalogueErrors</name>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="19"/>
        <source>The duration is from 1 to %1 minutes.</source>
        <translation>Thời lượng từ 1 đến %1 phút.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="24"/>
        <source>The price is out of range.</source>
        <translation>Giá nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="27"/>
        <source>Two services have the same name.</source>
        <translation>Có hai dịch vụ trùng tên.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="31"/>
        <source>A salon has at most %1 services.</source>
        <translation>Một salon có tối đa %1 dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="36"/>
        <source>There is no such service.</source>
        <translation>Không có dịch vụ này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="39"/>
        <source>A contraindication needs at least 3 letters: %1</source>
        <translation>Chống chỉ định cần có ít nhất 3 chữ cái: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="42"/>
        <source>A service has at most %1 contraindications.</source>
        <translation>Một dịch vụ có tối đa %1 chống chỉ định.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/catalogue.py" line="45"/>
        <source>Give every service exactly once to change the order.</source>
        <translation>Để đổi thứ tự, hãy đưa mỗi dịch vụ đúng một lần.</translation>
    </message>
</context>
<context>
    <name>ChooseCardPhotoDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="193"/>
        <source>Photo on the card</source>
        <translation>Ảnh trên thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="198"/>
        <source>The client&apos;s photos</source>
        <translation>Ảnh của khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="200"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_photo.py" line="212"/>
        <source>The client has no photos yet: add one instead.</source>
        <translation>Khách hàng chưa có ảnh nào: hãy thêm ảnh mới.</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="18"/>
        <source>restore needs --recovery-key FILE (the Recovery Kit&apos;s key file).</source>
        <translation>restore cần --recovery-key FILE (tệp khóa trong Bộ khôi phục).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="22"/>
        <source>There is no service %1; `services list --all` shows them.</source>
        <translation>Không có dịch vụ %1; lệnh `services list --all` sẽ liệt kê các dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="27"/>
        <source>Send one JSON object with the client&apos;s fields.</source>
        <translation>Hãy gửi một đối tượng JSON chứa các trường của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="30"/>
        <source>allergies must be a list of texts.</source>
        <translation>allergies phải là một danh sách các đoạn văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="33"/>
        <source>phones must be a list of {&quot;label&quot;, &quot;number&quot;} objects.</source>
        <translation>phones phải là một danh sách các đối tượng {&quot;label&quot;, &quot;number&quot;}.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="37"/>
        <source>Standard input is not JSON (%1).</source>
        <translation>Đầu vào chuẩn không phải là JSON (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="42"/>
        <source>Standard input is not a client (nested too deeply).</source>
        <translation>Đầu vào chuẩn không phải là một khách hàng (lồng quá sâu).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="45"/>
        <source>Each phone is {&quot;label&quot;: …, &quot;number&quot;: &quot;…&quot;}, both texts.</source>
        <translation>Mỗi số điện thoại có dạng {&quot;label&quot;: …, &quot;number&quot;: &quot;…&quot;}, cả hai đều là văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="49"/>
        <source>A phone&apos;s label is one of %1.</source>
        <translation>Nhãn của số điện thoại phải là một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="54"/>
        <source>The marketing list is a CSV file; use --format csv.</source>
        <translation>Danh sách tiếp thị là tệp CSV; hãy dùng --format csv.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="58"/>
        <source>Could not read the mapping file %1: %2.</source>
        <translation>Không đọc được tệp ánh xạ cột %1: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="64"/>
        <source>The mapping file is not UTF-8 text.</source>
        <translation>Tệp ánh xạ cột không phải là văn bản UTF-8.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="68"/>
        <source>Standard input ended before the %1.</source>
        <translation>Đầu vào chuẩn đã kết thúc trước khi có %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="75"/>
        <source>There is no terminal to ask for the %1; send it on standard input with the matching --…-stdin option.</source>
        <translation>Không có cửa sổ dòng lệnh để hỏi %1; hãy gửi qua đầu vào chuẩn bằng tùy chọn --…-stdin tương ứng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="83"/>
        <source>The two %1s differ; nothing was changed.</source>
        <translation>Hai lần nhập %1 không khớp nhau; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="90"/>
        <source>The recovery key was replaced, but it could not be saved (%1); print the new Recovery Kit now (Settings, Recovery Kit), before anything else.</source>
        <translation>Khóa khôi phục đã được thay, nhưng không lưu được (%1); hãy in Bộ khôi phục mới ngay bây giờ (Cài đặt, Bộ khôi phục), trước khi làm bất cứ việc gì khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="98"/>
        <source>There is no terminal to type the client&apos;s name on; give it with --confirm NAME or on the line after the PIN with --pin-stdin.</source>
        <translation>Không có cửa sổ dòng lệnh để gõ tên khách hàng; hãy cung cấp tên bằng --confirm NAME hoặc ở dòng sau mã PIN khi dùng --pin-stdin.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="103"/>
        <source>recover-owner needs --recovery-key FILE.</source>
        <translation>recover-owner cần --recovery-key FILE.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="107"/>
        <source>Unknown field(s): %1.</source>
        <translation>Trường không xác định: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="113"/>
        <source>The field %1 must be text.</source>
        <translation>Trường %1 phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="118"/>
        <source>is_minor must be true or false.</source>
        <translation>is_minor phải là true hoặc false.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="121"/>
        <source>Standard input is not a JSON health item.</source>
        <translation>Đầu vào chuẩn không phải là một mục sức khỏe dạng JSON.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="124"/>
        <source>Send one JSON object: {&quot;kind&quot;, &quot;text&quot;, &quot;severity&quot;}.</source>
        <translation>Hãy gửi một đối tượng JSON: {&quot;kind&quot;, &quot;text&quot;, &quot;severity&quot;}.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="128"/>
        <source>kind is one of %1.</source>
        <translation>kind phải là một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="134"/>
        <source>severity is one of %1.</source>
        <translation>severity phải là một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="139"/>
        <source>text is the item&apos;s description.</source>
        <translation>text là phần mô tả của mục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="142"/>
        <source>The signature file is too large.</source>
        <translation>Tệp chữ ký quá lớn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="145"/>
        <source>Standard input is not a record (nested too deeply).</source>
        <translation>Đầu vào chuẩn không phải là một hồ sơ (lồng quá sâu).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="148"/>
        <source>Send one JSON object with the record&apos;s values by field key.</source>
        <translation>Hãy gửi một đối tượng JSON chứa các giá trị của hồ sơ theo khóa trường.</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="125"/>
        <source>Minor</source>
        <translation>Vị thành niên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="128"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="153"/>
        <source>P&amp;rint card</source>
        <translation>&amp;In thẻ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="157"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="158"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="172"/>
        <source>The card was sent to the printer.</source>
        <translation>Thẻ khách hàng đã được gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="180"/>
        <source>Save the card as PDF</source>
        <translation>Lưu thẻ khách hàng thành PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="181"/>
        <source>client-card-%1.pdf</source>
        <translation>client-card-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="189"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="204"/>
        <source>Merge with another client…</source>
        <translation>Gộp với khách khác…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="210"/>
        <source>Erase client…</source>
        <translation>Xóa khách hàng…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="216"/>
        <source>Data report…</source>
        <translation>Báo cáo dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="233"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="240"/>
        <source>Forms</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="242"/>
        <source>Treatments</source>
        <translation>Dịch vụ đã làm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="244"/>
        <source>Records</source>
        <translation>Hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="248"/>
        <source>Patch tests</source>
        <translation>Thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="250"/>
        <source>Consents</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="253"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="256"/>
        <source>Papers</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="259"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="262"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="309"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation>Khách hàng chưa được thông báo về việc lưu hồ sơ dịch vụ: hãy cho khách hàng xem văn bản trước khi làm dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="369"/>
        <source>Check before any treatment.</source>
        <translation>Hãy kiểm tra trước mọi dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="383"/>
        <source>Patch test: %1</source>
        <translation>Thử dị ứng: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_card.py" line="237"/>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="64"/>
        <source>New client</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="66"/>
        <source>Change details: %1</source>
        <translation>Sửa thông tin: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="143"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="144"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="137"/>
        <location filename="../../../ui/dialogs/client_dialog.py" line="145"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="146"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="147"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Ngày sinh (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="148"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="149"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="150"/>
        <source>Minor (under 18)</source>
        <translation>Vị thành niên (dưới 18 tuổi)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="151"/>
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="152"/>
        <source>Hair preferences</source>
        <translation>Sở thích về tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="153"/>
        <source>Skin preferences</source>
        <translation>Sở thích về da</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="154"/>
        <source>Lash preferences</source>
        <translation>Sở thích về mi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="155"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="156"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="175"/>
        <source>Name and how to reach them</source>
        <translation>Họ tên và cách liên lạc</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="177"/>
        <source>Short words, separated by commas: balayage, regular</source>
        <translation>Từ ngắn, cách nhau bằng dấu phẩy: balayage, khách quen</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="260"/>
        <source>The new client you were typing was kept while the screen was locked.</source>
        <translation>Khách hàng mới bạn đang nhập đã được giữ lại trong lúc màn hình bị khóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="261"/>
        <source>Your unsaved changes were kept while the screen was locked.</source>
        <translation>Các thay đổi chưa lưu của bạn đã được giữ lại trong lúc màn hình bị khóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="302"/>
        <source>Possible duplicate</source>
        <translation>Có thể trùng khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/client_dialog.py" line="304"/>
        <source>A client with the same phone, or a very similar name and birth date, is already registered. Add this one anyway?</source>
        <translation>Đã có khách hàng cùng số điện thoại, hoặc có tên rất giống và cùng ngày sinh. Vẫn thêm khách hàng này?</translation>
    </message>
</context>
<context>
    <name>ClientFacts</name>
    <message>
        <location filename="../../../ui/client_facts.py" line="18"/>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="27"/>
        <source>phone …%1</source>
        <translation>điện thoại …%1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="30"/>
        <source>born %1</source>
        <translation>sinh năm %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="34"/>
        <source>last visit %1</source>
        <translation>lần đến gần nhất %1</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="39"/>
        <source>no visit yet</source>
        <translation>chưa đến lần nào</translation>
    </message>
    <message>
        <location filename="../../../ui/client_facts.py" line="47"/>
        <source>%1 (archived)</source>
        <translation>%1 (đã lưu trữ)</translation>
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
        <translation>nhãn “%1”</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="205"/>
        <source>service: %1</source>
        <translation>dịch vụ: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="207"/>
        <source>by %1</source>
        <translation>do %1 thực hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="210"/>
        <source>last visit on or after %1</source>
        <translation>lần đến gần nhất từ %1 trở đi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="213"/>
        <source>not seen since %1</source>
        <translation>không đến từ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="215"/>
        <source>with health alerts</source>
        <translation>có cảnh báo sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="217"/>
        <source>not yet informed about visit records</source>
        <translation>chưa được thông báo về hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="219"/>
        <source>registered since %1</source>
        <translation>đăng ký từ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="224"/>
        <source>patch test runs out between %1 and %2</source>
        <translation>thử dị ứng hết hạn trong khoảng %1 đến %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="275"/>
        <source>%1 (no longer offered)</source>
        <translation>%1 (không còn cung cấp)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="280"/>
        <source>Any service</source>
        <translation>Mọi dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="281"/>
        <source>Anyone</source>
        <translation>Bất kỳ ai</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="294"/>
        <source>&amp;Tag</source>
        <translation>&amp;Nhãn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="295"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="296"/>
        <source>Tec&amp;hnician</source>
        <translation>&amp;Kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="297"/>
        <source>any tag</source>
        <translation>mọi nhãn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="298"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="302"/>
        <source>Last visit on or after</source>
        <translation>Lần đến gần nhất từ ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="299"/>
        <location filename="../../../ui/pages/client_filter_bar.py" line="303"/>
        <source>Not seen since</source>
        <translation>Không đến từ ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="300"/>
        <source>Has health alerts</source>
        <translation>Có cảnh báo sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/client_filter_bar.py" line="301"/>
        <source>Not yet informed about visit records</source>
        <translation>Chưa được thông báo về hồ sơ dịch vụ</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <location filename="../../../ui/models/client_table.py" line="178"/>
        <source>The client number: the same on the card, in the log and on forms</source>
        <translation>Số khách hàng: giống nhau trên thẻ, trong nhật ký và trên các phiếu</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="218"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="219"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="220"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="221"/>
        <source>Last visit</source>
        <translation>Lần đến gần nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="222"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="223"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="232"/>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="239"/>
        <location filename="../../../ui/pages/clients_page.py" line="466"/>
        <source>severe</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="250"/>
        <source>Severe health alert</source>
        <translation>Cảnh báo sức khỏe nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../../ui/models/client_table.py" line="252"/>
        <source>Health alert</source>
        <translation>Cảnh báo sức khỏe</translation>
    </message>
</context>
<context>
    <name>ClientsErrors</name>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="18"/>
        <source>There is no such client (already erased?).</source>
        <translation>Không có khách hàng này (có thể đã bị xóa?).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="21"/>
        <source>Type the client&apos;s name exactly as shown to confirm the erasure.</source>
        <translation>Hãy gõ tên khách hàng đúng như hiển thị để xác nhận việc xóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="25"/>
        <source>Enter the %1.</source>
        <translation>Hãy nhập %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="31"/>
        <source>The %1 has at most %2 characters.</source>
        <translation>%1 có tối đa %2 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="38"/>
        <source>The %1 contains characters that are not text.</source>
        <translation>%1 chứa ký tự không phải văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="45"/>
        <source>That phone number is not valid (numbers without a country code are read as %1; add +48, +84, +86 … for others).</source>
        <translation>Số điện thoại đó không hợp lệ (số không có mã quốc gia được đọc là số điện thoại ở %1; với các nước khác hãy thêm +48, +84, +86 …).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="52"/>
        <source>That e-mail address does not look right.</source>
        <translation>Địa chỉ email đó có vẻ không đúng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="55"/>
        <source>The birth date is in the future.</source>
        <translation>Ngày sinh là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="58"/>
        <source>The birth date is before 1900.</source>
        <translation>Ngày sinh trước năm 1900.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="61"/>
        <source>Enter the parent or guardian of a minor (name and how to reach them).</source>
        <translation>Hãy nhập cha mẹ hoặc người giám hộ của trẻ vị thành niên (tên và cách liên lạc).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="64"/>
        <source>A guardian is kept only for a minor.</source>
        <translation>Chỉ lưu người giám hộ cho khách vị thành niên.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="68"/>
        <source>A client has at most %1 tags.</source>
        <translation>Một khách hàng có tối đa %1 nhãn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="73"/>
        <source>The language is one of en, vi, pl, zh_CN (or empty).</source>
        <translation>Ngôn ngữ phải là một trong en, vi, pl, zh_CN (hoặc để trống).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="77"/>
        <source>The birth date shows %1 or older; correct it or untick &quot;minor&quot;.</source>
        <translation>Theo ngày sinh, khách đã %1 tuổi trở lên; hãy sửa ngày sinh hoặc bỏ đánh dấu “vị thành niên”.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="83"/>
        <source>The birth date shows under %1; tick &quot;minor&quot; (and add the guardian).</source>
        <translation>Theo ngày sinh, khách chưa đủ %1 tuổi; hãy đánh dấu “vị thành niên” (và thêm người giám hộ).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="88"/>
        <source>Separate tags with commas; a tag has no comma.</source>
        <translation>Hãy phân cách các nhãn bằng dấu phẩy; bản thân nhãn không chứa dấu phẩy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="91"/>
        <source>A tag needs letters or digits.</source>
        <translation>Nhãn cần có chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="94"/>
        <source>Write the birth date as YYYY-MM-DD (for example 1990-04-23).</source>
        <translation>Hãy ghi ngày sinh theo dạng YYYY-MM-DD (ví dụ 1990-04-23).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="97"/>
        <source>This looks like a payment card number; card numbers are never stored.</source>
        <translation>Đây có vẻ là số thẻ thanh toán; số thẻ không bao giờ được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="100"/>
        <source>Choose two different clients to merge.</source>
        <translation>Hãy chọn hai khách hàng khác nhau để gộp.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="104"/>
        <source>There is no client %1 (already merged or erased?).</source>
        <translation>Không có khách hàng %1 (có thể đã được gộp hoặc đã bị xóa?).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="109"/>
        <source>Type the name of the client being merged away exactly as shown to confirm.</source>
        <translation>Hãy gõ tên của khách hàng sẽ bị gộp đi đúng như hiển thị để xác nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="113"/>
        <source>A client has at most %1 phone numbers.</source>
        <translation>Một khách hàng có tối đa %1 số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="118"/>
        <source>The phone is the first of the phone numbers; send one or make them agree.</source>
        <translation>Số điện thoại chính là số đầu tiên trong danh sách số điện thoại; hãy chỉ gửi một trong hai, hoặc làm cho chúng khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="121"/>
        <source>This salon does not collect phones (see Settings).</source>
        <translation>Salon này không thu thập số điện thoại (xem Cài đặt).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="124"/>
        <source>That note is not pinned on this client&apos;s card.</source>
        <translation>Ghi chú đó không được ghim trên thẻ của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="127"/>
        <source>There is no such client.</source>
        <translation>Không có khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="131"/>
        <source>A client has at most %1 pinned notes; unpin one first.</source>
        <translation>Một khách hàng có tối đa %1 ghi chú ghim; hãy bỏ ghim một ghi chú trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="136"/>
        <source>Allergies are changed as health items, not with the client&apos;s details.</source>
        <translation>Dị ứng được sửa dưới dạng mục sức khỏe, không sửa cùng thông tin khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="140"/>
        <source>At most %1 clients at a time.</source>
        <translation>Tối đa %1 khách hàng mỗi lần.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="145"/>
        <source>That health item is not on this client&apos;s record.</source>
        <translation>Mục sức khỏe đó không có trong hồ sơ của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="149"/>
        <source>This may be a client who is already registered (id %1); check before adding.</source>
        <translation>Đây có thể là khách hàng đã được đăng ký (mã %1); hãy kiểm tra trước khi thêm.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="155"/>
        <source>A tag has at most %1 characters (&quot;%2…&quot;).</source>
        <translation>Một nhãn có tối đa %1 ký tự (“%2…”).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="162"/>
        <source>Unknown fields: %1.</source>
        <translation>Trường không xác định: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="169"/>
        <source>This salon does not collect %1; the owner can switch them on in Settings → Client details.</source>
        <translation>Salon này không thu thập %1; chủ salon có thể bật trong Cài đặt → Thông tin khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="177"/>
        <source>Lapsed after %1 to %2 months without a visit.</source>
        <translation>Số tháng không đến để coi là lâu không quay lại phải từ %1 đến %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="184"/>
        <source>At most %1 rows at a time.</source>
        <translation>Tối đa %1 dòng mỗi lần.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="189"/>
        <source>Choose a day after today to hide the line until.</source>
        <translation>Hãy chọn một ngày sau hôm nay để ẩn dòng này đến ngày đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/clients.py" line="192"/>
        <source>Only &apos;not now&apos; hides a line until a day.</source>
        <translation>Chỉ “Để sau” mới ẩn một dòng đến một ngày nhất định.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="244"/>
        <source>%n client(s) match the filters</source>
        <translation>
            <numerusform>%n khách hàng khớp bộ lọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="246"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n khách hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="249"/>
        <source>%n client(s) found among those the filters leave</source>
        <translation>
            <numerusform>Tìm thấy %n khách hàng trong số khách còn lại sau khi lọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="252"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n khách hàng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="328"/>
        <source>Filters on: %1</source>
        <translation>Đang lọc: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/clients_page.py" line="333"/>
        <source>&amp;Filters (%n)</source>
        <translation>
            <numerusform>&amp;Bộ lọc (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="335"/>
        <source>&amp;Filters</source>
        <translation>&amp;Bộ lọc</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="435"/>
        <source>Find a client: name, phone, e-mail or tag</source>
        <translation>Tìm khách hàng: tên, điện thoại, email hoặc nhãn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="436"/>
        <source>Find a client</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="437"/>
        <source>New client…</source>
        <translation>Khách hàng mới…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="443"/>
        <source>Register a new client (%1)</source>
        <translation>Đăng ký khách hàng mới (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="447"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="448"/>
        <source>Show archived</source>
        <translation>Hiện khách đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="449"/>
        <source>Narrow the list by tag, service, visits …</source>
        <translation>Thu hẹp danh sách theo nhãn, dịch vụ, lượt đến …</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="450"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/clients_page.py" line="451"/>
        <source>Clients found</source>
        <translation>Khách hàng tìm thấy</translation>
    </message>
</context>
<context>
    <name>CollectedFieldsBox</name>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="82"/>
        <source>Nothing to save: the salon collects these already.</source>
        <translation>Không có gì để lưu: salon đã thu thập đúng những thông tin này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="92"/>
        <source>Saved. The client form, the import and the privacy notice follow from now on.</source>
        <translation>Đã lưu. Từ nay, biểu mẫu khách hàng, chức năng nhập và thông báo về quyền riêng tư sẽ theo lựa chọn này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="108"/>
        <source>Client details the salon collects</source>
        <translation>Thông tin khách hàng mà salon thu thập</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="111"/>
        <source>Collect only what the salon needs. A name, the language and treatment notes are always kept; tick the details below that you need, for the reason given.</source>
        <translation>Chỉ thu thập những gì salon cần. Tên, ngôn ngữ và ghi chú dịch vụ luôn được lưu; hãy đánh dấu những thông tin bên dưới mà bạn cần, theo lý do đã nêu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="116"/>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="117"/>
        <source>E-mail address</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="118"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="119"/>
        <source>Postal address</source>
        <translation>Địa chỉ bưu chính</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="120"/>
        <source>Parent or guardian of a minor</source>
        <translation>Cha mẹ hoặc người giám hộ của trẻ vị thành niên</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="124"/>
        <source>To reach the client about appointments; offers only with their consent.</source>
        <translation>Để liên lạc với khách về lịch hẹn; chỉ gửi ưu đãi khi khách đồng ý.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="127"/>
        <source>To send what the client asks for (a copy of their data); offers only with their consent.</source>
        <translation>Để gửi những gì khách yêu cầu (bản sao dữ liệu của họ); chỉ gửi ưu đãi khi khách đồng ý.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="131"/>
        <source>To tell clients with the same name apart, and to check that a client is 18 or older where a treatment needs it.</source>
        <translation>Để phân biệt những khách trùng tên, và để kiểm tra khách đã đủ 18 tuổi khi dịch vụ yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="134"/>
        <source>For letters and invoices the client asks for.</source>
        <translation>Để gửi thư và hóa đơn khi khách yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="136"/>
        <source>For a client under 18: who gives consent for them and whom to call.</source>
        <translation>Với khách dưới 18 tuổi: ai đồng ý thay cho khách và cần gọi cho ai.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="145"/>
        <source>Switching a detail off stops asking for it; what is already on a client&apos;s record stays until it is changed or the client is erased.</source>
        <translation>Khi tắt một thông tin, chương trình sẽ không hỏi thông tin đó nữa; những gì đã có trong hồ sơ khách hàng vẫn được giữ cho đến khi được sửa hoặc khách hàng bị xóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/collected_fields_box.py" line="149"/>
        <source>Save what is collected</source>
        <translation>Lưu lựa chọn thu thập</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../../ui/consent_labels.py" line="12"/>
        <source>Service records</source>
        <translation>Hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="13"/>
        <source>Health information</source>
        <translation>Thông tin sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="14"/>
        <source>Before/after photos</source>
        <translation>Ảnh trước/sau</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="15"/>
        <source>Photos in marketing</source>
        <translation>Ảnh dùng để quảng bá</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="16"/>
        <source>Marketing by SMS</source>
        <translation>Tiếp thị qua SMS</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="17"/>
        <source>Marketing by e-mail</source>
        <translation>Tiếp thị qua email</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="18"/>
        <source>Marketing by phone</source>
        <translation>Tiếp thị qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="19"/>
        <source>Marketing by messaging apps</source>
        <translation>Tiếp thị qua ứng dụng nhắn tin</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="22"/>
        <source>Reminders</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="29"/>
        <source>Not asked</source>
        <translation>Chưa hỏi</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="30"/>
        <source>Agreed</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="31"/>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="32"/>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="41"/>
        <source>Acknowledged</source>
        <translation>Đã được thông báo</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="47"/>
        <source>Signed on screen</source>
        <translation>Ký trên màn hình</translation>
    </message>
    <message>
        <location filename="../../../ui/consent_labels.py" line="48"/>
        <source>Signed on paper</source>
        <translation>Ký trên giấy</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="94"/>
        <source>Record consent</source>
        <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="129"/>
        <source>The client signs on screen</source>
        <translation>Khách hàng ký trên màn hình</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="130"/>
        <source>The client signed a paper form</source>
        <translation>Khách hàng đã ký phiếu giấy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="135"/>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="136"/>
        <source>Paper form&apos;s reference</source>
        <translation>Số tham chiếu của phiếu giấy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="153"/>
        <source>The client is under %1: a parent or guardian decides and signs.</source>
        <translation>Khách hàng chưa đủ %1 tuổi: cha mẹ hoặc người giám hộ quyết định và ký.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="163"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="171"/>
        <source>Language of the text</source>
        <translation>Ngôn ngữ của văn bản</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="215"/>
        <source>The salon asks for no consent purpose (Consents page, Texts tab).</source>
        <translation>Salon chưa xin đồng ý cho mục đích nào (trang Sự đồng ý, tab Văn bản).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="224"/>
        <source>Still to answer, Agree or Refuse: %1</source>
        <translation>Còn chưa chọn Đồng ý hay Từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="228"/>
        <source>Still to confirm the client has read: %1</source>
        <translation>Còn chưa xác nhận khách hàng đã đọc: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="230"/>
        <source>Waiting for the client&apos;s signature on the pad.</source>
        <translation>Đang chờ khách hàng ký trên bảng ký.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="232"/>
        <source>Type the paper form&apos;s reference.</source>
        <translation>Hãy nhập số tham chiếu của phiếu giấy.</translation>
    </message>
</context>
<context>
    <name>ConsentErrors</name>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="18"/>
        <source>Choose marketing channels only.</source>
        <translation>Chỉ chọn các kênh tiếp thị.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="21"/>
        <source>A form is opened to print or to save.</source>
        <translation>Phiếu chỉ có thể được mở để in hoặc để lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="24"/>
        <source>There is no such consent record.</source>
        <translation>Không có bản ghi đồng ý này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="27"/>
        <source>The client&apos;s signature is missing.</source>
        <translation>Thiếu chữ ký của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="30"/>
        <source>A decision is &apos;granted&apos; or &apos;refused&apos;.</source>
        <translation>Quyết định phải là &apos;granted&apos; (đồng ý) hoặc &apos;refused&apos; (từ chối).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="33"/>
        <source>Signed &apos;on_screen&apos; or on &apos;paper&apos;.</source>
        <translation>Ký &apos;on_screen&apos; (trên màn hình) hoặc trên &apos;paper&apos; (giấy).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="36"/>
        <source>The text is unchanged; no new version was made.</source>
        <translation>Văn bản không thay đổi; không tạo phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="40"/>
        <source>The salon has switched off consent for %1.</source>
        <translation>Salon đã tắt việc xin đồng ý cho %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="46"/>
        <source>This client has no active consent for %1 to withdraw.</source>
        <translation>Khách hàng này không có sự đồng ý nào còn hiệu lực cho %1 để rút lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="53"/>
        <source>%1 is information the client acknowledges, not a consent to refuse: the salon needs these records to provide its services.</source>
        <translation>%1 là thông tin để khách hàng được biết và xác nhận, không phải sự đồng ý có thể từ chối: salon cần các hồ sơ này để cung cấp dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="62"/>
        <source>%1 is information, not a consent, so there is nothing to withdraw: the client may object or ask for the record to be erased.</source>
        <translation>%1 là thông tin, không phải sự đồng ý, nên không có gì để rút lại: khách hàng có thể phản đối hoặc yêu cầu xóa hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="70"/>
        <source>The consent text changed while the form was open; nothing was recorded. Show the client the new text.</source>
        <translation>Văn bản đồng ý đã thay đổi trong lúc phiếu đang mở; không có gì được ghi nhận. Hãy cho khách hàng xem văn bản mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="75"/>
        <source>The consent text changed meanwhile; try again.</source>
        <translation>Văn bản đồng ý vừa bị thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="78"/>
        <source>The consent text is empty.</source>
        <translation>Văn bản đồng ý đang trống.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="82"/>
        <source>The consent text has at most %1 characters.</source>
        <translation>Văn bản đồng ý có tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="87"/>
        <source>The signature image is too large.</source>
        <translation>Ảnh chữ ký quá lớn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="90"/>
        <source>The signature is not a PNG image.</source>
        <translation>Chữ ký không phải là ảnh PNG.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="93"/>
        <source>A form signed on paper has no on-screen signature.</source>
        <translation>Phiếu ký trên giấy không có chữ ký trên màn hình.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="96"/>
        <source>Choose agree or refuse for at least one purpose.</source>
        <translation>Hãy chọn đồng ý hoặc từ chối cho ít nhất một mục đích.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="99"/>
        <source>A form signed on screen has no paper reference.</source>
        <translation>Phiếu ký trên màn hình không có số tham chiếu giấy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="103"/>
        <source>Unknown consent purpose; use one of: %1.</source>
        <translation>Mục đích đồng ý không xác định; hãy dùng một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="108"/>
        <source>The consent text contains characters that are not text.</source>
        <translation>Văn bản đồng ý chứa ký tự không phải văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="111"/>
        <source>The signature is empty; ask the client to sign.</source>
        <translation>Chữ ký đang trống; hãy mời khách hàng ký.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="114"/>
        <source>The signature image cannot be read.</source>
        <translation>Không đọc được ảnh chữ ký.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="118"/>
        <source>This client has no active photo consent (never given, or withdrawn); record the client&apos;s consent before taking, adding or viewing photos.</source>
        <translation>Khách hàng này không có sự đồng ý chụp ảnh còn hiệu lực (chưa từng đồng ý, hoặc đã rút lại); hãy ghi nhận sự đồng ý của khách hàng trước khi chụp, thêm hoặc xem ảnh.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="124"/>
        <source>This client has no active consent for %1; record it first.</source>
        <translation>Khách hàng này không có sự đồng ý nào còn hiệu lực cho %1; hãy ghi nhận trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="130"/>
        <source>The consent language is one of %1.</source>
        <translation>Ngôn ngữ của văn bản đồng ý phải là một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="136"/>
        <source>The signature image is %1x%2 pixels; it must be from %3x%4 to %5x%6.</source>
        <translation>Ảnh chữ ký có kích thước %1x%2 pixel; kích thước phải từ %3x%4 đến %5x%6.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="147"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet; record the client&apos;s health-data consent first.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà khách hàng này chưa được hỏi; hãy ghi nhận sự đồng ý lưu dữ liệu sức khỏe của khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="153"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it; nothing was stored.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà khách hàng này đã từ chối; không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="159"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it; record a new consent first if the client agrees again.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà khách hàng này đã rút lại sự đồng ý; nếu khách hàng đồng ý lại, hãy ghi nhận sự đồng ý mới trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/consent.py" line="165"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for health-data consent; the owner can switch it on in Consents.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà salon không xin sự đồng ý lưu dữ liệu sức khỏe; chủ salon có thể bật mục này ở trang Sự đồng ý.</translation>
    </message>
</context>
<context>
    <name>ConsentTemplatesPanel</name>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="153"/>
        <source>Current text: version %1, saved %2</source>
        <translation>Văn bản hiện tại: phiên bản %1, lưu ngày %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="162"/>
        <source>Version %1 · %2</source>
        <translation>Phiên bản %1 · %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="188"/>
        <source>The salon now asks for “%1”.</source>
        <translation>Salon nay xin đồng ý cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="191"/>
        <source>The salon no longer asks for “%1”.</source>
        <translation>Salon không còn xin đồng ý cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="201"/>
        <source>Save this text as a new version? Clients who agreed to the old text will be asked again. The old version stays in the history.</source>
        <translation>Lưu văn bản này thành phiên bản mới? Khách đã đồng ý với văn bản cũ sẽ được hỏi lại. Phiên bản cũ vẫn được giữ trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="205"/>
        <source>Save as new version</source>
        <translation>Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="215"/>
        <source>Saved as version %1.</source>
        <translation>Đã lưu thành phiên bản %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="239"/>
        <source>Ticked: the salon asks clients for this.</source>
        <translation>Được đánh dấu: salon xin khách đồng ý cho mục này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="240"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="243"/>
        <source>{salon_name} and {salon_address} are filled in with the salon&apos;s details when the text is shown.</source>
        <translation>{salon_name} và {salon_address} được thay bằng thông tin của salon khi hiển thị văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="247"/>
        <source>Save as new version…</source>
        <translation>Lưu thành phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consent_templates_panel.py" line="248"/>
        <source>Earlier versions (read-only)</source>
        <translation>Các phiên bản trước (chỉ xem)</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="137"/>
        <source>version %1 → %2</source>
        <translation>phiên bản %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/consents_page.py" line="144"/>
        <source>%n consent(s) to ask again</source>
        <translation>
            <numerusform>%n sự đồng ý cần hỏi lại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="183"/>
        <source>The privacy notice was sent to the printer.</source>
        <translation>Thông báo về quyền riêng tư đã được gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="188"/>
        <source>The saved file is not encrypted: it leaves the vault. The notice holds no client&apos;s details, only the salon&apos;s name, address and rules.</source>
        <translation>Tệp được lưu không được mã hóa: nó ra khỏi kho dữ liệu. Thông báo không chứa thông tin của khách nào, chỉ có tên, địa chỉ và quy định của salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="192"/>
        <location filename="../../../ui/pages/consents_page.py" line="198"/>
        <source>Save privacy notice</source>
        <translation>Lưu thông báo về quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="207"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="219"/>
        <source>Consents given under an earlier version of the text. Ask these clients again when they next come in; until then their earlier answer stands.</source>
        <translation>Các sự đồng ý được đưa ra theo phiên bản văn bản cũ. Hãy hỏi lại những khách này vào lần tới họ đến; cho đến lúc đó, câu trả lời trước của họ vẫn có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="224"/>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="226"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="227"/>
        <source>To ask again</source>
        <translation>Cần hỏi lại</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="229"/>
        <source>Texts</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="230"/>
        <source>Privacy notice…</source>
        <translation>Thông báo về quyền riêng tư…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="231"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/consents_page.py" line="232"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="67"/>
        <source>Not yet informed that visits are recorded: show the client the text before the service.</source>
        <translation>Khách hàng chưa được thông báo về việc lưu hồ sơ dịch vụ: hãy cho khách hàng xem văn bản trước khi làm dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Since</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="72"/>
        <source>Text version</source>
        <translation>Phiên bản văn bản</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="74"/>
        <source>Consent per purpose</source>
        <translation>Sự đồng ý theo mục đích</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="76"/>
        <source>How</source>
        <translation>Cách thức</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="78"/>
        <source>Consent history</source>
        <translation>Lịch sử đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="79"/>
        <source>Record consent…</source>
        <translation>Ghi nhận sự đồng ý…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="81"/>
        <source>Withdraw…</source>
        <translation>Rút lại…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="84"/>
        <source>Print form…</source>
        <translation>In phiếu…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="86"/>
        <source>Save form as…</source>
        <translation>Lưu phiếu thành…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="107"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="147"/>
        <source>%1 (needs re-consent: the text changed)</source>
        <translation>%1 (cần đồng ý lại: văn bản đã thay đổi)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="162"/>
        <source>%1, withdrawn %2</source>
        <translation>%1, đã rút lại %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="199"/>
        <source>Choose a purpose in the table to print or save its form.</source>
        <translation>Hãy chọn một mục đích trong bảng để in hoặc lưu phiếu của mục đích đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="202"/>
        <source>No answer on record for this purpose: the form prints blank, for the client to sign on paper.</source>
        <translation>Chưa có câu trả lời nào được ghi cho mục đích này: phiếu sẽ được in trống để khách hàng ký trên giấy.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="207"/>
        <source>Visit records are information, not a consent: there is nothing to withdraw. The client may object or ask for the record to be erased.</source>
        <translation>Hồ sơ dịch vụ là thông tin, không phải sự đồng ý: không có gì để rút lại. Khách hàng có thể phản đối hoặc yêu cầu xóa hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="211"/>
        <source>This consent is not in force, so there is nothing to withdraw.</source>
        <translation>Sự đồng ý này không còn hiệu lực, nên không có gì để rút lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="224"/>
        <source>Consent recorded.</source>
        <translation>Đã ghi nhận sự đồng ý.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="231"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now.</source>
        <translation>Rút lại sự đồng ý của khách hàng cho “%1”? Sự đồng ý kết thúc ngay bây giờ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="234"/>
        <source>Withdraw the client&apos;s photo consent? Every photo of this client is deleted from the vault now. This cannot be undone.</source>
        <translation>Rút lại sự đồng ý chụp ảnh của khách hàng? Mọi ảnh của khách hàng này sẽ bị xóa khỏi kho dữ liệu ngay bây giờ. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="239"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. The text the client signed promises that their photos are removed from the salon&apos;s website and social media pages within 15 days: the program does not publish them, so someone must remove them there.</source>
        <translation>Rút lại sự đồng ý của khách hàng cho “%1”? Sự đồng ý kết thúc ngay bây giờ. Văn bản khách hàng đã ký cam kết gỡ ảnh của khách hàng khỏi trang web và các trang mạng xã hội của salon trong vòng 15 ngày: chương trình không đăng ảnh lên những nơi đó, nên phải có người vào gỡ ảnh.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="251"/>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="252"/>
        <source>Reason (optional):</source>
        <translation>Lý do (không bắt buộc):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="264"/>
        <source>Consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Đã rút lại sự đồng ý; đã xóa %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="268"/>
        <source>Consent withdrawn. Remove the client&apos;s photos from the salon&apos;s website and social media pages within 15 days.</source>
        <translation>Đã rút lại sự đồng ý. Hãy gỡ ảnh của khách hàng khỏi trang web và các trang mạng xã hội của salon trong vòng 15 ngày.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="274"/>
        <source>Consent withdrawn; %n health record(s) deleted.</source>
        <translation>
            <numerusform>Đã rút lại sự đồng ý; đã xóa %n bản ghi sức khỏe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="277"/>
        <source>Consent withdrawn.</source>
        <translation>Đã rút lại sự đồng ý.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="287"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now. No health details are held, so nothing is deleted.</source>
        <translation>Rút lại sự đồng ý của khách hàng cho “%1”? Sự đồng ý kết thúc ngay bây giờ. Không có thông tin sức khỏe nào đang được lưu, nên không có gì bị xóa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="291"/>
        <source>%n allergy(ies)</source>
        <translation>
            <numerusform>%n dị ứng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="292"/>
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n bệnh lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="293"/>
        <source>%n medication(s)</source>
        <translation>
            <numerusform>%n thuốc đang dùng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="294"/>
        <source>%n contraindication(s)</source>
        <translation>
            <numerusform>%n chống chỉ định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="298"/>
        <source>%n removed item(s) kept as history</source>
        <translation>
            <numerusform>%n mục đã xóa được giữ làm lịch sử</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="301"/>
        <source>%n health paper(s): letters, outside prescriptions</source>
        <translation>
            <numerusform>%n giấy tờ sức khỏe: thư của bác sĩ, đơn thuốc hoặc đơn kính từ nơi khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="304"/>
        <source>%n service record(s) holding health details</source>
        <translation>
            <numerusform>%n hồ sơ dịch vụ có thông tin sức khỏe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/consents_panel.py" line="307"/>
        <source>%n earlier version(s) of changed items</source>
        <translation>
            <numerusform>%n phiên bản trước của các mục đã sửa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="312"/>
        <source>Withdraw the client&apos;s health-data consent? These are deleted from the vault now, and cannot be brought back:
%1
The record of the consent and its withdrawal stays; patch tests and visits stay.</source>
        <translation>Rút lại sự đồng ý lưu dữ liệu sức khỏe của khách hàng? Những mục sau sẽ bị xóa khỏi kho dữ liệu ngay bây giờ và không thể lấy lại:
%1
Bản ghi về sự đồng ý và việc rút lại vẫn được giữ; các lần thử dị ứng và lượt đến cũng được giữ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="348"/>
        <source>The form was sent to the printer.</source>
        <translation>Phiếu đã được gửi đến máy in.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="353"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s name and signature. Save it only where the client&apos;s records may be kept, and delete it when it is no longer needed.</source>
        <translation>Tệp được lưu không được mã hóa: nó rời khỏi kho dữ liệu cùng với tên và chữ ký của khách hàng. Chỉ lưu ở nơi được phép giữ hồ sơ khách hàng, và xóa khi không còn cần.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="358"/>
        <location filename="../../../ui/dialogs/consents_panel.py" line="367"/>
        <source>Save form</source>
        <translation>Lưu phiếu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consents_panel.py" line="384"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>ConsultationFormsBox</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="156"/>
        <source>Consultation forms</source>
        <translation>Phiếu tư vấn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="166"/>
        <source>Form</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="167"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="170"/>
        <source>Asked before</source>
        <translation>Yêu cầu trước</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="217"/>
        <source>Ser&amp;vices…</source>
        <translation>Dịch &amp;vụ…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="168"/>
        <source>Made by</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="169"/>
        <source>Signed again</source>
        <translation>Ký lại</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="189"/>
        <source>A form is asked before the services it guards. A built-in form changes only with the program: copy it to make the salon&apos;s own and edit its questions.</source>
        <translation>Phiếu được yêu cầu ký trước các dịch vụ gắn với phiếu. Phiếu có sẵn chỉ thay đổi theo chương trình: hãy sao chép phiếu để tạo phiếu riêng của salon và sửa các câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="221"/>
        <source>Cop&amp;y…</source>
        <translation>&amp;Sao chép…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="224"/>
        <source>&amp;Edit questions…</source>
        <translation>Sửa &amp;câu hỏi…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="227"/>
        <source>Signed a&amp;gain…</source>
        <translation>Thời hạn &amp;ký lại…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/forms_owner_box.py" line="251"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n tháng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>built in</source>
        <translation>có sẵn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="255"/>
        <source>the salon</source>
        <translation>salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="256"/>
        <source>%1 or when health details change</source>
        <translation>%1 hoặc khi thông tin sức khỏe thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="260"/>
        <source>no service yet</source>
        <translation>chưa có dịch vụ nào</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="287"/>
        <source>A built-in form changes only with the program: copy it to edit it.</source>
        <translation>Phiếu có sẵn chỉ thay đổi theo chương trình: hãy sao chép phiếu để sửa.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="293"/>
        <source>The salon has no services yet: add them under Services first.</source>
        <translation>Salon chưa có dịch vụ nào: hãy thêm trong mục Dịch vụ trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="296"/>
        <source>Choose a form in the list first.</source>
        <translation>Hãy chọn một phiếu trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="306"/>
        <source>%1 (ours)</source>
        <translation>%1 (của salon)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="309"/>
        <source>Copy a form</source>
        <translation>Sao chép phiếu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="310"/>
        <source>Name of the copy</source>
        <translation>Tên của bản sao</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="324"/>
        <source>Copied as %1: change its questions with Edit questions…</source>
        <translation>Đã sao chép thành %1: sửa câu hỏi của phiếu này bằng nút Sửa câu hỏi…</translation>
    </message>
</context>
<context>
    <name>ContraindicationBox</name>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="75"/>
        <source>I have &amp;checked this with the client: go ahead (this is recorded)</source>
        <translation>Tôi đã &amp;kiểm tra với khách hàng: tiếp tục (việc này sẽ được ghi lại)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_safety_box.py" line="96"/>
        <source>Contraindication for %1 on this client&apos;s record</source>
        <translation>Hồ sơ của khách hàng này có chống chỉ định với %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="316"/>
        <source>Last verified backup: none yet</source>
        <translation>Bản sao lưu đã kiểm tra gần nhất: chưa có</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="320"/>
        <source>Last verified backup: %1</source>
        <translation>Bản sao lưu đã kiểm tra gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="334"/>
        <source>New clients in the last 30 days</source>
        <translation>Khách hàng mới trong 30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="335"/>
        <source>Clients not yet informed about visit records</source>
        <translation>Khách hàng chưa được thông báo về hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="336"/>
        <source>Clients to ask again (consent text changed)</source>
        <translation>Khách hàng cần hỏi lại (nội dung đồng ý đã đổi)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="337"/>
        <source>Patch tests running out within a week</source>
        <translation>Thử dị ứng hết hạn trong tuần</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="338"/>
        <source>Due for removal (see Privacy)</source>
        <translation>Đến hạn xóa (xem Quyền riêng tư)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="339"/>
        <source>Failed sign-ins in the last 7 days</source>
        <translation>Đăng nhập thất bại trong 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="340"/>
        <source>Clients to call: recalls due within 30 days or overdue</source>
        <translation>Khách hàng cần gọi: nhắc lịch đến hạn trong 30 ngày tới hoặc đã quá hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="345"/>
        <source>Show the list</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="346"/>
        <source>Show the list: %1</source>
        <translation>Xem danh sách: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="347"/>
        <source>Visits per month</source>
        <translation>Lượt khách mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="348"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/dashboard_page.py" line="349"/>
        <source>Open Backups</source>
        <translation>Mở trang Sao lưu</translation>
    </message>
</context>
<context>
    <name>DataReportDialog</name>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="44"/>
        <source>Client data report</source>
        <translation>Báo cáo dữ liệu khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="51"/>
        <source>Everything held on %1: the record, health, visits, patch tests, photos, consents with their texts, and the log of who opened the record. For the client&apos;s request to see their data or to have a copy.</source>
        <translation>Mọi dữ liệu đang lưu về %1: hồ sơ, sức khỏe, lượt đến, thử dị ứng, ảnh, các sự đồng ý kèm nội dung, và nhật ký ai đã mở hồ sơ. Dùng khi khách hàng yêu cầu xem hoặc nhận bản sao dữ liệu của mình.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="63"/>
        <source>The saved files are not encrypted: they leave the vault. Save them only to hand to the client (a USB stick, or print the PDF), and delete your copy afterwards.</source>
        <translation>Các tệp được lưu không mã hóa: chúng rời khỏi kho dữ liệu. Chỉ lưu để trao cho khách hàng (một USB, hoặc in PDF), và xóa bản của bạn sau đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="82"/>
        <source>Language of the report:</source>
        <translation>Ngôn ngữ của báo cáo:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="83"/>
        <source>Readable report (PDF)</source>
        <translation>Báo cáo để đọc (PDF)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="85"/>
        <source>Machine-readable copy (JSON, photos included)</source>
        <translation>Bản máy đọc được (JSON, kèm ảnh)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="87"/>
        <source>Files:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="97"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="113"/>
        <source>Save the client data report</source>
        <translation>Lưu báo cáo dữ liệu khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/data_report_dialog.py" line="140"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="50"/>
        <source>no. %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="56"/>
        <source>born %1</source>
        <translation>sinh %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="61"/>
        <source>last visit %1</source>
        <translation>lần đến gần nhất %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="75"/>
        <source>Today&apos;s clients, %1</source>
        <translation>Khách hôm nay, %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="78"/>
        <source>For the technicians: each client with their alerts, pinned notes, patch test and today&apos;s services. Clients with a treatment recorded for today are on the list; add the ones expected later. The list is not kept: print or save it now.</source>
        <translation>Dành cho kỹ thuật viên: mỗi khách hàng kèm cảnh báo, ghi chú ghim, thử dị ứng và các dịch vụ hôm nay. Khách hàng có lượt dịch vụ được ghi cho hôm nay đã có trong danh sách; hãy thêm những khách dự kiến đến sau. Danh sách không được lưu lại: hãy in hoặc lưu ngay bây giờ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="87"/>
        <source>Find a client to add: name or phone</source>
        <translation>Tìm khách hàng để thêm: tên hoặc số điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="88"/>
        <source>Find a client to add</source>
        <translation>Tìm khách hàng để thêm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="93"/>
        <source>Clients found: Enter adds the highlighted one</source>
        <translation>Khách hàng tìm thấy: nhấn Enter để thêm khách đang chọn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="95"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Thêm vào danh sách</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="99"/>
        <source>Today&apos;s list: Delete removes the highlighted one</source>
        <translation>Danh sách hôm nay: nhấn Delete để bỏ khách đang chọn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="100"/>
        <source>&amp;Today&apos;s list</source>
        <translation>&amp;Danh sách hôm nay</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="102"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="105"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="107"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="193"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation>Danh sách khách trong ngày có tối đa %1 khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="223"/>
        <source>Add at least one client first.</source>
        <translation>Hãy thêm ít nhất một khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="243"/>
        <source>The day sheet was sent to the printer.</source>
        <translation>Danh sách khách trong ngày đã được gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="252"/>
        <source>Save the day sheet as PDF</source>
        <translation>Lưu danh sách khách trong ngày thành PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="253"/>
        <source>clients-%1.pdf</source>
        <translation>clients-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/day_sheet_dialog.py" line="261"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>DocumentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="18"/>
        <source>That PDF is far larger than a Recovery Kit.</source>
        <translation>Tệp PDF đó lớn hơn nhiều so với một Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="21"/>
        <source>That PDF cannot be read; open the Recovery Kit PDF or the key file.</source>
        <translation>Không đọc được tệp PDF đó; hãy mở tệp PDF Bộ khôi phục hoặc tệp khóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="24"/>
        <source>That PDF is not a Recovery Kit.</source>
        <translation>Tệp PDF đó không phải là Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="28"/>
        <source>A day sheet lists at most %1 clients.</source>
        <translation>Danh sách khách trong ngày có tối đa %1 khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="33"/>
        <source>A paper is printed or saved.</source>
        <translation>Giấy tờ chỉ có thể được in hoặc lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/documents.py" line="37"/>
        <source>The paper&apos;s language is one of %1.</source>
        <translation>Ngôn ngữ của giấy tờ phải là một trong: %1.</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="36"/>
        <source>Erase this client</source>
        <translation>Xóa khách hàng này</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="44"/>
        <source>This removes %1 for good: contact details, health items, patch tests, treatments, photos, and consents with their signatures. The activity log keeps only a note that an erasure happened, with no name in it. It cannot be undone.</source>
        <translation>Thao tác này xóa vĩnh viễn %1: thông tin liên hệ, mục sức khỏe, thử dị ứng, lịch sử dịch vụ, ảnh, và các sự đồng ý cùng chữ ký. Nhật ký hoạt động chỉ giữ một ghi chú rằng đã có một lần xóa, không có tên. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="57"/>
        <source>Backups made before now still hold this client until they rotate out (the newest %1 backups are kept on each drive). If you ever restore one of them, erase the client again.</source>
        <translation>Các bản sao lưu tạo trước thời điểm này vẫn còn khách hàng này cho đến khi bị thay vòng (mỗi ổ giữ %1 bản mới nhất). Nếu bạn khôi phục từ một bản như vậy, hãy xóa khách hàng này lần nữa.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="68"/>
        <source>Keep the visits as anonymous counts (month and service only)</source>
        <translation>Giữ các lượt đến dưới dạng số đếm ẩn danh (chỉ tháng và dịch vụ)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="71"/>
        <source>To confirm, type the client&apos;s name: %1</source>
        <translation>Để xác nhận, hãy gõ tên khách hàng: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="82"/>
        <source>Erase for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="111"/>
        <source>Client erased</source>
        <translation>Đã xóa khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/erase_dialog.py" line="114"/>
        <source>The client is erased: %1 treatments, %2 photos, %3 consents and %4 health items removed.</source>
        <translation>Đã xóa khách hàng: %1 lượt dịch vụ, %2 ảnh, %3 sự đồng ý và %4 mục sức khỏe.</translation>
    </message>
</context>
<context>
    <name>ExportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="19"/>
        <source>Use a passphrase of at least %1 characters for the export.</source>
        <translation>Hãy dùng cụm mật khẩu có ít nhất %1 ký tự cho tệp xuất.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="24"/>
        <source>The export could not be encrypted; nothing was written.</source>
        <translation>Không mã hóa được tệp xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="28"/>
        <source>The marketing channel is one of: %1.</source>
        <translation>Kênh tiếp thị phải là một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="34"/>
        <source>An unencrypted export needs the owner&apos;s confirmation that the file leaves the vault; nothing was exported.</source>
        <translation>Xuất dữ liệu không mã hóa cần chủ salon xác nhận rằng tệp sẽ rời khỏi kho dữ liệu; không có gì được xuất.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/exports.py" line="39"/>
        <source>Separate CSV columns with a comma or a semicolon.</source>
        <translation>Hãy phân cách các cột CSV bằng dấu phẩy hoặc dấu chấm phẩy.</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="117"/>
        <source>The file leaves the vault unencrypted: whoever gets it can read the client records in it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Tệp rời khỏi kho dữ liệu ở dạng không mã hóa: ai có được tệp đều đọc được hồ sơ khách hàng trong đó. Hãy giữ an toàn và xóa khi không còn cần.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="125"/>
        <source>The file leaves the vault encrypted with age: it opens only with the passphrase or the recovery key chosen here (for example `age -d`).</source>
        <translation>Tệp rời khỏi kho dữ liệu ở dạng mã hóa bằng age: chỉ mở được bằng cụm mật khẩu hoặc khóa khôi phục đã chọn ở đây (ví dụ `age -d`).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="138"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Cụm mật khẩu cần ít nhất 12 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="140"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="143"/>
        <source>Tick the box to confirm an unencrypted file.</source>
        <translation>Hãy đánh dấu ô để xác nhận tệp không mã hóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="157"/>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="183"/>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="184"/>
        <source>Exported %1 clients to:
%2</source>
        <translation>Đã xuất %1 khách hàng ra:
%2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="196"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="198"/>
        <source>All clients and visits, for a spreadsheet (two CSV files)</source>
        <translation>Mọi khách hàng và lượt đến, cho bảng tính (hai tệp CSV)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="201"/>
        <source>Everything, machine-readable (JSON: health, visits, consents)</source>
        <translation>Toàn bộ, dạng máy đọc được (JSON: sức khỏe, lượt đến, sự đồng ý)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="204"/>
        <source>Marketing list: clients who agreed to this channel, with that contact only</source>
        <translation>Danh sách tiếp thị: khách hàng đã đồng ý kênh này, chỉ kèm thông tin liên hệ của kênh đó</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="208"/>
        <source>Protection</source>
        <translation>Bảo vệ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="210"/>
        <source>Encrypted to the salon&apos;s recovery key (opens with the Recovery Kit)</source>
        <translation>Mã hóa bằng khóa khôi phục của salon (mở bằng Bộ khôi phục)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="212"/>
        <source>Encrypted with a passphrase</source>
        <translation>Mã hóa bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="213"/>
        <source>Not encrypted</source>
        <translation>Không mã hóa</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="214"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Cụm mật khẩu (12+ ký tự)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="215"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="217"/>
        <source>I understand that this file is readable by anyone who gets it</source>
        <translation>Tôi hiểu rằng ai có tệp này đều đọc được</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/exports_tab.py" line="219"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../../ui/error_text/files.py" line="20"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation>Hãy chọn nơi lưu bên ngoài thư mục của kho dữ liệu: %1 nằm trong thư mục đó, mà tệp này sẽ rời khỏi kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="28"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation>%1 trùng tên với một tệp của chính kho dữ liệu; hãy chọn tên khác</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="34"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 là một thư mục; hãy đặt tên tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="40"/>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 đã tồn tại; hãy chọn tệp mới</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="46"/>
        <source>The folder %1 is not there (is the drive plugged in?)</source>
        <translation>Không thấy thư mục %1 (ổ đĩa đã được cắm chưa?)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="52"/>
        <source>The drive of %1 is full (free some space or use another drive)</source>
        <translation>Ổ đĩa chứa %1 đã đầy (hãy giải phóng dung lượng hoặc dùng ổ khác)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="58"/>
        <source>SalonVault may not write to %1: the drive is read-only</source>
        <translation>SalonVault không được phép ghi vào %1: ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="64"/>
        <source>SalonVault may not write to %1: this user has no permission there</source>
        <translation>SalonVault không được phép ghi vào %1: người dùng này không có quyền ở đó</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="70"/>
        <source>The folder %1 stopped answering or was removed (was the drive unplugged?)</source>
        <translation>Thư mục %1 ngừng phản hồi hoặc đã bị gỡ (ổ đĩa đã bị rút ra?)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="76"/>
        <source>The file could not be written to %1 (%2)</source>
        <translation>Không ghi được tệp vào %1 (%2)</translation>
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
        <translation>không có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="98"/>
        <source>nothing was exported</source>
        <translation>không có gì được xuất</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/files.py" line="101"/>
        <source>earlier backups were not touched</source>
        <translation>các bản sao lưu trước không bị động đến</translation>
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
        <translation>không có gì được xuất</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="32"/>
        <source>earlier backups were not touched</source>
        <translation>các bản sao lưu trước không bị động đến</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="33"/>
        <source>nothing was written</source>
        <translation>không có gì được ghi</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="40"/>
        <source>Choose a place outside the vault&apos;s folder: %1 is inside it, and this file leaves the vault</source>
        <translation>Hãy chọn nơi lưu bên ngoài thư mục của kho dữ liệu: %1 nằm trong thư mục đó, mà tệp này sẽ rời khỏi kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="46"/>
        <source>%1 has the name of one of the vault&apos;s own files; choose another name</source>
        <translation>%1 trùng tên với một tệp của chính kho dữ liệu; hãy chọn tên khác</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="50"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 là một thư mục; hãy đặt tên tệp</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="52"/>
        <source>%1 already exists; choose a new file</source>
        <translation>%1 đã tồn tại; hãy chọn tệp mới</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="54"/>
        <source>The folder %2 is not there (is the drive plugged in?)</source>
        <translation>Không thấy thư mục %2 (ổ đĩa đã được cắm chưa?)</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="58"/>
        <source>The drive of %2 is full (free some space or use another drive)</source>
        <translation>Ổ đĩa chứa %2 đã đầy (hãy giải phóng dung lượng hoặc dùng ổ khác)</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="62"/>
        <source>SalonVault may not write to %2: the drive is read-only</source>
        <translation>SalonVault không được phép ghi vào %2: ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="66"/>
        <source>SalonVault may not write to %2: this user has no permission there</source>
        <translation>SalonVault không được phép ghi vào %2: người dùng này không có quyền ở đó</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="70"/>
        <source>The folder %2 stopped answering or was removed (was the drive unplugged?)</source>
        <translation>Thư mục %2 ngừng phản hồi hoặc đã bị gỡ (ổ đĩa đã bị rút ra?)</translation>
    </message>
    <message>
        <location filename="../../../ui/file_messages.py" line="74"/>
        <source>The file could not be written to %2 (%3)</source>
        <translation>Không ghi được tệp vào %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="120"/>
        <source>Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx). The file is read into memory only; nothing is written until you confirm the preview.</source>
        <translation>Chọn danh sách khách: tệp CSV (dấu phân cách bất kỳ; UTF-8, UTF-16 hoặc bảng mã Windows tiếng Việt, Ba Lan, Trung Quốc) hoặc sổ tính Excel (.xlsx). Tệp chỉ được đọc vào bộ nhớ; không ghi gì cho đến khi bạn xác nhận bản xem trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="126"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../../ui/widgets/form_dialog.py" line="75"/>
        <location filename="../../../ui/widgets/form_dialog.py" line="246"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>FormEditorDialog</name>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="89"/>
        <source>Questions of %1</source>
        <translation>Câu hỏi của %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="110"/>
        <source>&amp;Words in</source>
        <translation>&amp;Viết bằng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="114"/>
        <source>Write the form in each language your clients read; a language left empty shows the English words, else the words you wrote.</source>
        <translation>Hãy viết phiếu bằng từng ngôn ngữ mà khách hàng của bạn đọc; ngôn ngữ nào để trống sẽ hiện nội dung tiếng Anh, nếu không có thì hiện nội dung bạn đã viết.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="130"/>
        <source>&amp;Title</source>
        <translation>&amp;Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="132"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="141"/>
        <source>Sections and questions</source>
        <translation>Các phần và câu hỏi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="143"/>
        <source>Add &amp;section</source>
        <translation>Thêm &amp;phần</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="145"/>
        <source>Add &amp;question</source>
        <translation>Thêm &amp;câu hỏi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="147"/>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="149"/>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="151"/>
        <source>Move &amp;down</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="177"/>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="183"/>
        <source>Section &amp;heading</source>
        <translation>Tiêu đề p&amp;hần</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="199"/>
        <source>(no words yet)</source>
        <translation>(chưa có nội dung)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="200"/>
        <source>%1 (not written in this language)</source>
        <translation>%1 (chưa viết bằng ngôn ngữ này)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="309"/>
        <source>Add a section, then its questions.</source>
        <translation>Hãy thêm một phần, rồi thêm các câu hỏi của phần đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="311"/>
        <source>It is alone in its list: nothing to move it past.</source>
        <translation>Mục này là mục duy nhất trong danh sách: không có gì để đổi chỗ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="313"/>
        <source>It is first in its list: it moves only down.</source>
        <translation>Mục này đứng đầu danh sách: chỉ có thể chuyển xuống.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_editor.py" line="315"/>
        <source>It is last in its list: it moves only up.</source>
        <translation>Mục này đứng cuối danh sách: chỉ có thể chuyển lên.</translation>
    </message>
</context>
<context>
    <name>FormServicesDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="117"/>
        <source>Services guarded by %1</source>
        <translation>Các dịch vụ cần %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="131"/>
        <source>Space ticks a service. Before a ticked service the client signs this form, and its red flags stop the service until they are reviewed.</source>
        <translation>Nhấn phím cách để đánh dấu một dịch vụ. Trước dịch vụ được đánh dấu, khách hàng ký phiếu này, và các dấu hiệu nguy cơ trên phiếu sẽ chặn dịch vụ cho đến khi được rà soát.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="139"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
</context>
<context>
    <name>FormsErrors</name>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="17"/>
        <source>The form has no question %1.</source>
        <translation>Phiếu không có câu hỏi %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="20"/>
        <source>Answer this question.</source>
        <translation>Hãy trả lời câu hỏi này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="23"/>
        <source>Answer yes or no.</source>
        <translation>Hãy trả lời có hoặc không.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="26"/>
        <source>Choose one of the answers offered.</source>
        <translation>Hãy chọn một trong các câu trả lời có sẵn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="29"/>
        <source>Give a date (YYYY-MM-DD).</source>
        <translation>Hãy nhập ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="32"/>
        <source>Give a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="36"/>
        <source>Give a number from %1 to %2.</source>
        <translation>Hãy nhập một số từ %1 đến %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/forms.py" line="40"/>
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="43"/>
        <source>There is no such form.</source>
        <translation>Không có phiếu này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="46"/>
        <source>There is no such signed form.</source>
        <translation>Không có phiếu đã ký này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="49"/>
        <source>There is no such red flag.</source>
        <translation>Không có dấu hiệu nguy cơ này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="52"/>
        <source>Choose one of the form&apos;s languages.</source>
        <translation>Hãy chọn một trong các ngôn ngữ của phiếu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="55"/>
        <source>This red flag has been reviewed already.</source>
        <translation>Dấu hiệu nguy cơ này đã được rà soát rồi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="58"/>
        <source>A form needs at least one question.</source>
        <translation>Phiếu cần có ít nhất một câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="61"/>
        <source>Each question needs its own key.</source>
        <translation>Mỗi câu hỏi cần có mã định danh riêng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="64"/>
        <source>A form needs a title.</source>
        <translation>Phiếu cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="67"/>
        <source>Write the question.</source>
        <translation>Hãy viết câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="70"/>
        <source>A choice question needs at least two answers to choose from.</source>
        <translation>Câu hỏi lựa chọn cần có ít nhất hai câu trả lời để chọn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="73"/>
        <source>Write each answer to choose from.</source>
        <translation>Hãy viết từng câu trả lời để chọn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="76"/>
        <source>A red flag must be one of the question&apos;s answers.</source>
        <translation>Dấu hiệu nguy cơ phải là một trong các câu trả lời của câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="79"/>
        <source>Write the health alert a red-flag answer puts on the card.</source>
        <translation>Hãy viết cảnh báo sức khỏe mà câu trả lời là dấu hiệu nguy cơ sẽ ghi lên thẻ khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="82"/>
        <source>Only a question with a red-flag answer can stop a service.</source>
        <translation>Chỉ câu hỏi có câu trả lời là dấu hiệu nguy cơ mới có thể chặn dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="86"/>
        <source>Signed again after %1 to %2 months.</source>
        <translation>Thời hạn ký lại phải từ %1 đến %2 tháng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="91"/>
        <source>A built-in form changes only with the program: copy it to change its questions.</source>
        <translation>Phiếu có sẵn chỉ thay đổi theo chương trình: hãy sao chép phiếu để sửa câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="95"/>
        <source>Give the copy a name.</source>
        <translation>Hãy đặt tên cho bản sao.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/forms.py" line="99"/>
        <source>The client&apos;s consultation form has a red flag that stops this service until the owner or a technician reviews it (on the client&apos;s card).</source>
        <translation>Phiếu tư vấn của khách hàng có dấu hiệu nguy cơ chặn dịch vụ này cho đến khi chủ salon hoặc kỹ thuật viên rà soát (trên thẻ khách hàng).</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Form</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="62"/>
        <source>Red flags</source>
        <translation>Dấu hiệu nguy cơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="66"/>
        <source>No consultation form signed yet.</source>
        <translation>Chưa ký phiếu tư vấn nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="69"/>
        <source>Consultation form</source>
        <translation>Phiếu tư vấn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="78"/>
        <source>&amp;Hand the screen to the client…</source>
        <translation>&amp;Đưa màn hình cho khách hàng…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="85"/>
        <source>&amp;Review red flag…</source>
        <translation>&amp;Rà soát dấu hiệu nguy cơ…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="119"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="122"/>
        <source>%n red flag(s), %1 to review</source>
        <translation>
            <numerusform>%n dấu hiệu nguy cơ, %1 cần rà soát</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="127"/>
        <source>%1 (%2 to review)</source>
        <translation>%1 (%2 cần rà soát)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="160"/>
        <source>Hand the screen to the client to sign it again.</source>
        <translation>Hãy đưa màn hình cho khách hàng để ký lại phiếu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="162"/>
        <source>Not signed yet: hand the screen to the client to sign it.</source>
        <translation>Chưa ký: hãy đưa màn hình cho khách hàng để ký phiếu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="167"/>
        <source>Due again: signed more than %n month(s) ago.</source>
        <translation>
            <numerusform>Đến hạn ký lại: đã ký hơn %n tháng trước.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="170"/>
        <source>Due again: the client&apos;s health details changed since it was signed.</source>
        <translation>Đến hạn ký lại: thông tin sức khỏe của khách hàng đã thay đổi kể từ khi ký.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="175"/>
        <source>Due again: the form has changed since it was signed.</source>
        <translation>Đến hạn ký lại: phiếu đã thay đổi kể từ khi ký.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="183"/>
        <source>Signed and current.</source>
        <translation>Đã ký và còn hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="187"/>
        <source>Signed on %1; due again on %2, or sooner if the health details change.</source>
        <translation>Đã ký ngày %1; đến hạn ký lại ngày %2, hoặc sớm hơn nếu thông tin sức khỏe thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="189"/>
        <source>Signed on %1; due again on %2.</source>
        <translation>Đã ký ngày %1; đến hạn ký lại ngày %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="194"/>
        <source>Form &amp;paper</source>
        <translation>Phiếu &amp;giấy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="197"/>
        <source>Print the &amp;blank form…</source>
        <translation>In phiếu &amp;trống…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="199"/>
        <source>Print the &amp;signed form…</source>
        <translation>In phiếu đã &amp;ký…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="201"/>
        <source>&amp;Save the signed form as PDF…</source>
        <translation>&amp;Lưu phiếu đã ký thành PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="231"/>
        <source>Save the consultation form as PDF</source>
        <translation>Lưu phiếu tư vấn thành PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="232"/>
        <source>consultation-form-%1-%2.pdf</source>
        <translation>consultation-form-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="263"/>
        <source>(the owner or a technician reviews red flags)</source>
        <translation>(chủ salon hoặc kỹ thuật viên rà soát dấu hiệu nguy cơ)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="265"/>
        <source>(the selected form has no red flag to review)</source>
        <translation>(phiếu đã chọn không có dấu hiệu nguy cơ nào cần rà soát)</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="410"/>
        <source>Add &amp;bowl</source>
        <translation>Thêm &amp;bát</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/formula_editor.py" line="447"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>Một công thức có tối đa %1 bát.</translation>
    </message>
</context>
<context>
    <name>FormulaErrors</name>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="19"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>Một công thức có tối đa %1 bát.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="25"/>
        <source>A bowl has at most %1 shades.</source>
        <translation>Một bát có tối đa %1 tông màu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="31"/>
        <source>A shade&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation>Lượng của một tông màu phải lớn hơn 0 g và tối đa %1 g, theo bước 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="37"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation>Thuốc nhuộm và oxy cộng lại là %1 g; một bát chứa tối đa %2 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="44"/>
        <source>The developer&apos;s amount is more than 0 g and at most %1 g, in steps of 0.1 g.</source>
        <translation>Lượng oxy phải lớn hơn 0 g và tối đa %1 g, theo bước 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="50"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation>Tỷ lệ pha là 1:x với x từ %1 đến %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="57"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation>%1 g thuốc nhuộm với tỷ lệ 1:%2 cần %3 g oxy, không phải %4 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="66"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation>Nồng độ oxy từ %1% đến %2%.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="73"/>
        <source>The developer&apos;s strength is %1 to %2 vol.</source>
        <translation>Nồng độ oxy từ %1 đến %2 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="80"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation>Oxy %1% là %2 vol, không phải %3 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="88"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation>Thời gian ủ từ %1 đến %2 phút.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="94"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>Hãy ghi oxy dạng 6%, 20 vol hoặc 6% / 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="97"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>Hãy ghi tỷ lệ pha dạng 1:1, 1:1.5 hoặc 1:2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="100"/>
        <source>Write a shade&apos;s amount in grams, like 7/1 30 g.</source>
        <translation>Hãy ghi lượng của tông màu bằng gam, ví dụ 7/1 30 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="104"/>
        <source>Bowl %1: %2</source>
        <translation>Bát %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="111"/>
        <source>Bowl %1, shade %2: %3</source>
        <translation>Bát %1, tông màu %2: %3</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="119"/>
        <source>shade %1: %2</source>
        <translation>tông màu %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="125"/>
        <source>A shade has grams but no name.</source>
        <translation>Có tông màu ghi số gam nhưng chưa có tên.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/formula.py" line="128"/>
        <source>Write grams as a number.</source>
        <translation>Hãy ghi số gam bằng số.</translation>
    </message>
</context>
<context>
    <name>HandOverWindow</name>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="220"/>
        <source>Back to the form</source>
        <translation>Quay lại phiếu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="222"/>
        <source>Lock the screen</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="247"/>
        <source>%1: enter your PIN to return to the client&apos;s card.</source>
        <translation>%1: hãy nhập mã PIN của bạn để quay lại thẻ khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="250"/>
        <source>%1: enter your PIN to leave the form. The answers are not kept.</source>
        <translation>%1: hãy nhập mã PIN của bạn để rời khỏi phiếu. Các câu trả lời sẽ không được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/hand_over.py" line="268"/>
        <source>That PIN is not right.</source>
        <translation>Mã PIN đó không đúng.</translation>
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
        <translation>Nghiêm trọng: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="44"/>
        <source>Moderate: %1</source>
        <translation>Trung bình: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="48"/>
        <source>Low: %n (see the card&apos;s Health tab)</source>
        <translation>Nhẹ: %n (xem tab Sức khỏe trên thẻ khách hàng)</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="61"/>
        <source>%1 or %2</source>
        <translation>%1 hoặc %2</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="68"/>
        <source>Severe health alert on this client&apos;s record: ask %1 before any treatment.</source>
        <translation>Hồ sơ của khách hàng này có cảnh báo sức khỏe nghiêm trọng: hãy hỏi %1 trước mọi dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="73"/>
        <source>This client has health alerts: ask %1 before the treatment.</source>
        <translation>Khách hàng này có cảnh báo sức khỏe: hãy hỏi %1 trước khi làm dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="82"/>
        <source>%1 — this service&apos;s contraindication: %2</source>
        <translation>%1 — chống chỉ định của dịch vụ này: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/health_alert_words.py" line="90"/>
        <source>This service has a contraindication that matches this client&apos;s health record: ask %1 before the treatment.</source>
        <translation>Dịch vụ này có chống chỉ định trùng với hồ sơ sức khỏe của khách hàng này: hãy hỏi %1 trước khi làm dịch vụ.</translation>
    </message>
</context>
<context>
    <name>HealthBasisBox</name>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="83"/>
        <source>Nothing to save: this is the basis in force.</source>
        <translation>Không có gì để lưu: đây đã là cơ sở pháp lý đang áp dụng.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="93"/>
        <source>Saved. The privacy notice and the record of processing state it from now on.</source>
        <translation>Đã lưu. Từ nay, thông báo về quyền riêng tư và hồ sơ xử lý dữ liệu sẽ ghi theo lựa chọn này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="109"/>
        <source>Legal basis for health details</source>
        <translation>Cơ sở pháp lý cho thông tin sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="112"/>
        <source>Allergies, conditions, medicines and contraindications are kept only on the basis chosen here.</source>
        <translation>Dị ứng, bệnh lý, thuốc đang dùng và chống chỉ định chỉ được lưu theo cơ sở pháp lý được chọn ở đây.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="122"/>
        <source>Changing to consent deletes nothing already held; from then on, new health details need the client&apos;s consent.</source>
        <translation>Chuyển sang cơ sở đồng ý không xóa dữ liệu nào đang lưu; từ đó trở đi, thông tin sức khỏe mới cần có sự đồng ý của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/health_basis_box.py" line="126"/>
        <source>Save the basis</source>
        <translation>Lưu cơ sở pháp lý</translation>
    </message>
</context>
<context>
    <name>HealthBasisPage</name>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="61"/>
        <source>Health details</source>
        <translation>Thông tin sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="63"/>
        <source>On what legal basis does the salon keep clients&apos; health details?</source>
        <translation>Salon lưu thông tin sức khỏe của khách hàng dựa trên cơ sở pháp lý nào?</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="67"/>
        <source>Allergies, conditions, medicines and contraindications are sensitive data: the law allows keeping them only on a basis the salon states. The privacy notice and the record of processing say which one you choose.</source>
        <translation>Dị ứng, bệnh lý, thuốc đang dùng và chống chỉ định là dữ liệu cá nhân nhạy cảm: pháp luật chỉ cho phép lưu giữ khi có một cơ sở pháp lý mà salon nêu rõ. Thông báo về quyền riêng tư và hồ sơ xử lý dữ liệu sẽ ghi cơ sở bạn chọn.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/health_basis_page.py" line="76"/>
        <source>You can change this later in Settings → Client details.</source>
        <translation>Bạn có thể đổi lựa chọn này sau trong Cài đặt → Thông tin khách hàng.</translation>
    </message>
</context>
<context>
    <name>HealthBasisWords</name>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="16"/>
        <source>The client&apos;s explicit consent (recommended)</source>
        <translation>Sự đồng ý rõ ràng của khách hàng (khuyên dùng)</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="19"/>
        <source>Health care under professional secrecy</source>
        <translation>Chăm sóc sức khỏe theo nghĩa vụ bảo mật nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="30"/>
        <source>For salons, spas and beauty clinics. Allergies, conditions, medicines and contraindications are kept only for clients who gave their health-data consent. If a client withdraws it, their health details are deleted from the vault.</source>
        <translation>Dành cho salon, spa và thẩm mỹ viện. Dị ứng, bệnh lý, thuốc đang dùng và chống chỉ định chỉ được lưu cho những khách hàng đã đồng ý lưu dữ liệu sức khỏe. Nếu khách hàng rút lại sự đồng ý, thông tin sức khỏe của họ sẽ bị xóa khỏi kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="36"/>
        <source>Only for clinics and opticians whose staff are bound by professional secrecy and who need health details to provide health care (%1). Health details are kept without the client&apos;s consent.</source>
        <translation>Chỉ dành cho phòng khám và cửa hàng kính mắt có nhân viên chịu nghĩa vụ bảo mật nghề nghiệp và cần thông tin sức khỏe để chăm sóc sức khỏe cho khách (%1). Thông tin sức khỏe được lưu mà không cần sự đồng ý của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="48"/>
        <source>Health details are kept only with the client&apos;s consent, and this client has not been asked yet.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà khách hàng này chưa được hỏi.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="53"/>
        <source>Health details are kept only with the client&apos;s consent, and this client refused it.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà khách hàng này đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="57"/>
        <source>Health details are kept only with the client&apos;s consent, and this client withdrew it.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà khách hàng này đã rút lại sự đồng ý.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="61"/>
        <source>Health details are kept only with the client&apos;s consent, and the salon does not ask for it: the owner can switch health-data consent on in Consents.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý, mà salon không xin sự đồng ý này: chủ salon có thể bật mục đồng ý lưu dữ liệu sức khỏe ở trang Sự đồng ý.</translation>
    </message>
    <message>
        <location filename="../../../ui/health_basis_words.py" line="68"/>
        <source>Health details are kept only with the client&apos;s consent.</source>
        <translation>Thông tin sức khỏe chỉ được lưu khi khách hàng đồng ý.</translation>
    </message>
</context>
<context>
    <name>HealthItemDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Add a health item</source>
        <translation>Thêm mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="225"/>
        <source>Change a health item</source>
        <translation>Sửa mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="238"/>
        <source>e.g. %1</source>
        <translation>ví dụ %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="244"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="250"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="245"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="251"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="246"/>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="252"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="277"/>
        <source>Your unsaved health item was kept while the screen was locked.</source>
        <translation>Mục sức khỏe chưa lưu của bạn đã được giữ lại trong lúc màn hình bị khóa.</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="63"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="64"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="65"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="66"/>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="67"/>
        <source>Recorded</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="71"/>
        <source>None recorded.</source>
        <translation>Chưa ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="72"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="74"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="77"/>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="92"/>
        <source>Record health-data &amp;consent…</source>
        <translation>Ghi nhận sự &amp;đồng ý lưu dữ liệu sức khỏe…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="124"/>
        <source>Record it first.</source>
        <translation>Hãy ghi nhận trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="161"/>
        <source>Nothing to remove.</source>
        <translation>Không có gì để xóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="195"/>
        <source>Remove health item</source>
        <translation>Xóa mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/health.py" line="196"/>
        <source>Remove “%1” from this client&apos;s health record?</source>
        <translation>Xóa “%1” khỏi hồ sơ sức khỏe của khách hàng này?</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="52"/>
        <source>When a treatment, a health item, a patch test or a client&apos;s birth date, minor status or guardian is changed, the earlier version is kept here.</source>
        <translation>Khi một lượt dịch vụ, một mục sức khỏe, một lần thử dị ứng, hoặc ngày sinh, tình trạng vị thành niên hay người giám hộ của khách hàng bị thay đổi, phiên bản trước được giữ lại ở đây.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Record</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>Changed by</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="60"/>
        <source>On</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="63"/>
        <source>Earlier versions</source>
        <translation>Các phiên bản trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="64"/>
        <source>Nothing has been changed.</source>
        <translation>Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="65"/>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="69"/>
        <source>Earlier values</source>
        <translation>Giá trị trước đây</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="118"/>
        <source>Version %1, changed by %2 on %3. Before the change:</source>
        <translation>Phiên bản %1, do %2 sửa lúc %3. Trước khi sửa:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="131"/>
        <source>Treatment of %1: %2</source>
        <translation>Lượt dịch vụ ngày %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="137"/>
        <source>Health item: %1</source>
        <translation>Mục sức khỏe: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="141"/>
        <source>Patch test of %1: %2</source>
        <translation>Thử dị ứng ngày %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="145"/>
        <source>Birth date, minor status and guardian</source>
        <translation>Ngày sinh, tình trạng vị thành niên và người giám hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="149"/>
        <source>removed</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="150"/>
        <source>changed (version %1 kept)</source>
        <translation>đã sửa (giữ phiên bản %1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="154"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="155"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="156"/>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="157"/>
        <source>Formula</source>
        <translation>Công thức</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="158"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="159"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="160"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="161"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="162"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="163"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="164"/>
        <source>Tested on</source>
        <translation>Ngày thử</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="165"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="166"/>
        <source>Batch</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="167"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="168"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="169"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="170"/>
        <source>Under 18</source>
        <translation>Dưới 18 tuổi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="171"/>
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="177"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/history.py" line="183"/>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="57"/>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="58"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="59"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="60"/>
        <source>Full name (order by script)</source>
        <translation>Họ tên đầy đủ (tự nhận thứ tự theo chữ viết)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="63"/>
        <source>Full name, family name first</source>
        <translation>Họ tên đầy đủ, họ trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="66"/>
        <source>Full name, given name first</source>
        <translation>Họ tên đầy đủ, tên trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="69"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="70"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="71"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="72"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="73"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="74"/>
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="75"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="76"/>
        <source>Allergies</source>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="77"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="78"/>
        <source>Last visit</source>
        <translation>Lần đến gần nhất</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="47"/>
        <source>Create</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="48"/>
        <source>Update the client</source>
        <translation>Cập nhật khách</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="49"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="102"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="103"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="104"/>
        <source>What happens</source>
        <translation>Sẽ làm gì</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="105"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="127"/>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="135"/>
        <source>New client</source>
        <translation>Khách mới</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="140"/>
        <source>Same phone as %1</source>
        <translation>Trùng số điện thoại với %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="141"/>
        <source>Same e-mail as %1</source>
        <translation>Trùng e-mail với %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="142"/>
        <source>Similar name and same birth date as %1</source>
        <translation>Tên gần giống và cùng ngày sinh với %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="148"/>
        <source>line %1 of this file</source>
        <translation>dòng %1 của tệp này</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/models/import_preview.py" line="168"/>
        <source>client %1</source>
        <translation>khách %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="117"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="544"/>
        <source>Import clients</source>
        <translation>Nhập khách</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="143"/>
        <source>Client list to import</source>
        <translation>Danh sách khách cần nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="144"/>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Danh sách khách (*.csv *.txt *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="177"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="225"/>
        <source>Checking every row…</source>
        <translation>Đang kiểm tra từng dòng…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="246"/>
        <source>Most phone numbers in this file are not valid numbers in %1, but %2 of %3 are valid numbers in %4: the list probably comes from there.</source>
        <translation>Phần lớn số điện thoại trong tệp này không phải là số hợp lệ ở %1, nhưng %2 trên %3 số là số hợp lệ ở %4: danh sách có lẽ đến từ đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="256"/>
        <source>Read them as numbers in %1</source>
        <translation>Đọc là số điện thoại ở %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="262"/>
        <source>Numbers without a country code are read as numbers in %1.</source>
        <translation>Số không có mã quốc gia được đọc là số điện thoại ở %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="266"/>
        <source>Read them as this salon&apos;s numbers</source>
        <translation>Đọc theo quốc gia của salon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="334"/>
        <source>Select rows in the list to choose what happens to them.</source>
        <translation>Hãy chọn các dòng trong danh sách để quyết định cách xử lý.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="337"/>
        <source>The selected rows cannot be imported as they are: correct them in the file and read it again.</source>
        <translation>Các dòng đã chọn không nhập được như hiện tại: hãy sửa trong tệp rồi đọc lại tệp.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="344"/>
        <source>Updating needs a client already registered that the row matches.</source>
        <translation>Muốn cập nhật thì phải có khách hàng đã đăng ký khớp với dòng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="353"/>
        <source>Nothing is written until you click Import.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation>Không ghi gì cho đến khi bạn bấm Nhập.
Khách mới: %1 · Khách được cập nhật: %2 · Bỏ qua (có thể trùng): %3 · Không thể nhập: %4 · Số dòng trong tệp: %5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="359"/>
        <source>Nothing to import: every row is skipped or cannot be imported.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation>Không có gì để nhập: mọi dòng đều bị bỏ qua hoặc không thể nhập.
Khách mới: %1 · Khách được cập nhật: %2 · Bỏ qua (có thể trùng): %3 · Không thể nhập: %4 · Số dòng trong tệp: %5</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="397"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="404"/>
        <source>Imported.
New clients: %1 · Clients updated: %2 · Rows skipped: %3 · Rows not imported: %4 · Allergies recorded: %5</source>
        <translation>Đã nhập.
Khách mới: %1 · Khách được cập nhật: %2 · Dòng bỏ qua: %3 · Dòng không nhập: %4 · Dị ứng đã ghi: %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_wizard.py" line="417"/>
        <source>%n allergy(ies) not recorded: the salon keeps health details only with the client&apos;s consent. Record each client&apos;s health-data consent, then add them on the card.</source>
        <translation>
            <numerusform>%n dị ứng không được ghi: salon chỉ lưu thông tin sức khỏe khi khách hàng đồng ý. Hãy ghi nhận sự đồng ý lưu dữ liệu sức khỏe của từng khách hàng, rồi thêm dị ứng trên thẻ khách hàng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="425"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="470"/>
        <source>Checking row %1 of %2…</source>
        <translation>Đang kiểm tra dòng %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="475"/>
        <source>Importing: %1 of %2 rows written…</source>
        <translation>Đang nhập: đã ghi %1 / %2 dòng…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="511"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="512"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="515"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="516"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="517"/>
        <location filename="../../../ui/dialogs/import_wizard.py" line="518"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="519"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="558"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation>Đang huỷ; sẽ không nhập gì…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="575"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Đã huỷ; không nhập gì.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_wizard.py" line="579"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Đã xảy ra lỗi không mong muốn: %1</translation>
    </message>
</context>
<context>
    <name>ImportsErrors</name>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="18"/>
        <source>Map either one full-name column or the family and given names, not both.</source>
        <translation>Hãy ánh xạ hoặc một cột họ tên đầy đủ, hoặc các cột họ và tên, không dùng cả hai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="21"/>
        <source>Map a column to the family name (or to the full name) to import clients.</source>
        <translation>Hãy ánh xạ một cột vào họ (hoặc vào họ tên đầy đủ) để nhập khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="25"/>
        <source>The mapping file holds one JSON object of texts: {&quot;column header&quot;: &quot;field&quot;}.</source>
        <translation>Tệp ánh xạ cột chứa một đối tượng JSON gồm các đoạn văn bản: {&quot;column header&quot;: &quot;field&quot;}.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="31"/>
        <source>This salon does not collect %1; leave that column out, or switch the field on in Settings → Client details (owner).</source>
        <translation>Salon này không thu thập %1; hãy bỏ cột đó ra, hoặc bật trường này trong Cài đặt → Thông tin khách hàng (chủ salon).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="39"/>
        <source>Two columns are mapped to %1; choose one.</source>
        <translation>Có hai cột được ánh xạ vào %1; hãy chọn một.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="45"/>
        <source>The mapping file is not JSON (%1).</source>
        <translation>Tệp ánh xạ cột không phải là JSON (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="51"/>
        <source>Unknown field %1 in the mapping; the fields are: %2.</source>
        <translation>Trường %1 trong tệp ánh xạ không xác định; các trường hợp lệ là: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="58"/>
        <source>The mapping names a column %1 that the file does not have.</source>
        <translation>Tệp ánh xạ nêu cột %1 nhưng tệp dữ liệu không có cột đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="64"/>
        <source>The file&apos;s encoding could not be recognised; choose it (for example cp1258 for Vietnamese, cp1250 for Polish, gb18030 for Chinese).</source>
        <translation>Không nhận ra được bảng mã của tệp; hãy tự chọn (ví dụ cp1258 cho tiếng Việt, cp1250 cho tiếng Ba Lan, gb18030 cho tiếng Trung).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="70"/>
        <source>This is an old-style Excel file (.xls); open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>Đây là tệp Excel kiểu cũ (.xls); hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx hoặc CSV, rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="75"/>
        <source>A CSV file has no sheets; leave the sheet out.</source>
        <translation>Tệp CSV không có trang tính; hãy bỏ trống phần trang tính.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="79"/>
        <source>Unknown encoding %1; use one of %2.</source>
        <translation>Bảng mã %1 không xác định; hãy dùng một trong: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="85"/>
        <source>The file does not look like a CSV text file or an Excel workbook (.xlsx).</source>
        <translation>Tệp này có vẻ không phải là tệp văn bản CSV hay sổ tính Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="89"/>
        <source>The file cannot be read as %1.</source>
        <translation>Không đọc được tệp theo bảng mã %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="96"/>
        <source>Line %1 cannot be read as CSV (%2); fix it in a spreadsheet program and save it again.</source>
        <translation>Không đọc được dòng %1 theo dạng CSV (%2); hãy sửa dòng đó bằng chương trình bảng tính rồi lưu lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="106"/>
        <source>%1 is not a file (a device or a pipe); export the client list to a CSV or Excel file and import that.</source>
        <translation>%1 không phải là tệp (mà là một thiết bị hoặc một đường ống); hãy xuất danh sách khách ra tệp CSV hoặc Excel rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="115"/>
        <source>The row has %1 cells where the header has %2 (a separator inside a value without quotes?).</source>
        <translation>Dòng này có %1 ô trong khi dòng tiêu đề có %2 ô (có dấu phân cách nằm trong một giá trị không có dấu ngoặc kép?).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="123"/>
        <source>The last visit is in the future.</source>
        <translation>Lần đến gần nhất là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="127"/>
        <source>The %1 &quot;%2&quot; is not a real date.</source>
        <translation>%1 “%2” không phải là một ngày có thật.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="133"/>
        <source>The mapping needs one entry per column.</source>
        <translation>Tệp ánh xạ cần đúng một mục cho mỗi cột.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="137"/>
        <source>The salon&apos;s settings for client fields changed since the preview; preview the import again. Nothing was imported.</source>
        <translation>Cài đặt của salon về các trường thông tin khách hàng đã thay đổi sau khi xem trước; hãy xem trước lại. Không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="142"/>
        <source>The file holds no rows to import.</source>
        <translation>Tệp không có dòng nào để nhập.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="146"/>
        <source>The file has %1 columns; at most %2 can be imported.</source>
        <translation>Tệp có %1 cột; chỉ nhập được tối đa %2 cột.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="153"/>
        <source>The workbook would unpack to more than 512 MB; save the client list alone as a CSV file and import that.</source>
        <translation>Sổ tính khi giải nén sẽ lớn hơn 512 MB; hãy lưu riêng danh sách khách thành tệp CSV rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="158"/>
        <source>That sheet is a chart, not a table; choose another sheet.</source>
        <translation>Trang tính đó là biểu đồ, không phải bảng; hãy chọn trang tính khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="161"/>
        <source>The workbook has no sheets.</source>
        <translation>Sổ tính không có trang tính nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="165"/>
        <source>Row %1 has %2 columns; at most %3 can be imported.</source>
        <translation>Dòng %1 có %2 cột; chỉ nhập được tối đa %3 cột.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="174"/>
        <source>The sheet has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation>Trang tính có hơn %1 dòng; hãy tách thành các tệp nhỏ hơn và nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="181"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã huỷ việc nhập; không có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="185"/>
        <source>Could not read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="193"/>
        <source>The file has more than %1 rows; split it into smaller files and import them one by one.</source>
        <translation>Tệp có hơn %1 dòng; hãy tách thành các tệp nhỏ hơn và nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="201"/>
        <source>The file is not a readable Excel workbook (.xlsx); open it in Excel or LibreOffice and save it again, or save it as CSV.</source>
        <translation>Tệp không phải là sổ tính Excel (.xlsx) đọc được; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại, hoặc lưu thành CSV.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="208"/>
        <source>The file is larger than %1 MB; split it into smaller files and import them one by one.</source>
        <translation>Tệp lớn hơn %1 MB; hãy tách thành các tệp nhỏ hơn và nhập lần lượt từng tệp.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="217"/>
        <source>The file cannot be read as %1 (byte %2 does not fit); choose the encoding it was saved in.</source>
        <translation>Không đọc được tệp theo bảng mã %1 (byte %2 không phù hợp); hãy chọn đúng bảng mã mà tệp đã được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="226"/>
        <source>The %1 &quot;%2&quot; is not a date (write it like 23.04.1990 or 1990-04-23).</source>
        <translation>%1 “%2” không phải là ngày tháng (hãy ghi theo dạng 23.04.1990 hoặc 1990-04-23).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="232"/>
        <source>birth date</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="235"/>
        <source>last visit</source>
        <translation>ngày đến gần nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="239"/>
        <source>The workbook has no sheet %1; its sheets are: %2.</source>
        <translation>Sổ tính không có trang tính %1; các trang tính hiện có: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="245"/>
        <source>That client is no longer in the vault.</source>
        <translation>Khách hàng đó không còn trong kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="249"/>
        <source>Client %1 is no longer in the vault.</source>
        <translation>Khách hàng %1 không còn trong kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/imports.py" line="255"/>
        <source>%1 is not a country code (PL, VN, CN, GB …).</source>
        <translation>%1 không phải là mã quốc gia (PL, VN, CN, GB …).</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="299"/>
        <source>The number you give is used as it is.</source>
        <translation>Con số bạn nhập được dùng nguyên như vậy.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="311"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="313"/>
        <source>Clients concerned now: %1</source>
        <translation>Số khách hàng liên quan hiện nay: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="343"/>
        <source>Incident no. %1</source>
        <translation>Sự cố số %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="345"/>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="348"/>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="349"/>
        <source>When it happened</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="350"/>
        <source>When it was discovered</source>
        <translation>Thời điểm phát hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="351"/>
        <source>Which data</source>
        <translation>Dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="352"/>
        <source>Which clients</source>
        <translation>Khách hàng nào</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="354"/>
        <source>Likely consequences</source>
        <translation>Hậu quả có thể xảy ra</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="355"/>
        <source>Measures taken</source>
        <translation>Biện pháp đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="356"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="357"/>
        <source>Authority notified</source>
        <translation>Đã thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="362"/>
        <source>Describe the incident without naming clients (the log never copies it).</source>
        <translation>Mô tả sự cố mà không nêu tên khách hàng (nhật ký không bao giờ sao chép nội dung này).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="364"/>
        <source>Known</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="365"/>
        <source>Yes, on</source>
        <translation>Có, vào</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="369"/>
        <source>All clients</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="370"/>
        <source>Clients with health data</source>
        <translation>Khách hàng có dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="371"/>
        <source>Clients with photos</source>
        <translation>Khách hàng có ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="372"/>
        <source>Clients registered between</source>
        <translation>Khách hàng đăng ký trong khoảng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="373"/>
        <source>A number I give</source>
        <translation>Một con số tôi nhập</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="381"/>
        <source>Save the incident</source>
        <translation>Lưu sự cố</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="15"/>
        <source>Vietnam: notify the Ministry of Public Security (A05) as early as you can. Under the former Decree 13/2023 the 72 hours ran from the breach itself, not from its discovery; check the time limit of Law 91/2025/QH15 and Decree 356/2025/NĐ-CP. The clock below counts from discovery, so it may run out later than the law&apos;s.</source>
        <translation>Việt Nam: hãy thông báo cho Bộ Công an (Cục A05) càng sớm càng tốt. Theo Nghị định 13/2023/NĐ-CP trước đây, thời hạn 72 giờ được tính từ lúc xảy ra vi phạm, không phải từ lúc phát hiện; hãy kiểm tra thời hạn theo Luật 91/2025/QH15 và Nghị định 356/2025/NĐ-CP. Đồng hồ bên dưới tính từ lúc phát hiện, nên có thể hết giờ muộn hơn thời hạn theo luật.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="23"/>
        <source>China (PIPL Art. 57): notify the departments performing personal-information protection duties, and the clients, immediately. The 72-hour clock below is only a reminder; do not wait for it.</source>
        <translation>Trung Quốc (PIPL Điều 57): hãy thông báo ngay cho các cơ quan thực hiện nhiệm vụ bảo vệ thông tin cá nhân và cho khách hàng. Đồng hồ 72 giờ bên dưới chỉ để nhắc; đừng chờ đến khi hết giờ.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="30"/>
        <source>GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of the breach, unless it is unlikely to put the clients at risk; a later notification gives the reasons. The clock below counts those 72 hours from discovery.</source>
        <translation>GDPR Điều 33: hãy thông báo cho cơ quan giám sát trong vòng 72 giờ kể từ khi biết về vi phạm dữ liệu cá nhân, trừ khi vi phạm đó khó có khả năng gây rủi ro cho khách hàng; nếu thông báo muộn hơn thì phải nêu lý do. Đồng hồ bên dưới đếm 72 giờ đó kể từ lúc phát hiện.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_rules.py" line="36"/>
        <source>Notify the data protection authority as the law of the salon&apos;s country asks. The clock below counts the GDPR&apos;s 72 hours from discovery, as a reminder.</source>
        <translation>Hãy thông báo cho cơ quan bảo vệ dữ liệu theo yêu cầu của pháp luật nước nơi salon hoạt động. Đồng hồ bên dưới đếm 72 giờ theo GDPR kể từ lúc phát hiện, chỉ để nhắc nhở.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="386"/>
        <source>Names and notes</source>
        <translation>Tên và ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="387"/>
        <source>Contact details</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="388"/>
        <source>Health data</source>
        <translation>Dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="389"/>
        <source>Visits and treatments</source>
        <translation>Lượt đến và dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="390"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="391"/>
        <source>Consents and signatures</source>
        <translation>Sự đồng ý và chữ ký</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="398"/>
        <source>Being handled</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="399"/>
        <source>Contained</source>
        <translation>Đã kiểm soát</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incident_form.py" line="400"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="160"/>
        <source>%1 h left to notify (by %2)</source>
        <translation>Còn %1 giờ để thông báo (trước %2)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="161"/>
        <source>Overdue by %1 h (deadline %2)</source>
        <translation>Quá hạn %1 giờ (hạn chót %2)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="162"/>
        <source>Notified after %1 h, in time</source>
        <translation>Đã thông báo sau %1 giờ, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="163"/>
        <source>Notified %1 h after the deadline</source>
        <translation>Đã thông báo trễ %1 giờ so với hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="164"/>
        <source>Closed without notifying</source>
        <translation>Đóng mà không thông báo</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="205"/>
        <source>Incident no. %1 saved.</source>
        <translation>Đã lưu sự cố số %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="218"/>
        <source>Save the notice to the authority</source>
        <translation>Lưu thông báo gửi cơ quan chức năng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="221"/>
        <source>Save the letter to clients</source>
        <translation>Lưu thư gửi khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="224"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds your description of the incident and the counts, no client&apos;s name. It is a draft: complete it before sending.</source>
        <translation>Tệp được lưu không mã hóa: nó rời khỏi kho dữ liệu. Tệp chứa mô tả sự cố của bạn và các con số, không có tên khách hàng. Đây là bản nháp: hãy hoàn thiện trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="239"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="259"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="260"/>
        <source>Discovered</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="261"/>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="262"/>
        <source>Clients</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="263"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="264"/>
        <source>72-hour clock</source>
        <translation>Đồng hồ 72 giờ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="268"/>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="269"/>
        <source>Save notice to the authority…</source>
        <translation>Lưu thông báo gửi cơ quan chức năng…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/incidents_tab.py" line="270"/>
        <source>Save letter to clients…</source>
        <translation>Lưu thư gửi khách hàng…</translation>
    </message>
</context>
<context>
    <name>KeyMessages</name>
    <message>
        <location filename="../../../ui/key_messages.py" line="15"/>
        <source>The passphrase slot asks for unusual settings (%1; SalonVault writes %2), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation>Khe cụm mật khẩu yêu cầu các thông số bất thường (%1; SalonVault ghi %2), nên cụm mật khẩu không được thử: tệp khe khóa đã bị hỏng hoặc bị thay đổi. Hãy mở kho dữ liệu bằng khóa khôi phục, rồi đặt lại cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../../ui/key_messages.py" line="30"/>
        <source>time cost %1, memory %2 MiB, parallelism %3</source>
        <translation>chi phí thời gian %1, bộ nhớ %2 MiB, mức song song %3</translation>
    </message>
</context>
<context>
    <name>KeyWarningBanner</name>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="63"/>
        <source>The vault&apos;s recovery slot does not open with the salon&apos;s recovery key: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation>Khe khôi phục của kho dữ liệu không mở được bằng khóa khôi phục của salon: Bộ khôi phục không thể mở kho dữ liệu. Hãy tạo lại khe này trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="68"/>
        <source>The vault&apos;s recovery slot is missing: the Recovery Kit cannot open the vault. Make the slot again in Settings.</source>
        <translation>Khe khôi phục của kho dữ liệu bị thiếu: Bộ khôi phục không thể mở kho dữ liệu. Hãy tạo lại khe này trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/key_warning.py" line="72"/>
        <source>Open Settings</source>
        <translation>Mở Cài đặt</translation>
    </message>
</context>
<context>
    <name>KeysErrors</name>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="19"/>
        <source>This PC&apos;s key store did not keep the new key (%1).</source>
        <translation>Kho khóa của máy tính này đã không lưu được khóa mới (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="25"/>
        <source>The %1 key does not open this vault.</source>
        <translation>Khóa %1 không mở được kho dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="32"/>
        <source>The passphrase needs at least %1 characters; a few ordinary words in a row work well.</source>
        <translation>Cụm mật khẩu cần ít nhất %1 ký tự; vài từ thông thường viết liền nhau là đủ tốt.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="40"/>
        <source>The passphrase contains characters that cannot be typed; use letters, digits, spaces and punctuation.</source>
        <translation>Cụm mật khẩu chứa ký tự không gõ được bằng bàn phím; hãy dùng chữ cái, chữ số, dấu cách và dấu câu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="45"/>
        <source>The passphrase is not valid text.</source>
        <translation>Cụm mật khẩu không phải là văn bản hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="50"/>
        <source>That is not a SalonVault recovery key (it starts with %1 on the Recovery Kit).</source>
        <translation>Đó không phải là khóa khôi phục của SalonVault (trên Bộ khôi phục, khóa bắt đầu bằng %1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="56"/>
        <source>That holds more than one recovery key; give only this salon&apos;s.</source>
        <translation>Trong đó có nhiều hơn một khóa khôi phục; chỉ cung cấp khóa của salon này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="60"/>
        <source>Cannot read the recovery key file %1 (%2).</source>
        <translation>Không đọc được tệp khóa khôi phục %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="66"/>
        <source>The recovery key file is not a text file.</source>
        <translation>Tệp khóa khôi phục không phải là tệp văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="70"/>
        <source>That is not this salon&apos;s recovery key; if the Recovery Kit is lost, replace the recovery key instead.</source>
        <translation>Đó không phải là khóa khôi phục của salon này; nếu Bộ khôi phục đã bị mất, hãy thay khóa khôi phục mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="75"/>
        <source>its first page cannot be decrypted</source>
        <translation>không giải mã được trang đầu tiên</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="78"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation>Hãy nhập cụm mật khẩu của chủ salon: kho dữ liệu sau khi đổi khóa cũng mở bằng cụm mật khẩu này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="82"/>
        <source>This vault has no %1 slot.</source>
        <translation>Kho dữ liệu này không có khe khóa %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="87"/>
        <source>The vault needs at least one other way to open it.</source>
        <translation>Kho dữ liệu cần ít nhất một cách mở khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="90"/>
        <source>Wrong passphrase.</source>
        <translation>Sai cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="95"/>
        <source>The passphrase slot asks for unusual settings (time cost %1, memory %2, parallelism %3; SalonVault writes time cost %4, memory %5, parallelism %6), so the passphrase was not tried: the key slot file was damaged or changed. Open the vault with the recovery key, then set the passphrase again.</source>
        <translation>Khe cụm mật khẩu yêu cầu các thông số bất thường (chi phí thời gian %1, bộ nhớ %2, mức song song %3; SalonVault ghi chi phí thời gian %4, bộ nhớ %5, mức song song %6), nên cụm mật khẩu không được thử: tệp khe khóa đã bị hỏng hoặc bị thay đổi. Hãy mở kho dữ liệu bằng khóa khôi phục, rồi đặt lại cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="110"/>
        <source>The recovery key is mistyped or incomplete.</source>
        <translation>Khóa khôi phục bị gõ sai hoặc chưa đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="114"/>
        <source>%1 is missing</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="120"/>
        <source>%1 is unreadable (%2)</source>
        <translation>không đọc được %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="127"/>
        <source>key slot file: %1; %2</source>
        <translation>tệp khe khóa: %1; %2</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="135"/>
        <source>The device key would be kept in %1, inside the vault&apos;s folder %2, where a copy of the folder would carry it; choose a data folder outside it or set %3 to a folder elsewhere.</source>
        <translation>Khóa của máy tính sẽ được lưu ở %1, nằm trong thư mục kho dữ liệu %2, nên bản sao của thư mục sẽ mang theo cả khóa này; hãy chọn thư mục dữ liệu bên ngoài thư mục đó, hoặc đặt %3 thành một thư mục ở nơi khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="147"/>
        <source>%1 is not a file (a device or a pipe); choose the recovery key file or the Recovery Kit PDF.</source>
        <translation>%1 không phải là tệp (mà là một thiết bị hoặc một đường ống); hãy chọn tệp khóa khôi phục hoặc tệp PDF Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/keys.py" line="156"/>
        <source>%1 is far larger than a recovery key file; choose the key file or the Recovery Kit PDF.</source>
        <translation>%1 lớn hơn nhiều so với một tệp khóa khôi phục; hãy chọn tệp khóa hoặc tệp PDF Bộ khôi phục.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../ui/labels.py" line="23"/>
        <source>Owner</source>
        <translation>Chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="24"/>
        <source>Receptionist</source>
        <translation>Lễ tân</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="25"/>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="41"/>
        <source>Hair salon</source>
        <translation>Salon tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="42"/>
        <source>Beauty and spa</source>
        <translation>Làm đẹp và spa</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="43"/>
        <source>Aesthetic clinic</source>
        <translation>Phòng khám thẩm mỹ</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="44"/>
        <source>Optician</source>
        <translation>Cửa hàng kính mắt</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="51"/>
        <source>Allergy</source>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="52"/>
        <source>Condition</source>
        <translation>Bệnh lý</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="53"/>
        <source>Medication</source>
        <translation>Thuốc đang dùng</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="54"/>
        <source>Contraindication</source>
        <translation>Chống chỉ định</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="62"/>
        <source>PPD (hair dye), latex</source>
        <translation>PPD (thuốc nhuộm tóc), latex</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="63"/>
        <source>cyanoacrylate (lash glue), latex</source>
        <translation>cyanoacrylate (keo nối mi), latex</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="66"/>
        <source>isotretinoin, pregnancy</source>
        <translation>isotretinoin, đang mang thai</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="69"/>
        <source>diabetes, glaucoma, dry eyes</source>
        <translation>tiểu đường, tăng nhãn áp, khô mắt</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="81"/>
        <source>PPD (para-phenylenediamine, hair dye)</source>
        <translation>PPD (para-phenylenediamine, thuốc nhuộm tóc)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="84"/>
        <source>Pregnancy</source>
        <translation>Đang mang thai</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="85"/>
        <source>Breastfeeding</source>
        <translation>Đang cho con bú</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="86"/>
        <source>Isotretinoin (Roaccutane)</source>
        <translation>Isotretinoin (Roaccutane)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="87"/>
        <source>Retinoids on the skin</source>
        <translation>Retinoid bôi ngoài da</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="88"/>
        <source>Photosensitising medication</source>
        <translation>Thuốc gây nhạy cảm với ánh sáng</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="91"/>
        <source>Pacemaker or implanted device</source>
        <translation>Máy tạo nhịp tim hoặc thiết bị cấy ghép</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="94"/>
        <source>Epilepsy</source>
        <translation>Động kinh</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="95"/>
        <source>Cyanoacrylate (lash adhesive)</source>
        <translation>Cyanoacrylate (keo nối mi)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="98"/>
        <source>Anticoagulants (blood thinners)</source>
        <translation>Thuốc chống đông (thuốc làm loãng máu)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="107"/>
        <source>Consent signed on paper</source>
        <translation>Phiếu đồng ý ký trên giấy</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="110"/>
        <source>Referral or doctor&apos;s letter</source>
        <translation>Giấy giới thiệu hoặc thư của bác sĩ</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="113"/>
        <source>Prescription from elsewhere</source>
        <translation>Đơn thuốc hoặc đơn kính từ nơi khác</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="116"/>
        <source>Other paper</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="123"/>
        <source>Low</source>
        <translation>Nhẹ</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="124"/>
        <source>Moderate</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="125"/>
        <source>Severe</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="132"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="133"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="134"/>
        <source>Failed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="142"/>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="143"/>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="144"/>
        <source>pending</source>
        <translation>đang chờ kết quả</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="145"/>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="146"/>
        <source>none on file</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="109"/>
        <source>Welcome to SalonVault</source>
        <translation>Chào mừng bạn đến với SalonVault</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="112"/>
        <source>SalonVault keeps your clients&apos; records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
        <translation>SalonVault lưu hồ sơ khách hàng của bạn ở dạng mã hóa ngay trên máy tính này. Việc thiết lập mất khoảng năm phút; hãy chuẩn bị sẵn máy in hoặc USB để lưu Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="117"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="118"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="120"/>
        <source>Moving to a new computer, or starting again after a lost one?</source>
        <translation>Chuyển sang máy tính mới, hoặc làm lại sau khi mất máy?</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="122"/>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../../ui/lock_screen.py" line="182"/>
        <location filename="../../../ui/lock_screen.py" line="206"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="191"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation>Hãy chọn mã PIN của riêng bạn, không dùng mã một lần (chủ salon đã thấy mã đó).</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="203"/>
        <source>The two PINs differ; choose your new PIN again.</source>
        <translation>Hai mã PIN không khớp; hãy chọn lại mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="214"/>
        <source>The code is right. Now choose your new PIN.</source>
        <translation>Mã đúng. Bây giờ hãy chọn mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="64"/>
        <source>Wrong code. This account is now disabled; ask the owner to enable it.</source>
        <translation>Sai mã. Tài khoản này đã bị khóa; hãy nhờ chủ salon mở lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="75"/>
        <location filename="../../../ui/lock_screen.py" line="258"/>
        <source>Enter the one-time code again to choose your new PIN.</source>
        <translation>Hãy nhập lại mã một lần để chọn mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="70"/>
        <source>Your one-time code has expired; ask the owner for a new one.</source>
        <translation>Mã một lần đã hết hạn; hãy xin chủ salon mã mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="31"/>
        <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
        <translation>Sai mã PIN. Tài khoản này đã bị vô hiệu hóa; hãy nhờ chủ salon bật lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="43"/>
        <source>This account is disabled after too many wrong PINs. The owner can enable it again; an owner uses &quot;Forgot your PIN? (owner)&quot; below, with the recovery key.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa do nhập sai mã PIN quá nhiều lần. Chủ salon có thể bật lại; nếu bạn là chủ salon, hãy dùng “Quên mã PIN? (chủ salon)” bên dưới, với khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/auth.py" line="51"/>
        <source>This account is disabled. The owner can enable it again.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Chủ salon có thể bật lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="276"/>
        <source>Forgot your PIN? (owner)</source>
        <translation>Quên mã PIN? (chủ salon)</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="278"/>
        <source>Who is signing in?</source>
        <translation>Ai đang đăng nhập?</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="280"/>
        <source>Choose a new PIN for %1</source>
        <translation>Chọn mã PIN mới cho %1</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="282"/>
        <source>Type the new PIN for %1 again</source>
        <translation>Nhập lại mã PIN mới cho %1</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="285"/>
        <source>One-time code for %1 (the owner reset your PIN)</source>
        <translation>Mã một lần cho %1 (chủ salon đã đặt lại mã PIN của bạn)</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="288"/>
        <source>PIN for %1</source>
        <translation>Mã PIN của %1</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="292"/>
        <source>Sign in as %1, %2</source>
        <translation>Đăng nhập với tư cách %1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/lock_screen.py" line="295"/>
        <source>Demo salon. PINs: %1</source>
        <translation>Salon dùng thử. Mã PIN: %1</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="176"/>
        <source>%1 (detected)</source>
        <translation>%1 (tự nhận biết)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="179"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="182"/>
        <source>%n row(s); columns separated by %1.</source>
        <translation>
            <numerusform>%n dòng; các cột phân cách bằng %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/import_steps.py" line="190"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="203"/>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="230"/>
        <source>as at the last import</source>
        <translation>như lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="231"/>
        <source>from the header</source>
        <translation>theo tiêu đề</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="232"/>
        <source>from the values</source>
        <translation>theo giá trị</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="234"/>
        <source>this salon does not collect it (Settings → Client details)</source>
        <translation>salon không thu thập thông tin này (Cài đặt → Thông tin khách hàng)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="245"/>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="246"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Imported as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="248"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="60"/>
        <source>Merge with another client</source>
        <translation>Gộp với khách khác</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="68"/>
        <source>Use this when one person was registered twice. Find the other record, compare them, and choose the one to keep.</source>
        <translation>Dùng khi một người được đăng ký hai lần. Tìm hồ sơ kia, so sánh và chọn hồ sơ cần giữ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="76"/>
        <source>Find the other record: name, phone or e-mail</source>
        <translation>Tìm hồ sơ kia: tên, số điện thoại hoặc e-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="77"/>
        <source>Find the other record</source>
        <translation>Tìm hồ sơ kia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="99"/>
        <source>Keep this record</source>
        <translation>Giữ hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="100"/>
        <source>Keep the other record</source>
        <translation>Giữ hồ sơ kia</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="104"/>
        <source>Side by side</source>
        <translation>So sánh song song</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="120"/>
        <source>The record that is not kept is removed for good: its treatments, consents (the whole history, as proof), photos, health items and patch tests move to the record kept; its details fill only fields the kept record has empty (other values are dropped), its notes are added and its tags joined. This cannot be undone. Backups made before now still hold both records.</source>
        <translation>Hồ sơ không được giữ sẽ bị xóa vĩnh viễn: các lượt dịch vụ, sự đồng ý (toàn bộ lịch sử, làm bằng chứng), ảnh, mục sức khỏe và thử dị ứng được chuyển sang hồ sơ được giữ; thông tin của nó chỉ điền vào các ô còn trống của hồ sơ được giữ (các giá trị khác bị bỏ), ghi chú được thêm vào và nhãn được gộp lại. Không thể hoàn tác. Các bản sao lưu làm trước lúc này vẫn chứa cả hai hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="144"/>
        <source>Merge for good</source>
        <translation>Gộp vĩnh viễn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="207"/>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="227"/>
        <source>Find and choose the other record first.</source>
        <translation>Hãy tìm và chọn hồ sơ kia trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>To confirm, type the name of the record that will be removed: %1</source>
        <translation>Để xác nhận, hãy gõ tên của hồ sơ sẽ bị xoá: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="240"/>
        <source>The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items and %5 patch tests moved to %6.</source>
        <translation>Đã gộp hồ sơ: %1 lượt dịch vụ, %2 sự đồng ý, %3 ảnh, %4 mục sức khỏe và %5 thử dị ứng đã chuyển sang %6.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="253"/>
        <source>%1 photos were deleted: the newest photo consent over both records is not an active one.</source>
        <translation>Đã xóa %1 ảnh: sự đồng ý chụp ảnh mới nhất của hai hồ sơ không còn hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Clients merged</source>
        <translation>Đã gộp khách</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Client number</source>
        <translation>Mã khách</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="264"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="265"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Treatments</source>
        <translation>Dịch vụ đã làm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Consent records</source>
        <translation>Bản ghi đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Health items</source>
        <translation>Mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/merge_dialog.py" line="272"/>
        <source>Patch tests</source>
        <translation>Thử dị ứng</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../../ui/navigation.py" line="26"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="27"/>
        <source>Clients</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="28"/>
        <source>Consents</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="29"/>
        <source>Recalls</source>
        <translation>Nhắc lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="30"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="31"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="32"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="33"/>
        <source>Activity log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="34"/>
        <source>Privacy</source>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../../ui/navigation.py" line="35"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NotationBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="58"/>
        <source>Prescriptions</source>
        <translation>Đơn kính</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="70"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="77"/>
        <source>Records keep what the examiner wrote; the card and the paper show every prescription this way (a plus cylinder is transposed to minus, and back).</source>
        <translation>Hồ sơ giữ nguyên những gì người khám đã ghi; thẻ khách hàng và bản in đơn kính hiển thị mọi đơn kính theo cách này (độ trụ dương được chuyển sang độ trụ âm, và ngược lại).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="85"/>
        <source>&amp;Cylinder</source>
        <translation>Độ t&amp;rụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="87"/>
        <source>Visual &amp;acuity</source>
        <translation>Thị &amp;lực</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="102"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>OlderVaultNotice</name>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="56"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="68"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Unless a backup was restored on purpose, an older copy of the vault file was put back (which also resets failed PIN counts): restore the newest backup.</source>
        <translation>Vào %1, lần kiểm tra %2 phát hiện kho dữ liệu này cũ hơn bản sao lưu đó: nhật ký hoạt động của kho thiếu mục cuối của bản sao lưu. Nếu không phải đã cố ý khôi phục một bản sao lưu, thì một bản sao cũ của tệp kho dữ liệu đã bị đặt lại vào chỗ cũ (việc này cũng xóa số lần nhập sai mã PIN): hãy khôi phục bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="75"/>
        <source>On %1 the check of %2 found this vault older than that backup: its activity log lacks the backup&apos;s last entry. Tell the owner.</source>
        <translation>Vào %1, lần kiểm tra %2 phát hiện kho dữ liệu này cũ hơn bản sao lưu đó: nhật ký hoạt động của kho thiếu mục cuối của bản sao lưu. Hãy báo cho chủ salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="86"/>
        <source>I know why</source>
        <translation>Tôi biết lý do</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/older_vault_notice.py" line="88"/>
        <source>Hide this warning: the vault is older on purpose (the history keeps it)</source>
        <translation>Ẩn cảnh báo này: kho dữ liệu cũ hơn là do cố ý (lịch sử vẫn ghi lại)</translation>
    </message>
</context>
<context>
    <name>OpenModeBox</name>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="75"/>
        <source>The two passphrases are not the same.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="79"/>
        <source>Setting the passphrase…</source>
        <translation>Đang đặt cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="95"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="138"/>
        <source>How the vault opens</source>
        <translation>Cách mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="86"/>
        <source>Open the vault on this computer without the passphrase? Anyone who can sign in to this computer&apos;s user account can then start SalonVault (staff still need their PINs).</source>
        <translation>Mở kho dữ liệu trên máy tính này mà không cần cụm mật khẩu? Khi đó bất kỳ ai đăng nhập được vào tài khoản người dùng của máy này đều có thể khởi động SalonVault (nhân viên vẫn cần mã PIN của mình).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="92"/>
        <source>This computer has no protected key store: the key would be kept in a file, which is weaker.</source>
        <translation>Máy tính này không có kho khóa được bảo vệ: khóa sẽ được giữ trong một tệp, như vậy yếu hơn.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="142"/>
        <source>Now: the vault stays closed until the owner types the passphrase at each start. If it is forgotten, only the Recovery Kit opens the vault.</source>
        <translation>Hiện tại: kho dữ liệu luôn đóng cho đến khi chủ salon nhập cụm mật khẩu mỗi lần khởi động. Nếu quên cụm mật khẩu, chỉ Bộ khôi phục mở được kho.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="149"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in a file (this computer has no protected key store): weaker, a passphrase is safer here.</source>
        <translation>Hiện tại: SalonVault tự mở trên máy tính này, bằng một khóa được giữ trong một tệp (máy này không có kho khóa được bảo vệ): yếu hơn, ở đây dùng cụm mật khẩu an toàn hơn.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="155"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in this computer&apos;s protected key store.</source>
        <translation>Hiện tại: SalonVault tự mở trên máy tính này, bằng một khóa được giữ trong kho khóa được bảo vệ của máy.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="159"/>
        <source>That protects the records if the disk or a copy of the folder is stolen, not from someone who can sign in to this computer.</source>
        <translation>Cách này bảo vệ hồ sơ khi ổ đĩa hoặc bản sao thư mục bị đánh cắp, nhưng không chống được người đăng nhập được vào máy tính này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="172"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Cụm mật khẩu (từ 12 ký tự)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="173"/>
        <location filename="../../../ui/pages/open_mode_box.py" line="175"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="174"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="176"/>
        <source>Ask for the passphrase at every start</source>
        <translation>Hỏi cụm mật khẩu mỗi lần khởi động</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="177"/>
        <source>Open on this computer without the passphrase…</source>
        <translation>Mở trên máy tính này không cần cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="180"/>
        <source>Done. From the next start, SalonVault asks for the passphrase first.</source>
        <translation>Xong. Từ lần khởi động sau, SalonVault sẽ hỏi cụm mật khẩu trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/open_mode_box.py" line="183"/>
        <source>Done. SalonVault opens on this computer by itself.</source>
        <translation>Xong. SalonVault tự mở trên máy tính này.</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../../ui/open_problem.py" line="59"/>
        <source>The vault did not open</source>
        <translation>Không mở được kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="62"/>
        <source>Open it with the recovery key from the Recovery Kit. If that does not work either, restore the newest backup: the files that do not open are kept aside in the data folder.</source>
        <translation>Hãy mở bằng khoá khôi phục trong Bộ khôi phục. Nếu vẫn không được, hãy khôi phục bản sao lưu mới nhất: các tệp không mở được sẽ được để riêng trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="68"/>
        <source>Restore the newest backup with the recovery key from the Recovery Kit: the files that do not open are kept aside in the data folder, not deleted.</source>
        <translation>Hãy khôi phục bản sao lưu mới nhất bằng khoá khôi phục trong Bộ khôi phục: các tệp không mở được sẽ được để riêng trong thư mục dữ liệu, không bị xoá.</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="72"/>
        <source>Open with the recovery key…</source>
        <translation>Mở bằng khoá khôi phục…</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../../ui/open_problem.py" line="74"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="172"/>
        <source>Enter your name.</source>
        <translation>Hãy nhập tên của bạn.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="177"/>
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="182"/>
        <source>Good PIN.</source>
        <translation>Mã PIN hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="189"/>
        <source>You, the owner</source>
        <translation>Bạn – chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="192"/>
        <source>Your PIN opens the owner&apos;s screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
        <translation>Mã PIN của bạn dùng để mở các màn hình dành cho chủ salon. Gồm 6 đến 12 chữ số; không dùng ngày tháng, dãy số liên tiếp như 123456 hay dãy lặp lại như 121212.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="196"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="199"/>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="197"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="200"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="198"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="201"/>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
</context>
<context>
    <name>OwnerRecoveryDialog</name>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="99"/>
        <source>Forgot your PIN? (owner)</source>
        <translation>Quên mã PIN? (chủ salon)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="102"/>
        <source>The recovery key on the Recovery Kit gives an owner their account back, with a new PIN, even after too many wrong PINs. Open the kit&apos;s PDF or the key&apos;s text file, or type the key as printed. Other staff ask the owner for a new PIN.</source>
        <translation>Khóa khôi phục trong Bộ khôi phục giúp chủ salon lấy lại tài khoản với mã PIN mới, kể cả sau khi nhập sai mã PIN quá nhiều lần. Hãy mở tệp PDF của Bộ khôi phục hoặc tệp văn bản chứa khóa, hoặc gõ khóa như trên bản in. Các nhân viên khác hãy nhờ chủ salon cấp mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="110"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="118"/>
        <source>Owner</source>
        <translation>Chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="111"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="112"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="119"/>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="113"/>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="120"/>
        <source>New PIN again</source>
        <translation>Nhập lại mã PIN mới</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/owner_recovery_dialog.py" line="121"/>
        <source>Recover access</source>
        <translation>Khôi phục quyền truy cập</translation>
    </message>
</context>
<context>
    <name>PatchResultDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="210"/>
        <source>Patch test result</source>
        <translation>Kết quả thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="215"/>
        <source>%1, tested on %2</source>
        <translation>%1, thử ngày %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="218"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="221"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="158"/>
        <source>Record a patch test</source>
        <translation>Ghi nhận thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="169"/>
        <source>e.g. Wella Koleston 7/0</source>
        <translation>ví dụ Wella Koleston 7/0</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="173"/>
        <source>Tested on</source>
        <translation>Ngày thử</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="174"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="175"/>
        <source>Batch</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="179"/>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="180"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="61"/>
        <source>Tested on</source>
        <translation>Ngày thử</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="62"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="63"/>
        <source>Batch</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="64"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="65"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="66"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="71"/>
        <source>Record a patch test…</source>
        <translation>Ghi nhận thử dị ứng…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="73"/>
        <source>Set result…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="77"/>
        <source>Details of patch tests are for owners and technicians.</source>
        <translation>Chi tiết thử dị ứng chỉ dành cho chủ salon và kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/patch_tests.py" line="97"/>
        <source>Patch test: %1</source>
        <translation>Thử dị ứng: %1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../../ui/audit_details.py" line="46"/>
        <source>find clients</source>
        <translation>tìm khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="47"/>
        <source>see contact details</source>
        <translation>xem thông tin liên hệ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="48"/>
        <source>see masked contact details</source>
        <translation>xem thông tin liên hệ đã che một phần</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="49"/>
        <source>change contact details</source>
        <translation>sửa thông tin liên hệ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="50"/>
        <source>see health details</source>
        <translation>xem thông tin sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="51"/>
        <source>change health details</source>
        <translation>sửa thông tin sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="52"/>
        <source>see whether a client has health alerts</source>
        <translation>xem khách hàng có cảnh báo sức khỏe hay không</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="53"/>
        <source>see treatment details</source>
        <translation>xem chi tiết lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="54"/>
        <source>see treatment dates and services</source>
        <translation>xem ngày và tên dịch vụ của các lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="55"/>
        <source>add treatments</source>
        <translation>thêm lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="56"/>
        <source>edit any treatment</source>
        <translation>sửa mọi lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="57"/>
        <source>edit their own treatment within 24 hours</source>
        <translation>sửa lượt dịch vụ của chính mình trong vòng 24 giờ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="58"/>
        <source>see patch tests</source>
        <translation>xem thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="59"/>
        <source>record patch tests</source>
        <translation>ghi nhận thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="60"/>
        <source>see patch-test status</source>
        <translation>xem tình trạng thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="61"/>
        <source>see or add photos</source>
        <translation>xem hoặc thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="62"/>
        <source>see scanned papers</source>
        <translation>xem giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="63"/>
        <source>add or remove scanned papers</source>
        <translation>thêm hoặc xóa giấy tờ đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="64"/>
        <source>see scanned health papers</source>
        <translation>xem giấy tờ sức khỏe đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="65"/>
        <source>add or remove scanned health papers</source>
        <translation>thêm hoặc xóa giấy tờ sức khỏe đã quét</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="66"/>
        <source>record consent</source>
        <translation>ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="67"/>
        <source>print consent forms</source>
        <translation>in phiếu đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="68"/>
        <source>withdraw consent</source>
        <translation>rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="69"/>
        <source>run a backup</source>
        <translation>chạy sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="70"/>
        <source>restore a backup</source>
        <translation>khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="71"/>
        <source>export records</source>
        <translation>xuất hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="72"/>
        <source>import clients from a spreadsheet</source>
        <translation>nhập khách hàng từ bảng tính</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="73"/>
        <source>erase a client</source>
        <translation>xóa vĩnh viễn khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="74"/>
        <source>merge two clients&apos; records</source>
        <translation>gộp hồ sơ của hai khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="75"/>
        <source>purge records past retention</source>
        <translation>xóa hồ sơ quá hạn lưu giữ</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="76"/>
        <source>manage staff accounts</source>
        <translation>quản lý tài khoản nhân viên</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="77"/>
        <source>change settings</source>
        <translation>đổi cài đặt</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="78"/>
        <source>change how the vault is unlocked</source>
        <translation>đổi cách mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="79"/>
        <source>edit consent templates</source>
        <translation>sửa mẫu văn bản đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="80"/>
        <source>read the activity log</source>
        <translation>xem nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="81"/>
        <source>keep the incident register</source>
        <translation>quản lý sổ sự cố</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="82"/>
        <source>see recall lists</source>
        <translation>xem danh sách nhắc lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="83"/>
        <source>mark recall lists</source>
        <translation>đánh dấu danh sách nhắc lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/audit_details.py" line="84"/>
        <source>hand the screen to a client for a consultation form</source>
        <translation>đưa màn hình cho khách hàng để điền phiếu tư vấn</translation>
    </message>
</context>
<context>
    <name>PhoneRows</name>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="33"/>
        <source>mobile</source>
        <translation>di động</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="34"/>
        <source>home</source>
        <translation>nhà riêng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="35"/>
        <source>work</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="36"/>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="92"/>
        <source>Add a number</source>
        <translation>Thêm số</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="172"/>
        <source>Phone number %1</source>
        <translation>Số điện thoại %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="173"/>
        <source>Kind of phone number %1</source>
        <translation>Loại số điện thoại %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="174"/>
        <source>Move number %1 up</source>
        <translation>Chuyển số %1 lên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="175"/>
        <source>Move number %1 down</source>
        <translation>Chuyển số %1 xuống</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="176"/>
        <source>Remove number %1</source>
        <translation>Xóa số %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="182"/>
        <source>A client has at most %1 numbers.</source>
        <translation>Mỗi khách hàng có tối đa %1 số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/phone_rows.py" line="186"/>
        <source>The first number is the main one</source>
        <translation>Số đầu tiên là số chính</translation>
    </message>
</context>
<context>
    <name>PhotoViewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="75"/>
        <source>Compare before and after</source>
        <translation>So sánh trước và sau</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="77"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photo_view.py" line="101"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
</context>
<context>
    <name>PhotosErrors</name>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="18"/>
        <source>The photo file is empty.</source>
        <translation>Tệp ảnh trống.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="22"/>
        <source>The file %1 could not be read (%2).</source>
        <translation>Không đọc được tệp %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="30"/>
        <source>The picture has too many pixels (more than %1 megapixels); take or export it at a normal camera resolution.</source>
        <translation>Ảnh có quá nhiều điểm ảnh (hơn %1 megapixel); hãy chụp hoặc xuất ảnh ở độ phân giải máy ảnh thông thường.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="38"/>
        <source>This file is not a photo SalonVault can read; use a JPEG, PNG or WebP picture.</source>
        <translation>SalonVault không đọc được tệp ảnh này; hãy dùng ảnh JPEG, PNG hoặc WebP.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="43"/>
        <source>The photo file is damaged or incomplete (was it still being copied?); nothing was stored.</source>
        <translation>Tệp ảnh bị hỏng hoặc không đầy đủ (có phải tệp vẫn đang được sao chép?); không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="48"/>
        <source>The photo&apos;s date is in the future.</source>
        <translation>Ngày của ảnh là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="52"/>
        <source>Open 1 to %1 photos at a time.</source>
        <translation>Mỗi lần mở từ 1 đến %1 ảnh.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="57"/>
        <source>There is no such photo.</source>
        <translation>Không có ảnh này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="60"/>
        <source>A photo is either &apos;before&apos; or &apos;after&apos;.</source>
        <translation>Ảnh phải là &apos;before&apos; (trước) hoặc &apos;after&apos; (sau).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="63"/>
        <source>That photo is not on this client&apos;s record.</source>
        <translation>Ảnh đó không có trong hồ sơ của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="66"/>
        <source>That treatment is not on this client&apos;s record.</source>
        <translation>Lượt dịch vụ đó không có trong hồ sơ của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/photos.py" line="71"/>
        <source>The photo file is larger than %1 MB; export it smaller or take it at a normal camera resolution.</source>
        <translation>Tệp ảnh lớn hơn %1 MB; hãy xuất ảnh nhỏ hơn hoặc chụp ở độ phân giải máy ảnh thông thường.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="85"/>
        <source>Record photo consent…</source>
        <translation>Ghi nhận sự đồng ý chụp ảnh…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="87"/>
        <source>Withdraw photo consent…</source>
        <translation>Rút lại sự đồng ý chụp ảnh…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="93"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="94"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="95"/>
        <source>Before or after</source>
        <translation>Trước hay sau</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="97"/>
        <location filename="../../../ui/dialogs/photos_panel.py" line="123"/>
        <source>Treatment</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="98"/>
        <source>Add photo from file…</source>
        <translation>Thêm ảnh từ tệp…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="100"/>
        <source>Import from camera folder…</source>
        <translation>Nhập từ thư mục máy ảnh…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="103"/>
        <source>Compare before and after…</source>
        <translation>So sánh trước và sau…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="105"/>
        <source>Remove photo…</source>
        <translation>Xóa ảnh…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="107"/>
        <source>No photos yet.</source>
        <translation>Chưa có ảnh nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="134"/>
        <source>Photos by treatment</source>
        <translation>Ảnh theo dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="169"/>
        <source>Photo consent: given.</source>
        <translation>Sự đồng ý chụp ảnh: đã có.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="173"/>
        <source>Photo consent: not recorded. Before/after photos can be taken and kept only after the client agrees.</source>
        <translation>Sự đồng ý chụp ảnh: chưa ghi nhận. Chỉ được chụp và lưu ảnh trước/sau khi khách hàng đã đồng ý.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="196"/>
        <source>Photo consent recorded.</source>
        <translation>Đã ghi nhận sự đồng ý chụp ảnh.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="200"/>
        <source>The client refused photos; the refusal is recorded.</source>
        <translation>Khách hàng từ chối chụp ảnh; việc từ chối đã được ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="206"/>
        <source>Withdraw photo consent</source>
        <translation>Rút lại sự đồng ý chụp ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="208"/>
        <source>Withdraw the client&apos;s photo consent? %n photo(s) of this client will be deleted from the vault now. This cannot be undone.</source>
        <translation>
            <numerusform>Rút lại sự đồng ý chụp ảnh của khách hàng? %n ảnh của khách hàng này sẽ bị xóa khỏi kho dữ liệu ngay bây giờ. Không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="227"/>
        <source>Photo consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Đã rút lại sự đồng ý chụp ảnh; đã xóa %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="270"/>
        <source>No treatment</source>
        <translation>Không gắn dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="291"/>
        <source>%1 (no treatment)</source>
        <translation>%1 (không gắn dịch vụ)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="334"/>
        <source>Choose photos</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="335"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="381"/>
        <source>Adding photos…</source>
        <translation>Đang thêm ảnh…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="391"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n ảnh.</numerusform>
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
        <translation>Đã thêm %1 nhưng không xóa được tệp gốc (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/photos_panel.py" line="462"/>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/photos_panel.py" line="463"/>
        <source>Remove %n photo(s) from the vault? This cannot be undone.</source>
        <translation>
            <numerusform>Xóa %n ảnh khỏi kho dữ liệu? Không thể hoàn tác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinErrors</name>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="18"/>
        <source>A PIN has digits only.</source>
        <translation>Mã PIN chỉ gồm chữ số.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="22"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Mã PIN gồm từ %1 đến %2 chữ số.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="28"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation>Mã PIN không được chỉ là một chữ số lặp lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="31"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation>Mã PIN không được là dãy số liên tiếp như 123456 hay 987654.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="34"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation>Mã PIN không được lặp lại một nhóm số ngắn như 121212 hay 123123.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="37"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation>Mã PIN này quá phổ biến; hãy chọn mã khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/pin.py" line="40"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation>Mã PIN không được giống ngày tháng (người khác thường đoán ngày sinh đầu tiên).</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="97"/>
        <location filename="../../../ui/widgets/pin_pad.py" line="98"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="99"/>
        <source>Delete last digit</source>
        <translation>Xóa số cuối</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="100"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/pin_pad.py" line="101"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../../ui/pin_messages.py" line="14"/>
        <source>A PIN has digits only.</source>
        <translation>Mã PIN chỉ gồm chữ số.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="16"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Mã PIN gồm từ %1 đến %2 chữ số.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="19"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation>Mã PIN không được chỉ là một chữ số lặp lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="21"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation>Mã PIN không được là dãy số liên tiếp như 123456 hay 987654.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="25"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation>Mã PIN không được lặp lại một nhóm số ngắn như 121212 hay 123123.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="29"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation>Mã PIN này quá phổ biến; hãy chọn mã khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/pin_messages.py" line="32"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation>Mã PIN không được giống ngày tháng (người khác thường đoán ngày sinh đầu tiên).</translation>
    </message>
</context>
<context>
    <name>PinnedNotesPanel</name>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="67"/>
        <source>Pin a short note: prefers Anna, always 10 minutes late…</source>
        <translation>Ghim một ghi chú ngắn: thích Anna làm, luôn đến trễ 10 phút…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="69"/>
        <source>New pinned note</source>
        <translation>Ghi chú ghim mới</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="71"/>
        <source>&amp;Pin</source>
        <translation>&amp;Ghim</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="77"/>
        <source>Every role sees pinned notes: no health details here (those go under Health).</source>
        <translation>Mọi vai trò đều thấy ghi chú ghim: không ghi thông tin sức khỏe ở đây (hãy ghi vào mục Sức khỏe).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="129"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="137"/>
        <source>Remove this pinned note</source>
        <translation>Bỏ ghim ghi chú này</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="138"/>
        <source>Remove the pinned note: %1</source>
        <translation>Bỏ ghim ghi chú: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="152"/>
        <source>Type the note first.</source>
        <translation>Hãy nhập ghi chú trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="172"/>
        <source>Remove pinned note</source>
        <translation>Bỏ ghim ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/pinned_notes_panel.py" line="173"/>
        <source>Remove the pinned note “%1” from the card?</source>
        <translation>Bỏ ghim ghi chú “%1” khỏi thẻ khách hàng?</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../../ui/pages/placeholder.py" line="35"/>
        <source>This page is not ready yet; it comes in a later update of this version.</source>
        <translation>Trang này chưa sẵn sàng; trang sẽ có trong một bản cập nhật sau của phiên bản này.</translation>
    </message>
</context>
<context>
    <name>PrescriptionPaper</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="67"/>
        <source>Prescription &amp;paper</source>
        <translation>&amp;Bản in đơn kính</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="70"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="71"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="87"/>
        <source>The prescription was sent to the printer.</source>
        <translation>Đơn kính đã được gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="95"/>
        <source>Save the prescription as PDF</source>
        <translation>Lưu đơn kính thành PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="96"/>
        <source>prescription-%1.pdf</source>
        <translation>prescription-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="106"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="335"/>
        <source>Only rows that are not simply new clients</source>
        <translation>Chỉ các dòng không đơn thuần là khách mới</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="336"/>
        <source>For the selected rows:</source>
        <translation>Với các dòng đã chọn:</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="337"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="338"/>
        <source>Update the client already registered</source>
        <translation>Cập nhật khách đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="339"/>
        <source>Create anyway</source>
        <translation>Vẫn tạo mới</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../../ui/print_actions.py" line="61"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s records. Save it only where those records may be kept, and delete it when it is no longer needed.</source>
        <translation>Tệp được lưu không được mã hóa: nó mang hồ sơ của khách ra khỏi kho dữ liệu. Chỉ lưu ở nơi được phép giữ các hồ sơ này, và xóa tệp khi không còn cần.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ui/printing.py" line="21"/>
        <source>The printer could not be opened.</source>
        <translation>Không mở được máy in.</translation>
    </message>
</context>
<context>
    <name>PrivacyErrors</name>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="18"/>
        <source>A time needs its time zone.</source>
        <translation>Thời điểm cần có múi giờ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="23"/>
        <source>The impact-assessment draft is for a salon in China or Vietnam; the salon&apos;s country is %1.</source>
        <translation>Bản dự thảo đánh giá tác động chỉ dành cho salon ở Trung Quốc hoặc Việt Nam; quốc gia của salon là %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="30"/>
        <source>A notice goes to the authority or to clients.</source>
        <translation>Thông báo được gửi đến cơ quan chức năng hoặc đến khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="33"/>
        <source>There is no such incident in the register.</source>
        <translation>Không có sự cố này trong sổ sự cố.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="36"/>
        <source>Describe what happened.</source>
        <translation>Hãy mô tả chuyện gì đã xảy ra.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="39"/>
        <source>The discovery cannot be in the future.</source>
        <translation>Thời điểm phát hiện không thể ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="42"/>
        <source>An incident happens before it is discovered.</source>
        <translation>Sự cố phải xảy ra trước khi được phát hiện.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="45"/>
        <source>Choose at least one kind of data.</source>
        <translation>Hãy chọn ít nhất một loại dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="48"/>
        <source>Give the first registration date.</source>
        <translation>Hãy nhập ngày đăng ký đầu tiên của khoảng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="51"/>
        <source>Give the last registration date.</source>
        <translation>Hãy nhập ngày đăng ký cuối cùng của khoảng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="54"/>
        <source>The range ends before it starts.</source>
        <translation>Khoảng thời gian kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="57"/>
        <source>Give the number of clients concerned (your best estimate).</source>
        <translation>Hãy nhập số khách hàng liên quan (ước tính tốt nhất của bạn).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="60"/>
        <source>The authority is notified after the discovery.</source>
        <translation>Cơ quan chức năng được thông báo sau khi phát hiện sự cố.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="63"/>
        <source>The notification cannot be in the future.</source>
        <translation>Thời điểm thông báo không thể ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="67"/>
        <source>A retention period is between 1 and %1 years.</source>
        <translation>Thời hạn lưu giữ từ 1 đến %1 năm.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/privacy.py" line="73"/>
        <source>The report language is one of %1.</source>
        <translation>Ngôn ngữ của báo cáo phải là một trong: %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="45"/>
        <source>Retention</source>
        <translation>Lưu giữ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="46"/>
        <source>Exports</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="47"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy_page.py" line="48"/>
        <source>Record of processing</source>
        <translation>Hồ sơ xử lý dữ liệu</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="83"/>
        <source>Save the record of processing</source>
        <translation>Lưu hồ sơ xử lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="85"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds no client&apos;s details, only the salon&apos;s name, address, settings and rules.</source>
        <translation>Tệp được lưu không mã hóa: nó rời khỏi kho dữ liệu. Tệp không chứa thông tin khách hàng nào, chỉ có tên, địa chỉ, cài đặt và quy tắc của salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="99"/>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="112"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="103"/>
        <source>Save the impact-assessment draft</source>
        <translation>Lưu bản dự thảo đánh giá tác động</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="127"/>
        <source>The record of processing activities is made from the salon&apos;s settings, under the law of the salon&apos;s country: the consent purposes switched on, the client fields collected, the recipients listed in Settings, the retention rules and what SalonVault does to protect the records. It is in the salon&apos;s language; complete the parts in [square brackets] on paper.</source>
        <translation>Hồ sơ xử lý dữ liệu được lập từ cài đặt của salon, theo pháp luật của quốc gia nơi salon hoạt động: các mục đích xin đồng ý đang bật, các thông tin khách hàng được thu thập, các bên nhận được liệt kê trong Cài đặt, các quy tắc lưu giữ và những gì SalonVault làm để bảo vệ hồ sơ. Hồ sơ được lập bằng ngôn ngữ của salon; hãy điền các phần trong [ngoặc vuông] trên bản giấy.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="138"/>
        <source>A duty under China&apos;s PIPL (Art. 55-56): before keeping health data, carry out a personal information protection impact assessment, and keep it and this record for at least 3 years. SalonVault drafts it from the same facts.</source>
        <translation>Nghĩa vụ theo PIPL của Trung Quốc (Điều 55-56): trước khi lưu giữ dữ liệu sức khỏe, phải thực hiện đánh giá tác động bảo vệ thông tin cá nhân, và lưu giữ bản đánh giá đó cùng hồ sơ này trong ít nhất 3 năm. SalonVault lập bản dự thảo đánh giá từ chính các dữ kiện đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="146"/>
        <source>A duty under Vietnam&apos;s Personal Data Protection Law (91/2025/QH15): keep a personal data processing impact-assessment dossier. SalonVault drafts it from the same facts; check it against the form in force.</source>
        <translation>Nghĩa vụ theo Luật Bảo vệ dữ liệu cá nhân của Việt Nam (91/2025/QH15): lập và lưu giữ hồ sơ đánh giá tác động xử lý dữ liệu cá nhân. SalonVault lập bản dự thảo hồ sơ từ chính các dữ kiện đó; hãy đối chiếu với biểu mẫu đang có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="151"/>
        <source>Save the impact-assessment &amp;draft…</source>
        <translation>Lưu bản &amp;dự thảo đánh giá tác động…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/processing_tab.py" line="152"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="71"/>
        <source>Change details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="101"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Phones</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="108"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="109"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="110"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="115"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="119"/>
        <source>Serving this client</source>
        <translation>Khi phục vụ khách hàng này</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="121"/>
        <source>Minor (under 18)</source>
        <translation>Vị thành niên (dưới 18 tuổi)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="123"/>
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="127"/>
        <source>Hair</source>
        <translation>Tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="128"/>
        <source>Skin</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="129"/>
        <source>Lashes</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="135"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="136"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="149"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="165"/>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Bring back</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="167"/>
        <source>Archive…</source>
        <translation>Lưu trữ…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="185"/>
        <source>Archive %1? The client leaves everyday search; nothing is deleted and you can bring them back at any time.</source>
        <translation>Lưu trữ %1? Khách hàng sẽ không hiện trong tìm kiếm hằng ngày; không có gì bị xóa và bạn có thể khôi phục bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="189"/>
        <source>Bring %1 back into everyday search?</source>
        <translation>Đưa %1 trở lại tìm kiếm hằng ngày?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/profile.py" line="192"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="64"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="73"/>
        <source>The client must a&amp;nswer it</source>
        <translation>Khách hàng &amp;bắt buộc phải trả lời</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="84"/>
        <source>Red-flag answers: Space ticks one</source>
        <translation>Câu trả lời là dấu hiệu nguy cơ: phím cách đánh dấu một câu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="87"/>
        <source>A red flag st&amp;ops the service until it is reviewed</source>
        <translation>Dấu hiệu nguy cơ chặn dịch vụ cho đến khi được &amp;rà soát</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="111"/>
        <source>Question te&amp;xt</source>
        <translation>Nội &amp;dung câu hỏi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="112"/>
        <source>&amp;Answer</source>
        <translation>&amp;Kiểu trả lời</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="113"/>
        <source>&amp;Choices</source>
        <translation>Các lự&amp;a chọn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="114"/>
        <source>&amp;Red-flag answers</source>
        <translation>Câu trả lời là dấu hiệu &amp;nguy cơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="115"/>
        <source>Health a&amp;lert</source>
        <translation>Cảnh báo &amp;sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="132"/>
        <source>yes or no</source>
        <translation>có hoặc không</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="133"/>
        <source>one of several answers</source>
        <translation>một trong nhiều câu trả lời</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="134"/>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="135"/>
        <source>a date</source>
        <translation>ngày tháng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="136"/>
        <source>a number</source>
        <translation>số</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="143"/>
        <source>(no words yet)</source>
        <translation>(chưa có nội dung)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="144"/>
        <source>%1 (not written in this language)</source>
        <translation>%1 (chưa viết bằng ngôn ngữ này)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="171"/>
        <source>One answer a line, in the same order in every language.</source>
        <translation>Mỗi dòng một câu trả lời, theo cùng thứ tự trong mọi ngôn ngữ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="173"/>
        <source>Only a question answered with one of several answers has choices.</source>
        <translation>Chỉ câu hỏi có kiểu trả lời “một trong nhiều câu trả lời” mới có các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="204"/>
        <source>Only yes-or-no and choice answers can be red flags.</source>
        <translation>Chỉ câu trả lời có/không và câu trả lời lựa chọn mới có thể là dấu hiệu nguy cơ.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/form_question_page.py" line="206"/>
        <source>Tick a red-flag answer first: the alert and the stop follow it.</source>
        <translation>Hãy đánh dấu một câu trả lời là dấu hiệu nguy cơ trước: cảnh báo và việc chặn dịch vụ đi theo câu trả lời đó.</translation>
    </message>
</context>
<context>
    <name>RecallSettingsBox</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/recall_settings_box.py" line="77"/>
        <source>Saved: lapsed clients are now those with no visit for %n month(s).</source>
        <translation>
            <numerusform>Đã lưu: từ nay khách lâu không quay lại là khách không đến trong %n tháng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="90"/>
        <source>Recall list</source>
        <translation>Danh sách nhắc lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="93"/>
        <source>A client with no visit for this many months shows on the Recalls page under lapsed clients, for reception to call back.</source>
        <translation>Khách hàng không đến trong số tháng này sẽ hiện trên trang Nhắc lịch, ở mục Khách lâu không quay lại, để lễ tân gọi lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="97"/>
        <source>&amp;Months without a visit:</source>
        <translation>Số &amp;tháng không đến:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="98"/>
        <source>Months without a visit before a client is lapsed</source>
        <translation>Số tháng không đến trước khi khách bị coi là lâu không quay lại</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="99"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recall_settings_box.py" line="100"/>
        <source>Save the months for lapsed clients</source>
        <translation>Lưu số tháng cho khách lâu không quay lại</translation>
    </message>
</context>
<context>
    <name>Recalls</name>
    <message>
        <location filename="../../../ui/recall_labels.py" line="13"/>
        <source>Eye test due</source>
        <translation>Đến hạn đo mắt</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="14"/>
        <source>Contact-lens aftercare due</source>
        <translation>Đến hạn tái khám kính áp tròng</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="17"/>
        <source>Patch test running out</source>
        <translation>Thử dị ứng sắp hết hiệu lực</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="18"/>
        <source>Lapsed clients</source>
        <translation>Khách lâu không quay lại</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="19"/>
        <source>Birthdays</source>
        <translation>Sinh nhật</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="26"/>
        <source>Called</source>
        <translation>Đã gọi</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="27"/>
        <source>Booked</source>
        <translation>Đã đặt lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="28"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="35"/>
        <source>No consent to contact for this</source>
        <translation>Khách chưa đồng ý được liên hệ về việc này</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="38"/>
        <source>No phone number on file</source>
        <translation>Chưa có số điện thoại</translation>
    </message>
    <message>
        <location filename="../../../ui/recall_labels.py" line="39"/>
        <source>Contact details not shown to your role</source>
        <translation>Vai trò của bạn không được xem thông tin liên hệ</translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="203"/>
        <source>Every list</source>
        <translation>Tất cả danh sách</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recalls_page.py" line="271"/>
        <source>%n line(s) to work through</source>
        <translation>
            <numerusform>%n dòng cần xử lý</numerusform>
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
        <translation>Việc đánh dấu dòng dành cho nhân viên liên hệ với khách hàng (chủ salon, lễ tân).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="366"/>
        <source>Choose a line in the list to mark it or open the card.</source>
        <translation>Hãy chọn một dòng trong danh sách để đánh dấu hoặc mở thẻ khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="388"/>
        <source>Clients to call or write to because something is due. A phone number shows only where the client agreed to that kind of contact. Marked booked, or not now until a day, a line leaves the list.</source>
        <translation>Những khách hàng cần gọi điện hoặc nhắn tin vì có việc đến hạn. Số điện thoại chỉ hiện khi khách hàng đã đồng ý với hình thức liên hệ đó. Dòng nào được đánh dấu “Đã đặt lịch”, hoặc “Để sau” đến một ngày nhất định, sẽ rời khỏi danh sách.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="393"/>
        <source>&amp;List:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="394"/>
        <source>D&amp;ue by:</source>
        <translation>Đến &amp;hạn trước:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="395"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="398"/>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="399"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="400"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="401"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="402"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="403"/>
        <source>Marked</source>
        <translation>Đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="406"/>
        <source>Show more</source>
        <translation>Hiện thêm</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="407"/>
        <source>&amp;Called</source>
        <translation>Đã &amp;gọi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="408"/>
        <source>&amp;Booked</source>
        <translation>Đã đặt &amp;lịch</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="409"/>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="410"/>
        <source>until t&amp;he day:</source>
        <translation>đến &amp;ngày:</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recalls_page.py" line="411"/>
        <source>&amp;Open card</source>
        <translation>&amp;Mở thẻ khách hàng</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="138"/>
        <source>Saved. The privacy notice, the record of processing and the data reports name these recipients from now on.</source>
        <translation>Đã lưu. Từ nay, thông báo về quyền riêng tư, hồ sơ xử lý dữ liệu và báo cáo dữ liệu sẽ nêu tên các bên nhận này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="125"/>
        <source>Choose a row in the list first, then remove it.</source>
        <translation>Hãy chọn một dòng trong danh sách trước, rồi xóa dòng đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="168"/>
        <source>Recipients and transfers abroad</source>
        <translation>Bên nhận dữ liệu và chuyển dữ liệu ra nước ngoài</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="171"/>
        <source>SalonVault itself sends client data nowhere. List here whom the salon passes client data to: an SMS provider, messaging apps (Zalo, WeChat, WhatsApp …), an accountant, an IT helper. The privacy notice, the record of processing and the data report name them.</source>
        <translation>Bản thân SalonVault không gửi dữ liệu khách hàng đi đâu cả. Hãy liệt kê ở đây những bên mà salon chuyển dữ liệu khách hàng cho: nhà cung cấp dịch vụ SMS, ứng dụng nhắn tin (Zalo, WeChat, WhatsApp …), kế toán, người hỗ trợ tin học. Thông báo về quyền riêng tư, hồ sơ xử lý dữ liệu và báo cáo dữ liệu sẽ nêu tên các bên này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="179"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="180"/>
        <source>What it receives the data for</source>
        <translation>Mục đích nhận dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="181"/>
        <source>Country (code)</source>
        <translation>Quốc gia (mã)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="182"/>
        <source>Safeguard, if abroad</source>
        <translation>Biện pháp bảo vệ, nếu ở nước ngoài</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="187"/>
        <source>A recipient in another country than the salon&apos;s is a transfer abroad; say what protects it (contract clauses, the client&apos;s consent …).</source>
        <translation>Bên nhận ở quốc gia khác với quốc gia của salon là chuyển dữ liệu ra nước ngoài; hãy nêu biện pháp bảo vệ (điều khoản hợp đồng, sự đồng ý của khách hàng …).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="191"/>
        <source>&amp;Add a recipient</source>
        <translation>&amp;Thêm bên nhận</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="192"/>
        <source>&amp;Remove the row</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recipients_box.py" line="193"/>
        <source>&amp;Save the list</source>
        <translation>&amp;Lưu danh sách</translation>
    </message>
</context>
<context>
    <name>RecordDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="135"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="138"/>
        <source>&amp;Correct…</source>
        <translation>Đính &amp;chính…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_detail.py" line="177"/>
        <source>Record: %1, %2</source>
        <translation>Hồ sơ: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/record_detail.py" line="183"/>
        <source>%n earlier version(s) kept from changes.</source>
        <translation>
            <numerusform>Đã giữ %n phiên bản trước từ các lần sửa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="79"/>
        <source>Add record: %1</source>
        <translation>Thêm hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="80"/>
        <source>Change record: %1</source>
        <translation>Sửa hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="81"/>
        <source>Correct record: %1</source>
        <translation>Đính chính hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="104"/>
        <source>Write the cylinder as the examiner wrote it, minus or plus; the card and the paper show it in the salon&apos;s notation (%1).</source>
        <translation>Ghi độ trụ đúng như người khám đã ghi, âm hoặc dương; thẻ khách hàng và bản in đơn kính sẽ hiển thị theo cách ghi của salon (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="179"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/record_dialog.py" line="227"/>
        <source>Your unsaved record was kept while the screen was locked.</source>
        <translation>Hồ sơ chưa lưu của bạn đã được giữ lại trong lúc màn hình bị khóa.</translation>
    </message>
</context>
<context>
    <name>RecordInputs</name>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="190"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_inputs.py" line="191"/>
        <source>No</source>
        <translation>Không</translation>
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
        <translation>Chọn ngày</translation>
    </message>
</context>
<context>
    <name>RecordTemplatesBox</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="159"/>
        <source>Record templates</source>
        <translation>Mẫu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="169"/>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="170"/>
        <source>Kept for</source>
        <translation>Lưu cho</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="171"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="172"/>
        <source>Made by</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="173"/>
        <source>On</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="174"/>
        <source>Offered with</source>
        <translation>Dùng với</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="186"/>
        <source>Switch &amp;on or off</source>
        <translation>&amp;Bật hoặc tắt</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="189"/>
        <source>Co&amp;py…</source>
        <translation>Sao ché&amp;p…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="192"/>
        <source>&amp;Fields…</source>
        <translation>&amp;Trường…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="194"/>
        <source>&amp;Services…</source>
        <translation>&amp;Dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="241"/>
        <source>the client&apos;s card</source>
        <translation>thẻ khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="244"/>
        <source>every treatment</source>
        <translation>mọi lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>the client</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="248"/>
        <source>a treatment</source>
        <translation>lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>built in</source>
        <translation>có sẵn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="250"/>
        <source>the salon</source>
        <translation>salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="251"/>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="283"/>
        <source>A built-in template changes only with the program: copy it to add fields.</source>
        <translation>Mẫu có sẵn chỉ thay đổi theo chương trình: hãy sao chép mẫu để thêm trường.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="286"/>
        <source>A record kept for the client is offered on the card.</source>
        <translation>Hồ sơ lưu cho khách hàng được thêm từ thẻ khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="302"/>
        <source>%1 is off and no longer listed: an optician&apos;s templates are listed when the salon&apos;s kinds include Optician (Salon tab).</source>
        <translation>%1 đã tắt và không còn trong danh sách: mẫu hồ sơ của cửa hàng kính mắt chỉ hiện khi loại hình kinh doanh của salon có Cửa hàng kính mắt (tab Salon).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="315"/>
        <source>%1 (ours)</source>
        <translation>%1 (của salon)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="318"/>
        <source>Copy a template</source>
        <translation>Sao chép mẫu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="319"/>
        <source>Name of the copy</source>
        <translation>Tên của bản sao</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="332"/>
        <source>Copied as %1: add fields to it with Fields…</source>
        <translation>Đã sao chép thành %1: thêm trường cho mẫu này bằng nút Trường…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="348"/>
        <source>%1: version %2 saved.</source>
        <translation>%1: đã lưu phiên bản %2.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="88"/>
        <source>%1 · recorded by %2 · template version %3</source>
        <translation>%1 · người ghi: %2 · phiên bản mẫu %3</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="95"/>
        <source>This record corrects an earlier one.</source>
        <translation>Hồ sơ này đính chính một hồ sơ trước đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="98"/>
        <source>Corrected later: the newest correction stands.</source>
        <translation>Đã được đính chính sau đó: bản đính chính mới nhất có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="103"/>
        <source>Some values are health data: they are shown to the owner and the technicians only.</source>
        <translation>Một số giá trị là dữ liệu sức khỏe: chỉ chủ salon và kỹ thuật viên mới xem được.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="112"/>
        <source>Set off: what changed since the previous record of this kind.</source>
        <translation>Phần được làm nổi bật: những gì đã thay đổi so với hồ sơ trước cùng loại.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="195"/>
        <source>Shown in %1 notation.</source>
        <translation>Hiển thị theo cách ghi %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="233"/>
        <source>changed since the previous record</source>
        <translation>đã thay đổi so với hồ sơ trước</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/record_view.py" line="239"/>
        <source>health data, not shown</source>
        <translation>dữ liệu sức khỏe, không hiển thị</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../../../ui/record_words.py" line="59"/>
        <source>Plus cylinder</source>
        <translation>Độ trụ dương</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="60"/>
        <source>Minus cylinder</source>
        <translation>Độ trụ âm</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="65"/>
        <source>Decimal (1.0)</source>
        <translation>Thập phân (1.0)</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="66"/>
        <source>Metres (6/6)</source>
        <translation>Mét (6/6)</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="67"/>
        <source>Feet (20/20)</source>
        <translation>Feet (20/20)</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="78"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="79"/>
        <source>Choice</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="80"/>
        <source>Several choices</source>
        <translation>Nhiều lựa chọn</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="81"/>
        <source>Yes or no</source>
        <translation>Có hoặc không</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="82"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="83"/>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="84"/>
        <source>Visual acuity</source>
        <translation>Thị lực</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="85"/>
        <source>Right and left eye</source>
        <translation>Mắt phải và mắt trái</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="86"/>
        <source>Zones</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="153"/>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="154"/>
        <source>Write a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="158"/>
        <source>At least %1 %2.</source>
        <translation>Tối thiểu %1 %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="159"/>
        <source>At least %1.</source>
        <translation>Tối thiểu %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="163"/>
        <source>At most %1 %2.</source>
        <translation>Tối đa %1 %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="164"/>
        <source>At most %1.</source>
        <translation>Tối đa %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="168"/>
        <source>In steps of %1 %2.</source>
        <translation>Theo bước %1 %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="169"/>
        <source>In steps of %1.</source>
        <translation>Theo bước %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="173"/>
        <source>Choose one of: %1.</source>
        <translation>Hãy chọn một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="176"/>
        <source>Choose yes or no.</source>
        <translation>Hãy chọn có hoặc không.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="179"/>
        <source>Write a date as YYYY-MM-DD.</source>
        <translation>Hãy ghi ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="182"/>
        <source>This date cannot be in the future.</source>
        <translation>Ngày này không thể ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="186"/>
        <source>At most %1 characters.</source>
        <translation>Tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="189"/>
        <source>Write a decimal acuity (0.01 to 2.5), or 6/x or 20/x.</source>
        <translation>Hãy ghi thị lực dạng thập phân (0.01 đến 2.5), hoặc 6/x hoặc 20/x.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="193"/>
        <source>Needed because %1 is given.</source>
        <translation>Bắt buộc vì đã nhập %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="196"/>
        <source>Give this only with %1.</source>
        <translation>Chỉ nhập mục này khi có %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="199"/>
        <source>Needed when %1 is %2.</source>
        <translation>Bắt buộc khi %1 là %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="202"/>
        <source>Only when %1 is %2; leave it empty.</source>
        <translation>Chỉ nhập khi %1 là %2; hãy để trống.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="207"/>
        <source>On or after %1.</source>
        <translation>Phải bằng hoặc sau %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="209"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation>Hãy nhập PD của từng mắt, hoặc PD hai mắt.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="213"/>
        <source>The two eyes&apos; PDs add up to %1 mm: the binocular PD is their sum.</source>
        <translation>PD của hai mắt cộng lại là %1 mm: PD hai mắt là tổng của chúng.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="227"/>
        <source>Receptionists see service records; adding and changing them is for the owner and the technicians.</source>
        <translation>Lễ tân xem được hồ sơ dịch vụ; việc thêm và sửa hồ sơ dành cho chủ salon và kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="233"/>
        <source>Someone else recorded this: only they (for 24 hours) or the owner may change it. Add a correction instead.</source>
        <translation>Người khác đã ghi hồ sơ này: chỉ người đó (trong 24 giờ) hoặc chủ salon được sửa. Hãy thêm một bản đính chính.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="239"/>
        <source>Locked: records can be changed for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation>Đã khóa: hồ sơ chỉ sửa được trong 24 giờ sau khi ghi, thời hạn đó đã hết lúc %1. Hãy thêm một bản đính chính; bản gốc vẫn ở trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../../ui/record_words.py" line="252"/>
        <source>You may change it until %1.</source>
        <translation>Bạn có thể sửa đến %1.</translation>
    </message>
</context>
<context>
    <name>RecordsErrors</name>
    <message>
        <location filename="../../../ui/error_text/records.py" line="18"/>
        <source>A template needs a name (at most 80 characters).</source>
        <translation>Mẫu cần có tên (tối đa 80 ký tự).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="22"/>
        <source>A template has 1 to %1 fields.</source>
        <translation>Một mẫu có từ 1 đến %1 trường.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="28"/>
        <source>A group has 1 to %1 parts.</source>
        <translation>Một nhóm có từ 1 đến %1 phần.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="34"/>
        <source>A zone grid has 1 to %1 zones.</source>
        <translation>Một lưới vùng có từ 1 đến %1 vùng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="39"/>
        <source>Zone keys are short, lower-case and unique.</source>
        <translation>Khóa vùng phải ngắn, viết thường và không trùng nhau.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="43"/>
        <source>A choice field has 1 to %1 different choices.</source>
        <translation>Một trường lựa chọn có từ 1 đến %1 lựa chọn khác nhau.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="49"/>
        <source>A text is at most %1 characters.</source>
        <translation>Một đoạn văn bản có tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="55"/>
        <source>The template is not well formed (%1).</source>
        <translation>Mẫu không đúng cấu trúc (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="60"/>
        <source>A copy keeps the built-in template&apos;s rules.</source>
        <translation>Bản sao giữ nguyên các quy tắc của mẫu có sẵn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="63"/>
        <source>Every field needs a label (at most 80 characters).</source>
        <translation>Mỗi trường cần có tên (tối đa 80 ký tự).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="66"/>
        <source>A group&apos;s parts are single values.</source>
        <translation>Các phần của một nhóm phải là giá trị đơn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="69"/>
        <source>A number&apos;s step is above zero.</source>
        <translation>Bước của một trường số phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="72"/>
        <source>A number&apos;s minimum is at most its maximum.</source>
        <translation>Giá trị tối thiểu của một trường số không được lớn hơn giá trị tối đa.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="76"/>
        <source>A rule names %1, which is not a field.</source>
        <translation>Một quy tắc nêu %1, nhưng đó không phải là một trường.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="82"/>
        <source>%1 is health data in the built-in template and stays marked so.</source>
        <translation>%1 là dữ liệu sức khỏe trong mẫu có sẵn và luôn được đánh dấu như vậy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="87"/>
        <source>Only a group has parts or zones.</source>
        <translation>Chỉ nhóm mới có phần hoặc vùng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="91"/>
        <source>%1 is yes or no.</source>
        <translation>%1 chỉ nhận có hoặc không.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="97"/>
        <source>%1: give its values row by row.</source>
        <translation>%1: hãy nhập giá trị theo từng dòng.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="103"/>
        <source>%1 is required.</source>
        <translation>%1 là bắt buộc.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="109"/>
        <source>%1 is a group, not a single value.</source>
        <translation>%1 là một nhóm, không phải một giá trị đơn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="115"/>
        <source>%1: write a decimal acuity (0.01 to 2.5) or 6/x or 20/x.</source>
        <translation>%1: hãy ghi thị lực dạng thập phân (0.01 đến 2.5) hoặc 6/x hoặc 20/x.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="121"/>
        <source>%1 is a number.</source>
        <translation>%1 phải là một số.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="127"/>
        <source>%1 cannot be in the future.</source>
        <translation>%1 không thể ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="132"/>
        <source>Give the PD of both eyes, or the binocular PD.</source>
        <translation>Hãy nhập PD của từng mắt, hoặc PD hai mắt.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="136"/>
        <source>%1 is a date (YYYY-MM-DD).</source>
        <translation>%1 phải là ngày tháng (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="141"/>
        <source>The record&apos;s date is in the future.</source>
        <translation>Ngày của hồ sơ là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="144"/>
        <source>There is no such record.</source>
        <translation>Không có hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="147"/>
        <source>There is no such record template.</source>
        <translation>Không có mẫu hồ sơ này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="150"/>
        <source>This record template is switched off.</source>
        <translation>Mẫu hồ sơ này đang bị tắt.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="153"/>
        <source>This client has no spectacle prescription on file.</source>
        <translation>Khách hàng này chưa có đơn kính nào được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="156"/>
        <source>That record is not one of this client&apos;s prescriptions.</source>
        <translation>Hồ sơ đó không phải là một đơn kính của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="159"/>
        <source>Choose one of this client&apos;s visits.</source>
        <translation>Hãy chọn một trong các lượt đến của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="162"/>
        <source>This record belongs to a visit: choose the visit.</source>
        <translation>Hồ sơ này thuộc về một lượt đến: hãy chọn lượt đến đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="165"/>
        <source>A built-in template changes only with the program; copy it to change it.</source>
        <translation>Mẫu có sẵn chỉ thay đổi theo chương trình; hãy sao chép mẫu để sửa.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="168"/>
        <source>Only a template for visits is offered per service.</source>
        <translation>Chỉ mẫu dùng cho lượt đến mới được gắn theo dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="171"/>
        <source>Choose minus or plus cylinders, and decimal, 6/x or 20/x acuity.</source>
        <translation>Hãy chọn độ trụ âm hoặc dương, và thị lực dạng thập phân, 6/x hoặc 20/x.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="175"/>
        <source>The template has no field %1.</source>
        <translation>Mẫu không có trường %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="181"/>
        <source>%1: there is no row %2.</source>
        <translation>%1: không có dòng %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="188"/>
        <source>%1: %2 needs its values by name.</source>
        <translation>%1: %2 cần các giá trị theo tên.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="195"/>
        <source>%1 has no part %2.</source>
        <translation>%1 không có phần %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="202"/>
        <source>%1 is at most %2 characters.</source>
        <translation>%1 có tối đa %2 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="209"/>
        <source>%1 is at least %2 %3.</source>
        <translation>%1 tối thiểu là %2 %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="217"/>
        <source>%1 is at least %2.</source>
        <translation>%1 tối thiểu là %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="224"/>
        <source>%1 is at most %2 %3.</source>
        <translation>%1 tối đa là %2 %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="232"/>
        <source>%1 is at most %2.</source>
        <translation>%1 tối đa là %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="239"/>
        <source>%1 goes in steps of %2 %3.</source>
        <translation>%1 tăng theo bước %2 %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="247"/>
        <source>%1 goes in steps of %2.</source>
        <translation>%1 tăng theo bước %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="254"/>
        <source>%1: %2 is not one of the choices.</source>
        <translation>%1: %2 không nằm trong các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="261"/>
        <source>%1 is needed with %2.</source>
        <translation>%1 là bắt buộc khi có %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="268"/>
        <source>%1 is given only with %2.</source>
        <translation>%1 chỉ được nhập khi có %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="275"/>
        <source>%1 is needed for %2.</source>
        <translation>%1 là bắt buộc đối với %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="282"/>
        <source>%1 is only for %2.</source>
        <translation>%1 chỉ dành cho %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="289"/>
        <source>%1 is on or after %2.</source>
        <translation>%1 phải bằng hoặc sau %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="296"/>
        <source>The binocular PD (%1) is not the two eyes&apos; PDs added (%2).</source>
        <translation>PD hai mắt (%1) không bằng tổng PD của từng mắt (%2).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="303"/>
        <source>Field keys are short, lower-case and unique (%1).</source>
        <translation>Khóa trường phải ngắn, viết thường và không trùng nhau (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/records.py" line="309"/>
        <source>This record can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation>Hồ sơ này không còn sửa được nữa (chỉ sửa được mục do chính mình ghi, trong vòng 24 giờ); hãy thêm một bản đính chính.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="67"/>
        <source>Service records, newest first</source>
        <translation>Hồ sơ dịch vụ, mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="70"/>
        <source>Service records: press Enter to open one</source>
        <translation>Hồ sơ dịch vụ: nhấn Enter để mở</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="109"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="112"/>
        <source>Add &amp;record</source>
        <translation>Thêm &amp;hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="171"/>
        <source>Changed values are set off in the record beside.</source>
        <translation>Các giá trị đã thay đổi được làm nổi bật trong hồ sơ bên cạnh.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="188"/>
        <source>No service records yet. A treatment&apos;s records (skin, lashes, laser, lenses) are added from the treatment; a spectacle prescription here.</source>
        <translation>Chưa có hồ sơ dịch vụ nào. Hồ sơ của một lượt dịch vụ (da, mi, laser, kính áp tròng) được thêm từ lượt dịch vụ đó; đơn kính thì thêm ở đây.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="192"/>
        <source>No service records yet. A treatment&apos;s records are added from the treatment.</source>
        <translation>Chưa có hồ sơ dịch vụ. Hồ sơ của một lần làm dịch vụ được thêm từ lần làm dịch vụ đó.</translation>
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
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="206"/>
        <source>%1  (a correction)</source>
        <translation>%1  (bản đính chính)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="219"/>
        <source>No record for the client is switched on; a treatment&apos;s records are added from the treatment.</source>
        <translation>Chưa bật mẫu hồ sơ nào cho khách hàng; hồ sơ của lượt dịch vụ được thêm từ lượt dịch vụ đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/records.py" line="251"/>
        <source>Highlight a spectacle prescription to print it.</source>
        <translation>Chọn một đơn kính để in.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyInput</name>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="41"/>
        <source>The Recovery Kit (PDF) or the key&apos;s text file</source>
        <translation>Bộ khôi phục (PDF) hoặc tệp văn bản chứa khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="42"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation>Bộ khôi phục hoặc tệp khóa (*.pdf *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="70"/>
        <source>AGE-SECRET-KEY-1… as on the kit: groups of four, spaces and case do not matter</source>
        <translation>AGE-SECRET-KEY-1… như trên Bộ khôi phục: theo nhóm bốn ký tự, dấu cách và chữ hoa/thường không quan trọng</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="73"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/recovery_key_input.py" line="74"/>
        <source>Open the kit or key file…</source>
        <translation>Mở Bộ khôi phục hoặc tệp khóa…</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="39"/>
        <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation>Bộ khôi phục mở được mọi hồ sơ khách hàng. Chỉ lưu nó vào USB mà bạn sẽ cất trong két sắt, không lưu trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="45"/>
        <source>Save the Recovery Kit</source>
        <translation>Lưu Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="57"/>
        <source>The key file opens every client record, like the kit. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation>Tệp khóa mở được mọi hồ sơ khách hàng, giống như Bộ khôi phục. Chỉ lưu nó vào USB mà bạn sẽ cất trong két sắt, không lưu trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="63"/>
        <source>Save the recovery key as a text file</source>
        <translation>Lưu khóa khôi phục thành tệp văn bản</translation>
    </message>
    <message>
        <location filename="../../../ui/recovery_kit_actions.py" line="70"/>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="50"/>
        <source>Recovery Kit</source>
        <translation>Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="53"/>
        <source>Print the Recovery Kit or save it to a USB stick, and keep it in the safe. Anyone who has it can open every record.</source>
        <translation>Hãy in Bộ khôi phục hoặc lưu vào USB, rồi cất trong két sắt. Bất kỳ ai có nó đều mở được mọi hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="62"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="63"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="64"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="65"/>
        <source>Also save the key as a text file…</source>
        <translation>Lưu thêm khóa thành tệp văn bản…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="77"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>Tôi đã in hoặc lưu Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="115"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="117"/>
        <source>Could not print: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="124"/>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="133"/>
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="127"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="136"/>
        <source>The key is saved as a text file in %1.</source>
        <translation>Khóa đã được lưu thành tệp văn bản tại %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="147"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation>Hãy in Bộ khôi phục, lưu thành PDF, hoặc lưu khóa thành tệp văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_kit_dialog.py" line="149"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation>Hãy đánh dấu ô khi đã in hoặc lưu Bộ khôi phục.</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPage</name>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="147"/>
        <location filename="../../../ui/wizard/kit_page.py" line="167"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="152"/>
        <location filename="../../../ui/wizard/kit_page.py" line="184"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="137"/>
        <source>Could not make the kit: %1</source>
        <translation>Không tạo được Bộ khôi phục: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="164"/>
        <location filename="../../../ui/wizard/kit_page.py" line="175"/>
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="178"/>
        <source>The key is saved as a text file in %1.</source>
        <translation>Khóa đã được lưu thành tệp văn bản tại %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="186"/>
        <source>Could not print: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="193"/>
        <source>Print the kit, or save it as a PDF or the key as a text file.</source>
        <translation>Hãy in Bộ khôi phục, lưu thành PDF, hoặc lưu khóa thành tệp văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="195"/>
        <source>Tick the box once the kit is printed or saved.</source>
        <translation>Hãy đánh dấu ô khi đã in hoặc lưu Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="197"/>
        <source>Type the last 4 characters of the key shown above.</source>
        <translation>Hãy nhập 4 ký tự cuối của khóa hiển thị ở trên.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="200"/>
        <source>These are not the last 4 characters of the key: compare them with the kit.</source>
        <translation>Đây không phải 4 ký tự cuối của khóa: hãy đối chiếu với Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="212"/>
        <source>Your Recovery Kit</source>
        <translation>Bộ khôi phục của bạn</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="215"/>
        <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
        <translation>Khóa này mở được kho dữ liệu và các bản sao lưu nếu máy tính này bị mất hoặc hỏng. Hãy in Bộ khôi phục hoặc lưu vào USB, rồi cất trong két sắt. Nếu không có nó, mất máy tính là mất luôn hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="222"/>
        <source>There is no Cancel on this page: the vault exists now, and this key is the only way back to its records if this computer is lost. Keep the kit first.</source>
        <translation>Trang này không có nút Huỷ: kho dữ liệu đã được tạo, và khóa này là cách duy nhất để lấy lại hồ sơ nếu mất máy tính này. Hãy cất giữ Bộ khôi phục trước đã.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="226"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="227"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="228"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="229"/>
        <source>Also save the key as a text file…</source>
        <translation>Lưu thêm khóa thành tệp văn bản…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="230"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>Tôi đã in hoặc lưu Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="231"/>
        <source>Type the last 4 characters of the key:</source>
        <translation>Nhập 4 ký tự cuối của khóa:</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/kit_page.py" line="232"/>
        <source>Last 4 characters of the key</source>
        <translation>4 ký tự cuối của khóa</translation>
    </message>
</context>
<context>
    <name>RecoverySlotBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="85"/>
        <source>Recovery slot</source>
        <translation>Khe khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="89"/>
        <source>The recovery slot is missing: the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation>Khe khôi phục bị thiếu: Bộ khôi phục không thể mở kho dữ liệu. Hãy tạo lại khe bằng khóa trong Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="94"/>
        <source>The recovery slot does not open with this salon&apos;s recovery key (it was damaged or changed): the Recovery Kit cannot open the vault. Make it again with the key from the kit.</source>
        <translation>Khe khôi phục không mở được bằng khóa khôi phục của salon này (khe đã bị hỏng hoặc bị thay đổi): Bộ khôi phục không thể mở kho dữ liệu. Hãy tạo lại khe bằng khóa trong Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="99"/>
        <source>In place: the Recovery Kit opens the vault. Nothing to make again.</source>
        <translation>Đã có: Bộ khôi phục mở được kho dữ liệu. Không cần tạo lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="103"/>
        <source>Make the recovery slot again…</source>
        <translation>Tạo lại khe khôi phục…</translation>
    </message>
</context>
<context>
    <name>RecoverySlotDialog</name>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="135"/>
        <source>Make the recovery slot again</source>
        <translation>Tạo lại khe khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="138"/>
        <source>Type the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…), or choose its key file or the saved kit.</source>
        <translation>Hãy gõ khóa khôi phục từ Bộ khôi phục (AGE-SECRET-KEY-1…), hoặc chọn tệp khóa hay Bộ khôi phục đã lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="142"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="143"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="144"/>
        <source>Choose the key file or kit…</source>
        <translation>Chọn tệp khóa hoặc Bộ khôi phục…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="150"/>
        <source>The recovery key file or the saved Recovery Kit</source>
        <translation>Tệp khóa khôi phục hoặc Bộ khôi phục đã lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="151"/>
        <source>Recovery Kit or key file (*.pdf *.txt);;All files (*)</source>
        <translation>Bộ khôi phục hoặc tệp khóa (*.pdf *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_slot_box.py" line="158"/>
        <source>Chosen: %1</source>
        <translation>Đã chọn: %1</translation>
    </message>
</context>
<context>
    <name>RekeyBox</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="142"/>
        <source>Re-key the vault now? Every record is encrypted again under a new key; on a large vault this takes a few minutes, and nothing can be saved meanwhile. Old copies of the key files stop opening the vault.</source>
        <translation>Đổi khóa kho dữ liệu ngay bây giờ? Mọi hồ sơ sẽ được mã hóa lại bằng khóa mới; với kho dữ liệu lớn, việc này mất vài phút và trong lúc đó không lưu được gì. Các bản sao cũ của tệp khóa sẽ không mở được kho dữ liệu nữa.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="146"/>
        <location filename="../../../ui/pages/rekey_box.py" line="216"/>
        <source>Re-key the vault</source>
        <translation>Đổi khóa kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="170"/>
        <source>Done in %1 s: every record is encrypted under a new key, and old copies of the key files no longer open the vault.</source>
        <translation>Xong sau %1 giây: mọi hồ sơ đã được mã hóa bằng khóa mới, và các bản sao cũ của tệp khóa không còn mở được kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="184"/>
        <source>That is not the owner&apos;s passphrase.</source>
        <translation>Đó không phải cụm mật khẩu của chủ salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="188"/>
        <source>Type the owner&apos;s passphrase: the re-keyed vault opens with it too.</source>
        <translation>Hãy nhập cụm mật khẩu của chủ salon: kho dữ liệu sau khi đổi khóa cũng mở bằng cụm mật khẩu này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="195"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Đã xảy ra lỗi không lường trước: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="219"/>
        <source>When an old copy of the vault&apos;s key files, an old passphrase or a PC&apos;s old key may be in someone&apos;s hands: the records are encrypted under a new key and those copies open nothing. The Recovery Kit stays the same.</source>
        <translation>Dùng khi bản sao cũ của tệp khóa kho dữ liệu, cụm mật khẩu cũ hoặc khóa cũ của một máy tính có thể đã lọt vào tay người khác: hồ sơ được mã hóa bằng khóa mới và những bản sao đó không mở được gì. Bộ khôi phục vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="224"/>
        <source>Owner&apos;s &amp;passphrase</source>
        <translation>&amp;Cụm mật khẩu của chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="225"/>
        <source>Owner&apos;s passphrase</source>
        <translation>Cụm mật khẩu của chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="228"/>
        <source>Re-key the vault…</source>
        <translation>Đổi khóa kho dữ liệu…</translation>
    </message>
</context>
<context>
    <name>RekeyProgressDialog</name>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="61"/>
        <source>Re-keying the vault</source>
        <translation>Đang đổi khóa kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="75"/>
        <source>Preparing the new keys…</source>
        <translation>Đang chuẩn bị khóa mới…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="76"/>
        <source>Encrypting every record under the new key…</source>
        <translation>Đang mã hóa mọi hồ sơ bằng khóa mới…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/rekey_box.py" line="77"/>
        <source>Writing the new key slots…</source>
        <translation>Đang ghi các khe khóa mới…</translation>
    </message>
</context>
<context>
    <name>RenameStaffDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="155"/>
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="156"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="157"/>
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
</context>
<context>
    <name>ReplaceRecoveryKeyBox</name>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="83"/>
        <source>Replace the recovery key? The old Recovery Kit stops opening the vault, and the new kit must be printed or saved right away. Backups made until now still open with the old key only.</source>
        <translation>Thay khóa khôi phục? Bộ khôi phục cũ sẽ không mở được kho dữ liệu nữa, và phải in hoặc lưu Bộ khôi phục mới ngay. Các bản sao lưu đã tạo đến nay vẫn chỉ mở được bằng khóa cũ.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="87"/>
        <location filename="../../../ui/pages/recovery_key_box.py" line="127"/>
        <source>Replace the recovery key</source>
        <translation>Thay khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="95"/>
        <source>Replacing the recovery key…</source>
        <translation>Đang thay khóa khôi phục…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="105"/>
        <source>Done. Print or save the new Recovery Kit now and keep it in the safe.</source>
        <translation>Xong. Hãy in hoặc lưu Bộ khôi phục mới ngay bây giờ và cất trong két sắt.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="130"/>
        <source>When the Recovery Kit is lost, or someone who knew the key has left: a new recovery key opens the vault and the backups from now on, and the old kit stops opening the vault.</source>
        <translation>Dùng khi Bộ khôi phục bị mất, hoặc một người từng biết khóa đã nghỉ việc: khóa khôi phục mới sẽ mở kho dữ liệu và các bản sao lưu từ nay về sau, còn Bộ khôi phục cũ không mở được kho dữ liệu nữa.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="135"/>
        <source>Replace the recovery key…</source>
        <translation>Thay khóa khôi phục…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/recovery_key_box.py" line="145"/>
        <source>Replaced on %1; %n backups made before still open only with that key (its public key ends in %2):</source>
        <translation>
            <numerusform>Đã thay vào %1; %n bản sao lưu tạo trước đó vẫn chỉ mở được bằng khóa đó (khóa công khai của nó kết thúc bằng %2):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="152"/>
        <source>Replaced on %1; no backup was made with that key (its public key ends in %2).</source>
        <translation>Đã thay vào %1; không có bản sao lưu nào được tạo bằng khóa đó (khóa công khai của nó kết thúc bằng %2).</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="160"/>
        <source>%1 in %2, made %3 (that drive is not plugged in now)</source>
        <translation>%1 trong %2, tạo lúc %3 (ổ đĩa đó hiện không được cắm)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="162"/>
        <source>%1 in %2, made %3</source>
        <translation>%1 trong %2, tạo lúc %3</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/recovery_key_box.py" line="164"/>
        <source>%1 in %2, made %3 (no longer there)</source>
        <translation>%1 trong %2, tạo lúc %3 (không còn ở đó)</translation>
    </message>
</context>
<context>
    <name>ResetCodeDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="231"/>
        <source>One-time code for %1</source>
        <translation>Mã một lần cho %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="235"/>
        <source>The PIN of %1 is reset; their old PIN no longer works. They sign in with this code and then choose their new PIN. It works once, until %2.</source>
        <translation>Mã PIN của %1 đã được đặt lại; mã PIN cũ không còn dùng được. Họ đăng nhập bằng mã này rồi chọn mã PIN mới. Mã chỉ dùng được một lần, đến %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="244"/>
        <source>Hand this code over in person, not by message or e-mail. It is shown only now; if it is lost, reset the PIN again.</source>
        <translation>Hãy trao mã này tận tay, không gửi qua tin nhắn hay e-mail. Mã chỉ hiển thị lúc này; nếu bị mất, hãy đặt lại mã PIN lần nữa.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="248"/>
        <source>One-time code</source>
        <translation>Mã một lần</translation>
    </message>
</context>
<context>
    <name>ResignRuleDialog</name>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="68"/>
        <source>When %1 is signed again</source>
        <translation>Khi nào ký lại %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="74"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="76"/>
        <source>Also as soon as the client&apos;s health details change</source>
        <translation>Cũng ký lại ngay khi thông tin sức khỏe của khách hàng thay đổi</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="82"/>
        <source>Forms already signed follow the new rule at once; changing it makes no new version, so no one signs again because of it.</source>
        <translation>Các phiếu đã ký áp dụng quy tắc mới ngay lập tức; việc thay đổi quy tắc không tạo phiên bản mới, nên không ai phải ký lại vì thay đổi này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/forms_owner_box.py" line="89"/>
        <source>Signed again &amp;after</source>
        <translation>Ký lại &amp;sau</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>The backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="89"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>Bản sao lưu SalonVault (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="101"/>
        <source>Choose the backup file (it ends in .svbak).</source>
        <translation>Hãy chọn tệp sao lưu (có đuôi .svbak).</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="109"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="120"/>
        <source>Restoring from a backup</source>
        <translation>Đang khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="137"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="140"/>
        <source>The vault on this computer does not open. Put the newest backup file (.svbak) in its place with the recovery key printed on the Recovery Kit; the files that do not open are kept aside in the data folder. Staff sign in with their usual PINs; what was recorded after the backup is not in it.</source>
        <translation>Kho dữ liệu trên máy này không mở được. Hãy thay bằng tệp sao lưu mới nhất (.svbak) với khoá khôi phục in trên Bộ khôi phục; các tệp không mở được sẽ được để riêng trong thư mục dữ liệu. Nhân viên đăng nhập bằng mã PIN quen thuộc; những gì ghi sau bản sao lưu sẽ không có trong đó.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="147"/>
        <source>Bring the salon back on this computer from a backup file (.svbak) and the recovery key printed on the Recovery Kit. Staff sign in with their usual PINs.</source>
        <translation>Đưa dữ liệu của salon về máy tính này từ một tệp sao lưu (.svbak) và khóa khôi phục in trên Bộ khôi phục. Nhân viên đăng nhập bằng mã PIN quen thuộc.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="151"/>
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="152"/>
        <source>Recovery key:</source>
        <translation>Khóa khôi phục:</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="153"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/restore_dialog.py" line="154"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../../ui/dialogs/import_steps.py" line="384"/>
        <source>Imported clients have no consent on record: their cards say so until the consent is recorded at their next visit. SalonVault never assumes consent.</source>
        <translation>Khách được nhập chưa có sự đồng ý nào được ghi: thẻ của họ sẽ báo điều này cho đến khi sự đồng ý được ghi nhận vào lần đến tiếp theo. SalonVault không bao giờ tự cho là khách đã đồng ý.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="150"/>
        <source>Last review: %1</source>
        <translation>Lần rà soát gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="152"/>
        <source>Never reviewed yet.</source>
        <translation>Chưa rà soát lần nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="167"/>
        <source>Nothing is due</source>
        <translation>Không có gì đến hạn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="169"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="260"/>
        <source>Remove all listed…</source>
        <translation>Xóa tất cả mục trong danh sách…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="186"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="196"/>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="200"/>
        <source>Retention</source>
        <translation>Lưu giữ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="175"/>
        <source>Remove everything listed?

Clients erased (visits kept as anonymous counts): %1
Clients whose health data is removed: %2
Clients whose old photos are removed: %3

This cannot be undone; backups keep the data until they rotate out.</source>
        <translation>Xóa mọi mục trong danh sách?

Khách hàng bị xóa (lượt đến giữ dưới dạng số đếm ẩn danh): %1
Khách hàng bị xóa dữ liệu sức khỏe: %2
Khách hàng bị xóa ảnh cũ: %3

Không thể hoàn tác; các bản sao lưu vẫn giữ dữ liệu cho đến khi bị thay vòng.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="203"/>
        <source>Done. Clients erased: %1; health entries removed: %2; photos removed: %3.</source>
        <translation>Xong. Khách hàng đã xóa: %1; mục sức khỏe đã xóa: %2; ảnh đã xóa: %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="214"/>
        <source>Erase the client</source>
        <translation>Xóa khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="216"/>
        <source>Remove health data</source>
        <translation>Xóa dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="217"/>
        <source>Remove old photos</source>
        <translation>Xóa ảnh cũ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="240"/>
        <source>How long data is kept</source>
        <translation>Thời gian lưu giữ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="242"/>
        <source>Erase clients after this many years without a visit</source>
        <translation>Xóa khách hàng sau chừng này năm không đến</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="244"/>
        <source>Remove health data and patch tests this many years after the last treatment</source>
        <translation>Xóa dữ liệu sức khỏe và thử dị ứng sau chừng này năm kể từ lần dịch vụ cuối</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="246"/>
        <source>Remove photos this many years after they were taken</source>
        <translation>Xóa ảnh sau chừng này năm kể từ khi chụp</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="250"/>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="251"/>
        <source>Save the rules</source>
        <translation>Lưu quy tắc</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="252"/>
        <source>Due now (review monthly)</source>
        <translation>Đến hạn (rà soát hằng tháng)</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Last seen</source>
        <translation>Lần cuối</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="254"/>
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/privacy/retention_tab.py" line="257"/>
        <source>Removed data stays in earlier backups until they rotate out.</source>
        <translation>Dữ liệu đã xóa vẫn còn trong các bản sao lưu cũ cho đến khi chúng bị thay vòng.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="311"/>
        <source>Review a red flag</source>
        <translation>Rà soát dấu hiệu nguy cơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="314"/>
        <source>e.g. GP letter seen; spoke to the client</source>
        <translation>ví dụ đã xem thư của bác sĩ; đã trao đổi với khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="315"/>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="319"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/forms.py" line="318"/>
        <source>Red flag</source>
        <translation>Dấu hiệu nguy cơ</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="182"/>
        <source>Change the role of %1</source>
        <translation>Đổi vai trò của %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="183"/>
        <location filename="../../../ui/dialogs/staff_dialogs.py" line="184"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>SalonDetailsBox</name>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="188"/>
        <source>Nothing to save: these are the salon&apos;s details already.</source>
        <translation>Không có gì để lưu: đây đã là thông tin của salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="202"/>
        <source>Saved. Forms and documents made from now on use them.</source>
        <translation>Đã lưu. Các phiếu và tài liệu tạo từ nay sẽ dùng thông tin này.</translation>
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
        <translation>Tên salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="245"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="246"/>
        <source>Language of documents and consent forms</source>
        <translation>Ngôn ngữ của tài liệu và phiếu đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="247"/>
        <source>Country of local phone numbers</source>
        <translation>Quốc gia của số điện thoại trong nước</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="248"/>
        <source>Currency of prices</source>
        <translation>Đơn vị tiền tệ của giá</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="249"/>
        <source>What the salon does</source>
        <translation>Lĩnh vực của salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/salon_box.py" line="259"/>
        <source>Save the salon&apos;s details</source>
        <translation>Lưu thông tin của salon</translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="140"/>
        <source>Your salon</source>
        <translation>Salon của bạn</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="141"/>
        <source>Printed at the top of consent forms and the Recovery Kit.</source>
        <translation>Được in ở đầu phiếu đồng ý và Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="142"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="144"/>
        <source>Salon name</source>
        <translation>Tên salon</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="143"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="145"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Add a service</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="171"/>
        <source>Change a service</source>
        <translation>Sửa dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="173"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="174"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="175"/>
        <source>Usual length</source>
        <translation>Thời lượng thường lệ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="176"/>
        <source>Usual price (%1)</source>
        <translation>Giá thường lệ (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="177"/>
        <source>Patch test</source>
        <translation>Thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="178"/>
        <location filename="../../../ui/dialogs/service_dialog.py" line="195"/>
        <source>Contraindications</source>
        <translation>Chống chỉ định</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="179"/>
        <source>Offered</source>
        <translation>Đang cung cấp</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="185"/>
        <source>e.g. Colour</source>
        <translation>ví dụ Nhuộm màu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="186"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="187"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="189"/>
        <source>e.g. %1, or leave empty</source>
        <translation>ví dụ %1, hoặc để trống</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="190"/>
        <source>Needs a valid patch test before each visit</source>
        <translation>Cần có kết quả thử dị ứng hợp lệ trước mỗi lượt đến</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="191"/>
        <source>Offered for new visits (switched off, it stays in history)</source>
        <translation>Cung cấp cho lượt đến mới (khi tắt, dịch vụ vẫn còn trong lịch sử)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="196"/>
        <source>The salon&apos;s own words, e.g. henna, lavender</source>
        <translation>Từ ngữ riêng của salon, ví dụ henna, oải hương</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="197"/>
        <source>The salon&apos;s own contraindications</source>
        <translation>Chống chỉ định riêng của salon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/service_dialog.py" line="200"/>
        <source>A visit of this service for a client whose health record names one of these shows a warning to acknowledge. The ticked ones are found in every language; a word of your own also finds words that start with it.</source>
        <translation>Khi làm dịch vụ này cho khách hàng có hồ sơ sức khỏe nêu một trong các mục này, chương trình sẽ hiện cảnh báo cần xác nhận. Các mục được đánh dấu được nhận ra trong mọi ngôn ngữ; từ ngữ riêng của bạn cũng khớp với các từ bắt đầu bằng từ đó.</translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message>
        <location filename="../../../ui/models/service_table.py" line="74"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="94"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="95"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="96"/>
        <source>Usual length</source>
        <translation>Thời lượng thường lệ</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="97"/>
        <source>Usual price</source>
        <translation>Giá thường lệ</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="98"/>
        <source>Patch test</source>
        <translation>Thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="99"/>
        <source>Offered</source>
        <translation>Đang cung cấp</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="106"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../../ui/models/service_table.py" line="107"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>ServicesChoiceDialog</name>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="119"/>
        <source>Services for %1</source>
        <translation>Dịch vụ cho %1</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="132"/>
        <source>Space ticks a service. With none ticked, every treatment offers it.</source>
        <translation>Phím cách đánh dấu một dịch vụ. Nếu không đánh dấu dịch vụ nào, mọi lượt dịch vụ đều dùng được mẫu này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/record_templates_box.py" line="137"/>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="168"/>
        <source>Saved: %1.</source>
        <translation>Đã lưu: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/services_page.py" line="200"/>
        <source>%n service(s) added; change or switch off any you do not offer.</source>
        <translation>
            <numerusform>Đã thêm %n dịch vụ; hãy sửa hoặc tắt những dịch vụ bạn không cung cấp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="206"/>
        <source>The list already has every service of that kind.</source>
        <translation>Danh sách đã có mọi dịch vụ thuộc loại hình này.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="217"/>
        <source>What can be recorded as a treatment. Staff choose from this list, in this order, when they add a visit. A service is never deleted: switch it off and it stays in the clients&apos; history.</source>
        <translation>Những gì có thể ghi nhận thành lượt dịch vụ. Nhân viên chọn từ danh sách này, theo đúng thứ tự này, khi thêm lượt đến. Dịch vụ không bao giờ bị xóa: khi tắt, dịch vụ vẫn còn trong lịch sử của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="224"/>
        <source>No services yet, so no treatment can be recorded. Add your own, or start from a list for your kind of business and change it.</source>
        <translation>Chưa có dịch vụ nào, nên chưa ghi được lượt dịch vụ nào. Hãy tự thêm dịch vụ, hoặc bắt đầu từ danh sách có sẵn cho loại hình kinh doanh của bạn rồi sửa lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="228"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="229"/>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="230"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="231"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="232"/>
        <source>Add a starter list…</source>
        <translation>Thêm danh sách có sẵn…</translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="18"/>
        <source>Choose a country by its two-letter code (VN, PL, CN, GB …).</source>
        <translation>Hãy chọn quốc gia bằng mã hai chữ cái (VN, PL, CN, GB …).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="21"/>
        <source>Choose at least one kind of business.</source>
        <translation>Hãy chọn ít nhất một loại hình kinh doanh.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="24"/>
        <source>The address has at most 300 characters.</source>
        <translation>Địa chỉ có tối đa 300 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="27"/>
        <source>The address contains characters that are not text.</source>
        <translation>Địa chỉ chứa ký tự không phải văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="30"/>
        <source>The salon name needs 1 to 120 characters.</source>
        <translation>Tên salon cần từ 1 đến 120 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="33"/>
        <source>The salon name contains characters that are not text.</source>
        <translation>Tên salon chứa ký tự không phải văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="37"/>
        <source>The idle lock is 1 to %1 minutes.</source>
        <translation>Thời gian tự khóa từ 1 đến %1 phút.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="43"/>
        <source>The shortest PIN can be set from %1 to %2 digits.</source>
        <translation>Độ dài tối thiểu của mã PIN có thể đặt từ %1 đến %2 chữ số.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="50"/>
        <source>Choose one of: %1.</source>
        <translation>Hãy chọn một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="56"/>
        <source>The basis is one of: %1.</source>
        <translation>Cơ sở pháp lý phải là một trong: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="61"/>
        <source>List at most %1 recipients.</source>
        <translation>Chỉ liệt kê tối đa %1 bên nhận.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="65"/>
        <source>Recipient %1: the name needs 1 to 120 characters of text.</source>
        <translation>Bên nhận %1: tên cần từ 1 đến 120 ký tự văn bản.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="70"/>
        <source>Recipient %1: say what it receives the data for (1 to 200 characters).</source>
        <translation>Bên nhận %1: hãy nêu mục đích nhận dữ liệu (1 đến 200 ký tự).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="76"/>
        <source>Recipient %1: the safeguard has at most 200 characters.</source>
        <translation>Bên nhận %1: biện pháp bảo vệ có tối đa 200 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="81"/>
        <source>Recipient %1: choose its country by the two-letter code (VN, PL, CN, DE …).</source>
        <translation>Bên nhận %1: hãy chọn quốc gia bằng mã hai chữ cái (VN, PL, CN, DE …).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/settings.py" line="86"/>
        <source>Recipient %1: that name is already in the list.</source>
        <translation>Bên nhận %1: tên này đã có trong danh sách.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="252"/>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation>Đã lưu. Thời gian tự khóa mới sẽ áp dụng từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="270"/>
        <source>On this computer</source>
        <translation>Trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="271"/>
        <location filename="../../../ui/pages/settings_page.py" line="272"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="263"/>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="262"/>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="264"/>
        <source>Client details</source>
        <translation>Thông tin khách hàng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="265"/>
        <source>Service records</source>
        <translation>Hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="266"/>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="274"/>
        <source>Idle lock</source>
        <translation>Tự khóa khi không sử dụng</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="275"/>
        <location filename="../../../ui/pages/settings_page.py" line="277"/>
        <source>Minutes without use before the screen locks</source>
        <translation>Số phút không sử dụng trước khi khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="279"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="281"/>
        <source>Recovery Kit</source>
        <translation>Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="283"/>
        <source>Confirmed as printed or saved.</source>
        <translation>Đã xác nhận là đã in hoặc đã lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="285"/>
        <source>Not confirmed yet: print or save it now and keep it in the safe.</source>
        <translation>Chưa xác nhận: hãy in hoặc lưu ngay bây giờ, rồi cất trong két sắt.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/settings_page.py" line="287"/>
        <source>Print or save the Recovery Kit…</source>
        <translation>In hoặc lưu Bộ khôi phục…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="339"/>
        <source>Creating the vault…</source>
        <translation>Đang tạo kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="376"/>
        <source>The passphrase could not be set (%1); the vault opens on this computer for now. The owner can set a passphrase later.</source>
        <translation>Không đặt được cụm mật khẩu (%1); tạm thời kho dữ liệu sẽ tự động mở trên máy tính này. Chủ salon có thể đặt cụm mật khẩu sau.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="425"/>
        <source>Set up SalonVault</source>
        <translation>Thiết lập SalonVault</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../../ui/shell.py" line="203"/>
        <source>%1 has owner access again: sign in with the new PIN.</source>
        <translation>%1 đã lấy lại quyền chủ salon: hãy đăng nhập bằng mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="295"/>
        <source>What you were typing when the screen locked could not be opened again: the record has changed.</source>
        <translation>Không mở lại được nội dung bạn đang nhập khi màn hình bị khóa: hồ sơ đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="306"/>
        <source>The vault&apos;s recovery slot is missing or damaged: make it again in Settings.</source>
        <translation>Khe khôi phục của kho dữ liệu bị thiếu hoặc hư hỏng: hãy tạo lại trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="312"/>
        <source>The Recovery Kit is not confirmed yet: print or save it in Settings.</source>
        <translation>Bộ khôi phục chưa được xác nhận: hãy vào Cài đặt để in hoặc lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="341"/>
        <source>Sign-in failed unexpectedly; please try again.</source>
        <translation>Đã xảy ra lỗi bất ngờ khi đăng nhập; vui lòng thử lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/shell.py" line="393"/>
        <source>Locks in %n seconds</source>
        <translation>
            <numerusform>Tự khóa sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="444"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="447"/>
        <source>The backup is restored and verified; everyone signs in again. The replaced vault is kept in:
%1</source>
        <translation>Bản sao lưu đã được khôi phục và kiểm tra; mọi người đăng nhập lại. Kho cũ được cất tại:
%1</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="489"/>
        <source>Back up before closing?</source>
        <translation>Sao lưu trước khi đóng?</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="490"/>
        <source>Back up to %1 before SalonVault closes?</source>
        <translation>Sao lưu vào %1 trước khi đóng SalonVault?</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="533"/>
        <source>SalonVault — %1</source>
        <translation>SalonVault — %1</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="534"/>
        <source>Switch user (Ctrl+L)</source>
        <translation>Đổi người dùng (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="535"/>
        <location filename="../../../ui/shell.py" line="536"/>
        <source>Switch user</source>
        <translation>Đổi người dùng</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="541"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="547"/>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="549"/>
        <source>Locked after being idle.</source>
        <translation>Đã tự khóa vì lâu không sử dụng.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="551"/>
        <source>Locked because the computer was locked.</source>
        <translation>Đã khóa vì máy tính vừa bị khóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/shell.py" line="554"/>
        <source>Signed out: confirm the privacy briefing to work in SalonVault.</source>
        <translation>Đã đăng xuất: hãy xác nhận bản hướng dẫn về quyền riêng tư để làm việc trên SalonVault.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="127"/>
        <source>Signature pad</source>
        <translation>Bảng ký tên</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="129"/>
        <source>Clear signature</source>
        <translation>Xóa chữ ký</translation>
    </message>
    <message>
        <location filename="../../../ui/widgets/signature_pad.py" line="131"/>
        <source>Sign above the line with the mouse, a finger or a pen.</source>
        <translation>Ký phía trên đường kẻ bằng chuột, ngón tay hoặc bút.</translation>
    </message>
</context>
<context>
    <name>StaffBriefingBox</name>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="100"/>
        <source>The training is recorded.</source>
        <translation>Đã ghi nhận buổi đào tạo.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="112"/>
        <source>Privacy briefing and training</source>
        <translation>Hướng dẫn về quyền riêng tư và đào tạo</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="116"/>
        <source>Everyone confirms the staff privacy briefing (now version %1) at their first sign-in, after it changes and once a year; the owner too.</source>
        <translation>Mọi người, kể cả chủ salon, đều xác nhận bản hướng dẫn về quyền riêng tư cho nhân viên (hiện là phiên bản %1) vào lần đăng nhập đầu tiên, sau mỗi lần bản hướng dẫn thay đổi và mỗi năm một lần.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="122"/>
        <source>Other training sessions</source>
        <translation>Các buổi đào tạo khác</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="123"/>
        <source>Record training…</source>
        <translation>Ghi nhận buổi đào tạo…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="124"/>
        <source>Privacy briefing confirmations</source>
        <translation>Các lần xác nhận hướng dẫn về quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_briefing_box.py" line="125"/>
        <source>Training sessions</source>
        <translation>Các buổi đào tạo</translation>
    </message>
</context>
<context>
    <name>StaffErrors</name>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="18"/>
        <source>Enter the staff member&apos;s name.</source>
        <translation>Hãy nhập tên nhân viên.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="22"/>
        <source>A name has at most %1 characters.</source>
        <translation>Tên có tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="27"/>
        <source>A name cannot contain control characters.</source>
        <translation>Tên không được chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="30"/>
        <source>There is no such staff member.</source>
        <translation>Không có nhân viên này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="33"/>
        <source>No staff member has that name.</source>
        <translation>Không có nhân viên nào tên như vậy.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="37"/>
        <source>You cannot %1 the last active owner; make someone else owner first.</source>
        <translation>Bạn không thể %1 chủ salon cuối cùng còn hoạt động; hãy cho một người khác làm chủ salon trước.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="42"/>
        <source>This vault already has staff; the owner adds new people.</source>
        <translation>Kho dữ liệu này đã có nhân viên; người mới do chủ salon thêm vào.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="45"/>
        <source>You cannot reset your own PIN; another owner can, or use the recovery key.</source>
        <translation>Bạn không thể tự đặt lại mã PIN của mình; một chủ salon khác có thể làm việc này, hoặc hãy dùng khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="48"/>
        <source>Someone on the staff already has that name; add a surname or initial.</source>
        <translation>Đã có nhân viên mang tên này; hãy thêm họ hoặc chữ cái viết tắt.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="51"/>
        <source>Someone on the staff already has that name.</source>
        <translation>Đã có nhân viên mang tên này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="54"/>
        <source>The briefing is in %1.</source>
        <translation>Bản hướng dẫn có các ngôn ngữ: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="58"/>
        <source>The briefing&apos;s text has changed since it was shown; read the new text and confirm again.</source>
        <translation>Nội dung bản hướng dẫn đã thay đổi kể từ lúc được hiển thị; hãy đọc nội dung mới và xác nhận lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="63"/>
        <source>Enter what the training was about.</source>
        <translation>Hãy nhập chủ đề của buổi đào tạo.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="66"/>
        <source>A topic has at most %1 characters.</source>
        <translation>Chủ đề có tối đa %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="69"/>
        <source>Choose who attended.</source>
        <translation>Hãy chọn người tham dự.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/staff.py" line="72"/>
        <source>A training date cannot be in the future.</source>
        <translation>Ngày đào tạo không thể ở tương lai.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="152"/>
        <source>%1 was added.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="159"/>
        <source>The name was changed.</source>
        <translation>Đã đổi tên.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="169"/>
        <source>The role was changed; they sign in again to use it.</source>
        <translation>Đã đổi vai trò; người đó cần đăng nhập lại để dùng vai trò mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="181"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 đã bị khóa và không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="184"/>
        <source>%1 can sign in again.</source>
        <translation>%1 có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="196"/>
        <source>Reset PIN</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="199"/>
        <source>Reset the PIN of %1? Their current PIN stops working at once; you get a one-time code to give them, and they choose a new PIN with it.</source>
        <translation>Đặt lại mã PIN của %1? Mã PIN hiện tại sẽ ngừng hoạt động ngay; bạn nhận một mã một lần để đưa cho họ, và họ dùng mã đó để chọn mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="212"/>
        <source>The PIN of %1 is reset.</source>
        <translation>Đã đặt lại mã PIN của %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="231"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="232"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="233"/>
        <source>Change role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Enable</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="236"/>
        <source>Disable</source>
        <translation>Ngừng kích hoạt</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="238"/>
        <source>Reset PIN…</source>
        <translation>Đặt lại mã PIN…</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="240"/>
        <source>You cannot reset your own PIN here.</source>
        <translation>Bạn không thể tự đặt lại mã PIN của mình ở đây.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/staff_page.py" line="244"/>
        <source>Staff accounts</source>
        <translation>Tài khoản nhân viên</translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="45"/>
        <source>Disabled</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="47"/>
        <source>Active, PIN reset waiting</source>
        <translation>Đang hoạt động, chờ đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="48"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="53"/>
        <source>Yes, disabled after 10 wrong PINs</source>
        <translation>Có, bị khóa sau 10 lần sai mã PIN</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="56"/>
        <source>Yes, until %1</source>
        <translation>Có, đến %1</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="59"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="93"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="94"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="95"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="96"/>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="97"/>
        <source>Failed attempts</source>
        <translation>Lần nhập sai</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="98"/>
        <source>Locked out</source>
        <translation>Bị chặn</translation>
    </message>
    <message>
        <location filename="../../../ui/models/staff_table.py" line="125"/>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
</context>
<context>
    <name>StartersDialog</name>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="253"/>
        <source>Add these services</source>
        <translation>Thêm các dịch vụ này</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="255"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="266"/>
        <source>Add a starter list</source>
        <translation>Thêm danh sách có sẵn</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="269"/>
        <source>Services a salon of this kind usually offers, in the salon&apos;s language. Ones already on your list are skipped; you can change or switch off any of them.</source>
        <translation>Các dịch vụ mà salon thuộc loại hình này thường cung cấp, bằng ngôn ngữ của salon. Những dịch vụ đã có trong danh sách của bạn sẽ được bỏ qua; bạn có thể sửa hoặc tắt bất kỳ dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/pages/services_page.py" line="282"/>
        <source>Tick at least one kind of business.</source>
        <translation>Hãy đánh dấu ít nhất một loại hình kinh doanh.</translation>
    </message>
</context>
<context>
    <name>TemplateFieldsDialog</name>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="67"/>
        <source>Fields of %1</source>
        <translation>Các trường của %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="72"/>
        <source>Fields: Space marks one as health data</source>
        <translation>Các trường: phím cách đánh dấu trường là dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="78"/>
        <source>Health data (ticked)</source>
        <translation>Dữ liệu sức khỏe (được đánh dấu)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="91"/>
        <source>Health data in the built-in template: it stays marked.</source>
        <translation>Dữ liệu sức khỏe trong mẫu có sẵn: luôn được đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="98"/>
        <source>New field</source>
        <translation>Trường mới</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="108"/>
        <source>comma between choices</source>
        <translation>các lựa chọn cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="109"/>
        <source>Re&amp;quired</source>
        <translation>&amp;Bắt buộc</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="110"/>
        <source>&amp;Health data</source>
        <translation>Dữ liệu &amp;sức khỏe</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="111"/>
        <source>&amp;Add field</source>
        <translation>&amp;Thêm trường</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="116"/>
        <source>Label</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="117"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="120"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="171"/>
        <source>minimum</source>
        <translation>tối thiểu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="121"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="172"/>
        <source>maximum</source>
        <translation>tối đa</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="122"/>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="173"/>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="127"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="128"/>
        <source>Numbers</source>
        <translation>Giá trị số</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="129"/>
        <source>Choices</source>
        <translation>Các lựa chọn</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="144"/>
        <source>Give the field a label.</source>
        <translation>Hãy đặt tên cho trường.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="149"/>
        <source>%1: write a number.</source>
        <translation>%1: hãy nhập một số.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/template_fields_dialog.py" line="154"/>
        <source>Added: %1. Save makes the next version.</source>
        <translation>Đã thêm: %1. Bấm Lưu sẽ tạo phiên bản tiếp theo.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="89"/>
        <source>Record a training session</source>
        <translation>Ghi nhận một buổi đào tạo</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="90"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="91"/>
        <source>&amp;Topic</source>
        <translation>&amp;Chủ đề</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="92"/>
        <source>&amp;Attended</source>
        <translation>Người &amp;tham dự</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="96"/>
        <source>e.g. Data protection refresher with the owner</source>
        <translation>ví dụ Ôn tập về bảo vệ dữ liệu cùng chủ salon</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="97"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="98"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/training_dialog.py" line="99"/>
        <source>Attended</source>
        <translation>Người tham dự</translation>
    </message>
</context>
<context>
    <name>TreatmentsErrors</name>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="18"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>Hãy ghi oxy dạng 6%, 20 vol hoặc 6% / 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="21"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>Hãy ghi tỷ lệ pha dạng 1:1, 1:1.5 hoặc 1:2.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="24"/>
        <source>A developer&apos;s volume is a whole number, like 20 vol.</source>
        <translation>Nồng độ vol của oxy là số nguyên, ví dụ 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="27"/>
        <source>Type the price as a number, e.g. 120.50.</source>
        <translation>Hãy nhập giá bằng số, ví dụ 120.50.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="30"/>
        <source>The patch test date is in the future.</source>
        <translation>Ngày thử dị ứng là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="33"/>
        <source>The visit date is in the future.</source>
        <translation>Ngày đến là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="36"/>
        <source>Choose one of the salon&apos;s services.</source>
        <translation>Hãy chọn một trong các dịch vụ của salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="39"/>
        <source>Choose who did the treatment.</source>
        <translation>Hãy chọn người đã thực hiện dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="42"/>
        <source>The currency is a 3-letter code (VND, PLN, CNY…).</source>
        <translation>Đơn vị tiền tệ là mã gồm 3 chữ cái (VND, PLN, CNY…).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="45"/>
        <source>There is no such treatment.</source>
        <translation>Không có lượt dịch vụ này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="48"/>
        <source>That patch test is not on this client&apos;s record.</source>
        <translation>Lần thử dị ứng đó không có trong hồ sơ của khách hàng này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="53"/>
        <source>This service needs a valid patch test and the client&apos;s is %1; record a patch test, or acknowledge the warning to go ahead (it is logged).</source>
        <translation>Dịch vụ này cần kết quả thử dị ứng hợp lệ, trong khi thử dị ứng của khách hàng: %1; hãy ghi nhận một lần thử dị ứng, hoặc xác nhận cảnh báo để tiếp tục (việc này sẽ được ghi lại).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/error_text/treatments.py" line="61"/>
        <source>This client&apos;s health record matches a contraindication of this service (%n matches); check with the client, then acknowledge the warning to go ahead (it is logged).</source>
        <translation>
            <numerusform>Hồ sơ sức khỏe của khách hàng này trùng với chống chỉ định của dịch vụ này (%n mục trùng); hãy kiểm tra với khách hàng, rồi xác nhận cảnh báo để tiếp tục (việc này được ghi lại).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/treatments.py" line="70"/>
        <source>This treatment can no longer be edited (own entries only, within 24 hours); add a correction instead.</source>
        <translation>Lượt dịch vụ này không còn sửa được nữa (chỉ sửa được mục do chính mình ghi, trong vòng 24 giờ); hãy thêm một bản đính chính.</translation>
    </message>
</context>
<context>
    <name>TreatmentsTab</name>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="67"/>
        <source>Latest colour formula</source>
        <translation>Công thức màu gần nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="83"/>
        <source>Treatments, newest first</source>
        <translation>Dịch vụ đã làm, mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="86"/>
        <source>Treatments: press Enter to open one</source>
        <translation>Dịch vụ đã làm: nhấn Enter để mở</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="93"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="96"/>
        <source>Add treatment…</source>
        <translation>Thêm dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="162"/>
        <source>%1  (a correction)</source>
        <translation>%1  (bản đính chính)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="180"/>
        <source>No treatment recorded yet.</source>
        <translation>Chưa ghi nhận lượt dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="186"/>
        <source>No colour formula recorded yet.</source>
        <translation>Chưa có công thức màu nào.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/card_tabs/treatments.py" line="193"/>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · %3 thực hiện</translation>
    </message>
</context>
<context>
    <name>TypeAhead</name>
    <message>
        <location filename="../../../ui/widgets/type_ahead.py" line="86"/>
        <source>Also starting with “%1”: %2. The Down arrow goes to the next.</source>
        <translation>Cũng bắt đầu bằng “%1”: %2. Nhấn phím mũi tên xuống để sang mục tiếp theo.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="262"/>
        <source>How the vault opens</source>
        <translation>Cách mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="263"/>
        <source>Open automatically on this computer</source>
        <translation>Tự động mở trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="266"/>
        <source>The key is kept in this computer&apos;s protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer&apos;s user account.</source>
        <translation>Khóa được cất trong nơi lưu khóa được bảo vệ của máy tính này. Cách này bảo vệ hồ sơ nếu ổ đĩa hoặc bản sao của thư mục bị đánh cắp, nhưng không chặn được người có thể đăng nhập vào tài khoản người dùng của máy tính này.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="272"/>
        <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
        <translation>Máy tính này không có nơi lưu khóa được bảo vệ, nên khóa sẽ được cất trong một tệp: kém an toàn hơn.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="275"/>
        <source>Owner types a passphrase every morning</source>
        <translation>Chủ salon nhập cụm mật khẩu mỗi sáng</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="278"/>
        <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
        <translation>Không ai mở được hồ sơ, kể cả trên máy tính này, cho đến khi bạn nhập cụm mật khẩu. Nếu bạn quên nó, chỉ Bộ khôi phục mới mở được kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="282"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Cụm mật khẩu (từ 12 ký tự)</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="283"/>
        <location filename="../../../ui/wizard/setup_wizard.py" line="285"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="284"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../../ui/wizard/setup_wizard.py" line="286"/>
        <source>Create the vault</source>
        <translation>Tạo kho dữ liệu</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="19"/>
        <source>SalonVault&apos;s %1 is missing (looked in %2); the installation is incomplete.</source>
        <translation>Thiếu %1 của SalonVault (đã tìm trong %2); bản cài đặt chưa đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="26"/>
        <source>SalonVault is running frozen but the bundle folder (sys._MEIPASS) is unknown, so its resources cannot be found.</source>
        <translation>SalonVault đang chạy ở dạng đóng gói nhưng không biết thư mục gói (sys._MEIPASS), nên không tìm được các tài nguyên của chương trình.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="31"/>
        <source>Demo clients go only into a demo salon.</source>
        <translation>Khách hàng mẫu chỉ được thêm vào salon dùng thử.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="34"/>
        <source>Demo photos go only into a demo salon.</source>
        <translation>Ảnh mẫu chỉ được thêm vào salon dùng thử.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="38"/>
        <source>A vault already exists in %1; it was left as it is.</source>
        <translation>Đã có kho dữ liệu trong %1; kho đó được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="44"/>
        <source>There is no vault in %1.</source>
        <translation>Không có kho dữ liệu nào trong %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="49"/>
        <source>This PC has no key for the vault; open it with the recovery key.</source>
        <translation>Máy tính này không có khóa của kho dữ liệu; hãy mở bằng khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="53"/>
        <source>This PC&apos;s key for the vault is missing (another PC or user?); open it with the recovery key.</source>
        <translation>Không tìm thấy khóa của máy tính này cho kho dữ liệu (máy tính hoặc người dùng khác?); hãy mở bằng khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="58"/>
        <source>This vault is not set up with an owner passphrase.</source>
        <translation>Kho dữ liệu này không được thiết lập với cụm mật khẩu của chủ salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="61"/>
        <source>Only the set-up can confirm the kit without signing in.</source>
        <translation>Chỉ bước thiết lập mới xác nhận được Bộ khôi phục mà không cần đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="64"/>
        <source>This vault has no recovery slot.</source>
        <translation>Kho dữ liệu này không có khe khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="67"/>
        <source>This vault opens with the owner&apos;s passphrase.</source>
        <translation>Kho dữ liệu này mở bằng cụm mật khẩu của chủ salon.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="71"/>
        <source>This PC&apos;s key does not open the vault (its key slot file is damaged or was changed); open it with the recovery key.</source>
        <translation>Khóa của máy tính này không mở được kho dữ liệu (tệp khe khóa bị hỏng hoặc đã bị thay đổi); hãy mở bằng khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="76"/>
        <source>That recovery key belongs to another vault.</source>
        <translation>Khóa khôi phục đó thuộc về một kho dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="81"/>
        <source>%1 already holds a vault; restore into an empty folder (or restore from the Backups page as the owner).</source>
        <translation>%1 đã chứa một kho dữ liệu; hãy khôi phục vào một thư mục trống (hoặc đăng nhập với tư cách chủ salon và khôi phục từ trang Sao lưu).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="89"/>
        <source>There is no vault in %1 to replace.</source>
        <translation>Không có kho dữ liệu nào trong %1 để thay thế.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="95"/>
        <source>The vault opens, so it is not replaced from here: sign in and restore from the Backups page as the owner.</source>
        <translation>Kho dữ liệu vẫn mở được, nên không thay thế từ đây: hãy đăng nhập với tư cách chủ salon và khôi phục từ trang Sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="101"/>
        <source>The restore was undone; the files are as they were. (%1)</source>
        <translation>Đã hoàn tác việc khôi phục; các tệp vẫn như trước. (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="107"/>
        <source>The restored activity log does not verify (%1).</source>
        <translation>Nhật ký hoạt động đã khôi phục không qua được bước kiểm chứng (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="112"/>
        <source>The data key must be 256 bits.</source>
        <translation>Khóa dữ liệu phải có độ dài 256 bit.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="116"/>
        <source>There is no vault at %1.</source>
        <translation>Không có kho dữ liệu nào tại %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="122"/>
        <source>Another program is reading the vault (a second SalonVault, or a check that is still running); close it or wait, then try again. Nothing was changed.</source>
        <translation>Một chương trình khác đang đọc kho dữ liệu (một SalonVault thứ hai, hoặc một lần kiểm tra vẫn đang chạy); hãy đóng chương trình đó hoặc chờ, rồi thử lại. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="128"/>
        <source>SQLCipher 4 is required, found %1.</source>
        <translation>Cần SQLCipher 4, nhưng tìm thấy %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="134"/>
        <source>Could not switch the vault to WAL mode (got %1).</source>
        <translation>Không chuyển được kho dữ liệu sang chế độ WAL (nhận được %1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="139"/>
        <source>The vault is being re-keyed; nothing was saved. Try again when it is done.</source>
        <translation>Kho dữ liệu đang được đổi khóa; không có gì được lưu. Hãy thử lại khi việc đổi khóa hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="143"/>
        <source>The text holds characters that are not text (broken Unicode); nothing was saved.</source>
        <translation>Văn bản chứa ký tự không phải văn bản (Unicode bị lỗi); không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="148"/>
        <source>A vault already exists at %1; it was left as it is.</source>
        <translation>Đã có kho dữ liệu tại %1; kho đó được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="153"/>
        <source>The vault cannot be re-keyed inside a transaction.</source>
        <translation>Không thể đổi khóa kho dữ liệu bên trong một giao dịch.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="157"/>
        <source>The vault was too busy to take a backup (another program kept writing); try again in a moment.</source>
        <translation>Kho dữ liệu quá bận để sao lưu (một chương trình khác liên tục ghi); hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="164"/>
        <source>The vault is damaged (%1); it was not used. Restore it from the newest backup.</source>
        <translation>Kho dữ liệu bị hỏng (%1); kho không được sử dụng. Hãy khôi phục từ bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="172"/>
        <source>This vault was written by a newer SalonVault (schema %1, this program knows up to %2); install the newer version to open it.</source>
        <translation>Kho dữ liệu này được ghi bằng phiên bản SalonVault mới hơn (lược đồ %1, chương trình này chỉ biết đến %2); hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="182"/>
        <source>This vault was made by a test version of SalonVault (schema %1) that predates backups, so it cannot be upgraded safely; create a new vault or restore a backup.</source>
        <translation>Kho dữ liệu này được tạo bằng một bản thử nghiệm của SalonVault (lược đồ %1) có từ trước khi có chức năng sao lưu, nên không thể nâng cấp an toàn; hãy tạo kho dữ liệu mới hoặc khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="191"/>
        <source>The vault could not be read or written (%1).</source>
        <translation>Không đọc hoặc ghi được kho dữ liệu (%1).</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="197"/>
        <source>The vault is busy (another SalonVault or a backup is writing); try again in a moment. Nothing was changed.</source>
        <translation>Kho dữ liệu đang bận (một SalonVault khác hoặc một lần sao lưu đang ghi); hãy thử lại sau ít phút. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="202"/>
        <source>The disk is full; free some space and try again. Nothing was changed.</source>
        <translation>Ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại. Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="205"/>
        <source>The vault folder is read-only here; nothing could be saved.</source>
        <translation>Thư mục kho dữ liệu ở đây chỉ cho phép đọc; không lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="208"/>
        <source>A service with that name exists.</source>
        <translation>Đã có dịch vụ mang tên này.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="212"/>
        <source>The restore was undone; the vault is as it was. (%1)</source>
        <translation>Đã hoàn tác việc khôi phục; kho dữ liệu vẫn như trước. (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="218"/>
        <source>%1 is %2, expected %3</source>
        <translation>%1 là %2, cần là %3</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="226"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_text/vault.py" line="231"/>
        <source>Demo records go only into a demo salon.</source>
        <translation>Hồ sơ mẫu chỉ được thêm vào salon dùng thử.</translation>
    </message>
</context>
<context>
    <name>VisitDetailDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="90"/>
        <source>&amp;Correct…</source>
        <translation>Đính &amp;chính…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="128"/>
        <source>Treatment: %1, %2</source>
        <translation>Lượt dịch vụ: %1, %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="145"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="146"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="151"/>
        <source>Receptionists see the date and service of a treatment; the formula, notes and price are for the owner and the technicians.</source>
        <translation>Lễ tân chỉ xem được ngày và dịch vụ của lượt dịch vụ; công thức, ghi chú và giá chỉ dành cho chủ salon và kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="165"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="169"/>
        <source>Recorded</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="171"/>
        <source>%1 by %2</source>
        <translation>%1, bởi %2</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="177"/>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="178"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="182"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="184"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="192"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="200"/>
        <source>Colour formula</source>
        <translation>Công thức màu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="196"/>
        <source>Bowl %1</source>
        <translation>Bát %1</translation>
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
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="211"/>
        <source>Not shown: the client&apos;s photo consent is not active.</source>
        <translation>Không hiển thị: sự đồng ý chụp ảnh của khách hàng không có hiệu lực.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="219"/>
        <source>%n photo(s) of this treatment</source>
        <translation>
            <numerusform>%n ảnh của lượt dịch vụ này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="222"/>
        <source>Show &amp;photos…</source>
        <translation>&amp;Xem ảnh…</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="233"/>
        <source>Corrects</source>
        <translation>Đính chính cho</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="235"/>
        <source>the entry for %1, recorded %2 by %3</source>
        <translation>mục ngày %1, ghi lúc %2 bởi %3</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="241"/>
        <source>Open the corrected entry: %1</source>
        <translation>Mở mục được đính chính: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="243"/>
        <source>Corrected %2 by %3 (for %1)</source>
        <translation>Đính chính lúc %2 bởi %3 (cho ngày %1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="248"/>
        <source>Corrected</source>
        <translation>Đã đính chính</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/visit_detail.py" line="250"/>
        <source>%n later correction(s); the latest one stands.</source>
        <translation>
            <numerusform>%n lần đính chính sau đó; bản mới nhất có hiệu lực.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="256"/>
        <source>Corrections: press Enter to open one</source>
        <translation>Các bản đính chính: nhấn Enter để mở</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="257"/>
        <source>Entries</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="277"/>
        <source>Records of this treatment: Enter opens one</source>
        <translation>Hồ sơ của lượt dịch vụ này: nhấn Enter để mở</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="289"/>
        <location filename="../../../ui/dialogs/visit_detail.py" line="297"/>
        <source>Records</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_detail.py" line="290"/>
        <source>Add &amp;record</source>
        <translation>Thêm &amp;hồ sơ</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="96"/>
        <source>Add treatment</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="97"/>
        <source>Change treatment</source>
        <translation>Sửa lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="98"/>
        <source>Correct treatment</source>
        <translation>Đính chính lượt dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="114"/>
        <source>&amp;Repeat last formula</source>
        <translation>&amp;Lặp lại công thức gần nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="173"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="221"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="174"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="222"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="181"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="223"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="182"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="224"/>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="184"/>
        <source>Colour formula</source>
        <translation>Công thức màu</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="199"/>
        <source>Then &amp;record</source>
        <translation>Sau đó &amp;ghi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="201"/>
        <source>Then record</source>
        <translation>Sau đó ghi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="378"/>
        <source>Your unsaved visit was kept while the screen was locked.</source>
        <translation>Lần làm dịch vụ chưa lưu của bạn đã được giữ lại trong lúc màn hình bị khóa.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="387"/>
        <source>Repeat last formula</source>
        <translation>Lặp lại công thức gần nhất</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="388"/>
        <source>Replace the formula typed here with the client&apos;s last formula?</source>
        <translation>Thay công thức đã nhập ở đây bằng công thức gần nhất của khách hàng?</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="399"/>
        <source>Nothing to repeat: no earlier treatment of this client has a formula.</source>
        <translation>Không có gì để lặp lại: chưa có lượt dịch vụ trước nào của khách hàng này có công thức.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="403"/>
        <source>Last formula copied: adjust it for today.</source>
        <translation>Đã chép công thức gần nhất: hãy điều chỉnh cho hôm nay.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="478"/>
        <source>Read the warning above and tick the box to go ahead, or choose another service.</source>
        <translation>Hãy đọc cảnh báo ở trên và đánh dấu ô để tiếp tục, hoặc chọn dịch vụ khác.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="495"/>
        <source>This service needs a valid patch test; this client&apos;s patch test: %1.</source>
        <translation>Dịch vụ này cần kết quả thử dị ứng hợp lệ; thử dị ứng của khách hàng này: %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="195"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="225"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="196"/>
        <source>Price (%1)</source>
        <translation>Giá (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="198"/>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="227"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="447"/>
        <source>Patch test needed</source>
        <translation>Cần thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/visit_dialog.py" line="450"/>
        <source>Go ahead anyway? This is recorded.</source>
        <translation>Vẫn tiếp tục? Việc này sẽ được ghi lại.</translation>
    </message>
</context>
<context>
    <name>VisitWords</name>
    <message>
        <location filename="../../../ui/visit_words.py" line="32"/>
        <source>roots</source>
        <translation>chân tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="33"/>
        <source>mid-lengths and ends</source>
        <translation>thân và ngọn tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="34"/>
        <source>lengths</source>
        <translation>thân tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="35"/>
        <source>ends</source>
        <translation>ngọn tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="36"/>
        <source>toner</source>
        <translation>phủ bóng màu</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="37"/>
        <source>highlights</source>
        <translation>highlight</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="38"/>
        <source>lowlights</source>
        <translation>lowlight</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="39"/>
        <source>gloss</source>
        <translation>phủ bóng</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="40"/>
        <source>full head</source>
        <translation>toàn bộ tóc</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="66"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="67"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="68"/>
        <source>Bank transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="69"/>
        <source>Voucher</source>
        <translation>Phiếu quà tặng</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="70"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="78"/>
        <source>Receptionists see the date and service only; treatments are not theirs to edit.</source>
        <translation>Lễ tân chỉ xem ngày và dịch vụ; lễ tân không sửa lượt dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="83"/>
        <source>Someone else recorded this treatment: only they (for 24 hours) or the owner may edit it. Add a correction instead.</source>
        <translation>Người khác đã ghi lượt dịch vụ này: chỉ người đó (trong 24 giờ) hoặc chủ salon được sửa. Hãy thêm một bản đính chính.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="89"/>
        <source>Locked: treatments can be edited for 24 hours after recording, and that ended on %1. Add a correction instead; the original stays in the history.</source>
        <translation>Đã khóa: lượt dịch vụ chỉ sửa được trong 24 giờ sau khi ghi, thời hạn đó đã hết lúc %1. Hãy thêm một bản đính chính; bản gốc vẫn ở trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="102"/>
        <source>You may edit it until %1.</source>
        <translation>Bạn được sửa đến %1.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="113"/>
        <source>A formula has at most %1 bowls.</source>
        <translation>Một công thức có tối đa %1 bát.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="117"/>
        <source>A bowl has at most %1 shades.</source>
        <translation>Một bát có tối đa %1 tông màu.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="121"/>
        <source>Grams of a shade: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation>Số gam của một tông màu: lớn hơn 0 và tối đa %1 g, theo bước 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="127"/>
        <source>Colour and developer together are %1 g; a bowl holds at most %2 g.</source>
        <translation>Thuốc nhuộm và oxy cộng lại là %1 g; một bát chứa tối đa %2 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="133"/>
        <source>Developer grams: more than 0 and at most %1 g, in steps of 0.1 g.</source>
        <translation>Số gam oxy: lớn hơn 0 và tối đa %1 g, theo bước 0,1 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="139"/>
        <source>The mixing ratio is 1:x with x from %1 to %2.</source>
        <translation>Tỷ lệ pha là 1:x với x từ %1 đến %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="145"/>
        <source>%1 g of colour at 1:%2 needs %3 g of developer, not %4 g.</source>
        <translation>%1 g thuốc nhuộm với tỷ lệ 1:%2 cần %3 g oxy, không phải %4 g.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="151"/>
        <source>The developer&apos;s strength is %1% to %2%.</source>
        <translation>Nồng độ oxy từ %1% đến %2%.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="155"/>
        <source>The developer&apos;s strength is a whole number from %1 to %2 vol.</source>
        <translation>Nồng độ oxy là số nguyên từ %1 đến %2 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="161"/>
        <source>%1% developer is %2 vol, not %3 vol.</source>
        <translation>Oxy %1% là %2 vol, không phải %3 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="165"/>
        <source>The processing time is %1 to %2 minutes.</source>
        <translation>Thời gian ủ từ %1 đến %2 phút.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="169"/>
        <source>Write the developer as 6%, 20 vol or 6% / 20 vol.</source>
        <translation>Hãy ghi oxy dạng 6%, 20 vol hoặc 6% / 20 vol.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="175"/>
        <source>Write the mixing ratio as 1:1, 1:1.5 or 1:2.</source>
        <translation>Hãy ghi tỷ lệ pha dạng 1:1, 1:1.5 hoặc 1:2.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="181"/>
        <source>Write grams as a number, like 30 or 7.5.</source>
        <translation>Hãy ghi số gam bằng số, ví dụ 30 hoặc 7.5.</translation>
    </message>
    <message>
        <location filename="../../../ui/visit_words.py" line="201"/>
        <source>Shade %1: %2</source>
        <translation>Tông màu %1: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../../ui/workspace.py" line="268"/>
        <source>Today&apos;s clients sheet…</source>
        <translation>Danh sách khách hôm nay…</translation>
    </message>
</context>
<context>
    <name>_PurposeChoice</name>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="52"/>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="53"/>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs/consent_dialog.py" line="54"/>
        <source>The client has read this information</source>
        <translation>Khách hàng đã đọc thông tin này</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <location filename="../../../ui/error_text/cli.py" line="154"/>
        <source>Withdrawing health-data consent deletes this client&apos;s health data: %1; %2 removed item(s), %3 earlier version(s), %4 health paper(s) and %5 service record(s) holding health details. Nothing was changed; run again with --yes to withdraw.</source>
        <translation>Rút lại sự đồng ý lưu dữ liệu sức khỏe sẽ xóa dữ liệu sức khỏe của khách hàng này: %1; %2 mục đã xóa, %3 phiên bản trước, %4 giấy tờ sức khỏe và %5 hồ sơ dịch vụ có thông tin sức khỏe. Chưa có gì thay đổi; hãy chạy lại với --yes để rút lại sự đồng ý.</translation>
    </message>
</context>
</TS>
