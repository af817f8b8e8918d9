package dev.latent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latent.bench.StartupRuntimes.Jvm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Start-up benchmark: launches the packaged app ({@code target/latent.jar}) as a learner would, N times per
 * configuration, and measures from process launch to
 * <ul>
 *   <li><b>first question</b>: the app, started with {@code --study DECK}, has laid out the first due question's
 *       prompt in a showing window (the probe file written by {@code -Dlatent.startupProbe}; see StartupProbe);</li>
 *   <li><b>window</b>: the X server reports the window as mapped and viewable ({@code xdotool search --onlyvisible},
 *       polled every 10 ms);</li>
 * </ul>
 * and the resident memory of the process ({@code VmRSS} from {@code /proc/PID/status}) when the first question is
 * up and {@link #SETTLE_MS} later, with the peak ({@code VmHWM}) until then. Each configuration runs on the bundled deck with a fresh data folder
 * per run (a first launch: the store is created), and on a generated folder with a 10,000-question deck and
 * 1,000,000 reviews ({@link BigDataDir}). A minimal JavaFX window ({@link MinimalWindow}) is measured the same way
 * as the baseline. Runs are interleaved (A B C A B C ...) after one warm-up each, and medians are reported.
 *
 * <p>Then it writes every figure, with the JMH results of the same build, to one Markdown file. Run through
 * {@code mvn -Pbench verify}; the properties below change it. Needs Xvfb and xdotool when {@code DISPLAY} is unset.
 */
public final class StartupBenchmark {

    private static final String TITLE = "Latent";
    /** How long after the first screen the settled memory is read. */
    static final long SETTLE_MS = 3000;

    private final Path jar = Path.of(prop("latent.bench.jar", "target/latent.jar"));
    private final Path work = Path.of(prop("latent.bench.work", "target/startup-bench"));
    private final Path jmhResults = Path.of(prop("latent.bench.jmh", "target/jmh-results.json"));
    private final List<Path> outputs = Stream.of(prop("latent.bench.out", "target/benchmarks.md").split(","))
            .filter(s -> !s.isBlank()).map(Path::of).toList();
    private final int runs = Integer.parseInt(prop("latent.bench.runs", "10"));
    private final String jdk17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String jdkNew = prop("latent.bench.newJdk", "");
    private final String only = prop("latent.bench.only", "");
    private String display = System.getenv("DISPLAY");
    private Process xvfb;

    private static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void main(String[] args) throws Exception {
        new StartupBenchmark().run();
    }

    /** One way of starting one program. */
    record Launch(String program, String runtime, String title, List<String> command, Path dataDir, boolean freshDataDir,
                  Map<String, String> environment) {
        String name() {
            return program + " | " + runtime;
        }
    }

    record Sample(long probeMs, long windowMs, long hwmKb, long rssKb, long rssLaterKb, long pssLaterKb) {
    }

    void run() throws Exception {
        Files.createDirectories(work);
        if (display == null || display.isBlank()) startXvfb();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();

        Path bigDir = work.resolve("big-data");
        System.out.println("[startup] generating " + bigDir + " (once) ...");
        BigDataDir.create(bigDir, Instant.now());

        Path minimalJar = minimalWindowJar();
        String fxClassPath = javafxClassPath();

        // Class-data archives first: one training run each, ending by itself once the first screen is up. The
        // launches below copy each runtime's options, which name the archive only once it has been trained.
        for (Jvm runtime : runtimes()) train(runtime, minimalJar, fxClassPath);

        List<Launch> launches = new ArrayList<>();
        for (Jvm runtime : runtimes()) {
            List<String> app = new ArrayList<>(List.of(runtime.java));
            app.addAll(runtime.appOptions);
            app.addAll(List.of("-jar", jar.toString()));
            launches.add(new Launch("Latent, bundled deck", runtime.name, TITLE, app, work.resolve("bundled-data"), true,
                    runtime.environment));
            launches.add(new Launch("Latent, 10,000 cards + 1M reviews", runtime.name, TITLE, app, bigDir, false,
                    runtime.environment));
            List<String> minimal = new ArrayList<>(List.of(runtime.java));
            minimal.addAll(runtime.minimalOptions);
            minimal.addAll(List.of("-cp", minimalJar + File.pathSeparator + fxClassPath, MinimalWindow.Main.class.getName()));
            if (runtime.options.contains(StartupRuntimes.ONE_JVM)) continue; // the same window as plain JDK 17's
            launches.add(new Launch("Minimal JavaFX window", runtime.name, MinimalWindow.TITLE, minimal, null, false,
                    runtime.environment));
        }
        if (!only.isEmpty()) launches.removeIf(l -> Stream.of(only.split(",")).noneMatch(o -> l.name().contains(o)));

        Map<Launch, List<Sample>> samples = new LinkedHashMap<>();
        for (Launch launch : launches) samples.put(launch, new ArrayList<>());
        for (int i = -1; i < runs; i++) {
            for (Launch launch : launches) {
                Sample sample = measureRetryingOnce(launch, i);
                System.out.printf(Locale.ROOT, "[startup] %-60s run %2d: first screen %5d ms, window %5d ms, RSS %4d MB, 3 s later %4d MB%n",
                        launch.name(), i, sample.probeMs, sample.windowMs, sample.rssKb / 1024, sample.rssLaterKb / 1024);
                if (i >= 0) samples.get(launch).add(sample);
            }
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        String report = report(samples, loadBefore, loadAfter);
        for (Path out : outputs) {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("[startup] wrote " + out.toAbsolutePath());
        }
        if (xvfb != null) xvfb.destroy();
    }

    // ------------------------------------------------------------------ runtimes and class-data sharing

    private List<Jvm> runtimesCache;

    private List<Jvm> runtimes() {
        if (runtimesCache == null) runtimesCache = StartupRuntimes.of(jdk17, jdkNew);
        return runtimesCache;
    }

    /** Trains the runtime's archives (if it has any), one for the app and one for the minimal window. */
    private void train(Jvm runtime, Path minimalJar, String fxClassPath) throws Exception {
        if (runtime.trainOption == null) return;
        Path appArchive = work.resolve("latent-" + runtime.tag);
        Path minimalArchive = work.resolve("minimal-" + runtime.tag);
        trainOnce(runtime.command(runtime.trainOption + appArchive, "-jar", jar.toString()), runtime.environment, appArchive, true);
        trainOnce(runtime.command(runtime.trainOption + minimalArchive, "-cp", minimalJar + File.pathSeparator + fxClassPath,
                MinimalWindow.Main.class.getName()), runtime.environment, minimalArchive, false);
        runtime.useArchives(appArchive, minimalArchive);
    }

    private void trainOnce(List<String> command, Map<String, String> environment, Path archive, boolean app) throws Exception {
        // Always anew: an archive records the jars' sizes and times, and one made for an earlier build is refused
        // without a word under -Xshare:auto, which would measure a plain start under the archive's name.
        Files.deleteIfExists(archive);
        System.out.println("[startup] training " + archive.getFileName() + " ...");
        List<String> full = new ArrayList<>(command.subList(0, command.size()));
        full.add(1, "-Dlatent.exitAfterStartup=true");
        Path dataDir = work.resolve("training-data");
        if (Files.exists(dataDir)) BigDataDir.deleteTree(dataDir);
        if (app) full.addAll(List.of("--data-dir", dataDir.toString(), "--study", "autoencoders-gans"));
        Process p = start(full, environment, work.resolve("training.log"));
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("training run did not end: " + full);
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("training run wrote no " + archive + "; see " + work.resolve("training.log"));
        }
    }

    // ------------------------------------------------------------------ one launch

    /**
     * One launch, tried again once if it dies before its first screen: seen once in a long run, a launch could not
     * open the display ("Unable to open DISPLAY") between two that could, and lost the whole run's figures.
     */
    private Sample measureRetryingOnce(Launch launch, int run) throws Exception {
        try {
            return measure(launch, run);
        } catch (LaunchFailed e) {
            System.out.println("[startup] " + e.getMessage() + "; trying that launch once more");
            return measure(launch, run);
        }
    }

    /** A launch that exited before showing its first screen. */
    static final class LaunchFailed extends IllegalStateException {
        LaunchFailed(String message) {
            super(message);
        }
    }

    private Sample measure(Launch launch, int run) throws Exception {
        if (xvfb != null && !xvfb.isAlive()) {
            // Seen once in a long run: the benchmark's own X server had gone; start another rather than lose the run.
            System.out.println("[startup] Xvfb on " + display + " exited with " + xvfb.exitValue() + "; starting another");
            startXvfb();
        }
        Path probe = work.resolve("probe.txt");
        Files.deleteIfExists(probe);
        List<String> command = new ArrayList<>(launch.command);
        command.add(1, "-Dlatent.startupProbe=" + probe.toAbsolutePath());
        // A plain java -jar relaunches itself with a class-data archive of its own (ArchivedRelaunch): kept here, made
        // by the warm-up launch, rather than in the user's cache folder.
        command.add(1, "-Dlatent.classDataDir=" + work.resolve("class-data").toAbsolutePath());
        if (launch.dataDir != null) {
            if (launch.freshDataDir && Files.exists(launch.dataDir)) BigDataDir.deleteTree(launch.dataDir);
            command.addAll(List.of("--data-dir", launch.dataDir.toString(), "--study",
                    launch.freshDataDir ? "autoencoders-gans" : BigDataDir.DECK_ID));
        }
        if (run < 0 && launch.dataDir != null && !launch.freshDataDir) {
            // The warm-up of a kept folder also takes the day's backup (after the first screen), so counted runs
            // see a folder whose backup is done, as on any later start that day: let it finish and exit.
            command.add(1, "-Dlatent.exitAfterStartup=true");
        }
        long t0 = System.currentTimeMillis();
        Process p = start(command, launch.environment, work.resolve("last-run.log"));
        long probeAt = -1;
        long windowAt = -1;
        long hwm = -1;
        long rss = -1;
        long deadline = t0 + 120_000;
        while (System.currentTimeMillis() < deadline && (probeAt < 0 || windowAt < 0)) {
            // A window not found 10 s after the first screen is reported missing rather than waited for.
            if (probeAt >= 0) deadline = Math.min(deadline, t0 + probeAt + 10_000);
            if (probeAt < 0 && Files.exists(probe)) {
                probeAt = readProbe(probe) - t0;
                long[] mem = ProcessTreeMemory.of(p.pid());
                hwm = mem[0];
                rss = mem[1];
            }
            if (windowAt < 0 && windowVisible(launch.title)) windowAt = System.currentTimeMillis() - t0;
            if (!p.isAlive() && probeAt < 0) {
                throw new LaunchFailed(launch.name() + " exited with " + p.exitValue() + " before its first screen; see "
                        + work.resolve("last-run.log"));
            }
            Thread.sleep(probeAt < 0 ? 5 : 10);
        }
        if (probeAt < 0) {
            p.destroyForcibly();
            throw new IllegalStateException(launch.name() + ": no first screen within 120 s");
        }
        long rssLater = -1;
        long pssLater = -1;
        if (command.contains("-Dlatent.exitAfterStartup=true")) {
            p.waitFor(300, TimeUnit.SECONDS);
        } else if (p.isAlive()) {
            // Memory once start-up has settled (the grader warmed up, the first screen idle), as issue #21 measures it.
            long wait = t0 + probeAt + SETTLE_MS - System.currentTimeMillis();
            if (wait > 0) Thread.sleep(wait);
            long[] mem = ProcessTreeMemory.of(p.pid());
            hwm = mem[0];
            rssLater = mem[1];
            pssLater = mem[2];
        }
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        return new Sample(probeAt, windowAt, hwm, rss, rssLater, pssLater);
    }

    private Process start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("DISPLAY", display);
        return builder.start();
    }

    private static long readProbe(Path probe) throws IOException {
        for (String line : Files.readAllLines(probe)) {
            if (line.startsWith("epochMillis=")) return Long.parseLong(line.substring("epochMillis=".length()));
        }
        throw new IOException("no epochMillis in " + probe);
    }


    private boolean windowVisible(String title) throws IOException, InterruptedException {
        ProcessBuilder search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        search.environment().put("DISPLAY", display);
        Process p = search.start();
        p.getOutputStream().close();
        return p.waitFor() == 0;
    }

    private void startXvfb() throws IOException, InterruptedException {
        int number = 90 + (int) ((ProcessHandle.current().pid() + System.nanoTime()) % 200);
        display = ":" + number;
        xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
        for (int i = 0; i < 100 && !Files.exists(Path.of("/tmp/.X11-unix/X" + number)); i++) Thread.sleep(50);
        System.out.println("[startup] started Xvfb on " + display);
    }

    // ------------------------------------------------------------------ class paths

    /** MinimalWindow's classes in a jar of their own: class-data sharing archives classes from jars only. */
    private Path minimalWindowJar() throws IOException {
        Path out = work.resolve("minimal-window.jar");
        try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(out))) {
            for (Class<?> type : List.of(MinimalWindow.class, MinimalWindow.Main.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (var in = StartupBenchmark.class.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
            // Lambdas compile to synthetic methods of the classes above; nothing else to copy.
        }
        return out;
    }

    /** The JavaFX jars this build uses (the same ones shaded into latent.jar), from the benchmark's class path. */
    private static String javafxClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith("javafx-") && e.endsWith(".jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    // ------------------------------------------------------------------ the report

    private String report(Map<Launch, List<Sample>> samples, String loadBefore, String loadAfter) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `mvn -Pbench verify` on ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC)))
                .append(".\n\n");
        md.append("Machine: ").append(machine()).append(". Load average before: ").append(loadBefore)
                .append("; after: ").append(loadAfter).append(".\n\n");
        md.append("## Start-up\n\n");
        md.append("Medians of ").append(runs).append(" launches each (min-max in brackets), interleaved, after one warm-up. "
                + "*First question*: from process launch to the end of the first JavaFX pulse that laid out the first "
                + "question's prompt in a showing window (`--study DECK`; for the minimal window, its label). *Window*: "
                + "until `xdotool` first finds the window mapped. *Memory*: the process's resident set (VmRSS, from `/proc`) "
                + "as soon as the first question is up and 3 s later (start-up settled: the grader warmed up), and its peak "
                + "(VmHWM) over those 3 s, each added up over the process and those it started (a plain `java -jar` of "
                + "the app is two JVMs: the one launched waits for the app's, which maps a class-data archive of its "
                + "own; the sum counts their shared pages twice); and 3 s later the proportional set (PSS, from "
                + "`smaps_rollup`: a page shared by several processes split between them), added up the same way.\n\n");
        md.append("| Program | Runtime | First question (ms) | Window (ms) | RSS at first question (MB) | RSS 3 s later (MB) | PSS 3 s later (MB) | Peak RSS (MB) |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (var entry : samples.entrySet()) {
            List<Sample> s = entry.getValue();
            if (s.isEmpty()) continue;
            md.append("| ").append(entry.getKey().program).append(" | ").append(entry.getKey().runtime).append(" | ")
                    .append(stat(s, Sample::probeMs, 1)).append(" | ").append(stat(s, Sample::windowMs, 1)).append(" | ")
                    .append(stat(s, Sample::rssKb, 1024)).append(" | ").append(stat(s, Sample::rssLaterKb, 1024)).append(" | ")
                    .append(stat(s, Sample::pssLaterKb, 1024)).append(" | ")
                    .append(stat(s, Sample::hwmKb, 1024)).append(" |\n");
        }
        String plain = runtimes().get(0).name;
        md.append("\nRatios of medians: first question over the minimal window on the same runtime, and over the minimal "
                + "window on plain ").append(plain).append(" (the build's JDK, no archive: a JavaFX app as it starts "
                + "without help); the large deck over the bundled deck:\n\n");
        md.append("| Runtime | Bundled / minimal window | Bundled / minimal window on plain ").append(plain)
                .append(" | 10,000 cards / bundled |\n|---|---:|---:|---:|\n");
        Double plainMinimal = median(samples, "Minimal JavaFX window", plain);
        for (Jvm runtime : runtimes()) {
            Double bundled = median(samples, "Latent, bundled deck", runtime.name);
            Double big = median(samples, "Latent, 10,000 cards + 1M reviews", runtime.name);
            Double minimal = median(samples, "Minimal JavaFX window", runtime.name);
            md.append("| ").append(runtime.name).append(" | ").append(ratio(bundled, minimal)).append(" | ")
                    .append(ratio(bundled, plainMinimal)).append(" | ").append(ratio(big, bundled)).append(" |\n");
        }
        md.append("\n## JMH\n\n");
        if (Files.exists(jmhResults)) {
            md.append("From `").append(jmhResults.getFileName()).append("` (score ± 99.9% error).\n\n");
            md.append("| Benchmark | Parameters | Mode | Score | Error | Unit |\n|---|---|---|---:|---:|---|\n");
            for (JsonNode result : new ObjectMapper().readTree(jmhResults.toFile())) {
                String name = result.path("benchmark").asText().replace("dev.latent.bench.", "");
                String params = result.has("params") ? fields(result.get("params")) : "";
                JsonNode metric = result.path("primaryMetric");
                md.append("| ").append(name).append(" | ").append(params).append(" | ").append(result.path("mode").asText())
                        .append(" | ").append(number(metric.path("score").asDouble())).append(" | ")
                        .append(number(metric.path("scoreError").asDouble())).append(" | ")
                        .append(metric.path("scoreUnit").asText()).append(" |\n");
            }
        } else {
            md.append("No JMH results at ").append(jmhResults).append(".\n");
        }
        return md.toString();
    }

    private static String fields(JsonNode params) {
        List<String> parts = new ArrayList<>();
        params.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(", ", parts);
    }

    private static String number(double value) {
        if (Double.isNaN(value)) return "";
        if (Math.abs(value) >= 100) return String.format(Locale.ROOT, "%,.0f", value);
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static Double median(Map<Launch, List<Sample>> samples, String program, String runtime) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().program.equals(program) && e.getKey().runtime.equals(runtime) && !e.getValue().isEmpty())
                .map(e -> median(e.getValue().stream().mapToLong(Sample::probeMs).sorted().toArray()))
                .findFirst().orElse(null);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null ? "" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static String stat(List<Sample> samples, java.util.function.ToLongFunction<Sample> figure, int divisor) {
        long[] values = samples.stream().mapToLong(figure).filter(v -> v >= 0).sorted().toArray();
        if (values.length == 0) return "n/a";
        return String.format(Locale.ROOT, "%.0f (%d-%d)", median(values) / divisor, values[0] / divisor,
                values[values.length - 1] / divisor);
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(ProcessTreeMemory::kib).orElse(0L);
        return String.format(Locale.ROOT, "%s, %d cores, %d GB memory, %s %s, Java %s (%s)", cpu,
                java.lang.Runtime.getRuntime().availableProcessors(), memKb / (1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }
}
