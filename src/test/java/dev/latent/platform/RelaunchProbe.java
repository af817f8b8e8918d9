package dev.latent.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A stand-in for {@code dev.latent.Main} in {@link ArchivedRelaunchTest}'s jar: relaunches as Main does, then says
 * where it runs and exits with the code asked ({@code exit N}) or waits to be stopped ({@code wait}).
 */
public final class RelaunchProbe {

    private RelaunchProbe() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt relaunched = ArchivedRelaunch.run(args);
        if (relaunched.isPresent()) System.exit(relaunched.getAsInt());
        // The JDK's own archive (lib/server/classes.jsa) is mapped in every JVM; the app's lives in the archive folder.
        boolean mapped = Files.readString(Path.of("/proc/self/maps")).contains(System.getProperty(ArchivedRelaunch.DIR_PROPERTY));
        System.out.println("relaunched: " + (System.getProperty(ArchivedRelaunch.PARENT_PROPERTY) != null ? "yes" : "no"));
        System.out.println("archive mapped: " + (mapped ? "yes" : "no"));
        System.out.println("GDK_GL: " + System.getenv("GDK_GL"));
        System.out.println("app pid: " + ProcessHandle.current().pid());
        System.out.flush();
        if (args[0].equals("wait")) Thread.sleep(120_000);
        else System.exit(Integer.parseInt(args[1]));
    }
}
