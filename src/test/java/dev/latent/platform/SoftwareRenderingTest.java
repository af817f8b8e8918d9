package dev.latent.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JavaFX's software renderer chosen from the start only on a Linux machine with no graphics device (issue #21's memory). */
class SoftwareRenderingTest {

    @TempDir
    Path dev;

    @Test
    void aLinuxMachineWithoutAGraphicsDeviceDrawsInSoftware() throws IOException {
        assertTrue(SoftwareRendering.wanted("Linux", null, dev), "no /dev/dri at all (a container, a remote X display)");
        Files.createDirectories(dev.resolve("dri/by-path"));
        assertTrue(SoftwareRendering.wanted("Linux", null, dev), "a /dev/dri holding no device");
    }

    @Test
    void anyGraphicsDeviceKeepsJavaFxsOwnChoice() throws IOException {
        for (String device : new String[] {"dri/card0", "dri/renderD128", "nvidiactl", "dxg"}) {
            Path machine = Files.createDirectories(dev.resolve(device.replace('/', '-')));
            Files.createDirectories(machine.resolve(device).getParent());
            Files.createFile(machine.resolve(device));
            assertTrue(SoftwareRendering.hasGpu(machine), device);
            assertFalse(SoftwareRendering.wanted("Linux", null, machine), device);
        }
    }

    @Test
    void aRendererChosenByTheUserOrAnotherSystemIsLeftAlone() {
        assertFalse(SoftwareRendering.wanted("Linux", "es2", dev), "-Dprism.order given");
        assertFalse(SoftwareRendering.wanted("Linux", "sw", dev), "-Dprism.order given");
        assertFalse(SoftwareRendering.wanted("Mac OS X", null, dev));
        assertFalse(SoftwareRendering.wanted("Windows 11", null, dev));
        assertFalse(SoftwareRendering.wanted(null, null, dev));
    }
}
