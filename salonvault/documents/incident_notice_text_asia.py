"""The breach notification drafts in Vietnamese and Simplified Chinese (see
incident_notice_text.py for what each field is). Each names its own rule: Decree 13/2023
Art. 23 counts 72 hours from the breach itself; PIPL Art. 57 asks for notice at once."""

from __future__ import annotations

from salonvault.documents.incident_notice_text import IncidentWords
from salonvault.domain.incidents import ClockState, DataCategory, IncidentStatus, ScopeKind

VIETNAMESE = IncidentWords(
    complete="[cần bổ sung: {what}]",
    unknown="chưa rõ",
    categories={
        DataCategory.IDENTITY: "Họ tên, ngày sinh, ngôn ngữ, sở thích và ghi chú",
        DataCategory.CONTACT: "Thông tin liên lạc (điện thoại, e-mail, địa chỉ)",
        DataCategory.HEALTH: "Dữ liệu sức khỏe (dị ứng, bệnh lý, thuốc, thử phản ứng)",
        DataCategory.TREATMENTS: "Các lần đến và dịch vụ (sản phẩm, công thức màu)",
        DataCategory.PHOTOS: "Ảnh trước và sau",
        DataCategory.CONSENTS: "Các quyết định đồng ý và chữ ký",
    },
    authority_title="Thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân gửi cơ quan có thẩm"
    " quyền",
    authority_draft=(
        "BẢN NHÁP. Chưa gửi đi đâu cả.",
        "SalonVault soạn bản này từ sổ đăng ký sự cố của tiệm. Hãy kiểm tra từng nội dung, bổ"
        " sung các phần trong [ngoặc vuông] rồi gửi theo mẫu hoặc địa chỉ của cơ quan có thẩm"
        " quyền.",
    ),
    law=(
        "Nghị định 13/2023/NĐ-CP, Điều 23: thông báo cho Bộ Công an (Cục An ninh mạng và phòng,"
        " chống tội phạm sử dụng công nghệ cao, A05) chậm nhất 72 giờ sau khi xảy ra vi phạm,"
        " theo Mẫu số 03; nếu thông báo sau 72 giờ phải nêu lý do chậm. Đồng hồ trong"
        " SalonVault tính từ lúc phát hiện (theo GDPR), nên hãy gửi sớm nhất có thể.",
        "Hãy kiểm tra quy định hiện hành (Luật Bảo vệ dữ liệu cá nhân 2025) trước khi gửi. Dù"
        " có thông báo hay không, sự cố vẫn được lưu trong sổ đăng ký.",
    ),
    headings=(
        "Thời hạn 72 giờ",
        "1. Bên kiểm soát dữ liệu",
        "2. Điều gì đã xảy ra",
        "3. Dữ liệu và người bị ảnh hưởng",
        "4. Hậu quả có thể xảy ra",
        "5. Biện pháp đã thực hiện hoặc dự kiến",
        "6. Dữ liệu được bảo vệ như thế nào",
        "7. Thông báo cho khách hàng",
    ),
    labels={
        "salon": "Tiệm",
        "address": "Địa chỉ",
        "contact": "Người liên hệ",
        "occurred": "Thời điểm xảy ra",
        "discovered": "Thời điểm phát hiện",
        "deadline": "Hạn thông báo",
        "now": "Lúc in",
        "status": "Tình trạng",
        "clients": "Số khách hàng bị ảnh hưởng",
        "how_counted": "Cách đếm",
        "notified": "Đã thông báo cơ quan",
    },
    statuses={
        IncidentStatus.OPEN: "đang xử lý",
        IncidentStatus.CONTAINED: "đã ngăn chặn, đang tiếp tục khắc phục",
        IncidentStatus.CLOSED: "đã đóng",
    },
    clock={
        ClockState.RUNNING: "còn {hours} giờ",
        ClockState.OVERDUE: "đã quá hạn {hours} giờ",
        ClockState.NOTIFIED_IN_TIME: "đã thông báo {hours} giờ sau khi phát hiện, đúng hạn",
        ClockState.NOTIFIED_LATE: "đã thông báo muộn {hours} giờ so với hạn",
        ClockState.CLOSED: "đã đóng mà không thông báo cơ quan",
    },
    scopes={
        ScopeKind.ALL_CLIENTS: "tất cả khách hàng trong hồ sơ của tiệm, do SalonVault đếm",
        ScopeKind.WITH_HEALTH: "tất cả khách hàng có dữ liệu sức khỏe, do SalonVault đếm",
        ScopeKind.WITH_PHOTOS: "tất cả khách hàng có ảnh, do SalonVault đếm",
        ScopeKind.REGISTERED_BETWEEN: "tất cả khách hàng đăng ký từ {start} đến {end}, do"
        " SalonVault đếm",
        ScopeKind.MANUAL: "ước tính của tiệm",
    },
    category_count="{category}: {count} người trong số khách hàng này có dữ liệu loại này",
    sensitive="Dữ liệu sức khỏe là dữ liệu cá nhân nhạy cảm.",
    protection="Hồ sơ của tiệm được lưu trong cơ sở dữ liệu mã hóa AES-256 (SQLCipher). Mỗi"
    " nhân viên đăng nhập bằng mã PIN riêng và chỉ thấy những gì công việc của mình cần; mọi"
    " lần truy cập đều được ghi vào nhật ký hoạt động chống sửa đổi. Bản sao lưu được mã hóa.",
    fill_contact="họ tên, điện thoại và e-mail của người mà cơ quan có thể liên hệ",
    fill_consequences="vi phạm có thể gây ra điều gì cho khách hàng",
    fill_measures="những gì đã làm hoặc sẽ làm để chấm dứt vi phạm và hạn chế hậu quả",
    fill_delay="lý do thông báo sau 72 giờ",
    fill_exposed="mã PIN, khóa khôi phục, tệp sao lưu hoặc tệp xuất có bị lộ hay không",
    fill_informed="khách hàng đã hoặc sẽ được thông báo hay không, khi nào và bằng cách nào;"
    " có thể in thư gửi khách hàng từ SalonVault",
    authority_footer="Sổ đăng ký sự cố của {salon}, sự cố số {id}. Bản nháp in ngày {date}.",
    clients_title="Thông tin về sự cố liên quan đến dữ liệu cá nhân của Quý khách",
    clients_draft=(
        "BẢN NHÁP. Chưa gửi đi đâu cả.",
        "Hãy kiểm tra, bổ sung các phần trong [ngoặc vuông], rồi trao hoặc gửi cho từng khách"
        " hàng liên quan. Không ghi thông tin của khách hàng khác vào thư.",
    ),
    intro="Kính gửi Quý khách, {salon} xin thông báo về một sự cố có thể liên quan đến dữ liệu"
    " cá nhân của Quý khách, những gì chúng tôi đã làm và những gì Quý khách có thể làm.",
    client_headings=(
        "Điều gì đã xảy ra",
        "Dữ liệu nào của Quý khách có thể bị ảnh hưởng",
        "Điều này có thể có ý nghĩa gì với Quý khách",
        "Chúng tôi đã làm gì",
        "Quý khách có thể làm gì",
        "Câu hỏi",
    ),
    when_both="Sự cố xảy ra vào {occurred}; chúng tôi phát hiện vào {discovered}.",
    when_found="Chúng tôi phát hiện sự cố vào {discovered}.",
    advice=(
        "Hãy cẩn thận với các cuộc gọi, tin nhắn hoặc e-mail bất ngờ nhắc đến tiệm hoặc các lần"
        " Quý khách đến làm dịch vụ. Chúng tôi không bao giờ hỏi mật khẩu, mã PIN hay số thẻ.",
    ),
    fill_advice="lời khuyên khác phù hợp với sự cố này",
    ask_us="Mọi câu hỏi về sự cố này, xin liên hệ: {salon}.",
    fill_client_contact="điện thoại và e-mail liên hệ",
    complain="Quý khách cũng có quyền khiếu nại với cơ quan bảo vệ dữ liệu cá nhân.",
    clients_footer="{salon}, sự cố số {id}. In ngày {date}.",
)

CHINESE = IncidentWords(
    complete="[待填写：{what}]",
    unknown="不详",
    categories={
        DataCategory.IDENTITY: "姓名、出生日期、语言、偏好和备注",
        DataCategory.CONTACT: "联系方式（电话、电子邮件、地址）",
        DataCategory.HEALTH: "健康信息（过敏、疾病、药物、皮肤测试）",
        DataCategory.TREATMENTS: "到店记录和服务（产品、染发配方）",
        DataCategory.PHOTOS: "前后对比照片",
        DataCategory.CONSENTS: "同意记录和签名",
    },
    authority_title="个人信息安全事件报告（致主管部门）",
    authority_draft=(
        "草稿。尚未发送。",
        "本稿由 SalonVault 根据店内事件登记册生成。请核对每一项内容，填写方括号 [ ] 中的部分，"
        "再按主管部门的表格或地址报送。",
    ),
    law=(
        "《个人信息保护法》第五十七条：发生或者可能发生个人信息泄露、篡改、丢失的，应当立即采取"
        "补救措施，并通知履行个人信息保护职责的部门和个人。",
        "本稿显示的72小时期限来自欧盟《通用数据保护条例》第三十三条；按中国法律应立即通知，"
        "不要等到期限届满。无论是否通知，本事件都保留在登记册中。",
    ),
    headings=(
        "72小时期限",
        "一、个人信息处理者",
        "二、发生了什么",
        "三、涉及的信息和人员",
        "四、可能造成的危害",
        "五、已采取或拟采取的措施",
        "六、信息的保护措施",
        "七、通知客户",
    ),
    labels={
        "salon": "店名",
        "address": "地址",
        "contact": "联系人",
        "occurred": "发生时间",
        "discovered": "发现时间",
        "deadline": "报告期限",
        "now": "打印时",
        "status": "状态",
        "clients": "涉及客户人数",
        "how_counted": "统计方式",
        "notified": "已报告主管部门",
    },
    statuses={
        IncidentStatus.OPEN: "处理中",
        IncidentStatus.CONTAINED: "已控制，后续处理中",
        IncidentStatus.CLOSED: "已结束",
    },
    clock={
        ClockState.RUNNING: "剩余 {hours} 小时",
        ClockState.OVERDUE: "已超期 {hours} 小时",
        ClockState.NOTIFIED_IN_TIME: "发现后 {hours} 小时报告，未超期",
        ClockState.NOTIFIED_LATE: "超期 {hours} 小时后报告",
        ClockState.CLOSED: "已结束，未报告主管部门",
    },
    scopes={
        ScopeKind.ALL_CLIENTS: "店内记录中的全部客户，由 SalonVault 统计",
        ScopeKind.WITH_HEALTH: "有健康信息的全部客户，由 SalonVault 统计",
        ScopeKind.WITH_PHOTOS: "有照片的全部客户，由 SalonVault 统计",
        ScopeKind.REGISTERED_BETWEEN: "{start} 至 {end} 登记的全部客户，由 SalonVault 统计",
        ScopeKind.MANUAL: "本店估计",
    },
    category_count="{category}：其中 {count} 位客户有此类记录",
    sensitive="健康信息属于敏感个人信息（《个人信息保护法》第二十八条）。",
    protection="店内记录保存在以 AES-256 加密的数据库（SQLCipher）中。每位员工用自己的 PIN"
    " 登录，只能看到其岗位需要的内容；每次访问都记入防篡改的操作日志。备份均已加密。",
    fill_contact="主管部门可联系的人员姓名、电话和电子邮件",
    fill_consequences="事件可能对客户造成的危害",
    fill_measures="为制止事件、减轻影响已经或将要采取的措施",
    fill_delay="未能立即报告的原因",
    fill_exposed="PIN、恢复密钥、备份文件或导出文件是否也已泄露",
    fill_informed="是否、何时、以何种方式通知客户；可在 SalonVault 中打印致客户的信",
    authority_footer="{salon}事件登记册，第 {id} 号事件。草稿打印于 {date}。",
    clients_title="关于您的个人信息安全事件的告知",
    clients_draft=(
        "草稿。尚未发送。",
        "请核对并填写方括号 [ ] 中的部分，然后交给或寄给每一位相关客户。不要写入其他客户的信息。",
    ),
    intro="尊敬的客户：{salon}特此告知一起可能涉及您个人信息的事件、我们已采取的措施以及您可以采取的措施。",
    client_headings=(
        "发生了什么",
        "可能涉及您的哪些信息",
        "可能对您造成的影响",
        "我们已采取的措施",
        "您可以采取的措施",
        "咨询",
    ),
    when_both="事件发生于 {occurred}；我们于 {discovered} 发现。",
    when_found="我们于 {discovered} 发现此事件。",
    advice=(
        "请警惕提及本店或您到店情况的陌生来电、短信或电子邮件。我们绝不会向您索要密码、PIN"
        " 或银行卡号。",
    ),
    fill_advice="适合本次事件的其他建议",
    ask_us="如对本次事件有任何疑问，请联系：{salon}。",
    fill_client_contact="联系电话和电子邮件",
    complain="您也有权向履行个人信息保护职责的部门投诉。",
    clients_footer="{salon}，第 {id} 号事件。打印于 {date}。",
)
