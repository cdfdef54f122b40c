"""kg.progress: phases with count, rate and ETA; silent for short runs off a terminal."""
import io

from kg.progress import Progress


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_log_lines_every_few_seconds_with_rate_and_eta():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, tty=False, every=5.0, clock=clock)
    with p.phase("extraction", total=1000, unit="articles") as ph:
        for _ in range(80):
            clock.t += 0.125
            ph.advance()
    lines = out.getvalue().splitlines()
    # 10 s in all: a line at 5 s and at 10 s, then the closing line
    assert lines[0] == "extraction  40/1,000 articles  8.0/s  ETA 2:00"
    assert lines[-1] == "extraction: done, 80 articles in 10.0 s" and len(lines) == 3
    assert p.timings == {"extraction": 10.0}


def test_short_phase_off_a_terminal_prints_nothing():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, tty=False, clock=clock)
    with p.phase("validation") as ph:
        clock.t += 1.0
        ph.advance()
    assert out.getvalue() == "" and p.timings["validation"] == 1.0


def test_terminal_redraws_one_line():
    out, clock = io.StringIO(), Clock()
    p = Progress(stream=out, tty=True, redraw=0.2, clock=clock)
    with p.phase("extraction", unit="articles") as ph:
        for _ in range(10):
            clock.t += 0.5
            ph.advance()
    text = out.getvalue()
    assert text.count("\r") == 11 and text.endswith("extraction  10 articles in 5.0 s\x1b[K\n")
    assert "ETA" not in text     # no total, no ETA
