package org.ariadne.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone visiting the pages with a browser that runs no JavaScript: one cookie jar for every server on the host
 * (cookies do not care about ports, so the session cookie of one cluster node goes to the others as it would through
 * a load balancer), redirects not followed, forms posted with their view state and the page's CSP nonce as
 * PrimeFaces' script would.
 */
public final class PageVisitor {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** A page as the server answered it. */
    public record Page(String url, int status, String body, String location, String nonce) {

        /** The view state of the (first) form on the page. */
        public String viewState() {
            Matcher state = VIEW_STATE.matcher(body);
            if (!state.find()) {
                throw new AssertionError("No view state on " + url + " (" + status + "): " + body);
            }
            return state.group(1);
        }

        public boolean isLoginPage() {
            return status == 302 && location.contains("/login.xhtml") || body.contains("id=\"login:username\"");
        }
    }

    public Page get(String url) {
        return send(url, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /**
     * Posts a form of {@code page} to {@code url} (the page's own address, or the same path on another node) with
     * the page's view state and nonce; {@code fields} are the form's inputs and the pressed button.
     */
    public Page submit(Page page, String url, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", page.viewState());
        if (page.nonce() != null) {
            all.put("primefaces.nonce", page.nonce());
        }
        StringJoiner form = new StringJoiner("&");
        all.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        URI target = URI.create(url);
        return send(url, HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", target.getScheme() + "://" + target.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** Logs in through the login form of the server at {@code base}; the answer is the redirect after it. */
    public Page logIn(String base, String user, String password) {
        Page login = get(base + "/login.xhtml");
        return submit(login, base + "/login.xhtml", Map.of("login", "login", "login:username", user,
                "login:password", password, "login:next", "", "login:submit", ""));
    }

    /** The value of a cookie the visitor holds, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page send(String url, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher nonce = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
            return new Page(url, response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""), nonce.find() ? nonce.group(1) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
