"""Bank exchange: reading and writing banks in the formats teachers already use.

Every reader turns a file into the same validated `Bank` the TOML loader produces, so an
imported bank passes exactly the checks a hand-written one does. `registry` picks the
reader or writer from a file's extension. Qt is only touched by `pdf_quiz`, imported lazily.
"""
