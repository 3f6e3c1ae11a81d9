"""The import floor: files from outside (annex tables, criteria workbooks, filled forms) → domain."""
