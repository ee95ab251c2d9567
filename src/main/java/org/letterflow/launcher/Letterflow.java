package org.letterflow.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.boot.PayaraMicroBoot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code java -jar letterflow.jar}: the database, then Payara Micro with the WAR; Ctrl-C stops both.
 *
 * <p>Payara Micro loads classes parent-first, so anything on this launcher's class path would
 * shadow the WAR's own copies. The embedded PostgreSQL and the JDBC driver therefore live in
 * lib/boot and are loaded by a class loader of their own whose parent is the platform loader.
 */
public final class Letterflow {

    /** Set on the server's JVM started by the launcher with the options chosen for it. */
    private static final String RELAUNCHED = "letterflow.server";

    /**
     * The file whose presence tells the server that its launcher is stopping it: its readiness
     * check ({@code DatabaseReadiness}, the same property name) then answers DOWN. A file, because
     * the server is another process and this must work before anything else of it is asked.
     */
    private static final String STOPPING = "letterflow.stopping";

    private static final String[] DEMO_LOGINS = {"minpros.clerk", "minpros.head", "tomsk.clerk", "tomsk.head",
            "tomsk.executor", "irkutsk.clerk", "irkutsk.head", "irkutsk.city.clerk", "tatarstan.clerk",
            "tatarstan.deputy", "tatarstan.head", "tatarstan.executor", "school.clerk", "admin"};

    /** The other things letterflow.jar does besides serving: extraction from the command line. */
    private static final Map<String, String> COMMANDS = Map.of(
            "extract", "org.letterflow.extraction.boundary.ExtractCommand",
            "evaluate", "org.letterflow.extraction.boundary.EvaluateCommand");

    private Letterflow() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            command(COMMANDS.get(args[0]), Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        long started = System.nanoTime();
        try {
            if (System.getProperty(RELAUNCHED) == null) {
                System.exit(relaunch(args));
            } else {
                // started by the launcher for its heap: a launcher killed outright takes the server with it
                ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
            }
            Settings settings = Settings.from(System.getenv());
            Path home = home();
            requireFreePort(settings.port());
            AutoCloseable database = database(settings, home);
            PayaraMicroRuntime runtime = boot(settings, home, database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runtime, database), "letterflow-stop"));
            if (runtime.getDeployedApplicationNames().isEmpty()) {
                throw new LaunchFailure("the Letterflow application failed to deploy; the log above says why");
            }
            Readiness.await(settings.port());
            // Start-up (deployment, Tika's and PDFBox's classes) leaves much garbage; a full collection
            // lets the JVM hand that memory back to the system before the first user arrives.
            System.gc();
            announce(settings, (System.nanoTime() - started) / 1_000_000_000.0);
        } catch (LaunchFailure e) {
            System.err.println("Letterflow cannot start: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Heap bound, collector and class archive are fixed when a JVM starts, so the launcher starts
     * the server in a JVM of its own with them (and the options it was given itself), passes its
     * output through, stops it on Ctrl-C or SIGTERM and ends with its exit code.
     */
    private static int relaunch(String[] args) {
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path home = home();
        Settings settings = Settings.from(System.getenv());
        Path stopping = settings.data().resolve("stopping-" + settings.port());
        Optional<ClassArchive> archive = ClassArchive.choose(System.getenv(ClassArchive.VARIABLE), given,
                settings.data().resolve("class-archive"),
                System.getProperty("java.vm.version") + "|" + System.getProperty("java.home"),
                List.of(home.resolve("letterflow.jar"), home.resolve("lib/payara-micro.jar"),
                        home.resolve("lib/letterflow.war")));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ServerJvm.options(Heap.choose(System.getenv(Heap.VARIABLE), given, machineMemory()), given));
        if (archive.isPresent()) {
            try {
                archive.get().prepare();
                command.addAll(archive.get().options());
            } catch (IOException e) {
                System.err.println("Starting without a class archive: " + e.getMessage());
                archive = Optional.empty();
            }
        }
        // a debugger's agent would try to listen on the same port twice
        given.stream().filter(option -> !option.startsWith("-agentlib:jdwp")).forEach(command::add);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-D" + STOPPING + "=" + stopping);
        command.add("-jar");
        command.add(home.resolve("letterflow.jar").toString());
        command.addAll(Arrays.asList(args));
        Runnable afterServer = archive.<Runnable>map(a -> a::keep).orElse(() -> { });
        try {
            Files.createDirectories(settings.data());
            Files.deleteIfExists(stopping); // left by a launcher killed while it drained
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            ServerJvm.environment(builder.environment());
            Process server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                drain(server, stopping, settings.drainSeconds());
                server.destroy();
                try {
                    server.waitFor(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                afterServer.run();
                try {
                    Files.deleteIfExists(stopping);
                } catch (IOException e) {
                    // the next start removes it
                }
            }, "letterflow-stop-server"));
            int exit = server.waitFor();
            afterServer.run();
            return exit;
        } catch (IOException e) {
            throw new LaunchFailure("cannot start the server's JVM: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * A graceful stop: the server's readiness goes DOWN, the balancer stops sending it requests and
     * those it has are answered; only then is it stopped. Stopping the server's JVM at once would
     * race Payara Micro's own shutdown hook, which closes the listener at the first signal.
     */
    private static void drain(Process server, Path stopping, int seconds) {
        if (seconds == 0 || !server.isAlive()) {
            return;
        }
        try {
            Files.writeString(stopping, Long.toString(ProcessHandle.current().pid()));
            System.out.println("Letterflow is stopping: not ready for new requests, stopping in " + seconds + " s");
            server.waitFor(seconds, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("Stopping without a drain: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long machineMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize(); // the container's limit where there is one
        }
        return 4L * 1024 * 1024 * 1024;
    }

    private static AutoCloseable database(Settings settings, Path home) {
        ClassLoader boot = bootLoader(home);
        if (!settings.embeddedDatabase()) {
            String problem = (String) call(boot, "DatabaseCheck", "problem",
                    new Class<?>[] {String.class, String.class, String.class},
                    settings.dbUrl(), settings.dbUser(), settings.dbPassword());
            if (problem != null) {
                throw new LaunchFailure("the database in DB_URL (" + settings.dbUrl() + ") is not reachable: "
                        + problem);
            }
            setDatabase(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
            return () -> { };
        }
        Path pgData = settings.data().resolve("postgres");
        Object embedded = call(boot, "EmbeddedDatabase", "start", new Class<?>[] {Path.class, int.class},
                pgData, settings.dbPort());
        @SuppressWarnings("unchecked")
        String url = ((Supplier<String>) embedded).get();
        setDatabase(url, "postgres", "postgres");
        System.out.println("Embedded PostgreSQL started, data in " + pgData);
        return (AutoCloseable) embedded;
    }

    private static PayaraMicroRuntime boot(Settings settings, Path home, AutoCloseable database) {
        System.setProperty("letterflow.demo", Boolean.toString(settings.demo()));
        try {
            // A fresh runtime folder each start: a kept one would serve a stale copy of a rebuilt WAR.
            Path root = settings.data().resolve("payara");
            deleteRecursively(root);
            Files.createDirectories(root);
            PayaraMicro micro = PayaraMicro.getInstance()
                    .setHttpPort(settings.port())
                    .setNoCluster(settings.cluster() == null)
                    .setRootDir(root.toFile())
                    .addDeploymentFile(home.resolve("lib/letterflow.war").toFile());
            List<String> configuration = new ArrayList<>();
            if (settings.cluster() == null) {
                // one instance needs no data grid: without it Hazelcast neither starts nor holds memory
                micro.setNoHazelcast(true);
                // and nobody to hand its sessions to: with availability on, the distributable WAR's
                // sessions were serialized into a replication store and read back on every request,
                // a quarter of the server's CPU under the pages bench (BENCHMARKS.md)
                configuration.add("configs.config.server-config.availability-service.web-container-availability"
                        + ".availability-enabled=false");
            } else {
                joinCluster(micro, settings.cluster(), configuration);
            }
            configureBeforeBoot(configuration);
            return micro.bootStrap();
        } catch (BootstrapException | IOException | RuntimeException e) {
            close(database);
            throw new LaunchFailure("Payara Micro did not start: " + e.getMessage());
        }
    }

    /**
     * Payara Micro's own data grid (Hazelcast) carries the replicated web sessions. Name, grid port
     * and instance name have setters in its bootstrap API; the discovery mode (its command line's
     * {@code --clustermode tcpip:...}) and the interface do not, so they are set in the server's
     * configuration before it boots.
     */
    private static void joinCluster(PayaraMicro micro, Settings.Cluster cluster, List<String> configuration) {
        micro.setHzClusterName(cluster.name())
                .setClusterStartPort(cluster.port())
                .setInstanceName(cluster.instance());
        if (cluster.members() != null) {
            configuration.add("hazelcast-runtime-configuration.discovery-mode=tcpip");
            configuration.add("hazelcast-runtime-configuration.tcpip-members=" + cluster.members());
        }
        if (cluster.bindInterface() != null) {
            configuration.add("hazelcast-runtime-configuration.interface=" + cluster.bindInterface());
        }
    }

    /**
     * Settings of the server's configuration that Payara Micro's bootstrap API has no setter for,
     * given to the pre-boot handler of the instance behind the API — the same {@code set} commands
     * Payara Micro issues for its own command-line options.
     */
    private static void configureBeforeBoot(List<String> configuration) {
        if (configuration.isEmpty()) {
            return;
        }
        try {
            // PayaraMicro.getInstance() set this thread's loader to Payara's own: its instance is there
            Object instance = Thread.currentThread().getContextClassLoader()
                    .loadClass("fish.payara.micro.impl.PayaraMicroImpl").getMethod("getInstance").invoke(null);
            ((PayaraMicroBoot) instance).setPreBootHandler(commands -> {
                for (String setting : configuration) {
                    commands.run("set", setting);
                }
            });
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new LaunchFailure("this Payara Micro cannot be configured before it boots: " + e);
        }
    }

    private static void announce(Settings settings, double seconds) {
        String url = "http://localhost:" + settings.port() + "/";
        System.out.printf("%nLetterflow is ready at %s (started in %.1f s)%n", url, seconds);
        if (settings.cluster() != null) {
            System.out.println("Instance " + settings.cluster().instance() + " of cluster " + settings.cluster().name()
                    + (settings.cluster().members() == null ? " (multicast discovery)"
                    : " (members " + settings.cluster().members() + ")"));
        }
        if (settings.demo()) {
            System.out.println("Demo sign-ins (password: demo): " + String.join(", ", DEMO_LOGINS));
        }
        System.out.println("Press Ctrl-C to stop.");
    }

    private static void stop(PayaraMicroRuntime runtime, AutoCloseable database) {
        try {
            runtime.shutdown();
        } catch (Exception e) {
            System.err.println("Payara Micro did not stop cleanly: " + e.getMessage());
        }
        close(database);
    }

    private static void close(AutoCloseable database) {
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("The embedded database did not stop cleanly: " + e.getMessage());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void setDatabase(String url, String user, String password) {
        System.setProperty("db.url", url);
        System.setProperty("db.user", user);
        System.setProperty("db.password", password);
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new LaunchFailure("port " + port + " is taken; set another in LETTERFLOW_PORT");
        }
    }

    /** The folder letterflow.jar is in: lib/ is beside it. */
    private static Path home() {
        try {
            return Path.of(Letterflow.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new LaunchFailure("cannot tell where letterflow.jar is: " + e.getMessage());
        }
    }

    private static ClassLoader bootLoader(Path home) {
        return libraryLoader(home, "lib/boot", true);
    }

    /** A command's main class from lib/extraction, away from Payara Micro's classes. */
    private static void command(String mainClass, String[] args) {
        try {
            ClassLoader loader = libraryLoader(home(), "lib/extraction", false);
            Thread.currentThread().setContextClassLoader(loader);
            loader.loadClass(mainClass).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (LaunchFailure e) {
            System.err.println("Letterflow: " + e.getMessage());
            System.exit(2);
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            System.exit(1);
        } catch (ReflectiveOperationException e) {
            System.err.println("Letterflow: letterflow.jar is incomplete (" + e + "); rebuild with mvn package");
            System.exit(2);
        }
    }

    private static ClassLoader libraryLoader(Path home, String folder, boolean withLauncher) {
        Path libraries = home.resolve(folder);
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(libraries)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            if (withLauncher) {
                urls.add(home.resolve("letterflow.jar").toUri().toURL());
            }
        } catch (IOException e) {
            throw new LaunchFailure("the libraries in " + libraries + " are missing; rebuild with mvn package");
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Object call(ClassLoader loader, String type, String method, Class<?>[] types, Object... args) {
        try {
            return loader.loadClass(Letterflow.class.getPackageName() + ".boot." + type)
                    .getMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new LaunchFailure(type + " failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new LaunchFailure("letterflow.jar is incomplete (" + e + "); rebuild with mvn package");
        }
    }
}
