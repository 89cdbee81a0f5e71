package org.ariadne.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Headers every answer carries: no framing by other sites, no MIME sniffing, no referrer leaks, and one
 * Content-Security-Policy. Every answer starts with {@link #BASE_POLICY} (no script but the site's own files);
 * whoever sets the policy later replaces it rather than adding a second one, which browsers would enforce as
 * well: PrimeFaces on pages (the same policy with the request's script nonce appended, web.xml
 * {@code primefaces.CSP_POLICY}), the API on archived texts (a sandbox).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    static final String BASE_POLICY =
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, BASE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A response on which adding a Content-Security-Policy replaces the one there is. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
