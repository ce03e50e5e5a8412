"""Printers: pallet cards and lot cards as ESC/POS, ZPL, PDF and preview images (DESIGN §5, docs/printers.md)."""
