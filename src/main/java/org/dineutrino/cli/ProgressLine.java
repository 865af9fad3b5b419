package org.dineutrino.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A progress line on standard error, redrawn in place at most a few times a second. */
final class ProgressLine {

    private static final Duration REDRAW = Duration.ofMillis(200);

    private final String task;
    private final Instant started = Instant.now();
    private final PrintStream out = System.err;
    private Instant last = Instant.EPOCH;

    ProgressLine(String task) {
        this.task = task;
    }

    synchronized void update(double fraction) {
        Instant now = Instant.now();
        if (Duration.between(last, now).compareTo(REDRAW) < 0 && fraction < 1) {
            return;
        }
        last = now;
        int width = 30;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        out.printf(Locale.ROOT, "\r%s [%s%s] %3.0f %% %5.1f s", task, "#".repeat(filled), " ".repeat(width - filled),
                100 * fraction, Duration.between(started, now).toMillis() / 1000.0);
    }

    synchronized void done(String summary) {
        update(1);
        out.printf(Locale.ROOT, "%n%s: %s in %.1f s%n", task, summary,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }
}
