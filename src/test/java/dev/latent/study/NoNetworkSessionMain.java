package dev.latent.study;

import dev.latent.deck.Deck;
import dev.latent.deck.folder.DeckLibrary;
import dev.latent.scheduling.Scheduler;
import dev.latent.scheduling.SchedulerConfig;
import dev.latent.store.DailyLimits;
import dev.latent.store.Store;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ProtocolFamily;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Child JVM for {@link NoNetworkTest}: a whole study session over the bundled deck with every way Java opens a
 * socket turned into an error, then a look at the process's open file descriptors. Prints {@code NO-SOCKET} when
 * no socket was tried and no network socket is open; otherwise prints what happened and exits 1. With the argument {@code control} it
 * opens a socket on purpose, to show the guards catch one.
 */
public final class NoNetworkSessionMain {

    private NoNetworkSessionMain() {
    }

    static final List<String> attempts = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        // java.net.Socket, ServerSocket (their old-style factories still apply on 17+) and DatagramSocket.
        Socket.setSocketImplFactory(() -> {
            throw deniedUnchecked("java.net.Socket");
        });
        ServerSocket.setSocketFactory(() -> {
            throw deniedUnchecked("java.net.ServerSocket");
        });
        @SuppressWarnings("deprecation")
        Runnable datagrams = () -> {
            try {
                DatagramSocket.setDatagramSocketImplFactory(() -> {
                    throw deniedUnchecked("java.net.DatagramSocket");
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        datagrams.run();
        // NIO channels come from the SelectorProvider set with -Djava.nio.channels.spi.SelectorProvider (below).
        if (!(SelectorProvider.provider() instanceof DenyingSelectorProvider)) {
            throw new IllegalStateException("start with -Djava.nio.channels.spi.SelectorProvider="
                    + DenyingSelectorProvider.class.getName());
        }
        List<String> before = sockets();

        Path dataDir = Files.createTempDirectory("latent-no-network");
        int rated = 0;
        if (args.length > 0 && args[0].equals("control")) {
            try (Socket s = new Socket()) {
                attempts.add("control socket was allowed");
            } catch (RuntimeException | IOException e) {
                // counted by the factory
            }
        } else {
            Deck deck = DeckLibrary.loadAll(dataDir.resolve("decks")).decks().get(0);
            Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
            try (Store store = Store.open(dataDir)) {
                StudySession session = new StudySession(store, deck, new Scheduler(SchedulerConfig.DEFAULT),
                        DailyLimits.DEFAULT, clock);
                while (session.current().isPresent() && rated < 12) {
                    var question = session.current().get().question();
                    String answer = question.samples().isEmpty() ? "" : question.samples().get(0).answer();
                    StudySession.Feedback feedback = session.submit(answer);
                    session.rate(feedback.suggested());
                    rated++;
                }
                session.undo();
                session.summary();
                store.backup();
            }
        }
        List<String> after = sockets();
        after.removeAll(before);
        List<String> network = after.stream().filter(socket -> !isLocal(socket)).toList();
        if (!attempts.isEmpty() || !network.isEmpty()) {
            System.out.println("SOCKET attempts=" + attempts + " open=" + network);
            System.exit(1);
        }
        System.out.println("NO-SOCKET rated=" + rated + " local-ipc=" + after);
    }

    static RuntimeException deniedUnchecked(String what) {
        return new java.io.UncheckedIOException(denied(what));
    }

    static IOException denied(String what) {
        attempts.add(what);
        return new IOException("network access denied in this test: " + what);
    }

    /**
     * The process's open sockets ({@code /proc/self/fd} links to {@code socket:[inode]}), each named by the kernel
     * table that lists its inode: {@code tcp}, {@code udp}, {@code raw} (and their v6 forms) are network sockets;
     * {@code unix} (local IPC, such as the C library asking the name service cache) and {@code netlink} are not.
     */
    static List<String> sockets() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        String inode = target.substring("socket:[".length(), target.length() - 1);
                        found.add(kindOf(inode) + ":" + inode);
                    }
                } catch (IOException e) {
                    // closed while listing (the listing's own descriptor)
                }
            }
        }
        return found;
    }

    static final List<String> NETWORK_TABLES = List.of("tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6");

    private static String kindOf(String inode) throws IOException {
        for (String table : Stream.concat(NETWORK_TABLES.stream(), Stream.of("unix", "netlink", "packet")).toList()) {
            Path file = Path.of("/proc/self/net", table);
            if (!Files.exists(file)) continue;
            for (String line : Files.readAllLines(file)) {
                if (List.of(line.trim().split("\\s+")).contains(inode)) return table;
            }
        }
        return "unknown";
    }

    static boolean isLocal(String socket) {
        return socket.startsWith("unix:") || socket.startsWith("netlink:");
    }

    /** Opens pipes and selectors as usual; refuses every socket channel. */
    public static final class DenyingSelectorProvider extends SelectorProvider {
        private final SelectorProvider system;

        public DenyingSelectorProvider() throws ReflectiveOperationException {
            system = (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
        }

        @Override
        public DatagramChannel openDatagramChannel() throws IOException {
            throw denied("DatagramChannel");
        }

        @Override
        public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
            throw denied("DatagramChannel");
        }

        @Override
        public Pipe openPipe() throws IOException {
            return system.openPipe();
        }

        @Override
        public AbstractSelector openSelector() throws IOException {
            return system.openSelector();
        }

        @Override
        public ServerSocketChannel openServerSocketChannel() throws IOException {
            throw denied("ServerSocketChannel");
        }

        @Override
        public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
            throw denied("ServerSocketChannel");
        }

        @Override
        public SocketChannel openSocketChannel() throws IOException {
            throw denied("SocketChannel");
        }

        @Override
        public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
            throw denied("SocketChannel");
        }
    }
}
