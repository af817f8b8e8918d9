package dev.latent.platform;

import java.util.Locale;

/**
 * With {@code -Dlatent.startupTrace=true}, prints when each start-up step ends, in milliseconds since the
 * process started, to standard error: the map used to find where start-up time goes. Off, it costs a
 * boolean test.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("latent.startupTrace");
    private static final long PROCESS_START = ON
            ? ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis())
            : 0;

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (!ON) return;
        System.err.printf(Locale.ROOT, "[startup] %5d ms  %-28s (%s)%n", System.currentTimeMillis() - PROCESS_START, step,
                Thread.currentThread().getName());
    }
}
