"""The status bar says the last thing done without ever widening the window for it."""

import pytest


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")     # offscreen: showing a window
def test_a_long_message_is_shortened_not_given_room(qtbot, window):
    window.show()
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.width() == 900)
    long = "10,000 new leads: " + ", ".join(f"{n} Contact me from offer number {n}" for n in range(40))
    window.status.say(long)
    qtbot.wait(50)
    assert window.width() == 900         # a plain label's text was the bar's minimum: the window grew to it
    assert window.status.text() == long  # what was said, whole, for whoever asks
    shown = window.status.message.text()
    assert shown != long and shown.endswith("…") and window.status.message.toolTip() == long
    window.status.say("Attempt logged.")
    qtbot.wait(20)
    assert window.status.message.text() == "Attempt logged." and window.status.message.toolTip() == ""
    window.status.clear_message()
    assert window.status.text() == ""
