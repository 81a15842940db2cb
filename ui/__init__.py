"""Docks and dialogs (each .ui beside its .py); long runs go through QgsTask."""
