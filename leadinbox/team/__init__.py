"""A team on one inbox through the partner's own Azure Table: Qt-free and SQL-free, called by store, cli and ui."""
