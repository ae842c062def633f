"""Briefs in further languages, written from one verified extraction with one short call each.

The extraction (names, figures, evidence) is not repeated per language: each
extra language gets the verified facts as data and writes only a headline and
sentences, which are then held to the same checks as the main brief.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from .. import defaults, language
from ..grounding.brief import check_brief
from ..grounding.check import quote
from ..grounding.verify import Verdict
from ..models import TranslatedBrief
from ..results import GroundedBrief, ItemKind
from .templating import PromptTemplate, defuse, load

# A brief is a headline and up to five short sentences with their references.
MAX_BRIEF_TOKENS = 400


def facts(verdict: Verdict) -> str:
    """The verified items as compact JSON, numbered as the brief must cite them."""
    data: dict[str, Any] = {
        "event": {"what": verdict.event.what, "where": verdict.event.where, "when": verdict.event.when},
        "actors": [{"name": a.name, "translation": a.translation, "role": a.role} for a in verdict.actors],
        "figures": [
            {"n": n, "value": f.value, "number": f.number, "counts": f.counts, "source": f.source}
            for n, f in enumerate(verdict.figures, start=1)
        ],
        "claims": [
            {"n": n, "statement": c.statement, "source": c.source, "status": c.status.value}
            for n, c in enumerate(verdict.claims, start=1)
        ],
    }
    return defuse(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


class ExtraBrief:
    """One further language: the call to make, the check of its answer, and at most one re-ask."""

    def __init__(
        self,
        code: str,
        verdict: Verdict,
        article: str,
        article_language: str,
        template: PromptTemplate,
        reasks: int,
    ) -> None:
        self.code = code
        self.left = reasks
        self.verdict = verdict
        self.context = verdict.brief_context(article, article_language, code)
        self.messages = template.render(facts=facts(verdict), language_name=language.name_of(code))
        self.brief = GroundedBrief(language=code, headline="", sentences=[])
        self.failures: list[tuple[ItemKind, object, str]] = []

    def kwargs(self) -> dict[str, Any]:
        return {"messages": list(self.messages), "max_tokens": MAX_BRIEF_TOKENS, "temperature": defaults.TEMPERATURE}

    def take(self, brief: TranslatedBrief) -> bool:
        """Check an answer; return True when it should be asked again."""
        identity_figures = {n: n for n in range(1, len(self.verdict.figures) + 1)}
        identity_claims = {n: n for n in range(1, len(self.verdict.claims) + 1)}
        context = replace(self.context, aliases=tuple(brief.names))
        grounded, failures = check_brief(brief, context, identity_figures, identity_claims)
        self.brief, self.failures = grounded, failures
        if not failures or self.left == 0:
            return False
        self.left -= 1
        reasons = "\n".join(
            f"- {kind.replace('_', ' ')} {quote(str(_text(item)), 60)}: {why}" for kind, item, why in failures
        )
        self.messages = [
            *self.messages,
            {"role": "assistant", "content": brief.model_dump_json()},
            {"role": "user", "content": f"Some of the brief fails the checks:\n{reasons}\nWrite it again."},
        ]
        return True

    def give_up(self, error: Exception) -> None:
        self.failures = [("headline", "", f"no usable brief in {language.name_of(self.code)}: {error}")]

    def flagged(self) -> list[tuple[ItemKind, object, str]]:
        """What failed, labelled with the language."""
        return [(kind, item, f"[{self.code}] {why}") for kind, item, why in self.failures]


def _text(item: object) -> str:
    return str(getattr(item, "text", item))


def plan(verdict: Verdict, article: str, article_language: str, codes: list[str], reasks: int) -> list[ExtraBrief]:
    """One ExtraBrief per further language, sharing the brief template."""
    template = load(defaults.BRIEF_TEMPLATE)
    return [ExtraBrief(code, verdict, article, article_language, template, reasks) for code in codes]
