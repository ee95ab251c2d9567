package org.letterflow.registration.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.letterflow.document.PdfComposer;
import org.letterflow.platform.Text;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;

/**
 * The printable registration card: every requisite, the files and the links, times in the
 * letter's organisation's zone. What is on it is decided here; which links and files the reader
 * may see, by the caller.
 */
public final class RegistrationCard {

    private static final DateTimeFormatter DATE = Filing.DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private RegistrationCard() {
    }

    /**
     * @param answered the letters this one answers ("На №")
     * @param reissueOf the letter this one re-issues ("Во исполнение")
     * @param reissuedAs the cover letters that re-issue this one
     * @param printedAt when the card is made, for its footer
     */
    public static byte[] of(Letter l, List<LetterRow> answered, List<LetterRow> reissueOf, List<LetterRow> reissuedAs,
                            List<Attachment> attachments, Instant printedAt) {
        boolean incoming = l.getDirection() == Direction.INCOMING;
        PdfComposer pdf = new PdfComposer()
                .heading((incoming ? Text.CARD_HEADING_INCOMING : Text.CARD_HEADING_OUTGOING).format())
                .paragraph(l.getOrganisation().getFullName()).space()
                .row(Text.CARD_NUMBER.format(), l.getRegistrationNumber() == null ? Text.CARD_NOT_REGISTERED.format()
                        : l.getRegistrationNumber())
                .row(Text.CARD_DATE.format(),
                        l.getRegistrationDate() == null ? null : DATE.format(l.getRegistrationDate()))
                .row(Text.CARD_JOURNAL.format(), l.getJournal() == null ? null : l.getJournal().getName())
                .row(Text.CARD_RECEIVED.format(), l.getReceivedAt() == null ? null
                        : DATE_TIME.format(l.getReceivedAt().atZone(l.getOrganisation().getTimeZone())))
                .row((incoming ? Text.CARD_CORRESPONDENT : Text.CARD_ADDRESSEE_ORGANISATION).format(),
                        l.getCorrespondentName())
                .row(Text.CARD_CORRESPONDENT_NUMBER.format(), l.getCorrespondentNumber() == null ? null
                        : l.getCorrespondentDate() == null ? l.getCorrespondentNumber()
                        : Text.CARD_NUMBER_AND_DATE.format(l.getCorrespondentNumber(),
                                DATE.format(l.getCorrespondentDate())))
                .row(Text.CARD_SUBJECT.format(), l.getSubject())
                .row(Text.CARD_ADDRESSEES.format(), l.getAddressees())
                .row(Text.CARD_SIGNATORY.format(), join(l.getSignatoryPosition(), l.getSignatoryName()))
                .row(Text.CARD_EXECUTOR.format(), join(l.getExecutorName(), l.getExecutorPhone()))
                .row(Text.CARD_SUMMARY.format(), l.getSummary())
                .row(Text.CARD_ATTACHMENT_NOTE.format(), l.getAttachmentNote())
                .row(Text.CARD_RESTRICTION.format(), l.isRestricted() ? Text.CARD_RESTRICTED.format() : null);
        for (LetterRow a : answered) {
            pdf.row(Text.CARD_ANSWERS.format(),
                    Text.CARD_NUMBER_AND_DATE.format(a.registrationNumber(), DATE.format(a.registrationDate())));
        }
        for (LetterRow passedOn : reissueOf) {
            pdf.row(Text.CARD_REISSUE_OF.format(), passedOn.numbered());
        }
        for (LetterRow reissue : reissuedAs) {
            pdf.row(Text.CARD_REISSUED_AS.format(), reissue.numbered());
        }
        for (Attachment a : attachments) {
            pdf.row(Text.CARD_FILE.format(), a.getPages() == null ? a.getFileName()
                    : Text.CARD_FILE_PAGES.format(a.getFileName(), a.getPages()));
        }
        return pdf.space().paragraph(Text.CARD_PRINTED_AT.format(
                DATE_TIME.format(printedAt.atZone(l.getOrganisation().getTimeZone())))).toBytes();
    }

    /** Two parts of a name or a contact, either possibly missing; nothing at all when both are. */
    static String join(String first, String second) {
        String joined = ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
