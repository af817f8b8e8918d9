package dev.latent.platform;

import dev.latent.platform.ArchivedRelaunch.Launch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code java -jar} relaunching the app in a JVM that maps a class-data archive of its own (issue #21's start-up). */
class ArchivedRelaunchTest {

    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Path jar = dir.resolve("latent.jar");
        if (!Files.exists(jar)) Files.writeString(jar, "not really a jar");
        return jar;
    }

    private static String cmdline(String... argv) {
        return String.join("\0", argv) + "\0";
    }

    @Test
    void aJarLaunchPassesItsOwnOptionsAndArguments() throws IOException {
        String jar = jar().toString();
        Optional<Launch> launch = ArchivedRelaunch.parseLaunch(cmdline("java", "-Xmx1g", "-Dx=y", "-jar", jar, "--data-dir", "d"),
                jar, List.of("--data-dir", "d"));
        assertTrue(launch.isPresent());
        assertEquals(List.of("-Xmx1g", "-Dx=y"), launch.get().jvmOptions());
        assertEquals(List.of("--data-dir", "d"), launch.get().appArgs());
        assertEquals(jar().toAbsolutePath(), launch.get().jar());
    }

    @Test
    void onlyAJarLaunchOfThisJarWithTheseArgumentsRelaunches() throws IOException {
        String jar = jar().toString();
        // a class-path launch (mvn javafx:run, tests), another jar, arguments read otherwise than main() got them
        assertTrue(ArchivedRelaunch.parseLaunch(cmdline("java", "-cp", jar, "dev.latent.Main"), jar, List.of()).isEmpty());
        Path other = Files.writeString(dir.resolve("other.jar"), "x");
        assertTrue(ArchivedRelaunch.parseLaunch(cmdline("java", "-jar", other.toString()), jar, List.of()).isEmpty());
        assertTrue(ArchivedRelaunch.parseLaunch(cmdline("java", "-jar", jar, "a"), jar, List.of("b")).isEmpty());
        assertTrue(ArchivedRelaunch.parseLaunch(cmdline("java", "-jar"), jar, List.of()).isEmpty());
    }

    @Test
    void optionsThatChooseSharingCompilersOrAnAgentStartInThisJvm() throws IOException {
        String jar = jar().toString();
        for (String option : List.of("-XX:SharedArchiveFile=a.jsa", "-Xshare:off", "-XX:ArchiveClassesAtExit=a.jsa",
                "-XX:AOTCache=a.aot", "-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation", "-Xint",
                "-agentlib:jdwp=transport=dt_socket", "-javaagent:x.jar", "-Dlatent.relaunch=false")) {
            assertTrue(ArchivedRelaunch.parseLaunch(cmdline("java", option, "-jar", jar), jar, List.of()).isEmpty(), option);
        }
        assertTrue(ArchivedRelaunch.parseLaunch(cmdline("java", "-Xmx512m", "-jar", jar), jar, List.of()).isPresent());
    }

    @Test
    void theArchiveIsNamedAfterTheJarsBuildAndTheJvm() throws IOException {
        Path jar = jar();
        String first = ArchivedRelaunch.archiveName(jar, "/jdk17", "17.0.15");
        assertEquals(first, ArchivedRelaunch.archiveName(jar, "/jdk17", "17.0.15"));
        assertNotEquals(first, ArchivedRelaunch.archiveName(jar, "/jdk25", "25"));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertNotEquals(first, ArchivedRelaunch.archiveName(jar, "/jdk17", "17.0.15"), "a new build, a new archive");
        assertTrue(first.matches("latent-[0-9a-f]{8}\\.jsa"), first);
    }

    @Test
    void archivesLiveInTheUsersCacheFolder() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/home/ada/.cache/latent/class-data"), ArchivedRelaunch.archiveDir(Map.of(), home));
        assertEquals(Path.of("/var/cache/ada/latent/class-data"),
                ArchivedRelaunch.archiveDir(Map.of("XDG_CACHE_HOME", "/var/cache/ada"), home));
        assertEquals(Path.of("/home/ada/.cache/latent/class-data"),
                ArchivedRelaunch.archiveDir(Map.of("XDG_CACHE_HOME", "relative"), home), "XDG asks for absolute paths");
    }

    @Test
    void theSecondJvmMapsTheArchiveOrWritesItAtExit() throws IOException {
        Launch launch = new Launch(List.of("-Xmx1g"), jar().toAbsolutePath(), List.of("--study", "gans"));
        Path archive = dir.resolve("latent-0.jsa");
        Path fresh = dir.resolve("latent-0.jsa.7.tmp");
        List<String> using = ArchivedRelaunch.childCommand(Path.of("/jdk/bin/java"), launch, archive, true, fresh, 7);
        assertEquals("/jdk/bin/java", using.get(0));
        assertEquals(List.of("-jar", launch.jar().toString(), "--study", "gans"), using.subList(using.size() - 4, using.size()));
        assertTrue(using.contains("-Xmx1g"));
        assertTrue(using.containsAll(ArchivedRelaunch.OPTIONS));
        assertTrue(using.contains("-XX:SharedArchiveFile=" + archive));
        assertTrue(using.contains("-Dlatent.relaunchedBy=7"));
        List<String> writing = ArchivedRelaunch.childCommand(Path.of("/jdk/bin/java"), launch, archive, false, fresh, 7);
        assertTrue(writing.contains("-XX:ArchiveClassesAtExit=" + fresh));
        assertFalse(writing.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile")));
    }

    @Test
    void theSecondJvmRunsAsThePackagedAppDoes() throws IOException {
        List<String> packaged = Files.readAllLines(Path.of("src/packaging/jvm-options")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertEquals(packaged, ArchivedRelaunch.OPTIONS, "one set of start-up options for the packaged app and java -jar");
    }

    // ------------------------------------------------------------------ real JVMs

    /** A jar of ArchivedRelaunch, SoftwareRendering and {@link RelaunchProbe} alone: class-data archives take classes from jars only. */
    private Path probeJar() throws IOException {
        Path jar = dir.resolve("probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RelaunchProbe.class.getName());
        List<Path> classes = new ArrayList<>(List.of(classFile(RelaunchProbe.class)));
        Path relaunch = classFile(ArchivedRelaunch.class);
        try (var nested = Files.list(relaunch.getParent())) {
            nested.filter(f -> f.getFileName().toString().startsWith("ArchivedRelaunch")
                    || f.getFileName().toString().startsWith("SoftwareRendering")).forEach(classes::add);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Path file : classes) {
                out.putNextEntry(new JarEntry("dev/latent/platform/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path classFile(Class<?> type) {
        try {
            return Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exit, String output) {
    }

    private Process start(Path jar, Path archives, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlatent.classDataDir=" + archives, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("GDK_GL");
        return builder.start();
    }

    private Run run(Path jar, Path archives, String... args) throws Exception {
        Process p = start(jar, archives, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }

    @Test
    void aJarLaunchWritesItsArchiveOnceThenMapsItAndPassesOnTheExitCode() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "relaunching reads /proc (Linux)");
        Path jar = probeJar();
        Path archives = dir.resolve("class-data");

        Run first = run(jar, archives, "exit", "0");
        assertEquals(0, first.exit, first.output);
        assertTrue(first.output.contains("relaunched: yes"), first.output);
        assertTrue(first.output.contains("archive mapped: no"), first.output);
        List<Path> kept;
        try (var files = Files.list(archives)) {
            kept = files.toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).getFileName().toString().endsWith(".jsa"), "written whole, then put in place: " + kept);

        Run second = run(jar, archives, "exit", "7");
        assertEquals(7, second.exit, "the app's exit code is java's: " + second.output);
        assertTrue(second.output.contains("relaunched: yes"), second.output);
        assertTrue(second.output.contains("archive mapped: yes"), second.output);
        assertFalse(second.output.contains("[cds]"), "the archive's notes stay out of the terminal: " + second.output);
        // With no GPU, GTK is told not to load OpenGL (SoftwareRendering); with one, the app's JVM gets what java got.
        boolean gpu = SoftwareRendering.hasGpu(Path.of("/dev"));
        assertTrue(second.output.contains(gpu ? "GDK_GL: null" : "GDK_GL: disable"), second.output);

        Process off = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlatent.relaunch=false", "-Dlatent.classDataDir=" + archives, "-jar", jar.toString(), "exit", "0")
                .redirectErrorStream(true).start();
        String offOutput = new String(off.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(off.waitFor(60, TimeUnit.SECONDS));
        assertTrue(offOutput.contains("relaunched: no"), offOutput);
    }

    @Test
    void theAppGoesWithTheJvmThatWasLaunched() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "relaunching reads /proc (Linux)");
        Path jar = probeJar();
        for (boolean outright : List.of(false, true)) {
            Process launched = start(jar, dir.resolve("class-data"), "wait");
            long app = appPid(launched);
            if (outright) launched.destroyForcibly(); else launched.destroy();
            assertTrue(launched.waitFor(60, TimeUnit.SECONDS));
            // Stopped, the launched JVM stops the app first; killed outright, the app sees it gone (polled, <= 5 s).
            Optional<ProcessHandle> handle = ProcessHandle.of(app);
            assertTrue(handle.isEmpty() || handle.get().onExit().get(30, TimeUnit.SECONDS) != null,
                    "the app outlived the JVM launched (" + (outright ? "SIGKILL" : "SIGTERM") + ")");
        }
    }

    private static long appPid(Process launched) throws IOException {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(launched.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("app pid: ")) return Long.parseLong(line.substring("app pid: ".length()));
        }
        throw new IllegalStateException("the probe printed no pid");
    }
}
