"""The Qt user interface; it reads and writes only through leadinbox.store."""
