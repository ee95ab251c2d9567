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
    // registration
    IMPORT_FILE_NO_ROWS, IMPORT_NOT_FOUND, IMPORT_MAPPING_MISSING, JOURNAL_NOT_FOUND, JOURNAL_NAME_MISSING,
    JOURNAL_SKIP_REASON_MISSING, FILE_NAMED_EMPTY, FILE_NO_STAMPED_COPY, LETTER_CHANGED_BY,
    LETTER_DIRECTION_FIXED, LETTER_ANSWERED_NOT_FOUND, LETTER_CORRESPONDENT_NOT_FOUND,
    JOURNAL_NOT_IN_ORGANISATION, JOURNAL_NONE_OPEN, LETTER_REGISTERED_BY_ANOTHER, IMPORT_FILE_MISSING,
    IMPORT_FILE_TOO_LARGE, FILE_EMPTY, IMPORT_UPLOAD_LOST, LETTER_NOT_FOUND, SEARCH_CONTROL_CHARACTER,
    IMPORT_FILE_DONE, PERIOD_START_MISSING, PERIOD_END_MISSING, PERIOD_REVERSED, PERIOD_TOO_LONG,
    DATE_NOT_DD_MM_YYYY, LETTER_REGISTRATION_DATE_FUTURE, LETTER_RECEIVED_FUTURE,
    LETTER_ALREADY_REGISTERED_AS, JOURNAL_WRONG_DIRECTION, LETTER_ON_APPROVAL_SIGNATURE_REGISTERS,
    LETTER_ON_APPROVAL_UNCHANGED, JOURNAL_CLOSED, IMPORT_RUNNING, NUMBER_TEMPLATE_MISSING,
    NUMBER_TEMPLATE_TOO_LONG, NUMBER_TEMPLATE_WIDTH, NUMBER_TEMPLATE_NO_WIDTH, NUMBER_TEMPLATE_UNKNOWN_TOKEN,
    NUMBER_TEMPLATE_ONE_SEQUENCE, NUMBER_TEMPLATE_BRACES, IMPORT_COLUMN_MISSING, IMPORT_COLUMN_OUTSIDE,
    IMPORT_ENCODING_UNKNOWN, IMPORT_SEPARATOR_UNKNOWN, LETTER_DUPLICATE, IMPORT_CSV_UNREADABLE,
    IMPORT_XLSX_NO_SHEETS, IMPORT_XLSX_UNREADABLE, USER_NOT_IN_ORGANISATION, SENDING_ONLY_REGISTERED_OUTGOING,
    // approval
    APPROVAL_ONLY_UNREGISTERED_DRAFT, APPROVAL_ALREADY_STARTED, APPROVAL_ROUTE_EMPTY,
    APPROVAL_SIGNER_NOT_EXECUTIVE, APPROVAL_DUE_IN_PAST, APPROVAL_STAGES_OUT_OF_ORDER,
    APPROVAL_APPROVER_MISSING, USER_NOT_FOUND_BY_LOGIN, APPROVAL_APPROVER_OUTSIDE, APPROVAL_RESULT_MISSING,
    APPROVAL_STEP_NOT_FOUND, APPROVAL_STEP_OF_ANOTHER, APPROVAL_SIGN_ONLY_EXECUTIVE, APPROVAL_SHEET_NOT_FOUND,
    DEPUTY_PERIOD_MISSING, DEPUTY_PERIOD_PAST, DEPUTY_OUTSIDE, DEPUTY_SELF, DEPUTY_NOT_FOUND,
    ROUTE_TEMPLATE_NAME_MISSING, ROUTE_TEMPLATE_EMPTY, ROUTE_TEMPLATE_EXISTS, ROUTE_TEMPLATE_NOT_FOUND,
    APPROVAL_STEP_DECIDED, APPROVAL_FINISHED, APPROVAL_NOT_YOUR_TURN, APPROVAL_SIGN_ONLY_LAST,
    APPROVAL_SIGN_STEP_DECISION, APPROVAL_REMARKS_MISSING,
    // forwarding
    ORGANISATION_CODE_UNKNOWN, CORRESPONDENT_SELF, CHAIN_NODE_NOT_FOUND, DELIVERY_NOT_FOUND,
    DELIVERY_LINK_NOT_POSSIBLE, DISTRIBUTION_LIST_NAME_MISSING, DISTRIBUTION_LIST_EMPTY,
    DISTRIBUTION_LIST_EXISTS, DISTRIBUTION_LIST_NOT_FOUND, REISSUE_ONLY_REGISTERED_INCOMING,
    REISSUE_NO_SUBORDINATES, SENDING_RECIPIENTS_MISSING, DUE_DATE_IN_PAST, SENDING_NO_ORGANISATIONS_OF_KIND,
    SENDING_NOT_FOUND, DISTRIBUTION_LIST_NOT_IN_ORGANISATION, DELIVERY_RETURN_REASON_MISSING,
    DELIVERY_RETURNED_NOT_REGISTRABLE, DELIVERY_ALREADY_REGISTERED, DELIVERY_REGISTER_FIRST,
    DELIVERY_RETURNED, DELIVERY_ALREADY_ACKNOWLEDGED, DELIVERY_ALREADY_EXECUTED, DELIVERY_ALREADY_RETURNED,
    DELIVERY_REGISTERED_NOT_RETURNED, RECIPIENTS_OUTSIDE_REACH, RECIPIENTS_OUTSIDE_REACH_AND_MORE,
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
