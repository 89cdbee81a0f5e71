package org.ariadne.claims.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ariadne.claims.application.ClaimPage;
import org.ariadne.claims.application.ClaimService;
import org.ariadne.claims.domain.ClaimStatus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A review queue: the newest claims of one status (unsupported, disputed, contested, ...). */
@Named
@ViewScoped
public class ClaimQueueBacking implements Serializable {

    /** How many claims one queue page shows. */
    static final int PAGE = 200;

    @Inject
    ClaimService claims;

    private String status = "unsupported";
    private ClaimPage page;

    public void load() {
        List<ClaimStatus> statuses = new ArrayList<>();
        for (ClaimStatus candidate : ClaimStatus.values()) {
            if (candidate.wireName().equals(status)) {
                statuses.add(candidate);
            }
        }
        if (statuses.isEmpty()) {
            status = ClaimStatus.UNSUPPORTED.wireName();
            statuses.add(ClaimStatus.UNSUPPORTED);
        }
        if (statuses.contains(ClaimStatus.DISPUTED)) {
            statuses.add(ClaimStatus.CONTESTED);
        }
        page = claims.list(statuses, 0, PAGE);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public ClaimPage getPage() {
        return page;
    }
}
