package dev.latent.bench;

import dev.latent.platform.SoftwareRendering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtimes the start-up benchmark compares: the build's JDK plain (where {@code java -jar} relaunches the app with
 * an archive of its own), the same without that relaunch, and with a class-data archive trained by the benchmark, a newer JDK
 * (when given) plain and with its AOT cache, and the packaged app's runtime with its own options
 * ({@link #PACKAGED_OPTIONS}), each archive trained with the options it runs with.
 */
final class StartupRuntimes {

    /** The packaged app's JVM options, one a line ({@code #} starts a comment); src/packaging/package.sh reads it too. */
    static final Path PACKAGED_OPTIONS = Path.of("src/packaging/jvm-options");
    /** The app started in the JVM launched, not relaunched with its archive; its minimal window is plain JDK 17's. */
    static final String ONE_JVM = "-Dlatent.relaunch=false";

    private StartupRuntimes() {
    }

    /** A JVM and the options that make it start faster, with the training run that builds its archive. */
    static final class Jvm {
        final String name;
        final String java;
        /** Options on every start of this runtime, its training run's included. */
        final List<String> options;
        final List<String> appOptions = new ArrayList<>();
        final List<String> minimalOptions = new ArrayList<>();
        final String trainOption; // e.g. -XX:ArchiveClassesAtExit=; null: nothing to train
        final String useOption;
        final String tag;
        /** Set in the JVM's environment, as the app image's launcher script sets it (src/packaging/package.sh). */
        final Map<String, String> environment = new HashMap<>();

        Jvm(String name, String java, List<String> options, String tag, String trainOption, String useOption) {
            this.name = name;
            this.java = java;
            this.options = List.copyOf(options);
            this.tag = tag;
            this.trainOption = trainOption;
            this.useOption = useOption;
            appOptions.addAll(options);
            minimalOptions.addAll(options);
        }

        /** The java command with this runtime's fixed options, for a training run. */
        List<String> command(String... more) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(options);
            command.addAll(List.of(more));
            return command;
        }

        /** From now on the app and the minimal window start with the archives their training runs wrote. */
        void useArchives(Path appArchive, Path minimalArchive) {
            appOptions.add(useOption + appArchive);
            minimalOptions.add(useOption + minimalArchive);
        }
    }

    /**
     * @param jdk17  the build's java
     * @param jdkNew a newer JDK's home, or blank
     */
    static List<Jvm> of(String jdk17, String jdkNew) {
        List<Jvm> list = new ArrayList<>();
        String version = System.getProperty("java.specification.version");
        list.add(new Jvm("JDK " + version, jdk17, List.of(), "plain", null, null));
        // As java -jar started before it relaunched itself with an archive of its own (ArchivedRelaunch).
        list.add(new Jvm("JDK " + version + ", one JVM", jdk17, List.of(ONE_JVM), "plain", null, null));
        Jvm cds = new Jvm("JDK " + version + " + AppCDS", jdk17, List.of(), version + ".jsa",
                "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=");
        list.add(cds);
        Jvm packagedBase = cds;
        if (!jdkNew.isEmpty() && Files.isExecutable(Path.of(jdkNew, "bin", "java"))) {
            String newJava = Path.of(jdkNew, "bin", "java").toString();
            String newVersion = javaVersion(newJava);
            list.add(new Jvm("JDK " + newVersion, newJava, List.of(), "plain", null, null));
            Jvm aot = new Jvm("JDK " + newVersion + " + AOT cache", newJava, List.of(), newVersion + ".aot",
                    "-XX:AOTCacheOutput=", "-XX:AOTCache=");
            list.add(aot);
            packagedBase = aot; // what mvn -Ppackage ships when that JDK is there
        }
        Jvm packaged = new Jvm(packagedBase.name + " + packaged options", packagedBase.java, packagedOptions(),
                packagedBase.tag.replace(".", "-packaged."), packagedBase.trainOption, packagedBase.useOption);
        // The image's bin/latent tells GTK not to load OpenGL on a machine without a GPU (SoftwareRendering).
        if (SoftwareRendering.wanted()) packaged.environment.put("GDK_GL", "disable");
        list.add(packaged);
        return list;
    }

    /** The lines of {@link #PACKAGED_OPTIONS} that are options: neither blank nor comments. */
    static List<String> packagedOptions() {
        try {
            return Files.readAllLines(PACKAGED_OPTIONS, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the packaged app's options " + PACKAGED_OPTIONS, e);
        }
    }

    private static String javaVersion(String java) {
        try {
            Process p = new ProcessBuilder(java, "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            for (String line : out.split("\n")) {
                if (line.strip().startsWith("java.specification.version")) return line.split("=")[1].strip();
            }
        } catch (IOException | InterruptedException e) {
            // fall through
        }
        return "?";
    }
}
