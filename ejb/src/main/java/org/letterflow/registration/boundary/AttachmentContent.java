package org.letterflow.registration.boundary;

/** A file to hand out: its name, media type and bytes. */
public record AttachmentContent(String fileName, String mediaType, byte[] bytes) {
}
