"""A login wall or a cookie-consent banner read where an article should be is refused, in English, German, French
and Spanish; an article about cookies, consent or logging in is still an article."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from summarise.errors import InputError
from summarise.inputs.load import Article, from_bytes, load_article
from summarise.inputs.walls import wall

from .test_cli import EXE, ROOT


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"


LOGIN_WALLS = {
    "en": _page(
        "Sign in to continue reading",
        "You need to be logged in to read this article. Sign in with your account or create a free account to "
        "continue reading.",
        "Already a subscriber? Log in with your email address and password. Forgot your password? Reset it here.",
        "Subscribe now for unlimited access to all our journalism, from just £1 a week. Cancel anytime.",
    ),
    "de": _page(
        "Weiterlesen mit Ihrem Digital-Abo",
        "Dieser Artikel ist nur für Abonnenten verfügbar. Melden Sie sich mit Ihrem Konto an, um weiterzulesen.",
        "Sie haben noch kein Abo? Jetzt testen: Einen Monat lang unbegrenzter Zugang zu allen Artikeln für 0,99 Euro.",
        "Bereits Abonnent? Hier anmelden. Passwort vergessen?",
    ),
    "fr": _page(
        "Cet article est réservé aux abonnés",
        "Pour lire la suite, connectez-vous à votre compte ou abonnez-vous. Vous n'avez pas encore de compte ? "
        "Créez un compte gratuitement.",
        "Déjà abonné ? Identifiez-vous avec votre adresse e-mail et votre mot de passe.",
        "Abonnez-vous dès 1 euro le premier mois et profitez d'un accès illimité à tous nos contenus.",
    ),
    "es": _page(
        "Contenido exclusivo para suscriptores",
        "Para seguir leyendo, inicia sesión con tu cuenta o suscríbete. ¿Todavía no tienes cuenta? Regístrate gratis.",
        "¿Ya eres suscriptor? Inicia sesión con tu correo electrónico y tu contraseña.",
        "Suscríbete ahora por 1 euro el primer mes y disfruta de acceso ilimitado a todos nuestros contenidos.",
    ),
}
# Consent banners as plain text too: a banner copied from a browser, or a URL answering text/plain.
CONSENT_WALLS = {
    "en": "We value your privacy\n\nWe and our partners use cookies to store and/or access information on your device. "
    "With your consent, we use personal data for personalised ads and content, ad and content measurement and "
    "audience insights. You can change your choices at any time by clicking Manage preferences at the bottom of the "
    "page.\n\nAccept all\nReject all\nManage preferences\n",
    "de": _page(
        "Wir brauchen Ihre Zustimmung",
        "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu "
        "speichern und abzurufen. Mit Ihrer Zustimmung verarbeiten wir personenbezogene Daten für personalisierte "
        "Werbung und Inhalte.",
        "Sie können Ihre Einwilligung jederzeit widerrufen, indem Sie auf „Einstellungen“ am Ende der Seite klicken. "
        "Klicken Sie auf „Alle akzeptieren“, um zuzustimmen, oder auf „Ablehnen“.",
        "Alle akzeptieren",
        "Ablehnen",
        "Einstellungen verwalten",
    ),
    "fr": "Vos choix concernant l'utilisation de cookies\n\nNous et nos partenaires utilisons des cookies pour stocker "
    "et accéder à des informations sur votre appareil. Avec votre consentement, nous traitons vos données personnelles "
    "à des fins de publicités personnalisées et de mesure d'audience. Vous pouvez modifier vos choix à tout moment en "
    "cliquant sur « Paramétrer les cookies ».\n\nTout accepter\nTout refuser\nParamétrer\n",
    "es": "Tu privacidad es importante para nosotros\n\nNosotros y nuestros socios utilizamos cookies para almacenar y "
    "acceder a información en tu dispositivo. Con tu consentimiento, tratamos datos personales para ofrecer publicidad "
    "personalizada y medir la audiencia. Puedes cambiar tus preferencias en cualquier momento pulsando en "
    "«Configurar».\n\nAceptar todo\nRechazar todo\nConfigurar\n",
}
# Articles about cookies, consent, logins and passwords, each short enough to be a wall's length.
ARTICLES = {
    "en-cookies": "Regulator fines retailer over cookie banner\n\nThe data protection authority fined the retailer "
    "Brant & Co 2.4 million euros on Tuesday over its cookie consent banner. Visitors could accept all cookies with "
    "one click, but refusing them took four, the authority said. The company said it would change the banner and "
    "would appeal against the fine.",
    "en-login": "Bank customers locked out after outage\n\nThousands of Nordbank customers could not log in to online "
    "banking on Monday after a fault in the bank's password system. The outage lasted four hours. Customers who "
    "tried to sign in saw an error message, and some were asked to create a new account. Access was restored in the "
    "afternoon.",
    "de-cookies": "Datenschützer rügen Cookie-Banner\n\nDie Datenschutzbehörde hat am Dienstag ein Bußgeld von 2,4 "
    "Millionen Euro gegen den Händler Brant verhängt. Nutzer hätten alle Cookies mit einem Klick akzeptieren können, "
    "das Ablehnen habe aber vier Schritte gebraucht, sagte eine Sprecherin. Ohne Zustimmung dürften keine "
    "personenbezogenen Daten für Werbung verarbeitet werden.",
    "de-login": "Störung beim Online-Banking\n\nTausende Kunden der Nordbank konnten sich am Montag nicht anmelden. "
    "Wer sein Passwort eingab, sah eine Fehlermeldung, erklärte die Bank. Die Störung dauerte vier Stunden; danach "
    "war der Zugang zum Konto wieder möglich.",
    "fr-cookies": "La CNIL sanctionne un bandeau cookies\n\nLa CNIL a infligé mardi une amende de 2,4 millions "
    "d'euros au distributeur Brant. Les internautes pouvaient tout accepter en un clic, mais refuser les cookies "
    "demandait quatre étapes, a indiqué l'autorité. Sans consentement, les données personnelles ne peuvent pas servir "
    "à la publicité.",
    "fr-login": "Panne de la banque en ligne\n\nDes milliers de clients de la Nordbank n'ont pas pu se connecter "
    "lundi à leur espace. La connexion échouait après la saisie du mot de passe, a expliqué la banque. Le service a "
    "été rétabli dans l'après-midi.",
    "es-cookies": "Multa por el aviso de cookies\n\nLa agencia de protección de datos multó el martes con 2,4 "
    "millones de euros a la cadena Brant. Los usuarios podían aceptar todas las cookies con un clic, pero rechazarlas "
    "exigía cuatro pasos, dijo la agencia. Sin consentimiento no se pueden usar datos personales para publicidad.",
    "es-login": "Caída de la banca en línea\n\nMiles de clientes del Nordbank no pudieron iniciar sesión el lunes. "
    "Quienes escribían su contraseña veían un mensaje de error, explicó el banco. El acceso se restableció por la "
    "tarde.",
}


def _read(markup_or_text: str) -> Article:
    return from_bytes(markup_or_text.encode("utf-8"), "the page")


@pytest.mark.parametrize("lang", sorted(LOGIN_WALLS))
def test_a_login_wall_is_refused_not_summarised(lang: str) -> None:
    with pytest.raises(InputError, match=r"^the page appears to be a login or subscription wall, not an article"):
        _read(LOGIN_WALLS[lang])


@pytest.mark.parametrize("lang", sorted(CONSENT_WALLS))
def test_a_consent_banner_is_refused_not_summarised(lang: str) -> None:
    with pytest.raises(InputError, match=r"^the page appears to be a cookie-consent wall, not an article"):
        _read(CONSENT_WALLS[lang])


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_an_article_about_cookies_or_logging_in_is_an_article(name: str) -> None:
    text = ARTICLES[name]
    assert wall(text) is None
    assert _read(text).text == text


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_an_article_about_cookies_or_logging_in_is_read_as_a_page_too(name: str) -> None:
    headline, body = ARTICLES[name].split("\n\n", 1)
    article = _read(_page(headline, body))
    assert article.text.endswith(body)


def test_the_command_line_refuses_a_wall_in_one_line_and_reads_the_article(tmp_path: Path) -> None:
    wall_page = tmp_path / "wall.html"
    wall_page.write_text(LOGIN_WALLS["en"], encoding="utf-8")
    proc = subprocess.run([EXE, str(wall_page), "--engine", "extractive"], capture_output=True, timeout=300, cwd=ROOT)
    err = proc.stderr.decode()
    assert proc.returncode == 3 and "Traceback" not in err
    assert err.strip().splitlines() == [
        f"summarise: error: {wall_page} appears to be a login or subscription wall, not an article: open it where you "
        "are signed in and save the page, or give the article's text"
    ]
    story = tmp_path / "story.txt"
    story.write_text(ARTICLES["en-cookies"], encoding="utf-8")
    proc = subprocess.run([EXE, str(story), "--engine", "extractive"], capture_output=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert load_article(story).text == ARTICLES["en-cookies"]
