package org.ariadne.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/** Who is looking at the page, for role-aware navigation. */
@Named("caller")
@RequestScoped
public class CallerBacking {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    /** Whether someone logged in (an anonymous visitor has no user principal, whatever the security layer calls it). */
    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        return isLoggedIn() ? request.getUserPrincipal().getName() : "";
    }

    public boolean has(String role) {
        return security.isCallerInRole(role);
    }
}
