package org.ariadne.catalog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stable, shareable addresses: /sources/{id} shows the page of that source. */
@WebFilter(urlPatterns = "/sources/*")
public class SourcePageFilter extends HttpFilter {

    private static final Pattern SOURCE = Pattern.compile("/sources/([0-9]{1,18})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher matcher = SOURCE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (matcher.matches()) {
            request.getRequestDispatcher("/catalog/sources/view.xhtml?id=" + matcher.group(1)).forward(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
