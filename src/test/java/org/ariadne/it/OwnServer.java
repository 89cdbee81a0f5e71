package org.ariadne.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A WildFly of a test's own, outside Arquillian: its own base directory (a copy of the configured server's
 * configuration with the built WAR deployed), its own port offset and its own data directory, on the embedded
 * database. For tests about what survives a stop, a restart or a kill -9.
 */
public final class OwnServer implements AutoCloseable {

    private static final Pattern DEPLOYMENTS = Pattern.compile("<deployments>.*?</deployments>", Pattern.DOTALL);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** How long a start may take: seconds on a quiet machine, minutes on a shared one under heavy load. */
    private static final Duration START = Duration.ofSeconds(Integer.getInteger("own.server.start.seconds", 600));

    private final int offset;
    private final Path baseDir;
    private final Path dataDir;
    private final Map<String, String> environment;
    /** standalone.xml, or standalone-cluster.xml for a node of a cluster (wildfly-config/cluster.cli). */
    private final String serverConfig;
    private Process process;

    private OwnServer(int offset, Path baseDir, Path dataDir, Map<String, String> environment, String serverConfig) {
        this.offset = offset;
        this.baseDir = baseDir;
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.serverConfig = serverConfig;
    }

    /** A new server (not started yet) with a fresh base and data directory under {@code target/}. */
    public static OwnServer prepare(int offset, String name) throws IOException {
        return prepare(offset, name, Map.of());
    }

    /** The same, with more environment variables (e.g. {@code ARIADNE_DEMO_CATALOGUE=false}). */
    public static OwnServer prepare(int offset, String name, Map<String, String> environment) throws IOException {
        return prepare(offset, name, environment, "standalone.xml");
    }

    /**
     * A node of a WildFly cluster (not started yet): the configuration with JGroups and distributed web sessions,
     * its JGroups port at 7600 plus {@code offset}, named {@code name} ({@code jboss.node.name}, the route in its
     * session ids). The environment names its peers ({@code ARIADNE_CLUSTER_PEER1_PORT} etc.).
     */
    public static OwnServer prepareClusterNode(int offset, String name, Map<String, String> environment)
            throws IOException {
        return prepare(offset, name, environment, "standalone-cluster.xml");
    }

    /** The JGroups port of a cluster node at {@code offset}. */
    public static int clusterPort(int offset) {
        return 7600 + offset;
    }

    private static OwnServer prepare(int offset, String name, Map<String, String> environment, String serverConfig)
            throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        // a cluster node deploys the distributable build of the WAR, whose sessions the other node can take over
        String war = serverConfig.equals("standalone-cluster.xml") ? "ariadne-cluster.war" : "ariadne.war";
        return new OwnServer(offset, copyServerBase(target, name, war),
                Files.createTempDirectory(target, name + "-data-"), environment, serverConfig);
    }

    public String base() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path console() {
        return baseDir.resolve("console.log");
    }

    /** Starts the server and waits until the API answers (at most {@code own.server.start.seconds}, 600). */
    public void start() throws Exception {
        if (answers()) {
            throw new IllegalStateException("Something already answers on " + base() + ": a server left running?");
        }
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder builder = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "--server-config=" + serverConfig,
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1",
                // on a loaded machine the boot's own 300 s for service stability is not enough
                "-Djboss.as.management.blocking.timeout=" + START.toSeconds())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        builder.environment().put("ARIADNE_DATA_DIR", dataDir.toString());
        builder.environment().put("ARIADNE_DB", "h2");
        // C1 alone: such a server lives a minute or two, and on two cores the C2 compiler's threads would take
        // the CPU its start needs (a start took 14 s with C2 and 10 s without, on this project's 2-core machine)
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -XX:TieredStopAtLevel=1");
        builder.environment().putAll(environment);
        process = builder.start();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + console());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/sources?size=1")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("No answer from " + base() + " within " + START.toSeconds() + " s; see "
                + console());
    }

    /** Stops the server the polite way (SIGTERM), as an operator would. */
    public void stop() throws InterruptedException {
        end(false);
    }

    /** Kills the server's JVM with SIGKILL (kill -9): no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        end(true);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void end(boolean forcibly) throws InterruptedException {
        if (process == null) {
            return;
        }
        Processes.end(process, forcibly);
        process = null;
    }

    private boolean answers() {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException | InterruptedException nothingThere) {
            return false;
        }
    }

    private static Path copyServerBase(Path target, String name, String war) throws IOException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        Path base = Files.createTempDirectory(target, name + "-base-");
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(jbossHome.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = configuration.resolve(file.getFileName());
                if (file.getFileName().toString().endsWith(".xml")) {
                    // while Arquillian has its test deployment in the shared server, that server's configuration
                    // names it; this server deploys the WAR from its own deployments/ directory instead
                    Files.writeString(copy, DEPLOYMENTS.matcher(Files.readString(file)).replaceAll(""));
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(target.resolve(war), deployments.resolve("ariadne.war"));
        return base;
    }
}
