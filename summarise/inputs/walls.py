"""Pages that stand where an article should: a login or subscription wall, or a cookie-consent banner.

A fetched or saved page is sometimes only the wall in front of the story. Its text reads fluently, so without this
check it is summarised as if it were news. The check is meant to be conservative: it fires only on a short text
made mostly of sentences that speak to the reader ('you', 'Sie', 'vous', 'tu') in a wall's words, that name at
least three of those words, and that report nothing (no 'said', 'sagte', 'a déclaré', 'dijo'). An article about
cookies or logins is told in the third person and attributes what it says, so it stays an article.
"""

from __future__ import annotations

import re

# Longer than this, a text is an article with a wall's lines around it, not a wall.
_MAX_CHARS = 2_500
# The share of the text's characters in a wall's sentences, and how many of the wall's words it must name.
_MIN_SHARE = 0.6
_MIN_WORDS = 3
# A button's label: short enough to be one even without speaking to the reader ('Accept all', 'Alle akzeptieren').
_BUTTON_CHARS = 40


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])", re.IGNORECASE)


_LOGIN = _words(
    r"sign(?:ing|ed)?[ -]in", r"log(?:ging|ged)?[ -]?in", r"create (?:a |an |your )?(?:free )?account", r"subscribe",
    r"subscribers?", r"subscription", r"passwords?", r"continue reading", r"keep reading", r"register",
    r"already (?:a subscriber|have an account|registered)", r"unlimited access", r"members? only",
    r"anmelden", r"melden Sie sich an", r"einloggen", r"registrieren", r"passwort", r"kennwort", r"abonnieren",
    r"abonnent\w*", r"abo", r"digital-?abo", r"weiterlesen", r"jetzt testen", r"zugang", r"konto",
    r"se connecter", r"connectez-vous", r"connexion", r"identifiez-vous", r"créer un compte",
    r"créez (?:un|votre) compte", r"mot de passe", r"abonnez-vous", r"abonnés?", r"abonnement", r"lire la suite",
    r"accès illimité", r"inscrivez-vous",
    r"iniciar sesión", r"inicia sesión", r"inicie sesión", r"regístrate", r"regístrese",
    r"crea(?:r)? (?:una|tu) cuenta",
    r"contraseña", r"suscríbete", r"suscríbase", r"suscriptor(?:es)?", r"suscripción", r"seguir leyendo",
    r"sigue leyendo", r"acceso ilimitado",
)  # fmt: skip
_CONSENT = _words(
    r"cookies?", r"consent", r"accept all", r"reject all", r"manage (?:preferences|settings|options|cookies|choices)",
    r"privacy (?:policy|settings|notice)", r"personal data", r"(?:our|\d+) partners", r"legitimate interests?",
    r"personali[sz]ed (?:ads|advertising|content)", r"store and/or access information",
    r"zustimmung", r"zustimmen", r"einwilligung", r"alle akzeptieren", r"akzeptieren", r"ablehnen",
    r"einstellungen(?: verwalten)?", r"datenschutz\w*", r"personenbezogene\w* daten", r"partner(?:n)?",
    r"berechtigte\w* interesse\w*", r"personalisierte\w* werbung",
    r"consentement", r"consentez", r"tout accepter", r"accepter", r"tout refuser", r"refuser", r"paramétrer",
    r"gérer (?:mes|les|vos) (?:choix|préférences|paramètres)", r"données personnelles", r"partenaires",
    r"politique de confidentialité", r"intérêt légitime", r"publicités? personnalisées?",
    r"consentimiento", r"aceptar(?: todo| todas)?", r"rechazar(?: todo| todas)?", r"configurar", r"gestionar",
    r"preferencias", r"datos personales", r"socios", r"política de privacidad", r"interés legítimo",
    r"publicidad personalizada",
)  # fmt: skip
# Speaking to the reader. German 'Sie' is also 'she' and 'they': it counts inside a sentence, where only the polite
# 'you' is capitalised.
_READER_CASED = re.compile(r"(?<=\w )(?:Sie|Ihnen)(?!\w)|(?<![\w-])Ihr(?:e|en|em|er|es)?(?!\w)")
_READER_OTHER = re.compile(
    r"(?<![\w'’-])(?:you|your|yours|vous|votre|vos|tu|tus|te|tú|usted|ustedes|du|dein\w*|click|klicken|cliquez"
    r"|haga clic|haz clic|pulse|pulsa)(?![\w'’-])",
    re.IGNORECASE,
)
# A report: someone said something. A wall tells the reader what to do and never reports.
_REPORTED = _words(
    r"said", r"says", r"told", r"sagte\w*", r"sagt", r"erklärte\w*", r"teilte\w*", r"a déclaré", r"a affirmé",
    r"a indiqué", r"a expliqué", r"ont déclaré", r"dijo", r"dijeron", r"afirmó", r"declaró", r"explicó", r"aseguró",
)  # fmt: skip
_SENTENCES = re.compile(r"[^.!?…\n]+[.!?…]*")


def wall(text: str) -> str | None:
    """'login' when `text` reads as a login or subscription wall, 'consent' when it reads as a cookie-consent
    banner, else None (an article, however much it speaks of cookies or of logging in)."""
    if len(text) > _MAX_CHARS or _REPORTED.search(text):
        return None
    total = walled = 0
    login: set[str] = set()
    consent: set[str] = set()
    speaks_to_reader = False
    for m in _SENTENCES.finditer(text):
        sentence = m.group().strip()
        if not sentence:
            continue
        total += len(sentence)
        logins = {w.group().lower() for w in _LOGIN.finditer(sentence)}
        consents = {w.group().lower() for w in _CONSENT.finditer(sentence)}
        if not (logins or consents):
            continue
        # A sentence that opens with a wall's words tells the reader what to do ('Subscribe now', 'Alle akzeptieren').
        opens = any(w.start() == 0 for w in (*_LOGIN.finditer(sentence), *_CONSENT.finditer(sentence)))
        reader = bool(opens or _READER_CASED.search(sentence) or _READER_OTHER.search(sentence))
        if reader or len(sentence) <= _BUTTON_CHARS:
            walled += len(sentence)
            login |= logins
            consent |= consents
            speaks_to_reader = speaks_to_reader or reader
    if not speaks_to_reader or not total or walled / total < _MIN_SHARE or len(login | consent) < _MIN_WORDS:
        return None
    return "login" if len(login) > len(consent) else "consent"


def message(origin: str, kind: str) -> str:
    """The one line that refuses a wall of `kind` ('login' or 'consent') read from `origin`."""
    if kind == "login":
        return (
            f"{origin} appears to be a login or subscription wall, not an article: open it where you are signed in "
            "and save the page, or give the article's text"
        )
    return (
        f"{origin} appears to be a cookie-consent wall, not an article: accept or refuse it in a browser and save "
        "the page, or give the article's text"
    )
