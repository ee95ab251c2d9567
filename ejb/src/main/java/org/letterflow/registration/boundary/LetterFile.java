package org.letterflow.registration.boundary;

import java.util.List;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Letter;

/**
 * A letter with what its card shows beside its requisites: its files and its links both ways,
 * read in one transaction (an API answer used to take five, each finding the letter again).
 *
 * @param inReplyTo  the letters this one answers («На № …»)
 * @param reissueOf  the incoming letter this one passes on («Во исполнение …»)
 * @param reissuedAs the letters that passed this one on («Переадресовано письмом …»)
 */
public record LetterFile(Letter letter, List<Attachment> attachments, List<LetterRow> inReplyTo,
                         List<LetterRow> reissueOf, List<LetterRow> reissuedAs) {

    /**
     * A letter just created, as its card is then without reading it again: no files yet, nobody has
     * re-issued it, and it re-issues nothing (a cover letter's link is written after its creation).
     */
    public static LetterFile created(Letter letter, List<LetterRow> inReplyTo) {
        return new LetterFile(letter, List.of(), inReplyTo, List.of(), List.of());
    }
}
