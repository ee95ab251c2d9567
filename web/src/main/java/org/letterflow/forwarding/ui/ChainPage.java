package org.letterflow.forwarding.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.letterflow.forwarding.boundary.ChainView;
import org.letterflow.forwarding.boundary.Chains;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.PageParameters;

/**
 * A letter's chain (chain.xhtml?letter=…[&amp;node=…][&amp;offset=…]): the totals and the levels, then
 * one page of nodes; a node with deliveries below it opens the same page one level down.
 */
@Named
@ViewScoped
public class ChainPage implements Serializable {

    static final int PAGE = 100;

    @Inject
    transient Chains chains;

    private ChainView chain;

    @PostConstruct
    void init() {
        chain = chains.chain(PageParameters.id("letter", Text.LETTER_NOT_FOUND),
                PageParameters.optionalId("node", Text.LETTER_NOT_FOUND),
                offset(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("offset")), PAGE);
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
