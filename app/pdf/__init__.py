"""PDF exports (ReportLab): the itinerary of a trip and the partnership dossier of a region.

``itinerary.build_itinerary_pdf`` and ``dossier.build_dossier_pdf`` return the bytes of
the document; the caller writes them (atomically). ``fonts`` finds and registers the
embedded TrueType fonts, ``text`` turns user text into safe paragraph markup with one
font run per glyph coverage, ``wrap`` breaks Japanese lines, ``styles`` holds the
paragraph styles and the page template shared by both documents, ``parsed`` parses
each distinct paragraph markup once per document, ``common`` holds the helpers both
documents share and ``charts`` draws the dossier's charts. The itinerary reads the
trip as plain records (:mod:`app.readers.programme_records`).
"""
