package org.ariadne.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.security.application.Accounts;
import org.ariadne.security.application.Accounts.FailedLoginRecord;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Refused logins, newest first, paged in the database. */
@Named
@ViewScoped
public class FailedLoginsBacking implements Serializable {

    @Inject
    Accounts accounts;

    private final LazyDataModel<FailedLoginRecord> model = new FailedLoginModel();

    public LazyDataModel<FailedLoginRecord> getModel() {
        return model;
    }

    private class FailedLoginModel extends LazyDataModel<FailedLoginRecord> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.failedLoginCount();
        }

        @Override
        public List<FailedLoginRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            setRowCount((int) accounts.failedLoginCount());
            return accounts.failedLogins(first, pageSize);
        }

        @Override
        public String getRowKey(FailedLoginRecord login) {
            return login.at() + "|" + login.username() + "|" + login.address();
        }
    }
}
