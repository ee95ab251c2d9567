package org.letterflow.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;

/**
 * Checks a form's Bean Validation constraints inside the business component, so the UI, the API
 * and any later caller get the same Russian message for the same mistake.
 */
@ApplicationScoped
public class FormValidator {

    @Inject
    Validator validator;

    public void check(Object form) {
        if (form == null) {
            throw BusinessException.invalid(null, Text.FORM_MISSING);
        }
        validator.validate(form).stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String field = v.getPropertyPath().toString();
                    throw BusinessException.invalid(field, Text.FORM_FIELD_INVALID, field, v.getMessage());
                });
    }
}
