package org.letterflow.registration.boundary;

import java.time.ZoneId;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

/**
 * A letter as another component's page needs it — to decide what it offers (a draft may go round
 * for approval, a registered letter may be sent, resolved or passed on), to title a dialog and to
 * show times in the letter's organisation's zone — without handing the entity out of registration.
 *
 * @param organisation the short name of the organisation the letter belongs to
 * @param timeZone     that organisation's time zone
 */
public record LetterSummary(long id, Direction direction, LetterState state, boolean registered,
                            String registrationNumber, String subject, String organisation, ZoneId timeZone,
                            String correspondentName, String summary) {

    public static LetterSummary of(Letter l) {
        return new LetterSummary(l.getId(), l.getDirection(), l.getState(), l.isRegistered(),
                l.getRegistrationNumber(), l.getSubject(), l.getOrganisation().getShortName(),
                l.getTimeZone(), l.getCorrespondentName(), l.getSummary());
    }
}
