package org.ariadne.security.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.ariadne.it.Api;
import org.ariadne.it.Deployments;
import org.ariadne.it.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login throttling, session fixation, cookie flags, the Content-Security-Policy, CSRF on forms, the user
 * administration API and the health endpoints, over plain HTTP as a browser or a script would meet them.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ariadne();
    }

    @BeforeEach
    void users() {
        TestUsers.ensure();
    }

    @Test
    void guessingPasswordsIsSlowedDownEvenForTheRightPasswordAndAdministratorsSeeIt() {
        String name = fresh("guessed");
        String password = "right-horse-battery";
        assertEquals(201, createUser(name, password, "[\"writer\"]").status());

        for (int i = 0; i < 5; i++) {
            Api.Reply wrong = basic(name, "wrong-" + i).get("/api/users");
            assertEquals(401, wrong.status(), wrong::toString);
        }
        Api.Reply throttled = basic(name, password).post("/api/claims", "application/json", "{}");
        assertEquals(429, throttled.status(), throttled::toString);
        assertTrue(throttled.header("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> throttled.response().headers() + " " + throttled.text());
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "waits 5 seconds after the fifth failure: " + retryAfter);
        assertTrue(throttled.json().getString("detail").contains("try again in"));

        // the login page says the same for the same name, and refuses without looking at the password
        Page login = Page.get("/login.xhtml", null);
        Page refused = login.post("/login.xhtml", Map.of("login", "login", "login:username", name,
                "login:password", password, "login:next", "", "login:submit", ""));
        assertEquals(429, refused.status, refused.body);
        assertTrue(refused.body.contains("Too many failed logins"), refused.body);

        JsonObject failed = Api.as("admin").get("/api/failed-logins?size=50").json();
        assertTrue(failed.getJsonNumber("total").longValue() >= 7);
        List<String> reasons = failed.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("username").equals(name))
                .map(item -> item.getString("reason")).toList();
        assertEquals(5, reasons.stream().filter("rejected"::equals).count(), reasons::toString);
        assertEquals(2, reasons.stream().filter("throttled"::equals).count(), reasons::toString);
        assertEquals(403, Api.as("writer").get("/api/failed-logins").status());
    }

    @Test
    void failedLoginsOlderThanTheRetentionPeriodAreDeleted() throws InterruptedException {
        String name = fresh("forgotten");
        for (int i = 0; i < 2; i++) {
            int status = basic(name, "wrong-" + i).get("/api/users").status();
            assertTrue(status == 401 || status == 429, "refused: " + status);
        }
        Api admin = Api.as("admin");
        assertEquals(403, Api.as("librarian").post("/api/failed-logins/purge", "application/json", "").status());

        Api.Reply kept = admin.post("/api/failed-logins/purge", "application/json", "");
        assertEquals(200, kept.status(), kept::toString);
        assertEquals(2, failedLoginsOf(name), "recent ones stay (the default period is 90 days)");
        Api.Reply bad = admin.post("/api/failed-logins/purge?olderThan=ninety", "application/json", "");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.text().contains("olderThan"), bad::toString);
        assertEquals(2, failedLoginsOf(name));

        Thread.sleep(1500);
        Api.Reply purged = admin.post("/api/failed-logins/purge?olderThan=PT1S", "application/json", "");
        assertEquals(200, purged.status(), purged::toString);
        assertTrue(purged.json().getInt("deleted") >= 2, purged::toString);
        assertEquals(0, failedLoginsOf(name), "older than the period: deleted");
        java.time.Instant before = java.time.Instant.parse(purged.json().getString("before"));
        assertTrue(before.isBefore(java.time.Instant.now()) && before.isAfter(java.time.Instant.now().minusSeconds(60)));
    }

    private static long failedLoginsOf(String name) {
        return Api.as("admin").get("/api/failed-logins?size=1000").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(item -> item.getString("username").equals(name)).count();
    }

    @Test
    void loggingInGivesANewSessionIdAndTheOldOneStaysAnonymous() {
        Page login = Page.get("/login.xhtml", null);
        String before = login.cookies.get("JSESSIONID");
        assertTrue(before != null, "the login page starts a session for its view state");
        Page loggedIn = login.post("/login.xhtml", Map.of("login", "login", "login:username", "admin",
                "login:password", Api.passwordOf("admin"), "login:next", "/admin/users.xhtml", "login:submit", ""));
        assertEquals(302, loggedIn.status, loggedIn.body);
        String after = loggedIn.cookies.get("JSESSIONID");
        assertTrue(after != null && !after.equals(before), "a new session id at login");

        Page withOldId = Page.get("/admin/users.xhtml", Map.of("JSESSIONID", before));
        assertEquals(302, withOldId.status, "the id from before login is not logged in");
        assertTrue(withOldId.location().contains("/login.xhtml"));
        Page withNewId = Page.get("/admin/users.xhtml", loggedIn.cookies);
        assertEquals(200, withNewId.status);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Page login = Page.get("/login.xhtml", null);
        String cookie = login.setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String flags = cookie.toLowerCase();
        assertTrue(flags.contains("httponly"), cookie);
        assertTrue(flags.contains("samesite=lax"), cookie);
        assertFalse(flags.contains("secure"), "Secure only over HTTPS, which this test server does not speak: " + cookie);
    }

    @Test
    void pagesCarryOnePolicyWithANonceThatTheirScriptsUse() {
        Page page = Page.get("/catalog/sources/list.xhtml", null);
        assertEquals(200, page.status);
        assertEquals(1, page.headers.allValues("Content-Security-Policy").size(), page.headers::toString);
        String policy = page.headers.firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.startsWith("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "script-src 'self' 'nonce-"), policy);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find());
        assertTrue(page.body.contains("nonce=\"" + nonce.group(1) + "\""), "inline scripts carry the nonce");
        assertFalse(Pattern.compile("<[^>]+\\son(click|change|keyup|submit)=").matcher(page.body).find(),
                "no inline event handler attributes: PrimeFaces moved them into nonce scripts");
        assertNotEquals(policy, Page.get("/catalog/sources/list.xhtml", null).headers
                .firstValue("Content-Security-Policy").orElseThrow(), "a new nonce for every page");

        Api.Reply api = Api.anonymous().get("/api/sources?size=1");
        assertEquals(List.of("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self'"),
                api.response().headers().allValues("Content-Security-Policy"));
    }

    @Test
    void aFormPostWithoutItsViewStateIsRefusedAndChangesNothing() {
        Page admin = loggedIn("admin");
        Page form = Page.get("/admin/users.xhtml", admin.cookies);
        assertEquals(200, form.status, form.body);
        String forged = fresh("forged");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("users", "users", "users:username", forged,
                "users:password", "forged-password-1", "users:roles", "admin", "users:create", ""));
        fields.put("jakarta.faces.ViewState", "-1234567890123456789:987654321987654321");
        Page refused = form.post("/admin/users.xhtml", fields);
        assertNotEquals(302, refused.status);
        assertFalse(refused.body.contains(forged), "nothing was done with the forged post");
        assertEquals(404, Api.as("admin").get("/api/users/" + forged).status(), "no user was created");

        fields.remove("jakarta.faces.ViewState");
        Page withoutState = form.post("/admin/users.xhtml", fields);
        assertFalse(withoutState.body.contains(forged));
        assertEquals(404, Api.as("admin").get("/api/users/" + forged).status());

        // the same post with the form's own view state goes through: the refusals were the view state's doing (the
        // nonce is what PrimeFaces' script adds to every post; PrimeFaces checks it only when rendering the answer)
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(form.headers.firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find());
        fields.put("primefaces.nonce", nonce.group(1));
        Page accepted = form.postWithViewState("/admin/users.xhtml", fields);
        assertEquals(200, accepted.status, accepted.body);
        assertEquals(200, Api.as("admin").get("/api/users/" + forged).status(), accepted.body);
    }

    @Test
    void administratorsChangeRolesDisableEnableAndResetPasswords() {
        String name = fresh("managed");
        assertEquals(201, createUser(name, "first-password", "[\"reviewer\"]").status());
        Api admin = Api.as("admin");

        Api.Reply changed = admin.send("PATCH", "/api/users/" + name, "{\"roles\":[\"writer\",\"librarian\"]}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(List.of("librarian", "writer"), changed.json().getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(201, basic(name, "first-password").post("/api/sources", "application/json",
                "{\"type\":\"report\",\"title\":\"Made by " + name + "\"}").status(), "the new role works at once");

        assertEquals(200, admin.send("PATCH", "/api/users/" + name, "{\"enabled\":false}").status());
        assertEquals(401, basic(name, "first-password").post("/api/sources", "application/json", "{}").status());
        assertFalse(admin.get("/api/users/" + name).json().getBoolean("enabled"));
        assertEquals(200, admin.send("PATCH", "/api/users/" + name, "{\"enabled\":true}").status());

        assertEquals(204, admin.post("/api/users/" + name + "/password", "application/json",
                "{\"password\":\"second-password\"}").status());
        assertEquals(401, basic(name, "first-password").get("/api/users").status(), "the old password is gone");
        assertEquals(403, basic(name, "second-password").get("/api/users").status(), "the new one logs in");

        Api.Reply badRole = admin.send("PATCH", "/api/users/" + name, "{\"roles\":[\"king\"],\"enabled\":\"yes\"}");
        assertEquals(400, badRole.status());
        assertEquals(List.of("roles", "enabled"), badRole.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        assertEquals(List.of("librarian", "writer"), admin.get("/api/users/" + name).json().getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "a refused change changes nothing");
        Api.Reply shortPassword = admin.post("/api/users/" + name + "/password", "application/json", "{\"password\":\"short\"}");
        assertEquals(400, shortPassword.status());
        assertEquals("password", shortPassword.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, admin.send("PATCH", "/api/users/" + fresh("nobody"), "{\"enabled\":true}").status());
        assertEquals(403, Api.as("librarian").send("PATCH", "/api/users/" + name, "{\"enabled\":false}").status());
        assertEquals(401, Api.anonymous().send("PATCH", "/api/users/" + name, "{\"enabled\":false}").status());

        long administrators = admin.get("/api/users").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getBoolean("enabled") && u.getJsonArray("roles").toString().contains("\"admin\""))
                .count();
        if (administrators == 1) {
            Api.Reply last = admin.send("PATCH", "/api/users/admin", "{\"enabled\":false}");
            assertEquals(409, last.status(), last::toString);
            assertTrue(admin.get("/api/users/admin").json().getBoolean("enabled"));
        }

        JsonObject page = Json.createReader(new StringReader(admin.get("/api/users?page=0&size=1").text())).readArray()
                .getJsonObject(0);
        assertTrue(page.containsKey("username") && !page.containsKey("password") && !page.containsKey("passwordHash"));
        String openapi = Api.anonymous().get("/openapi?format=JSON").text();
        assertTrue(openapi.contains("/api/users/{username}/password") && openapi.contains("/api/failed-logins"));
    }

    @Test
    void operatorsSeeTheDatabaseReady() {
        String management = "http://127.0.0.1:" + System.getProperty("it.management.port", "10090");
        HttpResponse<String> ready = send(HttpRequest.newBuilder(URI.create(management + "/health/ready")).GET());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), ready.body());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(management + "/health/live")).GET()).statusCode());
    }

    private static Api.Reply createUser(String name, String password, String roles) {
        return Api.as("admin").post("/api/users", "application/json",
                "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":" + roles + "}");
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Page loggedIn(String user) {
        Page login = Page.get("/login.xhtml", null);
        Page done = login.post("/login.xhtml", Map.of("login", "login", "login:username", user,
                "login:password", Api.passwordOf(user), "login:next", "", "login:submit", ""));
        assertEquals(302, done.status, done.body);
        return done;
    }

    /** Basic credentials other than the demo users'. */
    private static BasicApi basic(String user, String password) {
        return new BasicApi(user, password);
    }

    private record BasicApi(String user, String password) {
        Api.Reply get(String path) {
            return new Api.Reply(send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray()));
        }

        Api.Reply post(String path, String contentType, String body) {
            return new Api.Reply(send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofByteArray()));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(Api.base() + path)).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A page as a browser without JavaScript gets it: body, headers, the cookies it has. */
    private record Page(int status, String body, java.net.http.HttpHeaders headers, List<String> setCookies,
                        Map<String, String> cookies) {

        static Page get(String path, Map<String, String> cookies) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.base() + path)).GET();
            return of(request, cookies);
        }

        Page post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (!all.containsKey("jakarta.faces.ViewState")) {
                Matcher state = VIEW_STATE.matcher(body);
                if (state.find() && fields.containsKey("login")) {
                    all.put("jakarta.faces.ViewState", state.group(1));
                }
            }
            // what PrimeFaces' script adds to every post under its CSP: the nonce of the page
            Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                    .matcher(headers.firstValue("Content-Security-Policy").orElse(""));
            if (nonce.find()) {
                all.putIfAbsent("primefaces.nonce", nonce.group(1));
            }
            return submit(path, all);
        }

        Page postWithViewState(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            Matcher state = VIEW_STATE.matcher(body.substring(body.indexOf("id=\"users\"")));
            assertTrue(state.find(), "the form has a view state");
            all.put("jakarta.faces.ViewState", state.group(1));
            return submit(path, all);
        }

        private Page submit(String path, Map<String, String> fields) {
            String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", Api.base())
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            return of(request, cookies);
        }

        String location() {
            return headers.firstValue("Location").orElse("");
        }

        private static Page of(HttpRequest.Builder request, Map<String, String> cookies) {
            Map<String, String> jar = new LinkedHashMap<>(cookies == null ? Map.of() : cookies);
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
            List<String> set = response.headers().allValues("Set-Cookie");
            for (String cookie : set) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                jar.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return new Page(response.statusCode(), response.body(), response.headers(), set, jar);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
