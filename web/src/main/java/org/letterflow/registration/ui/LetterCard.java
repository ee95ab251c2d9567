package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
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
import org.letterflow.platform.Text;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.ui.PageParameters;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.registration.boundary.LetterFiles;
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
    transient LetterFiles files;

    @Inject
    transient Users users;

    @Inject
    UploadLimit uploadLimit;

    @Inject
    Event<AttachmentAdded> attachmentAdded;

    private long id;
    private Letter letter;
    private List<Attachment> attachments;
    private List<AuditEvent> history;
    private Map<String, String> actorNames;
    private List<LetterRow> answered;
    private List<LetterRow> reissueOf;
    private List<LetterRow> reissuedAs;

    @PostConstruct
    void init() {
        id = PageParameters.id("id", Text.LETTER_NOT_FOUND);
        letter = letters.open(id);
        reloadDetails();
    }

    /** Files, history and links, read again after anything that changes them. */
    private void reloadDetails() {
        attachments = files.attachments(id);
        history = letters.history(id);
        actorNames = users.shortNames(history.stream().map(AuditEvent::getActor).toList());
        answered = letters.linked(id, LetterLink.REPLY_TO);
        reissueOf = letters.linked(id, LetterLink.REISSUE_OF);
        reissuedAs = letters.linkedTo(id, LetterLink.REISSUE_OF);
    }

    /** "15.03.2027". */
    public String date(LocalDate date) {
        return date == null ? "" : Letters.DATE.format(date);
    }

    public void upload(FileUploadEvent event) {
        uploadLimit.check(event.getFile().getSize());
        files.attach(id, event.getFile().getFileName(), event.getFile().getContent());
        reloadDetails();
        attachmentAdded.fire(new AttachmentAdded(id));
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
        return TIME.format(event.getAt().atZone(letter.getTimeZone()));
    }

    /** "№ 57-0144 от 15.01.2021", or nothing for a draft. */
    public String heading() {
        return letter.getRegistrationNumber() == null ? ""
                : Text.LETTER_NUMBERED_DATED.format(letter.getRegistrationNumber(),
                        Letters.DATE.format(letter.getRegistrationDate()));
    }

    public String receivedAt() {
        return letter.getReceivedAt() == null ? ""
                : TIME.format(letter.getReceivedAt().atZone(letter.getTimeZone()));
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
        return row.numbered();
    }

    public long getId() {
        return id;
    }
}
