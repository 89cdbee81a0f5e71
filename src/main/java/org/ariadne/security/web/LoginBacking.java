package org.ariadne.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.ariadne.security.infrastructure.AriadneAuthentication;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The login form and logout. After login the user goes back to the page that asked for it (a local path only). */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                external.redirect(safeNext(external.getRequestContextPath()));
                faces.responseComplete();
                return null;
            }
            case SEND_CONTINUE -> {
                faces.responseComplete();
                return null;
            }
            default -> {
                Object wait = external.getRequestMap().get(AriadneAuthentication.RETRY_AFTER);
                String message = wait == null ? bundle().getString("login.failed")
                        : MessageFormat.format(bundle().getString("login.throttled"), wait);
                faces.addMessage("login:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                faces.validationFailed();
                return null;
            }
        }
    }

    public String logout() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/catalog/sources/list?faces-redirect=true";
    }

    private String safeNext(String contextPath) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return contextPath + "/catalog/sources/list.xhtml";
    }

    private ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
