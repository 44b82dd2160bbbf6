"""Tags: which topics of the curator's taxonomy an article is about."""
