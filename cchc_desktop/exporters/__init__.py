"""The export floor: domain → documents (PDF, Excel, Word) and upload packages."""
