"""The exports (calendar files and PDFs) as one registry that the CLI, the Export menu
and the window's export controller loop over."""
