"""What the user knows about people beyond the files: edited contact details, tags, companies, leads added by hand."""
