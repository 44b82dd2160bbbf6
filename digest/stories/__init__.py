"""Stories: copies of one story grouped by the text they share."""
