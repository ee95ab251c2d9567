package org.letterflow.registration.control;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.platform.Text;
import org.letterflow.platform.TextPart;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

/**
 * One line of a list or of search results. {@code highlight} is the subject, or for a search the
 * passage of the subject and text around the matching words, those words marked.
 */
public record LetterRow(long id, Direction direction, LetterState state, String registrationNumber,
                        @Schema(type = SchemaType.STRING, format = "date") LocalDate registrationDate,
                        String correspondent, String correspondentNumber,
                        @Schema(type = SchemaType.STRING, format = "date") LocalDate correspondentDate,
                        String subject, boolean restricted, List<TextPart> highlight) {

    /** A letter as its row, outside a search: nothing marked. */
    public static LetterRow of(Letter l) {
        return new LetterRow(l.getId(), l.getDirection(), l.getState(), l.getRegistrationNumber(),
                l.getRegistrationDate(), l.getCorrespondentName(), l.getCorrespondentNumber(),
                l.getCorrespondentDate(), l.getSubject(), l.isRestricted(), TextPart.plain(l.getSubject()));
    }

    /** A linked letter as the card names it: "№ 57-0144 от 15.01.2021", or a draft's subject. */
    public String numbered() {
        return registrationNumber == null ? Text.LETTER_DRAFT_NAMED.format(subject)
                : Filing.numberAndDate(registrationNumber, registrationDate);
    }
}
