package org.letterflow.approval.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.approval.control.ApprovalListing;
import org.letterflow.organisation.boundary.ListPreferences;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.BusinessException;
import org.letterflow.organisation.ui.ListMemory;
import org.letterflow.organisation.ui.ListRows;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Letter;
import org.primefaces.component.datatable.DataTable;

/**
 * "На согласовании": the drafts waiting for the signed-in approver's decision, sortable by subject,
 * initiator and start, filtered by the start's day, initiator and subject (ApprovalListing), paged;
 * the person's choice is remembered ("approvals").
 */
@Named
@ViewScoped
@ShowsProblems
public class PendingApprovals implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final String LIST = "approvals";

    /** A row of the page. */
    public record Row(long letterId, String subject, String initiator, String startedAt, int round, String earlier,
                      boolean signature, LocalDateTime started) implements ApprovalListing.Line {
    }

    @Inject
    transient Approvals approvals;

    @Inject
    transient Letters letters;

    @Inject
    transient Users users;

    @Inject
    transient ListPreferences preferences;

    private transient List<Row> rows;
    private ListMemory memory;
    private ApprovalListing listing = ApprovalListing.read(Map.of());
    private ListRows<Row> shown;

    @PostConstruct
    void init() {
        memory = new ListMemory(LIST, ApprovalListing.SORTABLE, preferences.of(LIST));
        try {
            listing = ApprovalListing.read(memory.getFilters());
        } catch (BusinessException stale) {
            preferences.remember(LIST, memory.cleared());
        }
        shown = new ListRows<>(() -> getRows().stream().filter(listing::matches).toList(), ApprovalListing::order,
                Row::letterId, memory, this::loaded);
    }

    void loaded(String field, boolean ascending, int pageSize) {
        if (memory.loaded(field, ascending, pageSize)) {
            preferences.remember(LIST, memory.choice());
        }
    }

    /** Every draft waiting for the caller, oldest first, whatever the filters. */
    public List<Row> getRows() {
        if (rows == null) {
            var zone = users.me().getOrganisation().getTimeZone();
            rows = approvals.pending().stream().map(p -> {
                Letter letter = letters.find(p.sheet().getLetterId());
                String earlier = p.sheet().getSteps().stream().filter(s -> s.isDecided())
                        .map(s -> s.getApprover() + ": " + s.getResult().printed()
                                + (s.getRemarks() == null ? "" : " — " + s.getRemarks()))
                        .collect(Collectors.joining("; "));
                LocalDateTime started = p.sheet().getStartedAt().atZone(zone).toLocalDateTime();
                return new Row(letter.getId(), letter.getSubject(), p.sheet().getInitiator(), TIME.format(started),
                        p.sheet().getRound(), earlier, p.step().isSignature(), started);
            }).toList();
        }
        return rows;
    }

    public ListRows<Row> getShown() {
        return shown;
    }

    public ListMemory getMemory() {
        return memory;
    }

    public void applyFilters() {
        listing = ApprovalListing.read(memory.getFilters());
        preferences.remember(LIST, memory.filtered());
        firstPage();
    }

    public void clearFilters() {
        listing = ApprovalListing.read(Map.of());
        preferences.remember(LIST, memory.cleared());
        firstPage();
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":pending");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
