"""The breach notification drafts in Vietnamese and Simplified Chinese (see
incident_notice_text.py for what each field is). The law named is the salon's country's, not
the language's (decision 0041)."""

from __future__ import annotations

from salonvault.documents.incident_notice_text import IncidentWords
from salonvault.domain.incidents import DataCategory, IncidentStatus, ScopeKind
from salonvault.domain.jurisdiction import Regime

VIETNAMESE = IncidentWords(
    complete="[cần bổ sung: {what}]",
    unknown="chưa rõ",
    categories={
        DataCategory.IDENTITY: "Họ tên, ngày sinh, ngôn ngữ, sở thích và ghi chú",
        DataCategory.CONTACT: "Thông tin liên lạc (điện thoại, e-mail, địa chỉ)",
        DataCategory.HEALTH: "Dữ liệu sức khỏe (dị ứng, bệnh lý, thuốc, thử dị ứng)",
        DataCategory.TREATMENTS: "Các lần đến và dịch vụ (sản phẩm, công thức màu)",
        DataCategory.PHOTOS: "Ảnh trước và sau",
        DataCategory.CONSENTS: "Các quyết định đồng ý và chữ ký",
    },
    authority_title="Thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân gửi cơ quan có thẩm"
    " quyền",
    authority_draft=(
        "BẢN NHÁP. Chưa gửi đi đâu cả.",
        "SalonVault soạn bản này từ sổ đăng ký sự cố của salon. Hãy kiểm tra từng nội dung, bổ"
        " sung các phần trong [ngoặc vuông] rồi gửi theo mẫu hoặc địa chỉ của cơ quan có thẩm"
        " quyền.",
    ),
    law={
        Regime.GDPR: "Thông báo gửi {authority} theo Điều 33 Quy định chung về bảo vệ dữ liệu"
        " (GDPR).",
        Regime.VIETNAM: "Thông báo gửi {authority} theo Luật Bảo vệ dữ liệu cá nhân số"
        " 91/2025/QH15 và Nghị định 356/2025/NĐ-CP.",
        Regime.CHINA: "Thông báo gửi {authority} theo Điều 57 Luật Bảo vệ thông tin cá nhân của"
        " Trung Quốc.",
        Regime.OTHER: "Thông báo gửi {authority}.",
    },
    headings=(
        "Thời điểm",
        "1. Bên kiểm soát dữ liệu",
        "2. Điều gì đã xảy ra",
        "3. Dữ liệu và người bị ảnh hưởng",
        "4. Hậu quả có thể xảy ra",
        "5. Biện pháp đã thực hiện hoặc dự kiến",
        "6. Dữ liệu được bảo vệ như thế nào",
        "7. Thông báo cho khách hàng",
    ),
    labels={
        "salon": "Salon",
        "address": "Địa chỉ",
        "contact": "Người liên hệ",
        "occurred": "Thời điểm xảy ra",
        "discovered": "Thời điểm phát hiện",
        "to": "Kính gửi",
        "breach_to_notice": "Số giờ từ khi xảy ra vi phạm đến khi thông báo",
        "breach_to_print": "Số giờ từ khi xảy ra vi phạm đến khi in bản nháp",
        "discovery_to_notice": "Số giờ từ khi phát hiện đến khi thông báo",
        "discovery_to_print": "Số giờ từ khi phát hiện đến khi in bản nháp",
        "printed": "Bản nháp in lúc",
        "due": "Hạn thông báo",
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
    hours="{hours} giờ",
    due_immediately="ngay lập tức (Điều 57 Luật Bảo vệ thông tin cá nhân của Trung Quốc)",
    scopes={
        ScopeKind.ALL_CLIENTS: "tất cả khách hàng trong hồ sơ của salon, do SalonVault đếm",
        ScopeKind.WITH_HEALTH: "tất cả khách hàng có dữ liệu sức khỏe, do SalonVault đếm",
        ScopeKind.WITH_PHOTOS: "tất cả khách hàng có ảnh, do SalonVault đếm",
        ScopeKind.REGISTERED_BETWEEN: "tất cả khách hàng đăng ký từ {start} đến {end}, do"
        " SalonVault đếm",
        ScopeKind.MANUAL: "ước tính của salon",
    },
    category_count="{category}: {count} người trong số khách hàng này có dữ liệu loại này",
    sensitive={
        Regime.GDPR: "Dữ liệu sức khỏe thuộc loại dữ liệu cá nhân đặc biệt (GDPR Điều 9).",
        Regime.VIETNAM: "Dữ liệu sức khỏe là dữ liệu cá nhân nhạy cảm theo Luật Bảo vệ dữ liệu"
        " cá nhân số 91/2025/QH15.",
        Regime.CHINA: "Thông tin sức khỏe là thông tin cá nhân nhạy cảm (Điều 28 Luật Bảo vệ"
        " thông tin cá nhân của Trung Quốc).",
        Regime.OTHER: "Dữ liệu sức khỏe là dữ liệu cá nhân nhạy cảm.",
    },
    protection="Hồ sơ của salon được lưu trong cơ sở dữ liệu mã hóa AES-256 (SQLCipher). Mỗi"
    " nhân viên đăng nhập bằng mã PIN riêng và chỉ thấy những gì công việc của mình cần; mọi"
    " lần truy cập đều được ghi vào nhật ký hoạt động, nơi phát hiện được mọi sửa đổi. Bản sao"
    " lưu được mã hóa.",
    fill_contact="họ tên, điện thoại và e-mail của người mà cơ quan có thể liên hệ",
    fill_consequences="vi phạm có thể gây ra điều gì cho khách hàng",
    fill_measures="những gì đã làm hoặc sẽ làm để chấm dứt vi phạm và hạn chế hậu quả",
    fill_delay="lý do thông báo chậm (GDPR Điều 33 khoản 1)",
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
        "Hãy cẩn thận với các cuộc gọi, tin nhắn hoặc e-mail bất ngờ nhắc đến salon hoặc các lần"
        " Quý khách đến làm dịch vụ. Chúng tôi không bao giờ hỏi mật khẩu, mã PIN hay số thẻ.",
    ),
    fill_advice="lời khuyên khác phù hợp với sự cố này",
    ask_us="Mọi câu hỏi về sự cố này, xin liên hệ: {salon}.",
    fill_client_contact="điện thoại và e-mail liên hệ",
    complain="Quý khách cũng có quyền khiếu nại với {authority}.",
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
    law={
        Regime.GDPR: "依据欧盟《通用数据保护条例》第33条向{authority}报告。",
        Regime.VIETNAM: "依据越南《个人数据保护法》（第91/2025/QH15号）及第356/2025/NĐ-CP号议定"
        "向{authority}报告。",
        Regime.CHINA: "依据《个人信息保护法》第五十七条向{authority}报告。",
        Regime.OTHER: "向{authority}报告。",
    },
    headings=(
        "时间",
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
        "to": "报送",
        "breach_to_notice": "自事件发生至报告的小时数",
        "breach_to_print": "自事件发生至打印本稿的小时数",
        "discovery_to_notice": "自发现至报告的小时数",
        "discovery_to_print": "自发现至打印本稿的小时数",
        "printed": "本稿打印时间",
        "due": "通知时限",
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
    hours="{hours} 小时",
    due_immediately="立即（《个人信息保护法》第五十七条）",
    scopes={
        ScopeKind.ALL_CLIENTS: "店内记录中的全部客户，由 SalonVault 统计",
        ScopeKind.WITH_HEALTH: "有健康信息的全部客户，由 SalonVault 统计",
        ScopeKind.WITH_PHOTOS: "有照片的全部客户，由 SalonVault 统计",
        ScopeKind.REGISTERED_BETWEEN: "{start} 至 {end} 登记的全部客户，由 SalonVault 统计",
        ScopeKind.MANUAL: "本店估计",
    },
    category_count="{category}：其中 {count} 位客户有此类记录",
    sensitive={
        Regime.GDPR: "健康数据属于特殊类别的个人数据（欧盟GDPR第9条）。",
        Regime.VIETNAM: "依越南《个人数据保护法》（第91/2025/QH15号），健康数据属于敏感个人数据。",
        Regime.CHINA: "健康信息属于敏感个人信息（《个人信息保护法》第二十八条）。",
        Regime.OTHER: "健康信息属于敏感个人信息。",
    },
    protection="店内记录保存在以 AES-256 加密的数据库（SQLCipher）中。每位员工用自己的 PIN"
    " 登录，只能看到其岗位需要的内容；每次访问都记入可发现篡改的操作日志。备份均已加密。",
    fill_contact="主管部门可联系的人员姓名、电话和电子邮件",
    fill_consequences="事件可能对客户造成的危害",
    fill_measures="为制止事件、减轻影响已经或将要采取的措施",
    fill_delay="延迟报告的原因（欧盟GDPR第33条第1款）",
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
    complain="您也有权向{authority}投诉。",
    clients_footer="{salon}，第 {id} 号事件。打印于 {date}。",
)
