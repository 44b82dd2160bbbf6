"""Clean: judge each line of a page, the article's or the page's furniture."""
