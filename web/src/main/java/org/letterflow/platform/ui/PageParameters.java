package org.letterflow.platform.ui;

import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * The ids a page is opened with ({@code ?id=…}). An id that is not a number is, to the person
 * who followed the link, the same as one that names nothing: "not found", never an error page.
 */
public final class PageParameters {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private PageParameters() {
    }

    /** The request parameter's id; absent, blank or not an id: not found, with the page's own words. */
    public static long id(String name, Text notFound) {
        Long id = optionalId(name, notFound);
        if (id == null) {
            throw BusinessException.notFound(notFound);
        }
        return id;
    }

    /** As {@link #id}, but an absent or blank parameter is {@code null}. */
    public static Long optionalId(String name, Text notFound) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!ID.matcher(value).matches()) {
            throw BusinessException.notFound(notFound);
        }
        return Long.parseLong(value);
    }
}
