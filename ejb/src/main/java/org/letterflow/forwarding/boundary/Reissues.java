package org.letterflow.forwarding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.letterflow.forwarding.control.CoverLetter;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.OrganisationTree;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.boundary.LetterForm;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.control.LetterAccess;
import org.letterflow.registration.control.LetterLinks;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;

/**
 * Passing an incoming letter on to the organisation's own subordinates: a cover letter drafted
 * with the reference to it, its files carried along and the link kept, so the chain follows it.
 */
@Stateless
public class Reissues {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Letters letters;

    @Inject
    LetterAccess access;

    @Inject
    LetterLinks links;

    @Inject
    Filing filing;

    @Inject
    OrganisationTree tree;

    /** Whether the caller's organisation has anyone below it to re-issue a letter to. */
    public boolean mayReissue() {
        return tree.hasSubordinates(caller.organisationId());
    }

    /**
     * Drafts the cover letter that forwards an incoming letter to the organisation's own
     * subordinates: the reference to it written in, its files carried along, the link kept (the
     * chain follows it once the cover letter is registered and sent).
     *
     * @return the cover letter's id
     */
    @RolesAllowed({"CLERK", "EXECUTOR"})
    public long reissue(long incomingId) {
        Letter source = access.find(incomingId);
        if (source.getDirection() != Direction.INCOMING || !source.isRegistered()) {
            throw BusinessException.conflict(Text.REISSUE_ONLY_REGISTERED_INCOMING);
        }
        if (!mayReissue()) {
            throw BusinessException.conflict(Text.REISSUE_NO_SUBORDINATES);
        }
        var r = source.requisites();
        String sender = source.getCorrespondentOrganisationId() == null ? r.correspondentName()
                : em.find(Organisation.class, source.getCorrespondentOrganisationId()).getShortName();
        Letter cover = letters.create(new LetterForm(Direction.OUTGOING, null, null, null, null, null, null, null,
                r.subject(), null, null, null, null, null, CoverLetter.reference(sender, r), r.attachmentNote(),
                r.restricted(), List.of(), List.of(), false, false)).letter();
        for (Attachment a : filing.filesOf(source)) {
            filing.share(a, cover, caller.get().getLogin());
        }
        links.link(cover, source, LetterLink.REISSUE_OF);
        return cover.getId();
    }
}
