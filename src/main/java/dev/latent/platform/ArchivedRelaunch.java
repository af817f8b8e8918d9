package dev.latent.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

/**
 * Starts the app in a second JVM that maps a class-data archive of the app's own earlier run (AppCDS) and runs C1
 * only, as the packaged app does. {@code java -jar} cannot take JVM options from its jar, and a plain JVM spends most
 * of the app's start linking some 2,000 classes and matching CSS in code not yet compiled: here the first question
 * came about 0.75 s sooner this way (1.86 against 2.61 s in the start-up benchmark's quieter run, docs/benchmarks.md).
 *
 * <p>The first start has no archive: its JVM writes one as it exits ({@code -XX:ArchiveClassesAtExit}, a few seconds
 * after the window closes), named after the jar and the JVM, so a new build or another JDK makes its own. Only
 * {@code java [options] -jar latent.jar [app options]} on Linux relaunches (its JVM options, read from
 * {@code /proc/self/cmdline}, go to the second JVM unchanged), and not when those options already choose class
 * sharing, the JIT's tiers or an agent. Elsewhere, with {@code -Dlatent.relaunch=false}, or when the second JVM cannot
 * start, the app starts in this JVM as before. This JVM waits for the second, passes on its exit code and stops it
 * when stopped itself; the second quits if this one is gone (killed outright).
 *
 * <p>Kept free of every other class of the project but {@link SoftwareRendering}, so a test can pack the two alone
 * into a jar. The first JVM's work is
 * on the way to the app's first screen, so this class uses no lambdas, streams, {@code String.format} or string
 * {@code +}: each brings in the JDK's method-handle machinery, which took that JVM 80 ms from main to the second
 * JVM's start here, against ~30 without.
 */
public final class ArchivedRelaunch {

    /** On the second JVM: the pid of the first, which it outlives by no more than a moment. */
    static final String PARENT_PROPERTY = "latent.relaunchedBy";
    /** {@code -Dlatent.relaunch=false} starts the app in the JVM it was launched in. */
    static final String SWITCH_PROPERTY = "latent.relaunch";
    /** The folder of the archives; by default {@code $XDG_CACHE_HOME/latent/class-data} or {@code ~/.cache/...}. */
    static final String DIR_PROPERTY = "latent.classDataDir";
    /** As the packaged app runs (src/packaging/jvm-options says why); a test holds the two to the same options. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");
    /** Exit codes of a JVM that ended in order, so that an archive it wrote is whole: a normal exit or SIGHUP, SIGINT, SIGTERM. */
    private static final List<Integer> ORDERLY_EXITS = List.of(0, 129, 130, 143);

    private ArchivedRelaunch() {
    }

    /**
     * In the first JVM, runs the app in a second and returns its exit code; empty when the app is to start in this
     * JVM (the second JVM itself among them).
     */
    public static OptionalInt run(String[] args) {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent != null) {
            quitWithParent(parent);
            return OptionalInt.empty();
        }
        if ("false".equals(System.getProperty(SWITCH_PROPERTY))) return OptionalInt.empty();
        Optional<Launch> launch = ownLaunch(Arrays.asList(args));
        if (launch.isEmpty()) return OptionalInt.empty();
        try {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path jar = launch.get().jar;
            Path archive = archiveDir(System.getenv(), Path.of(System.getProperty("user.home")))
                    .resolve(archiveName(jar, System.getProperty("java.home"), System.getProperty("java.vm.version")));
            Files.createDirectories(archive.getParent());
            return OptionalInt.of(runChild(java, launch.get(), archive));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** How this JVM was launched: its own options, the jar, and the app's arguments. */
    record Launch(List<String> jvmOptions, Path jar, List<String> appArgs) {
    }

    private static Optional<Launch> ownLaunch(List<String> args) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            return parseLaunch(new String(cmdline, StandardCharsets.UTF_8), System.getProperty("java.class.path"), args);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux, or no /proc: start here
        }
    }

    /**
     * Reads a {@code /proc/PID/cmdline} (arguments ended by NUL): a launch of {@code classPath}, the one jar on this
     * JVM's class path, as {@code java [options] -jar JAR ARGS} with {@code appArgs} as ARGS, and no option that
     * chose how classes are shared or compiled. Anything else is empty.
     */
    static Optional<Launch> parseLaunch(String cmdline, String classPath, List<String> appArgs) throws IOException {
        List<String> argv = Arrays.asList(cmdline.split("\0", -1));
        if (!argv.isEmpty() && argv.get(argv.size() - 1).isEmpty()) argv = argv.subList(0, argv.size() - 1);
        int jarAt = argv.indexOf("-jar");
        if (jarAt < 1 || jarAt + 1 >= argv.size() || classPath == null || classPath.isEmpty()) return Optional.empty();
        Path jar = Path.of(argv.get(jarAt + 1)).toAbsolutePath();
        if (!Files.isRegularFile(jar) || !Files.isSameFile(jar, Path.of(classPath))) return Optional.empty();
        if (!argv.subList(jarAt + 2, argv.size()).equals(appArgs)) return Optional.empty();
        List<String> options = argv.subList(1, jarAt);
        for (String option : options) {
            if (choosesItself(option)) return Optional.empty();
        }
        return Optional.of(new Launch(List.copyOf(options), jar, List.copyOf(appArgs)));
    }

    /** An option by which the one who launched the JVM chose its class sharing, its compilers or an agent. */
    static boolean choosesItself(String option) {
        return option.startsWith("-Xshare") || option.startsWith("-Xint") || option.startsWith("-Xcomp")
                || option.startsWith("-agent") || option.startsWith("-javaagent") || option.startsWith("-Xrun")
                || option.startsWith("-XX:") && (option.contains("Shared") || option.contains("Archive")
                        || option.contains("AOT") || option.contains("Tiered") || option.contains("ClassList"))
                || option.startsWith("-D" + SWITCH_PROPERTY + "=") || option.startsWith("-D" + PARENT_PROPERTY + "=");
    }

    /** The archive folder: {@code -Dlatent.classDataDir}, else the user's cache folder as XDG names it. */
    static Path archiveDir(Map<String, String> env, Path home) {
        String chosen = System.getProperty(DIR_PROPERTY);
        if (chosen != null && !chosen.isBlank()) return Path.of(chosen).toAbsolutePath();
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return cache.resolve("latent").resolve("class-data");
    }

    /**
     * One name per jar (its path, size and time) and JVM: the JVM refuses, without a word, an archive made for another
     * build of the jar, which would otherwise be kept and never made again.
     */
    static String archiveName(Path jar, String javaHome, String vmVersion) throws IOException {
        String key = new StringBuilder().append(jar.toAbsolutePath()).append('\n').append(Files.size(jar)).append('\n')
                .append(Files.getLastModifiedTime(jar).toMillis()).append('\n').append(javaHome).append('\n')
                .append(vmVersion).toString();
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return new StringBuilder("latent-").append("00000000", hex.length(), 8).append(hex).append(".jsa").toString();
    }

    /** The second JVM's command: mapping the archive when there is one, else writing it (to {@code fresh}) at exit. */
    static List<String> childCommand(Path java, Launch launch, Path archive, boolean archived, Path fresh, long parentPid) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(launch.jvmOptions);
        command.addAll(OPTIONS);
        // The archive's own notes (classes it skips, one it cannot map) are no business of the learner's terminal.
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add(archived ? "-XX:SharedArchiveFile=".concat(archive.toString())
                : "-XX:ArchiveClassesAtExit=".concat(fresh.toString()));
        command.add(("-D" + PARENT_PROPERTY + "=").concat(Long.toString(parentPid))); // constants: joined by javac
        command.add("-jar");
        command.add(launch.jar.toString());
        command.addAll(launch.appArgs);
        return command;
    }

    private static int runChild(Path java, Launch launch, Path archive) throws IOException {
        boolean archived = Files.isRegularFile(archive);
        long pid = ProcessHandle.current().pid();
        Path fresh = archive.resolveSibling(archive.getFileName().toString().concat(".").concat(Long.toString(pid)).concat(".tmp"));
        if (!archived) removeOldArchives(archive);
        ProcessBuilder builder = new ProcessBuilder(childCommand(java, launch, archive, archived, fresh, pid)).inheritIO();
        SoftwareRendering.chooseForChild(builder.environment());
        Process child = builder.start();
        Child watch = new Child(child, archived ? null : fresh, archive);
        Runtime.getRuntime().addShutdownHook(new Thread(watch, "latent-relaunch-stop"));
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // waiting is all this JVM is for
            }
        }
        watch.finish();
        return code;
    }

    /** The second JVM as the first sees it: stopped with the first, its new archive put in place once it ends. */
    private static final class Child implements Runnable {
        private final Process process;
        private final Path fresh; // null when the archive was there already
        private final Path archive;
        private final AtomicBoolean finished = new AtomicBoolean();

        Child(Process process, Path fresh, Path archive) {
            this.process = process;
            this.fresh = fresh;
            this.archive = archive;
        }

        /** The first JVM stopped (Ctrl-C, SIGTERM, logout): stop the app too, and wait while it saves and writes its archive. */
        @Override
        public void run() {
            if (process.isAlive()) process.destroy();
            try {
                if (process.waitFor(60, TimeUnit.SECONDS)) finish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finish() {
            if (fresh != null && finished.compareAndSet(false, true)) keepArchive(fresh, archive, process.exitValue());
        }
    }

    /** Puts a newly written archive in place if its JVM ended in order (a half-written one is dropped). */
    private static void keepArchive(Path fresh, Path archive, int exitCode) {
        try {
            if (ORDERLY_EXITS.contains(exitCode) && Files.isRegularFile(fresh) && Files.size(fresh) > 0) {
                Files.move(fresh, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(fresh);
        } catch (IOException e) {
            // no archive this time; the next start writes one
        }
    }

    /**
     * Archives of earlier builds or JVMs, and temporary ones left by a JVM killed while writing, once a day old (a
     * second copy of the jar started beside this one keeps its archive).
     */
    private static void removeOldArchives(Path archive) {
        long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith("latent-") && !file.equals(archive) && Files.getLastModifiedTime(file).toMillis() < dayAgo) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // a stale archive takes disk space only
        }
    }

    /** In the second JVM: quit once the first is gone, which happens only when it was killed outright. */
    private static void quitWithParent(String parentPid) {
        Optional<ProcessHandle> parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(parentPid));
        } catch (NumberFormatException e) {
            return;
        }
        if (parent.isEmpty()) System.exit(143);
        parent.get().onExit().thenRun(() -> System.exit(143)); // polled by the JDK: the first is no parent of ours
    }
}
