package org.ariadne.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.FixityReport;
import org.ariadne.catalog.application.FixityService;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** {@code /catalog/fixity.xhtml} (admin): the fixity report, and a button to re-check every archived text now. */
@Named
@ViewScoped
public class FixityBacking implements Serializable {

    @Inject
    FixityService fixity;

    private FixityReport report;

    public void load() {
        report = fixity.report();
    }

    public void checkNow() {
        report = fixity.checkNow();
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        FixityReport.Run run = report.lastRun();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(msg.getString("fixity.done"), run.checked(), run.failed()), null));
    }

    /** The label of a failure's outcome (changed or missing). */
    public String outcome(FixityReport.Failure failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString("fixity.outcome." + failure.outcome());
    }

    public FixityReport getReport() {
        return report;
    }
}
