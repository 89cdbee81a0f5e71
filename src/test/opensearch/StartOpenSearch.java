import org.codelibs.opensearch.runner.OpenSearchRunner;

import java.util.concurrent.CountDownLatch;

/**
 * Starts one OpenSearch node on loopback for tests and benchmarks: {@code java -cp <class path>
 * StartOpenSearch.java <base directory> <http port> <transport port>}. It prints "OpenSearch ready" once the
 * cluster is yellow and runs until it is killed; the data lives under the base directory.
 */
public final class StartOpenSearch {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String http = args[1];
        String transport = args[2];
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("http.port", http);
            settings.put("transport.port", transport);
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            // a test node on a shared machine: no disk watermarks that would turn indices read-only
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        }).build(OpenSearchRunner.newConfigs().basePath(base).numOfNode(1).clusterName("ariadne-test")
                .disableESLogger());
        runner.ensureYellow();
        System.out.println("OpenSearch ready on 127.0.0.1:" + http);
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        forever.await();
    }
}
