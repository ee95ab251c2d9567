package org.letterflow.registration.control;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.letterflow.document.PdfComposer;
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
                .heading("Регистрационная карточка " + (incoming ? "входящего" : "исходящего") + " документа")
                .paragraph(l.getOrganisation().getFullName()).space()
                .row("Рег. номер", l.getRegistrationNumber() == null ? "не зарегистрирован (проект)"
                        : l.getRegistrationNumber())
                .row("Дата регистрации", l.getRegistrationDate() == null ? null : DATE.format(l.getRegistrationDate()))
                .row("Журнал", l.getJournal() == null ? null : l.getJournal().getName())
                .row("Поступило", l.getReceivedAt() == null ? null
                        : DATE_TIME.format(l.getReceivedAt().atZone(l.getOrganisation().getTimeZone())))
                .row(incoming ? "Корреспондент" : "Адресат-организация", l.getCorrespondentName())
                .row("Исх. № и дата корреспондента", l.getCorrespondentNumber() == null ? null
                        : l.getCorrespondentNumber() + (l.getCorrespondentDate() == null ? ""
                        : " от " + DATE.format(l.getCorrespondentDate())))
                .row("Заголовок", l.getSubject())
                .row("Адресаты", l.getAddressees())
                .row("Подписант", join(l.getSignatoryPosition(), l.getSignatoryName()))
                .row("Исполнитель", join(l.getExecutorName(), l.getExecutorPhone()))
                .row("Краткое содержание", l.getSummary())
                .row("Приложение", l.getAttachmentNote())
                .row("Гриф", l.isRestricted() ? "Для служебного пользования" : null);
        for (LetterRow a : answered) {
            pdf.row("На №", a.registrationNumber() + " от " + DATE.format(a.registrationDate()));
        }
        for (LetterRow passedOn : reissueOf) {
            pdf.row("Во исполнение", passedOn.numbered());
        }
        for (LetterRow reissue : reissuedAs) {
            pdf.row("Переадресовано письмом", reissue.numbered());
        }
        for (Attachment a : attachments) {
            pdf.row("Файл", a.getFileName() + (a.getPages() == null ? "" : ", " + a.getPages() + " стр."));
        }
        return pdf.space().paragraph("Карточка сформирована "
                + DATE_TIME.format(printedAt.atZone(l.getOrganisation().getTimeZone()))).toBytes();
    }

    /** Two parts of a name or a contact, either possibly missing; nothing at all when both are. */
    static String join(String first, String second) {
        String joined = ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
