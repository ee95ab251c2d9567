package org.letterflow.platform.ui;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.letterflow.platform.BusinessException;

/**
 * A page opened with the id of something the user may not see (another organisation's letter, a
 * delivery to someone else) or of nothing at all answers the 404 page (a refusal of rights the 403
 * page), as the API answers: the
 * page's bean refuses while it is built, and without this the refusal reached the user as
 * «Внутренняя ошибка». Refusals of an action on a page already open stay messages on that page.
 */
public class NotFoundPages extends ExceptionHandlerFactory {

    public NotFoundPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
                for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                     events.hasNext(); ) {
                    BusinessException refusal = refusal(events.next().getContext().getException());
                    if (refusal != null && !faces.getExternalContext().isResponseCommitted()) {
                        events.remove();
                        sendError(faces, refusal.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404,
                                refusal.getMessage());
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static void sendError(FacesContext faces, int status, String message) {
            try {
                faces.getExternalContext().responseReset();
                faces.getExternalContext().responseSendError(status, message);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A "not found" or "not yours" refusal anywhere in the cause chain (EL and CDI wrap it). */
        static BusinessException refusal(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BusinessException b && (b.kind() == BusinessException.Kind.NOT_FOUND
                        || b.kind() == BusinessException.Kind.FORBIDDEN)) {
                    return b;
                }
            }
            return null;
        }
    }
}
