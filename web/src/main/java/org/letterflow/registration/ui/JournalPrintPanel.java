package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.Journals;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.JournalPeriod;
import org.letterflow.registration.entity.RegistrationJournal;

/**
 * «Печать журнала» on Входящие and Исходящие: a journal of the page's direction and a period; the
 * PDF and XLSX are links under /files/, so they open with the page's own session.
 */
@Named
@ViewScoped
@ShowsProblems
public class JournalPrintPanel implements Serializable {

    @Inject
    transient Journals journals;

    private List<RegistrationJournal> all;
    private Long journalId;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        Direction direction = view.contains("outbox") ? Direction.OUTGOING : Direction.INCOMING;
        all = journals.mine().stream().filter(j -> j.getDirection() == direction).toList();
        journalId = all.stream().filter(RegistrationJournal::isActive).map(RegistrationJournal::getId).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0).getId());
        to = journals.today();
        from = to.withDayOfMonth(1);
    }

    /** Checks the period as it is chosen, so a wrong one is said at once, in words, and no link is offered. */
    public void check() {
        new JournalPeriod(from, to);
    }

    /** Whether a journal and a sound period are chosen, so the links may be offered. */
    public boolean isReady() {
        if (journalId == null) {
            return false;
        }
        try {
            new JournalPeriod(from, to);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The address of the print in one format ("pdf", "xlsx") under the page's context path. */
    public String href(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/files/journals/"
                + journalId + "/print." + format + "?from=" + Filing.DATE.format(from) + "&to=" + Filing.DATE.format(to);
    }

    public List<RegistrationJournal> getJournals() {
        return all;
    }

    public Long getJournalId() {
        return journalId;
    }

    public void setJournalId(Long journalId) {
        this.journalId = journalId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
