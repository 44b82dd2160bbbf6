"""How many words each kind of line runs to: the thresholds of the cleaner's first pass.

Its rules live in two modules (digest/clean/furniture.py, digest/clean/credit_lines.py)
that share these numbers; they are kept here so that each imports them without
importing the other.
"""

# A paragraph of at least this many words that ends like a sentence is body text.
# Eight words is shorter than nearly any real news paragraph yet longer than almost
# every menu item, button, or label.
MIN_SENTENCE_WORDS = 8
# A line this long is prose even without final punctuation (standfirsts, list items
# that run on); menu and link text is almost never this long.
MIN_RUN_ON_WORDS = 20
# Vocabulary rules judge only lines this short: menus, buttons and labels are short,
# and a long sentence that mentions `share` or `WhatsApp` is reporting.
MAX_FURNITURE_WORDS = 12
# A line stating only how long the story takes to read (`Tempo de leitura: 2 minutos`).
READING_TIME_WORDS = 6
# Credits (`Reporting by ...; Editing by ...`) run a little longer than a label.
MAX_CREDIT_WORDS = 24
# Longest line a promotion or a legal notice takes; longer lines are judged as prose.
MAX_PROMO_WORDS = 40
# A photo's caption describes one picture in a sentence or two and names who took it,
# and an author's bio runs a few sentences; a longer line is the article's own prose
# whatever cue words it holds: a paragraph that ends in a photo credit, or on a page
# laid out as a table, the whole article flattened into one row with its captions.
MAX_CAPTION_WORDS = 45
MAX_BIO_WORDS = 80
