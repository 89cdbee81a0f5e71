package org.ariadne.search.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.OpenSearchNode;
import org.ariadne.it.OwnServer;
import org.ariadne.it.PageVisitor;
import org.ariadne.it.TestUsers;
import org.ariadne.it.Waiting;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Search on OpenSearch, as a cluster would run it: a server of the test's own (port offset
 * {@code opensearch.port.offset}, 550) with {@code ARIADNE_SEARCH_BACKEND=elasticsearch} pointed at a real OpenSearch
 * 2.19 node on loopback, the outbox-polling coordination and an index prefix, configured by environment variables
 * alone. On PostgreSQL it shares the database of the test server (its writes go through the outbox table, which that
 * server's migrations created); on the embedded database it has its own. The key cases of {@link SearchApiIT}:
 * a new source is found within two seconds and its change too, folding, stemming and phrases, identifiers and
 * facets, texts, footnotes and claims, suggestions; and the documents are in OpenSearch, under the prefix.
 * On PostgreSQL a second such node (offset {@code opensearch.second.port.offset}, 600) makes a two-node cluster
 * with the first (one database, one data directory, one OpenSearch), both started at the same moment on indexes
 * that do not exist yet (both deploy: the slower one finds the indexes created by the other and checks them);
 * a source made on one node is found on the
 * other within two seconds, concurrent writes through both nodes are all kept and indexed once, and the two nodes'
 * fixity timers (every minute here) take turns through the job lease.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchIT {

    private static final int OFFSET = Integer.getInteger("opensearch.port.offset", 550);
    private static final int SECOND_OFFSET = Integer.getInteger("opensearch.second.port.offset", 600);
    private static final int HTTP_PORT = Integer.getInteger("it.opensearch.http.port", 9251);
    private static final int TRANSPORT_PORT = Integer.getInteger("it.opensearch.transport.port", 9351);
    private static final String PREFIX = "it" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private static final Pattern LOG_TIME = Pattern.compile("(\\d{2}:\\d{2}:\\d{2},\\d{3}) INFO");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static OpenSearchNode opensearch;
    private static OwnServer node;
    /** On PostgreSQL, a second node on the same database, data directory and OpenSearch: a two-node cluster. */
    private static OwnServer second;

    private Api librarian;
    private Api writer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeAll
    static void startOpenSearchAndANodeOnIt() throws Exception {
        opensearch = OpenSearchNode.start(HTTP_PORT, TRANSPORT_PORT);
        Map<String, String> environment = new HashMap<>(Map.of(
                "ARIADNE_SEARCH_BACKEND", "elasticsearch",
                "ARIADNE_SEARCH_HOSTS", opensearch.hosts(),
                "ARIADNE_SEARCH_PROTOCOL", "http",
                "ARIADNE_SEARCH_COORDINATION", "outbox-polling",
                "ARIADNE_SEARCH_SYNC", "",
                "ARIADNE_SEARCH_INDEX_PREFIX", PREFIX));
        // on PostgreSQL, the test server's database: this node is a second one beside it
        for (String shared : List.of("ARIADNE_DB", "ARIADNE_DB_URL", "ARIADNE_DB_USER", "ARIADNE_DB_PASSWORD",
                "ARIADNE_ADMIN_PASSWORD")) {
            if (System.getenv(shared) != null) {
                environment.put(shared, System.getenv(shared));
            }
        }
        if (!Api.onPostgresql()) {
            node = OwnServer.prepare(OFFSET, "opensearch", environment);
            node.start();
        } else {
            // the archived texts are files: the nodes of a cluster share the data directory, here the test server's
            environment.put("ARIADNE_DATA_DIR", System.getenv("ARIADNE_DATA_DIR"));
            // the fixity check every minute, to see the two nodes' timers take turns
            environment.put("ARIADNE_FIXITY_INTERVAL", "1");
            // WildFly's own cluster too: JGroups over loopback, each node the other's peer, web sessions replicated
            environment.put("ARIADNE_CLUSTER_PEER1_PORT", Integer.toString(OwnServer.clusterPort(OFFSET)));
            environment.put("ARIADNE_CLUSTER_PEER2_PORT", Integer.toString(OwnServer.clusterPort(SECOND_OFFSET)));
            node = OwnServer.prepareClusterNode(OFFSET, "opensearch", named(environment, "node1"));
            second = OwnServer.prepareClusterNode(SECOND_OFFSET, "opensearch2", named(environment, "node2"));
            // both at once, on a new OpenSearch cluster (a prefix of this run's own): each finds the indexes missing
            // and creates them, and the slower one must cope with resource_already_exists_exception (SearchSchema)
            startTogether(node, second);
        }
        // a catalogue the new index does not hold yet (PostgreSQL, after other tests) is indexed at start
        assertTrue(waitFor(() -> Api.at(node.base(), null).get("/api/search/index").json(),
                progress -> !progress.getBoolean("running"), Duration.ofMinutes(5)), "the first indexing ends");
    }

    private static Map<String, String> named(Map<String, String> environment, String name) {
        Map<String, String> named = new HashMap<>(environment);
        named.put("JAVA_OPTS", "-Xms128m -Xmx768m -Djboss.node.name=" + name);
        return named;
    }

    private static void startTogether(OwnServer... servers) {
        CompletableFuture.allOf(Arrays.stream(servers)
                .map(server -> CompletableFuture.runAsync(() -> start(server))).toArray(CompletableFuture[]::new))
                .join();
    }

    private static void start(OwnServer server) {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (second != null) {
            second.stop();
        }
        if (node != null) {
            node.stop();
        }
        if (opensearch != null) {
            opensearch.close();
        }
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
        librarian = Api.at(node.base(), "librarian");
        writer = Api.at(node.base(), "writer");
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aNewSourceIsFoundWithinTwoSecondsAndItsChangeAsWell() {
        awaitWarmedUp();
        String word = token();
        String id = createSource("{\"type\":\"article-newspaper\",\"title\":\"Border crossings " + word + "\","
                + "\"issued\":{\"date-parts\":[[2019,5,2]]}}");
        long created = System.nanoTime();
        assertTrue(waitFor(() -> hits(word), h -> h.size() == 1, Duration.ofSeconds(30)), "the new source is found");
        long seconds = System.nanoTime() - created;
        assertTrue(seconds < 2_000_000_000L, () -> "within two seconds, not " + seconds / 1e9);
        JsonObject hit = hits(word).getJsonObject(0);
        assertEquals(id, hit.getString("id"));
        assertEquals("Border crossings " + word, hit.getString("title"));
        assertTrue(hit.getString("highlight").contains("<mark>" + word + "</mark>"), hit::toString);

        String changed = token();
        Api.Reply current = librarian.get("/api/sources/" + id);
        Api.Reply updated = librarian.put("/api/sources/" + id, "application/json",
                ("{\"type\":\"article-newspaper\",\"title\":\"Border crossings " + changed + "\"}")
                        .getBytes(StandardCharsets.UTF_8), current.header("ETag").orElseThrow());
        assertEquals(200, updated.status(), updated::toString);
        long changedAt = System.nanoTime();
        assertTrue(waitFor(() -> hits(changed), h -> h.size() == 1, Duration.ofSeconds(30)), "the change is found");
        assertTrue(System.nanoTime() - changedAt < 2_000_000_000L, "within two seconds");
        assertEquals(0, hits(word).size(), "the old title is gone from the index");

        // the document is OpenSearch's, in the prefixed index, once
        JsonObject counted = openSearch("/" + PREFIX + "source-read/_count?q=" + encode(changed));
        assertEquals(1, counted.getInt("count"), counted::toString);
    }

    @Test
    void foldsStemsAndKeepsPhrasesWithTheSameAnalysersAsLucene() {
        String word = token();
        String id = createSource("{\"type\":\"report\",\"title\":\"Über forced repatriations of defectors " + word
                + "\",\"author\":[{\"family\":\"Müller\",\"given\":\"Jörg\"}],\"container-title\":\"Annual reviews\"}");
        awaitFound(word);
        assertEquals(id, hits("muller " + word).getJsonObject(0).getString("id"));
        assertEquals(id, hits("MÜLLER JORG " + word.toUpperCase(Locale.ROOT)).getJsonObject(0).getString("id"));
        assertEquals(id, hits("uber " + word).getJsonObject(0).getString("id"));
        assertEquals(id, hits("repatriation defector " + word).getJsonObject(0).getString("id"));
        assertEquals(1, hits("\"forced repatriations\" " + word).size());
        assertEquals(0, hits("\"defectors forced\" " + word).size(), "a phrase keeps its word order");
        assertEquals(0, hits("\"forced repatriation\" " + word).size(), "a phrase keeps its words as written");
        assertEquals(1, hits("annual review " + word).size(), "container titles are searched");
        assertEquals(1, hits(word.substring(0, 8) + "*").size(), "a trailing star is a prefix");
        for (String hostile : List.of("\"", "title:" + word, "(", "[1 TO 5]", "/regex/", "\\", word + " AND( OR \"")) {
            assertEquals(200, Api.at(node.base(), null).get("/api/search?q=" + encode(hostile)).status(), hostile);
        }
    }

    @Test
    void findsIdentifiersAndCountsFacets() {
        String word = token();
        String doi = "10.5555/" + word;
        String id = createSource("{\"type\":\"article-journal\",\"title\":\"Camps " + word + "\",\"DOI\":\""
                + doi + "\",\"issued\":{\"date-parts\":[[2001]]},\"author\":[{\"family\":\"Haggard\","
                + "\"given\":\"Stephan\"}]}");
        createSource("{\"type\":\"book\",\"title\":\"Camps and prisons " + word + "\","
                + "\"issued\":{\"date-parts\":[[2015]]}}");
        assertTrue(waitFor(() -> search("q=" + word).getInt("total"), total -> total == 2, Duration.ofSeconds(30)));
        assertEquals(id, hits(doi).getJsonObject(0).getString("id"));
        JsonObject facets = search("q=" + word).getJsonObject("facets");
        assertEquals(1, facets.getJsonObject("type").getInt("article-journal"), facets::toString);
        assertEquals(1, facets.getJsonObject("type").getInt("book"));
        assertEquals(1, facets.getJsonObject("year").getInt("2001"));
        assertEquals(1, facets.getJsonObject("contributor").getInt("Stephan Haggard"), facets::toString);
        assertEquals(1, search("q=" + word + "&yearFrom=2010&yearTo=2020").getInt("total"));
        assertEquals(id, search("q=" + word + "&sort=date").getJsonArray("hits").getJsonObject(0).getString("id"));
        assertEquals(1, search("q=" + word + "&size=1&page=1").getJsonArray("hits").size());
    }

    @Test
    void searchesArchivedTextsFootnotesClaimsAndSuggestions() {
        String word = token();
        String id = createSource("{\"type\":\"report\",\"title\":\"Field notes " + token() + "\","
                + "\"author\":[{\"family\":\"Ødegård\",\"given\":\"Åse\"}]}");
        String text = "Field notes\n\nThe guards at the crossing spoke of " + word + " arrests in the spring.1\n\n"
                + "Notes\n\n1. Stephan Haggard and Marcus Noland, Witness to Transformation " + word + "note"
                + " (Washington, DC: Peterson Institute, 2011), 45.\n";
        Api.Reply archived = librarian.put("/api/sources/" + id + "/text", "text/plain; charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(200, archived.status(), archived::toString);
        assertTrue(waitFor(() -> search("q=" + word + "&kind=source").getJsonArray("hits"), h -> h.size() == 1,
                Duration.ofSeconds(30)), "the archived text is searched");
        JsonObject inText = search("q=" + word + "&kind=source").getJsonArray("hits").getJsonObject(0);
        assertTrue(inText.getString("passage").contains(word), inText::toString);
        assertTrue(waitFor(() -> search("q=" + word + "note&kind=footnote").getJsonArray("hits"), h -> h.size() == 1,
                Duration.ofSeconds(30)), "the footnote is searched");
        assertEquals(1, search("q=" + word + "note&kind=footnote").getJsonArray("hits").getJsonObject(0)
                .getInt("number"));

        String claimWord = token();
        Api.Reply claim = writer.postJson("/api/claims", Json.createObjectBuilder()
                .add("text", "Guards arrest people in spring " + claimWord)
                .add("citations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("source", id).add("quote", "spoke of " + word + " arrests").add("stance", "supports")))
                .build());
        assertEquals(201, claim.status(), claim::toString);
        assertTrue(waitFor(() -> search("q=" + claimWord + "&kind=claim").getJsonArray("hits"), h -> h.size() == 1,
                Duration.ofSeconds(30)), "the claim is searched");
        assertEquals("supported", search("q=" + claimWord + "&kind=claim").getJsonArray("hits").getJsonObject(0)
                .getString("status"));

        JsonArray people = Api.at(node.base(), null).get("/api/search/suggestions?q=odega&size=20").json()
                .getJsonArray("items");
        assertTrue(people.stream().map(JsonObject.class::cast)
                .anyMatch(s -> s.getString("kind").equals("person") && s.getString("label").contains("Ødegård")),
                people::toString);
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aSourceCreatedOnOneNodeIsFoundOnTheOtherWithinTwoSeconds() {
        assumeTrue(second != null, "two nodes share a database on PostgreSQL only");
        awaitWarmedUp();
        String word = token();
        String id = createSource("{\"type\":\"book\",\"title\":\"Across nodes " + word + "\"}");
        long created = System.nanoTime();
        Api other = Api.at(second.base(), null);
        assertTrue(waitFor(() -> other.get("/api/search?q=" + word).json().getJsonArray("hits"), h -> h.size() == 1,
                Duration.ofSeconds(30)), "the other node finds it");
        long elapsed = System.nanoTime() - created;
        assertTrue(elapsed < 2_000_000_000L, () -> "within two seconds, not " + elapsed / 1e9);
        assertEquals(id, other.get("/api/search?q=" + word).json().getJsonArray("hits").getJsonObject(0)
                .getString("id"));
        assertEquals(200, other.get("/api/sources/" + id).status());
    }

    @Test
    void concurrentWritesOnBothNodesLoseNothing() throws Exception {
        assumeTrue(second != null, "two nodes share a database on PostgreSQL only");
        String word = token();
        int perClient = 10;
        List<Api> clients = List.of(librarian, librarian, Api.at(second.base(), "librarian"),
                Api.at(second.base(), "librarian"));
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<List<String>>> made = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                Api client = clients.get(c);
                int number = c;
                made.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perClient; i++) {
                        Api.Reply reply = client.post("/api/sources", "application/json", "{\"type\":\"book\","
                                + "\"title\":\"Concurrent " + word + " " + number + "-" + i + "\"}");
                        assertEquals(201, reply.status(), reply::toString);
                        ids.add(reply.json().getString("id"));
                    }
                    return ids;
                }));
            }
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> future : made) {
                ids.addAll(future.get(5, TimeUnit.MINUTES));
            }
            int expected = clients.size() * perClient;
            assertEquals(expected, ids.size(), "every write got an id of its own");
            for (OwnServer server : List.of(node, second)) {
                Api reader = Api.at(server.base(), null);
                for (String id : ids) {
                    assertEquals(200, reader.get("/api/sources/" + id).status(), id);
                }
                assertTrue(waitFor(() -> reader.get("/api/search?size=100&q=" + word).json().getInt("total"),
                        total -> total == expected, Duration.ofSeconds(30)), "each is indexed once, on both nodes");
            }
            JsonObject counted = openSearch("/" + PREFIX + "source-read/_count?q=" + encode(word));
            assertEquals(expected, counted.getInt("count"), counted::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theScheduledFixityCheckRunsOnOneNodeAtATime() throws Exception {
        assumeTrue(second != null, "two nodes share a database on PostgreSQL only");
        // each node's timer fires every minute; wait until both have fired and one of them found the lease held
        assertTrue(waitFor(() -> fixityLines("skipped on node").size(), skips -> skips >= 1, Duration.ofMinutes(4)),
                "a node skips a round the other holds");
        List<LocalTime> runs = fixityLines("Scheduled fixity check on node");
        assertTrue(runs.size() >= 1, "a node runs the check");
        for (int i = 1; i < runs.size(); i++) {
            long apart = Duration.between(runs.get(i - 1), runs.get(i)).toSeconds();
            assertTrue(apart >= 50, () -> "two checks " + apart + " s apart: " + runs);
        }
    }

    /**
     * Last, as it stops the first node: a user logged in there with the login form, who has opened the form for a
     * new source, goes on on the second node with the same session cookie (as a load balancer would send them
     * there): a page that needs the librarian role opens, not the login page, and the form opened on the stopped
     * node, posted to the second one, saves the source. The session (the caller, the JSF view state, the
     * {@code @ViewScoped} bean) was replicated by WildFly's clustering.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aUserLoggedInOnOneNodeKeepsWorkingOnTheOtherAfterTheFirstStops() throws Exception {
        assumeTrue(second != null, "two nodes share a database on PostgreSQL only");
        PageVisitor visitor = new PageVisitor();
        PageVisitor.Page loggedIn = visitor.logIn(node.base(), "librarian", Api.passwordOf("librarian"));
        assertEquals(302, loggedIn.status(), loggedIn::body);
        String session = visitor.cookie("JSESSIONID").orElseThrow();
        assertTrue(session.endsWith(".node1"), () -> "the session's route is the first node: " + session);
        PageVisitor.Page form = visitor.get(node.base() + "/catalog/sources/edit.xhtml");
        assertEquals(200, form.status(), form::body);
        assertTrue(form.body().contains("id=\"source:title\""), "the librarian gets the form");

        node.stop();

        PageVisitor.Page onSecond = visitor.get(second.base() + "/catalog/sources/edit.xhtml");
        assertEquals(200, onSecond.status(), () -> onSecond.location() + onSecond.body());
        assertTrue(!onSecond.isLoginPage() && onSecond.body().contains("id=\"source:title\""),
                "the second node knows the user: no login page");
        String title = "Failover " + token();
        PageVisitor.Page saved = visitor.submit(form, second.base() + "/catalog/sources/edit.xhtml", Map.of(
                "source", "source", "source:type_input", "book", "source:title", title,
                "source:save", "source:save"));
        assertEquals(302, saved.status(), saved::body);
        Matcher id = Pattern.compile("/sources/(\\d+)$").matcher(saved.location());
        assertTrue(id.find(), () -> "to the new source's page: " + saved.location());
        Api.Reply source = Api.at(second.base(), null).get("/api/sources/" + id.group(1));
        assertEquals(200, source.status(), source::toString);
        assertEquals(title, source.json().getString("title"), source::toString);
    }

    /** The times of the console lines of both nodes that contain {@code text}, in order. */
    private static List<LocalTime> fixityLines(String text) {
        List<LocalTime> times = new ArrayList<>();
        for (OwnServer server : List.of(node, second)) {
            for (String line : consoleLines(server)) {
                Matcher time = LOG_TIME.matcher(line);
                if (line.contains(text) && time.find()) {
                    times.add(LocalTime.parse(time.group(1).replace(',', '.')));
                }
            }
        }
        times.sort(null);
        return times;
    }

    /**
     * Waits until each node has done warming up after its start (the style catalogue, made-up renders, bibliography
     * requests: a minute or so of CPU in the background, BibliographyWarmUp's line last). The timed cases measure
     * nodes in service, not nodes still compiling beside them; they run after the others, by when this is over.
     */
    private static void awaitWarmedUp() {
        List<OwnServer> nodes = second == null ? List.of(node) : List.of(node, second);
        assertTrue(Waiting.until(() -> nodes.stream().allMatch(server -> consoleLines(server).stream()
                        .anyMatch(line -> line.contains("Bibliography requests warmed up")
                                || line.contains("Could not warm the bibliography requests up"))),
                done -> done, Duration.ofMinutes(5), Duration.ofSeconds(1)), "the nodes warm up");
    }

    private static List<String> consoleLines(OwnServer server) {
        try {
            return Files.readAllLines(server.console(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String createSource(String json) {
        Api.Reply reply = librarian.post("/api/sources", "application/json", json);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    private static void awaitFound(String word) {
        assertTrue(waitFor(() -> hits(word), h -> h.size() == 1, Duration.ofSeconds(30)), word + " is found");
    }

    private static JsonObject search(String query) {
        Api.Reply reply = Api.at(node.base(), null).get("/api/search?" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static JsonArray hits(String q) {
        return search("q=" + encode(q)).getJsonArray("hits");
    }

    private static JsonObject openSearch(String path) {
        try {
            HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(opensearch.url() + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply::body);
            return Json.createReader(new StringReader(reply.body())).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A made-up word no other test or seed uses, so that each test sees only its own data. */
    private static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static <T> boolean waitFor(Supplier<T> probe, Predicate<T> done, Duration limit) {
        return Waiting.until(probe, done, limit, Duration.ofMillis(50));
    }
}
