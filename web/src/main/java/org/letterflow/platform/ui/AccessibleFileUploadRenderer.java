package org.letterflow.platform.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Set;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * p:fileUpload mode="simple" whose file field a screen reader can find: PrimeFaces marks the
 * {@code <input type="file">} aria-hidden although it is the element that takes the focus and opens
 * the file chooser (axe: "aria-hidden-focus", serious), so Tab landed on something unnamed. The
 * advanced mode, whose focusable element is the button beside its hidden input, is left as it is.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleMarkup(FacesContext context, FileUpload fileUpload) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new WithoutAttributes(writer, "input", Set.of("aria-hidden")));
        try {
            super.encodeSimpleMarkup(context, fileUpload);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
