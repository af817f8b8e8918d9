package dev.latent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A process's resident memory as the start-up benchmark reads it, from {@code /proc}. */
final class ProcessTreeMemory {

    private ProcessTreeMemory() {
    }

    /**
     * VmHWM, VmRSS and Pss in KiB of the process and those it started, added up (a plain {@code java -jar} is two JVMs:
     * ArchivedRelaunch). The RSS sum is an upper bound, since the pages they share are counted twice; the PSS sum
     * splits each shared page between the processes that map it.
     */
    static long[] of(long pid) throws IOException {
        long hwm = 0;
        long rss = 0;
        long pss = 0;
        List<Long> pids = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        for (long each : pids) {
            List<String> status;
            try {
                status = Files.readAllLines(Path.of("/proc", Long.toString(each), "status"));
            } catch (IOException e) {
                if (each == pid) throw e;
                continue; // a child that has just ended
            }
            for (String line : status) {
                if (line.startsWith("VmHWM:")) hwm += kib(line);
                if (line.startsWith("VmRSS:")) rss += kib(line);
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(each), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) pss += kib(line);
                }
            } catch (IOException e) {
                // ended meanwhile, or a kernel without smaps_rollup (before 4.14): PSS left out
            }
        }
        return new long[]{hwm, rss, pss};
    }

    /** The number in a {@code /proc} line such as "VmRSS:  123 kB". */
    static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
