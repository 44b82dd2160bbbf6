"""Metadata: the headline, date, source and authors read from the lines the cleaner set aside."""
