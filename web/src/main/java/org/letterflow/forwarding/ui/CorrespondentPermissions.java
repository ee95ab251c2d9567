package org.letterflow.forwarding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letterflow.forwarding.boundary.AllowedCorrespondents;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.ui.ShowsProblems;

/** The administrators' dialog of an organisation's allowed correspondents outside its subtree. */
@Named
@ViewScoped
@ShowsProblems
public class CorrespondentPermissions implements Serializable {

    @Inject
    transient AllowedCorrespondents allowed;

    @Inject
    transient Deliveries deliveries;

    private long organisationId;
    private String organisationName;
    private List<Organisation> correspondents = List.of();
    private final Map<Long, String> names = new HashMap<>();
    private Long candidate;

    public void open(Organisation organisation) {
        organisationId = organisation.getId();
        organisationName = organisation.getShortName();
        correspondents = allowed.of(organisationId);
        candidate = null;
    }

    public List<Long> complete(String typed) {
        List<Long> found = new ArrayList<>();
        for (Organisation o : deliveries.reachable(typed, 20)) {
            names.put(o.getId(), o.getShortName());
            found.add(o.getId());
        }
        return found;
    }

    public String name(Long id) {
        return names.getOrDefault(id, String.valueOf(id));
    }

    public void add() {
        if (candidate != null) {
            allowed.allow(organisationId, candidate);
            correspondents = allowed.of(organisationId);
            candidate = null;
        }
    }

    public void remove(long correspondentId) {
        allowed.forbid(organisationId, correspondentId);
        correspondents = allowed.of(organisationId);
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public List<Organisation> getCorrespondents() {
        return correspondents;
    }

    public Long getCandidate() {
        return candidate;
    }

    public void setCandidate(Long candidate) {
        this.candidate = candidate;
    }
}
