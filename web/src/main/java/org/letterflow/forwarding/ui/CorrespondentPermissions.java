package org.letterflow.forwarding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.letterflow.forwarding.boundary.AllowedCorrespondents;
import org.letterflow.forwarding.boundary.Sendings;
import org.letterflow.organisation.boundary.OrganisationView;
import org.letterflow.organisation.ui.OrganisationPicker;
import org.letterflow.platform.ui.ShowsProblems;

/** The administrators' dialog of an organisation's allowed correspondents outside its subtree. */
@Named
@ViewScoped
@ShowsProblems
public class CorrespondentPermissions implements Serializable {

    @Inject
    transient AllowedCorrespondents allowed;

    @Inject
    transient Sendings sendings;

    private long organisationId;
    private String organisationName;
    private List<OrganisationView> correspondents = List.of();
    private final OrganisationPicker picker = new OrganisationPicker();
    private Long candidate;

    /** Opens the dialog for an organisation of the administrators' tree, named as the tree names it. */
    public void open(long organisationId, String organisationName) {
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        correspondents = allowedNow();
        candidate = null;
    }

    public List<Long> complete(String typed) {
        return picker.offer(sendings.reachable(typed, 20));
    }

    public String name(Long id) {
        return picker.name(id);
    }

    public void add() {
        if (candidate != null) {
            allowed.allow(organisationId, candidate);
            correspondents = allowedNow();
            candidate = null;
        }
    }

    public void remove(long correspondentId) {
        allowed.forbid(organisationId, correspondentId);
        correspondents = allowedNow();
    }

    /** Read through the organisation's view, as the API answers them. */
    private List<OrganisationView> allowedNow() {
        return allowed.of(organisationId).stream().map(OrganisationView::of).toList();
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public List<OrganisationView> getCorrespondents() {
        return correspondents;
    }

    public Long getCandidate() {
        return candidate;
    }

    public void setCandidate(Long candidate) {
        this.candidate = candidate;
    }
}
