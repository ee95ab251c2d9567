package org.letterflow.extraction.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.letterflow.platform.Text;
import org.letterflow.platform.TextPart;
import org.letterflow.platform.UploadLimit;
import org.letterflow.extraction.boundary.ExtractionReviews;
import org.letterflow.extraction.boundary.Extractions;
import org.letterflow.extraction.control.AttachmentDeadlines;
import org.letterflow.extraction.control.CardFields;
import org.letterflow.extraction.control.Confidence;
import org.letterflow.extraction.control.ExtractionJob;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.DeadlineSource;
import org.letterflow.extraction.entity.Extraction;
import org.letterflow.extraction.entity.LetterExtraction;
import org.letterflow.extraction.entity.SourcedDeadline;
import org.letterflow.extraction.entity.Span;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.LetterFiles;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.ui.LetterEditor;
import org.letterflow.registration.ui.RegistrationFormSaved;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The registration form's "drop the letter here": the file is read in the background (progress
 * shown page by page), then the card's fields are filled, each with its confidence and a link
 * that highlights where in the text it was read; deadlines become proposed due dates the clerk
 * keeps or corrects. After saving, what the clerk kept of each proposal is recorded.
 */
@Named
@ViewScoped
@ShowsProblems
public class LetterRecognition implements Serializable {

    /**
     * A due date proposed from the text, or taken from an attachment ({@code source} then names the
     * file and page); the clerk may untick it or correct its date.
     */
    public static final class ProposedDeadline implements Serializable {
        private LocalDate date;
        private boolean kept = true;
        private final String said;
        private final String relative;
        private final DeadlineSource source;
        /** How sure extraction was of this date; null for one taken from an attachment's proposals. */
        private final Double confidence;

        ProposedDeadline(Deadline d) {
            this.date = d.date();
            this.said = d.sentence();
            this.relative = d.relative();
            this.source = null;
            this.confidence = d.confidence();
        }

        ProposedDeadline(SourcedDeadline d) {
            this.date = d.date();
            this.said = d.sentence();
            this.relative = null;
            this.source = d.source();
            this.confidence = null;
        }

        /** Whether extraction was unsure of this date (under {@link Confidence#SURE}): the form asks the clerk to check it. */
        public boolean isDoubtful() {
            return confidence != null && confidence < Confidence.SURE;
        }

        public DeadlineSource getSource() {
            return source;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public boolean isKept() {
            return kept;
        }

        public void setKept(boolean kept) {
            this.kept = kept;
        }

        public String getSaid() {
            return said;
        }

        public String getRelative() {
            return relative;
        }
    }

    /** What extraction put in a field of the card, how sure it was, and where it read it. */
    private record Proposal(String value, Double confidence, Span span) implements Serializable {
    }

    @Inject
    transient Extractions extractions;

    @Inject
    transient ExtractionReviews reviews;

    @Inject
    transient LetterFiles files;

    @Inject
    Event<ApprovalSheetRead> sheetRead;

    @Inject
    LetterEditor editor;

    @Inject
    UploadLimit uploadLimit;

    private String jobId;
    private String fileName;
    private transient byte[] file;
    private transient LetterExtraction result;
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();
    /** The card fields the last fill put a proposal into (not those the clerk had typed in first). */
    private final Set<String> filledFields = new LinkedHashSet<>();
    private final List<ProposedDeadline> deadlines = new ArrayList<>();
    /** Files added as the letter's attachments, kept until it is saved, and the deadlines each gives. */
    private final List<String> attachmentNames = new ArrayList<>();
    private transient List<byte[]> attachmentFiles = new ArrayList<>();
    private final List<AttachmentDeadlines.FileDeadlines> attachmentDeadlines = new ArrayList<>();
    private String shown;
    private boolean filled;
    private int progress = -1;
    private int pagesDone;
    private Integer pages;

    public void recognise(FileUploadEvent event) {
        file = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        result = null;
        proposals.clear();
        filledFields.clear();
        deadlines.removeIf(d -> d.source == null); // those taken from attachments stay taken
        shown = null;
        LocalDate received = editor.getReceivedAt() == null ? null : editor.getReceivedAt().toLocalDate();
        filled = false;
        progress = -1;
        pagesDone = 0;
        pages = null;
        jobId = extractions.start(file, fileName, received).id();
    }

    /**
     * An attachment added on the form (a schedule, a table of report dates): kept to be saved with
     * the letter, and read for deadlines, which are proposed beside the letter's own.
     */
    public void attach(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        String name = event.getFile().getFileName();
        LocalDate received = editor.getReceivedAt() == null ? null : editor.getReceivedAt().toLocalDate();
        attachmentDeadlines.add(extractions.readAttachment(content, name, editor.getCorrespondentDate(), received));
        attachmentNames.add(name);
        if (attachmentFiles == null) {
            attachmentFiles = new ArrayList<>();
        }
        attachmentFiles.add(content);
    }

    /** What the attachments propose beyond the dates already in the table (the letter's own text wins). */
    public List<SourcedDeadline> getAttachmentProposals() {
        return AttachmentDeadlines.proposals(deadlines.stream().map(d -> d.date).filter(Objects::nonNull).toList(),
                attachmentDeadlines);
    }

    /** Attachments read only in part for deadlines (too long). */
    public List<String> getCutShort() {
        return attachmentDeadlines.stream().filter(AttachmentDeadlines.FileDeadlines::cutShort)
                .map(AttachmentDeadlines.FileDeadlines::file).toList();
    }

    public int getProposalPages() {
        return AttachmentDeadlines.MAX_PAGES;
    }

    /** One attachment's deadline among the letter's, in one click. */
    public void take(SourcedDeadline proposal) {
        deadlines.add(new ProposedDeadline(proposal));
    }

    public void takeAll() {
        getAttachmentProposals().forEach(this::take);
    }

    public List<String> getAttachmentNames() {
        return attachmentNames;
    }

    /** The attachments added on the form, by name, for the letter to keep when saved. */
    public List<Map.Entry<String, byte[]>> attachments() {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        for (int i = 0; attachmentFiles != null && i < attachmentFiles.size(); i++) {
            files.add(Map.entry(attachmentNames.get(i), attachmentFiles.get(i)));
        }
        return files;
    }

    /** Whether there is anything to show beside the form: the letter read, or an attachment added. */
    public boolean isShowingDeadlines() {
        return result != null || !attachmentNames.isEmpty();
    }

    /** "15.03.2027". */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** Called by the page's poll while the file is being read. */
    public void poll() {
        if (jobId == null) {
            return;
        }
        ExtractionJob job = extractions.job(jobId);
        if (job.state() == ExtractionJob.State.DONE) {
            jobId = null;
            apply(job.result());
            PrimeFaces.current().executeScript("fillFromExtraction()");
        } else {
            progress = job.pages() == null || job.pages() == 0 ? -1 : 100 * job.pagesDone() / job.pages();
            pagesDone = job.pagesDone();
            pages = job.pages();
        }
    }

    private void apply(LetterExtraction extraction) {
        result = extraction;
        Extraction x = extraction.requisites();
        if (x == null) {
            return;
        }
        propose("correspondentName", x.sender(), x);
        propose("correspondentNumber", x.number(), x);
        propose("correspondentDate", x.date() == null ? null : x.date().toString(), x);
        propose("subject", x.subject(), x);
        propose("addressees", x.addressees().isEmpty() ? null : String.join("\n", x.addressees()), x);
        if (x.signatory() != null) {
            propose("signatoryPosition", x.signatory().position(), x);
            propose("signatoryName", x.signatory().name(), x);
        }
        if (x.executor() != null) {
            propose("executorName", x.executor().name(), x);
            propose("executorPhone", x.executor().phone(), x);
        }
        if (x.attachmentsSheets() != null) {
            // the note as a Russian letter writes it, to be kept on its card: the letter's words, not the page's
            propose("attachmentNote", "на " + x.attachmentsSheets() + " л.", x);
        }
        x.deadlines().forEach(d -> deadlines.add(new ProposedDeadline(d)));
    }

    private void propose(String field, String value, Extraction x) {
        String source = CardFields.extractedFrom(field);
        if (value != null && !value.isBlank()) {
            proposals.put(field, new Proposal(value, x.confidence().get(source), x.spans().get(source)));
        }
    }

    /**
     * Fills the card with the proposals (an immediate request: the fields come as the clerk left
     * them, unvalidated). A field the clerk has already typed in keeps what they typed.
     */
    public void fill() {
        filled = true;
        UIComponent form = FacesContext.getCurrentInstance().getViewRoot().findComponent("letter");
        proposals.forEach((field, proposal) -> {
            UIComponent component = form.findComponent(field.equals("correspondentName") ? "correspondent" : field);
            if (component instanceof UIInput input) {
                Object typed = input.getSubmittedValue();
                if (typed != null && !typed.toString().isBlank()) {
                    return;
                }
                input.resetValue();
            }
            set(field, proposal.value());
            filledFields.add(field);
        });
    }

    private void set(String field, String value) {
        switch (field) {
            case "correspondentName" -> editor.setCorrespondentName(value);
            case "correspondentNumber" -> editor.setCorrespondentNumber(value);
            case "correspondentDate" -> editor.setCorrespondentDate(LocalDate.parse(value));
            case "subject" -> editor.setSubject(value);
            case "addressees" -> editor.setAddressees(value);
            case "signatoryPosition" -> editor.setSignatoryPosition(value);
            case "signatoryName" -> editor.setSignatoryName(value);
            case "executorName" -> editor.setExecutorName(value);
            case "executorPhone" -> editor.setExecutorPhone(value);
            case "attachmentNote" -> editor.setAttachmentNote(value);
            default -> throw new IllegalArgumentException("No card field " + field);
        }
    }

    /** The form saved a new letter: the file read here goes with it, unless the clerk chose another there. */
    void formSaved(@Observes(notifyObserver = Reception.IF_EXISTS) RegistrationFormSaved saved) {
        if (!saved.fileAttached() && file != null) {
            // the file the card was filled from is the letter itself: its dates were the letter's proposals
            files.attach(saved.letterId(), fileName, file, true);
        }
        for (Map.Entry<String, byte[]> attachment : attachments()) {
            files.attach(saved.letterId(), attachment.getKey(), attachment.getValue());
        }
        saved(saved.letterId(), saved.fields());
    }

    /**
     * After the letter is saved: its due dates, what the clerk kept of each proposal, and an
     * approval sheet printed in the document as the letter's historical round.
     */
    public void saved(long letterId, Map<String, String> kept) {
        if (result != null && result.requisites() != null && result.requisites().approvalSheet() != null) {
            sheetRead.fire(new ApprovalSheetRead(letterId, result.requisites().approvalSheet()));
        }
        List<Extractions.DueDate> dates = deadlines.stream().filter(d -> d.kept && d.date != null)
                .map(d -> new Extractions.DueDate(d.date, d.said, d.relative, true, d.source)).toList();
        if (!dates.isEmpty()) {
            extractions.keepDeadlines(letterId, dates);
        }
        if (!proposals.isEmpty()) {
            reviews.review(letterId, proposals.entrySet().stream()
                    .map(p -> new ExtractionReviews.FieldReview(p.getKey(), p.getValue().value(), kept.get(p.getKey()),
                            p.getValue().confidence()))
                    .toList());
        }
    }

    /** The dropped file, for the letter to keep when the clerk attached no other. */
    public byte[] getFile() {
        return file;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeLimit() {
        return uploadLimit.maxBytes();
    }

    public boolean isRecognising() {
        return jobId != null;
    }

    /** Whether the card has been filled from the last file (the page marks it, for people and tests). */
    public boolean isFilled() {
        return filled;
    }

    public boolean isRecognised() {
        return result != null;
    }

    public String getError() {
        return result == null ? null : result.error();
    }

    public int getProgress() {
        return progress;
    }

    public int getPagesDone() {
        return pagesDone;
    }

    public Integer getPages() {
        return pages;
    }

    public boolean proposed(String field) {
        return proposals.containsKey(field);
    }

    /**
     * Whether a field was filled from a proposal extraction was unsure of (confidence under
     * {@link Confidence#SURE}, or none given): the form marks it and says to check it.
     */
    public boolean doubtful(String field) {
        Proposal p = proposals.get(field);
        return p != null && filledFields.contains(field) && (p.confidence() == null || p.confidence() < Confidence.SURE);
    }

    /** The id of the hint a doubtful field's input is described by (aria-describedby), or null when it is not doubtful. */
    public String describedBy(String field) {
        return doubtful(field) ? "letter:" + field + "Doubt" : null;
    }

    /** "92 %" for a field extraction filled. */
    public String confidence(String field) {
        Proposal p = proposals.get(field);
        return p == null || p.confidence() == null ? "" : Math.round(p.confidence() * 100) + " %";
    }

    public void show(String field) {
        shown = field;
    }

    /** The extracted text, the shown field's source marked. */
    public List<TextPart> getHighlightedText() {
        if (result == null || result.text() == null) {
            return List.of();
        }
        Proposal p = shown == null ? null : proposals.get(shown);
        Span span = p == null ? null : p.span();
        return span == null ? TextPart.plain(result.text()) : TextPart.span(result.text(), span.start(), span.end());
    }

    public List<ProposedDeadline> getDeadlines() {
        return deadlines;
    }

    /** References to other letters the text makes, for the clerk to see ("письмом … от … № …"). */
    public String getReferences() {
        if (result == null || result.requisites() == null) {
            return "";
        }
        return result.requisites().references().stream()
                .map(r -> Text.LETTER_NUMBERED_DATED.format(r.number(), Letters.DATE.format(r.date())))
                .collect(Collectors.joining(", "));
    }

    public List<String> getRecurring() {
        return result == null || result.requisites() == null ? List.of()
                : result.requisites().recurringDeadlines().stream().map(r -> r.sentence()).filter(Objects::nonNull).toList();
    }
}
