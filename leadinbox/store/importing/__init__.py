"""The import writer: one entry point that opens, recognises, maps and writes a lead file in one transaction."""
