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
import java.util.Map;
import java.util.stream.Collectors;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.approval.control.ApprovalListing;
import org.letterflow.organisation.boundary.ListPreferences;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.organisation.ui.ListMemory;
import org.letterflow.organisation.ui.ListRows;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.LetterSummary;
import org.letterflow.registration.boundary.Letters;
import org.primefaces.component.datatable.DataTable;

/**
 * "На согласовании": the drafts waiting for the signed-in approver's decision, sortable by subject,
 * initiator and start, filtered by the start's day, initiator and subject (ApprovalListing), paged,
 * each page a query of its own; the person's choice is remembered ("approvals").
 */
@Named
@ViewScoped
@ShowsProblems
public class PendingApprovals implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final String LIST = "approvals";

    /** A row of the page. */
    public record Row(long letterId, String subject, String initiator, String startedAt, int round, String earlier,
                      boolean signature) {
    }

    @Inject
    transient Approvals approvals;

    @Inject
    transient Letters letters;

    @Inject
    transient Users users;

    @Inject
    transient ListPreferences preferences;

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
        shown = new ListRows<>(this::page, field -> ApprovalListing.COLUMNS.sorts(field), Row::letterId, memory,
                this::loaded);
    }

    void loaded(String field, boolean ascending, int pageSize) {
        if (memory.loaded(field, ascending, pageSize)) {
            preferences.remember(LIST, memory.choice());
        }
    }

    /** A page of the drafts waiting for the caller that pass the filters, with the decisions taken on each so far. */
    ResultPage<Row> page(ListSort sort, int offset, int limit) {
        var zone = users.zone();
        var page = approvals.pending(listing, sort, offset, limit);
        return new ResultPage<>(page.items().stream().map(p -> {
            LetterSummary letter = letters.summary(p.sheet().getLetterId());
            String earlier = p.sheet().getSteps().stream().filter(s -> s.isDecided())
                    .map(s -> s.getApprover() + ": " + s.getResult().printed()
                            + (s.getRemarks() == null ? "" : " — " + s.getRemarks()))
                    .collect(Collectors.joining("; "));
            LocalDateTime started = p.sheet().getStartedAt().atZone(zone).toLocalDateTime();
            return new Row(letter.id(), letter.subject(), p.sheet().getInitiator(), TIME.format(started),
                    p.sheet().getRound(), earlier, p.step().isSignature());
        }).toList(), page.total(), page.totalExact(), page.offset(), page.limit());
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
