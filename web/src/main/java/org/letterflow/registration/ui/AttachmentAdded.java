package org.letterflow.registration.ui;

/** A file was added to the letter on its card: the card's other panels read what depends on its files again. */
public record AttachmentAdded(long letterId) {
}
