package org.letterflow.registration.boundary;

import org.letterflow.registration.entity.Attachment;

/** A letter's file as a page lists it for download: its id in the download's path and its name. */
public record AttachmentName(long id, String fileName) {

    public static AttachmentName of(Attachment a) {
        return new AttachmentName(a.getId(), a.getFileName());
    }
}
