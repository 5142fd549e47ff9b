"""The inbox: the lazy model, the tree and its cells, filters, views, the detail pane and the timeline."""
