package org.letterflow.forwarding.control;

import org.letterflow.platform.Text;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.entity.Requisites;

/**
 * What a cover letter that re-issues an incoming letter to the organisation's subordinates says:
 * the reference to the letter it passes on, in the words Russian offices use.
 */
public final class CoverLetter {

    private CoverLetter() {
    }

    /**
     * "В соответствии с письмом Минпросвещения России от 15.01.2021 № 57-0144 направляем для
     * использования в работе." Whatever the incoming letter lacks is left out, with its space.
     *
     * @param sender the sender as named on the incoming letter, or null
     */
    public static String reference(String sender, Requisites incoming) {
        String letter = (sender == null ? "" : sender + " ")
                + (incoming.correspondentDate() == null ? ""
                        : Text.JOURNAL_THEIR_DATE.format(Filing.DATE.format(incoming.correspondentDate())) + " ")
                + (incoming.correspondentNumber() == null ? ""
                        : Text.LETTER_NUMBERED.format(incoming.correspondentNumber()));
        return Text.COVER_REFERENCE.format(letter).replaceAll("\\s+", " ");
    }
}
