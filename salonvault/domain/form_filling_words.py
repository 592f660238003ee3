"""The words the client reads around a consultation form while filling it on screen, in the
form's four languages (decision 0038). They are part of what the client is shown, like the
questions, so they follow the language the client chose, not the staff member's window."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FillingWords:
    language_name: str
    choose_language: str
    sign_below: str
    clear: str
    done: str
    answer_this: str  # next to a required question left unanswered
    check_this: str  # next to an answer that is not what the question takes
    sign_first: str
    date_hint: str
    thank_you: str


FILLING_WORDS: dict[str, FillingWords] = {
    "en": FillingWords(
        language_name="English",
        choose_language="Language",
        sign_below="By signing I confirm my answers are true and complete.",
        clear="Clear signature",
        done="Done",
        answer_this="Please answer this question.",
        check_this="Please check this answer.",
        sign_first="Please sign in the box.",
        date_hint="YYYY-MM-DD",
        thank_you="Thank you! Please hand the screen back to the staff member.",
    ),
    "vi": FillingWords(
        language_name="Tiếng Việt",
        choose_language="Ngôn ngữ",
        sign_below="Khi ký tên, tôi xác nhận các câu trả lời là đúng và đầy đủ.",
        clear="Xóa chữ ký",
        done="Xong",
        answer_this="Vui lòng trả lời câu hỏi này.",
        check_this="Vui lòng kiểm tra lại câu trả lời này.",
        sign_first="Vui lòng ký vào ô.",
        date_hint="NNNN-TT-NN",
        thank_you="Cảm ơn bạn! Vui lòng đưa màn hình lại cho nhân viên.",
    ),
    "pl": FillingWords(
        language_name="Polski",
        choose_language="Język",
        sign_below="Podpisując, potwierdzam, że moje odpowiedzi są prawdziwe i pełne.",
        clear="Wyczyść podpis",
        done="Gotowe",
        answer_this="Prosimy odpowiedzieć na to pytanie.",
        check_this="Prosimy sprawdzić tę odpowiedź.",
        sign_first="Prosimy podpisać się w ramce.",
        date_hint="RRRR-MM-DD",
        thank_you="Dziękujemy! Prosimy oddać ekran pracownikowi salonu.",
    ),
    "zh_CN": FillingWords(
        language_name="简体中文",
        choose_language="语言",
        sign_below="签名即表示我确认以上回答真实完整。",
        clear="清除签名",
        done="完成",
        answer_this="请回答此问题。",
        check_this="请检查此回答。",
        sign_first="请在框内签名。",
        date_hint="年年年年-月月-日日",
        thank_you="谢谢！请将屏幕交还给工作人员。",
    ),
}
