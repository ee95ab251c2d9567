package org.letterflow.platform.ui;

import jakarta.annotation.Priority;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;

/**
 * Shows a business refusal as a message on the current page and keeps the user's input, so a
 * clerk can correct it. Marks validation as failed so that an open dialog stays open.
 */
@ShowsProblems
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ProblemsAsMessages implements java.io.Serializable {

    @AroundInvoke
    Object show(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessException e) {
            return refuse(e.getMessage());
        } catch (EJBAccessException | AccessLocalException e) {
            return refuse(Text.ACCESS_DENIED.format());
        } catch (OptimisticLockException e) {
            return refuse(Text.RECORD_CHANGED_ON_PAGE.format());
        }
    }

    private static Object refuse(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
        return null;
    }
}
