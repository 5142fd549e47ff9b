"""Email messages (.eml, .msg) as small records for the timeline: read from bytes, never sent."""
