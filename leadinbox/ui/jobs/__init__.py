"""Background work and the change signal: `Job` runs work off the GUI thread (progress, cancel, a value-or-error
outcome on the GUI thread), `Jobs` runs the window's reads and writes and tells what a write changed on the
`ChangeHub`, `Latest` answers only the newest of a question asked again and again."""

from leadinbox.core.changes import Changes
from leadinbox.ui.jobs.changes import ChangeHub, OtherWriters
from leadinbox.ui.jobs.job import Cancelled, Job, Outcome, Task
from leadinbox.ui.jobs.jobs import Jobs
from leadinbox.ui.jobs.latest import Latest

__all__ = ["Cancelled", "ChangeHub", "Changes", "Job", "Jobs", "Latest", "OtherWriters", "Outcome", "Task"]
