package org.letterflow.platform;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts Letterflow says to people — refusals, notices, names of states — each a key of the
 * bundle {@code org/letterflow/platform/Text.properties} (Russian, the default), so a second
 * language is a second file ({@code Text_en.properties}) and no Java changes.
 * <p>
 * Keys are constants rather than strings at the call sites: a misspelt key does not compile, the
 * code still says which case it means ({@code Text.LETTER_NOT_FOUND}), and {@code TextTest}
 * checks that the enum and the bundle hold the same keys. Texts are {@link MessageFormat}
 * patterns: {@code {0}} is a value, an apostrophe is written twice, a literal brace is quoted.
 */
public enum Text {
    // platform
    FORM_MISSING, FORM_FIELD_INVALID, FILTER_DATE_INVALID, FILTER_PERIOD_REVERSED, FILTER_VALUE_UNKNOWN,
    UPLOAD_TOO_LARGE, SIZE_MEGABYTES, SIZE_BYTES,
    // organisation and documents
    FILE_NOT_FOUND, TOKEN_NAME_MISSING, TOKEN_LIMIT_REACHED, TOKEN_NOT_FOUND, ORGANISATION_CHANGED,
    ORGANISATION_TIME_ZONE_UNKNOWN, USER_NOT_FOUND, USER_LOGIN_TAKEN, USER_CHANGED, USER_CANNOT_DISABLE_SELF,
    USER_PASSWORD_TOO_SHORT, SIGN_IN_REQUIRED, ACCOUNT_NOT_FOUND_OR_DISABLED, ORGANISATION_NOT_FOUND,
    ;

    private static final String BUNDLE = "org.letterflow.platform.Text";

    /** This text with its {@code {0}}, {@code {1}}… filled in. */
    public String format(Object... arguments) {
        return format(locale(), arguments);
    }

    String format(Locale locale, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(name());
        // values are written as they are, as the concatenation this replaces wrote them: a number
        // formatted by MessageFormat would read "1 234", an id must read "1234"
        Object[] written = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(pattern, locale).format(written);
    }

    /**
     * The language texts are said in: the bundle's own (Russian) for everyone today. A request's
     * language, once there is a second one, would be chosen here and only here.
     */
    private static Locale locale() {
        return Locale.ROOT;
    }

    /** Never the server's own locale: without a file for the language asked, the default bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
