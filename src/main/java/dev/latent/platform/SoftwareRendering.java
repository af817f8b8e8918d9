package dev.latent.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * On a Linux machine with no graphics device, draws the app with JavaFX's own software renderer from the start. With
 * no GPU, OpenGL can only be Mesa's emulation (llvmpipe), which brings in a 40 MB compiler (libLLVM) before JavaFX
 * finds it wanting and falls back to the software renderer anyway; the app then drew the same pixels while 55 MB
 * heavier (192 against 135 MB resident, a remote X display here). With a GPU, or when {@code -Dprism.order} was given,
 * nothing changes.
 *
 * <p>Two settings do it: {@code prism.order=sw}, set in the app's own JVM before the toolkit starts, and
 * {@code GDK_GL=disable} in the environment of the JVM {@link ArchivedRelaunch} starts (GTK probes OpenGL while
 * opening the display otherwise; an environment variable can only be given to a JVM yet to start). Like
 * {@code ArchivedRelaunch} it runs before the first window: no lambdas or string {@code +}.
 */
public final class SoftwareRendering {

    static final String PIPELINE_PROPERTY = "prism.order";
    static final String GTK_GL_VARIABLE = "GDK_GL";

    private SoftwareRendering() {
    }

    /** In the app's JVM, before JavaFX starts: chooses the software renderer on a machine without a GPU. */
    public static void chooseForThisJvm() {
        if (wanted()) System.setProperty(PIPELINE_PROPERTY, "sw");
    }

    /** The environment of a JVM about to start the app: GTK told not to probe OpenGL, unless someone chose already. */
    static void chooseForChild(Map<String, String> environment) {
        if (wanted()) environment.putIfAbsent(GTK_GL_VARIABLE, "disable");
    }

    /** Whether the app, started from this JVM's settings on this machine, draws in software from the start. */
    public static boolean wanted() {
        return wanted(System.getProperty("os.name"), System.getProperty(PIPELINE_PROPERTY), Path.of("/dev"));
    }

    /** Linux, no renderer chosen by whoever started the JVM, and no graphics device under {@code dev}. */
    static boolean wanted(String osName, String chosenPipeline, Path dev) {
        return osName != null && osName.startsWith("Linux") && chosenPipeline == null && !hasGpu(dev);
    }

    /**
     * A kernel graphics driver's device ({@code dri/card*}, {@code dri/renderD*}), NVIDIA's own driver without DRM
     * ({@code nvidiactl}), or WSL's GPU bridge ({@code dxg}). Unreadable counts as present: then nothing changes.
     */
    static boolean hasGpu(Path dev) {
        if (Files.exists(dev.resolve("nvidiactl")) || Files.exists(dev.resolve("dxg"))) return true;
        Path dri = dev.resolve("dri");
        if (!Files.isDirectory(dri)) return false;
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(dri)) {
            for (Path device : devices) {
                String name = device.getFileName().toString();
                if (name.startsWith("card") || name.startsWith("renderD")) return true;
            }
            return false;
        } catch (IOException | SecurityException e) {
            return true;
        }
    }
}
