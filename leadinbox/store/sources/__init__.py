"""Lead sources in the database: which are connected (no secrets), what each has read, and pulling them."""
