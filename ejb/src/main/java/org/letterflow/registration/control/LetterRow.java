package org.letterflow.registration.control;

import java.time.LocalDate;
import java.util.List;
import org.letterflow.platform.TextPart;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/**
 * One line of a list or of search results. {@code highlight} is the subject, or for a search the
 * passage of the subject and text around the matching words, those words marked.
 */
public record LetterRow(long id, Direction direction, LetterState state, String registrationNumber,
                        LocalDate registrationDate, String correspondent, String correspondentNumber,
                        LocalDate correspondentDate, String subject, boolean restricted, List<TextPart> highlight) {
}
