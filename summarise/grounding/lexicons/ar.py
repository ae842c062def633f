"""Arabic: the word categories `addressing` reads (see `addressing_words`)."""

WORDS: dict[str, list[str]] = {
    "processor": [r"الذكاء الاصطناعي", r"روبوت\w*", r"زاحف\w*", r"نموذج لغوي"],
    "processor_weak": [r"أدوات", r"أداة", r"أنظمة", r"نظام", r"برامج", r"محركات"],
    "qualifier": [r"آلي\w*", r"تلخيص"],
    "output": [r"ملخص\w*", r"عنوان\w*", r"الموجز"],
    "owner": [r"في"],
    "text_self": [r"هذا المقال", r"هذا التقرير", r"هذه الصفحة", r"التعليمات السابقة"],
    "imperative": [r"اكتب", r"أضف", r"اذكر", r"تجاهل", r"ضع"],
    "content_imperative": [r"اكتب", r"اذكر"],
    "output_verb": [r"كتابة", r"ذكر"],
    "request": [r"يرجى"],
    "asks": [r"يطلب", r"تطلب", r"طلب", r"طلبت", r"يدعو", r"تدعو", r"دعا", r"دعت"],
    "modal": [r"يجب", r"ينبغي", r"يرجى"],
    "apart": [r"ملاحظة", r"تنبيه", r"ملاحظة المحرر"],
    "greeting": [r"عزيزي"],
    "forward": [r"أدناه", r"التالي\w*"],
    "reporting": [r"قال", r"أعلن", r"وفقا ل"],
}
