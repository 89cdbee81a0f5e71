package org.ariadne.security.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.security.application.Accounts;
import org.ariadne.security.application.Accounts.UserRecord;
import org.ariadne.shared.domain.ConflictException;
import org.ariadne.shared.domain.NotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import static org.ariadne.security.web.UsersBacking.error;
import static org.ariadne.security.web.UsersBacking.text;

/** One user, for an administrator: roles, enabled, a new password. */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    @Inject
    Accounts accounts;

    private String name;
    private UserRecord user;
    private List<String> roles = new ArrayList<>();
    private boolean enabled;
    private String newPassword;

    public void load() throws IOException {
        try {
            user = accounts.get(name == null ? "" : name);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        roles = new ArrayList<>(user.roles().stream().sorted().toList());
        enabled = user.enabled();
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            user = accounts.change(name, Optional.of(new LinkedHashSet<>(roles)), Optional.of(enabled));
        } catch (ConflictException e) {
            error(faces, null, MessageFormat.format(text(faces, "users.lastAdmin"), name));
            faces.validationFailed();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text(faces, "users.saved"), name), null));
        return null;
    }

    public String resetPassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPassword == null || newPassword.length() < 8) {
            error(faces, "password:newPassword", text(faces, "users.passwordShort"));
            faces.validationFailed();
            return null;
        }
        accounts.resetPassword(name, newPassword.toCharArray());
        newPassword = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text(faces, "users.passwordReset"), name), null));
        return null;
    }

    public UserRecord getUser() {
        return user;
    }

    public List<String> getAllRoles() {
        return org.ariadne.security.domain.Roles.ALL;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
