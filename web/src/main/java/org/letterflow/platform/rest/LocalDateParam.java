package org.letterflow.platform.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/** A date query parameter (yyyy-MM-dd); anything else is a 400 naming the parameter. */
public record LocalDateParam(LocalDate date) {

    public static LocalDateParam valueOf(String text) {
        try {
            return new LocalDateParam(LocalDate.parse(text.strip()));
        } catch (DateTimeException e) {
            throw BusinessException.invalid("date", Text.PARAMETER_DATE_INVALID, text);
        }
    }

    public static LocalDate value(LocalDateParam param) {
        return param == null ? null : param.date();
    }
}
