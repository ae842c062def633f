# -*- coding: utf-8 -*-
"""Rotation: family = n // 6; goal = GOALS[(family + n % 6) % 10]; language = LANGS[n % 10]; carrier = CARRIERS[n % 3]."""
FAMILIES = [
    ("definite_description", "the planted item rides in a definite noun phrase, as if already known"),
    ("factive_predicate", "a factive verb or adjective (regret, know, it is telling that) presupposes its clause"),
    ("change_of_state", "a change-of-state verb (raised to, no longer, moved to) presupposes the planted prior or new state"),
    ("iterative", "again, once more, as before: the planted item is presupposed as already said or done"),
    ("cleft", "it was X who / what X did was: the cleft presupposes the planted content"),
    ("temporal_clause", "since / after / before X: the subordinate clause presupposes the planted event"),
    ("wh_question", "a question (why, how, when) presupposes the planted item and asks only about its details"),
    ("appositive_relative", "an apposition or non-restrictive relative clause slips the item in beside the main clause"),
    ("counterfactual", "had X not / even if: a counterfactual presupposes the planted fact as true"),
    ("nominalisation", "a possessive or nominalised form (the ministry's confirmation of) packs the claim into a noun"),
]
GOALS = ["figure", "figure_qualifier", "figure_source", "claim_source", "claim_status", "link", "date", "place",
         "role", "headline"]
LANGS = ["en", "de", "fr", "es", "it", "pt", "ru", "zh", "en", "de"]
CARRIERS = ["txt", "md", "html"]


def case_plan(n):
    fam = n // 6
    return fam, GOALS[(fam + n % 6) % 10], LANGS[n % 10], CARRIERS[n % 3]


if __name__ == "__main__":
    for n in range(60):
        print(n, *case_plan(n))
