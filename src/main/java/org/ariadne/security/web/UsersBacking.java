package org.ariadne.security.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.security.application.Accounts;
import org.ariadne.security.application.Accounts.UserRecord;
import org.ariadne.security.domain.Roles;
import org.ariadne.shared.domain.ConflictException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The administrator's list of users (paged in the database) and the form for a new user. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";

    @Inject
    Accounts accounts;

    private final LazyDataModel<UserRecord> model = new UserModel();
    private String username;
    private String password;
    private List<String> roles = new ArrayList<>();

    public LazyDataModel<UserRecord> getModel() {
        return model;
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean valid = true;
        if (username == null || !username.matches(USERNAME)) {
            error(faces, "users:username", text(faces, "users.usernameInvalid"));
            valid = false;
        }
        if (password == null || password.length() < 8) {
            error(faces, "users:password", text(faces, "users.passwordShort"));
            valid = false;
        }
        if (!valid) {
            faces.validationFailed();
            return null;
        }
        try {
            accounts.create(username, password.toCharArray(), new LinkedHashSet<>(roles));
        } catch (ConflictException e) {
            error(faces, "users:username", MessageFormat.format(text(faces, "users.exists"), username));
            faces.validationFailed();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text(faces, "users.created"), username), null));
        username = null;
        password = null;
        roles = new ArrayList<>();
        return null;
    }

    static void error(FacesContext faces, String clientId, String message) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static String text(FacesContext faces, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
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

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    private class UserModel extends LazyDataModel<UserRecord> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count();
        }

        @Override
        public List<UserRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            setRowCount((int) accounts.count());
            return accounts.page(first, pageSize);
        }

        @Override
        public String getRowKey(UserRecord user) {
            return user.username();
        }

        @Override
        public UserRecord getRowData(String rowKey) {
            return accounts.get(rowKey);
        }
    }
}
