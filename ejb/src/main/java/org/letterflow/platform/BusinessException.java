package org.letterflow.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no. The message is for the user (a {@link Text}, Russian today) and
 * is shown as it is: in the UI as a growl or field message, in the API as the {@code detail} of
 * a problem+json. A refusal names its {@link Text} and the values in it; the words live in the
 * bundle, so a second language needs no change here or at the call sites.
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
    public static BusinessException notFound(Text text, Object... arguments) {
        return new BusinessException(Kind.NOT_FOUND, null, text.format(arguments));
    }

    public static BusinessException forbidden(Text text, Object... arguments) {
        return new BusinessException(Kind.FORBIDDEN, null, text.format(arguments));
    }

    public static BusinessException conflict(Text text, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, null, text.format(arguments));
    }

    public static BusinessException invalid(String field, Text text, Object... arguments) {
        return new BusinessException(Kind.INVALID, field, text.format(arguments));
    }

    public static BusinessException tooLarge(Text text, Object... arguments) {
        return new BusinessException(Kind.TOO_LARGE, "file", text.format(arguments));
    }

    /*
     * The same refusals in words said already: texts from Text joined into one, Bean Validation's
     * own message, or code that has not moved its words to Text yet (extraction's boundary).
     */

    public static BusinessException notFound(String said) {
        return new BusinessException(Kind.NOT_FOUND, null, said);
    }

    public static BusinessException forbidden(String said) {
        return new BusinessException(Kind.FORBIDDEN, null, said);
    }

    public static BusinessException conflict(String said) {
        return new BusinessException(Kind.CONFLICT, null, said);
    }

    public static BusinessException invalid(String field, String said) {
        return new BusinessException(Kind.INVALID, field, said);
    }

    public static BusinessException tooLarge(String said) {
        return new BusinessException(Kind.TOO_LARGE, "file", said);
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
