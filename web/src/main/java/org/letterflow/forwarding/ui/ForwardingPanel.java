package org.letterflow.forwarding.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.letterflow.forwarding.boundary.Chains;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.boundary.Reissues;
import org.letterflow.forwarding.boundary.Sendings;
import org.letterflow.forwarding.boundary.DistributionLists;
import org.letterflow.forwarding.boundary.DistributionLists.DistributionList;
import org.letterflow.forwarding.boundary.Recipients;
import org.letterflow.forwarding.entity.Delivery;
import org.letterflow.forwarding.entity.DeliveryJob;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.organisation.ui.OrganisationPicker;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.LetterSummary;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Direction;

/**
 * The forwarding part of a letter card: sending a registered outgoing letter to subordinates
 * (with the job's progress), and for a letter that came by a sending, the recipient's marks and
 * its re-issue further down.
 */
@Named
@ViewScoped
@ShowsProblems
public class ForwardingPanel implements Serializable {

    @Inject
    transient Deliveries deliveries;

    @Inject
    transient Sendings sendings;

    @Inject
    transient Reissues reissues;

    @Inject
    transient Chains chains;

    @Inject
    transient Letters letters;

    @Inject
    transient DistributionLists distributionLists;

    private long letterId;
    private boolean sendable;
    private boolean reissuable;
    private boolean hasChain;
    private Long deliveryId;
    private final OrganisationPicker picker = new OrganisationPicker();
    private List<Long> picked = new ArrayList<>();
    private boolean subordinates;
    private OrganisationKind kind;
    private LocalDate dueOn;
    private List<Long> lists = new ArrayList<>();
    private List<DistributionList> ownLists;
    private String newListName;
    private Long jobId;
    private transient DeliveryJob job;
    private transient Delivery delivery;

    @PostConstruct
    void init() {
        letterId = PageParameters.id("id", Text.LETTER_NOT_FOUND);
        LetterSummary letter = letters.summary(letterId);
        sendable = letter.direction() == Direction.OUTGOING && letter.registered();
        reissuable = letter.direction() == Direction.INCOMING && letter.registered() && reissues.mayReissue();
        deliveryId = deliveries.ofRegistered(letterId).map(Delivery::getId).orElse(null);
        hasChain = chains.hasChain(letterId);
        ownLists = sendable ? distributionLists.own() : List.of();
    }

    public List<Long> complete(String typed) {
        return picker.offer(sendings.reachable(typed, 20));
    }

    public String name(Long organisationId) {
        return picker.name(organisationId);
    }

    public void send() {
        DeliveryJob started = sendings.send(letterId, new Recipients(picked, subordinates, kind, lists, dueOn));
        jobId = started.getId();
        job = started;
        picked = new ArrayList<>();
        subordinates = false;
        kind = null;
        lists = new ArrayList<>();
        hasChain = true;
    }

    /** Keeps the organisations picked one by one as a named list for the next sending. */
    public void saveList() {
        distributionLists.create(newListName, picked);
        ownLists = distributionLists.own();
        newListName = null;
    }

    public List<DistributionList> getOwnLists() {
        return ownLists;
    }

    public List<Long> getLists() {
        return lists;
    }

    public void setLists(List<Long> lists) {
        this.lists = lists == null ? new ArrayList<>() : new ArrayList<>(lists);
    }

    public String getNewListName() {
        return newListName;
    }

    public void setNewListName(String newListName) {
        this.newListName = newListName;
    }

    /** The poll's action: the sending's progress as it stands now. */
    public void refreshJob() {
        if (jobId != null) {
            job = sendings.job(jobId);
        }
    }

    public DeliveryJob getJob() {
        return job;
    }

    public boolean isRunning() {
        return getJob() != null && getJob().getState() == DeliveryJob.State.RUNNING;
    }

    public String getProgress() {
        DeliveryJob j = getJob();
        if (j == null) {
            return "";
        }
        ResourceBundle msg = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        return switch (j.getState()) {
            case RUNNING -> MessageFormat.format(msg.getString("send.progress"), j.getDone(), j.getTotal());
            case DONE -> MessageFormat.format(msg.getString("send.done"), j.getTotal(), j.getDelivered());
            case FAILED -> MessageFormat.format(msg.getString("send.failed"), j.getProblem());
        };
    }

    /** The delivery this incoming letter was registered from, or null when it came another way. */
    public Delivery getDelivery() {
        if (deliveryId != null && delivery == null) {
            delivery = deliveries.find(deliveryId);
        }
        return delivery;
    }

    public void acknowledge() {
        delivery = deliveries.acknowledge(deliveryId);
    }

    public void execute() {
        delivery = deliveries.execute(deliveryId);
    }

    public String reissue() {
        return "/letter?faces-redirect=true&id=" + reissues.reissue(letterId);
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public boolean isSendable() {
        return sendable;
    }

    public boolean isReissuable() {
        return reissuable;
    }

    public boolean isHasChain() {
        return hasChain;
    }

    public List<Long> getPicked() {
        return picked;
    }

    public void setPicked(List<Long> picked) {
        this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
    }

    public boolean isSubordinates() {
        return subordinates;
    }

    public void setSubordinates(boolean subordinates) {
        this.subordinates = subordinates;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public long getLetterId() {
        return letterId;
    }
}
