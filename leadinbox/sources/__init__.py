"""Lead sources on the network (the marketplace's Azure Table): Qt-free and SQL-free, called by store, cli and ui."""
