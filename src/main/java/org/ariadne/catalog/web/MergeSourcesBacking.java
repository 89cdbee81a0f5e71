package org.ariadne.catalog.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.catalog.application.MergePreview;
import org.ariadne.catalog.application.MergeService;
import org.ariadne.catalog.application.SourceRecord;
import org.ariadne.catalog.domain.SourceMerge;
import org.ariadne.catalog.domain.csl.CslItems;
import org.ariadne.shared.domain.DomainException;
import org.ariadne.shared.domain.InputProblem;
import org.ariadne.shared.domain.InvalidInputException;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge view: two records of one work side by side, a choice per field (defaulting to the best of both), and
 * the merge itself, after which the survivor's page opens.
 */
@Named
@ViewScoped
public class MergeSourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MergeService merges;

    private String survivor;
    private String loser;
    private SourceRecord survivorRecord;
    private SourceRecord loserRecord;
    private String refusal;
    private String tagsText = "";
    private String subjectsText = "";
    private final List<Row> rows = new ArrayList<>();

    /** One field: both values as text, and the choice ("survivor", "loser" or "both"). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String survivorValue;
        private final String loserValue;
        private final boolean canTakeBoth;
        private String choice;

        Row(SourceMerge.Field field) {
            this.name = field.name();
            this.survivorValue = display(field.name(), field.survivor());
            this.loserValue = display(field.name(), field.loser());
            this.canTakeBoth = field.unionable();
            this.choice = field.choice().wireName();
        }

        public String getName() {
            return name;
        }

        public String getSurvivorValue() {
            return survivorValue;
        }

        public String getLoserValue() {
            return loserValue;
        }

        public boolean isCanTakeBoth() {
            return canTakeBoth;
        }

        public boolean isSame() {
            return survivorValue.equals(loserValue);
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }
    }

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        MergePreview preview;
        try {
            preview = merges.preview(Long.parseLong(survivor.strip()), Long.parseLong(loser.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            faces.getExternalContext().responseSendError(404, "No such sources");
            faces.responseComplete();
            return;
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        survivorRecord = preview.survivor();
        loserRecord = preview.loser();
        refusal = preview.refusal();
        tagsText = String.join(", ", preview.tags());
        subjectsText = String.join(", ", preview.subjects());
        rows.clear();
        preview.fields().forEach(field -> rows.add(new Row(field)));
    }

    /** Exchanges the roles: the other record survives. */
    public String swap() {
        return "/catalog/sources/merge?faces-redirect=true&survivor=" + loser + "&loser=" + survivor;
    }

    public String merge() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> choices = new LinkedHashMap<>();
        rows.forEach(row -> choices.put(row.getName(), row.getChoice()));
        try {
            SourceRecord merged = merges.merge(survivorRecord.id(), loserRecord.id(), survivorRecord.version(), choices);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(faces.getApplication().getResourceBundle(faces, "msg")
                    .getString("merge.done")));
            return "/catalog/sources/view?faces-redirect=true&id=" + merged.id();
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        (problem.field() == null ? "" : problem.field() + ": ") + problem.message(), null));
            }
        } catch (DomainException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        return null;
    }

    static String display(String name, Object value) {
        return value == null ? "" : CslItems.readable(name, value).toString();
    }

    public String getSurvivor() {
        return survivor;
    }

    public void setSurvivor(String survivor) {
        this.survivor = survivor;
    }

    public String getLoser() {
        return loser;
    }

    public void setLoser(String loser) {
        this.loser = loser;
    }

    public SourceRecord getSurvivorRecord() {
        return survivorRecord;
    }

    public SourceRecord getLoserRecord() {
        return loserRecord;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getTagsText() {
        return tagsText;
    }

    public String getSubjectsText() {
        return subjectsText;
    }

    public List<Row> getRows() {
        return rows;
    }
}
