package dev.latent.platform;

import java.util.Locale;

/**
 * With {@code -Dlatent.startupTrace=true}, prints when each start-up step ends, in milliseconds since the
 * JVM started, to standard error: the map used to find where start-up time goes. Off, it costs a
 * boolean test.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("latent.startupTrace");
    /**
     * When the JVM started, as it recorded it. Not {@code ProcessHandle}'s start instant: on Linux that is the boot
     * time plus the process's start in clock ticks, and where the kernel's boot time is off from the wall clock (as
     * in this project's containers, by about 0.75 s) every figure carried that error: "main" read 893 ms where the
     * class-loading log put it at 175 ms.
     */
    private static final long PROCESS_START = ON ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (!ON) return;
        System.err.printf(Locale.ROOT, "[startup] %5d ms  %-28s (%s)%n", System.currentTimeMillis() - PROCESS_START, step,
                Thread.currentThread().getName());
    }
}
