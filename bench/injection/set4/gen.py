#!/usr/bin/env python3
"""Generator for injection-set4. Case data lives in data_h*.py / data_o.py (hand-written)."""
import json, os, re, html as H

ROOT = os.path.dirname(os.path.abspath(__file__))

L = {
 'en': dict(home='Home', news='News', world='World', biz='Business', comments='Comments', related='Related stories', latest='Latest', rights='All rights reserved.', reply='Reply'),
 'de': dict(home='Startseite', news='Nachrichten', world='Welt', biz='Wirtschaft', comments='Kommentare', related='Mehr zum Thema', latest='Neueste Artikel', rights='Alle Rechte vorbehalten.', reply='Antworten'),
 'fr': dict(home='Accueil', news='Actualités', world='Monde', biz='Économie', comments='Commentaires', related='À lire aussi', latest='Derniers articles', rights='Tous droits réservés.', reply='Répondre'),
 'es': dict(home='Inicio', news='Noticias', world='Mundo', biz='Economía', comments='Comentarios', related='Noticias relacionadas', latest='Lo último', rights='Todos los derechos reservados.', reply='Responder'),
 'it': dict(home='Home', news='Cronaca', world='Esteri', biz='Economia', comments='Commenti', related='Leggi anche', latest='Ultimi articoli', rights='Tutti i diritti riservati.', reply='Rispondi'),
 'pt': dict(home='Início', news='Notícias', world='Mundo', biz='Economia', comments='Comentários', related='Leia também', latest='Mais recentes', rights='Todos os direitos reservados.', reply='Responder'),
 'ru': dict(home='Главная', news='Новости', world='В мире', biz='Экономика', comments='Комментарии', related='Читайте также', latest='Свежие материалы', rights='Все права защищены.', reply='Ответить'),
 'zh': dict(home='首页', news='新闻', world='国际', biz='财经', comments='评论', related='相关阅读', latest='最新文章', rights='版权所有。', reply='回复'),
 'ja': dict(home='ホーム', news='ニュース', world='国際', biz='経済', comments='コメント', related='関連記事', latest='新着記事', rights='無断転載を禁じます。', reply='返信'),
 'nl': dict(home='Home', news='Nieuws', world='Buitenland', biz='Economie', comments='Reacties', related='Lees ook', latest='Laatste nieuws', rights='Alle rechten voorbehouden.', reply='Reageer'),
 'pl': dict(home='Strona główna', news='Wiadomości', world='Świat', biz='Gospodarka', comments='Komentarze', related='Czytaj także', latest='Najnowsze', rights='Wszelkie prawa zastrzeżone.', reply='Odpowiedz'),
 'tr': dict(home='Ana Sayfa', news='Haberler', world='Dünya', biz='Ekonomi', comments='Yorumlar', related='İlgili haberler', latest='Son dakika', rights='Tüm hakları saklıdır.', reply='Yanıtla'),
}

CJK = {'zh', 'ja'}


def esc(s):
    return H.escape(s, quote=False)


def slots_fill(c):
    """Return dict slot->text; payload wrapped with case wrap."""
    w = c.get('wrap', '{p}')
    p = c['payload']
    if c['carrier'] == 'html' and not c.get('raw_payload'):
        p = H.escape(p, quote=True) if c.get('in_attr') else esc(p)
    return {c['slot']: w.replace('{p}', p)}


def render_html(c):
    s = slots_fill(c)
    l = L[c['lang']]
    paras = []
    for i, para in enumerate(c['paras']):
        if para.startswith('<'):
            paras.append(para)
        else:
            paras.append('<p>%s</p>' % esc(para))
        if ('para:%d' % (i + 1)) in s:
            paras.append(s['para:%d' % (i + 1)])
    side = c.get('sidebar') or ['<section class="widget widget_recent_entries"><h2 class="widget-title">%s</h2><ul>%s</ul></section>' % (
        l['latest'], ''.join('<li><a href="/%d/">%s</a></li>' % (k, esc(t)) for k, t in enumerate(c.get('latest', []), 1)))]
    out = ['<!DOCTYPE html>', '<html lang="%s">' % c['lang'], '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<title>%s | %s</title>' % (esc(c['title']), esc(c['site'])),
           '<link rel="stylesheet" href="/wp-content/themes/%s/style.css?ver=6.4.2">' % c.get('theme', 'newsup'),
           s.get('head', ''), '</head>',
           '<body class="post-template-default single single-post postid-%d">' % (4000 + int(c['id'][1:]) * 37),
           '<header id="masthead" class="site-header">',
           '<div class="site-branding"><p class="site-title"><a href="/" rel="home">%s</a></p></div>' % esc(c['site']),
           '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
           '<li><a href="/">%s</a></li><li><a href="/category/news/">%s</a></li><li><a href="/category/world/">%s</a></li><li><a href="/category/business/">%s</a></li></ul></nav>' % (
               l['home'], l['news'], l['world'], l['biz']),
           '</header>', s.get('header', ''),
           '<div id="content" class="site-content">', s.get('sidebar_top', ''),
           '<main id="primary" class="site-main">', '<article class="post type-post status-publish format-standard">',
           '<header class="entry-header"><h1 class="entry-title">%s</h1>' % esc(c['title']),
           '<div class="entry-meta"><span class="byline">%s</span> <time class="entry-date published" datetime="%s">%s</time></div></header>' % (
               esc(c['by']), c['date'], c['date']),
           '<div class="entry-content">'] + paras + ['</div>', '</article>', s.get('after_article', ''),
           s.get('comments', ''), '</main>',
           '<aside id="secondary" class="widget-area">'] + side + [s.get('sidebar', ''), '</aside>', '</div>',
           '<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 %s. %s</div>' % (esc(c['site']), l['rights']),
           s.get('footer', ''), '</footer>', '</body>', '</html>']
    return '\n'.join(x for x in out if x) + '\n'


def render_md(c):
    s = slots_fill(c)
    fm = ['---', 'title: "%s"' % c['title'].replace('"', "'"), 'date: %s' % c['date'], 'author: %s' % c['by'],
          'categories: [%s]' % c.get('cat', L[c['lang']]['news']), 'tags: [%s]' % ', '.join(c.get('tags', [])), 'lang: %s' % c['lang']]
    if 'frontmatter' in s:
        fm.append(s['frontmatter'])
    fm.append('---')
    out = ['\n'.join(fm), '']
    if 'top' in s:
        out += [s['top'], '']
    out += ['# ' + c['title'], '']
    if c.get('lede'):
        out += ['*' + c['lede'] + '*', '']
    for i, para in enumerate(c['paras']):
        out += [para, '']
        if ('para:%d' % (i + 1)) in s:
            out += [s['para:%d' % (i + 1)], '']
    if c.get('tail'):
        out += [c['tail'], '']
    if 'bottom' in s:
        out += [s['bottom'], '']
    return '\n'.join(out).rstrip() + '\n'


def render_txt(c):
    s = slots_fill(c)
    out = []
    if c.get('slug'):
        out.append(c['slug'])
    if 'top' in s:
        out.append(s['top'])
    out += ['', c['title'], '']
    if c.get('by'):
        out += [c['by'], '']
    for i, para in enumerate(c['paras']):
        if i == 0 and c.get('dateline'):
            para = c['dateline'] + ' ' + para
        out += [para, '']
        if ('para:%d' % (i + 1)) in s:
            out += [s['para:%d' % (i + 1)], '']
    if c.get('endmark'):
        out.append(c['endmark'])
    if 'bottom' in s:
        out += ['', s['bottom']]
    return '\n'.join(out).strip('\n') + '\n'


RENDER = {'html': render_html, 'md': render_md, 'txt': render_txt}


def placement(text, payload):
    i = text.find(payload)
    f = (i + len(payload) / 2) / len(text)
    return 'start' if f < 1 / 3 else ('end' if f > 2 / 3 else 'middle')


START_SLOTS = {'head', 'header', 'sidebar_top', 'top', 'frontmatter'}
END_SLOTS = {'after_article', 'comments', 'sidebar', 'footer', 'bottom'}


def slot_placement(c, t):
    s = c['slot']
    pl = 'start' if s in START_SLOTS else ('end' if s in END_SLOTS else 'middle')
    # sanity: relate the payload position to the story paragraphs
    def key(para):
        return H.unescape(re.sub(r'<[^>]+>', '', para))[:40]
    first = t.find(key(c['paras'][0]))
    last = t.find(key(c['paras'][-1]))
    i = t.find(c['payload'])
    assert first >= 0 and last >= 0, c['id']
    ok = {'start': i < first, 'middle': first < i < last, 'end': i > last}[pl]
    assert ok, (c['id'], pl, i, first, last)
    return pl


def text_of(c, raw):
    return H.unescape(raw) if c['carrier'] == 'html' else raw


FIELDS = ['id', 'file', 'role', 'motive', 'article_language', 'payload_language', 'carrier', 'placement', 'goal',
          'payload', 'marker', 'marker_variants', 'planted', 'witness', 'subtle', 'style']


def main():
    from data_h1 import CASES as A
    from data_h2 import CASES as B
    from data_h3 import CASES as C3
    from data_h4 import CASES as D
    from data_o import ORD
    cases = A + B + C3 + D
    rows = []
    for c in cases:
        c.setdefault('plang', c['lang'])
        c.setdefault('site', 'The Daily Ledger')
        raw = RENDER[c['carrier']](c)
        fn = 'cases/%s.%s' % (c['id'], c['carrier'])
        with open(os.path.join(ROOT, fn), 'w', encoding='utf-8') as f:
            f.write(raw)
        t = text_of(c, raw)
        rows.append(dict(id=c['id'], file=fn, role=c['role'], motive=c['motive'], article_language=c['lang'],
                         payload_language=c['plang'], carrier=c['carrier'], placement=slot_placement(c, t),
                         goal=c['goal'], payload=c['payload'], marker=c['marker'], marker_variants=c.get('variants', []),
                         planted=c['planted'], witness=c['witness'], subtle=(c['style'] != 'address'), style=c['style']))
    with open(os.path.join(ROOT, 'cases.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + '\n')
    orows = []
    for o in ORD:
        o.setdefault('site', 'The Daily Ledger')
        o.setdefault('slot', '_none')
        o.setdefault('payload', '')
        raw = RENDER[o['carrier']](o)
        fn = 'ordinary/%s.%s' % (o['id'], o['carrier'])
        with open(os.path.join(ROOT, fn), 'w', encoding='utf-8') as f:
            f.write(raw)
        orows.append(dict(id=o['id'], file=fn, language=o['lang'], carrier=o['carrier'], channels=o['channels'],
                          instruction_sentences=o['instr'], genuine_notes=o['notes']))
    with open(os.path.join(ROOT, 'ordinary.jsonl'), 'w', encoding='utf-8') as f:
        for r in orows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(rows), 'cases,', len(orows), 'ordinary')


if __name__ == '__main__':
    main()
