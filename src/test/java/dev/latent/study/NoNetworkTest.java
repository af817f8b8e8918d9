package dev.latent.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Latent promises never to use the network. A whole study session (load the bundled deck, open the store, answer,
 * grade, rate, undo, back up) runs in a child JVM where opening any socket, old-style or NIO, fails and is
 * recorded, and where any socket descriptor left open shows in /proc/self/fd. A control run proves the guards fire.
 */
@EnabledOnOs(OS.LINUX)
class NoNetworkTest {

    private static List<String> run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-Djava.nio.channels.spi.SelectorProvider=" + NoNetworkSessionMain.DenyingSelectorProvider.class.getName(),
                "-cp", System.getProperty("java.class.path"), NoNetworkSessionMain.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return List.of(String.valueOf(p.exitValue()), out.strip());
    }

    @Test
    void aWholeStudySessionOpensNoSocket() throws Exception {
        List<String> result = run();
        assertEquals("0", result.get(0), result.get(1));
        assertTrue(result.get(1).contains("NO-SOCKET rated="), result.get(1));
        int rated = Integer.parseInt(result.get(1).replaceAll("(?s).*NO-SOCKET rated=(\\d+) .*", "$1"));
        assertTrue(rated >= 8, "the session rated only " + rated + " cards");
    }

    @Test
    void theGuardsCatchASocket() throws Exception {
        List<String> result = run("control");
        assertEquals("1", result.get(0), result.get(1));
        assertTrue(result.get(1).contains("SOCKET attempts=[java.net.Socket]"), result.get(1));
    }
}
