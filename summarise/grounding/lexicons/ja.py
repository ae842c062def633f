"""Japanese: the word categories `addressing` reads (see `addressing_words`)."""

WORDS: dict[str, list[str]] = {
    "processor": [r"AI", r"人工知能", r"ボット", r"クローラー", r"言語モデル", r"チャットボット"],
    "processor_weak": [
        r"媒体",
        r"メディア",
        r"サイト",
        r"編集部",
        r"各位",
        r"ツール",
        r"システム",
        r"プログラム",
        r"エンジン",
        r"アシスタント",
    ],
    "qualifier": [r"転載", r"要約する", r"短縮", r"まとめ", r"自動", r"要約"],
    "output": [r"まとめ記事", r"ダイジェスト", r"短縮版", r"要約", r"見出し", r"タイトル", r"概要", r"出力"],
    "owner": [r"あなたの", r"すべての", r"に"],
    "text_self": [r"この記事", r"本記事", r"この文章", r"上記", r"以前の指示"],
    "imperative": [r"書いて", r"記載して", r"含めて", r"追加して", r"無視して", r"出力して"],
    "output_verb": [r"書", r"記載", r"出力"],
    "request": [r"ください"],
    "modal": [r"ください", r"しなければならない", r"必ず", r"すること"],
    "apart": [r"注[:：]", r"注意", r"編集部注", r"お知らせ"],
    "greeting": [r"親愛なる", r"こんにちは"],
    "forward": [r"以下", r"次の段落"],
    "reporting": [r"と述べた", r"と語った", r"によると", r"と発表した"],
}
