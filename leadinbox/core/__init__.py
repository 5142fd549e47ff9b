"""The Qt-free, SQL-free core: reading lead files, normalising and identifying leads."""
