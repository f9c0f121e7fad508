"""The PySide6 desktop window. The only package (with main.py) that imports Qt."""
