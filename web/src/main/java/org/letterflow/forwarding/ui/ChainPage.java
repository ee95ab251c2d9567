package org.letterflow.forwarding.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.letterflow.forwarding.boundary.ChainView;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.platform.BusinessException;

/**
 * A letter's chain (chain.xhtml?letter=…[&amp;node=…][&amp;offset=…]): the totals and the levels, then
 * one page of nodes; a node with deliveries below it opens the same page one level down.
 */
@Named
@ViewScoped
public class ChainPage implements Serializable {

    static final int PAGE = 100;

    @Inject
    transient Deliveries deliveries;

    private ChainView chain;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        chain = deliveries.chain(number(params.get("letter"), true), number(params.get("node"), false),
                offset(params.get("offset")), PAGE);
    }

    private static Long number(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw BusinessException.notFound("Письмо не найдено");
            }
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw BusinessException.notFound("Письмо не найдено");
        }
        return Long.parseLong(value);
    }

    private static int offset(String value) {
        return value == null || !value.matches("\\d{1,9}") ? 0 : Integer.parseInt(value);
    }

    public ChainView getChain() {
        return chain;
    }

    public boolean isHasNext() {
        return chain.offset() + chain.nodes().size() < chain.nodeCount();
    }

    public int getNextOffset() {
        return chain.offset() + PAGE;
    }

    public int getPreviousOffset() {
        return Math.max(0, chain.offset() - PAGE);
    }
}
