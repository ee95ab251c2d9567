package org.letterflow.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no. The message is for the user (Russian) and is shown as it is:
 * in the UI as a growl or field message, in the API as the {@code detail} of a problem+json.
 * Rolls the transaction back, so nothing half-done is stored.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    /** What kind of "no" this is; the REST boundary maps it to a status code. */
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID, TOO_LARGE }

    private final Kind kind;
    private final String field;

    protected BusinessException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    /** Unknown, or not visible to the caller: both look the same, so nothing leaks. */
    public static BusinessException notFound(String message) {
        return new BusinessException(Kind.NOT_FOUND, null, message);
    }

    public static BusinessException forbidden(String message) {
        return new BusinessException(Kind.FORBIDDEN, null, message);
    }

    public static BusinessException conflict(String message) {
        return new BusinessException(Kind.CONFLICT, null, message);
    }

    public static BusinessException invalid(String field, String message) {
        return new BusinessException(Kind.INVALID, field, message);
    }

    public static BusinessException tooLarge(String message) {
        return new BusinessException(Kind.TOO_LARGE, "file", message);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or null when the whole request is. */
    public String field() {
        return field;
    }

    /**
     * Where the record this refusal points to can be read (a path under the application, e.g. the
     * letter a duplicate would repeat), or null; the component that refuses knows its own paths.
     */
    public String existing() {
        return null;
    }
}
