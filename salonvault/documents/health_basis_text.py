"""The legal basis for health data (decision 0031) in the privacy notice's and the record of
processing's words, per language and per basis. The basis is the salon's choice (Settings);
every sentence says what the program then does, nothing more."""

from __future__ import annotations

from salonvault.domain.health_basis import HealthBasis

_CONSENT, _SECRECY = HealthBasis.EXPLICIT_CONSENT, HealthBasis.PROFESSIONAL_SECRECY

# For the client (privacy notice): why health information is kept, and what follows.
NOTICE_BASIS: dict[str, dict[HealthBasis, str]] = {
    "en": {
        _CONSENT: "Health information is kept only with your explicit consent, asked for"
        " separately. Without it we record none; if you withdraw it, the health information we"
        " hold about you is deleted at once.",
        _SECRECY: "Health information is kept because it is needed to provide you with health"
        " care, and only staff bound by professional secrecy read it. This does not depend on"
        " your consent.",
    },
    "vi": {
        _CONSENT: "Dữ liệu sức khỏe chỉ được lưu khi Quý khách đồng ý rõ ràng, bằng một sự đồng"
        " ý riêng. Không có sự đồng ý này, chúng tôi không ghi dữ liệu sức khỏe nào; nếu Quý"
        " khách rút lại sự đồng ý, dữ liệu sức khỏe của Quý khách được xóa ngay.",
        _SECRECY: "Chúng tôi lưu dữ liệu sức khỏe vì cần thiết cho việc chăm sóc sức khỏe của"
        " Quý khách, và chỉ nhân viên có nghĩa vụ giữ bí mật nghề nghiệp được đọc. Việc này không"
        " phụ thuộc vào sự đồng ý của Quý khách.",
    },
    "pl": {
        _CONSENT: "Dane o zdrowiu przechowujemy wyłącznie za Pani/Pana wyraźną, osobną zgodą."
        " Bez niej nie zapisujemy żadnych danych o zdrowiu; po wycofaniu zgody dane o zdrowiu,"
        " które o Pani/Panu mamy, są od razu usuwane.",
        _SECRECY: "Dane o zdrowiu przechowujemy, ponieważ są niezbędne do udzielania Pani/Panu"
        " świadczeń zdrowotnych, a czytają je tylko osoby zobowiązane do zachowania tajemnicy"
        " zawodowej. Nie zależy to od Pani/Pana zgody.",
    },
    "zh_CN": {
        _CONSENT: "健康信息仅在取得您的单独明确同意后保存。未取得同意时我们不记录任何健康信息；"
        "您撤回同意后，我们持有的您的健康信息将立即删除。",
        _SECRECY: "我们保存健康信息是因为为您提供医疗保健服务所必需，且只有负有职业保密义务的"
        "人员可以查看。这不以您的同意为前提。",
    },
}

# For the salon and an inspector (record of processing): the basis in force and its effect.
RECORD_BASIS: dict[str, dict[HealthBasis, str]] = {
    "en": {
        _CONSENT: "Legal basis for health data, chosen by the salon: the client's explicit"
        " consent. No health data is stored without an active consent;"
        " withdrawing it deletes the client's health data, earlier versions included.",
        _SECRECY: "Legal basis for health data, chosen by the salon: the provision of health"
        " care by staff bound by professional secrecy. Health data is kept without the client's"
        " consent.",
    },
    "vi": {
        _CONSENT: "Cơ sở pháp lý xử lý dữ liệu sức khỏe, do cơ sở lựa chọn: sự đồng ý rõ ràng"
        " của khách hàng. Không lưu dữ liệu sức khỏe nào khi chưa có sự đồng ý còn hiệu lực;"
        " rút lại sự đồng ý sẽ xóa dữ liệu sức khỏe của khách hàng, kể cả các phiên bản trước.",
        _SECRECY: "Cơ sở pháp lý xử lý dữ liệu sức khỏe, do cơ sở lựa chọn: việc chăm sóc sức"
        " khỏe do nhân viên có nghĩa vụ giữ bí mật nghề nghiệp thực hiện. Dữ liệu sức khỏe được"
        " lưu mà không cần sự đồng ý của khách hàng.",
    },
    "pl": {
        _CONSENT: "Podstawa prawna przetwarzania danych o zdrowiu, wybrana przez salon: wyraźna"
        " zgoda klienta. Bez aktywnej zgody nie zapisuje się"
        " żadnych danych o zdrowiu; jej wycofanie usuwa dane o zdrowiu klienta wraz z"
        " wcześniejszymi wersjami.",
        _SECRECY: "Podstawa prawna przetwarzania danych o zdrowiu, wybrana przez salon:"
        " udzielanie świadczeń zdrowotnych przez osoby zobowiązane do zachowania tajemnicy"
        " zawodowej. Dane o zdrowiu są przechowywane bez zgody klienta.",
    },
    "zh_CN": {
        _CONSENT: "健康信息的处理依据（由本店选择）：客户的单独同意。未取得有效同意时不保存任何"
        "健康信息；撤回同意将删除该客户的健康信息，包括早期版本。",
        _SECRECY: "健康信息的处理依据（由本店选择）：由负有职业保密义务的人员提供医疗保健服务。"
        "健康信息的保存不以客户同意为前提。",
    },
}

# The GDPR's article for each basis, printed only on the record of a salon under the GDPR
# (decision 0041: the record names the law of the salon's country).
RECORD_BASIS_GDPR: dict[str, dict[HealthBasis, str]] = {
    "en": {
        _CONSENT: "Basis: GDPR Art. 9(2)(a).",
        _SECRECY: "Basis: GDPR Art. 9(2)(h) with Art. 9(3).",
    },
    "vi": {
        _CONSENT: "Căn cứ: Điều 9(2)(a) GDPR.",
        _SECRECY: "Căn cứ: Điều 9(2)(h) và Điều 9(3) GDPR.",
    },
    "pl": {
        _CONSENT: "Podstawa: art. 9 ust. 2 lit. a RODO.",
        _SECRECY: "Podstawa: art. 9 ust. 2 lit. h w związku z art. 9 ust. 3 RODO.",
    },
    "zh_CN": {
        _CONSENT: "依据：GDPR第9条第2款(a)项。",
        _SECRECY: "依据：GDPR第9条第2款(h)项及第9条第3款。",
    },
}
