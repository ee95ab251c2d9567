package org.letterflow.registration.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.registration.control.LetterRow;

/** A letter's card as the API shows it. Times are in the organisation's time zone. */
public record LetterView(long id, Direction direction, LetterState state, String registrationNumber,
                         LocalDate registrationDate, OffsetDateTime receivedAt, Long journalId, String journal,
                         Long correspondentOrganisationId, String correspondentName, String correspondentNumber,
                         LocalDate correspondentDate, String subject, String addressees, String signatoryPosition,
                         String signatoryName, String executorName, String executorPhone, String summary,
                         String attachmentNote, boolean restricted, List<AttachmentView> attachments,
                         List<LetterRow> inReplyTo, List<LetterRow> reissueOf, List<LetterRow> reissuedAs,
                         long version) {

    /**
     * A file of the letter; {@code superseded}: a newer version of it was added while the draft was reworked;
     * {@code letterFile}: the letter's own file (the one it was registered from), not one of its attachments.
     */
    public record AttachmentView(long id, String fileName, String mediaType, long size, String sha256, Integer pages,
                                 String textStatus, boolean stampedCopy, int version, boolean superseded, boolean letterFile) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), a.getSize(), a.getSha256(),
                    a.getPages(), a.getTextStatus().name(), a.getStampedSha256() != null, a.getVersion(), a.isSuperseded(),
                    a.isLetterFile());
        }
    }

    /** The card as read in one transaction. */
    public static LetterView of(LetterFile f) {
        return of(f.letter(), f.attachments(), f.inReplyTo(), f.reissueOf(), f.reissuedAs());
    }

    public static LetterView of(Letter l, List<Attachment> attachments, List<LetterRow> inReplyTo) {
        return of(l, attachments, inReplyTo, List.of(), List.of());
    }

    /** The letter as the API shows it, with its files and links both ways, read in one transaction. */
    public static LetterView of(Letter letter, Letters letters) {
        return of(letters.withFilesAndLinks(letter.getId()));
    }

    /**
     * With the re-issue links both ways: {@code reissueOf}, the incoming letter this one passes on
     * («Во исполнение …»); {@code reissuedAs}, the letters that passed this one on («Переадресовано письмом …»).
     */
    public static LetterView of(Letter l, List<Attachment> attachments, List<LetterRow> inReplyTo,
                                List<LetterRow> reissueOf, List<LetterRow> reissuedAs) {
        return new LetterView(l.getId(), l.getDirection(), l.getState(), l.getRegistrationNumber(),
                l.getRegistrationDate(),
                l.getReceivedAt() == null ? null
                        : l.getReceivedAt().atZone(l.getOrganisation().getTimeZone()).toOffsetDateTime(),
                l.getJournal() == null ? null : l.getJournal().getId(),
                l.getJournal() == null ? null : l.getJournal().getName(),
                l.getCorrespondentOrganisationId(), l.getCorrespondentName(), l.getCorrespondentNumber(),
                l.getCorrespondentDate(), l.getSubject(), l.getAddressees(), l.getSignatoryPosition(),
                l.getSignatoryName(), l.getExecutorName(), l.getExecutorPhone(), l.getSummary(),
                l.getAttachmentNote(), l.isRestricted(), attachments.stream().map(AttachmentView::of).toList(),
                inReplyTo, reissueOf, reissuedAs, l.getVersion());
    }
}
