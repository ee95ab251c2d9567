package org.letterflow.platform.ui;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.letterflow.platform.BusinessException;

/**
 * A page opened for a record that is not there, or not the reader's ({@code letter.xhtml?id=…}):
 * the 404 or 403 page, and one line at INFO — a mistyped or stale link is not a failure of the
 * application, so no stack trace. Ajax requests are left to PrimeFaces' handler.
 */
public class NotFoundPages extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(NotFoundPages.class.getName());

    public NotFoundPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && !faces.getPartialViewContext().isAjaxRequest()
                    && !faces.getExternalContext().isResponseCommitted()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    BusinessException refusal = refusalInside(events.next().getContext().getException());
                    if (refusal != null && (refusal.kind() == BusinessException.Kind.NOT_FOUND
                            || refusal.kind() == BusinessException.Kind.FORBIDDEN)) {
                        events.remove();
                        answer(faces, refusal);
                        return;
                    }
                }
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext faces, BusinessException refusal) {
            var external = faces.getExternalContext();
            int status = refusal.kind() == BusinessException.Kind.NOT_FOUND ? 404 : 403;
            LOG.info(() -> status + " for " + external.getRequestServletPath()
                    + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo())
                    + " (" + external.getRemoteUser() + "): " + refusal.getMessage());
            try {
                external.responseReset();
                external.responseSendError(status, refusal.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static BusinessException refusalInside(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BusinessException e) {
                    return e;
                }
            }
            return null;
        }
    }
}
