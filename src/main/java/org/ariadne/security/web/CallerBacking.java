package org.ariadne.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** Who is looking at the page, for role-aware navigation. */
@Named("caller")
@RequestScoped
public class CallerBacking {

    @Inject
    SecurityContext security;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        return isLoggedIn() ? security.getCallerPrincipal().getName() : "";
    }

    public boolean has(String role) {
        return security.isCallerInRole(role);
    }
}
