"""studyapp: news articles turned into question banks, learned with spaced repetition."""

__version__ = "0.1.0"
