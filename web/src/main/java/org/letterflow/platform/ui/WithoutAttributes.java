package org.letterflow.platform.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * A response writer that leaves out some attributes of one element, for PrimeFaces markup that
 * assistive technology reads wrongly and no attribute of the tag can change: the rest of what the
 * renderer writes passes through as it is.
 */
final class WithoutAttributes extends ResponseWriterWrapper {

    private final String element;
    private final Set<String> left;
    private String current;

    WithoutAttributes(ResponseWriter wrapped, String element, Set<String> left) {
        super(wrapped);
        this.element = element;
        this.left = left;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        current = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!(element.equals(current) && left.contains(name))) {
            super.writeAttribute(name, value, property);
        }
    }
}
