package org.ariadne.shared.infrastructure;

import jakarta.ejb.EJBContext;
import org.hibernate.envers.RevisionListener;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Stamps each revision with the user whose use case made it (the caller of the EJB whose transaction it is). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).recordUser(caller());
    }

    private static String caller() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            return context.getCallerPrincipal().getName();
        } catch (NamingException | IllegalStateException e) {
            return "system";
        }
    }
}
