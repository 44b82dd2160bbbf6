"""Page furniture's labels in the languages other than English digest meets most.

Site software prints the same few labels on every page, in the site's language: the
comments section's heading and its form, the heading over a list of other stories,
the label of a photo's credit, the share and print buttons. They are a site's chrome,
never reporting, in any language; the English ones are in digest/clean/furniture.py's
patterns. Each table holds one label as German, French, Spanish, Portuguese, Italian
and Dutch sites print it (the wording of the common publishing systems' translations),
lower-cased as the patterns read lines. Like the English ones, they are judged only
where a label stands: a whole line, the start of a line, or a short line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A comments section's heading, alone, after its count (`71 Kommentare`) or before it in
# brackets (`Kommentare (9)`, `Comments (12)`). The singular only after a count (`1
# Kommentar`): alone, `Kommentar` labels an opinion piece, as `Comment` does.
COMMENT_HEADINGS = (
    *("kommentare", "leserkommentare", "diskussion", "commentaires", "réactions"),
    *("comentarios", "comentários", "commenti", "reacties"),
    *("комментарии", "التعليقات", "تعليقات", "ความคิดเห็น", "评论", "网友评论", "コメント"),
    *("댓글", "yorumlar", "komentar", "komentarze", "kommentarer"),
)
COMMENT_COUNTED = ("kommentar", "commentaire", "comentario", "comentário", "commento", "reactie")
# A button that opens the comments (`Kommentieren`): a whole line, as `Comment` is.
COMMENT_BUTTONS = ("kommentieren", "commenter", "comentar", "comente", "commenta", "reageer")
# The invitation of a comments form, which opens the section (`Hinterlasse jetzt einen
# Kommentar`): read at the start of a line.
COMMENT_INVITATIONS = (
    *("hinterlasse einen kommentar", "hinterlasse jetzt einen kommentar"),
    *("schreibe einen kommentar", "kommentar schreiben", "kommentar hinterlassen"),
    *("laisser un commentaire", "laissez un commentaire", "ajouter un commentaire"),
    *("deja un comentario", "deja una respuesta", "dejar un comentario"),
    *("escribe un comentario", "deixe um comentário", "deixe uma resposta"),
    *("deixe seu comentário", "lascia un commento", "lascia una risposta"),
    *("scrivi un commento", "laat een reactie achter", "geef een reactie"),
)
# The heading over a list of other stories (`Das könnte Sie auch interessieren`), a
# whole line; followed by a colon it opens a teaser line (`Lesen Sie auch: ...`).
RELATED_HEADINGS = (
    *("das könnte sie auch interessieren", "das könnte dich auch interessieren"),
    *("lesen sie auch", "lies auch", "mehr zum thema", "weitere artikel", "auch interessant"),
    *("meistgelesen", "meistgelesene artikel", "ähnliche artikel", "verwandte artikel"),
    *("à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus"),
    *("articles similaires", "vous aimerez aussi", "à voir aussi", "voir aussi"),
    *("te puede interesar", "también te puede interesar", "lee también", "lo más leído"),
    *("noticias relacionadas", "más leídas", "artículos relacionados", "te recomendamos"),
    *("leia também", "veja também", "mais lidas", "notícias relacionadas"),
    *("você pode gostar", "posts relacionados", "leggi anche", "potrebbe interessarti"),
    *("ti potrebbe interessare", "articoli correlati", "i più letti", "lees ook"),
    *("meest gelezen", "gerelateerde artikelen", "meer over dit onderwerp"),
    # The same headings in the scripts and languages of the real pages beyond them.
    *("читайте также", "похожие статьи", "самое читаемое", "популярное"),
    *("اقرأ أيضا", "اقرأ أيضاً", "مواضيع ذات صلة", "أخبار ذات صلة", "الأكثر قراءة"),
    *("เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "相关新闻", "相关阅读", "延伸阅读"),
    *("推荐阅读", "関連記事", "あわせて読みたい", "関連ニュース", "관련기사", "관련 기사"),
    *("많이 본 뉴스", "ilgili haberler", "en çok okunanlar", "baca juga", "berita terkait"),
    *("czytaj także", "czytaj też", "zobacz także", "najczęściej czytane", "läs också"),
    *("läs även", "mest läst"),
    # ... and in the further languages of Europe, the Middle East and Asia news sites use.
    *("citește și", "citeste si", "cele mai citite", "articole similare", "olvasd el ezt is"),
    *("legolvasottabb", "kapcsolódó cikkek", "lue myös", "luetuimmat", "læs også", "mest læste"),
    *("les også", "mest lest", "přečtěte si také", "nejčtenější", "ayrıca okuyun"),
    *("קראו עוד", "קרא עוד", "הנקראים ביותר", "כתבות נוספות", "بیشتر بخوانید", "پربازدیدترین"),
    *("اخبار مرتبط", "อ่านเพิ่มเติม", "ข่าวยอดนิยม", "paling popular", "berita berkaitan"),
    *("熱門新聞", "延伸閱讀", "相關新聞", "推薦閱讀"),
    *("đọc thêm", "tin liên quan", "đọc nhiều nhất"),
)
# The label of a photo's credit (`Bild: Reuters`, `Foto: dpa`), before its colon.
CREDIT_LABELS = (
    *("bild", "bilder", "foto", "fotos", "fotografie", "imagen", "imágenes"),
    *("immagine", "immagini", "crédit photo", "crédits photo", "afbeelding", "фото"),
    *("kuva", "kuvat", "fotó", "kép", "fotoğraf", "imagem", "gambar", "ảnh", "φωτογραφία"),
    *("צילום", "عکس", "ภาพ", "写真", "사진"),
)
# A source's label before the name (`Quelle: dpa`), as `Source:` is in English.
SOURCE_LABELS = ("quelle", "fuente", "fonte", "bron", "источник")
# The label of a bar of trending topics or stories (`HOT TOPICS Brexit Election`), in
# English and the other languages.
TOPIC_BAR_LABELS = (
    *("hot topics", "trending", "trending now", "trending topics", "popular topics"),
    *("top searches", "in the news", "top-themen", "themen des tages", "tendances"),
    *("à la une", "tendencias", "temas del día", "em alta", "in evidenza", "trending nu"),
)
# A relative timestamp (`vor 2 Stunden`, `hace 28 minutos`, `3 ore fa`), which only
# comments and lists of other stories carry: the word before the count, or after the
# unit, and the units, in German, Spanish, French, Portuguese, Italian and Dutch.
AGO_BEFORE = ("vor", "hace", "il y a", "há")
AGO_AFTER = ("fa", "geleden")
AGO_COUNTS = ("ein", "einer", "einem", "un", "una", "uno", "une", "um", "uma", "een")
AGO_UNITS = (
    *("sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen"),
    *("segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dia", "dias"),
    *("secondes", "minutes", "heure", "heures", "jour", "jours", "semaine", "semaines"),
    *("secondi", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane"),
    *("seconden", "uur", "dag", "dagen", "week", "weken", "semana", "semanas"),
)
# A paywall's notice that the rest is for subscribers (`to continue reading` is in
# furniture.py), in the other languages and in Japanese, whose papers print it so.
PAYWALL_NOTICES = (
    *("nur für abonnenten", "exklusiv für abonnenten", "réservé aux abonnés"),
    *("exclusivo para suscriptores", "exclusivo para assinantes", "riservato agli abbonati"),
    *("alleen voor abonnees", "会員限定", "続きをお読みいただけます", "有料会員"),
)
# A legal notice's reservation of rights (`All rights reserved` is in furniture.py).
RIGHTS_RESERVED = (
    *("alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados"),
    *("todos os direitos reservados", "tutti i diritti riservati", "alle rechten voorbehouden"),
    *("riproduzione riservata", "derechos reservados", "direitos reservados"),
    *("wszelkie prawa zastrzeżone", "všechna práva vyhrazena", "tüm hakları saklıdır"),
    *("alla rättigheter förbehållna", "alle rettigheder forbeholdes", "все права защищены"),
    # Korean's `no copying or redistribution without permission`, Japanese's `no
    # reproduction without permission`, Chinese's `all rights reserved`.
    *("무단전재", "무단 전재", "재배포금지", "재배포 금지", "無断転載", "版权所有", "版權所有"),
)
# The link to skip the menus that every accessible site opens with (`Skip to content`).
SKIP_LINKS = (
    *("skip to content", "skip to main content", "skip to navigation", "skip navigation"),
    *("zum inhalt springen", "direkt zum inhalt", "aller au contenu", "passer au contenu"),
    *("saltar al contenido", "ir al contenido", "pular para o conteúdo", "ir para o conteúdo"),
    *("vai al contenuto", "salta al contenuto", "naar de inhoud", "ga naar de inhoud"),
    *("přeskočit na obsah", "přejít na obsah", "przejdź do treści", "hoppa till innehållet"),
    *("gå til indhold", "spring til indhold", "hopp til innhold", "siirry sisältöön"),
    *("içeriğe geç", "içeriğe atla", "перейти к содержанию", "перейти к основному содержанию"),
    *("ugrás a tartalomhoz", "sari la conținut", "μετάβαση στο περιεχόμενο"),
    *("langsung ke konten", "lompat ke konten", "langkau ke kandungan"),
)
# Buttons and links of a page's chrome, found in a short line: share, the newsletter,
# back to the top, the home page, a login, more of the text.
BUTTON_PHRASES = (
    *("artikel teilen", "beitrag teilen", "seite teilen", "partager cet article"),
    *("newsletter abonnieren", "abonnez-vous", "s'abonner à", "suscríbete", "inscreva-se"),
    *("iscriviti", "nach oben", "zurück nach oben", "haut de page", "retour en haut"),
    *("volver arriba", "voltar ao topo", "torna su", "naar boven", "zur startseite"),
    *("einloggen", "se connecter", "iniciar sesión", "weiterlesen", "lire la suite"),
    *("leer más", "continua a leggere", "lees verder"),
    *SKIP_LINKS,
    # A newsletter's sign-up in the further languages.
    *("abonează-te la newsletter", "iratkozz fel", "tilaa uutiskirje", "tilmeld dig nyhedsbrevet"),
    *("meld deg på nyhetsbrevet", "prenumerera på nyhetsbrevet", "zapisz się do newslettera"),
    *("přihlaste se k odběru", "bültene abone ol", "подписаться на рассылку", "הירשמו לניוזלטר"),
    *("عضویت در خبرنامه", "สมัครรับจดหมายข่าว", "langgan surat berita", "đăng ký nhận tin"),
    *("订阅新闻", "訂閱電子報", "ニュースレターを購読", "뉴스레터 구독"),
)
# Buttons of one word that is also an ordinary verb or noun (`teilen` is to share, and
# to divide): a button only as the whole line.
BUTTON_WORDS = frozenset(
    [
        *("teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "compartilhar"),
        *("compartilhe", "condividi", "stampa", "delen", "printen", "anmelden", "abonnieren"),
        *("werbung", "anzeige", "publicité", "publicidad", "publicidade", "pubblicità"),
        *("advertentie", "accedi", "inloggen", "startseite", "suche", "rechercher", "buscar"),
        *("pesquisar", "cerca", "zoeken", "menü"),
        *("s'abonner", "s’abonner", "abonnez-vous", "suscribirse", "suscríbete", "assine"),
        *("assinar", "abbonati", "abonneren"),
        # Share, advertisement and search in the further languages news sites use.
        *("distribuie", "megosztás", "jaa", "del", "dela", "udostępnij", "sdílet", "paylaş"),
        *("поделиться", "שתפו", "שתף", "اشتراک گذاری", "แชร์", "kongsi", "chia sẻ", "分享"),
        *("reclamă", "hirdetés", "mainos", "annonce", "reklame", "reklam", "reklama", "реклама"),
        *("פרסומת", "تبلیغات", "โฆษณา", "iklan", "quảng cáo", "广告", "廣告", "広告", "광고"),
        *("căutare", "keresés", "haku", "søg", "sök", "szukaj", "hledat", "поиск", "חיפוש"),
        *("جستجو", "ค้นหา", "cari", "tìm kiếm", "搜索", "搜尋", "検索", "검색"),
        # Subscribe, share and search in Estonian, Lithuanian, Latvian, Croatian, Slovak,
        # Slovenian and Bulgarian.
        *("telli", "prenumeruoti", "abonēt", "pretplata", "predplatné", "naroči", "абонамент"),
        *("jaga", "dalintis", "dalīties", "podijeli", "zdieľať", "deli", "сподели"),
        *("otsi", "ieškoti", "meklēt", "traži", "hľadať", "išči", "търси"),
    ]
)


def alternation(phrases: Iterable[str]) -> str:
    """Return a regular expression matching any of the phrases, the longest first."""
    return "|".join(re.escape(phrase) for phrase in sorted(set(phrases), key=len, reverse=True))


def first_words(*tables: Iterable[str]) -> frozenset[str]:
    """Return the first word of every phrase: the guard a pattern's line must pass."""
    return frozenset(re.findall(r"[^\W_]+", phrase)[0] for table in tables for phrase in table)


# The names of a news site's sections, in the languages digest reads: a page title made
# of the site's name and these names titles no article (`Courier-Press - News`).
SECTION_WORDS = frozenset(
    [
        *("news", "home", "local", "world", "business", "sports", "sport", "opinion"),
        *("politics", "press", "release", "releases", "latest", "articles", "article"),
        *("nieuws", "persbericht", "persberichten", "nachrichten", "pressemitteilung"),
        *("noticias", "noticia", "actualités", "actualité", "actualites", "notizie"),
        *("notícias", "comunicado", "communiqué", "newsroom", "blog", "stories"),
        *("economy", "health", "science", "technology", "tech", "entertainment", "lifestyle"),
        *("travel", "culture", "arts", "property", "motoring", "education", "environment"),
        *("weather", "crime", "money", "markets", "finance"),
        # A paper's pages for its readers' notices and its own voice: `Gazette :: Obituaries`.
        *("obituaries", "obituary", "obits", "editorial", "editorials", "letters", "features"),
        *("columnists", "community", "agriculture", "religion", "faith", "books", "food"),
        # The desks a story is filed under (`Economia · 14/08/2023`, `More from
        # Saskatchewan` aside, which no word list can hold): economy, politics, sport,
        # culture, world, society, in the languages of the cue tables.
        *("economia", "economía", "économie", "wirtschaft", "economie", "ekonomi", "gospodarka"),
        *("экономика", "politica", "política", "politique", "politik", "polityka", "siyaset"),
        *("politiek", "политика", "esporte", "esportes", "deportes", "sportivo", "spor"),
        *("calcio", "спорт", "cultura", "kultur", "cultuur", "kultura", "kültür", "культура"),
        *("mundo", "monde", "welt", "wereld", "świat", "dünya", "мир", "internacional"),
        *("sociedad", "sociedade", "société", "gesellschaft", "cronaca", "inland", "ausland"),
    ]
)


def is_section_name(text: str) -> bool:
    """Say whether a title's segment is a section's name: one to three section words."""
    words = text.casefold().split()
    return 0 < len(words) <= 3 and all(word in SECTION_WORDS for word in words)


def is_skip_link(text: str) -> bool:
    """Say whether a line opens with the link that skips a page's menus: it heads no story."""
    return text.strip().casefold().startswith(SKIP_LINKS)


# A story's reading time, printed beside its byline or date: `3 min read`, `Lesezeit: 4 Min.`.
READING_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?\.?\s+read|min\.?\s+(?:Lesezeit|de lecture|de lectura"
    r"|de leitura|di lettura|leestijd|czytania|чтения)|dk\.?\s+okuma|menit\s+baca)\b"
    r"|\b(?:Lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura"
    r"|leestijd|czas czytania|okuma süresi|время чтения)\s*:?\s*\d"
    r"|\d+\s*分で読めます",
    re.IGNORECASE,
)


def states_reading_time(text: str) -> bool:
    """Say whether a line states how long the story takes to read: a byline's or a
    date's line, never a headline."""
    return READING_TIME.search(text) is not None
