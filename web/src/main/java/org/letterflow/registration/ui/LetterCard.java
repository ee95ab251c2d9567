package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.letterflow.organisation.boundary.Users;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.letterflow.document.UploadLimit;
import org.letterflow.extraction.boundary.Extractions;
import org.letterflow.extraction.control.AttachmentDeadlines;
import org.letterflow.extraction.entity.LetterDeadline;
import org.letterflow.extraction.entity.SourcedDeadline;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.LetterRow;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.AuditEvent;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;
import org.letterflow.registration.entity.LetterState;
import org.primefaces.event.FileUploadEvent;

/** The letter's card (letter.xhtml?id=…): requisites, files with preview, links and history. */
@Named
@ViewScoped
@ShowsProblems
public class LetterCard implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    transient Letters letters;

    @Inject
    transient Users users;

    @Inject
    UploadLimit uploadLimit;

    @Inject
    transient Extractions extractions;

    private long id;
    private Letter letter;
    private List<Attachment> attachments;
    private List<AuditEvent> history;
    private Map<String, String> actorNames;
    private List<LetterRow> answered;
    private List<LetterRow> reissueOf;
    private List<LetterRow> reissuedAs;
    private List<LetterDeadline> deadlines;
    private Extractions.AttachmentProposals proposals;
    private LocalDate newDue;
    private String newSaid;

    @PostConstruct
    void init() {
        id = PageParameters.id("id", "Письмо не найдено");
        letter = letters.open(id);
        reloadDetails();
    }

    /** Files, history and links, read again after anything that changes them. */
    private void reloadDetails() {
        attachments = letters.attachments(id);
        history = letters.history(id);
        actorNames = users.shortNames(history.stream().map(AuditEvent::getActor).toList());
        answered = letters.linked(id, LetterLink.REPLY_TO);
        reissueOf = letters.linked(id, LetterLink.REISSUE_OF);
        reissuedAs = letters.linkedTo(id, LetterLink.REISSUE_OF);
        deadlines = extractions.deadlines(id);
        proposals = extractions.attachmentDeadlines(id);
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
            throw BusinessException.invalid("newDue", "Укажите дату срока");
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

    public void upload(FileUploadEvent event) {
        uploadLimit.check(event.getFile().getSize());
        letters.attach(id, event.getFile().getFileName(), event.getFile().getContent());
        reloadDetails();
    }

    /** Registers the draft and opens the card afresh: the panels below (approval, sending) change with it. */
    public String register() {
        letters.register(id, null, null);
        return "/letter?faces-redirect=true&id=" + id;
    }

    public void send() {
        letter = letters.send(id);
        reloadDetails();
    }

    public String time(AuditEvent event) {
        return TIME.format(event.getAt().atZone(letter.getOrganisation().getTimeZone()));
    }

    /** "№ 57-0144 от 15.01.2021", or nothing for a draft. */
    public String heading() {
        return letter.getRegistrationNumber() == null ? ""
                : "№ " + letter.getRegistrationNumber() + " от " + Letters.DATE.format(letter.getRegistrationDate());
    }

    public String receivedAt() {
        return letter.getReceivedAt() == null ? ""
                : TIME.format(letter.getReceivedAt().atZone(letter.getOrganisation().getTimeZone()));
    }

    public Attachment getPreview() {
        return attachments.stream().filter(Attachment::isPdf).findFirst().orElse(null);
    }


    /** Incoming-only requisites (received at, the correspondent's own number) are not shown on other cards. */
    public boolean isIncoming() {
        return letter.getDirection() == Direction.INCOMING;
    }

    /** Who did it, by name ("Е.Н. Иванова"), not by login. */
    public String actor(AuditEvent event) {
        return actorNames.getOrDefault(event.getActor(), event.getActor());
    }

    public boolean isDraft() {
        return letter.getState() == LetterState.DRAFT;
    }

    /** Whether an approval round of this draft is under way (asked afresh: the approval panel starts one). */
    public boolean isOnApproval() {
        return isDraft() && letters.onApproval(id);
    }

    /**
     * Only a clerk registers (an executor preparing a draft is not offered the button), and a draft
     * on approval is registered by its signature only: the card offers no other way.
     */
    public boolean isRegistrable() {
        return isDraft() && !isOnApproval()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CLERK");
    }

    public boolean isSendable() {
        return letter.getState() == LetterState.REGISTERED && letter.getDirection() == Direction.OUTGOING;
    }

    public Letter getLetter() {
        return letter;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public List<LetterRow> getAnswered() {
        return answered;
    }

    /** The incoming letter this one passes on: «Во исполнение вх. № … от …». */
    public List<LetterRow> getReissueOf() {
        return reissueOf;
    }

    /** The letters that passed this one on: «Переадресовано письмом № … от …» (a draft: «проект»). */
    public List<LetterRow> getReissuedAs() {
        return reissuedAs;
    }

    public String numbered(LetterRow row) {
        return Letters.numbered(row);
    }

    public long getId() {
        return id;
    }
}
