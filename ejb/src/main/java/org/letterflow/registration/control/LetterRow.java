package org.letterflow.registration.control;

import java.time.LocalDate;
import org.letterflow.platform.Html;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

/**
 * One line of a list or of search results. {@code highlight} is HTML: the matching words of the
 * subject or text in {@code <mark>}, everything else escaped.
 */
public record LetterRow(long id, Direction direction, LetterState state, String registrationNumber,
                        LocalDate registrationDate, String correspondent, String correspondentNumber,
                        LocalDate correspondentDate, String subject, boolean restricted, String highlight) {

    /** A letter as its row, outside a search: nothing to highlight, the subject escaped. */
    public static LetterRow of(Letter l) {
        return new LetterRow(l.getId(), l.getDirection(), l.getState(), l.getRegistrationNumber(),
                l.getRegistrationDate(), l.getCorrespondentName(), l.getCorrespondentNumber(),
                l.getCorrespondentDate(), l.getSubject(), l.isRestricted(), Html.escape(l.getSubject()));
    }

    /** A linked letter as the card names it: "№ 57-0144 от 15.01.2021", or a draft's subject. */
    public String numbered() {
        return registrationNumber == null ? "проект: " + subject : Filing.numberAndDate(registrationNumber, registrationDate);
    }
}
