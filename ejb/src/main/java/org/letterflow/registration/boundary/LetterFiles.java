package org.letterflow.registration.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.letterflow.document.FileNames;
import org.letterflow.document.FileStore;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.control.Filing;
import org.letterflow.registration.control.LetterAccess;
import org.letterflow.registration.control.LetterLinks;
import org.letterflow.registration.control.RegistrationCard;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterLink;

/**
 * A letter's files: attaching them, reading them back (the receipt-stamped copy too) and the
 * printable registration card. Only for a letter the caller may read ({@link LetterAccess}).
 */
@Stateless
public class LetterFiles {

    @Inject
    CurrentUser caller;

    @Inject
    LetterAccess access;

    @Inject
    LetterLinks links;

    @Inject
    Filing filing;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @RolesAllowed({"CLERK", "EXECUTOR"})
    public Attachment attach(long letterId, String fileName, byte[] bytes) {
        return attach(letterId, fileName, bytes, false);
    }

    /**
     * As above; {@code letterFile} when the file is the letter's own (the one it was registered from):
     * its dates are then not proposed again among the attachments' deadlines. Guarded as the other:
     * the resources call this one directly, so the container checks the role here too.
     */
    @RolesAllowed({"CLERK", "EXECUTOR"})
    public Attachment attach(long letterId, String fileName, byte[] bytes, boolean letterFile) {
        Letter letter = access.find(letterId);
        letter.checkChangeable(access.onApproval(letter));
        String name = FileNames.sanitise(fileName);
        if (bytes.length == 0) {
            throw BusinessException.invalid("file", Text.FILE_NAMED_EMPTY, name);
        }
        return filing.attach(letter, name, bytes, letterFile, caller.get().getLogin());
    }

    public List<Attachment> attachments(long letterId) {
        return filing.filesOf(access.find(letterId));
    }

    /** The letter with its files and links, as its card shows them: one transaction, the letter found once. */
    public LetterFile withFilesAndLinks(long letterId) {
        Letter letter = access.find(letterId);
        return new LetterFile(letter, filing.filesOf(letter), links.linked(letter, LetterLink.REPLY_TO),
                links.linked(letter, LetterLink.REISSUE_OF), links.linkedTo(letter, LetterLink.REISSUE_OF));
    }

    public AttachmentContent content(long letterId, long attachmentId, boolean stamped) {
        Attachment attachment = attachments(letterId).stream().filter(a -> a.getId() == attachmentId).findFirst()
                .orElseThrow(() -> BusinessException.notFound(Text.FILE_NOT_FOUND));
        if (stamped && attachment.getStampedSha256() == null) {
            throw BusinessException.notFound(Text.FILE_NO_STAMPED_COPY);
        }
        String hash = stamped ? attachment.getStampedSha256() : attachment.getSha256();
        String name = stamped ? Text.STAMPED_COPY_FILE_NAME.format(attachment.getFileName()) : attachment.getFileName();
        return new AttachmentContent(name, attachment.getMediaType(), files.read(hash));
    }

    /** The printable registration card: every requisite, the files, and the links the caller may see. */
    public byte[] card(long letterId) {
        Letter letter = access.find(letterId);
        return RegistrationCard.of(letter, links.linked(letter, LetterLink.REPLY_TO),
                links.linked(letter, LetterLink.REISSUE_OF), links.linkedTo(letter, LetterLink.REISSUE_OF),
                filing.filesOf(letter), clock.instant());
    }
}
