package org.ariadne.security.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ariadne.security.application.Accounts;
import org.ariadne.security.application.LoginThrottle;
import org.ariadne.security.domain.FailedLogin;
import org.ariadne.shared.rest.Problem;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism for both kinds of client: HTTP Basic for the API (no session), a login form for the pages (the
 * login page authenticates programmatically; the caller is kept in the HTTP session, whose id changes at login).
 * Protected pages send an anonymous visitor to the login page; anonymous API calls stay anonymous and reading is
 * allowed, while a write is refused by the EJB boundary with 401.
 */
@ApplicationScoped
public class AriadneAuthentication implements HttpAuthenticationMechanism {

    private static final int TOO_MANY_REQUESTS = 429;

    static final String SESSION_CALLER = AriadneAuthentication.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Set on a login page request that was refused because of too many failures: the seconds left to wait. */
    public static final String RETRY_AFTER = AriadneAuthentication.class.getName() + ".retryAfter";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    Accounts accounts;

    @Inject
    MeterRegistry meters;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String username = credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
        Optional<Duration> wait = throttle.waitBefore(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            throttled(username, request);
            long seconds = seconds(wait.get());
            request.setAttribute(RETRY_AFTER, seconds);
            context.getResponse().setStatus(TOO_MANY_REQUESTS);
            context.getResponse().setHeader("Retry-After", Long.toString(seconds));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed(username, request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(username);
        // A new session id at login, so that an id planted before login (session fixation) is worth nothing.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER,
                new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(response, "The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(response, "The Authorization header is not valid Basic credentials.");
        }
        String username = decoded.substring(0, colon);
        Optional<Duration> wait = throttle.waitBefore(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            throttled(username, request);
            long seconds = seconds(wait.get());
            return problem(response, TOO_MANY_REQUESTS, seconds, Problem.of(TOO_MANY_REQUESTS, "too-many-logins",
                    "Too many failed logins", "Too many failed logins for this user name or from this address: "
                            + "try again in " + seconds + " seconds."));
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username, decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed(username, request);
            return refuse(response, "The user name or password is wrong.");
        }
        throttle.succeeded(username);
        return context.notifyContainerAboutLogin(result);
    }

    private void failed(String username, HttpServletRequest request) {
        throttle.failed(username, request.getRemoteAddr());
        accounts.recordFailedLogin(username, request.getRemoteAddr(), FailedLogin.Reason.REJECTED);
        meters.counter("ariadne.logins.failed", "reason", "rejected").increment();
    }

    private void throttled(String username, HttpServletRequest request) {
        accounts.recordFailedLogin(username, request.getRemoteAddr(), FailedLogin.Reason.THROTTLED);
        meters.counter("ariadne.logins.failed", "reason", "throttled").increment();
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Ariadne\", charset=\"UTF-8\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, 0,
                Problem.of(401, "unauthorized", "Not authenticated", detail));
    }

    private AuthenticationStatus problem(HttpServletResponse response, int status, long retryAfter, Problem problem) {
        try {
            response.setStatus(status);
            if (retryAfter > 0) {
                response.setHeader("Retry-After", Long.toString(retryAfter));
            }
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem.toJson());
            // committed now: the container sends its own error page for a refused authentication otherwise
            // (it then logs that the response was committed already)
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    /** Who is logged in on a page session. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }
}
