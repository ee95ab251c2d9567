package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.letterflow.platform.Text;
import org.letterflow.platform.UploadLimit;
import org.letterflow.organisation.boundary.Colleague;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ui.FormToken;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.Correspondents;
import org.letterflow.registration.boundary.DuplicateLetterException;
import org.letterflow.registration.boundary.LetterForm;
import org.letterflow.registration.boundary.LetterFiles;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.RegistrationJournal;
import org.letterflow.registration.boundary.Journals;
import org.primefaces.model.file.UploadedFile;

/**
 * Registering a letter (register.xhtml?direction=INCOMING|OUTGOING) or editing its card
 * (register.xhtml?id=…). The version read with the card guards against overwriting a colleague.
 */
@Named
@ViewScoped
@ShowsProblems
public class LetterEditor implements Serializable {

    @Inject
    transient Letters letters;

    @Inject
    transient LetterFiles files;

    @Inject
    transient Journals journals;

    @Inject
    transient Correspondents correspondents;

    @Inject
    transient Users users;

    @Inject
    UploadLimit uploadLimit;

    @Inject
    Event<RegistrationFormSaved> formSaved;

    private Long id;
    private long version;
    private Direction direction = Direction.INCOMING;
    private Long journalId;
    private LocalDate registrationDate;
    private LocalDateTime receivedAt;
    private String correspondentName;
    private String correspondentNumber;
    private LocalDate correspondentDate;
    private String subject;
    private String addressees;
    private String signatoryPosition;
    private String signatoryName;
    private String executorName;
    private String executorPhone;
    private String summary;
    private String attachmentNote;
    private boolean restricted;
    private boolean registerNow;
    private String inReplyToNumber;
    private List<String> readers = new ArrayList<>(); // mutable: JSF fills a collection of the same class
    private transient UploadedFile file;
    private Long duplicateId;
    private final FormToken formToken = new FormToken();
    private boolean created;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String idParam = external.getRequestParameterMap().get("id");
        if (idParam != null && idParam.matches("\\d{1,18}")) {
            Letter letter = letters.find(Long.parseLong(idParam));
            id = letter.getId();
            version = letter.getVersion();
            direction = letter.getDirection();
            correspondentName = letter.getCorrespondentName();
            correspondentNumber = letter.getCorrespondentNumber();
            correspondentDate = letter.getCorrespondentDate();
            subject = letter.getSubject();
            addressees = letter.getAddressees();
            signatoryPosition = letter.getSignatoryPosition();
            signatoryName = letter.getSignatoryName();
            executorName = letter.getExecutorName();
            executorPhone = letter.getExecutorPhone();
            summary = letter.getSummary();
            attachmentNote = letter.getAttachmentNote();
            restricted = letter.isRestricted();
        } else if ("OUTGOING".equals(external.getRequestParameterMap().get("direction"))) {
            direction = Direction.OUTGOING;
        }
    }

    public void save() throws IOException {
        String submitted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(FormToken.PARAMETER);
        if (!formToken.spend(submitted)) {
            throw BusinessException.conflict(Text.LETTER_FORM_SENT);
        }
        Long saved = null;
        try {
            saved = saveOnce();
        } finally {
            if (saved == null && !created) {
                formToken.giveBack(); // refused before anything was stored: the clerk corrects and sends again
            }
        }
    }

    public String getFormToken() {
        return formToken.getValue();
    }

    /** The letter saved, or an exception; {@code created} tells whether a new letter was stored before a failure. */
    private Long saveOnce() throws IOException {
        created = false;
        if (file != null) {
            uploadLimit.check(file.getSize());
        }
        Letter letter;
        if (id == null) {
            try {
                letter = letters.create(form(duplicateId != null)).letter();
                created = true;
            } catch (DuplicateLetterException e) {
                duplicateId = e.existingId();
                throw e;
            }
            boolean fileAttached = file != null && file.getSize() > 0;
            if (fileAttached) {
                files.attach(letter.getId(), file.getFileName(), file.getContent(), true);
            }
            formSaved.fire(new RegistrationFormSaved(letter.getId(), fileAttached, fieldValues()));
        } else {
            letter = letters.update(id, form(false), version);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/letter.xhtml?id=" + letter.getId());
        return letter.getId();
    }

    private LetterForm form(boolean allowDuplicate) {
        List<Long> answered = inReplyToNumber == null || inReplyToNumber.isBlank() ? List.of()
                : List.of(letters.byNumber(inReplyToNumber).getId());
        return new LetterForm(direction, journalId, registrationDate, receivedAt, null, correspondentName,
                correspondentNumber, correspondentDate, subject, addressees, signatoryPosition, signatoryName,
                executorName, executorPhone, summary, attachmentNote, restricted, readers, answered,
                registerNow, allowDuplicate);
    }

    /** The card's fields as the clerk saved them, by name: to compare with what extraction proposed. */
    private Map<String, String> fieldValues() {
        Map<String, String> values = new HashMap<>();
        values.put("correspondentName", correspondentName);
        values.put("correspondentNumber", correspondentNumber);
        values.put("correspondentDate", correspondentDate == null ? null : correspondentDate.toString());
        values.put("subject", subject);
        values.put("addressees", addressees);
        values.put("signatoryPosition", signatoryPosition);
        values.put("signatoryName", signatoryName);
        values.put("executorName", executorName);
        values.put("executorPhone", executorPhone);
        values.put("attachmentNote", attachmentNote);
        return values;
    }

    /** The correspondent field's suggestions as the clerk types. */
    public List<String> suggestCorrespondents(String typed) {
        return correspondents.suggest(typed).stream().map(Correspondents.Suggestion::name).toList();
    }

    public List<RegistrationJournal> getJournals() {
        return journals.mine().stream().filter(j -> j.getDirection() == direction && j.isActive()).toList();
    }

    /** "Вх-38": the journal as the clerk knows it, by the number it gives next. */
    public String nextNumber(RegistrationJournal journal) {
        return journals.nextNumber(journal);
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isIncoming() {
        return direction == Direction.INCOMING;
    }

    public Long getId() {
        return id;
    }

    public Long getDuplicateId() {
        return duplicateId;
    }

    public Direction getDirection() {
        return direction;
    }

    public Long getJournalId() {
        return journalId;
    }

    public void setJournalId(Long journalId) {
        this.journalId = journalId;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public void setRegistrationDate(LocalDate registrationDate) {
        this.registrationDate = registrationDate;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public String getCorrespondentName() {
        return correspondentName;
    }

    public void setCorrespondentName(String correspondentName) {
        this.correspondentName = correspondentName;
    }

    public String getCorrespondentNumber() {
        return correspondentNumber;
    }

    public void setCorrespondentNumber(String correspondentNumber) {
        this.correspondentNumber = correspondentNumber;
    }

    public LocalDate getCorrespondentDate() {
        return correspondentDate;
    }

    public void setCorrespondentDate(LocalDate correspondentDate) {
        this.correspondentDate = correspondentDate;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getAddressees() {
        return addressees;
    }

    public void setAddressees(String addressees) {
        this.addressees = addressees;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public void setSignatoryPosition(String signatoryPosition) {
        this.signatoryPosition = signatoryPosition;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public String getExecutorName() {
        return executorName;
    }

    public void setExecutorName(String executorName) {
        this.executorName = executorName;
    }

    public String getExecutorPhone() {
        return executorPhone;
    }

    public void setExecutorPhone(String executorPhone) {
        this.executorPhone = executorPhone;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAttachmentNote() {
        return attachmentNote;
    }

    public void setAttachmentNote(String attachmentNote) {
        this.attachmentNote = attachmentNote;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public boolean isRegisterNow() {
        return registerNow;
    }

    public void setRegisterNow(boolean registerNow) {
        this.registerNow = registerNow;
    }

    /** Who else may read a restricted letter: the users of the clerk's organisation. */
    public List<Colleague> getColleagues() {
        return users.colleagues();
    }

    public List<String> getReaders() {
        return readers;
    }

    public void setReaders(List<String> readers) {
        this.readers = readers == null ? new ArrayList<>() : new ArrayList<>(readers);
    }

    public String getInReplyToNumber() {
        return inReplyToNumber;
    }

    public void setInReplyToNumber(String inReplyToNumber) {
        this.inReplyToNumber = inReplyToNumber;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
