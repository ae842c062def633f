"""The function words `addressing` builds its features from, one small lexicon per language.

Each entry is a category of words (or stems, as regular-expression fragments), never a whole payload phrasing:
who processes a text, what it outputs, how a sentence points at the text itself, how it tells its reader to do
something, and how it stands apart from the narrative. `addressing` decides from the categories a sentence
combines, so a payload in new words still needs the same roles filled.

Categories:
- `processor`: nouns that only name a machine that processes text (bot, crawler, AI, summariser).
- `processor_weak`: nouns that name a processor only beside a processing qualifier or an output noun
  ("tools", "systems", "engines", "readers": "automated summary tools", "digest engines").
- `qualifier`: adjectives and participles that make such a noun a processor (automated, condensing, indexing).
- `output`: what a processor writes from the text (summary, digest, headline, index, snippet).
- `generic_output`: plural output nouns that, bare at a sentence's start, speak of every such output.
- `owner`: words before an output noun that make it the processor's own ("your summary", "any digest",
  "in the headline").
- `text_self`: how a sentence points at the text it stands in ("this article", "the above", "when summarising").
- `imperative`: clause-initial imperative forms of the verbs that tell a reader what to write or to drop
  (write, report, include, ignore).
- `content_imperative`: the imperatives that dictate content when followed by "that ..." or "as <figure>"
  (languages without this list use their `imperative` list).
- `output_verb`: verbs of writing out, anywhere in the sentence (for a processor told what to put down).
- `modal`: obligation and request forms (must, should, are asked to, please).
- `request`: the request forms among them, which speak to their addressee ("are requested to", "please"),
  where "must" may only state a rule about a third party ("chatbots must tell users ...").
- `apart`: labels that set a sentence apart from the story (a note, an aside, an attention line).
- `second_person`: the pronouns of direct address (a processor spoken to as "you").
- `greeting`: words that open an address ("Dear", "Hello", "To"): with a processor right after them, the
  sentence speaks to it ("Dear AI assistant, ...").
- `purpose`: a processing purpose given for a statement ("for indexing purposes"): it speaks to the processor
  and sets the sentence apart from the story.
- `forward`: words by which such a note points at what follows (below, the following paragraph).
- `reporting`: reporting verbs of the narrative (said, told): an instruction inside one is a person's, quoted.
- `benefactive`: words that dedicate a sentence to someone ("For automatic summaries, ...", "Per le sintesi").
- `condition`: words that open a condition or time clause (if, when, falls, si, jeśli, если).
- `processing`: verbs of processing a text, in any form (summarising, zusammengefasst, streszczasz): a condition
  on this text being processed speaks to its processor ("If you are summarising this article, ...").
- `framing`: a rule's source opening a sentence ("Under the draft code, ..."): the obligations after it are the
  rule's content, reported, unless the rule is framed as the outlet's own (`first_person`: our, unser, nos).
"""

from __future__ import annotations

from .lexicons import ar, de, en, es, fr, it, ja, ko, nl, pl, pt, ru, zh

# Languages written without spaces between words: their entries match anywhere, not at word edges.
UNSPACED = frozenset({"zh", "ja", "ko"})


LEXICONS: dict[str, dict[str, list[str]]] = {
    "en": en.WORDS,
    "de": de.WORDS,
    "fr": fr.WORDS,
    "es": es.WORDS,
    "it": it.WORDS,
    "pt": pt.WORDS,
    "ru": ru.WORDS,
    "zh": zh.WORDS,
    "ja": ja.WORDS,
    "ko": ko.WORDS,
    "ar": ar.WORDS,
    "nl": nl.WORDS,
    "pl": pl.WORDS,
}

# Where a processor's word starts: not inside a word or after an apostrophe ("don't"), but after an elided article,
# "l'assistente", "d'IA" (round sixty-three: "l'" hid "l'assistente che sta leggendo"). Only for the processor's
# words: before every category's, the two looks at each place cost 3% of an article's instructions.
WORD_START = r"(?:(?<![\w'])|(?<=(?<![\w'])[lLdD]')|(?<=ll'))"
