"""Working leads: attempts and status, notes, owners and plans, what is due, and the follow-up rules."""
