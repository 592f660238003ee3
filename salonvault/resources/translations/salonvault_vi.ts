<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="182"/>
        <location filename="../../ui/pages/activity_page.py" line="302"/>
        <location filename="../../ui/pages/activity_page.py" line="344"/>
        <location filename="../../ui/pages/activity_page.py" line="348"/>
        <location filename="../../ui/pages/activity_page.py" line="375"/>
        <source>Activity log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="182"/>
        <source>No client matches.</source>
        <translation>Không có khách hàng nào khớp.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="218"/>
        <source>The newest %1 matching entries; narrow the filter for older ones.</source>
        <translation>%1 mục khớp mới nhất; hãy thu hẹp bộ lọc để xem các mục cũ hơn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activity_page.py" line="223"/>
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n mục khớp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="237"/>
        <source>Entry %1: %2 %3</source>
        <translation>Mục %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="259"/>
        <source>client %1</source>
        <translation>khách hàng %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activity_page.py" line="271"/>
        <source>The activity log is intact: %n entries checked, none changed, none missing, none out of order.</source>
        <translation>
            <numerusform>Nhật ký hoạt động còn nguyên vẹn: đã kiểm tra %n mục, không mục nào bị sửa, thiếu hay sai thứ tự.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="282"/>
        <source>The activity log has been tampered with or damaged, from entry %1 on (%2). Keep this computer as it is and compare with your newest backup.</source>
        <translation>Nhật ký hoạt động đã bị can thiệp hoặc hư hỏng, từ mục %1 trở đi (%2). Hãy giữ nguyên máy tính này và đối chiếu với bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="304"/>
        <source>No verified backup is within reach. Plug in the backup drive, or make a backup first.</source>
        <translation>Không tìm thấy bản sao lưu đã kiểm chứng nào. Hãy cắm ổ sao lưu, hoặc sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="316"/>
        <source>Export these entries</source>
        <translation>Xuất các mục này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="319"/>
        <source>The matching entries go to a CSV file that leaves the vault. Entries name staff members and client numbers, never client details. Encrypt it to the recovery key (it then opens with the Recovery Kit)?</source>
        <translation>Các mục khớp sẽ được ghi ra một tệp CSV rời khỏi kho dữ liệu. Các mục có tên nhân viên và số khách hàng, không bao giờ có thông tin khách hàng. Mã hóa bằng khóa khôi phục (khi đó mở bằng Bộ khôi phục)?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="324"/>
        <source>Encrypted</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="325"/>
        <source>Not encrypted</source>
        <translation>Không mã hóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="331"/>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="348"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="379"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="380"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="381"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="382"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="383"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="384"/>
        <source>Client (name or phone, Enter)</source>
        <translation>Khách hàng (tên hoặc số điện thoại, Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="389"/>
        <source>All clients</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="391"/>
        <source>Check the log</source>
        <translation>Kiểm tra nhật ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="392"/>
        <source>Check against the newest backup…</source>
        <translation>Đối chiếu với bản sao lưu mới nhất…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="393"/>
        <source>Export these entries…</source>
        <translation>Xuất các mục này…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="396"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="397"/>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="398"/>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="399"/>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="400"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="401"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="413"/>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="414"/>
        <source>Every action</source>
        <translation>Mọi hành động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activity_page.py" line="417"/>
        <source>Any outcome</source>
        <translation>Mọi kết quả</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="46"/>
        <source>Everything the activity log holds about this client, newest first.</source>
        <translation>Mọi ghi nhận trong nhật ký hoạt động về khách hàng này, mới nhất trước.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>Who</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>What</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="52"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/activity.py" line="71"/>
        <source>Merged-in record %1</source>
        <translation>Hồ sơ đã gộp vào %1</translation>
    </message>
</context>
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="148"/>
        <source>The two PINs differ; type the PIN again.</source>
        <translation>Hai mã PIN không khớp; hãy nhập lại mã PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="164"/>
        <source>Add a staff member</source>
        <translation>Thêm nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="166"/>
        <source>Let the new staff member type their own PIN; nobody else should know it.</source>
        <translation>Hãy để nhân viên mới tự nhập mã PIN của mình; không ai khác nên biết mã này.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="168"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="172"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="169"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="173"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="170"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="174"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="171"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="175"/>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Owner passphrase:</source>
        <translation>Cụm mật khẩu của chủ salon:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="145"/>
        <source>Opening the vault…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="176"/>
        <source>This PC had lost its key to the vault. It has a new one now: SalonVault opens here by itself again. Put the Recovery Kit back in the safe.</source>
        <translation>Máy tính này đã mất khóa của kho dữ liệu. Giờ máy đã có khóa mới: SalonVault lại tự mở trên máy này. Hãy cất Bộ khôi phục trở lại két.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="183"/>
        <source>The vault is open, but this PC could not keep a new key for it (%1). Next time it asks for the recovery key again.</source>
        <translation>Kho dữ liệu đã mở, nhưng máy tính này không lưu được khóa mới cho kho (%1). Lần sau chương trình sẽ lại hỏi khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="212"/>
        <source>Wrong passphrase; try again.</source>
        <translation>Sai cụm mật khẩu; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="219"/>
        <source>The vault could not be opened: %1</source>
        <translation>Không mở được kho dữ liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="243"/>
        <source>Type or paste the recovery key from the Recovery Kit (AGE-SECRET-KEY-1…):</source>
        <translation>Gõ hoặc dán khoá khôi phục từ Bộ khôi phục (AGE-SECRET-KEY-1…):</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../ui/audit_words.py" line="22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="28"/>
        <source>%1 (failed)</source>
        <translation>%1 (thất bại)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="30"/>
        <source>%1 (refused)</source>
        <translation>%1 (bị từ chối)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="38"/>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="39"/>
        <location filename="../../ui/audit_words.py" line="85"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="40"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="54"/>
        <source>filled in: %1</source>
        <translation>đã điền: %1</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="67"/>
        <source>Opened the card</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="68"/>
        <source>Registered the client</source>
        <translation>Đăng ký khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="69"/>
        <source>Imported clients from a spreadsheet</source>
        <translation>Đã nhập khách từ bảng tính</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="70"/>
        <source>Changed details</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="71"/>
        <source>Archived</source>
        <translation>Lưu trữ hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="72"/>
        <source>Brought back from the archive</source>
        <translation>Khôi phục từ lưu trữ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="73"/>
        <source>Erased the client</source>
        <translation>Xóa vĩnh viễn khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="74"/>
        <source>Merged another record of the client into this one</source>
        <translation>Đã gộp một hồ sơ khác của khách vào hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="75"/>
        <source>Compared the client&apos;s record for a merge</source>
        <translation>Đã so sánh hồ sơ của khách để gộp</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="76"/>
        <source>Made the client&apos;s data report</source>
        <translation>Lập báo cáo dữ liệu của khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="77"/>
        <source>Added a health item</source>
        <translation>Thêm mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="78"/>
        <source>Removed a health item</source>
        <translation>Xóa mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="79"/>
        <source>Added a treatment</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="80"/>
        <source>Changed a treatment</source>
        <translation>Sửa dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="81"/>
        <source>Corrected a treatment</source>
        <translation>Đính chính dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="82"/>
        <source>Went ahead without a valid patch test</source>
        <translation>Vẫn làm khi chưa có kết quả thử dị ứng hợp lệ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="83"/>
        <source>Recorded a patch test</source>
        <translation>Ghi nhận thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="84"/>
        <source>Set a patch-test result</source>
        <translation>Ghi kết quả thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="86"/>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="87"/>
        <source>Session ended</source>
        <translation>Kết thúc phiên</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="88"/>
        <source>Created the vault</source>
        <translation>Tạo kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="89"/>
        <source>Opened the vault</source>
        <translation>Mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="90"/>
        <source>Checked the activity log</source>
        <translation>Kiểm tra nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="91"/>
        <source>Recorded a consent</source>
        <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="92"/>
        <source>Withdrew a consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="93"/>
        <source>Printed a consent form</source>
        <translation>In mẫu đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="94"/>
        <source>Changed a consent text</source>
        <translation>Sửa nội dung đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="95"/>
        <source>Made a marketing list</source>
        <translation>Lập danh sách tiếp thị</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="96"/>
        <source>Printed the privacy notice</source>
        <translation>In thông báo quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="97"/>
        <source>Added a photo</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="98"/>
        <source>Viewed a photo</source>
        <translation>Xem ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="99"/>
        <source>Listed photos</source>
        <translation>Xem danh sách ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="100"/>
        <source>Removed a photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="101"/>
        <source>Added a staff member</source>
        <translation>Thêm nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="102"/>
        <source>Renamed a staff member</source>
        <translation>Đổi tên nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="103"/>
        <source>Changed a role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="104"/>
        <source>Disabled a staff account</source>
        <translation>Khóa tài khoản nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="105"/>
        <source>Enabled a staff account</source>
        <translation>Mở lại tài khoản nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="106"/>
        <source>Reset a PIN</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="107"/>
        <source>Chose a new PIN after a reset</source>
        <translation>Chọn mã PIN mới sau khi đặt lại</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="108"/>
        <source>Locked out after wrong PINs</source>
        <translation>Bị khóa do nhập sai mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="109"/>
        <source>Owner access recovered</source>
        <translation>Khôi phục quyền chủ tiệm</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="110"/>
        <source>Added a key slot</source>
        <translation>Thêm khe khóa</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="111"/>
        <source>Removed a key slot</source>
        <translation>Xóa khe khóa</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="112"/>
        <source>Showed the recovery key</source>
        <translation>Hiển thị khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="113"/>
        <source>Confirmed the Recovery Kit</source>
        <translation>Xác nhận Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="114"/>
        <source>Started a backup</source>
        <translation>Bắt đầu sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="115"/>
        <source>Made a backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="116"/>
        <source>Verified a backup</source>
        <translation>Kiểm chứng bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="117"/>
        <source>Ran a restore drill</source>
        <translation>Diễn tập khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="118"/>
        <source>Restored from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="119"/>
        <source>Prepared a restore</source>
        <translation>Chuẩn bị khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="120"/>
        <source>Replaced the vault by a restore</source>
        <translation>Thay kho dữ liệu bằng bản khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="121"/>
        <source>Changed backup settings</source>
        <translation>Đổi cài đặt sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="122"/>
        <source>Added a service</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="123"/>
        <source>Changed a service</source>
        <translation>Sửa dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="124"/>
        <source>Changed a setting</source>
        <translation>Đổi cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="125"/>
        <source>Changed the retention rules</source>
        <translation>Đổi quy tắc lưu giữ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="126"/>
        <source>Exported clients and visits (CSV)</source>
        <translation>Xuất khách hàng và lượt đến (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="127"/>
        <source>Exported everything (JSON)</source>
        <translation>Xuất toàn bộ (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="128"/>
        <source>Exported a marketing list</source>
        <translation>Xuất danh sách tiếp thị</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="129"/>
        <source>Exported the activity log</source>
        <translation>Xuất nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="130"/>
        <source>Recorded an incident</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="131"/>
        <source>Updated an incident</source>
        <translation>Cập nhật sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="132"/>
        <source>Drafted an incident notification</source>
        <translation>Soạn thông báo sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="133"/>
        <source>Made the record of processing</source>
        <translation>Lập hồ sơ xử lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="134"/>
        <source>Removed data past retention</source>
        <translation>Xóa dữ liệu quá hạn lưu giữ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="135"/>
        <source>Filled the demo salon</source>
        <translation>Tạo dữ liệu tiệm mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="136"/>
        <source>Added demo photos</source>
        <translation>Thêm ảnh mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="141"/>
        <source>family name</source>
        <translation>họ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="142"/>
        <source>given name</source>
        <translation>tên</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="143"/>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="144"/>
        <source>phone (masked)</source>
        <translation>điện thoại (ẩn số)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="145"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="146"/>
        <source>birth date</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="147"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="148"/>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="149"/>
        <source>minor</source>
        <translation>vị thành niên</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="150"/>
        <source>guardian</source>
        <translation>người giám hộ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="151"/>
        <source>preferences</source>
        <translation>sở thích</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="152"/>
        <source>tags</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="153"/>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="154"/>
        <source>alerts</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="155"/>
        <source>health</source>
        <translation>sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="156"/>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="157"/>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="158"/>
        <source>products</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="159"/>
        <source>formula</source>
        <translation>công thức màu</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="160"/>
        <source>price</source>
        <translation>giá</translation>
    </message>
    <message>
        <location filename="../../ui/audit_words.py" line="161"/>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="40"/>
        <source>No verified backup yet. Back up now, to a USB stick kept away from this PC.</source>
        <translation>Chưa có bản sao lưu nào được kiểm tra. Hãy sao lưu ngay vào USB cất xa máy tính này.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="55"/>
        <source>Made: %1 by %2</source>
        <translation>Tạo lúc: %1, bởi %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="60"/>
        <source>Clients: %1, size: %2</source>
        <translation>Khách hàng: %1, dung lượng: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="65"/>
        <source>Activity log: %1 entries, chain verified</source>
        <translation>Nhật ký hoạt động: %1 mục, chuỗi đã được kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="71"/>
        <source>Warning: this vault&apos;s activity log does not hold the backup&apos;s last entry. The vault was restored from an older backup since, or its file was replaced.</source>
        <translation>Cảnh báo: nhật ký hoạt động của kho này không có mục cuối của bản sao lưu. Kho đã được khôi phục từ một bản sao lưu cũ hơn, hoặc tệp của nó đã bị thay.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="95"/>
        <source>The backup is written and verified:
%1 (%2)</source>
        <translation>Bản sao lưu đã được ghi và kiểm tra:
%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="107"/>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="116"/>
        <source>Verifying a backup</source>
        <translation>Đang kiểm tra bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="119"/>
        <source>The backup is good.</source>
        <translation>Bản sao lưu tốt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="129"/>
        <source>Restore drill</source>
        <translation>Diễn tập khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="132"/>
        <source>The drill restored this backup into a scratch vault, checked it and threw it away. A real restore would work.</source>
        <translation>Buổi diễn tập đã khôi phục bản sao lưu này vào một kho nháp, kiểm tra rồi xoá đi. Khôi phục thật sẽ thành công.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="145"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="147"/>
        <source>Replace the whole vault with the backup %1?

Everything recorded after that backup was made is left out. The current vault is not deleted: it is kept aside in the data folder. Everyone is signed out.</source>
        <translation>Thay toàn bộ kho bằng bản sao lưu %1?

Mọi thứ ghi sau thời điểm tạo bản sao lưu đó sẽ không có. Kho hiện tại không bị xoá: nó được cất riêng trong thư mục dữ liệu. Mọi người sẽ bị đăng xuất.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backup_actions.py" line="167"/>
        <source>Restoring</source>
        <translation>Đang khôi phục</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <location filename="../../ui/pages/backup_actions.py" line="29"/>
        <source>The last verified backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>Bản sao lưu đã kiểm tra gần nhất đã cũ %n ngày. Hãy sao lưu ngay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/backup_actions.py" line="32"/>
        <source>%n older backup(s) removed (generations).</source>
        <translation>
            <numerusform>Đã xoá %n bản sao lưu cũ (giữ theo số thế hệ).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupHistory</name>
    <message>
        <location filename="../../ui/models/backup_history.py" line="27"/>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="28"/>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="29"/>
        <source>Restore drill</source>
        <translation>Diễn tập khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="30"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="36"/>
        <source>Verified</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="37"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="38"/>
        <source>Cancelled</source>
        <translation>Đã huỷ</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="70"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="71"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="72"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="73"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="74"/>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="75"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="76"/>
        <source>Who</source>
        <translation>Người làm</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_history.py" line="96"/>
        <source>(scheduled)</source>
        <translation>(theo lịch)</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <location filename="../../ui/backup_tasks.py" line="60"/>
        <source>Cancelling; removing the unfinished file…</source>
        <translation>Đang huỷ; đang xoá tệp chưa xong…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="68"/>
        <source>Writing the encrypted backup…</source>
        <translation>Đang ghi bản sao lưu đã mã hoá…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="69"/>
        <source>Reading it back and checking it…</source>
        <translation>Đang đọc lại và kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="70"/>
        <source>Decrypting and checking the backup…</source>
        <translation>Đang giải mã và kiểm tra bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>BackupTasks</name>
    <message>
        <location filename="../../ui/backup_tasks.py" line="137"/>
        <source>Cancelled; nothing was left half-written and earlier backups are as they were.</source>
        <translation>Đã huỷ; không có tệp nào ghi dở và các bản sao lưu trước vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tasks.py" line="144"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Đã xảy ra lỗi không lường trước: %1</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="203"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="205"/>
        <source>USB / removable: %1</source>
        <translation>USB / ổ rời: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="228"/>
        <source>Choose a USB stick or a folder for the backup.</source>
        <translation>Chọn USB hoặc một thư mục để sao lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="230"/>
        <source>This folder is not there now (drive unplugged?).</source>
        <translation>Hiện không thấy thư mục này (ổ đã bị rút?).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="234"/>
        <source>Free: %1 of %2</source>
        <translation>Còn trống: %1 trên %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="258"/>
        <source>Back up into this folder</source>
        <translation>Sao lưu vào thư mục này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="265"/>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="265"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>Bản sao lưu SalonVault (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="289"/>
        <location filename="../../ui/pages/backups_page.py" line="302"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="291"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="303"/>
        <location filename="../../ui/pages/backups_page.py" line="305"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="304"/>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="306"/>
        <source>Check and restore</source>
        <translation>Kiểm tra và khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="307"/>
        <source>Verify a backup…</source>
        <translation>Kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="308"/>
        <source>Restore drill…</source>
        <translation>Diễn tập khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="309"/>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="310"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="311"/>
        <source>Backups kept in each folder:</source>
        <translation>Số bản sao lưu giữ trong mỗi thư mục:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="312"/>
        <source>Remind when the last backup is older than (days):</source>
        <translation>Nhắc khi bản sao lưu gần nhất cũ hơn (ngày):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="313"/>
        <source>Offer a backup when SalonVault closes</source>
        <translation>Đề nghị sao lưu khi đóng SalonVault</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="314"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups_page.py" line="315"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
<context>
    <name>CameraImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="53"/>
        <source>Choose the camera folder</source>
        <translation>Chọn thư mục máy ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="77"/>
        <source>Import from camera folder</source>
        <translation>Nhập từ thư mục máy ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="81"/>
        <source>Change folder…</source>
        <translation>Đổi thư mục…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="90"/>
        <source>Photos in the camera folder</source>
        <translation>Ảnh trong thư mục máy ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="91"/>
        <source>No photos in this folder.</source>
        <translation>Thư mục này không có ảnh.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="92"/>
        <source>Delete the original files after import</source>
        <translation>Xóa các tệp gốc sau khi nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="96"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/camera_import.py" line="121"/>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="74"/>
        <source>Minor</source>
        <translation>Vị thành niên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="76"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="110"/>
        <source>Merge with another client…</source>
        <translation>Gộp với khách khác…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="116"/>
        <source>Erase client…</source>
        <translation>Xóa khách hàng…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="122"/>
        <source>Data report…</source>
        <translation>Báo cáo dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="139"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="146"/>
        <source>Treatments</source>
        <translation>Dịch vụ đã làm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="149"/>
        <source>Patch tests</source>
        <translation>Thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="152"/>
        <source>Consents</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="155"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="158"/>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="203"/>
        <source>No consent to keep service records yet: ask before the treatment.</source>
        <translation>Chưa có sự đồng ý lưu hồ sơ dịch vụ: hãy hỏi khách trước khi làm dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="248"/>
        <source>Severe health alert: check before any treatment.</source>
        <translation>Cảnh báo sức khỏe nghiêm trọng: hãy kiểm tra trước mọi dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="254"/>
        <source>This client has health alerts.</source>
        <translation>Khách hàng này có cảnh báo sức khỏe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="259"/>
        <source>Patch test: %1</source>
        <translation>Thử dị ứng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_card.py" line="144"/>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="54"/>
        <source>New client</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="56"/>
        <source>Change details: %1</source>
        <translation>Sửa thông tin: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="91"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="92"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="93"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="94"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="95"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Ngày sinh (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="96"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="97"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="98"/>
        <source>Minor (under 18)</source>
        <translation>Vị thành niên (dưới 18 tuổi)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="99"/>
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="100"/>
        <source>Hair preferences</source>
        <translation>Sở thích về tóc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="101"/>
        <source>Skin preferences</source>
        <translation>Sở thích về da</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="102"/>
        <source>Lash preferences</source>
        <translation>Sở thích về mi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="103"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="104"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="123"/>
        <source>Name and how to reach them</source>
        <translation>Họ tên và cách liên lạc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="125"/>
        <source>Short words, separated by commas: balayage, regular</source>
        <translation>Từ ngắn, cách nhau bằng dấu phẩy: balayage, khách quen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="218"/>
        <source>Possible duplicate</source>
        <translation>Có thể trùng khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_dialog.py" line="220"/>
        <source>A client with the same phone, or a very similar name and birth date, is already registered. Add this one anyway?</source>
        <translation>Đã có khách hàng cùng số điện thoại, hoặc có tên rất giống và cùng ngày sinh. Vẫn thêm khách hàng này?</translation>
    </message>
</context>
<context>
    <name>ClientTable</name>
    <message>
        <location filename="../../ui/models/client_table.py" line="86"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="87"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="88"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="89"/>
        <source>Last visit</source>
        <translation>Lần đến gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="126"/>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="133"/>
        <source>severe</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="140"/>
        <source>Severe health alert</source>
        <translation>Cảnh báo sức khỏe nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../ui/models/client_table.py" line="142"/>
        <source>Health alert</source>
        <translation>Cảnh báo sức khỏe</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="103"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n khách hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/clients_page.py" line="110"/>
        <source>%n client(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n khách hàng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="198"/>
        <source>Find a client: name, phone, e-mail or tag</source>
        <translation>Tìm khách hàng: tên, điện thoại, email hoặc nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="199"/>
        <source>Find a client</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="200"/>
        <source>New client…</source>
        <translation>Khách hàng mới…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="201"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="202"/>
        <source>Show archived</source>
        <translation>Hiện khách đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/clients_page.py" line="203"/>
        <source>Clients found</source>
        <translation>Khách hàng tìm thấy</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../ui/consent_labels.py" line="12"/>
        <source>Service records</source>
        <translation>Hồ sơ dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="13"/>
        <source>Health information</source>
        <translation>Thông tin sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="14"/>
        <source>Before/after photos</source>
        <translation>Ảnh trước/sau</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="15"/>
        <source>Photos in marketing</source>
        <translation>Ảnh dùng để quảng bá</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="16"/>
        <source>Marketing by SMS</source>
        <translation>Tiếp thị qua SMS</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="17"/>
        <source>Marketing by e-mail</source>
        <translation>Tiếp thị qua email</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="18"/>
        <source>Marketing by phone</source>
        <translation>Tiếp thị qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="19"/>
        <source>Marketing by messaging apps</source>
        <translation>Tiếp thị qua ứng dụng nhắn tin</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="22"/>
        <source>Reminders</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="29"/>
        <source>Not asked</source>
        <translation>Chưa hỏi</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="30"/>
        <source>Agreed</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="31"/>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="32"/>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="39"/>
        <source>Signed on screen</source>
        <translation>Ký trên màn hình</translation>
    </message>
    <message>
        <location filename="../../ui/consent_labels.py" line="40"/>
        <source>Signed on paper</source>
        <translation>Ký trên giấy</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="77"/>
        <source>Record consent</source>
        <translation>Ghi nhận sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="111"/>
        <source>The client signs on screen</source>
        <translation>Khách hàng ký trên màn hình</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="112"/>
        <source>The client signed a paper form</source>
        <translation>Khách hàng đã ký phiếu giấy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="117"/>
        <location filename="../../ui/dialogs/consent_dialog.py" line="118"/>
        <source>Paper form&apos;s reference</source>
        <translation>Số tham chiếu của phiếu giấy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="128"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="136"/>
        <source>Language of the text</source>
        <translation>Ngôn ngữ của văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="181"/>
        <source>Choose Agree or Refuse for every purpose.</source>
        <translation>Hãy chọn Đồng ý hoặc Từ chối cho mỗi mục.</translation>
    </message>
</context>
<context>
    <name>ConsentTemplatesPanel</name>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="150"/>
        <source>Current text: version %1, saved %2</source>
        <translation>Văn bản hiện tại: phiên bản %1, lưu ngày %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="159"/>
        <source>Version %1 · %2</source>
        <translation>Phiên bản %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="182"/>
        <source>The salon now asks for “%1”.</source>
        <translation>Tiệm nay xin đồng ý cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="185"/>
        <source>The salon no longer asks for “%1”.</source>
        <translation>Tiệm không còn xin đồng ý cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="195"/>
        <source>Save this text as a new version? Clients who agreed to the old text will be asked again. The old version stays in the history.</source>
        <translation>Lưu văn bản này thành phiên bản mới? Khách đã đồng ý với văn bản cũ sẽ được hỏi lại. Phiên bản cũ vẫn được giữ trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="199"/>
        <source>Save as new version</source>
        <translation>Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="210"/>
        <source>Saved as version %1.</source>
        <translation>Đã lưu thành phiên bản %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="232"/>
        <source>Ticked: the salon asks clients for this.</source>
        <translation>Được đánh dấu: tiệm xin khách đồng ý cho mục này.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="233"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="236"/>
        <source>{salon_name} and {salon_address} are filled in with the salon&apos;s details when the text is shown.</source>
        <translation>{salon_name} và {salon_address} được thay bằng thông tin của tiệm khi hiển thị văn bản.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="240"/>
        <source>Save as new version…</source>
        <translation>Lưu thành phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consent_templates_panel.py" line="241"/>
        <source>Earlier versions (read-only)</source>
        <translation>Các phiên bản trước (chỉ xem)</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="123"/>
        <source>version %1 → %2</source>
        <translation>phiên bản %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/consents_page.py" line="130"/>
        <source>%n consent(s) to ask again</source>
        <translation>
            <numerusform>%n sự đồng ý cần hỏi lại</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="170"/>
        <source>The privacy notice was sent to the printer.</source>
        <translation>Thông báo về quyền riêng tư đã được gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="175"/>
        <source>The saved file is not encrypted: it leaves the vault. The notice holds no client&apos;s details, only the salon&apos;s name, address and rules.</source>
        <translation>Tệp được lưu không được mã hóa: nó ra khỏi kho dữ liệu. Thông báo không chứa thông tin của khách nào, chỉ có tên, địa chỉ và quy định của tiệm.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="179"/>
        <location filename="../../ui/pages/consents_page.py" line="184"/>
        <source>Save privacy notice</source>
        <translation>Lưu thông báo về quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="196"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="207"/>
        <source>Consents given under an earlier version of the text. Ask these clients again when they next come in; until then their earlier answer stands.</source>
        <translation>Các sự đồng ý được đưa ra theo phiên bản văn bản cũ. Hãy hỏi lại những khách này vào lần tới họ đến; cho đến lúc đó, câu trả lời trước của họ vẫn có hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="212"/>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="212"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="212"/>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="214"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="215"/>
        <source>To ask again</source>
        <translation>Cần hỏi lại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="217"/>
        <source>Texts</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="218"/>
        <source>Privacy notice…</source>
        <translation>Thông báo về quyền riêng tư…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="219"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/consents_page.py" line="220"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="61"/>
        <source>No consent to keep service records: ask the client before the treatment.</source>
        <translation>Chưa có sự đồng ý lưu hồ sơ dịch vụ: hãy hỏi khách hàng trước khi làm dịch vụ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <source>Since</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="64"/>
        <source>Text version</source>
        <translation>Phiên bản văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="66"/>
        <source>Consent per purpose</source>
        <translation>Sự đồng ý theo mục đích</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="68"/>
        <source>How</source>
        <translation>Cách thức</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="70"/>
        <source>Consent history</source>
        <translation>Lịch sử đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="71"/>
        <source>Record consent…</source>
        <translation>Ghi nhận sự đồng ý…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="73"/>
        <source>Withdraw…</source>
        <translation>Rút lại…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="76"/>
        <source>Print form…</source>
        <translation>In phiếu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="78"/>
        <source>Save form as…</source>
        <translation>Lưu phiếu thành…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="95"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="127"/>
        <source>%1 (needs re-consent: the text changed)</source>
        <translation>%1 (cần đồng ý lại: văn bản đã thay đổi)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="142"/>
        <source>%1, withdrawn %2</source>
        <translation>%1, đã rút lại %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="184"/>
        <source>Consent recorded.</source>
        <translation>Đã ghi nhận sự đồng ý.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="193"/>
        <source>Withdraw the client&apos;s consent for “%1”? It ends now.</source>
        <translation>Rút lại sự đồng ý của khách hàng cho “%1”? Sự đồng ý kết thúc ngay bây giờ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="196"/>
        <source>Withdraw the client&apos;s photo consent? Every photo of this client is deleted from the vault now. This cannot be undone.</source>
        <translation>Rút lại sự đồng ý chụp ảnh của khách hàng? Mọi ảnh của khách hàng này sẽ bị xóa khỏi kho dữ liệu ngay bây giờ. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="201"/>
        <source>Withdraw consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="202"/>
        <source>Reason (optional):</source>
        <translation>Lý do (không bắt buộc):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/consents_panel.py" line="216"/>
        <source>Consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Đã rút lại sự đồng ý; đã xóa %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="218"/>
        <source>Consent withdrawn.</source>
        <translation>Đã rút lại sự đồng ý.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="243"/>
        <source>The form was sent to the printer.</source>
        <translation>Phiếu đã được gửi đến máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="248"/>
        <source>The saved file is not encrypted: it leaves the vault with the client&apos;s name and signature. Save it only where the client&apos;s records may be kept, and delete it when it is no longer needed.</source>
        <translation>Tệp được lưu không được mã hóa: nó rời khỏi kho dữ liệu cùng với tên và chữ ký của khách hàng. Chỉ lưu ở nơi được phép giữ hồ sơ khách hàng, và xóa khi không còn cần.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="253"/>
        <location filename="../../ui/dialogs/consents_panel.py" line="258"/>
        <source>Save form</source>
        <translation>Lưu phiếu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consents_panel.py" line="270"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="145"/>
        <source>Last verified backup: none yet</source>
        <translation>Bản sao lưu đã kiểm tra gần nhất: chưa có</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="149"/>
        <source>Last verified backup: %1</source>
        <translation>Bản sao lưu đã kiểm tra gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="160"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="162"/>
        <source>New clients in the last 30 days</source>
        <translation>Khách hàng mới trong 30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="163"/>
        <source>Clients without consent to keep their records</source>
        <translation>Khách hàng chưa đồng ý lưu hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="164"/>
        <source>Clients to ask again (consent text changed)</source>
        <translation>Khách hàng cần hỏi lại (nội dung đồng ý đã đổi)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="165"/>
        <source>Patch tests running out within a week</source>
        <translation>Thử dị ứng hết hạn trong tuần</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="166"/>
        <source>Due for removal (see Privacy)</source>
        <translation>Đến hạn xóa (xem Quyền riêng tư)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="167"/>
        <source>Failed sign-ins in the last 7 days</source>
        <translation>Đăng nhập thất bại trong 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="171"/>
        <source>Visits per month</source>
        <translation>Lượt khách mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="172"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="173"/>
        <source>Open Backups</source>
        <translation>Mở trang Sao lưu</translation>
    </message>
</context>
<context>
    <name>DataReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="44"/>
        <source>Client data report</source>
        <translation>Báo cáo dữ liệu khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="51"/>
        <source>Everything held on %1: the record, health, visits, patch tests, photos, consents with their texts, and the log of who opened the record. For the client&apos;s request to see their data or to have a copy.</source>
        <translation>Mọi dữ liệu đang lưu về %1: hồ sơ, sức khỏe, lượt đến, thử dị ứng, ảnh, các sự đồng ý kèm nội dung, và nhật ký ai đã mở hồ sơ. Dùng khi khách hàng yêu cầu xem hoặc nhận bản sao dữ liệu của mình.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="63"/>
        <source>The saved files are not encrypted: they leave the vault. Save them only to hand to the client (a USB stick, or print the PDF), and delete your copy afterwards.</source>
        <translation>Các tệp được lưu không mã hóa: chúng rời khỏi kho dữ liệu. Chỉ lưu để trao cho khách hàng (một USB, hoặc in PDF), và xóa bản của bạn sau đó.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="82"/>
        <source>Language of the report:</source>
        <translation>Ngôn ngữ của báo cáo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="83"/>
        <source>Readable report (PDF)</source>
        <translation>Báo cáo để đọc (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="85"/>
        <source>Machine-readable copy (JSON, photos included)</source>
        <translation>Bản máy đọc được (JSON, kèm ảnh)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="87"/>
        <source>Files:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="97"/>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="114"/>
        <source>Save the client data report</source>
        <translation>Lưu báo cáo dữ liệu khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="126"/>
        <source>Not inside the vault folder; choose another place.</source>
        <translation>Không được lưu trong thư mục kho dữ liệu; hãy chọn nơi khác.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_report_dialog.py" line="146"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="34"/>
        <source>Erase this client</source>
        <translation>Xóa khách hàng này</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="42"/>
        <source>This removes %1 for good: contact details, health items, patch tests, treatments, photos, and consents with their signatures. The activity log keeps only a note that an erasure happened, with no name in it. It cannot be undone.</source>
        <translation>Thao tác này xóa vĩnh viễn %1: thông tin liên hệ, mục sức khỏe, thử dị ứng, lịch sử dịch vụ, ảnh, và các sự đồng ý cùng chữ ký. Nhật ký hoạt động chỉ giữ một ghi chú rằng đã có một lần xóa, không có tên. Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="55"/>
        <source>Backups made before now still hold this client until they rotate out (the newest %1 backups are kept on each drive). If you ever restore one of them, erase the client again.</source>
        <translation>Các bản sao lưu tạo trước thời điểm này vẫn còn khách hàng này cho đến khi bị thay vòng (mỗi ổ giữ %1 bản mới nhất). Nếu bạn khôi phục từ một bản như vậy, hãy xóa khách hàng này lần nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="66"/>
        <source>Keep the visits as anonymous counts (month and service only)</source>
        <translation>Giữ các lượt đến dưới dạng số đếm ẩn danh (chỉ tháng và dịch vụ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="69"/>
        <source>To confirm, type the client&apos;s name: %1</source>
        <translation>Để xác nhận, hãy gõ tên khách hàng: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="80"/>
        <source>Erase for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="111"/>
        <source>Client erased</source>
        <translation>Đã xóa khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/erase_dialog.py" line="114"/>
        <source>The client is erased: %1 treatments, %2 photos, %3 consents and %4 health items removed.</source>
        <translation>Đã xóa khách hàng: %1 lượt dịch vụ, %2 ảnh, %3 sự đồng ý và %4 mục sức khỏe.</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="117"/>
        <source>The file leaves the vault unencrypted: whoever gets it can read the client records in it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Tệp rời khỏi kho dữ liệu ở dạng không mã hóa: ai có được tệp đều đọc được hồ sơ khách hàng trong đó. Hãy giữ an toàn và xóa khi không còn cần.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="125"/>
        <source>The file leaves the vault encrypted with age: it opens only with the passphrase or the recovery key chosen here (for example `age -d`).</source>
        <translation>Tệp rời khỏi kho dữ liệu ở dạng mã hóa bằng age: chỉ mở được bằng cụm mật khẩu hoặc khóa khôi phục đã chọn ở đây (ví dụ `age -d`).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="138"/>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Cụm mật khẩu cần ít nhất 12 ký tự.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="140"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="143"/>
        <source>Tick the box to confirm an unencrypted file.</source>
        <translation>Hãy đánh dấu ô để xác nhận tệp không mã hóa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="158"/>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="185"/>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="186"/>
        <source>Exported %1 clients to:
%2</source>
        <translation>Đã xuất %1 khách hàng ra:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="198"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="200"/>
        <source>All clients and visits, for a spreadsheet (two CSV files)</source>
        <translation>Mọi khách hàng và lượt đến, cho bảng tính (hai tệp CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="203"/>
        <source>Everything, machine-readable (JSON: health, visits, consents)</source>
        <translation>Toàn bộ, dạng máy đọc được (JSON: sức khỏe, lượt đến, sự đồng ý)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="206"/>
        <source>Marketing list: clients who agreed to this channel, with that contact only</source>
        <translation>Danh sách tiếp thị: khách hàng đã đồng ý kênh này, chỉ kèm thông tin liên hệ của kênh đó</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="210"/>
        <source>Protection</source>
        <translation>Bảo vệ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="212"/>
        <source>Encrypted to the salon&apos;s recovery key (opens with the Recovery Kit)</source>
        <translation>Mã hóa bằng khóa khôi phục của tiệm (mở bằng Bộ khôi phục)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="214"/>
        <source>Encrypted with a passphrase</source>
        <translation>Mã hóa bằng cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="215"/>
        <source>Not encrypted</source>
        <translation>Không mã hóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="216"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Cụm mật khẩu (12+ ký tự)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="217"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="219"/>
        <source>I understand that this file is readable by anyone who gets it</source>
        <translation>Tôi hiểu rằng ai có tệp này đều đọc được</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/exports_tab.py" line="221"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="115"/>
        <source>Choose the client list: a CSV file (any separator; UTF-8, UTF-16, or the Vietnamese, Polish or Chinese Windows encodings) or an Excel workbook (.xlsx). The file is read into memory only; nothing is written until you confirm the preview.</source>
        <translation>Chọn danh sách khách: tệp CSV (dấu phân cách bất kỳ; UTF-8, UTF-16 hoặc bảng mã Windows tiếng Việt, Ba Lan, Trung Quốc) hoặc sổ tính Excel (.xlsx). Tệp chỉ được đọc vào bộ nhớ; không ghi gì cho đến khi bạn xác nhận bản xem trước.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="121"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
</context>
<context>
    <name>HealthItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="149"/>
        <source>Add a health item</source>
        <translation>Thêm mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="158"/>
        <source>e.g. PPD (hair dye), latex, pregnancy</source>
        <translation>ví dụ PPD (thuốc nhuộm tóc), latex, mang thai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="177"/>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="181"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="178"/>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="182"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="179"/>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="183"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="56"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="57"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="58"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="59"/>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="60"/>
        <source>Recorded</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="64"/>
        <source>None recorded.</source>
        <translation>Chưa ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="65"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="67"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="125"/>
        <source>Remove health item</source>
        <translation>Xóa mục sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/health.py" line="126"/>
        <source>Remove “%1” from this client&apos;s health record?</source>
        <translation>Xóa “%1” khỏi hồ sơ sức khỏe của khách hàng này?</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ui/models/import_preview.py" line="41"/>
        <source>Create</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="42"/>
        <source>Update the client</source>
        <translation>Cập nhật khách</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="43"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="96"/>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="97"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="98"/>
        <source>What happens</source>
        <translation>Sẽ làm gì</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="99"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="121"/>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="129"/>
        <source>New client</source>
        <translation>Khách mới</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="134"/>
        <source>Same phone as %1</source>
        <translation>Trùng số điện thoại với %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="135"/>
        <source>Same e-mail as %1</source>
        <translation>Trùng e-mail với %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="136"/>
        <source>Similar name and same birth date as %1</source>
        <translation>Tên gần giống và cùng ngày sinh với %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="142"/>
        <source>line %1 of this file</source>
        <translation>dòng %1 của tệp này</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="162"/>
        <source>%1 (client %2)</source>
        <translation>%1 (khách %2)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview.py" line="164"/>
        <source>client %1</source>
        <translation>khách %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="123"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="442"/>
        <source>Import clients</source>
        <translation>Nhập khách</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="132"/>
        <source>Client list to import</source>
        <translation>Danh sách khách cần nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="134"/>
        <source>Client lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Danh sách khách (*.csv *.txt *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="210"/>
        <source>Checking every row…</source>
        <translation>Đang kiểm tra từng dòng…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="269"/>
        <source>Nothing is written until you click Import.
New clients: %1 · Clients updated: %2 · Skipped (possible duplicates): %3 · Cannot be imported: %4 · Rows in the file: %5</source>
        <translation>Không ghi gì cho đến khi bạn bấm Nhập.
Khách mới: %1 · Khách được cập nhật: %2 · Bỏ qua (có thể trùng): %3 · Không thể nhập: %4 · Số dòng trong tệp: %5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="304"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="311"/>
        <source>Imported.
New clients: %1 · Clients updated: %2 · Rows skipped: %3 · Rows not imported: %4 · Allergies recorded: %5</source>
        <translation>Đã nhập.
Khách mới: %1 · Khách được cập nhật: %2 · Dòng bỏ qua: %3 · Dòng không nhập: %4 · Dị ứng đã ghi: %5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="322"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="368"/>
        <source>Checking row %1 of %2…</source>
        <translation>Đang kiểm tra dòng %1 / %2…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="373"/>
        <source>Importing: %1 of %2 rows written…</source>
        <translation>Đang nhập: đã ghi %1 / %2 dòng…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="409"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="410"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="413"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="414"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="415"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="416"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="417"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="454"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation>Đang huỷ; sẽ không nhập gì…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="471"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>Đã huỷ; không nhập gì.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="475"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Đã xảy ra lỗi không mong muốn: %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="263"/>
        <source>The number you give is used as it is.</source>
        <translation>Con số bạn nhập được dùng nguyên như vậy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="275"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="277"/>
        <source>Clients concerned now: %1</source>
        <translation>Số khách hàng liên quan hiện nay: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="298"/>
        <source>Incident no. %1</source>
        <translation>Sự cố số %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="300"/>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="303"/>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="304"/>
        <source>When it happened</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="305"/>
        <source>When it was discovered</source>
        <translation>Thời điểm phát hiện</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="306"/>
        <source>Which data</source>
        <translation>Dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="307"/>
        <source>Which clients</source>
        <translation>Khách hàng nào</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="309"/>
        <source>Likely consequences</source>
        <translation>Hậu quả có thể xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="310"/>
        <source>Measures taken</source>
        <translation>Biện pháp đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="311"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="312"/>
        <source>Authority notified</source>
        <translation>Đã thông báo cơ quan chức năng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="317"/>
        <source>Describe the incident without naming clients (the log never copies it).</source>
        <translation>Mô tả sự cố mà không nêu tên khách hàng (nhật ký không bao giờ sao chép nội dung này).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="319"/>
        <source>Known</source>
        <translation>Đã biết</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="320"/>
        <source>Yes, on</source>
        <translation>Có, vào</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="324"/>
        <source>All clients</source>
        <translation>Mọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="325"/>
        <source>Clients with health data</source>
        <translation>Khách hàng có dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="326"/>
        <source>Clients with photos</source>
        <translation>Khách hàng có ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="327"/>
        <source>Clients registered between</source>
        <translation>Khách hàng đăng ký trong khoảng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="328"/>
        <source>A number I give</source>
        <translation>Một con số tôi nhập</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="336"/>
        <source>Save the incident</source>
        <translation>Lưu sự cố</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="341"/>
        <source>Names and notes</source>
        <translation>Tên và ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="342"/>
        <source>Contact details</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="343"/>
        <source>Health data</source>
        <translation>Dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="344"/>
        <source>Visits and treatments</source>
        <translation>Lượt đến và dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="345"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="346"/>
        <source>Consents and signatures</source>
        <translation>Sự đồng ý và chữ ký</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="353"/>
        <source>Being handled</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="354"/>
        <source>Contained</source>
        <translation>Đã kiểm soát</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incident_form.py" line="355"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="135"/>
        <source>%1 h left to notify (by %2)</source>
        <translation>Còn %1 giờ để thông báo (trước %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="136"/>
        <source>Overdue by %1 h (deadline %2)</source>
        <translation>Quá hạn %1 giờ (hạn chót %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="137"/>
        <source>Notified after %1 h, in time</source>
        <translation>Đã thông báo sau %1 giờ, đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="138"/>
        <source>Notified %1 h after the deadline</source>
        <translation>Đã thông báo trễ %1 giờ so với hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="139"/>
        <source>Closed without notifying</source>
        <translation>Đóng mà không thông báo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="180"/>
        <source>Incident no. %1 saved.</source>
        <translation>Đã lưu sự cố số %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="192"/>
        <source>Save the notice to the authority</source>
        <translation>Lưu thông báo gửi cơ quan chức năng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="195"/>
        <source>Save the letter to clients</source>
        <translation>Lưu thư gửi khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="198"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds your description of the incident and the counts, no client&apos;s name. It is a draft: complete it before sending.</source>
        <translation>Tệp được lưu không mã hóa: nó rời khỏi kho dữ liệu. Tệp chứa mô tả sự cố của bạn và các con số, không có tên khách hàng. Đây là bản nháp: hãy hoàn thiện trước khi gửi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="220"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="239"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="240"/>
        <source>Discovered</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="241"/>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="242"/>
        <source>Clients</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="243"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="244"/>
        <source>72-hour clock</source>
        <translation>Đồng hồ 72 giờ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="247"/>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="248"/>
        <source>Save notice to the authority…</source>
        <translation>Lưu thông báo gửi cơ quan chức năng…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/incidents_tab.py" line="249"/>
        <source>Save letter to clients…</source>
        <translation>Lưu thư gửi khách hàng…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Owner</source>
        <translation>Chủ salon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Receptionist</source>
        <translation>Lễ tân</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Allergy</source>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Condition</source>
        <translation>Bệnh lý</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Medication</source>
        <translation>Thuốc đang dùng</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Contraindication</source>
        <translation>Chống chỉ định</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Low</source>
        <translation>Nhẹ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Moderate</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Severe</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Failed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>pending</source>
        <translation>đang chờ kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>none on file</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="86"/>
        <source>Welcome to SalonVault</source>
        <translation>Chào mừng bạn đến với SalonVault</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="89"/>
        <source>SalonVault keeps your clients&apos; records encrypted on this computer. This set-up takes about five minutes; have a printer or a USB stick ready for the Recovery Kit.</source>
        <translation>SalonVault lưu hồ sơ khách hàng của bạn ở dạng mã hóa ngay trên máy tính này. Việc thiết lập mất khoảng năm phút; hãy chuẩn bị sẵn máy in hoặc USB để lưu Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="94"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="95"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="97"/>
        <source>Moving to a new computer, or starting again after a lost one?</source>
        <translation>Chuyển sang máy tính mới, hoặc làm lại sau khi mất máy?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="99"/>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="162"/>
        <location filename="../../ui/lock_screen.py" line="186"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="171"/>
        <source>Choose your own PIN, not the one-time code (the owner has seen it).</source>
        <translation>Hãy chọn mã PIN của riêng bạn, không dùng mã một lần (chủ tiệm đã thấy mã đó).</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="183"/>
        <source>The two PINs differ; choose your new PIN again.</source>
        <translation>Hai mã PIN không khớp; hãy chọn lại mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="194"/>
        <source>The code is right. Now choose your new PIN.</source>
        <translation>Mã đúng. Bây giờ hãy chọn mã PIN mới.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="242"/>
        <source>Your PIN was reset: enter the one-time code the owner gave you. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Mã PIN của bạn đã được đặt lại: hãy nhập mã một lần mà chủ tiệm đưa cho bạn. Sai thêm %n lần nữa tài khoản sẽ bị khóa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="247"/>
        <source>Wrong code. This account is now disabled; ask the owner to enable it.</source>
        <translation>Sai mã. Tài khoản này đã bị khóa; hãy nhờ chủ tiệm mở lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="249"/>
        <source>Enter the one-time code again to choose your new PIN.</source>
        <translation>Hãy nhập lại mã một lần để chọn mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="251"/>
        <source>Your one-time code has expired; ask the owner for a new one.</source>
        <translation>Mã một lần đã hết hạn; hãy xin chủ tiệm mã mới.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="257"/>
        <source>Wrong PIN. %n more wrong tries will disable this account.</source>
        <translation>
            <numerusform>Sai mã PIN. Nếu nhập sai thêm %n lần nữa, tài khoản này sẽ bị vô hiệu hóa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="261"/>
        <source>Wrong PIN. This account is now disabled; ask the owner to enable it.</source>
        <translation>Sai mã PIN. Tài khoản này đã bị vô hiệu hóa; hãy nhờ chủ salon bật lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="265"/>
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %n phút.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lock_screen.py" line="266"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="270"/>
        <source>This account is disabled after too many wrong PINs. The owner can enable it again; for the owner&apos;s own account, use the recovery key.</source>
        <translation>Tài khoản này đã bị khóa vì nhập sai mã PIN quá nhiều lần. Chủ salon có thể mở lại; nếu đây là tài khoản của chủ salon, hãy dùng khóa khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="273"/>
        <source>This account is disabled. The owner can enable it again.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Chủ salon có thể bật lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="275"/>
        <source>No staff member has that name.</source>
        <translation>Không có nhân viên nào tên như vậy.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="287"/>
        <source>Who is signing in?</source>
        <translation>Ai đang đăng nhập?</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="289"/>
        <source>Choose a new PIN for %1</source>
        <translation>Chọn mã PIN mới cho %1</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="291"/>
        <source>Type the new PIN for %1 again</source>
        <translation>Nhập lại mã PIN mới cho %1</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="294"/>
        <source>One-time code for %1 (the owner reset your PIN)</source>
        <translation>Mã một lần cho %1 (chủ tiệm đã đặt lại mã PIN của bạn)</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="297"/>
        <source>PIN for %1</source>
        <translation>Mã PIN của %1</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="301"/>
        <source>Sign in as %1, %2</source>
        <translation>Đăng nhập với tư cách %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="304"/>
        <source>Demo salon. PINs: %1</source>
        <translation>Salon dùng thử. Mã PIN: %1</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="171"/>
        <source>%1 (detected)</source>
        <translation>%1 (tự nhận biết)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="174"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_steps.py" line="177"/>
        <source>%n row(s); columns separated by %1.</source>
        <translation>
            <numerusform>%n dòng; các cột phân cách bằng %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_steps.py" line="185"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="198"/>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="225"/>
        <source>as at the last import</source>
        <translation>như lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="226"/>
        <source>from the header</source>
        <translation>theo tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="227"/>
        <source>from the values</source>
        <translation>theo giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="228"/>
        <source>this salon does not collect it (Settings)</source>
        <translation>salon này không thu thập mục này (Cài đặt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="238"/>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="239"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Imported as</source>
        <translation>Nhập thành</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="241"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="56"/>
        <source>Merge with another client</source>
        <translation>Gộp với khách khác</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Use this when one person was registered twice. Find the other record, compare them, and choose the one to keep.</source>
        <translation>Dùng khi một người được đăng ký hai lần. Tìm hồ sơ kia, so sánh và chọn hồ sơ cần giữ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="72"/>
        <source>Find the other record: name, phone or e-mail</source>
        <translation>Tìm hồ sơ kia: tên, số điện thoại hoặc e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="73"/>
        <source>Find the other record</source>
        <translation>Tìm hồ sơ kia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="95"/>
        <source>Keep this record</source>
        <translation>Giữ hồ sơ này</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="96"/>
        <source>Keep the other record</source>
        <translation>Giữ hồ sơ kia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="100"/>
        <source>Side by side</source>
        <translation>So sánh song song</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="116"/>
        <source>The record that is not kept is removed for good: its treatments, consents (the whole history, as proof), photos, health items and patch tests move to the record kept; its details fill only fields the kept record has empty (other values are dropped), its notes are added and its tags joined. This cannot be undone. Backups made before now still hold both records.</source>
        <translation>Hồ sơ không được giữ sẽ bị xoá vĩnh viễn: các lần điều trị, đồng ý (toàn bộ lịch sử, làm bằng chứng), ảnh, mục sức khoẻ và thử dị ứng được chuyển sang hồ sơ được giữ; thông tin của nó chỉ điền vào các ô còn trống của hồ sơ được giữ (các giá trị khác bị bỏ), ghi chú được thêm vào và nhãn được gộp lại. Không thể hoàn tác. Các bản sao lưu làm trước lúc này vẫn chứa cả hai hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="140"/>
        <source>Merge for good</source>
        <translation>Gộp vĩnh viễn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="164"/>
        <source>%1 (archived)</source>
        <translation>%1 (đã lưu trữ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="207"/>
        <location filename="../../ui/dialogs/merge_dialog.py" line="227"/>
        <source>Find and choose the other record first.</source>
        <translation>Hãy tìm và chọn hồ sơ kia trước.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="211"/>
        <source>To confirm, type the name of the record that will be removed: %1</source>
        <translation>Để xác nhận, hãy gõ tên của hồ sơ sẽ bị xoá: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="240"/>
        <source>The records are merged: %1 treatments, %2 consents, %3 photos, %4 health items and %5 patch tests moved to %6.</source>
        <translation>Đã gộp hồ sơ: %1 lần điều trị, %2 đồng ý, %3 ảnh, %4 mục sức khoẻ và %5 thử dị ứng đã chuyển sang %6.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="253"/>
        <source>%1 photos were deleted: the newest photo consent over both records is not an active one.</source>
        <translation>Đã xoá %1 ảnh: đồng ý chụp ảnh mới nhất của hai hồ sơ không còn hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Clients merged</source>
        <translation>Đã gộp khách</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Client number</source>
        <translation>Mã khách</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="264"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="265"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="266"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="267"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="268"/>
        <source>Treatments</source>
        <translation>Điều trị</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="269"/>
        <source>Consent records</source>
        <translation>Bản ghi đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="270"/>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="271"/>
        <source>Health items</source>
        <translation>Mục sức khoẻ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="272"/>
        <source>Patch tests</source>
        <translation>Thử dị ứng</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/workspace.py" line="43"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="44"/>
        <source>Clients</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="45"/>
        <source>Consents</source>
        <translation>Chấp thuận</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="46"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="47"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="48"/>
        <source>Activity log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="49"/>
        <source>Privacy</source>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="50"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>OpenModeBox</name>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="74"/>
        <source>The two passphrases are not the same.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="78"/>
        <source>Setting the passphrase…</source>
        <translation>Đang đặt cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="94"/>
        <location filename="../../ui/pages/open_mode_box.py" line="137"/>
        <source>How the vault opens</source>
        <translation>Cách mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="85"/>
        <source>Open the vault on this computer without the passphrase? Anyone who can sign in to this computer&apos;s user account can then start SalonVault (staff still need their PINs).</source>
        <translation>Mở kho dữ liệu trên máy tính này mà không cần cụm mật khẩu? Khi đó bất kỳ ai đăng nhập được vào tài khoản người dùng của máy này đều có thể khởi động SalonVault (nhân viên vẫn cần mã PIN của mình).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="91"/>
        <source>This computer has no protected key store: the key would be kept in a file, which is weaker.</source>
        <translation>Máy tính này không có kho khóa được bảo vệ: khóa sẽ được giữ trong một tệp, như vậy yếu hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="141"/>
        <source>Now: the vault stays closed until the owner types the passphrase at each start. If it is forgotten, only the Recovery Kit opens the vault.</source>
        <translation>Hiện tại: kho dữ liệu luôn đóng cho đến khi chủ salon nhập cụm mật khẩu mỗi lần khởi động. Nếu quên cụm mật khẩu, chỉ Bộ khôi phục mở được kho.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="148"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in a file (this computer has no protected key store): weaker, a passphrase is safer here.</source>
        <translation>Hiện tại: SalonVault tự mở trên máy tính này, bằng một khóa được giữ trong một tệp (máy này không có kho khóa được bảo vệ): yếu hơn, ở đây dùng cụm mật khẩu an toàn hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="154"/>
        <source>Now: SalonVault opens on this computer by itself, with a key kept in this computer&apos;s protected key store.</source>
        <translation>Hiện tại: SalonVault tự mở trên máy tính này, bằng một khóa được giữ trong kho khóa được bảo vệ của máy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="158"/>
        <source>That protects the records if the disk or a copy of the folder is stolen, not from someone who can sign in to this computer.</source>
        <translation>Cách này bảo vệ hồ sơ khi ổ đĩa hoặc bản sao thư mục bị đánh cắp, nhưng không chống được người đăng nhập được vào máy tính này.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="171"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Cụm mật khẩu (từ 12 ký tự)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="172"/>
        <location filename="../../ui/pages/open_mode_box.py" line="174"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="173"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="175"/>
        <source>Ask for the passphrase at every start</source>
        <translation>Hỏi cụm mật khẩu mỗi lần khởi động</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="176"/>
        <source>Open on this computer without the passphrase…</source>
        <translation>Mở trên máy tính này không cần cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="179"/>
        <source>Done. From the next start, SalonVault asks for the passphrase first.</source>
        <translation>Xong. Từ lần khởi động sau, SalonVault sẽ hỏi cụm mật khẩu trước.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/open_mode_box.py" line="182"/>
        <source>Done. SalonVault opens on this computer by itself.</source>
        <translation>Xong. SalonVault tự mở trên máy tính này.</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../ui/open_problem.py" line="59"/>
        <source>The vault did not open</source>
        <translation>Không mở được kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="62"/>
        <source>Open it with the recovery key from the Recovery Kit. If that does not work either, restore the newest backup: the files that do not open are kept aside in the data folder.</source>
        <translation>Hãy mở bằng khoá khôi phục trong Bộ khôi phục. Nếu vẫn không được, hãy khôi phục bản sao lưu mới nhất: các tệp không mở được sẽ được để riêng trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="68"/>
        <source>Restore the newest backup with the recovery key from the Recovery Kit: the files that do not open are kept aside in the data folder, not deleted.</source>
        <translation>Hãy khôi phục bản sao lưu mới nhất bằng khoá khôi phục trong Bộ khôi phục: các tệp không mở được sẽ được để riêng trong thư mục dữ liệu, không bị xoá.</translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="72"/>
        <source>Open with the recovery key…</source>
        <translation>Mở bằng khoá khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="73"/>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ui/open_problem.py" line="74"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="149"/>
        <source>Enter your name.</source>
        <translation>Hãy nhập tên của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="154"/>
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="159"/>
        <source>Good PIN.</source>
        <translation>Mã PIN hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="166"/>
        <source>You, the owner</source>
        <translation>Bạn – chủ salon</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="169"/>
        <source>Your PIN opens the owner&apos;s screens. 6 to 12 digits; not a date, a run like 123456, or a repeat like 121212.</source>
        <translation>Mã PIN của bạn dùng để mở các màn hình dành cho chủ salon. Gồm 6 đến 12 chữ số; không dùng ngày tháng, dãy số liên tiếp như 123456 hay dãy lặp lại như 121212.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="173"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="176"/>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="174"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="177"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="175"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="178"/>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
</context>
<context>
    <name>PatchResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="256"/>
        <source>Patch test result</source>
        <translation>Kết quả thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="261"/>
        <source>%1, tested on %2</source>
        <translation>%1, thử ngày %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="264"/>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="270"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>PatchTestDialog</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="172"/>
        <source>Record a patch test</source>
        <translation>Ghi nhận thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="183"/>
        <source>e.g. Wella Koleston 7/0</source>
        <translation>ví dụ Wella Koleston 7/0</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="189"/>
        <source>Tested on</source>
        <translation>Ngày thử</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="190"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="191"/>
        <source>Batch</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="200"/>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="201"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>PatchTestsTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="63"/>
        <source>Tested on</source>
        <translation>Ngày thử</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="64"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="65"/>
        <source>Batch</source>
        <translation>Số lô</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="66"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="67"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="68"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="73"/>
        <source>Record a patch test…</source>
        <translation>Ghi nhận thử dị ứng…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="75"/>
        <source>Set result…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="79"/>
        <source>Details of patch tests are for owners and technicians.</source>
        <translation>Chi tiết thử dị ứng chỉ dành cho chủ salon và kỹ thuật viên.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/patch_tests.py" line="96"/>
        <source>Patch test: %1</source>
        <translation>Thử dị ứng: %1</translation>
    </message>
</context>
<context>
    <name>PhotoViewDialog</name>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="71"/>
        <source>Compare before and after</source>
        <translation>So sánh trước và sau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="73"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="97"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_view.py" line="97"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="79"/>
        <source>Record photo consent…</source>
        <translation>Ghi nhận đồng ý chụp ảnh…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="81"/>
        <source>Withdraw photo consent…</source>
        <translation>Rút lại đồng ý chụp ảnh…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="87"/>
        <location filename="../../ui/dialogs/photos_panel.py" line="111"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="88"/>
        <location filename="../../ui/dialogs/photos_panel.py" line="111"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="89"/>
        <source>Before or after</source>
        <translation>Trước hay sau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="91"/>
        <location filename="../../ui/dialogs/photos_panel.py" line="111"/>
        <source>Treatment</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="92"/>
        <source>Add photo from file…</source>
        <translation>Thêm ảnh từ tệp…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="94"/>
        <source>Import from camera folder…</source>
        <translation>Nhập từ thư mục máy ảnh…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="97"/>
        <source>Compare before and after…</source>
        <translation>So sánh trước và sau…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="99"/>
        <source>Remove photo…</source>
        <translation>Xóa ảnh…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="101"/>
        <source>No photos yet.</source>
        <translation>Chưa có ảnh nào.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="122"/>
        <source>Photos by treatment</source>
        <translation>Ảnh theo dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="157"/>
        <source>Photo consent: given.</source>
        <translation>Đồng ý chụp ảnh: đã có.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="161"/>
        <source>Photo consent: not recorded. Before/after photos can be taken and kept only after the client agrees.</source>
        <translation>Đồng ý chụp ảnh: chưa ghi nhận. Chỉ được chụp và lưu ảnh trước/sau khi khách hàng đã đồng ý.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="184"/>
        <source>Photo consent recorded.</source>
        <translation>Đã ghi nhận đồng ý chụp ảnh.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="188"/>
        <source>The client refused photos; the refusal is recorded.</source>
        <translation>Khách hàng từ chối chụp ảnh; việc từ chối đã được ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="194"/>
        <source>Withdraw photo consent</source>
        <translation>Rút lại đồng ý chụp ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="196"/>
        <source>Withdraw the client&apos;s photo consent? %n photo(s) of this client will be deleted from the vault now. This cannot be undone.</source>
        <translation>
            <numerusform>Rút lại đồng ý chụp ảnh của khách hàng? %n ảnh của khách hàng này sẽ bị xóa khỏi kho dữ liệu ngay bây giờ. Không thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="215"/>
        <source>Photo consent withdrawn; %n photo(s) deleted.</source>
        <translation>
            <numerusform>Đã rút lại đồng ý chụp ảnh; đã xóa %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="258"/>
        <source>No treatment</source>
        <translation>Không gắn dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="279"/>
        <source>%1 (no treatment)</source>
        <translation>%1 (không gắn dịch vụ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="322"/>
        <source>Choose photos</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="324"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="370"/>
        <source>Adding photos…</source>
        <translation>Đang thêm ảnh…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="380"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Đã thêm %n ảnh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="383"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="387"/>
        <source>%1 was added but the original could not be deleted (%2).</source>
        <translation>Đã thêm %1 nhưng không xóa được tệp gốc (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photos_panel.py" line="451"/>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/photos_panel.py" line="452"/>
        <source>Remove %n photo(s) from the vault? This cannot be undone.</source>
        <translation>
            <numerusform>Xóa %n ảnh khỏi kho dữ liệu? Không thể hoàn tác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="97"/>
        <location filename="../../ui/widgets/pin_pad.py" line="98"/>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="99"/>
        <source>Delete last digit</source>
        <translation>Xóa số cuối</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="100"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="101"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../ui/pin_messages.py" line="14"/>
        <source>A PIN has digits only.</source>
        <translation>Mã PIN chỉ gồm chữ số.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="16"/>
        <source>A PIN has %1 to %2 digits.</source>
        <translation>Mã PIN gồm từ %1 đến %2 chữ số.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="19"/>
        <source>A PIN cannot be one digit repeated.</source>
        <translation>Mã PIN không được chỉ là một chữ số lặp lại.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="21"/>
        <source>A PIN cannot be a run of digits like 123456 or 987654.</source>
        <translation>Mã PIN không được là dãy số liên tiếp như 123456 hay 987654.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="25"/>
        <source>A PIN cannot repeat a short pattern like 121212 or 123123.</source>
        <translation>Mã PIN không được lặp lại một nhóm số ngắn như 121212 hay 123123.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="29"/>
        <source>That PIN is among the most common ones; choose another.</source>
        <translation>Mã PIN này quá phổ biến; hãy chọn mã khác.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_messages.py" line="32"/>
        <source>A PIN cannot look like a date (people guess birthdays first).</source>
        <translation>Mã PIN không được giống ngày tháng (người khác thường đoán ngày sinh đầu tiên).</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="35"/>
        <source>This page is not ready yet; it comes in a later update of this version.</source>
        <translation>Trang này chưa sẵn sàng; trang sẽ có trong một bản cập nhật sau của phiên bản này.</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="308"/>
        <source>Only rows that are not simply new clients</source>
        <translation>Chỉ các dòng không đơn thuần là khách mới</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="309"/>
        <source>For the selected rows:</source>
        <translation>Với các dòng đã chọn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="310"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="311"/>
        <source>Update the client already registered</source>
        <translation>Cập nhật khách đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="312"/>
        <source>Create anyway</source>
        <translation>Vẫn tạo mới</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="43"/>
        <source>Privacy duties</source>
        <translation>Nghĩa vụ bảo vệ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="44"/>
        <source>Retention</source>
        <translation>Lưu giữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="45"/>
        <source>Exports</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="46"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy_page.py" line="47"/>
        <source>Record of processing</source>
        <translation>Hồ sơ xử lý dữ liệu</translation>
    </message>
</context>
<context>
    <name>ProcessingRecordTab</name>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="60"/>
        <source>Save the record of processing</source>
        <translation>Lưu hồ sơ xử lý dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="62"/>
        <source>The saved file is not encrypted: it leaves the vault. It holds no client&apos;s details, only the salon&apos;s name, address, settings and rules.</source>
        <translation>Tệp được lưu không mã hóa: nó rời khỏi kho dữ liệu. Tệp không chứa thông tin khách hàng nào, chỉ có tên, địa chỉ, cài đặt và quy tắc của tiệm.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="81"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="96"/>
        <source>The record of processing activities (GDPR Art. 30) is made from the salon&apos;s settings: the consent purposes switched on, the client fields collected, the retention rules and what SalonVault does to protect the records. It is in the salon&apos;s language; complete the parts in [square brackets] on paper.</source>
        <translation>Hồ sơ hoạt động xử lý dữ liệu (GDPR Điều 30) được lập từ cài đặt của tiệm: các mục đích đồng ý đang bật, các trường thông tin khách hàng được thu thập, quy tắc lưu giữ và những gì SalonVault làm để bảo vệ hồ sơ. Hồ sơ theo ngôn ngữ của tiệm; hãy điền các phần trong [ngoặc vuông] trên giấy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/processing_tab.py" line="102"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="67"/>
        <source>Change details…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="97"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="101"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="103"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="104"/>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="105"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="110"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="114"/>
        <source>Serving this client</source>
        <translation>Khi phục vụ khách hàng này</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="116"/>
        <source>Minor (under 18)</source>
        <translation>Vị thành niên (dưới 18 tuổi)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="118"/>
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="119"/>
        <source>Hair</source>
        <translation>Tóc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="120"/>
        <source>Skin</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="121"/>
        <source>Lashes</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="124"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="125"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="137"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="137"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="150"/>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="177"/>
        <source>Bring back</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="152"/>
        <source>Archive…</source>
        <translation>Lưu trữ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="170"/>
        <source>Archive %1? The client leaves everyday search; nothing is deleted and you can bring them back at any time.</source>
        <translation>Lưu trữ %1? Khách hàng sẽ không hiện trong tìm kiếm hằng ngày; không có gì bị xóa và bạn có thể khôi phục bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="174"/>
        <source>Bring %1 back into everyday search?</source>
        <translation>Đưa %1 trở lại tìm kiếm hằng ngày?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/profile.py" line="177"/>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../../ui/recovery_kit_actions.py" line="31"/>
        <source>Not inside the vault folder; choose a USB stick for the safe.</source>
        <translation>Không thể lưu vào thư mục kho dữ liệu; hãy chọn USB sẽ được cất trong két sắt.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_actions.py" line="42"/>
        <source>The Recovery Kit opens every client record. Save it only to a USB stick that you will keep in the safe, not on this computer.</source>
        <translation>Bộ khôi phục mở được mọi hồ sơ khách hàng. Chỉ lưu nó vào USB mà bạn sẽ cất trong két sắt, không lưu trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_kit_actions.py" line="48"/>
        <source>Save the Recovery Kit</source>
        <translation>Lưu Bộ khôi phục</translation>
    </message>
</context>
<context>
    <name>RecoveryKitDialog</name>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="47"/>
        <source>Recovery Kit</source>
        <translation>Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="50"/>
        <source>Print the Recovery Kit or save it to a USB stick, and keep it in the safe. Anyone who has it can open every record.</source>
        <translation>Hãy in Bộ khôi phục hoặc lưu vào USB, rồi cất trong két sắt. Bất kỳ ai có nó đều mở được mọi hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="59"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="60"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="61"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="70"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>Tôi đã in hoặc lưu Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="103"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="105"/>
        <source>Could not print: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="112"/>
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_kit_dialog.py" line="115"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="335"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="355"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="340"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="361"/>
        <source>Sent to the printer.</source>
        <translation>Đã gửi tới máy in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="325"/>
        <source>Could not make the kit: %1</source>
        <translation>Không tạo được Bộ khôi phục: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="352"/>
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="363"/>
        <source>Could not print: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="371"/>
        <source>Your Recovery Kit</source>
        <translation>Bộ khôi phục của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="374"/>
        <source>This key opens the vault and its backups if this computer is lost or broken. Print the kit or save it to a USB stick, and keep it in the safe. Without it, a lost computer means lost records.</source>
        <translation>Khóa này mở được kho dữ liệu và các bản sao lưu nếu máy tính này bị mất hoặc hỏng. Hãy in Bộ khôi phục hoặc lưu vào USB, rồi cất trong két sắt. Nếu không có nó, mất máy tính là mất luôn hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="379"/>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="380"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="381"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="382"/>
        <source>I have printed or saved the Recovery Kit</source>
        <translation>Tôi đã in hoặc lưu Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="383"/>
        <source>Type the last 4 characters of the key:</source>
        <translation>Nhập 4 ký tự cuối của khóa:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="384"/>
        <source>Last 4 characters of the key</source>
        <translation>4 ký tự cuối của khóa</translation>
    </message>
</context>
<context>
    <name>RenameStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="198"/>
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="199"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="200"/>
        <source>New name</source>
        <translation>Tên mới</translation>
    </message>
</context>
<context>
    <name>ResetCodeDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="279"/>
        <source>One-time code for %1</source>
        <translation>Mã một lần cho %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="283"/>
        <source>The PIN of %1 is reset; their old PIN no longer works. They sign in with this code and then choose their new PIN. It works once, until %2.</source>
        <translation>Mã PIN của %1 đã được đặt lại; mã PIN cũ không còn dùng được. Họ đăng nhập bằng mã này rồi chọn mã PIN mới. Mã chỉ dùng được một lần, đến %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="292"/>
        <source>Hand this code over in person, not by message or e-mail. It is shown only now; if it is lost, reset the PIN again.</source>
        <translation>Hãy trao mã này tận tay, không gửi qua tin nhắn hay e-mail. Mã chỉ hiển thị lúc này; nếu bị mất, hãy đặt lại mã PIN lần nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="296"/>
        <source>One-time code</source>
        <translation>Mã một lần</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupDialog</name>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="97"/>
        <source>The backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="97"/>
        <source>SalonVault backups (*.svbak)</source>
        <translation>Bản sao lưu SalonVault (*.svbak)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="103"/>
        <source>The recovery key file</source>
        <translation>Tệp khóa khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="116"/>
        <source>Choose the backup file (it ends in .svbak).</source>
        <translation>Hãy chọn tệp sao lưu (có đuôi .svbak).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="124"/>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="135"/>
        <source>Restoring from a backup</source>
        <translation>Đang khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="152"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="155"/>
        <source>The vault on this computer does not open. Put the newest backup file (.svbak) in its place with the recovery key printed on the Recovery Kit; the files that do not open are kept aside in the data folder. Staff sign in with their usual PINs; what was recorded after the backup is not in it.</source>
        <translation>Kho dữ liệu trên máy này không mở được. Hãy thay bằng tệp sao lưu mới nhất (.svbak) với khoá khôi phục in trên Bộ khôi phục; các tệp không mở được sẽ được để riêng trong thư mục dữ liệu. Nhân viên đăng nhập bằng mã PIN quen thuộc; những gì ghi sau bản sao lưu sẽ không có trong đó.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="162"/>
        <source>Bring the salon back on this computer from a backup file (.svbak) and the recovery key printed on the Recovery Kit. Staff sign in with their usual PINs.</source>
        <translation>Đưa dữ liệu của tiệm về máy tính này từ một tệp sao lưu (.svbak) và khóa khôi phục in trên Bộ khôi phục. Nhân viên đăng nhập bằng mã PIN quen thuộc.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="166"/>
        <source>Backup file:</source>
        <translation>Tệp sao lưu:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="167"/>
        <source>Recovery key:</source>
        <translation>Khóa khôi phục:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="169"/>
        <source>AGE-SECRET-KEY-1… (type, paste or open the file)</source>
        <translation>AGE-SECRET-KEY-1… (gõ, dán hoặc mở tệp)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="171"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="172"/>
        <source>Open key file…</source>
        <translation>Mở tệp khóa…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/restore_dialog.py" line="173"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <location filename="../../ui/dialogs/import_steps.py" line="357"/>
        <source>Imported clients have no consent on record: their cards say so until the consent is recorded at their next visit. SalonVault never assumes consent.</source>
        <translation>Khách được nhập chưa có đồng ý nào được ghi: thẻ của họ sẽ báo điều này cho đến khi đồng ý được ghi vào lần đến tiếp theo. SalonVault không bao giờ tự cho là đã có đồng ý.</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="132"/>
        <source>Last review: %1</source>
        <translation>Lần rà soát gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="134"/>
        <source>Never reviewed yet.</source>
        <translation>Chưa rà soát lần nào.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="149"/>
        <source>Nothing is due</source>
        <translation>Không có gì đến hạn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="151"/>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="240"/>
        <source>Remove all listed…</source>
        <translation>Xóa tất cả mục trong danh sách…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="168"/>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="178"/>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="182"/>
        <source>Retention</source>
        <translation>Lưu giữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="157"/>
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
        <location filename="../../ui/pages/privacy/retention_tab.py" line="185"/>
        <source>Done. Clients erased: %1; health entries removed: %2; photos removed: %3.</source>
        <translation>Xong. Khách hàng đã xóa: %1; mục sức khỏe đã xóa: %2; ảnh đã xóa: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="197"/>
        <source>Erase the client</source>
        <translation>Xóa khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="199"/>
        <source>Remove health data</source>
        <translation>Xóa dữ liệu sức khỏe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="200"/>
        <source>Remove old photos</source>
        <translation>Xóa ảnh cũ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="220"/>
        <source>How long data is kept</source>
        <translation>Thời gian lưu giữ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="222"/>
        <source>Erase clients after this many years without a visit</source>
        <translation>Xóa khách hàng sau chừng này năm không đến</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="224"/>
        <source>Remove health data and patch tests this many years after the last treatment</source>
        <translation>Xóa dữ liệu sức khỏe và thử dị ứng sau chừng này năm kể từ lần dịch vụ cuối</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="226"/>
        <source>Remove photos this many years after they were taken</source>
        <translation>Xóa ảnh sau chừng này năm kể từ khi chụp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="230"/>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="231"/>
        <source>Save the rules</source>
        <translation>Lưu quy tắc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="232"/>
        <source>Due now (review monthly)</source>
        <translation>Đến hạn (rà soát hằng tháng)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>Last seen</source>
        <translation>Lần cuối</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="234"/>
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privacy/retention_tab.py" line="237"/>
        <source>Removed data stays in earlier backups until they rotate out.</source>
        <translation>Dữ liệu đã xóa vẫn còn trong các bản sao lưu cũ cho đến khi chúng bị thay vòng.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="230"/>
        <source>Change the role of %1</source>
        <translation>Đổi vai trò của %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="231"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="232"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>SalonPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="117"/>
        <source>Your salon</source>
        <translation>Salon của bạn</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="118"/>
        <source>Printed at the top of consent forms and the Recovery Kit.</source>
        <translation>Được in ở đầu phiếu chấp thuận và Bộ khôi phục.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="119"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="121"/>
        <source>Salon name</source>
        <translation>Tên salon</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="120"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="122"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="133"/>
        <source>Saved. The idle lock applies from the next sign-in.</source>
        <translation>Đã lưu. Thời gian tự khóa mới sẽ áp dụng từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="141"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="142"/>
        <source>On this computer</source>
        <translation>Trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="143"/>
        <location filename="../../ui/pages/settings_page.py" line="144"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="146"/>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="147"/>
        <source>Salon name</source>
        <translation>Tên salon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="148"/>
        <location filename="../../ui/pages/settings_page.py" line="150"/>
        <source>Minutes without use before the screen locks</source>
        <translation>Số phút không sử dụng trước khi khóa màn hình</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="152"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="154"/>
        <source>Recovery Kit</source>
        <translation>Bộ khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="156"/>
        <source>Confirmed as printed or saved.</source>
        <translation>Đã xác nhận là đã in hoặc đã lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="158"/>
        <source>Not confirmed yet: print or save it now and keep it in the safe.</source>
        <translation>Chưa xác nhận: hãy in hoặc lưu ngay bây giờ, rồi cất trong két sắt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="160"/>
        <source>Print or save the Recovery Kit…</source>
        <translation>In hoặc lưu Bộ khôi phục…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="430"/>
        <source>Creating the vault…</source>
        <translation>Đang tạo kho dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="464"/>
        <source>The passphrase could not be set (%1); the vault opens on this computer for now. The owner can set a passphrase later.</source>
        <translation>Không đặt được cụm mật khẩu (%1); tạm thời kho dữ liệu sẽ tự động mở trên máy tính này. Chủ salon có thể đặt cụm mật khẩu sau.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="497"/>
        <source>Set up SalonVault</source>
        <translation>Thiết lập SalonVault</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../ui/shell.py" line="183"/>
        <source>The Recovery Kit is not confirmed yet: print or save it in Settings.</source>
        <translation>Bộ khôi phục chưa được xác nhận: hãy vào Cài đặt để in hoặc lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="192"/>
        <source>Sign-in failed unexpectedly; please try again.</source>
        <translation>Đã xảy ra lỗi bất ngờ khi đăng nhập; vui lòng thử lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell.py" line="237"/>
        <source>Locks in %n seconds</source>
        <translation>
            <numerusform>Tự khóa sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="278"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="281"/>
        <source>The backup is restored and verified; everyone signs in again. The replaced vault is kept in:
%1</source>
        <translation>Bản sao lưu đã được khôi phục và kiểm tra; mọi người đăng nhập lại. Kho cũ được cất tại:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="321"/>
        <source>Back up before closing?</source>
        <translation>Sao lưu trước khi đóng?</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="322"/>
        <source>Back up to %1 before SalonVault closes?</source>
        <translation>Sao lưu vào %1 trước khi đóng SalonVault?</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="364"/>
        <source>SalonVault — %1</source>
        <translation>SalonVault — %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="365"/>
        <source>Switch user (Ctrl+L)</source>
        <translation>Đổi người dùng (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="366"/>
        <location filename="../../ui/shell.py" line="367"/>
        <source>Switch user</source>
        <translation>Đổi người dùng</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="372"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Đã đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="378"/>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="380"/>
        <source>Locked after being idle.</source>
        <translation>Đã tự khóa vì lâu không sử dụng.</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="382"/>
        <source>Locked because the computer was locked.</source>
        <translation>Đã khóa vì máy tính vừa bị khóa.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="123"/>
        <source>Signature pad</source>
        <translation>Bảng ký tên</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="125"/>
        <source>Clear signature</source>
        <translation>Xóa chữ ký</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="127"/>
        <source>Sign above the line with the mouse, a finger or a pen.</source>
        <translation>Ký phía trên đường kẻ bằng chuột, ngón tay hoặc bút.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="132"/>
        <source>%1 was added.</source>
        <translation>Đã thêm %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="139"/>
        <source>The name was changed.</source>
        <translation>Đã đổi tên.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="149"/>
        <source>The role was changed; they sign in again to use it.</source>
        <translation>Đã đổi vai trò; người đó cần đăng nhập lại để dùng vai trò mới.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="161"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 đã bị khóa và không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="164"/>
        <source>%1 can sign in again.</source>
        <translation>%1 có thể đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="176"/>
        <source>Reset PIN</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="179"/>
        <source>Reset the PIN of %1? Their current PIN stops working at once; you get a one-time code to give them, and they choose a new PIN with it.</source>
        <translation>Đặt lại mã PIN của %1? Mã PIN hiện tại sẽ ngừng hoạt động ngay; bạn nhận một mã một lần để đưa cho họ, và họ dùng mã đó để chọn mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="192"/>
        <source>The PIN of %1 is reset.</source>
        <translation>Đã đặt lại mã PIN của %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="211"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="212"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="213"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="214"/>
        <source>Change role…</source>
        <translation>Đổi vai trò…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="217"/>
        <source>Enable</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="217"/>
        <source>Disable</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="219"/>
        <source>Reset PIN…</source>
        <translation>Đặt lại mã PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="221"/>
        <source>You cannot reset your own PIN here.</source>
        <translation>Bạn không thể tự đặt lại mã PIN của mình ở đây.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="225"/>
        <source>Staff accounts</source>
        <translation>Tài khoản nhân viên</translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <location filename="../../ui/models/staff_table.py" line="42"/>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="44"/>
        <source>Active, PIN reset waiting</source>
        <translation>Đang hoạt động, chờ đặt lại mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="45"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="50"/>
        <source>Yes, disabled after 10 wrong PINs</source>
        <translation>Có, bị khóa sau 10 lần sai mã PIN</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="53"/>
        <source>Yes, until %1</source>
        <translation>Có, đến %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="56"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="90"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="91"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="92"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="93"/>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="94"/>
        <source>Failed attempts</source>
        <translation>Lần nhập sai</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="95"/>
        <source>Locked out</source>
        <translation>Bị chặn</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_table.py" line="122"/>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
</context>
<context>
    <name>TreatmentsTab</name>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="45"/>
        <source>Latest colour formula</source>
        <translation>Công thức màu gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="59"/>
        <source>Treatments, newest first</source>
        <translation>Dịch vụ đã làm, mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="62"/>
        <source>Add treatment…</source>
        <translation>Thêm dịch vụ…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="95"/>
        <source>No colour formula recorded yet.</source>
        <translation>Chưa có công thức màu nào.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="102"/>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · %3 thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="111"/>
        <source>Done by %1</source>
        <translation>Người thực hiện: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="113"/>
        <source>Products: %1</source>
        <translation>Sản phẩm: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_tabs/treatments.py" line="115"/>
        <source>Notes: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="239"/>
        <source>How the vault opens</source>
        <translation>Cách mở kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="240"/>
        <source>Open automatically on this computer</source>
        <translation>Tự động mở trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="243"/>
        <source>The key is kept in this computer&apos;s protected key store. Protects the records if the disk or a backup copy of the folder is stolen; does not protect against someone who can sign in to this computer&apos;s user account.</source>
        <translation>Khóa được cất trong nơi lưu khóa được bảo vệ của máy tính này. Cách này bảo vệ hồ sơ nếu ổ đĩa hoặc bản sao của thư mục bị đánh cắp, nhưng không chặn được người có thể đăng nhập vào tài khoản người dùng của máy tính này.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="249"/>
        <source>This computer has no protected key store, so the key is kept in a file: weaker.</source>
        <translation>Máy tính này không có nơi lưu khóa được bảo vệ, nên khóa sẽ được cất trong một tệp: kém an toàn hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="252"/>
        <source>Owner types a passphrase every morning</source>
        <translation>Chủ salon nhập cụm mật khẩu mỗi sáng</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="255"/>
        <source>Nobody can open the records, even on this computer, until you type it. If you forget it, only the Recovery Kit opens the vault.</source>
        <translation>Không ai mở được hồ sơ, kể cả trên máy tính này, cho đến khi bạn nhập cụm mật khẩu. Nếu bạn quên nó, chỉ Bộ khôi phục mới mở được kho dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="259"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Cụm mật khẩu (từ 12 ký tự)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="260"/>
        <location filename="../../ui/wizard/setup_wizard.py" line="262"/>
        <source>Passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="261"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/setup_wizard.py" line="263"/>
        <source>Create the vault</source>
        <translation>Tạo kho dữ liệu</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="43"/>
        <source>Add treatment</source>
        <translation>Thêm dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="65"/>
        <source>e.g. 7/0, 7/1</source>
        <translation>ví dụ 7/0, 7/1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="84"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="85"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="86"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="87"/>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="88"/>
        <source>Colour formula</source>
        <translation>Công thức màu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="90"/>
        <source>Brand</source>
        <translation>Hãng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="91"/>
        <source>Shades</source>
        <translation>Mã màu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="92"/>
        <source>Developer</source>
        <translation>Oxy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="93"/>
        <source>Ratio</source>
        <translation>Tỉ lệ pha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="94"/>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="96"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="97"/>
        <source>Price (%1)</source>
        <translation>Giá (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="98"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="144"/>
        <source>The price is a number.</source>
        <translation>Giá phải là một con số.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="155"/>
        <source>Patch test needed</source>
        <translation>Cần thử dị ứng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/visit_dialog.py" line="156"/>
        <source>Go ahead anyway? This is recorded.</source>
        <translation>Vẫn tiếp tục? Việc này sẽ được ghi lại.</translation>
    </message>
</context>
<context>
    <name>_PurposeChoice</name>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="44"/>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/consent_dialog.py" line="45"/>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
</context>
</TS>
