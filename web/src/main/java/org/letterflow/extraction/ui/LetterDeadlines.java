package org.letterflow.extraction.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.extraction.boundary.Extractions;
import org.letterflow.extraction.control.AttachmentDeadlines;
import org.letterflow.extraction.entity.LetterDeadline;
import org.letterflow.extraction.entity.SourcedDeadline;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.ui.AttachmentAdded;

/** The due dates on the letter's card (letter.xhtml?id=…): those kept, those its attachments propose. */
@Named
@ViewScoped
@ShowsProblems
public class LetterDeadlines implements Serializable {

    @Inject
    transient Extractions extractions;

    private long id;
    private List<LetterDeadline> deadlines;
    private Extractions.AttachmentProposals proposals;
    private LocalDate newDue;
    private String newSaid;

    @PostConstruct
    void init() {
        id = PageParameters.id("id", Text.LETTER_NOT_FOUND);
        reload();
    }

    private void reload() {
        deadlines = extractions.deadlines(id);
        proposals = extractions.attachmentDeadlines(id);
    }

    /** A new file may propose due dates of its own. */
    void attachmentAdded(@Observes(notifyObserver = Reception.IF_EXISTS) AttachmentAdded added) {
        if (added.letterId() == id) {
            reload();
        }
    }

    /** The due dates the letter's attachments propose, not yet among its own. */
    public List<SourcedDeadline> getProposals() {
        return proposals.deadlines();
    }

    /** Files too long to be read for deadlines to the end. */
    public List<String> getCutShort() {
        return proposals.cutShort();
    }

    public int getProposalPages() {
        return AttachmentDeadlines.MAX_PAGES;
    }

    /** One proposal among the letter's due dates, in one click. */
    public void take(SourcedDeadline proposal) {
        deadlines = extractions.takeAttachmentDeadline(id, proposal.date(), proposal.source().file());
        proposals = extractions.attachmentDeadlines(id);
    }

    public void takeAll() {
        deadlines = extractions.takeAttachmentDeadlines(id);
        proposals = extractions.attachmentDeadlines(id);
    }

    /** "15.03.2027". */
    public String date(LocalDate date) {
        return date == null ? "" : Letters.DATE.format(date);
    }

    /** A due date the clerk enters by hand (one the text states in a way extraction missed). */
    public void addDeadline() {
        if (newDue == null) {
            throw BusinessException.invalid("newDue", Text.DEADLINE_DATE_MISSING);
        }
        deadlines = extractions.keepDeadlines(id, List.of(new Extractions.DueDate(newDue, newSaid, null, false)));
        newDue = null;
        newSaid = null;
    }

    public LocalDate getNewDue() {
        return newDue;
    }

    public void setNewDue(LocalDate newDue) {
        this.newDue = newDue;
    }

    public String getNewSaid() {
        return newSaid;
    }

    public void setNewSaid(String newSaid) {
        this.newSaid = newSaid;
    }

    /** The due dates kept for the letter: what its recipients must do by when. */
    public List<LetterDeadline> getDeadlines() {
        return deadlines;
    }
}
