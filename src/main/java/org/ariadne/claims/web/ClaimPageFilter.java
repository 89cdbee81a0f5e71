package org.ariadne.claims.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stable, shareable addresses: /claims/{id} shows the page of that claim; the claims pages themselves pass. */
@WebFilter(urlPatterns = "/claims/*")
public class ClaimPageFilter extends HttpFilter {

    private static final Pattern CLAIM = Pattern.compile("/claims/([0-9]{1,18})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher = CLAIM.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches()) {
            request.getRequestDispatcher("/claims/view.xhtml?id=" + matcher.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
