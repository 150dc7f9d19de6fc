"""Report drafting; built on its own branch."""
